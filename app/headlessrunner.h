#pragma once

#include "commandline.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>

namespace wspulse {
class ChatClient;
class ChatServer;
class ConnectionSupervisor;
class EventLog;
class Settings;
}

// `wspulse --headless`: one JSON object per line on stdout for every event,
// each stdin line sent as a message. Lines starting with '/' are commands
// (/set NAME VALUE, /name NAME, /close, /open); "//text" sends "/text".
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
    wspulse::EventLog *m_log;
    wspulse::Settings *m_serverSettings = nullptr;
    wspulse::EventLog *m_serverLog = nullptr;
    wspulse::ChatServer *m_server = nullptr;
    wspulse::ConnectionSupervisor *m_supervisor = nullptr;
    wspulse::ChatClient *m_chat = nullptr;
    std::unique_ptr<QSocketNotifier> m_stdin;
    QByteArray m_stdinBuffer;
    QTimer m_durationTimer;
    QTimer m_stopGuard;
    bool m_stopping = false;
    bool m_drainThenStop = false;
    int m_exitCode = 0;
};
