#pragma once

#include <QByteArray>
#include <QObject>

namespace wspulse {
class EventLog;
struct Event;
} // namespace wspulse

// Prints every event of a log as one JSON line on stdout. Lines are gathered
// and written once per event-loop pass: a server with thousands of clients
// logs thousands of events a second, and one write per line would cost a
// system call each. Nothing waits longer than the current pass.
class JsonLineWriter : public QObject
{
    Q_OBJECT
public:
    explicit JsonLineWriter(wspulse::EventLog *log, QObject *parent = nullptr);
    ~JsonLineWriter() override;
    void flush();

private:
    void append(const wspulse::Event &event);

    QByteArray m_pending;
    bool m_scheduled = false;
};
