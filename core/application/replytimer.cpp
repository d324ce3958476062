#include "replytimer.h"

#include "appkeepalive.h"

#include "chatclient.h"
#include "connectionsupervisor.h"
#include "eventlog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wspulse {

namespace {

// The id field's value of a JSON object message, as text; empty otherwise.
QString correlationOf(const QString &text, const QString &field)
{
    if (field.isEmpty() || !text.startsWith(QLatin1Char('{')))
        return QString();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return QString();
    const QJsonValue v = doc.object().value(field);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QString();
}

} // namespace

ReplyTimer::ReplyTimer(ConnectionSupervisor *supervisor, ChatClient *chat, EventLog *log, QObject *parent)
    : QObject(parent)
    , m_sup(supervisor)
    , m_log(log)
{
    connect(chat, &ChatClient::rawSent, this, [this](quint64 id, const QString &text, bool) { onSent(id, text); });
    connect(chat, &ChatClient::rawReceived, this, &ReplyTimer::onReceived);
    connect(supervisor, &ConnectionSupervisor::messageWritten, this, &ReplyTimer::onWritten);
    // A reply on another connection answers nothing sent on this one.
    connect(supervisor, &ConnectionSupervisor::closed, this, [this] { m_waiting.clear(); });
}

Nanos ReplyTimer::now() const
{
    return m_sup->scheduler()->clock()->now();
}

void ReplyTimer::onSent(quint64 id, const QString &text)
{
    std::optional<Nanos> writtenAt;
    for (auto it = m_writtenBeforeSent.begin(); it != m_writtenBeforeSent.end(); ++it) {
        if (it->first == id) {
            writtenAt = it->second;
            m_writtenBeforeSent.erase(it);
            break;
        }
    }
    const QString correlation = !m_idField.isEmpty() ? correlationOf(text, m_idField)
        : m_requestId                                ? m_requestId(text)
                                                     : QString();
    m_waiting.push_back({id, correlation, writtenAt});
    while (m_waiting.size() > size_t(MaxWaiting))
        m_waiting.pop_front();
}

void ReplyTimer::onWritten(quint64 id)
{
    for (Waiting &w : m_waiting) {
        if (w.id == id) {
            w.writtenAt = now(); // timed from when it left, as pings are
            return;
        }
    }
    // Not (yet) one of the person's messages: perhaps written inside
    // sendText(); a profile's own sends simply age out of this short list.
    m_writtenBeforeSent.emplace_back(id, now());
    while (m_writtenBeforeSent.size() > 16)
        m_writtenBeforeSent.pop_front();
}

void ReplyTimer::onReceived(const QString &text)
{
    const Nanos t = now();
    const bool byProtocol = m_idField.isEmpty() && m_answerId;
    if (!m_idField.isEmpty() || byProtocol) {
        const QString correlation = byProtocol ? m_answerId(text) : correlationOf(text, m_idField);
        if (correlation.isEmpty()) {
            if (byProtocol)
                answerUncorrelated(t); // not an ack: the first message after a plain send
            return;
        }
        for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
            if (it->writtenAt && it->correlation == correlation) {
                record(*it, t, true);
                m_waiting.erase(it);
                return;
            }
        }
        return;
    }
    answerUncorrelated(t);
}

void ReplyTimer::answerUncorrelated(Nanos t)
{
    // The first message after each one that has left is its reply (those
    // waiting for a protocol ack wait for it).
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (!it->writtenAt || (m_idField.isEmpty() && !it->correlation.isEmpty())) {
            ++it;
            continue;
        }
        record(*it, t, false);
        it = m_waiting.erase(it);
    }
}

void ReplyTimer::record(const Waiting &w, Nanos at, bool correlated)
{
    const qint64 us = std::chrono::duration_cast<std::chrono::microseconds>(at - *w.writtenAt).count();
    m_samples.add(us);
    if (m_log) {
        QJsonObject fields{{QLatin1String("reply_ms"), double(us) / 1000.0}, {QLatin1String("msg"), qint64(w.id)}};
        if (correlated)
            fields.insert(m_idField.isEmpty() ? QStringLiteral("ack_id") : m_idField, w.correlation);
        m_log->add(EventType::Reply, fields);
        if (m_alert > Nanos::zero() && std::chrono::microseconds(us) > m_alert)
            m_log->add(EventType::Warning,
                       {{QLatin1String("alert"), QLatin1String("reply")},
                        {QLatin1String("reply_ms"), double(us) / 1000.0},
                        {QLatin1String("text"),
                         tr("a reply came %1 ms after its message, above WS_LATENCY_ALERT")
                             .arg(double(us) / 1000.0, 0, 'f', 1)}});
    }
    Q_EMIT replied(us);
}

void correlateSocketIoAcks(ReplyTimer *replies, const AppKeepalive *app)
{
    replies->setProtocolIds(
        [app](const QString &text) {
            return app->activeProfile() == AppProfile::EngineIo ? engineio::eventAckId(text) : QString();
        },
        [app](const QString &text) {
            return app->activeProfile() == AppProfile::EngineIo ? engineio::ackId(text) : QString();
        });
}

} // namespace wspulse
