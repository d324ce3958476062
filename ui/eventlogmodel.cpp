#include "eventlogmodel.h"

#include <QJsonDocument>
#include <QTimer>

using namespace wspulse;

EventLogModel::EventLogModel(EventLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    m_rows = int(log->size());
    m_droppedSynced = log->droppedCount();
    connect(log, &EventLog::added, this, &EventLogModel::scheduleSync);
    connect(log, &EventLog::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        m_droppedSynced = m_log->droppedCount();
        endResetModel();
    });
}

void EventLogModel::scheduleSync()
{
    if (m_syncScheduled)
        return;
    m_syncScheduled = true;
    QTimer::singleShot(0, this, &EventLogModel::sync);
}

void EventLogModel::sync()
{
    m_syncScheduled = false;
    const int dropped = int(std::min<quint64>(m_log->droppedCount() - m_droppedSynced, quint64(m_rows)));
    if (dropped > 0) {
        beginRemoveRows({}, 0, dropped - 1);
        m_rows -= dropped;
        m_droppedSynced += quint64(dropped);
        endRemoveRows();
    }
    m_droppedSynced = m_log->droppedCount();
    const int total = int(m_log->size());
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
}

const Event *EventLogModel::eventAt(int row) const
{
    // Between syncs the ring may have dropped events the view still shows.
    const qint64 shift = qint64(m_log->droppedCount() - m_droppedSynced);
    const qint64 i = qint64(row) - shift;
    if (i < 0 || i >= m_log->size())
        return nullptr;
    return &m_log->at(i);
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event *e = eventAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e->ts.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case EventColumn:
            return eventTypeName(e->type);
        case DetailsColumn: {
            if (e->fields.contains(QLatin1String("text")) && e->type != EventType::Message)
                return e->fields.value(QLatin1String("text")).toString();
            return QString::fromUtf8(QJsonDocument(e->fields).toJson(QJsonDocument::Compact));
        }
        }
        return {};
    case Qt::ToolTipRole:
        return QString::fromUtf8(e->toJsonLine()).trimmed();
    case TypeRole:
        return int(e->type);
    case SeverityRole:
        return int(e->severity());
    case JsonRole:
        return e->toJsonLine();
    case TargetRole:
        return e->fields.value(QLatin1String("target")).toString();
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

void EventFilterModel::setTypeShown(EventType type, bool shown)
{
    m_shown[size_t(type)] = shown;
    invalidateFilter();
}

void EventFilterModel::setMinimumSeverity(Severity severity)
{
    m_minimum = severity;
    invalidateFilter();
}

void EventFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void EventFilterModel::setTarget(const QString &target)
{
    m_target = target;
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const int type = i.data(EventLogModel::TypeRole).toInt();
    const int severity = i.data(EventLogModel::SeverityRole).toInt();
    if (type < 0 || type >= EventTypeCount || !m_shown[size_t(type)] || severity < int(m_minimum))
        return false;
    if (!m_target.isEmpty() && i.data(EventLogModel::TargetRole).toString() != m_target)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : {int(EventLogModel::EventColumn), int(EventLogModel::DetailsColumn)})
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}
