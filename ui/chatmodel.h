#pragma once

#include "chatclient.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <deque>

// The chat as a bounded list: when full, the oldest message is removed before
// new ones go in. New messages are batched and inserted once per event-loop
// pass, so thousands per second cost one model update each pass.
class ChatModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        FromRole = Qt::UserRole + 1,
        TextRole,
        TimeRole,
        OwnRole,
        DeliveryRole,   // ChatClient::Delivery, own messages only
        RttRole,        // send -> ack, microseconds
        RawRole,        // raw-mode frame
        NoticeRole,     // a line about the connection or the people in the chat, not a message
        ExpandableRole, // JSON or binary that has a longer form
        ExpandedRole,
        MonospaceRole, // hex dumps and pretty-printed JSON
        IdRole,
    };

    explicit ChatModel(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    void addChat(const QString &id, const QString &from, const QString &text, const QDateTime &time, bool own);
    void addRaw(const QString &text, bool outgoing, const QDateTime &time);
    // A binary frame: as a hex dump with an ASCII column (the first line
    // until expanded), or as `described` when something could read it.
    void addBinary(const QByteArray &data, bool outgoing, const QDateTime &time, const QString &described = {});
    // A line between the messages: connected, closed, joined, left, renamed.
    void addNotice(const QString &text, const QDateTime &time);
    // Who is in the chat now: joins, leaves and renames against the last
    // list become notices; the first list after a (re)connect only says who is there.
    void setPresence(const QStringList &users);
    void forgetPresence();
    // Our own name: the server's assigned name turning into it is not news.
    void setOwnName(const QString &name) { m_ownName = name; }
    // Rows with a longer form (JSON, binary) show it or go back to one line.
    void toggleExpanded(int row);
    void setShowMilliseconds(bool on);
    bool showMilliseconds() const { return m_millis; }
    // One row as the events export writes it: time, from, text, direction, delivery.
    QJsonObject rowAsJson(int row) const;
    // A hex dump: offset, 16 bytes in hex, the same as ASCII (dots for the rest).
    static QString hexDump(const QByteArray &data, int maxBytes);
    void setDelivery(const QString &id, wspulse::ChatClient::Delivery state, qint64 rttUs);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts whatever is pending now (tests and shutdown).
    void flush();

private:
    struct Entry
    {
        quint64 serial = 0;
        QString id;
        QString from;
        QString text;
        QDateTime time;
        bool own = false;
        bool raw = false;
        bool notice = false;
        bool expanded = false;
        bool hex = false; // a hex dump: monospace
        QString longForm; // pretty JSON or the whole hex dump; empty: none
        wspulse::ChatClient::Delivery delivery = wspulse::ChatClient::Delivery::Queued;
        qint64 rttUs = 0;
    };
    void append(Entry e);
    void scheduleFlush();

    std::deque<Entry> m_rows;
    std::deque<Entry> m_pending;
    QHash<QString, quint64> m_serialById; // chat ids shown: no duplicates, delivery updates
    quint64 m_nextSerial = 0;
    int m_capacity = 10000;
    bool m_flushScheduled = false;
    bool m_millis = false;
    QStringList m_users;
    QString m_ownName;
    bool m_presenceKnown = false;
};
