#pragma once

#include "connectionstore.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

namespace wspulse {
class Session;
class Settings;
} // namespace wspulse

// Saved connections watched beside the window's own, each its own session
// (the same model as headless --target): one compact row each with its
// state, round trip now and p95, how it last ended and its reconnects, so
// that several endpoints are seen at a glance.
class WatchedConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, RttColumn, P95Column, LastCloseColumn, ReconnectsColumn, ColumnCount };

    explicit WatchedConnectionsModel(QObject *parent = nullptr);
    ~WatchedConnectionsModel() override;

    // Starts watching; returns why not (already watched, cannot start).
    QString watch(const wspulse::SavedConnection &connection);
    void unwatch(int row);
    wspulse::Session *session(int row) const;
    QString name(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Round trips change continually: refreshed once a second while shown.
    void setRefreshing(bool on);

private:
    struct Watched
    {
        QString name;
        std::unique_ptr<wspulse::Settings> settings;
        wspulse::Session *session = nullptr;
        QString lastClose;
    };
    void rowChanged(const wspulse::Session *session);

    std::vector<Watched> m_rows;
    QTimer m_refresh;
};

// The overview as a dock's content: the table, and a hint when it is empty.
class WatchedConnectionsView : public QWidget
{
    Q_OBJECT
public:
    explicit WatchedConnectionsView(WatchedConnectionsModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void openHereRequested(const QString &name); // "Open in the window" from the row's menu
    void detailsRequested(int row);              // double-click, Enter, or "Show details"

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QPointer<WatchedConnectionsModel> m_model; // the window deletes it first
    QTableView *m_table;
};
