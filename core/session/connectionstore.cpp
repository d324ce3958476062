#include "connectionstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace wspulse {

namespace {
const QString kFormat = QStringLiteral("wspulse-connections");
constexpr int kVersion = 1;

QJsonObject linkJson(const LinkConditions &c)
{
    return {{QStringLiteral("latency_ms"), c.latencyMs},
            {QStringLiteral("jitter_ms"), c.jitterMs},
            {QStringLiteral("bandwidth"), double(c.bandwidth)},
            {QStringLiteral("frozen"), c.frozen}};
}

LinkConditions linkFrom(const QJsonObject &o)
{
    LinkConditions c;
    c.latencyMs = o.value(QStringLiteral("latency_ms")).toInt();
    c.jitterMs = o.value(QStringLiteral("jitter_ms")).toInt();
    c.bandwidth = qint64(o.value(QStringLiteral("bandwidth")).toDouble());
    c.frozen = o.value(QStringLiteral("frozen")).toBool();
    return c;
}

// The URL's password is a secret too.
QUrl withoutPassword(QUrl url)
{
    url.setPassword(QString());
    return url;
}
} // namespace

QJsonObject SavedConnection::toJson(bool withSecrets) const
{
    const HandshakeOptions &h = handshake;
    QJsonArray headers;
    for (const auto &[name, value] : h.headers) {
        const bool secret = HandshakeOptions::carriesCredentials(name);
        headers.append(QJsonArray{name, secret && !withSecrets ? QString() : value});
    }
    QJsonArray overridesJson;
    for (const auto &[p, text] : overrides)
        overridesJson.append(QJsonArray{paramDef(p).name(), text});
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("url"), (withSecrets ? url : withoutPassword(url)).toString()},
                  {QStringLiteral("headers"), headers},
                  {QStringLiteral("origin"), h.origin},
                  {QStringLiteral("basic_user"), h.basicUser},
                  {QStringLiteral("ca"), h.caFile},
                  {QStringLiteral("client_cert"), h.clientCertFile},
                  {QStringLiteral("client_key"), h.clientKeyFile},
                  {QStringLiteral("proxy"), withSecrets ? h.proxy : urlForDisplay(QUrl(h.proxy))},
                  {QStringLiteral("subprotocols"), QJsonArray::fromStringList(subprotocols)},
                  {QStringLiteral("parameters"), overridesJson},
                  {QStringLiteral("link"), link},
                  {QStringLiteral("link_up"), linkJson(linkUp)},
                  {QStringLiteral("link_down"), linkJson(linkDown)}};
    if (h.proxy.isEmpty())
        o.insert(QStringLiteral("proxy"), QString());
    if (withSecrets) {
        o.insert(QStringLiteral("bearer"), h.bearerToken);
        o.insert(QStringLiteral("basic_password"), h.basicPassword);
        o.insert(QStringLiteral("cookie"), h.cookie);
    } else if (!h.secrets().isEmpty() || !url.password().isEmpty()) {
        o.insert(QStringLiteral("secrets_excluded"), true);
    }
    return o;
}

std::optional<SavedConnection> SavedConnection::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    SavedConnection c;
    c.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (c.name.isEmpty())
        return fail(QCoreApplication::translate("Connections", "a connection without a name"));
    c.url = QUrl(o.value(QStringLiteral("url")).toString());
    if (!c.url.isEmpty()
        && (!c.url.isValid() || (c.url.scheme() != QLatin1String("ws") && c.url.scheme() != QLatin1String("wss"))))
        return fail(QCoreApplication::translate("Connections", "connection %1: \"%2\" is not a ws:// or wss:// URL")
                        .arg(c.name, c.url.toDisplayString(QUrl::RemovePassword)));
    HandshakeOptions &h = c.handshake;
    for (const QJsonValue &v : o.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = v.toArray();
        QString why;
        const auto header =
            HandshakeOptions::parseHeader(pair.at(0).toString() + QStringLiteral(": ") + pair.at(1).toString(), &why);
        if (!header)
            return fail(QCoreApplication::translate("Connections", "connection %1: %2").arg(c.name, why));
        h.headers << *header;
    }
    h.origin = o.value(QStringLiteral("origin")).toString();
    h.bearerToken = o.value(QStringLiteral("bearer")).toString();
    h.basicUser = o.value(QStringLiteral("basic_user")).toString();
    h.basicPassword = o.value(QStringLiteral("basic_password")).toString();
    h.cookie = o.value(QStringLiteral("cookie")).toString();
    h.caFile = o.value(QStringLiteral("ca")).toString();
    h.clientCertFile = o.value(QStringLiteral("client_cert")).toString();
    h.clientKeyFile = o.value(QStringLiteral("client_key")).toString();
    h.proxy = HandshakeOptions::normalizedProxy(o.value(QStringLiteral("proxy")).toString());
    for (const QJsonValue &v : o.value(QStringLiteral("subprotocols")).toArray())
        c.subprotocols << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("parameters")).toArray()) {
        const QJsonArray pair = v.toArray();
        const std::optional<Param> p = paramByName(pair.at(0).toString());
        if (!p)
            return fail(QCoreApplication::translate("Connections", "connection %1: %2 is not a parameter")
                            .arg(c.name, pair.at(0).toString()));
        c.overrides.append({*p, pair.at(1).toString()});
    }
    c.link = o.value(QStringLiteral("link")).toBool();
    c.linkUp = linkFrom(o.value(QStringLiteral("link_up")).toObject());
    c.linkDown = linkFrom(o.value(QStringLiteral("link_down")).toObject());
    return c;
}

QJsonObject SavedConnection::secretsJson() const
{
    QJsonObject s;
    const HandshakeOptions &h = handshake;
    if (!h.bearerToken.isEmpty())
        s.insert(QStringLiteral("bearer"), h.bearerToken);
    if (!h.basicPassword.isEmpty())
        s.insert(QStringLiteral("basic_password"), h.basicPassword);
    if (!h.cookie.isEmpty())
        s.insert(QStringLiteral("cookie"), h.cookie);
    if (const QString p = QUrl(h.proxy).password(); !p.isEmpty())
        s.insert(QStringLiteral("proxy_password"), p);
    if (!url.password().isEmpty())
        s.insert(QStringLiteral("url_password"), url.password());
    QJsonObject headers;
    for (const auto &[name, value] : h.headers)
        if (HandshakeOptions::carriesCredentials(name) && !value.isEmpty())
            headers.insert(name, value);
    if (!headers.isEmpty())
        s.insert(QStringLiteral("headers"), headers);
    return s;
}

void SavedConnection::mergeSecrets(const QJsonObject &s)
{
    HandshakeOptions &h = handshake;
    if (s.contains(QStringLiteral("bearer")))
        h.bearerToken = s.value(QStringLiteral("bearer")).toString();
    if (s.contains(QStringLiteral("basic_password")))
        h.basicPassword = s.value(QStringLiteral("basic_password")).toString();
    if (s.contains(QStringLiteral("cookie")))
        h.cookie = s.value(QStringLiteral("cookie")).toString();
    if (s.contains(QStringLiteral("proxy_password")) && !h.proxy.isEmpty()) {
        QUrl proxy(h.proxy);
        proxy.setPassword(s.value(QStringLiteral("proxy_password")).toString());
        h.proxy = proxy.toString();
    }
    if (s.contains(QStringLiteral("url_password")) && !url.isEmpty())
        url.setPassword(s.value(QStringLiteral("url_password")).toString());
    const QJsonObject headers = s.value(QStringLiteral("headers")).toObject();
    for (auto &[name, value] : h.headers)
        if (headers.contains(name))
            value = headers.value(name).toString();
}

ConnectionStore::ConnectionStore(const QString &directory)
    : m_dir(directory)
{
}

QString ConnectionStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/connections");
}

QString ConnectionStore::secretsPath() const
{
    return m_dir + QStringLiteral("/secrets.json");
}

SecretKeychain ConnectionStore::keychain() const
{
    // One entry per folder: the tests' stores and the user's stay apart.
    return SecretKeychain(QStringLiteral("connections:") + QDir(m_dir).absolutePath());
}

bool ConnectionStore::usesKeychain() const
{
    if (!m_keychainAnswers)
        m_keychainAnswers = keychain().available(&m_noKeychain);
    return *m_keychainAnswers;
}

QString ConnectionStore::secretsWarning() const
{
    if (usesKeychain())
        return {};
    return QCoreApplication::translate("Connections",
                                       "saved secrets are kept in %1, readable only by you (no platform keychain: %2)")
        .arg(secretsPath(), m_noKeychain);
}

std::optional<ConnectionStore::Files> ConnectionStore::read(QString *error, bool withSecrets) const
{
    Files files;
    const auto readJson = [error](const QString &path, QJsonObject *out) {
        QFile f(path);
        if (!f.exists())
            return true;
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QCoreApplication::translate("Connections", "%1: %2").arg(path, f.errorString());
            return false;
        }
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
        if (!doc.isObject()) {
            if (error)
                *error = QCoreApplication::translate("Connections", "%1: not a saved-connections file (%2)")
                             .arg(path, parse.errorString());
            return false;
        }
        *out = doc.object();
        return true;
    };
    QJsonObject main;
    if (!readJson(m_dir + QStringLiteral("/connections.json"), &main))
        return std::nullopt;
    // The file, when there is one, holds all the secrets: it is written
    // whole while no keychain answers (or was, before wspulse used one), and
    // the keychain's older set must not bring back what was removed since.
    // The next write that reaches the keychain moves them there.
    if (withSecrets && !readJson(secretsPath(), &files.secrets))
        return std::nullopt;
    if (withSecrets && !QFile::exists(secretsPath()) && usesKeychain()) {
        QString why;
        const std::optional<QJsonObject> kept = keychain().read(&why);
        if (!kept) {
            if (error)
                *error = QCoreApplication::translate("Connections", "cannot read the saved secrets: %1").arg(why);
            return std::nullopt;
        }
        files.secrets = *kept;
    }
    for (const QJsonValue &v : main.value(QStringLiteral("connections")).toArray())
        files.connections << v.toObject();
    return files;
}

QString ConnectionStore::write(const Files &files)
{
    if (!QDir().mkpath(m_dir))
        return QCoreApplication::translate("Connections", "cannot create %1").arg(m_dir);
    QJsonArray list;
    for (const QJsonObject &o : files.connections)
        list.append(o);
    const auto writeJson = [](const QString &path, const QJsonObject &o, bool privateFile) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("Connections", "%1: %2").arg(path, f.errorString());
        // Readable by the user only, before a single byte is in it.
        if (privateFile && !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return QCoreApplication::translate("Connections", "%1: cannot make it private").arg(path);
        f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
        if (!f.commit())
            return QCoreApplication::translate("Connections", "%1: %2").arg(path, f.errorString());
        if (privateFile)
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return QString();
    };
    if (const QString e = writeJson(m_dir + QStringLiteral("/connections.json"),
                                    {{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("version"), kVersion},
                                     {QStringLiteral("connections"), list}},
                                    false);
        !e.isEmpty())
        return e;
    if (usesKeychain()) {
        const QString e = keychain().write(files.secrets);
        if (e.isEmpty()) {
            QFile::remove(secretsPath()); // all of them are in the keychain now
            return {};
        }
        // Nothing is lost: the file takes them, and the warning says why.
        m_keychainAnswers = false;
        m_noKeychain = e;
    }
    return writeJson(secretsPath(), files.secrets, true);
}

QStringList ConnectionStore::names() const
{
    QStringList out;
    if (const auto files = read(nullptr, false))
        for (const QJsonObject &o : files->connections)
            out << o.value(QStringLiteral("name")).toString();
    return out;
}

std::optional<SavedConnection> ConnectionStore::load(const QString &name, QString *error) const
{
    const auto files = read(error);
    if (!files)
        return std::nullopt;
    for (const QJsonObject &o : files->connections) {
        if (o.value(QStringLiteral("name")).toString() != name)
            continue;
        std::optional<SavedConnection> c = SavedConnection::fromJson(o, error);
        if (c)
            c->mergeSecrets(files->secrets.value(name).toObject());
        return c;
    }
    if (error)
        *error = QCoreApplication::translate("Connections", "no saved connection named \"%1\" (saved: %2)")
                     .arg(name,
                          names().isEmpty() ? QCoreApplication::translate("Connections", "none")
                                            : names().join(QStringLiteral(", ")));
    return std::nullopt;
}

void ConnectionStore::put(Files &files, const SavedConnection &connection)
{
    const QJsonObject o = connection.toJson(false);
    bool replaced = false;
    for (QJsonObject &existing : files.connections) {
        if (existing.value(QStringLiteral("name")).toString() == connection.name) {
            existing = o;
            replaced = true;
        }
    }
    if (!replaced)
        files.connections << o;
    const QJsonObject secrets = connection.secretsJson();
    if (secrets.isEmpty())
        files.secrets.remove(connection.name);
    else
        files.secrets.insert(connection.name, secrets);
}

QString ConnectionStore::save(const SavedConnection &connection)
{
    QString error;
    auto files = read(&error);
    if (!files)
        return error;
    if (connection.name.trimmed().isEmpty())
        return QCoreApplication::translate("Connections", "a connection needs a name");
    put(*files, connection);
    return write(*files);
}

QString ConnectionStore::remove(const QString &name)
{
    QString error;
    auto files = read(&error);
    if (!files)
        return error;
    const qsizetype before = files->connections.size();
    files->connections.removeIf(
        [&](const QJsonObject &o) { return o.value(QStringLiteral("name")).toString() == name; });
    if (files->connections.size() == before)
        return QCoreApplication::translate("Connections", "no saved connection named \"%1\"").arg(name);
    files->secrets.remove(name);
    return write(*files);
}

QString ConnectionStore::duplicate(const QString &from, const QString &to)
{
    if (names().contains(to))
        return QCoreApplication::translate("Connections", "a connection named \"%1\" exists already").arg(to);
    QString error;
    std::optional<SavedConnection> c = load(from, &error);
    if (!c)
        return error;
    c->name = to;
    return save(*c);
}

QString ConnectionStore::rename(const QString &from, const QString &to)
{
    if (from == to)
        return {};
    if (const QString e = duplicate(from, to); !e.isEmpty())
        return e;
    return remove(from);
}

QByteArray ConnectionStore::exportJson(const QStringList &names, bool withSecrets, QString *error) const
{
    QJsonArray list;
    for (const QString &name : names) {
        const std::optional<SavedConnection> c = load(name, error);
        if (!c)
            return {};
        list.append(c->toJson(withSecrets));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("version"), kVersion},
                                     {QStringLiteral("connections"), list}})
        .toJson(QJsonDocument::Indented);
}

QString ConnectionStore::importJson(const QByteArray &data, QStringList *imported)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parse);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormat)
        return QCoreApplication::translate("Connections", "not a wspulse connections file%1")
            .arg(doc.isNull() ? QStringLiteral(" (%1)").arg(parse.errorString()) : QString());
    if (doc.object().value(QStringLiteral("version")).toInt() > kVersion)
        return QCoreApplication::translate("Connections",
                                           "written by a newer wspulse (format version %1): not imported")
            .arg(doc.object().value(QStringLiteral("version")).toInt());
    // All or nothing: every entry is checked before any is saved.
    QList<std::pair<SavedConnection, bool>> incoming; // and whether its secrets were left out
    for (const QJsonValue &v : doc.object().value(QStringLiteral("connections")).toArray()) {
        QString error;
        const std::optional<SavedConnection> c = SavedConnection::fromJson(v.toObject(), &error);
        if (!c)
            return error;
        incoming.append({*c, v.toObject().value(QStringLiteral("secrets_excluded")).toBool()});
    }
    // One write for the whole import: all or nothing on disk too.
    QString error;
    std::optional<Files> files = read(&error);
    if (!files)
        return error;
    for (auto [c, secretsLeftOut] : std::as_const(incoming)) {
        // Imported without its secrets: the ones already kept here stay, but
        // only for the same server (and the proxy's only for the same proxy):
        // an import must never send your token somewhere else.
        if (secretsLeftOut) {
            for (const QJsonObject &kept : std::as_const(files->connections)) {
                if (kept.value(QStringLiteral("name")).toString() != c.name)
                    continue;
                std::optional<SavedConnection> old = SavedConnection::fromJson(kept, nullptr);
                if (!old)
                    break;
                old->mergeSecrets(files->secrets.value(c.name).toObject());
                QJsonObject secrets = old->secretsJson();
                const auto sameEndpoint = [](const QUrl &a, const QUrl &b) {
                    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
                };
                if (!sameEndpoint(old->url, c.url))
                    for (const char *key : {"bearer", "basic_password", "cookie", "url_password", "headers"})
                        secrets.remove(QLatin1String(key));
                if (!sameEndpoint(QUrl(old->handshake.proxy), QUrl(c.handshake.proxy)))
                    secrets.remove(QStringLiteral("proxy_password"));
                c.mergeSecrets(secrets);
            }
        }
        put(*files, c);
        if (imported)
            *imported << c.name;
    }
    if (const QString e = write(*files); !e.isEmpty()) {
        if (imported)
            imported->clear();
        return e;
    }
    return {};
}

} // namespace wspulse
