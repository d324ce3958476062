#pragma once

#include "clock.h"
#include "commandline.h"

#include <QObject>
#include <QTimer>

#include <optional>
#include <vector>

namespace wspulse {
class ChatServer;
class ConnectionSupervisor;
class EventLog;
class Settings;
} // namespace wspulse

// `wspulse --headless --connections N`: N supervised connections to one
// server, opened at --ramp per second, all with the same parameters. Instead
// of per-connection events it prints one `summary` line a second (states,
// timeouts per kind, RTT p50/p95/max over that second, messages) and a final
// one. It is how one finds out what a server's keepalive does with thousands
// of clients.
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

    CommandLine m_options;
    wspulse::Settings *m_settings;
    wspulse::EventLog *m_log;
    wspulse::Settings *m_serverSettings = nullptr;
    wspulse::EventLog *m_serverLog = nullptr;
    wspulse::ChatServer *m_server = nullptr;
    QUrl m_url;
    std::vector<wspulse::ConnectionSupervisor *> m_connections;
    std::vector<qint64> m_rttWindow; // this second's samples, microseconds
    qint64 m_rttMaxAll = 0;
    QTimer m_rampTimer;
    wspulse::Nanos m_rampStart{0};
    int m_firstHandshakes = 0;              // connections still in their first attempt
    int m_everOpened = 0;                   // connections that have been open at least once
    std::optional<qint64> m_allOpenAfterMs; // from the first attempt until all were open at once
    QTimer m_reportTimer;
    QTimer m_durationTimer;
    QTimer m_stopGuard;
    bool m_stopping = false;
    int m_exitCode = 0;
};
