#pragma once

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

class LiveValue;

namespace wspulse {
class AppKeepalive;
class ChatClient;
class ConnectionSupervisor;
class ReplyTimer;
class Session;
class Settings;
} // namespace wspulse

// Live health of the supervised connection: deadlines counting down, latency
// statistics and counters. Values are read from the core ten times a second
// while the panel is shown (not at all while hidden), at the resolution a
// person reads: tenths of a second below ten seconds, whole seconds above.
class HealthPanel : public QWidget
{
    Q_OBJECT
public:
    // The session's connection, chat, application keepalive and reply timer.
    explicit HealthPanel(wspulse::Session *session, QWidget *parent = nullptr);

    void refresh();
    QString valueText(int row) const; // tests: the text of a row, top to bottom
    // The latency alert in force on the connection, in milliseconds.
    double alertMs() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();

    wspulse::ConnectionSupervisor *m_supervisor;
    wspulse::AppKeepalive *m_app;
    wspulse::ReplyTimer *m_replies;
    wspulse::Settings *m_settings;
    QList<QLabel *> m_keys;
    QList<LiveValue *> m_values;
    LiveValue *m_state;
    LiveValue *m_age;
    LiveValue *m_idle;
    LiveValue *m_nextPing;
    LiveValue *m_pings;
    LiveValue *m_heartbeat;
    LiveValue *m_latency;
    LiveValue *m_application; // application RTT and reply time
    LiveValue *m_alerts;
    LiveValue *m_counters;
    LiveValue *m_timeouts;
    QTimer m_refresh;
    bool m_heartbeatOk = true;
    int m_heartbeatMisses = 0;
    bool m_heartbeatSeen = false;
    quint64 m_ackAlerts = 0;
};
