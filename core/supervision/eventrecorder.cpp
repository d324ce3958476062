#include "eventrecorder.h"

#include "connectionsupervisor.h"
#include "eventlog.h"

#include <QCryptographicHash>
#include <QPointer>

using namespace std::chrono;

namespace wspulse {

namespace {

double seconds(Nanos d)
{
    return duration<double>(d).count();
}

QString problemsOf(const QList<QSslError> &errors)
{
    QStringList problems;
    for (const QSslError &e : errors)
        problems << e.errorString();
    return problems.join(QStringLiteral("; "));
}

// One supervisor's view of the log: adds "conn" and skips what is not accepted.
class Sink
{
public:
    Sink(const ConnectionSupervisor *supervisor, EventLog *log)
        : m_supervisor(supervisor)
        , m_log(log)
    {
    }
    bool wants(EventType type) const { return m_log && m_log->accepts(type); }
    void add(EventType type, QJsonObject fields) const
    {
        if (!wants(type))
            return;
        if (!m_supervisor->label().isEmpty())
            fields.insert(QLatin1String("conn"), m_supervisor->label());
        m_log->add(type, fields);
    }

private:
    const ConnectionSupervisor *m_supervisor;
    QPointer<EventLog> m_log; // may go before the supervisor (it is not its)
};

// What ended a connection or an attempt, beyond the words: `cause`, and for
// a refused upgrade the HTTP status, its reason phrase and who answered.
void addCauseFields(QJsonObject &fields, const CloseInfo &info)
{
    if (!info.cause.isEmpty())
        fields.insert(QLatin1String("cause"), info.cause);
    if (!info.proxy.isEmpty())
        fields.insert(QLatin1String("proxy"), info.proxy);
    if (!info.explanation.isEmpty())
        fields.insert(QLatin1String("explanation"), info.explanation);
    if (info.httpStatus == 0)
        return;
    fields.insert(QLatin1String("http_status"), info.httpStatus);
    fields.insert(QLatin1String("http_reason"), info.httpReason);
    if (!info.server.isEmpty())
        fields.insert(QLatin1String("server"), info.server);
}

} // namespace

void EventRecorder::record(ConnectionSupervisor *sup, EventLog *log, Side side)
{
    using S = ConnectionSupervisor;
    const Sink sink(sup, log);
    // A type the log leaves out now is not even connected: a server with
    // thousands of clients pays for no signal connection it does not use.
    const auto recording = [log](std::initializer_list<EventType> types) {
        if (!log)
            return false;
        for (EventType t : types) {
            if (log && log->accepts(t))
                return true;
        }
        return false;
    };

    if (recording({EventType::State}))
        QObject::connect(sup, &S::stateChanged, sup, [sup, sink](S::State s) {
            if (!sink.wants(EventType::State))
                return;
            QJsonObject fields{{QLatin1String("state"), S::stateName(s)}};
            if (s == S::State::Open && sup->socket())
                fields.insert(QLatin1String("subprotocol"), sup->negotiatedSubprotocol());
            // Which forward proxy the attempt goes through: one of the usual suspects.
            if ((s == S::State::Connecting || s == S::State::Open) && !sup->proxyShown().isEmpty())
                fields.insert(QLatin1String("proxy"), sup->proxyShown());
            sink.add(EventType::State, fields);
        });
    if (recording({EventType::Message}))
        QObject::connect(sup, &S::textReceived, sup, [sup, sink](const QString &text) {
            if (sup->reportsMessages() && sink.wants(EventType::Message))
                sink.add(EventType::Message,
                         {{QLatin1String("dir"), QLatin1String("in")},
                          {QLatin1String("bytes"), utf8Size(text)},
                          {QLatin1String("kind"), QLatin1String("text")},
                          {QLatin1String("text"), text}});
        });
    if (recording({EventType::Message}))
        QObject::connect(sup, &S::binaryReceived, sup, [sup, sink](const QByteArray &data) {
            if (sup->reportsMessages() && sink.wants(EventType::Message))
                sink.add(EventType::Message,
                         {{QLatin1String("dir"), QLatin1String("in")},
                          {QLatin1String("bytes"), qint64(data.size())},
                          {QLatin1String("kind"), QLatin1String("binary")}});
        });
    if (recording({EventType::Message}))
        QObject::connect(sup, &S::messageSent, sup, [sink](const OutMessage &m, qint64 queuedMs) {
            if (!sink.wants(EventType::Message))
                return;
            QJsonObject fields{{QLatin1String("dir"), QLatin1String("out")},
                               {QLatin1String("bytes"), m.binary ? qint64(m.data.size()) : utf8Size(m.text)},
                               {QLatin1String("kind"), m.binary ? QLatin1String("binary") : QLatin1String("text")}};
            if (!m.binary)
                fields.insert(QLatin1String("text"), m.text);
            if (queuedMs > 0)
                fields.insert(QLatin1String("queued_ms"), queuedMs);
            sink.add(EventType::Message, fields);
        });
    if (recording({EventType::Ping}))
        QObject::connect(sup, &S::pingSent, sup, [sink](quint64 seq, qint64 queuedBytes) {
            if (!sink.wants(EventType::Ping)) // per ping: not even built when filtered out
                return;
            QJsonObject fields{{QLatin1String("seq"), qint64(seq)}};
            if (queuedBytes > 0)
                fields.insert(QLatin1String("queued_bytes"), queuedBytes);
            sink.add(EventType::Ping, fields);
        });
    if (recording({EventType::Pong}))
        QObject::connect(sup, &S::pongReceived, sup, [sink](quint64 seq, qint64 rttUs, bool queued) {
            if (!sink.wants(EventType::Pong))
                return;
            QJsonObject fields{{QLatin1String("seq"), qint64(seq)}, {QLatin1String("rtt_us"), rttUs}};
            if (queued)
                fields.insert(QLatin1String("queued"), true);
            sink.add(EventType::Pong, fields);
        });
    if (recording({EventType::Warning}))
        QObject::connect(sup, &S::pongTimeoutBelowRtt, sup, [sup, sink](qint64 rttUs) {
            sink.add(EventType::Warning,
                     {{QLatin1String("text"),
                       tr("WS_PONG_TIMEOUT (%1 s) is shorter than a round trip already seen (%2 ms)")
                           .arg(seconds(sup->config().timeouts.pongTimeout))
                           .arg(double(rttUs) / 1000.0, 0, 'f', 1)}});
        });
    if (recording({EventType::Warning}))
        QObject::connect(sup, &S::latencyAlert, sup, [sup, sink](qint64 rttUs) {
            sink.add(EventType::Warning,
                     {{QLatin1String("alert"), QLatin1String("latency")},
                      {QLatin1String("rtt_us"), rttUs},
                      {QLatin1String("text"),
                       tr("ping round trip %1 ms is above WS_LATENCY_ALERT (%2 s)")
                           .arg(double(rttUs) / 1000.0, 0, 'f', 1)
                           .arg(seconds(sup->config().latencyAlert))}});
        });
    if (recording({EventType::Heartbeat, EventType::Warning}))
        QObject::connect(sup, &S::heartbeatChecked, sup, [sink](const HeartbeatInfo &beat) {
            sink.add(EventType::Heartbeat,
                     {{QLatin1String("ok"), beat.ok},
                      {QLatin1String("idle_ms"), beat.idleMs},
                      {QLatin1String("age_ms"), beat.ageMs},
                      {QLatin1String("outstanding_pings"), beat.outstandingPings},
                      {QLatin1String("missed_in_a_row"), beat.missedInRow}});
            // A miss is also a warning, so that a filter on warnings sees it.
            if (!beat.ok)
                sink.add(
                    EventType::Warning,
                    {{QLatin1String("alert"), QLatin1String("heartbeat")},
                     {QLatin1String("missed_in_a_row"), beat.missedInRow},
                     {QLatin1String("text"),
                      tr("heartbeat: nothing arrived since the previous check (%1 in a row)").arg(beat.missedInRow)}});
        });
    if (recording({EventType::Timeout}))
        QObject::connect(sup, &S::timedOut, sup, [sink](TimeoutKind kind, qint64 afterMs) {
            sink.add(EventType::Timeout,
                     {{QLatin1String("kind"), timeoutKindName(kind)}, {QLatin1String("after_ms"), afterMs}});
        });
    if (recording({EventType::Closed, EventType::Warning}))
        QObject::connect(sup, &S::closed, sup, [sink](const CloseInfo &info) {
            // Qt's own closes are said in words first: the close line alone would blame the wrong side.
            if (info.origin == QLatin1String("qt"))
                sink.add(EventType::Warning,
                         {{QLatin1String("text"),
                           info.cause == QLatin1String("qt_read_timeout")
                               ? tr("Qt closed the connection itself: a partly received frame got no "
                                    "byte for 5 s (QWebSocket's fixed read timeout, not a wspulse setting)")
                               : tr("Qt closed the connection itself: %1").arg(info.reason)}});
            else if (info.cause == QLatin1String("qt_rejected_close_code"))
                sink.add(EventType::Warning,
                         {{QLatin1String("text"),
                           tr("the peer closed with a code Qt refuses as invalid (1012-2999, e.g. 1012 "
                              "\"service restart\" or 1013 \"try again later\"); Qt reports 1002 and "
                              "loses the real code and reason")}});
            if (!sink.wants(EventType::Closed))
                return;
            QJsonObject fields{{QLatin1String("code"), info.code},
                               {QLatin1String("reason"), info.reason},
                               {QLatin1String("by"), closedByName(info.by)}};
            if (info.timeout)
                fields.insert(QLatin1String("timeout"), timeoutKindName(*info.timeout));
            if (!info.origin.isEmpty())
                fields.insert(QLatin1String("origin"), info.origin);
            addCauseFields(fields, info);
            if (info.ageMs)
                fields.insert(QLatin1String("age_ms"), *info.ageMs);
            if (info.idleMs)
                fields.insert(QLatin1String("idle_ms"), *info.idleMs);
            sink.add(EventType::Closed, fields);
        });
    if (recording({EventType::Warning}))
        QObject::connect(sup, &S::intermediaryCutSuspected, sup, [sink](qint64 quietMs, int cuts) {
            const QString seconds = QString::number(double(quietMs) / 1000.0, 'f', quietMs < 10000 ? 1 : 0);
            sink.add(EventType::Warning,
                     {{QLatin1String("alert"), QLatin1String("intermediary_cut")},
                      {QLatin1String("quiet_ms"), quietMs},
                      {QLatin1String("cuts"), cuts},
                      {QLatin1String("text"),
                       tr("the connection was cut %1 times after about %2 s of silence: typical of a proxy or load "
                          "balancer idle timeout (nginx proxy_read_timeout, 60 s by default; AWS ALB 60 s; "
                          "Cloudflare 100 s; HAProxy timeout tunnel); a ping interval below %2 s keeps it open")
                           .arg(cuts)
                           .arg(seconds)}});
        });
    if (side == Side::Server)
        return; // the rest concerns only a client's own attempts
    if (recording({EventType::Error}))
        QObject::connect(sup, &S::connectFailed, sup, [sup, sink](const CloseInfo &info) {
            if (!sink.wants(EventType::Error))
                return;
            const QString why = describeCause(info);
            QJsonObject fields{
                {QLatin1String("text"),
                 tr("connecting to %1 failed: %2")
                     .arg(sup->url().toDisplayString(QUrl::RemovePassword), why.isEmpty() ? info.reason : why)}};
            addCauseFields(fields, info);
            sink.add(EventType::Error, fields);
        });
    if (recording({EventType::Reconnect}))
        QObject::connect(sup, &S::reconnectScheduled, sup, [sink](int attempt, qint64 delayMs) {
            sink.add(EventType::Reconnect, {{QLatin1String("attempt"), attempt}, {QLatin1String("delay_ms"), delayMs}});
        });
    if (recording({EventType::Warning}))
        QObject::connect(sup, &S::certificateTrusted, sup, [sink](const QString &host, const QList<QSslError> &errors) {
            sink.add(
                EventType::Warning,
                {{QLatin1String("text"),
                  tr("accepting the certificate of %1 you chose to trust despite: %2").arg(host, problemsOf(errors))}});
        });
    if (recording({EventType::Error}))
        QObject::connect(
            sup, &S::tlsErrors, sup,
            [sink](const QString &host, const QList<QSslError> &errors, const QSslCertificate &cert) {
#ifndef QT_NO_SSL
                sink.add(
                    EventType::Error,
                    {{QLatin1String("text"),
                      tr("TLS: the certificate of %1 was refused: %2").arg(host, problemsOf(errors))},
                     {QLatin1String("subject"), cert.subjectDisplayName()},
                     {QLatin1String("issuer"), cert.issuerDisplayName()},
                     {QLatin1String("sha256"), QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':'))},
                     {QLatin1String("valid_until"), cert.expiryDate().toUTC().toString(Qt::ISODate)}});
#else
                Q_UNUSED(host);
                Q_UNUSED(errors);
                Q_UNUSED(cert);
#endif
            });
}

} // namespace wspulse
