#pragma once

#include "commandline.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>

namespace wspulse {
class MetricsEndpoint;
class ChatClient;
class ConnectionSupervisor;
class EventLog;
class Session;
class Settings;
} // namespace wspulse

// `wspulse --headless`: one JSON object per line on stdout for every event,
// each stdin line sent as a message. Lines starting with '/' are commands
// (/set NAME VALUE, /name NAME, /every SECONDS TEXT, /stop, /close, /open,
// link commands); "//text" sends "/text".
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    HeadlessRunner(const CommandLine &options, wspulse::Settings *settings, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    // Returns false (and has printed why) when it cannot start.
    bool start();
    // Graceful close, then finished(exitCode).
    void stop(int exitCode = 0);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void readStdin();
    void handleLine(const QString &line);
    void endOfInput();

    CommandLine m_options;
    wspulse::Settings *m_settings;
    wspulse::Session *m_session;
    wspulse::EventLog *m_log;
    wspulse::ConnectionSupervisor *m_supervisor;
    wspulse::ChatClient *m_chat;
    std::unique_ptr<QSocketNotifier> m_stdin;
    std::unique_ptr<wspulse::MetricsEndpoint> m_metricsEndpoint; // --metrics
    QByteArray m_stdinBuffer;
    QTimer m_durationTimer;
    QTimer m_stopGuard;
    bool m_stopping = false;
    bool m_drainThenStop = false;
    int m_exitCode = 0;
};
