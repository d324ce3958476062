#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkProxy>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QSslConfiguration;
QT_END_NAMESPACE

namespace wspulse {

// What a client sends with its upgrade request besides the URL, and how it
// reaches the server: the options people need before a server upgrades them
// (a token, a cookie, an Origin, a client certificate) and the proxy their
// network makes them use. Secrets (token, password, cookie, the proxy's
// password, any header that carries credentials) are never written anywhere:
// describe() masks them, and secrets() lists them for tests that look.
struct HandshakeOptions
{
    QList<QPair<QString, QString>> headers; // --header "Name: value", in order
    QString origin;                         // --origin
    QString bearerToken;                    // --bearer / WSPULSE_BEARER
    QString basicUser;                      // --basic USER:PASS / WSPULSE_BASIC
    QString basicPassword;
    QString cookie;         // --cookie / WSPULSE_COOKIE
    QString caFile;         // --ca: a private authority for wss://
    QString clientCertFile; // --client-cert and --client-key: mutual TLS
    QString clientKeyFile;
    QString proxy; // --proxy URL, or "none"; empty: the environment, as curl reads it

    // "Name: value" into a header, or why not: a header name is a token, a
    // value has no line breaks, and the handshake's own headers (Host,
    // Upgrade, Sec-WebSocket-*) and those with an option of their own
    // (Origin, Authorization via --bearer/--basic is allowed) are refused.
    static std::optional<QPair<QString, QString>> parseHeader(const QString &line, QString *error);
    // Whether a header's value is a credential (Authorization, Cookie, names
    // with token, key or secret in them): masked wherever it is shown.
    static bool carriesCredentials(const QString &name);
    // A proxy as given, with curl's default scheme made explicit
    // ("user:pw@proxy:3128" -> "http://user:pw@proxy:3128"), so that its
    // user and password are read as such everywhere; "none" stays.
    static QString normalizedProxy(const QString &proxy);
    // "USER:PASS" for --basic, or why not.
    QString setBasic(const QString &userColonPassword);

    // Checks the files can be read and hold what they should; returns why not.
    QString validateTls() const;
    // Adds the CA, client certificate and key to `config`; returns why it cannot.
    QString applyTls(QSslConfiguration *config) const;

    // The raw headers the upgrade request carries (Origin excepted: QWebSocket
    // sends it from its own field).
    QList<QPair<QByteArray, QByteArray>> requestHeaders() const;

    // For the `config` event: header names with their values (credentials
    // masked), the kind of auth, whether a cookie is sent, the TLS files.
    QJsonObject describe() const;
    QStringList secrets() const;
    bool isEmpty() const;
};

// A URL without its password, for events, titles and logs.
QString urlForDisplay(const QUrl &url);

// The proxy for a connection to `target`, decided as curl decides it:
// `flag` (--proxy) wins ("none" or "direct": no proxy); else, for wss://,
// https_proxy or HTTPS_PROXY, for ws://, http_proxy (curl ignores
// HTTP_PROXY), else all_proxy / ALL_PROXY; no_proxy / NO_PROXY ("*", host
// names and domain suffixes, IP addresses, CIDR ranges) turn it off for a
// host. http:// proxies tunnel with CONNECT; socks5:// and socks5h:// are
// SOCKS5 (socks5h: the proxy resolves the name). nullopt: connect directly.
struct ProxyChoice
{
    QNetworkProxy proxy;
    QString source; // "--proxy", "https_proxy", ...
    QString shown;  // the proxy URL without its password
};
std::optional<ProxyChoice> chooseProxy(const QUrl &target, const QString &flag, const QProcessEnvironment &env,
                                       QString *error);
// Whether no_proxy's list exempts `host`.
bool noProxyExempts(const QString &host, const QString &noProxy);
// A proxy URL into a QNetworkProxy, or why not.
std::optional<QNetworkProxy> parseProxyUrl(const QString &url, QString *error);

} // namespace wspulse
