#pragma once

#include "clock.h"
#include "deadlinescheduler.h"
#include "metrics.h"
#include "reconnectbackoff.h"
#include "timeoutpolicy.h"

#include <QAbstractSocket>
#include <QHash>
#include <QNetworkProxy>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include "eventlog.h"
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <optional>

namespace wspulse {

class EventLog;
class Settings;
enum class Param;
enum class Source;
enum class EventType;

// Supervises one WebSocket connection: the client side it opens itself (with
// reconnects), or a server-side socket accepted by a QWebSocketServer.
//
// Activity is counted at the byte level on the transport socket under the
// QWebSocket, so a frame still trickling in or still draining out is never
// idle. All deadlines come from one TimeoutPolicy and one single-shot timer
// that is re-armed for the remainder when it fires.
class ConnectionSupervisor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State { Disconnected, Connecting, Open, Closing, Reconnecting };
    Q_ENUM(State)
    enum class ClosedBy { Local, Peer, Network };
    Q_ENUM(ClosedBy)

    ConnectionSupervisor(Settings *settings, EventLog *log, const Clock *clock = nullptr,
                         QObject *parent = nullptr);
    ~ConnectionSupervisor() override;

    // Client role. open() starts a connection attempt now.
    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    void setSubprotocols(const QStringList &protocols) { m_subprotocols = protocols; }
    // Used from the next connection on (the link simulator is a SOCKS5 proxy).
    void setProxy(const QNetworkProxy &proxy) { m_proxy = proxy; }
    // Extra certificate authorities to verify wss:// servers with.
    void setCaCertificates(const QList<QSslCertificate> &cas) { m_caCertificates = cas; }
    void open();
    // Deliberate close; no automatic reconnect. Queued messages stay queued.
    void close(const QString &reason = QString(), int code = 1000);

    // Server role: take over an accepted socket; `transport` is the TCP socket under it.
    void attach(QWebSocket *socket, QAbstractSocket *transport);

    // Adds "conn": label to every event (server side: which client).
    void setLabel(const QString &label) { m_label = label; }
    QString label() const { return m_label; }

    // Whether every message in/out becomes a `message` event (default). A
    // protocol layer on top (the chat) turns this off and logs its own.
    void setMessageEvents(bool on) { m_messageEvents = on; }
    // Whether messages the transport had not written when a connection was
    // lost are sent again after the reconnect (default). A layer that keeps
    // its own outbox of unacknowledged messages turns this off.
    void setResendUnwritten(bool on) { m_resendUnwritten = on; }

    // Accepts this certificate (SHA-256 of its DER form) from this host only,
    // despite TLS errors; the person decided so after seeing it.
    void trustCertificate(const QString &host, const QByteArray &sha256);
    bool isTrusted(const QString &host, const QByteArray &sha256) const;

    // Queues or sends; never drops. Returns the message's local id.
    quint64 sendText(const QString &text);
    quint64 sendBinary(const QByteArray &data);

    State state() const { return m_state; }
    static QString stateName(State s);
    QWebSocket *socket() const { return m_socket; }
    QString negotiatedSubprotocol() const;
    int queuedCount() const { return int(m_queue.size()); }
    int unwrittenCount() const { return int(m_queue.size() + m_inFlight.size()); }
    int outstandingPings() const { return int(m_pings.size()); }
    // How long the oldest unanswered ping has waited since it left (or was queued).
    Nanos oldestPingWait() const;
    int missedHeartbeatsInRow() const { return m_missedHeartbeats; }
    const Counters &counters() const { return m_counters; }
    RttSummary rtt() const { return m_rtt.summary(); }
    Nanos idleFor() const;
    Nanos age() const;
    // Time left until a deadline, or nullopt when it does not apply now.
    std::optional<Nanos> timeUntil(Deadline d) const;
    const TimeoutPolicy &policy() const { return m_policy; }

Q_SIGNALS:
    void stateChanged(wspulse::ConnectionSupervisor::State state);
    void opened();
    void textReceived(const QString &text);
    void binaryReceived(const QByteArray &data);
    void pongReceived(quint64 seq, qint64 rttUs, bool queued);
    void timedOut(wspulse::TimeoutKind kind, qint64 afterMs);
    void closed(int code, const QString &reason, wspulse::ConnectionSupervisor::ClosedBy by);
    // The message's last byte was handed to the operating system.
    void messageWritten(quint64 id);
    void heartbeatChecked(bool ok, int missedInRow);
    void reconnectScheduled(int attempt, qint64 delayMs);
    // The server's certificate failed verification and is not trusted: the
    // connection was refused and is not retried automatically.
    void tlsErrors(const QString &host, const QList<QSslError> &errors, const QSslCertificate &certificate);
    // A ping round trip above WS_LATENCY_ALERT.
    void latencyAlert(qint64 rttUs);

private:
    enum class After { Stay, ReopenOnSend, ReconnectNow, Backoff };
    struct CloseIntent
    {
        ClosedBy by = ClosedBy::Local;
        int code = 1000;
        QString reason;
        std::optional<TimeoutKind> timeout;
        After after = After::Stay;
    };
    struct PendingPing
    {
        quint64 seq = 0;
        Nanos sentAt{0};
        qint64 endOffset = 0;    // transport byte offset just past the ping frame
        bool queuedBehind = false;
        std::optional<Nanos> leftAt;
        qint64 kernelAheadAtClock = 0; // kernel-queued bytes ahead of it (and it) when its clock started
    };
    struct OutMessage
    {
        quint64 id = 0;
        bool binary = false;
        QByteArray data; // binary messages
        QString text;    // text messages (kept as given: no conversion round trip)
        std::optional<Nanos> queuedAt; // set when it has to wait (not open, or others ahead)
        qint64 endOffset = 0;
    };

    void wireSocket();
    void wireTransport();
    void startConnecting();
    void setState(State s);
    void applySettings();
    void onSettingChanged(Param p);
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
    void closeWith(const CloseIntent &intent, bool abort);
    void scheduleReconnect(Nanos delay);
    quint64 enqueue(OutMessage message);
    void flushQueue();
    void writeMessage(OutMessage message);
    void updatePongClock();
    qint64 kernelBytesAheadOf(const PendingPing &ping) const;
    bool restartPongClockIfStillLeaving(Nanos t);
    void checkPongShorterThanRtt(qint64 rttUs);
    void checkLatencyAlert(qint64 rttUs);
    qint64 kernelUnsentBytes() const;
    void emitEvent(EventType type, QJsonObject fields);
    bool logsMessages() const { return m_messageEvents && wantsEvent(EventType::Message); }
    bool wantsEvent(EventType type) const;
    Nanos now() const { return m_clock->now(); }
    qint64 transportQueued() const;

    Settings *m_settings;
    QPointer<EventLog> m_log; // may go before us (it is not ours)
    const Clock *m_clock;
    QUrl m_url;
    QStringList m_subprotocols;
    QNetworkProxy m_proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    QList<QSslCertificate> m_caCertificates;
    QString m_label;
    bool m_serverRole = false;
    bool m_messageEvents = true;
    bool m_resendUnwritten = true;

    QPointer<QWebSocket> m_socket;
    QPointer<QAbstractSocket> m_transport;
    qint64 m_written = 0; // bytes the transport wrote since this connection began

    State m_state = State::Disconnected;
    TimeoutPolicy m_policy;
    // One scheduler for all supervisors of the thread; slots, not QTimers
    // (a QObject each), so that many connections stay cheap to hold.
    DeadlineScheduler::Slot m_deadline;
    DeadlineScheduler::Slot m_reconnectSlot;
    DeadlineScheduler::Slot m_closeGuardSlot;
    ReconnectBackoff m_backoff;
    int m_attempt = 0;

    std::optional<CloseIntent> m_intent;
    bool m_closeHandshakeSeen = false;
    QString m_qtCloseCause; // non-empty: Qt closed by itself, and why
    QString m_lastError;
    bool m_tlsRefused = false;
    QHash<QString, QSet<QByteArray>> m_trusted; // host -> certificate SHA-256 digests

    // QList, not std::deque: empty ones allocate nothing (libstdc++'s deque
    // takes ~600 bytes up front, four of them per connection).
    QList<PendingPing> m_pings;
    quint64 m_pingSeq = 0;
    bool m_inboundSinceHeartbeat = false;
    int m_missedHeartbeats = 0;
    bool m_warnedPongShorterThanRtt = false;

    QList<OutMessage> m_queue;    // not yet handed to the socket
    QList<OutMessage> m_inFlight; // handed over, last byte not yet written
    quint64 m_nextMessageId = 1;

    Counters m_counters;
    RttWindow m_rtt;
};

} // namespace wspulse
