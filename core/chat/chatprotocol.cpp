#include "chatprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace wspulse::chat {

namespace {

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Field readers that fail with a message naming the field.
struct Reader
{
    const QJsonObject &o;
    QString error;

    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString()) {
            fail(QCoreApplication::translate("ChatProtocol", "\"%1\" must be a string").arg(QLatin1String(key)));
            return QString();
        }
        return v.toString();
    }
    qint64 integer(const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return 0;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9.0e15) {
            fail(QCoreApplication::translate("ChatProtocol", "\"%1\" must be a whole number").arg(QLatin1String(key)));
            return 0;
        }
        return qint64(d);
    }
    QStringList strings(const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList out;
        if (!v.isArray()) {
            fail(QCoreApplication::translate("ChatProtocol", "\"%1\" must be a list of strings")
                     .arg(QLatin1String(key)));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(QCoreApplication::translate("ChatProtocol", "\"%1\" must be a list of strings")
                         .arg(QLatin1String(key)));
                return {};
            }
            out << item.toString();
        }
        return out;
    }
    void fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
    }
};

bool parseObject(const QString &frame, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("ChatProtocol", "not JSON: %1").arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("ChatProtocol", "expected a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

ChatMessage readChat(Reader &r)
{
    ChatMessage m;
    m.id = r.string("id");
    m.from = r.string("from", false);
    m.text = r.string("text");
    m.sentAt = r.integer("sent_at", false);
    m.serverTs = r.integer("server_ts", false);
    return m;
}

QJsonObject chatObject(const ChatMessage &m)
{
    QJsonObject o{{QLatin1String("type"), QLatin1String("chat")},
                  {QLatin1String("id"), m.id},
                  {QLatin1String("from"), m.from},
                  {QLatin1String("text"), m.text},
                  {QLatin1String("sent_at"), m.sentAt}};
    if (m.serverTs)
        o.insert(QLatin1String("server_ts"), m.serverTs);
    return o;
}

} // namespace

QString validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ChatProtocol", "a name must not be empty");
    if (name.size() > MaxNameLength)
        return QCoreApplication::translate("ChatProtocol", "a name has at most %1 characters").arg(MaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QCoreApplication::translate("ChatProtocol", "a name must not contain control characters");
    }
    return QString();
}

ClientFrame decodeClientFrame(const QString &frame)
{
    QJsonObject o;
    QString error;
    if (!parseObject(frame, &o, &error))
        return ChatProtocolError{error};
    Reader r{o, {}};
    const QString type = r.string("type");
    if (!r.error.isEmpty())
        return ChatProtocolError{r.error};
    if (type == QLatin1String("chat")) {
        ChatRequest m;
        m.id = r.string("id");
        m.text = r.string("text");
        m.sentAt = r.integer("sent_at", false);
        if (r.error.isEmpty() && m.id.isEmpty())
            r.fail(QCoreApplication::translate("ChatProtocol", "\"id\" must not be empty"));
        if (r.error.isEmpty() && m.id.size() > 128)
            r.fail(QCoreApplication::translate("ChatProtocol", "\"id\" is longer than 128 characters"));
        if (!r.error.isEmpty())
            return ChatProtocolError{r.error};
        return m;
    }
    if (type == QLatin1String("rename")) {
        RenameRequest m{r.string("name")};
        if (r.error.isEmpty())
            r.fail(validateName(m.name));
        if (!r.error.isEmpty())
            return ChatProtocolError{r.error};
        return m;
    }
    return ChatProtocolError{QCoreApplication::translate("ChatProtocol", "unknown type \"%1\"").arg(type)};
}

ServerFrame decodeServerFrame(const QString &frame)
{
    QJsonObject o;
    QString error;
    if (!parseObject(frame, &o, &error))
        return ChatProtocolError{error};
    Reader r{o, {}};
    const QString type = r.string("type");
    ServerFrame result = ChatProtocolError{};
    if (type == QLatin1String("hello")) {
        Hello h;
        h.server = r.string("server", false);
        h.you = r.string("you");
        h.users = r.strings("users");
        h.rateLimit = int(r.integer("rate_limit", false));
        h.userCount = int(r.integer("user_count", false));
        const QJsonValue history = o.value(QLatin1String("history"));
        if (!history.isUndefined() && !history.isArray())
            r.fail(QCoreApplication::translate("ChatProtocol", "\"history\" must be a list"));
        for (const QJsonValue &item : history.toArray()) {
            const QJsonObject entry = item.toObject();
            Reader er{entry, {}};
            h.history << readChat(er);
            r.fail(er.error);
        }
        result = h;
    } else if (type == QLatin1String("chat")) {
        result = readChat(r);
    } else if (type == QLatin1String("ack")) {
        result = Ack{r.string("id")};
    } else if (type == QLatin1String("presence")) {
        const QStringList users = r.strings("users");
        result = Presence{users, int(r.integer("user_count", false))};
    } else if (type == QLatin1String("renamed")) {
        result = Renamed{r.string("you")};
    } else if (type == QLatin1String("error")) {
        result = ServerError{r.string("text"), r.string("id", false)};
    } else if (r.error.isEmpty()) {
        r.fail(QCoreApplication::translate("ChatProtocol", "unknown type \"%1\"").arg(type));
    }
    if (!r.error.isEmpty())
        return ChatProtocolError{r.error};
    return result;
}

QString encode(const ChatRequest &m)
{
    return toText({{QLatin1String("type"), QLatin1String("chat")},
                   {QLatin1String("id"), m.id},
                   {QLatin1String("text"), m.text},
                   {QLatin1String("sent_at"), m.sentAt}});
}

QString encode(const RenameRequest &m)
{
    return toText({{QLatin1String("type"), QLatin1String("rename")}, {QLatin1String("name"), m.name}});
}

QString encode(const Hello &m)
{
    return encode(m, QJsonArray::fromStringList(m.users));
}

QString encode(const Hello &m, const QJsonArray &users)
{
    QJsonArray history;
    for (const ChatMessage &c : m.history)
        history.append(chatObject(c));
    return toText({{QLatin1String("type"), QLatin1String("hello")},
                   {QLatin1String("server"), m.server},
                   {QLatin1String("you"), m.you},
                   {QLatin1String("users"), users},
                   {QLatin1String("history"), history},
                   {QLatin1String("rate_limit"), m.rateLimit},
                   {QLatin1String("user_count"), m.userCount}});
}

QString encode(const ChatMessage &m)
{
    return toText(chatObject(m));
}

QString encode(const Ack &m)
{
    return toText({{QLatin1String("type"), QLatin1String("ack")}, {QLatin1String("id"), m.id}});
}

QString encode(const Presence &m)
{
    return encode(m, QJsonArray::fromStringList(m.users));
}

QString encode(const Presence &m, const QJsonArray &users)
{
    return toText({{QLatin1String("type"), QLatin1String("presence")},
                   {QLatin1String("users"), users},
                   {QLatin1String("user_count"), m.userCount}});
}

QString encode(const Renamed &m)
{
    return toText({{QLatin1String("type"), QLatin1String("renamed")}, {QLatin1String("you"), m.you}});
}

QString encode(const ServerError &m)
{
    QJsonObject o{{QLatin1String("type"), QLatin1String("error")}, {QLatin1String("text"), m.text}};
    if (!m.id.isEmpty())
        o.insert(QLatin1String("id"), m.id);
    return toText(o);
}

} // namespace wspulse::chat
