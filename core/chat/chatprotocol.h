#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <variant>

// The chat protocol wspulse.chat.v1 (DESIGN.md "Chat protocol"): text frames,
// one JSON object each, with "type". Decoding is strict: a frame either
// becomes one of the request types below or a ChatProtocolError whose text
// says what was wrong, for the `error` frame sent back.
namespace wspulse::chat {

inline constexpr char Subprotocol[] = "wspulse.chat.v1";
inline constexpr int MaxNameLength = 32;

struct ChatMessage
{
    QString id; // client-made, unique
    QString from;
    QString text;
    qint64 sentAt = 0;   // client's wall clock, ms since epoch
    qint64 serverTs = 0; // server's wall clock, ms since epoch
};

// Client -> server.
struct ChatRequest
{
    QString id;
    QString text;
    qint64 sentAt = 0;
};
// wspulse extension: ask for a display name; answered by `renamed` and `presence`.
struct RenameRequest
{
    QString name;
};
// Server -> client.
// rate_limit is a wspulse extension: the chat frames per second the server
// accepts from one connection, so that a client can pace itself (0: unknown).
// In a large room `users` lists only the first MaxListedUsers names (sorted)
// and user_count (wspulse extension) says how many there are: a full list to
// every client on every join would cost N x N.
inline constexpr int MaxListedUsers = 200;
struct Hello
{
    QString server;
    QString you;
    QStringList users;
    QList<ChatMessage> history;
    int rateLimit = 0;
    int userCount = 0;
};
struct Ack
{
    QString id;
};
struct Presence
{
    QStringList users;
    int userCount = 0;
};
struct Renamed
{
    QString you;
};
struct ServerError
{
    QString text;
    QString id;
};

struct ChatProtocolError
{
    QString text;
};

using ClientFrame = std::variant<ChatRequest, RenameRequest, ChatProtocolError>;
using ServerFrame = std::variant<Hello, ChatMessage, Ack, Presence, Renamed, ServerError, ChatProtocolError>;

ClientFrame decodeClientFrame(const QString &frame);
ServerFrame decodeServerFrame(const QString &frame);

QString encode(const ChatRequest &m);
QString encode(const RenameRequest &m);
QString encode(const Hello &m);
// The server's form: the user list already as JSON, built once for many joins.
QString encode(const Hello &m, const QJsonArray &users);
QString encode(const ChatMessage &m);
QString encode(const Ack &m);
QString encode(const Presence &m);
QString encode(const Presence &m, const QJsonArray &users);
QString encode(const Renamed &m);
QString encode(const ServerError &m);

// Empty when acceptable, else why not.
QString validateName(const QString &name);

} // namespace wspulse::chat

Q_DECLARE_METATYPE(wspulse::chat::ChatMessage)
