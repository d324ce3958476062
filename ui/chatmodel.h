#pragma once

#include "chatclient.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

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
        DeliveryRole, // ChatClient::Delivery, own messages only
        RttRole,      // send -> ack, microseconds
        RawRole,      // raw-mode frame
    };

    explicit ChatModel(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    void addChat(const QString &id, const QString &from, const QString &text, const QDateTime &time, bool own);
    void addRaw(const QString &text, bool outgoing, const QDateTime &time);
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
};
