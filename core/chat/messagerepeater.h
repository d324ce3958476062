#pragma once

#include "clock.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace wspulse {

class ChatClient;
class EventLog;

// Sends the same message again and again ("/every 5 hello", the window's
// "repeat every" box): each one a normal message, with its delivery or reply
// time, so a load test can chat and not only ping. Start and stop are
// `setting` events named "repeat". While the connection is down a repeat
// adds nothing to what already waits: an outage leaves one message queued,
// not a burst of them for the reconnect.
class MessageRepeater : public QObject
{
    Q_OBJECT
public:
    MessageRepeater(ChatClient *chat, EventLog *log, QObject *parent = nullptr);

    static constexpr double MinSeconds = 0.01;
    static constexpr double MaxSeconds = 7 * 24 * 3600;
    // Sends `text` now and every `seconds` after; returns why not (an empty
    // text, an interval out of range) without changing what runs.
    QString start(double seconds, const QString &text);
    // "SECONDS TEXT" (the text is the rest, spaces kept), as /every and
    // --send-every take it; returns why not.
    static QString parse(const QString &spec, double *seconds, QString *text);
    void stop();
    // A new interval for what runs, from now, without an extra send.
    QString setInterval(double seconds);
    bool isActive() const { return m_timer.isActive(); }
    QString text() const { return m_text; }
    double seconds() const { return m_seconds; }
    // Repeats sent and skipped (connection down, one already waiting) since construction.
    quint64 sentCount() const { return m_sent; }
    quint64 skippedCount() const { return m_skipped; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void tick();
    void logChange(const QString &old);
    QString describe() const;

    ChatClient *m_chat;
    EventLog *m_log;
    QTimer m_timer;
    QString m_text;
    double m_seconds = 0;
    quint64 m_sent = 0;
    quint64 m_skipped = 0;
};

} // namespace wspulse
