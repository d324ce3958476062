#pragma once

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
QT_END_NAMESPACE

class SettingsEditor;

namespace wspulse {
class Settings;
}

// The settings dock: the connection's parameters and the embedded server's
// own set, presets, reset, named profiles in QSettings, and what the values
// in force imply for a quiet or dead connection.
class SettingsPanel : public QWidget
{
    Q_OBJECT
public:
    SettingsPanel(wspulse::Settings *client, wspulse::Settings *server, QWidget *parent = nullptr);

    SettingsEditor *clientEditor() const { return m_client; }
    SettingsEditor *serverEditor() const { return m_server; }
    QComboBox *presetBox() const { return m_presets; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *applyPresetButton() const { return m_applyPreset; }
    static constexpr const char *CustomPreset = "custom"; // the box's entry when no preset matches
    QString implications() const;

    void saveProfile(const QString &name);
    bool loadProfile(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateImplications();
    void retranslateUi();
    void reloadProfileNames();
    void showMatchingPreset();

    wspulse::Settings *m_clientSettings;
    QTabWidget *m_tabs;
    SettingsEditor *m_client;
    SettingsEditor *m_server;
    QLabel *m_presetLabel;
    QComboBox *m_presets;
    QPushButton *m_applyPreset;
    QPushButton *m_reset;
    QLabel *m_profileLabel;
    QComboBox *m_profiles;
    QPushButton *m_saveProfile;
    QPushButton *m_loadProfile;
    QLabel *m_implications;
    std::function<wspulse::Settings *()> m_settingsShown; // the tab in view's
};
