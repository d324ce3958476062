#pragma once

#include "closeclassifier.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <optional>

namespace wspulse {

// The keepalive a server runs above WebSocket. The values follow
// WS_APP_PROFILE's choices, in order.
enum class AppProfile { None, EngineIo, GraphqlWs, Mqtt, Custom };
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
// A Socket.IO event with an ack id ("421["echo","x"]", also with a namespace:
// "42/chat,7[...]") and its ack ("431[...]"): the id, to match the two; empty
// when the frame carries none.
QString eventAckId(const QString &frame);
QString ackId(const QString &frame);
// A Socket.IO packet as a person reads it: `chat("hi", {"n":1})` for an
// event, `ack 7: ["ok"]`, `connect /admin`; empty for a frame that is not a
// Socket.IO packet (Engine.IO's own pings stay as they are).
QString describePacket(const QString &frame);

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

// A heartbeat of one's own: our ping from a template, a pattern that
// recognises its answer, and rules that answer the server's own pings.
struct CustomHeartbeat
{
    QString pingTemplate; // "{seq}" and "{ts_ms}" are replaced ("hb {seq}")
    QRegularExpression answer;
    struct Rule
    {
        QRegularExpression when; // a server frame that matches ...
        QString reply;           // ... is answered with this ("{seq}", "{ts_ms}" replaced)
    };
    QList<Rule> rules;
    QString render(const QString &text, quint64 seq, qint64 tsMs) const;
    // "PATTERN=>REPLY" for a rule; why not, or empty.
    static QString parseRule(const QString &text, Rule *out);
};

// MQTT 3.1.1 over WebSocket (subprotocol "mqtt"): the few packets a keepalive needs.
namespace mqtt {

constexpr const char *Subprotocol = "mqtt";
enum class PacketType { Connect = 1, Connack = 2, Pingreq = 12, Pingresp = 13, Disconnect = 14 };
// CONNECT, clean session, with this keep-alive (seconds; 0: off) and client id.
QByteArray connectPacket(int keepAliveSeconds, const QString &clientId);
QByteArray pingreqPacket();
// The packet type of a frame's first packet (0 when empty).
int packetType(const QByteArray &frame);
// CONNACK's return code (0: accepted), or -1 when the frame is not a CONNACK.
int connackReturnCode(const QByteArray &frame);
// The return code's meaning, in the specification's words.
QString connackMeaning(int returnCode);
// A frame's packets as a person reads them ("PUBLISH sensors/t (QoS 1, id
// 5): 21.5", "SUBACK id 1: QoS 0", "PINGRESP"), one per line; a malformed
// packet is said to be so.
QString describePackets(const QByteArray &frame);

} // namespace mqtt

} // namespace wspulse
