#include "chatmodel.h"

#include "durationtext.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QTimer>

#include <algorithm>

using wspulse::ChatClient;

ChatModel::ChatModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChatModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    flush();
    if (int(m_rows.size()) > m_capacity) {
        const int excess = int(m_rows.size()) - m_capacity;
        beginRemoveRows({}, 0, excess - 1);
        for (int i = 0; i < excess; ++i) {
            m_serialById.remove(m_rows.front().id);
            m_rows.pop_front();
        }
        endRemoveRows();
    }
}

void ChatModel::addChat(const QString &id, const QString &from, const QString &text, const QDateTime &time, bool own)
{
    // Our own message relayed back, or history replayed after a reconnect: already shown.
    if (!id.isEmpty() && m_serialById.contains(id))
        return;
    Entry e;
    e.id = id;
    e.from = from;
    e.text = text;
    e.time = time;
    e.own = own;
    append(std::move(e));
}

void ChatModel::addRaw(const QString &text, bool outgoing, const QDateTime &time)
{
    Entry e;
    e.text = text;
    e.time = time;
    e.own = outgoing;
    e.raw = true;
    e.delivery = ChatClient::Delivery::Sent;
    // JSON reads better indented; one line until asked, so a busy feed stays a list.
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
        if (!doc.isNull())
            e.longForm = QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    append(std::move(e));
}

QString ChatModel::hexDump(const QByteArray &data, int maxBytes)
{
    QStringList lines;
    const int shown = std::min(int(data.size()), maxBytes);
    for (int offset = 0; offset < shown; offset += 16) {
        QString hex, ascii;
        for (int i = offset; i < offset + 16; ++i) {
            if (i < shown) {
                const auto byte = quint8(data[i]);
                hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
            if (i == offset + 7)
                hex += QLatin1Char(' ');
        }
        lines << QStringLiteral("%1  %2 |%3|").arg(offset, 4, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    if (shown < data.size())
        lines << tr("\u2026 %n more bytes", nullptr, int(data.size()) - shown);
    return lines.join(QLatin1Char('\n'));
}

void ChatModel::addBinary(const QByteArray &data, bool outgoing, const QDateTime &time, const QString &described)
{
    Entry e;
    e.time = time;
    e.own = outgoing;
    e.raw = true;
    e.delivery = ChatClient::Delivery::Sent;
    if (!described.isEmpty()) {
        e.text = described;
    } else {
        e.hex = true;
        e.text = tr("binary, %n bytes: ", nullptr, int(data.size())) + hexDump(data.left(16), 16);
        if (data.size() > 16)
            e.longForm = tr("binary, %n bytes:", nullptr, int(data.size())) + QLatin1Char('\n') + hexDump(data, 4096);
    }
    append(std::move(e));
}

void ChatModel::addNotice(const QString &text, const QDateTime &time)
{
    Entry e;
    e.text = text;
    e.time = time;
    e.notice = true;
    append(std::move(e));
}

void ChatModel::forgetPresence()
{
    m_presenceKnown = false;
}

void ChatModel::setPresence(const QStringList &users)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_presenceKnown) {
        m_presenceKnown = true;
        m_users = users;
        addNotice(tr("Here now: %1").arg(users.join(QStringLiteral(", "))), now);
        return;
    }
    QStringList joined, left;
    for (const QString &u : users) {
        if (!m_users.contains(u))
            joined << u;
    }
    for (const QString &u : std::as_const(m_users)) {
        if (!users.contains(u))
            left << u;
    }
    m_users = users;
    // One out and one in at once is a person choosing another name.
    if (joined.size() == 1 && left.size() == 1) {
        if (joined.first() == m_ownName)
            return; // our chosen name replacing the one assigned at connect
        addNotice(tr("%1 is now %2").arg(left.first(), joined.first()), now);
        return;
    }
    for (const QString &u : std::as_const(joined))
        addNotice(tr("%1 joined").arg(u), now);
    for (const QString &u : std::as_const(left))
        addNotice(tr("%1 left").arg(u), now);
}

void ChatModel::toggleExpanded(int row)
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].longForm.isEmpty())
        return;
    m_rows[size_t(row)].expanded = !m_rows[size_t(row)].expanded;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {Qt::DisplayRole, ExpandedRole});
}

void ChatModel::setShowMilliseconds(bool on)
{
    if (m_millis == on)
        return;
    m_millis = on;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole});
}

QJsonObject ChatModel::rowAsJson(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    const Entry &e = m_rows[size_t(row)];
    QJsonObject o{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("text"), e.text}};
    if (e.notice) {
        o.insert(QStringLiteral("notice"), true);
        return o;
    }
    if (!e.id.isEmpty())
        o.insert(QStringLiteral("id"), e.id);
    if (!e.raw)
        o.insert(QStringLiteral("from"), e.from);
    o.insert(QStringLiteral("direction"), e.own ? QStringLiteral("out") : QStringLiteral("in"));
    if (e.own && !e.raw) {
        o.insert(
            QStringLiteral("delivery"),
            QString::fromLatin1(QMetaEnum::fromType<ChatClient::Delivery>().valueToKey(int(e.delivery))).toLower());
        if (e.rttUs > 0)
            o.insert(QStringLiteral("ack_us"), e.rttUs);
    }
    return o;
}

void ChatModel::append(Entry e)
{
    e.serial = m_nextSerial++;
    if (!e.id.isEmpty())
        m_serialById.insert(e.id, e.serial);
    m_pending.push_back(std::move(e));
    // A flood larger than the bound: only the newest `capacity` can ever show.
    while (int(m_pending.size()) > m_capacity) {
        m_serialById.remove(m_pending.front().id);
        m_pending.pop_front();
    }
    scheduleFlush();
}

void ChatModel::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &ChatModel::flush);
}

void ChatModel::flush()
{
    m_flushScheduled = false;
    if (m_pending.empty())
        return;
    const int incoming = int(m_pending.size());
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        // Remove the oldest rows before inserting, else views show ghost rows.
        const int remove = std::min(overflow, int(m_rows.size()));
        beginRemoveRows({}, 0, remove - 1);
        for (int i = 0; i < remove; ++i) {
            m_serialById.remove(m_rows.front().id);
            m_rows.pop_front();
        }
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (Entry &e : m_pending)
        m_rows.push_back(std::move(e));
    m_pending.clear();
    endInsertRows();
}

void ChatModel::setDelivery(const QString &id, ChatClient::Delivery state, qint64 rttUs)
{
    const auto serial = m_serialById.constFind(id);
    if (serial == m_serialById.cend())
        return;
    const auto update = [&](Entry &e) {
        e.delivery = state;
        if (rttUs > 0)
            e.rttUs = rttUs;
    };
    // Rows are in serial order (with gaps where a flood overflowed the bound).
    const auto row =
        std::lower_bound(m_rows.begin(), m_rows.end(), *serial, [](const Entry &e, quint64 s) { return e.serial < s; });
    if (row != m_rows.end() && row->serial == *serial) {
        update(*row);
        const QModelIndex i = index(int(row - m_rows.begin()));
        Q_EMIT dataChanged(i, i, {DeliveryRole, RttRole, Qt::DisplayRole, Qt::ToolTipRole});
        return;
    }
    for (Entry &e : m_pending) {
        if (e.serial == *serial)
            update(e);
    }
}

void ChatModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_serialById.clear();
    endResetModel();
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString time =
            e.time.toLocalTime().toString(m_millis ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
        if (e.notice)
            return tr("%1 \u2014 %2").arg(time, e.text);
        if (e.raw) {
            // A triangle says there is more: pointing right while folded, down while open.
            const QString text = e.longForm.isEmpty() ? e.text
                : e.expanded                          ? QStringLiteral("\u25be ") + e.longForm
                                                      : QStringLiteral("\u25b8 ") + e.text;
            return tr("%1 %2 %3").arg(time, e.own ? QStringLiteral("\u2192") : QStringLiteral("\u2190"), text);
        }
        return tr("%1 %2: %3").arg(time, e.from, e.text);
    }
    case Qt::ToolTipRole:
        if (!e.own || e.raw)
            return e.time.toLocalTime().toString(Qt::ISODateWithMs);
        switch (e.delivery) {
        case ChatClient::Delivery::Queued:
            return tr("Queued: waiting for the connection");
        case ChatClient::Delivery::Sent:
            return tr("Sent: waiting for the server's acknowledgement");
        case ChatClient::Delivery::Delivered:
            return tr("Delivered: acknowledged after %1").arg(durationText(e.rttUs));
        case ChatClient::Delivery::Failed:
            return tr("Failed: not acknowledged");
        }
        return {};
    case FromRole:
        return e.from;
    case TextRole:
        return e.text;
    case TimeRole:
        return e.time;
    case OwnRole:
        return e.own;
    case DeliveryRole:
        return e.own && !e.raw ? QVariant::fromValue(e.delivery) : QVariant();
    case RttRole:
        return e.rttUs;
    case RawRole:
        return e.raw;
    case NoticeRole:
        return e.notice;
    case ExpandableRole:
        return !e.longForm.isEmpty();
    case ExpandedRole:
        return e.expanded;
    case MonospaceRole:
        return e.hex || e.expanded;
    case IdRole:
        return e.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FromRole, "from");
    names.insert(TextRole, "text");
    names.insert(TimeRole, "time");
    names.insert(OwnRole, "own");
    names.insert(DeliveryRole, "delivery");
    names.insert(RttRole, "rtt");
    names.insert(RawRole, "raw");
    names.insert(NoticeRole, "notice");
    names.insert(ExpandableRole, "expandable");
    names.insert(ExpandedRole, "expanded");
    names.insert(MonospaceRole, "monospace");
    names.insert(IdRole, "id");
    return names;
}
