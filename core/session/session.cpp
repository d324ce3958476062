#include "session.h"

#include "appkeepalive.h"
#include "chatclient.h"
#include "messagerepeater.h"
#include "replytimer.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "linksimulator.h"
#include "settings.h"
#include "settingsevents.h"
#include "supervisorbinding.h"
#include "eventrecorder.h"

#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace wspulse {

Session::Session(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_serverSettings(new Settings(this))
    , m_log(new EventLog(SteadyClock::instance(), this))
    , m_serverLog(new EventLog(SteadyClock::instance(), this))
    , m_supervisor(new ConnectionSupervisor(this))
{
    // The recorder first: its events come before what listeners log in response.
    EventRecorder::record(m_supervisor, m_log);
    bindSupervisor(settings, m_supervisor);
    // Certificates trusted earlier (in the window) count in every mode.
    QSettings store;
    m_trust.load(store);
    m_supervisor->setTrustStore(&m_trust);
    // The application keepalive before the chat client: it sees each frame
    // first, so the chat view can leave out the profile's own frames.
    m_app = new AppKeepalive(m_supervisor, m_log, this);
    bindAppKeepalive(settings, m_app);
    m_chat = new ChatClient(m_supervisor, m_log, this);
    m_chat->setFrameFilter([app = m_app](const QString &frame) { return app->ownsFrame(frame); });
    bindChatClient(settings, m_chat);
    m_replies = new ReplyTimer(m_supervisor, m_chat, m_log, this);
    bindReplyTimer(settings, m_replies);
    // Socket.IO acks carry the id of the event they answer: a reply is matched to it.
    correlateSocketIoAcks(m_replies, m_app);
    m_repeater = new MessageRepeater(m_chat, m_log, this);
    applySubprotocols();
    connect(settings, &Settings::changed, this, [this](Param p) {
        if (p == Param::AppProfile)
            applySubprotocols(); // offered from the next connect on
    });
}

void Session::setSubprotocols(const QStringList &subprotocols)
{
    m_subprotocols = subprotocols;
    applySubprotocols();
}

QStringList Session::subprotocolOffer(const QStringList &chosen, const AppKeepalive *app, bool chats)
{
    QStringList offer = chosen;
    if (offer.isEmpty())
        offer = app->subprotocols();
    if (offer.isEmpty() && chats)
        offer = {QLatin1String(chat::Subprotocol)};
    return offer;
}

void Session::applySubprotocols()
{
    m_supervisor->setSubprotocols(subprotocolOffer(m_subprotocols, m_app, true));
}

void Session::trustCertificate(const QString &host, const QByteArray &sha256)
{
    m_trust.trust(host, sha256);
    QSettings store;
    TrustStore::save(store, host, sha256);
}

Session::~Session()
{
    // The connection goes before the server it may be connected to.
    delete m_repeater;
    delete m_replies;
    delete m_chat;
    delete m_app;
    delete m_supervisor;
    delete m_link;
    delete m_server;
}

LinkSimulator *Session::link()
{
    if (!m_link) {
        m_link = new LinkSimulator(m_log, this);
        m_link->start();
    }
    return m_link;
}

void Session::setLinkEnabled(bool enabled)
{
    if (enabled == m_linkEnabled)
        return;
    m_linkEnabled = enabled;
    applyProxy(nullptr);
    // Bytes the simulator holds are in transit: a slow simulated link is not idle.
    if (enabled)
        m_supervisor->setInTransitElsewhere(
            [link = QPointer<LinkSimulator>(link())] { return link ? link->bufferedBytes() : 0; });
    else
        m_supervisor->setInTransitElsewhere({});
    if (!m_url.isEmpty()) // before start() the `config` event says it
        m_log->add(EventType::Setting,
                   {{QLatin1String("name"), QLatin1String("link.enabled")},
                    {QLatin1String("old"), !enabled},
                    {QLatin1String("new"), enabled}});
    Q_EMIT linkEnabledChanged(enabled);
    if (m_supervisor->state() != ConnectionSupervisor::State::Disconnected && !m_url.isEmpty())
        switchTo(m_usingEmbedded ? QUrl() : m_url);
}

bool Session::ensureServer(QString *error)
{
    if (m_server)
        return true;
    m_server = new ChatServer(m_serverSettings, m_serverLog, m_serverOptions, this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("cannot start the embedded server: %1").arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

bool Session::start(const QUrl &url, const ChatServerOptions &serverOptions, QString *error)
{
    m_serverOptions = serverOptions;
    if (url.isEmpty() && !ensureServer(error))
        return false;
    const QUrl target = url.isEmpty() ? QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port())) : url;
    QJsonObject config = configFields(*m_settings);
    config.insert(QLatin1String("url"), urlForDisplay(target));
    if (const QJsonObject handshake = m_handshake.describe(); !handshake.isEmpty())
        config.insert(QLatin1String("handshake"), handshake);
    config.insert(QLatin1String("embedded_server"), url.isEmpty());
    config.insert(QLatin1String("link_simulator"), m_linkEnabled);
    for (auto it = m_configExtras.begin(); it != m_configExtras.end(); ++it)
        config.insert(it.key(), it.value());
    m_log->add(EventType::Config, config);
    logSettingChanges(m_settings, m_log);
    logSettingsImplications(m_settings, m_log);
    logSettingChanges(m_serverSettings, m_log, QStringLiteral("server"));
    return switchTo(url, error);
}

void Session::setOutboxDirectory(const QString &directory)
{
    delete m_outboxKeeper;
    m_outboxKeeper = directory.isEmpty() ? nullptr : new OutboxKeeper(m_chat, m_log, directory, this);
}

bool Session::switchTo(const QUrl &url, QString *error)
{
    if (url.isEmpty() && !ensureServer(error))
        return false;
    const bool wasEmbedded = m_usingEmbedded;
    const QUrl previous = m_url;
    m_usingEmbedded = url.isEmpty();
    m_url = m_usingEmbedded ? QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port())) : url;
    if (!applyProxy(error)) { // a bad proxy setting: stay where we were
        m_usingEmbedded = wasEmbedded;
        m_url = previous;
        applyProxy(nullptr);
        return false;
    }
    if (m_supervisor->state() != ConnectionSupervisor::State::Disconnected)
        m_supervisor->close(QStringLiteral("switching server"));
    m_supervisor->setUrl(m_url);
    if (m_outboxKeeper) // what an earlier run left for this server goes first
        m_outboxKeeper->setUrl(m_usingEmbedded ? QUrl() : m_url);
    Q_EMIT urlChanged(m_url);
    if (m_supervisor->state() == ConnectionSupervisor::State::Disconnected)
        m_supervisor->open();
    else // still closing: open as soon as it is done
        connect(m_supervisor, &ConnectionSupervisor::stateChanged, this, [this](ConnectionSupervisor::State s) {
            if (s == ConnectionSupervisor::State::Disconnected) {
                disconnect(m_supervisor, &ConnectionSupervisor::stateChanged, this, nullptr);
                m_supervisor->open();
            }
        });
    return true;
}

QString Session::setHandshake(const HandshakeOptions &options, const QProcessEnvironment &environment)
{
    if (const QString tls = options.validateTls(); !tls.isEmpty())
        return tls;
    m_handshake = options;
    m_environment = environment;
    m_supervisor->setRequestHeaders(options.requestHeaders());
    m_supervisor->setOrigin(options.origin);
#ifndef QT_NO_SSL
    // Always replaced: a certificate taken away must not be offered to the next server.
    std::optional<QSslConfiguration> tls;
    if (!options.caFile.isEmpty() || !options.clientCertFile.isEmpty()) {
        tls = QSslConfiguration::defaultConfiguration();
        options.applyTls(&*tls);
    }
    m_supervisor->setTlsConfiguration(tls);
#endif
    QString error;
    if (!m_url.isEmpty() && !applyProxy(&error))
        return error;
    // Before the first URL: checked against the URL's scheme when it comes.
    if (m_url.isEmpty() && !options.proxy.isEmpty() && options.proxy != QLatin1String("none")
        && options.proxy != QLatin1String("direct") && !parseProxyUrl(options.proxy, &error))
        return error;
    return {};
}

bool Session::applyProxy(QString *error)
{
    QString why;
    // The embedded server is on loopback: never through a proxy.
    m_proxyChoice = m_usingEmbedded ? std::nullopt : chooseProxy(m_url, m_handshake.proxy, m_environment, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    // Direct means no proxy at all when something decided it (the embedded
    // server, --proxy, the proxy variables with no_proxy); only when nothing
    // did may the application's default (the window: the system's) apply.
    static const char *const variables[] = {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"};
    const bool decided = m_usingEmbedded || !m_handshake.proxy.isEmpty()
        || std::any_of(std::begin(variables), std::end(variables),
                       [this](const char *v) { return !m_environment.value(QLatin1String(v)).isEmpty(); });
    const QNetworkProxy direct(decided ? QNetworkProxy::NoProxy : QNetworkProxy::DefaultProxy);
    const QNetworkProxy forward = m_proxyChoice ? m_proxyChoice->proxy : direct;
    const QString shown = m_proxyChoice ? m_proxyChoice->shown : QString();
    if (m_linkEnabled) {
        // wspulse -> link simulator -> forward proxy -> server.
        link()->setUpstreamProxy(forward);
        m_supervisor->setProxy(link()->proxy(), shown);
    } else {
        m_supervisor->setProxy(forward, shown);
    }
    return true;
}

} // namespace wspulse
