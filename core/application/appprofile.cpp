#include "appprofile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace wspulse {

QString appProfileName(AppProfile p)
{
    switch (p) {
    case AppProfile::None:
        return QStringLiteral("none");
    case AppProfile::EngineIo:
        return QStringLiteral("engineio");
    case AppProfile::GraphqlWs:
        return QStringLiteral("graphql-ws");
    }
    return QString();
}

QString appProfileSubprotocol(AppProfile p)
{
    return p == AppProfile::GraphqlWs ? QLatin1String(graphqlws::Subprotocol) : QString();
}

std::optional<AppProfile> profileFromUrl(const QUrl &url)
{
    // Socket.IO's default path, and Engine.IO v4 asked for in the query.
    if (url.path().contains(QLatin1String("/socket.io/"))
        && QUrlQuery(url).queryItemValue(QStringLiteral("EIO")) == QLatin1String("4"))
        return AppProfile::EngineIo;
    return std::nullopt;
}

std::optional<AppProfile> profileFromSubprotocol(const QString &subprotocol)
{
    if (subprotocol == QLatin1String(graphqlws::Subprotocol))
        return AppProfile::GraphqlWs;
    return std::nullopt;
}

std::optional<AppProfile> profileFromFirstFrame(const QString &frame)
{
    if (engineio::parseOpen(frame))
        return AppProfile::EngineIo;
    return std::nullopt;
}

namespace engineio {

std::optional<OpenPacket> parseOpen(const QString &frame)
{
    if (!frame.startsWith(QLatin1Char('0')))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.mid(1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    OpenPacket p;
    p.sid = o.value(QLatin1String("sid")).toString();
    p.pingIntervalMs = o.value(QLatin1String("pingInterval")).toInteger(-1);
    p.pingTimeoutMs = o.value(QLatin1String("pingTimeout")).toInteger(-1);
    // All three, sane: anything else is not an Engine.IO open packet.
    if (p.sid.isEmpty() || p.pingIntervalMs <= 0 || p.pingTimeoutMs <= 0)
        return std::nullopt;
    return p;
}

} // namespace engineio

namespace graphqlws {

QString messageType(const QString &frame)
{
    if (!frame.startsWith(QLatin1Char('{')))
        return QString();
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8());
    return doc.isObject() ? doc.object().value(QLatin1String("type")).toString() : QString();
}

std::optional<CloseMeaning> closeMeaning(int code)
{
    // graphql-ws PROTOCOL.md and its CloseCode enum.
    struct Row
    {
        int code;
        const char *cause;
        const char *words;
    };
    static const Row rows[] = {
        {4400, "graphql_ws_bad_request", QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: bad request (invalid message)")},
        {4401, "graphql_ws_unauthorized", QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: unauthorized")},
        {4403, "graphql_ws_forbidden", QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: forbidden")},
        {4406, "graphql_ws_subprotocol_not_acceptable",
         QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: subprotocol not acceptable")},
        {4408, "graphql_ws_connection_initialisation_timeout",
         QT_TRANSLATE_NOOP("AppProfile",
                           "graphql-ws: connection initialisation timeout (no connection_init reached the "
                           "server in time)")},
        {4409, "graphql_ws_subscriber_already_exists",
         QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: subscriber for this id already exists")},
        {4429, "graphql_ws_too_many_initialisation_requests",
         QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: too many initialisation requests")},
        {4499, "graphql_ws_terminated", QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: terminated")},
        {4500, "graphql_ws_internal_server_error",
         QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: internal server error")},
        {4504, "graphql_ws_connection_acknowledgement_timeout",
         QT_TRANSLATE_NOOP("AppProfile", "graphql-ws: connection acknowledgement timeout")},
    };
    for (const Row &r : rows) {
        if (r.code == code)
            return CloseMeaning{QLatin1String(r.cause), QCoreApplication::translate("AppProfile", r.words)};
    }
    return std::nullopt;
}

} // namespace graphqlws

} // namespace wspulse
