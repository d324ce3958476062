#pragma once

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

class LatencyGraph;

namespace wspulse {
class AppKeepalive;
class ChatClient;
class ConnectionSupervisor;
class ReplyTimer;
class Session;
class Settings;
} // namespace wspulse

// Live health of the supervised connection: deadlines counting down, latency
// statistics, counters and the latency graph. Values are read from the core
// ten times a second; samples and marks arrive as they happen.
class HealthPanel : public QWidget
{
    Q_OBJECT
public:
    // The session's connection, chat, application keepalive and reply timer.
    explicit HealthPanel(wspulse::Session *session, QWidget *parent = nullptr);

    LatencyGraph *graph() const { return m_graph; }
    void refresh();
    // The latency alert in force on the connection, in milliseconds.
    double alertMs() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    wspulse::ConnectionSupervisor *m_supervisor;
    wspulse::AppKeepalive *m_app;
    wspulse::ReplyTimer *m_replies;
    wspulse::Settings *m_settings;
    LatencyGraph *m_graph;
    QList<QLabel *> m_keys;
    QLabel *m_state;
    QLabel *m_age;
    QLabel *m_idle;
    QLabel *m_nextPing;
    QLabel *m_pings;
    QLabel *m_heartbeat;
    QLabel *m_latency;
    QLabel *m_application; // application RTT and reply time
    QLabel *m_alerts;
    QLabel *m_counters;
    QLabel *m_timeouts;
    QTimer m_refresh;
    bool m_heartbeatOk = true;
    int m_heartbeatMisses = 0;
    bool m_heartbeatSeen = false;
    quint64 m_ackAlerts = 0;
};
