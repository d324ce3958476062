#pragma once

#include "clock.h"
#include "commandline.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace wspulse {
class AppKeepalive;
class ChatClient;
class ChatServer;
class MessageRepeater;
class ReplyTimer;
class MetricsEndpoint;
class PrometheusMetrics;
class ConnectionSupervisor;
class EventLog;
class Settings;
} // namespace wspulse

// `wspulse --headless --connections N`: N supervised connections to one
// server, opened at --ramp per second, all with the same parameters. Instead
// of per-connection events it prints one `summary` line a second (states,
// timeouts per kind, RTT p50/p95/max over that second, messages) and a final
// one. It is how one finds out what a server's keepalive does with thousands
// of clients. Each connection also keeps the application profile's heartbeat
// (app RTT in the summary, apart from the protocol's) and, with
// --send-every, chats: delivery times (chat protocol) or reply times (any
// other server) in the summary too.
class SoakRunner : public QObject
{
    Q_OBJECT
public:
    SoakRunner(const CommandLine &options, wspulse::Settings *settings, QObject *parent = nullptr);
    ~SoakRunner() override;

    bool start();
    void stop(int exitCode = 0);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void openMore();
    void noteAllOpen();
    void report(bool final);
    void addClient();

    // One soak connection and the layers above it (those it needs only).
    struct Client
    {
        wspulse::ConnectionSupervisor *supervisor = nullptr;
        wspulse::AppKeepalive *app = nullptr;
        wspulse::ChatClient *chat = nullptr;          // --send-every only
        wspulse::ReplyTimer *replies = nullptr;       // --send-every only
        wspulse::MessageRepeater *repeater = nullptr; // --send-every only
    };
    // A second's samples and the run's maximum, microseconds.
    struct SampleWindow
    {
        std::vector<qint64> samples;
        qint64 maxAll = 0;
        quint64 total = 0;
        void add(qint64 us)
        {
            samples.push_back(us);
            ++total;
        }
        void report(QJsonObject *fields, const QString &prefix, bool final);
    };

    CommandLine m_options;
    wspulse::Settings *m_settings;
    wspulse::EventLog *m_log;
    wspulse::Settings *m_serverSettings = nullptr;
    wspulse::EventLog *m_serverLog = nullptr;
    wspulse::ChatServer *m_server = nullptr;
    QUrl m_url;
    std::vector<Client> m_clients;
    // Per-connection events are not shown: their layers log here, to no one.
    wspulse::EventLog *m_quietLog;
    SampleWindow m_rtt;      // protocol pings
    SampleWindow m_appRtt;   // application pings
    SampleWindow m_delivery; // --send-every, chat protocol: send to ack
    SampleWindow m_reply;    // --send-every, other servers: send to reply
    QTimer m_rampTimer;
    wspulse::Nanos m_rampStart{0};
    int m_firstHandshakes = 0;                       // connections still in their first attempt
    int m_everOpened = 0;                            // connections that have been open at least once
    std::optional<qint64> m_allOpenAfterMs;          // from the first attempt until all were open at once
    wspulse::PrometheusMetrics *m_metrics = nullptr; // --metrics
    std::unique_ptr<wspulse::MetricsEndpoint> m_metricsEndpoint;
    QTimer m_reportTimer;
    QTimer m_durationTimer;
    QTimer m_stopGuard;
    bool m_stopping = false;
    int m_stillOpen = 0; // while stopping: connections not yet disconnected
    int m_exitCode = 0;
};
