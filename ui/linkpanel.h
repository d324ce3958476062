#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace wspulse {
class Session;
}

// The link simulator dock: route the connection through it, then set latency,
// jitter, bandwidth and freeze per direction on the live connection, or drop it.
class LinkPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinkPanel(wspulse::Session *session, QWidget *parent = nullptr);

    QCheckBox *enableBox() const { return m_enabled; }
    QSpinBox *latency(int direction) const { return m_rows[direction].latency; }
    QSpinBox *bandwidth(int direction) const { return m_rows[direction].bandwidth; }
    QCheckBox *freeze(int direction) const { return m_rows[direction].frozen; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *name = nullptr;
        QSpinBox *latency = nullptr;
        QSpinBox *jitter = nullptr;
        QSpinBox *bandwidth = nullptr; // KiB/s, 0: none
        QCheckBox *frozen = nullptr;
    };
    void apply(int direction);
    void showConditions();
    void retranslateUi();

    wspulse::Session *m_session;
    QCheckBox *m_enabled;
    QComboBox *m_presets;
    QPushButton *m_applyPreset;
    QPushButton *m_drop;
    QLabel *m_latencyHeader;
    QLabel *m_jitterHeader;
    QLabel *m_bandwidthHeader;
    QLabel *m_freezeHeader;
    QLabel *m_note;
    Row m_rows[2];
    bool m_updating = false;
};
