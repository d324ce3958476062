#pragma once

#include "commandline.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace wspulse {
class EventLog;
class MetricsEndpoint;
class MetricsRegistry;
class Session;
class Settings;
} // namespace wspulse

// `wspulse --headless --target prod=wss://… --target staging=wss://…`: one
// probe watching several endpoints, each a session of its own with the
// common parameters plus its profile section's ([target.NAME]). Their events
// go to one JSON-line stream, each with `target`; with --metrics, one
// endpoint whose series are labelled `target`. Runs until --duration or a
// signal (stdin is not read: there is no one connection to type to).
class TargetsRunner : public QObject
{
    Q_OBJECT
public:
    TargetsRunner(const CommandLine &options, wspulse::Settings *settings, QObject *parent = nullptr);
    ~TargetsRunner() override;

    bool start();
    void stop(int exitCode = 0);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void maybeFinished();

    CommandLine m_options;
    wspulse::Settings *m_settings;
    wspulse::EventLog *m_out;
    std::vector<wspulse::Session *> m_sessions;
    std::shared_ptr<wspulse::MetricsRegistry> m_metricsRegistry;
    std::unique_ptr<wspulse::MetricsEndpoint> m_metricsEndpoint;
    QTimer m_durationTimer;
    QTimer m_stopGuard;
    bool m_stopping = false;
    int m_exitCode = 0;
};
