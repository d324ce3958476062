#include "messagerepeater.h"

#include "chatclient.h"
#include "eventlog.h"

#include <cmath>

namespace wspulse {

MessageRepeater::MessageRepeater(ChatClient *chat, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_log(log)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_chat->send(m_text); });
}

QString MessageRepeater::describe() const
{
    // A value in the event vocabulary, like a parameter's: not translated.
    return isActive() ? QStringLiteral("every %1 s: %2").arg(m_seconds).arg(m_text) : QStringLiteral("off");
}

QString MessageRepeater::start(double seconds, const QString &text)
{
    if (text.isEmpty())
        return tr("repeat: nothing to send");
    if (!std::isfinite(seconds) || seconds < MinSeconds || seconds > MaxSeconds)
        return tr("repeat: the interval must be %1 to %2 s").arg(MinSeconds).arg(MaxSeconds);
    const QString old = describe();
    const bool wasActive = isActive();
    m_text = text;
    m_seconds = seconds;
    m_timer.start(std::chrono::milliseconds(qint64(std::llround(seconds * 1000))));
    logChange(old);
    if (!wasActive)
        Q_EMIT activeChanged(true);
    m_chat->send(m_text); // the first one now, not an interval from now
    return QString();
}

QString MessageRepeater::setInterval(double seconds)
{
    if (!isActive())
        return QString();
    if (!std::isfinite(seconds) || seconds < MinSeconds || seconds > MaxSeconds)
        return tr("repeat: the interval must be %1 to %2 s").arg(MinSeconds).arg(MaxSeconds);
    const QString old = describe();
    m_seconds = seconds;
    m_timer.start(std::chrono::milliseconds(qint64(std::llround(seconds * 1000))));
    logChange(old);
    return QString();
}

void MessageRepeater::stop()
{
    if (!isActive())
        return;
    const QString old = describe();
    m_timer.stop();
    logChange(old);
    Q_EMIT activeChanged(false);
}

void MessageRepeater::logChange(const QString &old)
{
    if (m_log)
        m_log->add(EventType::Setting,
                   {{QLatin1String("name"), QLatin1String("repeat")},
                    {QLatin1String("old"), old},
                    {QLatin1String("new"), describe()}});
}

} // namespace wspulse
