#pragma once

#include "clock.h"
#include "closeclassifier.h"
#include "cutpattern.h"
#include "deadlinescheduler.h"
#include "metrics.h"
#include "outbox.h"
#include "pingtracker.h"
#include "reconnectbackoff.h"
#include "supervisorconfig.h"
#include "timeoutpolicy.h"
#include "truststore.h"

#include <QAbstractSocket>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace wspulse {

// What a heartbeat check found.
struct HeartbeatInfo
{
    bool ok = false; // something arrived since the previous check
    qint64 idleMs = 0;
    qint64 ageMs = 0;
    int outstandingPings = 0;
    int missedInRow = 0;
};

// Supervises one WebSocket connection: the client side it opens itself (with
// reconnects), or a server-side socket accepted by a QWebSocketServer. This
// class is the state machine; its parts each keep one kind of book:
// TimeoutPolicy the deadlines, PingTracker the pings, Outbox the messages,
// classifyClose() the meaning of an end, TrustStore the certificates.
//
// Activity is counted at the byte level on the transport socket under the
// QWebSocket, so a frame still trickling in or still draining out is never
// idle. Every happening leaves once, as a typed signal; EventRecorder turns
// them into events, the window and the chat layer listen to them directly.
class ConnectionSupervisor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State { Disconnected, Connecting, Open, Closing, Reconnecting };
    Q_ENUM(State)
    static constexpr int StateCount = int(State::Reconnecting) + 1;
    using ClosedBy = wspulse::ClosedBy;

    // Deadlines are kept on `scheduler`'s clock (default: the thread's
    // scheduler on the steady clock; tests pass one on a ManualClock).
    explicit ConnectionSupervisor(QObject *parent = nullptr);
    ConnectionSupervisor(DeadlineScheduler *scheduler, QObject *parent);
    ~ConnectionSupervisor() override;

    // Applies at once to an open connection, from the last relevant activity.
    void setConfig(const SupervisorConfig &config);
    const SupervisorConfig &config() const { return m_config; }

    // Client role. open() starts a connection attempt now.
    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    void setSubprotocols(const QStringList &protocols) { m_subprotocols = protocols; }
    // Used from the next connection on (the link simulator is a SOCKS5 proxy).
    // `shown`: the forward proxy as events name it ("http://proxy:3128"), empty
    // for none or for wspulse's own link simulator.
    void setProxy(const QNetworkProxy &proxy, const QString &shown = QString())
    {
        m_proxy = proxy;
        m_proxyShown = shown;
    }
    QString proxyShown() const { return m_proxyShown; }
    // What the upgrade request carries besides the URL (from the next connection on).
    void setRequestHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) { m_requestHeaders = headers; }
    void setOrigin(const QString &origin) { m_origin = origin; }
#ifndef QT_NO_SSL
    // The TLS configuration wss:// connections start from (client certificate, extra CAs).
    void setTlsConfiguration(const std::optional<QSslConfiguration> &config)
    {
        m_tls = config;
    }
#endif
    // Extra certificate authorities to verify wss:// servers with.
    void setCaCertificates(const QList<QSslCertificate> &cas)
    {
        m_caCertificates = cas;
    }
    void open();
    // Deliberate close; no automatic reconnect. Queued messages stay queued.
    void close(const QString &reason = QString(), int code = 1000);

    // Server role: take over an accepted socket; `transport` is the TCP socket under it.
    void attach(QWebSocket *socket, QAbstractSocket *transport);

    // Names the connection in events ("conn"; server side: which client).
    void setLabel(const QString &label)
    {
        m_label = label;
    }
    QString label() const
    {
        return m_label;
    }

    // Whether every message in/out is reported (messageSent, and the
    // `message` events made of it and of textReceived/binaryReceived;
    // default). A protocol layer on top (the chat) turns this off and reports its own.
    void setReportMessages(bool on)
    {
        m_reportMessages = on;
    }
    bool reportsMessages() const
    {
        return m_reportMessages;
    }
    // Whether messages the transport had not written when a connection was
    // lost are sent again after the reconnect (default). A layer that keeps
    // its own outbox of unacknowledged messages turns this off.
    void setResendUnwritten(bool on)
    {
        m_resendUnwritten = on;
    }

    // An application layer on top (an application profile) may name a close
    // the transport cannot: called with every close we did not start, after
    // it was classified, before it is reported.
    void setCloseExplainer(std::function<void(CloseInfo &)> explain)
    {
        m_explainClose = std::move(explain);
    }
    // The application layer's own timers (AppPong, AppHeartbeat) end the
    // connection through the supervisor, like its own: counted, reported
    // as `timeout`, closed gracefully, reconnected with backoff.
    void applicationTimedOut(TimeoutKind kind, Nanos conditionAge);
    DeadlineScheduler *scheduler() const
    {
        return m_scheduler;
    }

    // Bytes of this connection held by something wspulse runs between it and
    // the peer (the link simulator): in transit, so not idle while they move.
    void setInTransitElsewhere(std::function<qint64()> bytes)
    {
        m_inTransitElsewhere = std::move(bytes);
    }

    // Certificates accepted despite TLS errors, each for its host only. The
    // supervisor has a store of its own unless given a shared one (not owned).
    void setTrustStore(TrustStore *store)
    {
        m_trust = store ? store : &m_ownTrust;
    }
    void trustCertificate(const QString &host, const QByteArray &sha256)
    {
        m_trust->trust(host, sha256);
    }

    // Queues or sends; never drops. Returns the message's local id.
    quint64 sendText(const QString &text);
    quint64 sendBinary(const QByteArray &data);
    // A frame of this connection only (an application profile's handshake
    // or heartbeat): written now, ahead of anything queued for it, or not at
    // all when the connection is not open (returns 0). Never resent.
    quint64 sendControlText(const QString &text);
    quint64 sendControlBinary(const QByteArray &data);
    // Whether the kernel is asked how each TCP connection ended (a FIN or a
    // reset): one more descriptor per connection while it lasts (default on;
    // soak mode, which opens thousands, turns it off).
    void setWitnessTcpEnding(bool on)
    {
        m_witnessTcpEnding = on;
    }
    // Holds what is queued (and what is sent meanwhile) on an open connection
    // until released: an application handshake must be answered before the
    // person's messages may follow. Released by itself when the connection ends.
    void holdQueue(bool hold);

    State state() const
    {
        return m_state;
    }
    // Attempts since the last open have failed (refused, timed out...): a
    // Reconnecting state then retries a connection that never was.
    bool failingToConnect() const
    {
        return m_failingToConnect;
    }
    static QString stateName(State s);
    QWebSocket *socket() const
    {
        return m_socket;
    }
    QString negotiatedSubprotocol() const;
    int queuedCount() const
    {
        return m_outbox.queuedCount();
    }
    int unwrittenCount() const
    {
        return m_outbox.unwrittenCount();
    }
    int outstandingPings() const
    {
        return m_pings.outstanding();
    }
    // How long the oldest unanswered ping has waited since it left (or was queued).
    Nanos oldestPingWait() const
    {
        return m_pings.oldestWait(now());
    }
    int missedHeartbeatsInRow() const
    {
        return m_missedHeartbeats;
    }
    const Counters &counters() const
    {
        return m_counters;
    }
    RttSummary rtt() const
    {
        return m_rtt.summary();
    }
    Nanos idleFor() const;
    Nanos age() const;
    // Time left until a deadline, or nullopt when it does not apply now.
    std::optional<Nanos> timeUntil(Deadline d) const;
    const TimeoutPolicy &policy() const
    {
        return m_policy;
    }

Q_SIGNALS:
    void stateChanged(wspulse::ConnectionSupervisor::State state);
    void opened();
    void textReceived(const QString &text);
    void binaryReceived(const QByteArray &data);
    // Handed to the socket (only while reportsMessages()); `queuedMs`: how
    // long it waited before that.
    void messageSent(const wspulse::OutMessage &message, qint64 queuedMs);
    // The message's last byte was handed to the operating system.
    void messageWritten(quint64 id);
    // `queuedBytes`: our own bytes waiting ahead of the ping.
    void pingSent(quint64 seq, qint64 queuedBytes);
    void pongReceived(quint64 seq, qint64 rttUs, bool queued);
    void heartbeatChecked(const wspulse::HeartbeatInfo &beat);
    void timedOut(wspulse::TimeoutKind kind, qint64 afterMs);
    // An open connection ended (or a timeout ended an attempt); the info
    // already says who closed it, why, and which timeout caused it.
    void closed(const wspulse::CloseInfo &info);
    // An attempt failed before the connection opened, without a timeout.
    void connectFailed(const wspulse::CloseInfo &info);
    // Connections keep being cut by the other side after about the same
    // silence: an intermediary's idle timeout (said once per period).
    void intermediaryCutSuspected(qint64 quietMs, int cuts);
    void reconnectScheduled(int attempt, qint64 delayMs);
    // The server's certificate failed verification and is not trusted: the
    // connection was refused and is not retried automatically.
    void tlsErrors(const QString &host, const QList<QSslError> &errors, const QSslCertificate &certificate);
    // A certificate with errors was accepted because it is trusted for this host.
    void certificateTrusted(const QString &host, const QList<QSslError> &errors);
    // A ping round trip above the latency alert.
    void latencyAlert(qint64 rttUs);
    // A round trip was already longer than the pong timeout (said once per connection).
    void pongTimeoutBelowRtt(qint64 rttUs);

private:
    enum class After { Stay, ReopenOnSend, ReconnectNow, Backoff };
    struct CloseIntent
    {
        CloseObservation::Intent what;
        After after = After::Stay;
        Nanos idleWhenDecided{0}; // our own close frame is traffic too: idle is read before it
    };

    void wireSocket();
    void wireTransport();
    void onTransportConnected();
    void startConnecting();
    void setState(State s);
    void applyTimeouts();
    void applyMessageLimits();
    void rearm(bool force = false);
    void onDeadline();
    void handleTimeout(TimeoutKind kind, Nanos conditionAge);
    void sendPing();
    void runHeartbeat();
    void onInboundBytes();
    void onBytesWritten(int channel, qint64 bytes);
    void onPong(quint64 elapsedMs, const QByteArray &payload);
    void onConnected();
    void onAboutToClose();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void closeWith(CloseIntent intent, bool abort);
    After afterClose() const;
    void scheduleReconnect(Nanos delay);
    quint64 enqueue(OutMessage message);
    void flushQueue();
    void writeMessage(OutMessage message);
    void noteKernelQueueAtStallClock();
    bool idleButStillInTransit(Nanos t);
    bool kernelDrainedSinceStallClock(Nanos t);
    void checkPongShorterThanRtt(qint64 rttUs);
    void checkLatencyAlert(qint64 rttUs);
    Nanos now() const
    {
        return m_clock->now();
    }
    qint64 transportQueued() const;

    DeadlineScheduler *m_scheduler;
    const Clock *m_clock; // the scheduler's
    SupervisorConfig m_config;
    QUrl m_url;
    QStringList m_subprotocols;
    QNetworkProxy m_proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    QString m_proxyShown;
    QList<QPair<QByteArray, QByteArray>> m_requestHeaders;
    QString m_origin;
#ifndef QT_NO_SSL
    std::optional<QSslConfiguration> m_tls;
#endif
    QList<QSslCertificate> m_caCertificates;
    QString m_label;
    bool m_serverRole = false;
    bool m_reportMessages = true;
    bool m_resendUnwritten = true;
    TrustStore m_ownTrust;
    TrustStore *m_trust = &m_ownTrust;

    QPointer<QWebSocket> m_socket;
    QPointer<QAbstractSocket> m_transport;
    qint64 m_written = 0; // bytes the transport wrote since this connection began
    // The kernel's unacknowledged bytes when a partial write last restarted
    // the send-stall clock (-1: unknown); less at the deadline means the send
    // still moves.
    qint64 m_kernelQueuedAtStallClock = -1;
    // Bytes in transit (the kernel's unacknowledged ones, and the link
    // simulator's) when the idle deadline was last looked at; -1: not looked.
    qint64 m_inTransitAtIdleCheck = -1;
    std::function<qint64()> m_inTransitElsewhere;

    State m_state = State::Disconnected;
    TimeoutPolicy m_policy;
    // One scheduler for all supervisors of the thread; slots, not QTimers
    // (a QObject each), so that many connections stay cheap to hold.
    DeadlineScheduler::Slot m_deadline;
    DeadlineScheduler::Slot m_reconnectSlot;
    DeadlineScheduler::Slot m_closeGuardSlot;
    ReconnectBackoff m_backoff;
    int m_attempt = 0;
    bool m_failingToConnect = false;
    bool m_witnessTcpEnding = true;
    bool m_queueHeld = false;
    Nanos m_openedAt{0}; // of the current connection, to know whether it proved stable

    std::optional<CloseIntent> m_intent;
    std::function<void(CloseInfo &)> m_explainClose;
    CloseObservation m_seen; // of the current connection's end, while it happens
    qintptr m_kernelFd = -1; // the transport's real descriptor, for the kernel's queues and TCP_INFO
    TcpEndingWitness m_tcpEnding;
    bool m_tlsRefused = false;

    PingTracker m_pings;
    bool m_inboundSinceHeartbeat = false;
    int m_missedHeartbeats = 0;
    bool m_warnedPongShorterThanRtt = false;

    Outbox m_outbox;
    CutPattern m_cuts;
    Counters m_counters;
    RttWindow m_rtt;
};

} // namespace wspulse

Q_DECLARE_METATYPE(wspulse::HeartbeatInfo)
Q_DECLARE_METATYPE(wspulse::OutMessage)
