#include "connectiondetail.h"

#include "chatbinding.h"
#include "chatmodel.h"
#include "chatpane.h"
#include "eventlogpane.h"
#include "graphpanel.h"
#include "handshake.h"
#include "healthpanel.h"
#include "linkpanel.h"
#include "session.h"
#include "settingspanel.h"
#include "watchedconnections.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace wspulse;

ConnectionDetail::ConnectionDetail(const QString &name, Session *session, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_chatModel(new ChatModel(this))
    , m_chatPane(new ChatPane(m_chatModel, this))
    , m_health(new HealthPanel(session, this))
    , m_graph(new GraphPanel(session, this))
    , m_events(new EventLogPane(session->log(), this))
    , m_settings(new SettingsPanel(session->settings(), session->serverSettings(), this))
    , m_link(new LinkPanel(session, this))
{
    auto *binding = new ChatBinding(session, m_chatModel, m_chatPane, this);
    connect(binding, &ChatBinding::problem, this, &ConnectionDetail::problem);
    // The tabs have less height than the window's own docks: the fixed
    // panels scroll rather than squeeze their lines.
    const auto scrolled = [this](QWidget *w) {
        auto *area = new QScrollArea(this);
        area->setWidget(w);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return area;
    };
    m_tabs->addTab(m_chatPane, QString());
    m_tabs->addTab(scrolled(m_health), QString());
    m_tabs->addTab(m_graph, QString());
    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(m_settings, QString());
    m_tabs->addTab(scrolled(m_link), QString());
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true); // six tabs need not widen the dock
    m_events->setCompact(true);
    m_graph->setCompact(true);
    m_health->layout()->setContentsMargins(4, 4, 4, 4); // under a tab bar: the height is the values'
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    connect(session, &Session::urlChanged, this, &ConnectionDetail::retranslateUi);
    retranslateUi();
}

void ConnectionDetail::retranslateUi()
{
    // The dock's title names it; where it goes is a hover away (the
    // height is the health values'.)
    m_tabs->tabBar()->setToolTip(tr("%1: %2").arg(m_name, urlForDisplay(m_session->url())));
    m_tabs->setTabText(ChatTab, tr("Chat"));
    m_tabs->setTabText(HealthTab, tr("Health"));
    m_tabs->setTabText(GraphTab, tr("Graph"));
    m_tabs->setTabText(EventsTab, tr("Events"));
    m_tabs->setTabText(SettingsTab, tr("Settings"));
    m_tabs->setTabText(LinkTab, tr("Link"));
}

void ConnectionDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

WatchedDetails::WatchedDetails(WatchedConnectionsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // Made as the connection is watched, so that its chat and graph hold
    // everything from the start; gone before its session is.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            auto *detail = new ConnectionDetail(m_model->name(row), m_model->session(row), m_stack);
            connect(detail, &ConnectionDetail::problem, this, &WatchedDetails::problem);
            m_stack->addWidget(detail);
            m_details[m_model->session(row)] = detail;
        }
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row) {
            const auto it = m_details.find(m_model->session(row));
            if (it == m_details.end())
                continue;
            const bool wasShown = it->second == current();
            delete it->second;
            m_details.erase(it);
            if (wasShown) {
                m_stack->setCurrentWidget(m_empty);
                Q_EMIT shown(QString());
            }
        }
    });
    retranslateUi();
}

void WatchedDetails::showRow(int row)
{
    ConnectionDetail *detail = detailOf(m_model->session(row));
    m_stack->setCurrentWidget(detail ? static_cast<QWidget *>(detail) : m_empty);
    Q_EMIT shown(detail ? m_model->name(row) : QString());
}

ConnectionDetail *WatchedDetails::current() const
{
    return qobject_cast<ConnectionDetail *>(m_stack->currentWidget());
}

ConnectionDetail *WatchedDetails::detailOf(const Session *session) const
{
    const auto it = m_details.find(session);
    return it == m_details.end() ? nullptr : it->second;
}

void WatchedDetails::retranslateUi()
{
    m_empty->setText(tr("Choose a watched connection to see its chat, health, graph, events, settings and link."));
}

void WatchedDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
