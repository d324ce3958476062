#pragma once

#include "eventlog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <array>

// The event log as a table, over the core's bounded EventLog ring. Changes are
// applied once per event-loop pass: dropped oldest rows are removed first,
// then the new rows inserted in one batch.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, DetailsColumn, ColumnCount };
    enum Role { TypeRole = Qt::UserRole + 1, SeverityRole, JsonRole, TargetRole };

    explicit EventLogModel(wspulse::EventLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void sync(); // apply pending changes now

private:
    const wspulse::Event *eventAt(int row) const;
    void scheduleSync();

    wspulse::EventLog *m_log;
    int m_rows = 0;
    quint64 m_droppedSynced = 0;
    bool m_syncScheduled = false;
};

// Filters the log by event type and minimum severity.
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setTypeShown(wspulse::EventType type, bool shown);
    bool isTypeShown(wspulse::EventType type) const { return m_shown[size_t(type)]; }
    void setMinimumSeverity(wspulse::Severity severity);
    // Rows whose event name or details contain this text (any case); empty: all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Only the events of one connection (their "target" field); empty: all.
    void setTarget(const QString &target);
    QString target() const { return m_target; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::array<bool, wspulse::EventTypeCount> m_shown = [] {
        std::array<bool, wspulse::EventTypeCount> a{};
        a.fill(true);
        return a;
    }();
    wspulse::Severity m_minimum = wspulse::Severity::Info;
    QString m_search;
    QString m_target;
};
