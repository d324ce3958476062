#pragma once

#include "closeclassifier.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace wspulse {

// The keepalive a server runs above WebSocket. The values follow
// WS_APP_PROFILE's choices, in order.
enum class AppProfile { None, EngineIo, GraphqlWs };
QString appProfileName(AppProfile p);

// The subprotocol a profile offers in the upgrade (empty: none of its own).
QString appProfileSubprotocol(AppProfile p);

// A profile is chosen automatically only where it is certain: the URL of an
// Engine.IO v4 endpoint (/socket.io/?EIO=4), the negotiated subprotocol
// (graphql-transport-ws), or an Engine.IO open packet as the first frame.
std::optional<AppProfile> profileFromUrl(const QUrl &url);
std::optional<AppProfile> profileFromSubprotocol(const QString &subprotocol);
std::optional<AppProfile> profileFromFirstFrame(const QString &frame);

namespace engineio {

// "0{"sid":...,"pingInterval":25000,"pingTimeout":20000,...}"
struct OpenPacket
{
    QString sid;
    qint64 pingIntervalMs = 0;
    qint64 pingTimeoutMs = 0;
};
std::optional<OpenPacket> parseOpen(const QString &frame);

} // namespace engineio

namespace graphqlws {

constexpr const char *Subprotocol = "graphql-transport-ws";
// The message's "type" ("connection_ack", "ping", "pong", ...); empty when
// the frame is not a graphql-ws message.
QString messageType(const QString &frame);
// The protocol's own close codes (4400-4499, 4500, 4504): its name for the
// `cause` ("graphql_ws_connection_initialisation_timeout") and its words.
struct CloseMeaning
{
    QString cause;
    QString words;
};
std::optional<CloseMeaning> closeMeaning(int code);

} // namespace graphqlws

} // namespace wspulse
