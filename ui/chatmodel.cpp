#include "chatmodel.h"

#include "durationtext.h"

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
    append(std::move(e));
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
        const QString time = e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        if (e.raw)
            return tr("%1 %2 %3").arg(time, e.own ? QStringLiteral("\u2192") : QStringLiteral("\u2190"), e.text);
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
    return names;
}
