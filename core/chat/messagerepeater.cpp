#include "messagerepeater.h"

#include "chatclient.h"
#include "connectionsupervisor.h"
#include "eventlog.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace wspulse {

MessageRepeater::MessageRepeater(ChatClient *chat, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_log(log)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MessageRepeater::tick);
}

QString MessageRepeater::parse(const QString &spec, double *seconds, QString *text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\S+)\\s+(.*)$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = form.match(spec);
    if (!m.hasMatch() || m.captured(2).isEmpty())
        return tr("say SECONDS TEXT");
    bool ok = false;
    const double s = QLocale::c().toDouble(m.captured(1), &ok);
    if (!ok || !std::isfinite(s))
        return tr("say SECONDS TEXT (\"%1\" is not a number)").arg(m.captured(1));
    if (s < MinSeconds || s > MaxSeconds)
        return tr("the interval must be %1 to %2 s").arg(MinSeconds).arg(MaxSeconds);
    *seconds = s;
    *text = m.captured(2);
    return QString();
}

void MessageRepeater::tick()
{
    if (m_chat->supervisor()->state() != ConnectionSupervisor::State::Open && m_chat->pendingCount() > 0) {
        ++m_skipped;
        return;
    }
    ++m_sent;
    m_chat->send(m_text);
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
    tick(); // the first one now, not an interval from now
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
