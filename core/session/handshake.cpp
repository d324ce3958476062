#include "handshake.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace wspulse {

namespace {
const QString kMask = QStringLiteral("***");

} // namespace

// Headers whose value is a credential: masked wherever they are shown.
bool HandshakeOptions::carriesCredentials(const QString &name)
{
    static const QStringList names = {QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
                                      QStringLiteral("cookie"), QStringLiteral("x-api-key"),
                                      QStringLiteral("x-auth-token")};
    const QString lower = name.toLower();
    return names.contains(lower) || lower.contains(QLatin1String("token")) || lower.contains(QLatin1String("secret"))
        || lower.contains(QLatin1String("key"));
}
std::optional<QPair<QString, QString>> HandshakeOptions::parseHeader(const QString &line, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        // Not quoted: a line without a name may well be a bare secret.
        return fail(QCoreApplication::translate("Handshake", "--header \"%1\": say \"Name: value\"")
                        .arg(QStringLiteral("\u2026")));
    const QString name = line.left(colon).trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    // RFC 9110 token characters.
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (!token.match(name).hasMatch())
        return fail(QCoreApplication::translate("Handshake", "--header \"%1\": \"%2\" is not a header name")
                        .arg(name + QStringLiteral(": \u2026"), name)); // the value may be a secret
    if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) || value.contains(QChar(0)))
        return fail(
            QCoreApplication::translate("Handshake", "--header %1: a value cannot contain a line break").arg(name));
    const QString lower = name.toLower();
    static const QStringList handshake = {QStringLiteral("host"), QStringLiteral("upgrade"),
                                          QStringLiteral("connection"), QStringLiteral("content-length"),
                                          QStringLiteral("transfer-encoding")};
    if (handshake.contains(lower) || lower.startsWith(QLatin1String("sec-websocket-")))
        return fail(QCoreApplication::translate("Handshake", "--header %1: the handshake sets this header itself%2")
                        .arg(name,
                             lower == QLatin1String("sec-websocket-protocol")
                                 ? QCoreApplication::translate("Handshake", " (use --subprotocol)")
                                 : QString()));
    if (lower == QLatin1String("origin"))
        return fail(QCoreApplication::translate("Handshake", "--header Origin: use --origin"));
    return QPair<QString, QString>{name, value};
}

QString HandshakeOptions::normalizedProxy(const QString &proxy)
{
    const QString p = proxy.trimmed();
    if (p.isEmpty() || p == QLatin1String("none") || p == QLatin1String("direct") || p.contains(QLatin1String("://")))
        return p;
    return QStringLiteral("http://") + p;
}

QString HandshakeOptions::setBasic(const QString &userColonPassword)
{
    const qsizetype colon = userColonPassword.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return QCoreApplication::translate("Handshake", "--basic: say USER:PASSWORD");
    basicUser = userColonPassword.left(colon);
    basicPassword = userColonPassword.mid(colon + 1);
    return {};
}

QString HandshakeOptions::validateTls() const
{
    QSslConfiguration config;
    return applyTls(&config);
}

QString HandshakeOptions::applyTls(QSslConfiguration *config) const
{
#ifdef QT_NO_SSL
    Q_UNUSED(config);
    if (!caFile.isEmpty() || !clientCertFile.isEmpty())
        return QCoreApplication::translate("Handshake", "this build has no TLS");
    return {};
#else
    const auto read = [](const QString &path, QByteArray *out) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return f.errorString();
        *out = f.readAll();
        return QString();
    };
    if (!caFile.isEmpty()) {
        QByteArray pem;
        if (const QString e = read(caFile, &pem); !e.isEmpty())
            return QCoreApplication::translate("Handshake", "--ca %1: %2").arg(caFile, e);
        QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
        if (cas.isEmpty())
            cas = QSslCertificate::fromData(pem, QSsl::Der);
        if (cas.isEmpty())
            return QCoreApplication::translate("Handshake", "--ca %1: no certificate in it (PEM or DER)").arg(caFile);
        config->addCaCertificates(cas);
    }
    if (clientCertFile.isEmpty() != clientKeyFile.isEmpty())
        return QCoreApplication::translate("Handshake", "--client-cert and --client-key go together");
    if (!clientCertFile.isEmpty()) {
        QByteArray pem;
        if (const QString e = read(clientCertFile, &pem); !e.isEmpty())
            return QCoreApplication::translate("Handshake", "--client-cert %1: %2").arg(clientCertFile, e);
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certs.isEmpty())
            return QCoreApplication::translate("Handshake", "--client-cert %1: no PEM certificate in it")
                .arg(clientCertFile);
        QByteArray keyPem;
        if (const QString e = read(clientKeyFile, &keyPem); !e.isEmpty())
            return QCoreApplication::translate("Handshake", "--client-key %1: %2").arg(clientKeyFile, e);
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return QCoreApplication::translate("Handshake", "--client-key %1: no unencrypted RSA or EC key in PEM form")
                .arg(clientKeyFile);
        config->setLocalCertificate(certs.first());
        if (certs.size() > 1)
            config->setLocalCertificateChain(certs);
        config->setPrivateKey(key);
    }
    return {};
#endif
}

QList<QPair<QByteArray, QByteArray>> HandshakeOptions::requestHeaders() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto &[name, value] : headers)
        out.append({name.toLatin1(), value.toUtf8()});
    if (!bearerToken.isEmpty())
        out.append({QByteArrayLiteral("Authorization"), "Bearer " + bearerToken.toUtf8()});
    else if (!basicUser.isEmpty())
        out.append({QByteArrayLiteral("Authorization"),
                    "Basic " + (basicUser + QLatin1Char(':') + basicPassword).toUtf8().toBase64()});
    if (!cookie.isEmpty())
        out.append({QByteArrayLiteral("Cookie"), cookie.toUtf8()});
    return out;
}

QJsonObject HandshakeOptions::describe() const
{
    QJsonObject o;
    if (!headers.isEmpty()) {
        QJsonArray shown;
        for (const auto &[name, value] : headers)
            shown.append(name + QStringLiteral(": ") + (carriesCredentials(name) ? kMask : value));
        o.insert(QStringLiteral("headers"), shown);
    }
    if (!origin.isEmpty())
        o.insert(QStringLiteral("origin"), origin);
    if (!bearerToken.isEmpty())
        o.insert(QStringLiteral("auth"), QStringLiteral("bearer ***"));
    else if (!basicUser.isEmpty())
        o.insert(QStringLiteral("auth"), QStringLiteral("basic %1:***").arg(basicUser));
    if (!cookie.isEmpty())
        o.insert(QStringLiteral("cookie"), kMask);
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("ca"), caFile);
    if (!clientCertFile.isEmpty())
        o.insert(QStringLiteral("client_cert"), clientCertFile);
    return o;
}

QStringList HandshakeOptions::secrets() const
{
    QStringList out;
    for (const QString &s : {bearerToken, basicPassword, cookie})
        if (!s.isEmpty())
            out << s;
    for (const auto &[name, value] : headers)
        if (carriesCredentials(name) && !value.isEmpty())
            out << value;
    if (const QString p = QUrl(normalizedProxy(proxy)).password(); !p.isEmpty())
        out << p;
    return out;
}

bool HandshakeOptions::isEmpty() const
{
    return describe().isEmpty() && proxy.isEmpty();
}

QString urlForDisplay(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemovePassword);
}

std::optional<QNetworkProxy> parseProxyUrl(const QString &text, QString *error)
{
    // curl's default: no scheme means HTTP.
    const QUrl url = QUrl(text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    else {
        if (error)
            *error = QCoreApplication::translate(
                         "Handshake", "proxy %1: only http://, socks5:// and socks5h:// proxies are supported")
                         .arg(urlForDisplay(url));
        return std::nullopt;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        if (error)
            *error =
                QCoreApplication::translate("Handshake", "proxy %1: not a URL with a host").arg(urlForDisplay(url));
        return std::nullopt;
    }
    QNetworkProxy proxy(type, url.host(), quint16(url.port(1080)) /* curl's default */,
                        url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    if (type == QNetworkProxy::HttpProxy)
        proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    else if (scheme == QLatin1String("socks5h"))
        proxy.setCapabilities(proxy.capabilities() | QNetworkProxy::HostNameLookupCapability);
    else
        proxy.setCapabilities(proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

bool noProxyExempts(const QString &host, const QString &noProxy)
{
    const QString h = host.toLower();
    const QHostAddress address(h);
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        if (!address.isNull()) {
            if (entry.contains(QLatin1Char('/'))) {
                const auto subnet = QHostAddress::parseSubnet(entry);
                if (subnet.second >= 0 && address.isInSubnet(subnet))
                    return true;
            } else if (QHostAddress(entry) == address) {
                return true;
            }
            continue;
        }
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (h == entry || h.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

std::optional<ProxyChoice> chooseProxy(const QUrl &target, const QString &flag, const QProcessEnvironment &env,
                                       QString *error)
{
    QString source;
    QString value;
    if (!flag.isEmpty()) {
        if (flag == QLatin1String("none") || flag == QLatin1String("direct"))
            return std::nullopt;
        source = QStringLiteral("--proxy");
        value = flag;
    } else {
        const bool tls = target.scheme() == QLatin1String("wss");
        // As curl: the lower-case name first; no upper-case HTTP_PROXY (a CGI
        // request can set it).
        const QStringList names = tls
            ? QStringList{QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY"), QStringLiteral("all_proxy"),
                          QStringLiteral("ALL_PROXY")}
            : QStringList{QStringLiteral("http_proxy"), QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY")};
        for (const QString &name : names) {
            if (!env.value(name).isEmpty()) {
                source = name;
                value = env.value(name);
                break;
            }
        }
        if (value.isEmpty())
            return std::nullopt;
        // As curl: an empty variable counts as unset.
        const QString noProxy = !env.value(QStringLiteral("no_proxy")).isEmpty()
            ? env.value(QStringLiteral("no_proxy"))
            : env.value(QStringLiteral("NO_PROXY"));
        if (noProxyExempts(target.host(), noProxy))
            return std::nullopt;
    }
    QString why;
    const std::optional<QNetworkProxy> proxy = parseProxyUrl(value, &why);
    if (!proxy) {
        if (error)
            *error = source == QLatin1String("--proxy") ? why : QStringLiteral("%1: %2").arg(source, why);
        return std::nullopt;
    }
    const QUrl shown(value.contains(QLatin1String("://")) ? value : QStringLiteral("http://") + value);
    return ProxyChoice{*proxy, source, urlForDisplay(shown)};
}

} // namespace wspulse
