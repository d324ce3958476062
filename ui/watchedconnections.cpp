#include "watchedconnections.h"

#include "closeclassifier.h"
#include "connectionbar.h"
#include "connectionending.h"
#include "connectionsupervisor.h"
#include "durationtext.h"
#include "linksimulator.h"
#include "session.h"
#include "settings.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

using namespace wspulse;

WatchedConnectionsModel::WatchedConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, RttColumn), index(int(m_rows.size()) - 1, P95Column));
    });
}

WatchedConnectionsModel::~WatchedConnectionsModel()
{
    // One by one, so that views drop what they show of each before it goes.
    while (!m_rows.empty())
        unwatch(int(m_rows.size()) - 1);
}

QString WatchedConnectionsModel::watch(const SavedConnection &c)
{
    for (const Watched &w : m_rows)
        if (w.name == c.name)
            return tr("%1 is watched already").arg(c.name);
    if (c.url.isEmpty())
        return tr("%1 has no URL").arg(c.name);
    Watched w;
    w.name = c.name;
    w.settings = std::make_unique<Settings>();
    for (const auto &[p, text] : c.overrides)
        w.settings->set(p, text, Source::Profile, tr("connection %1").arg(c.name));
    w.session = new Session(w.settings.get());
    w.session->setSubprotocols(c.subprotocols);
    if (const QString error = w.session->setHandshake(c.handshake); !error.isEmpty()) {
        delete w.session;
        return error;
    }
    if (c.link) {
        w.session->setLinkEnabled(true);
        w.session->link()->setConditions(LinkDirection::Up, c.linkUp);
        w.session->link()->setConditions(LinkDirection::Down, c.linkDown);
    }
    ConnectionSupervisor *sup = w.session->supervisor();
    const Session *session = w.session;
    const auto ended = [this, session](const CloseInfo &info) {
        for (Watched &row : m_rows) {
            if (row.session != session)
                continue;
            const QString why = describeCause(info);
            row.lastClose = info.ageMs
                ? endingText(endingOf(info, true)) + (why.isEmpty() ? QString() : QStringLiteral(": ") + why)
                : tr("cannot connect: %1").arg(why.isEmpty() ? info.reason : why);
        }
        rowChanged(session);
    };
    connect(sup, &ConnectionSupervisor::closed, this, ended);
    connect(sup, &ConnectionSupervisor::connectFailed, this, ended);
    connect(sup, &ConnectionSupervisor::stateChanged, this, [this, session] { rowChanged(session); });
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.push_back(std::move(w));
    endInsertRows();
    QString error;
    if (!m_rows.back().session->start(c.url, {}, &error)) {
        unwatch(int(m_rows.size()) - 1);
        return error;
    }
    return {};
}

void WatchedConnectionsModel::unwatch(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    beginRemoveRows({}, row, row);
    Watched w = std::move(m_rows[size_t(row)]);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    w.session->supervisor()->disconnect(this);
    delete w.session;
}

Session *WatchedConnectionsModel::session(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].session : nullptr;
}

QString WatchedConnectionsModel::name(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].name : QString();
}

void WatchedConnectionsModel::rowChanged(const Session *session)
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].session == session)
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
}

void WatchedConnectionsModel::setRefreshing(bool on)
{
    if (on)
        m_refresh.start();
    else
        m_refresh.stop();
}

int WatchedConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WatchedConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchedConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Watched &w = m_rows[size_t(index.row())];
    const ConnectionSupervisor *sup = w.session->supervisor();
    const RttSummary rtt = sup->rtt();
    switch (index.column()) {
    case NameColumn:
        return role == Qt::ToolTipRole ? urlForDisplay(w.session->url()) : w.name;
    case StateColumn:
        return ConnectionBar::stateText(sup->state(), sup->failingToConnect());
    case RttColumn:
        return rtt.count ? durationText(rtt.lastUs) : QStringLiteral("\u2013");
    case P95Column:
        return rtt.count ? durationText(rtt.p95Us) : QStringLiteral("\u2013");
    case LastCloseColumn:
        return w.lastClose.isEmpty() ? QStringLiteral("\u2013") : w.lastClose;
    case ReconnectsColumn:
        return QString::number(sup->counters().reconnects);
    default:
        return {};
    }
}

QVariant WatchedConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Connection");
    case StateColumn:
        return tr("State");
    case RttColumn:
        return tr("RTT now");
    case P95Column:
        return tr("RTT p95");
    case LastCloseColumn:
        return tr("Last close");
    case ReconnectsColumn:
        return tr("Reconnects");
    default:
        return {};
    }
}

WatchedConnectionsView::WatchedConnectionsView(WatchedConnectionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
{
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WatchedConnectionsModel::LastCloseColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false); // one line a connection; the whole cause on hover
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_table->indexAt(pos).row();
        if (row < 0)
            return;
        QMenu menu(this);
        menu.addAction(tr("Show details"), this, [this, row] { Q_EMIT detailsRequested(row); });
        menu.addAction(tr("Open in the window"), this, [this, row] {
            const QString name = m_model->name(row);
            m_model->unwatch(row);
            Q_EMIT openHereRequested(name);
        });
        menu.addAction(tr("Stop watching"), this, [this, row] { m_model->unwatch(row); });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT detailsRequested(index.row()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void WatchedConnectionsView::showEvent(QShowEvent *event)
{
    if (m_model)
        m_model->setRefreshing(true);
    QWidget::showEvent(event);
}

void WatchedConnectionsView::hideEvent(QHideEvent *event)
{
    if (m_model)
        m_model->setRefreshing(false); // a hidden overview does no work
    QWidget::hideEvent(event);
}
