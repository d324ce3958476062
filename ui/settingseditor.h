#pragma once

#include "parameters.h"

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace wspulse {
class Settings;
}

// One editor per parameter, generated from core's parameter definitions:
// label with unit, tooltip with the meaning and range, the source of the
// value, and inline errors and warnings. A change applies at once (the
// supervisor re-arms from the last activity); a refused value leaves the old
// one in force and says why next to the field.
class SettingsEditor : public QWidget
{
    Q_OBJECT
public:
    SettingsEditor(wspulse::Settings *settings, QWidget *parent = nullptr);

    QLineEdit *field(wspulse::Param p) const { return m_rows[size_t(p)].field; } // null for a choice
    QComboBox *choice(wspulse::Param p) const { return m_rows[size_t(p)].choice; }
    QString messageFor(wspulse::Param p) const;
    // Sets a value as if typed and confirmed; returns the error, if any.
    QString edit(wspulse::Param p, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLineEdit *field = nullptr;  // numbers
        QComboBox *choice = nullptr; // Unit::Choice parameters
        QLabel *source = nullptr;
        QLabel *message = nullptr;
        QString error; // the last refusal, until the next valid edit
    };
    void refresh();
    void retranslateUi();

    wspulse::Settings *m_settings;
    std::array<Row, wspulse::ParamCount> m_rows;
};
