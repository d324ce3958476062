#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

// Turns SIGINT and SIGTERM into a Qt signal, through a self-pipe: a Unix
// signal handler may only write(2), the event loop does the rest.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    static void handler(int signal);
    std::unique_ptr<QSocketNotifier> m_notifier;
};
