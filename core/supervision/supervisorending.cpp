// ConnectionSupervisor, how a connection ends: what was seen of the end
// (Qt's close handshake, socket errors, TLS refusals), what classifyClose()
// makes of it, and what follows (reconnect, reopen on send, or stay down).
// The lifecycle is in connectionsupervisor.cpp, traffic in supervisortraffic.cpp.
#include "connectionsupervisor.h"

#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QWebSocket>

using namespace std::chrono;

namespace wspulse {

void ConnectionSupervisor::onAboutToClose()
{
    // Qt announces a close handshake here: ours, the peer's, or one Qt starts
    // itself, which classifyClose() tells from the peer's by Qt's reason text.
    // (While connecting there is no WebSocket to close: Qt "closes" a refused
    // upgrade this way too, and that is not the peer's goodbye.)
    if (!m_intent && m_socket && m_state != State::Connecting) {
        m_seen.closeHandshakeSeen = true;
        m_seen.reasonWhenHandshakeBegan = m_socket->closeReason();
        m_seen.quietWhenHandshakeBegan = now() - m_policy.lastInbound();
    }
    if (m_state == State::Open)
        setState(State::Closing);
}

void ConnectionSupervisor::onSslErrors(const QList<QSslError> &errors)
{
#ifndef QT_NO_SSL
    const QSslCertificate cert = m_socket->sslConfiguration().peerCertificate();
    const QString host = m_url.host();
    if (!cert.isNull() && m_trust->isTrusted(host, cert.digest(QCryptographicHash::Sha256))) {
        // Only these errors, only for this certificate on this host: never a blanket ignore.
        m_socket->ignoreSslErrors(errors);
        Q_EMIT certificateTrusted(host, errors);
        return;
    }
    m_tlsRefused = true;
    Q_EMIT tlsErrors(host, errors, cert);
#else
    Q_UNUSED(errors);
#endif
}

void ConnectionSupervisor::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    // The transport's text once open (QWebSocket's own says "Unknown error"
    // for a TCP close on the server side); while connecting the WebSocket's,
    // which names a refused upgrade's status.
    const bool transportSays = m_transport && m_transport->error() != QAbstractSocket::UnknownSocketError
        && (m_state != State::Connecting || m_socket->errorString().isEmpty());
    m_seen.socketError = transportSays ? m_transport->errorString() : m_socket->errorString();
    m_seen.socketErrorCode = int(error);
    if (m_state != State::Connecting)
        return;
    if (!m_seen.httpRefusal)
        m_seen.httpRefusal = httpRefusalFromQtError(m_seen.socketError);
    // The server answered, and not with 101: Qt 6.4 leaves such a connection
    // open (kept alive); it is over, so end it now rather than at the connect
    // timeout (or never, with that timeout off). Queued: Qt is still inside
    // its handshake code.
    if (m_seen.httpRefusal)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_socket && m_state == State::Connecting)
                    m_socket->abort();
            },
            Qt::QueuedConnection);
}

ConnectionSupervisor::After ConnectionSupervisor::afterClose() const
{
    if (m_intent)
        return m_intent->after;
    // Everything else, a peer's normal goodbye (1000) included, is retried
    // with backoff: wspulse watches a connection, and a server that closes
    // normally (a restart, its application keepalive giving up on us) takes
    // connections again; backoff keeps one that closes every connection at
    // once from being hammered. Only the person's own close stays closed.
    return After::Backoff;
}

void ConnectionSupervisor::onDisconnected()
{
    m_deadline.cancel();
    m_closeGuardSlot.cancel();
    m_queueHeld = false; // the next connection's handshake decides again
    const bool wasOpen = m_state == State::Open || m_state == State::Closing;
    m_policy.stopped();
    m_outbox.requeueUnwritten(m_resendUnwritten);
    m_pings.clear();

    if (m_intent)
        m_seen.intent = m_intent->what;
    // Qt reports some failures (a refused connection) only after the disconnect.
    if (m_seen.socketErrorCode < 0 && m_transport && m_transport->error() != QAbstractSocket::UnknownSocketError) {
        m_seen.socketErrorCode = int(m_transport->error());
        m_seen.socketError = m_transport->errorString();
    }
    m_seen.tcpEnding = m_tcpEnding.ending();
    m_tcpEnding.release(); // our own FIN waits for it
    m_kernelFd = -1;
    if (m_socket && m_seen.closeHandshakeSeen) {
        m_seen.closeCode = int(m_socket->closeCode());
        m_seen.closeReason = m_socket->closeReason();
    }
    CloseInfo info = classifyClose(m_seen);
    if (m_explainClose) // the layer above knows its own rules (and its own timers')
        m_explainClose(info);
    if (wasOpen) {
        const Nanos t = now();
        // Backoff starts over only after a connection that lasted: one a
        // server closes at once (a refused login, a 1000 straight away)
        // must not be retried at the base delay for ever.
        if (t - m_openedAt >= std::max<Nanos>(m_config.reconnectMaxDelay, std::chrono::seconds(1)))
            m_attempt = 0;
        info.ageMs = toMs(t - m_policy.openedAt());
        info.idleMs = toMs(m_intent ? m_intent->idleWhenDecided : t - m_policy.lastActivity());
    }
    // The user (or the program) cancelled an attempt: no failure to report.
    const bool cancelled = m_intent && !m_intent->what.timeout && !wasOpen;
    // An untrusted certificate does not become trusted by retrying.
    const After after = m_tlsRefused ? After::Stay : afterClose();
    m_intent.reset();

    m_failingToConnect = !wasOpen && !cancelled;
    if (wasOpen || info.timeout) {
        Q_EMIT closed(info);
        if (wasOpen) {
            if (const std::optional<CutPattern::Finding> f = m_cuts.add(info))
                Q_EMIT intermediaryCutSuspected(f->quietMs, f->cuts);
        }
    } else if (!m_serverRole && !cancelled) {
        Q_EMIT connectFailed(info);
    }

    if (m_serverRole) {
        setState(State::Disconnected);
        return;
    }
    switch (after) {
    case After::Stay:
        setState(State::Disconnected);
        break;
    case After::ReopenOnSend:
        // Messages queued while closing must not wait for another send.
        if (m_outbox.hasQueued())
            scheduleReconnect(Nanos::zero());
        else
            setState(State::Disconnected);
        break;
    case After::ReconnectNow:
        scheduleReconnect(Nanos::zero());
        break;
    case After::Backoff:
        if (m_config.reconnectDelay == Nanos::zero()) {
            setState(State::Disconnected); // automatic reconnect switched off
            break;
        }
        scheduleReconnect(m_backoff.delayFor(m_attempt + 1, m_config.reconnectDelay, m_config.reconnectMaxDelay));
        break;
    }
}

void ConnectionSupervisor::scheduleReconnect(Nanos delay)
{
    ++m_attempt;
    ++m_counters.reconnects;
    setState(State::Reconnecting);
    Q_EMIT reconnectScheduled(m_attempt, toMs(ceilMs(delay)));
    m_reconnectSlot.arm(now() + delay);
}

} // namespace wspulse
