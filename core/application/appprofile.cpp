#include "appprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>

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
    case AppProfile::Mqtt:
        return QStringLiteral("mqtt");
    case AppProfile::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

QString appProfileSubprotocol(AppProfile p)
{
    switch (p) {
    case AppProfile::GraphqlWs:
        return QLatin1String(graphqlws::Subprotocol);
    case AppProfile::Mqtt:
        return QLatin1String(mqtt::Subprotocol);
    case AppProfile::None:
    case AppProfile::EngineIo:
    case AppProfile::Custom:
        break;
    }
    return QString();
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
    if (subprotocol == QLatin1String(mqtt::Subprotocol))
        return AppProfile::Mqtt;
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

namespace {
// "4" + packet type + optional "/nsp," + digits: the digits.
QString idAfter(const QString &frame, QLatin1String prefix)
{
    if (!frame.startsWith(prefix))
        return QString();
    qsizetype i = prefix.size();
    if (i < frame.size() && frame.at(i) == QLatin1Char('/')) {
        const qsizetype comma = frame.indexOf(QLatin1Char(','), i);
        if (comma < 0)
            return QString();
        i = comma + 1;
    }
    const qsizetype start = i;
    while (i < frame.size() && frame.at(i).isDigit())
        ++i;
    return frame.mid(start, i - start);
}
} // namespace

QString eventAckId(const QString &frame)
{
    return idAfter(frame, QLatin1String("42"));
}

QString ackId(const QString &frame)
{
    return idAfter(frame, QLatin1String("43"));
}

QString describePacket(const QString &frame)
{
    // "4" (message) + Socket.IO type + optional "/nsp," + optional ack id + JSON.
    if (frame.size() < 2 || frame.at(0) != QLatin1Char('4') || !frame.at(1).isDigit())
        return QString();
    const int type = frame.at(1).digitValue();
    qsizetype i = 2;
    // Binary event and ack (5, 6): the number of attachments and a '-' first.
    QString attachments;
    if (type == 5 || type == 6) {
        const qsizetype dash = frame.indexOf(QLatin1Char('-'), i);
        if (dash < 0)
            return QString();
        attachments = frame.mid(i, dash - i);
        i = dash + 1;
    }
    QString nsp;
    if (i < frame.size() && frame.at(i) == QLatin1Char('/')) {
        const qsizetype comma = frame.indexOf(QLatin1Char(','), i);
        nsp = frame.mid(i, comma < 0 ? -1 : comma - i);
        i = comma < 0 ? frame.size() : comma + 1;
    }
    const qsizetype idStart = i;
    while (i < frame.size() && frame.at(i).isDigit())
        ++i;
    const QString id = frame.mid(idStart, i - idStart);
    const QString body = frame.mid(i);
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8());
    const auto compact = [](const QJsonValue &v) {
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        // A scalar: as JSON writes it (strings quoted).
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    };
    const QString where = nsp.isEmpty() ? QString() : nsp + QLatin1String(": ");
    const QString ack = id.isEmpty() ? QString() : QCoreApplication::translate("AppProfile", " (ack id %1)").arg(id);
    switch (type) {
    case 0: // CONNECT
        return QCoreApplication::translate("AppProfile", "connect %1").arg(nsp.isEmpty() ? QStringLiteral("/") : nsp);
    case 1: // DISCONNECT
        return QCoreApplication::translate("AppProfile", "disconnect %1")
            .arg(nsp.isEmpty() ? QStringLiteral("/") : nsp);
    case 2:   // EVENT
    case 5: { // BINARY_EVENT (its attachments follow as binary frames)
        if (!doc.isArray() || doc.array().isEmpty() || !doc.array().first().isString())
            return QString();
        const QJsonArray args = doc.array();
        QStringList rendered;
        for (qsizetype k = 1; k < args.size(); ++k)
            rendered << compact(args.at(k));
        const QString binary = attachments.isEmpty()
            ? QString()
            : QCoreApplication::translate("AppProfile", " (binary attachments: %1)").arg(attachments);
        return where + args.first().toString() + QLatin1Char('(') + rendered.join(QLatin1String(", "))
            + QLatin1Char(')') + ack + binary;
    }
    case 3:   // ACK
    case 6: { // BINARY_ACK
        if (id.isEmpty() || !doc.isArray())
            return QString();
        return where + QCoreApplication::translate("AppProfile", "ack %1: %2").arg(id, compact(doc.array()));
    }
    case 4: // CONNECT_ERROR
        return where
            + QCoreApplication::translate("AppProfile", "connect error: %1")
                  .arg(doc.isObject() ? doc.object().value(QLatin1String("message")).toString(body) : body);
    default:
        return QString();
    }
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

QString CustomHeartbeat::render(const QString &text, quint64 seq, qint64 tsMs) const
{
    return QString(text)
        .replace(QLatin1String("{seq}"), QString::number(seq))
        .replace(QLatin1String("{ts_ms}"), QString::number(tsMs));
}

QString CustomHeartbeat::parseRule(const QString &text, Rule *out)
{
    const qsizetype arrow = text.indexOf(QLatin1String("=>"));
    if (arrow <= 0)
        return QCoreApplication::translate("AppProfile", "\"%1\" is not PATTERN=>REPLY").arg(text);
    const QRegularExpression when(text.left(arrow));
    if (!when.isValid())
        return QCoreApplication::translate("AppProfile", "\"%1\": %2").arg(text.left(arrow), when.errorString());
    if (out)
        *out = Rule{when, text.mid(arrow + 2)};
    return QString();
}

namespace mqtt {

namespace {
void appendString(QByteArray &out, const QByteArray &utf8)
{
    out.append(char(utf8.size() >> 8)).append(char(utf8.size() & 0xff)).append(utf8);
}
} // namespace

QByteArray connectPacket(int keepAliveSeconds, const QString &clientId)
{
    QByteArray body;
    appendString(body, "MQTT");
    body.append(char(4));    // protocol level: 3.1.1
    body.append(char(0x02)); // clean session
    const int keepAlive = std::clamp(keepAliveSeconds, 0, 65535);
    body.append(char(keepAlive >> 8)).append(char(keepAlive & 0xff));
    appendString(body, clientId.toUtf8().left(23)); // 3.1.1 brokers must take up to 23 bytes
    QByteArray packet(1, char(int(PacketType::Connect) << 4));
    // Remaining length, 7 bits per byte.
    for (qsizetype n = body.size();;) {
        const char digit = char(n % 128);
        n /= 128;
        packet.append(n > 0 ? char(digit | 0x80) : digit);
        if (n == 0)
            break;
    }
    return packet + body;
}

QByteArray pingreqPacket()
{
    return QByteArray("\xc0\x00", 2);
}

int packetType(const QByteArray &frame)
{
    return frame.isEmpty() ? 0 : (quint8(frame.at(0)) >> 4);
}

int connackReturnCode(const QByteArray &frame)
{
    if (packetType(frame) != int(PacketType::Connack) || frame.size() < 4 || frame.at(1) != 2)
        return -1;
    return quint8(frame.at(3));
}

QString connackMeaning(int returnCode)
{
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("AppProfile", "connection accepted"),
        QT_TRANSLATE_NOOP("AppProfile", "unacceptable protocol version"),
        QT_TRANSLATE_NOOP("AppProfile", "identifier rejected"),
        QT_TRANSLATE_NOOP("AppProfile", "server unavailable"),
        QT_TRANSLATE_NOOP("AppProfile", "bad user name or password"),
        QT_TRANSLATE_NOOP("AppProfile", "not authorized"),
    };
    if (returnCode < 0 || returnCode >= int(std::size(words)))
        return QCoreApplication::translate("AppProfile", "return code %1").arg(returnCode);
    return QCoreApplication::translate("AppProfile", words[returnCode]);
}

namespace {
// One packet from `data` at `*pos`: its words, and *pos past it; nullopt when cut short.
std::optional<QString> describeOnePacket(const QByteArray &data, qsizetype *pos)
{
    qsizetype i = *pos;
    const quint8 header = quint8(data.at(i++));
    // Remaining length: up to four bytes, seven bits each.
    qint64 length = 0;
    for (int shift = 0;; shift += 7) {
        if (i >= data.size() || shift > 21)
            return std::nullopt;
        const quint8 b = quint8(data.at(i++));
        length |= qint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    if (i + length > data.size())
        return std::nullopt;
    const QByteArray body = data.mid(i, length);
    *pos = i + length;
    const auto u16 = [&body](qsizetype at) {
        return at + 2 <= body.size() ? (quint8(body.at(at)) << 8) | quint8(body.at(at + 1)) : -1;
    };
    const int type = header >> 4;
    static const char *const names[] = {"",        "CONNECT",  "CONNACK",    "PUBLISH", "PUBACK",      "PUBREC",
                                        "PUBREL",  "PUBCOMP",  "SUBSCRIBE",  "SUBACK",  "UNSUBSCRIBE", "UNSUBACK",
                                        "PINGREQ", "PINGRESP", "DISCONNECT", ""};
    const QString name = QLatin1String(names[type]);
    switch (type) {
    case 0:
    case 15:
        return QCoreApplication::translate("AppProfile", "reserved packet type %1").arg(type);
    case int(PacketType::Connack):
        return name + QLatin1String(": ") + connackMeaning(body.size() >= 2 ? quint8(body.at(1)) : -1);
    case 3: { // PUBLISH
        const int qos = (header >> 1) & 3;
        const int topicLength = u16(0);
        if (topicLength < 0 || 2 + topicLength > body.size())
            return QCoreApplication::translate("AppProfile", "PUBLISH (malformed)");
        const QString topic = QString::fromUtf8(body.mid(2, topicLength));
        qsizetype at = 2 + topicLength;
        QString details = QCoreApplication::translate("AppProfile", "QoS %1").arg(qos);
        if (qos > 0) {
            details += QCoreApplication::translate("AppProfile", ", id %1").arg(u16(at));
            at += 2;
        }
        if (header & 1)
            details += QCoreApplication::translate("AppProfile", ", retained");
        const QByteArray payload = body.mid(at);
        // Text where it is text; else the first bytes in hex.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString shown = utf8(payload);
        if (utf8.hasError() || shown.contains(QChar(0)))
            shown = QCoreApplication::translate("AppProfile", "%1 bytes: %2")
                        .arg(payload.size())
                        .arg(QString::fromLatin1(payload.left(32).toHex(' ')));
        return QStringLiteral("%1 %2 (%3): %4").arg(name, topic, details, shown);
    }
    case 4:
    case 5:
    case 6:
    case 7:
    case 11: // acknowledgements that carry only a packet id
        return QCoreApplication::translate("AppProfile", "%1 id %2").arg(name).arg(u16(0));
    case 9: { // SUBACK: id, then a granted QoS (or 0x80, failure) per topic
        QStringList granted;
        for (qsizetype k = 2; k < body.size(); ++k)
            granted << (quint8(body.at(k)) == 0x80
                            ? QCoreApplication::translate("AppProfile", "refused")
                            : QCoreApplication::translate("AppProfile", "QoS %1").arg(quint8(body.at(k))));
        return QCoreApplication::translate("AppProfile", "%1 id %2: %3")
            .arg(name)
            .arg(u16(0))
            .arg(granted.join(QLatin1String(", ")));
    }
    case 8:
    case 10: { // SUBSCRIBE, UNSUBSCRIBE: id, then topic filters
        QStringList topics;
        qsizetype at = 2;
        while (at + 2 <= body.size()) {
            const int n = u16(at);
            topics << QString::fromUtf8(body.mid(at + 2, n));
            at += 2 + n + (type == 8 ? 1 : 0);
        }
        return QCoreApplication::translate("AppProfile", "%1 id %2: %3")
            .arg(name)
            .arg(u16(0))
            .arg(topics.join(QLatin1String(", ")));
    }
    default:
        return name;
    }
}
} // namespace

QString describePackets(const QByteArray &frame)
{
    // A WebSocket frame may carry several MQTT packets, or part of one.
    QStringList out;
    qsizetype pos = 0;
    while (pos < frame.size()) {
        const std::optional<QString> one = describeOnePacket(frame, &pos);
        if (!one) {
            out << QCoreApplication::translate("AppProfile", "incomplete MQTT packet (%1 bytes)")
                       .arg(frame.size() - pos);
            break;
        }
        out << *one;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace mqtt

} // namespace wspulse
