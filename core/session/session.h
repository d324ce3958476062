#pragma once

#include "chatserver.h"
#include "handshake.h"
#include "outboxstore.h"
#include "truststore.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace wspulse {

class AppKeepalive;
class ChatClient;
class LinkSimulator;
class MessageRepeater;
class ReplyTimer;
class ConnectionSupervisor;
class EventLog;
class Settings;

// One user session, shared by the window and headless mode: the event log,
// the supervised connection with its chat client, and — when no URL is given
// — the embedded chat server on a free loopback port with its own parameter
// set (whose run-time changes are logged with scope "server").
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(Settings *settings, QObject *parent = nullptr);
    ~Session() override;

    // Logs `config` and start-up warnings, starts the embedded server if `url`
    // is empty, and connects. Returns false with *error when it cannot.
    bool start(const QUrl &url, const ChatServerOptions &serverOptions = {}, QString *error = nullptr);
    // Fields added to the `config` event start() logs (what the runner adds: the metrics URL).
    void addConfigExtras(const QJsonObject &fields)
    {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            m_configExtras.insert(it.key(), it.value());
    }
    // Reconnects elsewhere; an empty URL means the embedded server.
    bool switchTo(const QUrl &url, QString *error = nullptr);

    // Routes the connection through the link simulator (true) or directly;
    // an open connection reconnects, since a proxy applies from the handshake.
    void setLinkEnabled(bool enabled);
    bool isLinkEnabled() const { return m_linkEnabled; }
    LinkSimulator *link(); // created on first use

    QUrl url() const { return m_url; }
    bool usesEmbeddedServer() const { return m_usingEmbedded; }
    Settings *settings() const { return m_settings; }
    Settings *serverSettings() const { return m_serverSettings; }
    EventLog *log() const { return m_log; }
    ConnectionSupervisor *supervisor() const { return m_supervisor; }
    ChatClient *chat() const { return m_chat; }
    // Keeps unacknowledged chat messages in DIR (one file per server URL)
    // so that the next run sends them; empty: in memory only (--no-outbox).
    // Never for the embedded server, whose port changes every run.
    void setOutboxDirectory(const QString &directory);
    OutboxKeeper *outboxKeeper() const { return m_outboxKeeper; }
    AppKeepalive *appKeepalive() const { return m_app; }
    ReplyTimer *replyTimer() const { return m_replies; }
    MessageRepeater *repeater() const { return m_repeater; }
    // Subprotocols to offer instead of the chat protocol (--subprotocol), in
    // order; empty: the application profile's own, else wspulse.chat.v1.
    void setSubprotocols(const QStringList &subprotocols);
    QStringList subprotocols() const { return m_subprotocols; }
    // What a client offers: the person's list, else the application profile's,
    // else the chat protocol when it chats, else nothing.
    static QStringList subprotocolOffer(const QStringList &chosen, const AppKeepalive *app, bool chats);
    // Headers, auth, cookie, Origin, TLS files and proxy for the upgrade
    // (from the next connection on); returns why they cannot be used. The
    // proxy is chosen per URL, as curl does, from `environment` unless
    // options.proxy says.
    QString setHandshake(const HandshakeOptions &options,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    const HandshakeOptions &handshake() const { return m_handshake; }
    // The proxy the current URL goes through (nullopt: direct).
    const std::optional<ProxyChoice> &proxyChoice() const { return m_proxyChoice; }
    // Accepts this certificate from this host from now on, in this run and
    // the next ones (kept with the application's settings).
    void trustCertificate(const QString &host, const QByteArray &sha256);
    const TrustStore &trustStore() const { return m_trust; }
    ChatServer *server() const { return m_server; }

Q_SIGNALS:
    void urlChanged(const QUrl &url);
    void linkEnabledChanged(bool enabled);

private:
    bool ensureServer(QString *error);
    void applySubprotocols();
    // Chooses the proxy for m_url and hands it to the supervisor (or to the link simulator's far side).
    bool applyProxy(QString *error);

    Settings *m_settings;
    Settings *m_serverSettings;
    EventLog *m_log;
    EventLog *m_serverLog;
    ChatServer *m_server = nullptr;
    ChatServerOptions m_serverOptions;
    ConnectionSupervisor *m_supervisor;
    ChatClient *m_chat = nullptr;
    OutboxKeeper *m_outboxKeeper = nullptr;
    AppKeepalive *m_app = nullptr;
    ReplyTimer *m_replies = nullptr;
    MessageRepeater *m_repeater = nullptr;
    QStringList m_subprotocols;
    HandshakeOptions m_handshake;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    std::optional<ProxyChoice> m_proxyChoice;
    QJsonObject m_configExtras;
    TrustStore m_trust;
    QUrl m_url;
    bool m_usingEmbedded = false;
    LinkSimulator *m_link = nullptr;
    bool m_linkEnabled = false;
};

} // namespace wspulse
