#include "graphpanel.h"

#include "appkeepalive.h"
#include "clock.h"
#include "chatclient.h"
#include "closeclassifier.h"
#include "connectionending.h"
#include "connectionsupervisor.h"
#include "durationtext.h"
#include "latencygraph.h"
#include "replytimer.h"
#include "session.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace wspulse;

namespace {
double nowSeconds()
{
    return std::chrono::duration<double>(SteadyClock::instance()->now()).count();
}

// The windows offered, in seconds; 0 is everything kept.
constexpr double kWindows[] = {60, 300, 900, 3600, 0};
constexpr int kDefaultWindow = 1; // five minutes
} // namespace

GraphPanel::GraphPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_graph(new LatencyGraph(this))
    , m_windowLabel(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_log(new QCheckBox(this))
    , m_live(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *window = new QHBoxLayout;
    window->addWidget(m_windowLabel);
    window->addWidget(m_window);
    window->addStretch(1);
    auto *view = new QHBoxLayout;
    view->addWidget(m_log);
    view->addStretch(1);
    view->addWidget(m_live);
    m_controls = new QBoxLayout(QBoxLayout::LeftToRight);
    m_controls->addLayout(window);
    m_controls->addLayout(view, 1);
    layout->addLayout(m_controls);
    layout->addWidget(m_graph, 1);
    m_windowLabel->setBuddy(m_window);
    m_window->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Zoomed: 2 min 30 s" is longer than "5 min"
    for (int i = 0; i < int(std::size(kWindows)); ++i)
        m_window->addItem(QString(), kWindows[i]);
    m_window->setCurrentIndex(kDefaultWindow);
    m_graph->setWindow(kWindows[kDefaultWindow]);
    m_graph->setClock(nowSeconds, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 - nowSeconds());

    connect(m_window, &QComboBox::activated, this, [this](int i) {
        m_graph->setWindow(m_window->itemData(i).toDouble());
        m_graph->followNow();
    });
    connect(m_log, &QCheckBox::toggled, m_graph, &LatencyGraph::setLogScale);
    connect(m_live, &QPushButton::clicked, m_graph, &LatencyGraph::followNow);
    connect(m_graph, &LatencyGraph::viewChanged, this, &GraphPanel::showView);

    ConnectionSupervisor *supervisor = session->supervisor();
    LatencyGraph *graph = m_graph;
    connect(supervisor, &ConnectionSupervisor::pongReceived, graph, [graph](quint64 seq, qint64 rttUs, bool queued) {
        graph->addSample(nowSeconds(), double(rttUs) / 1000.0, queued, LatencyGraph::Series::Protocol, seq);
    });
    connect(session->appKeepalive(), &AppKeepalive::appPong, graph, [graph](quint64 seq, qint64 rttUs) {
        graph->addSample(nowSeconds(), double(rttUs) / 1000.0, false, LatencyGraph::Series::Application, seq);
    });
    connect(session->replyTimer(), &ReplyTimer::replied, graph, [graph](qint64 us) {
        graph->addSample(nowSeconds(), double(us) / 1000.0, false, LatencyGraph::Series::Reply);
    });
    connect(session->chat(), &ChatClient::deliveryChanged, graph,
            [graph](const QString &, ChatClient::Delivery state, qint64 rttUs) {
                if (state == ChatClient::Delivery::Delivered && rttUs > 0)
                    graph->addSample(nowSeconds(), double(rttUs) / 1000.0, false, LatencyGraph::Series::Reply);
            });
    connect(supervisor, &ConnectionSupervisor::timedOut, graph, [graph](TimeoutKind kind, qint64) {
        graph->addMark(nowSeconds(), LatencyGraph::Mark::Timeout, timeoutShortText(kind));
    });
    connect(supervisor, &ConnectionSupervisor::reconnectScheduled, graph, [graph](int attempt, qint64) {
        graph->addMark(nowSeconds(), LatencyGraph::Mark::Reconnect, tr("retry %1").arg(attempt));
    });
    connect(session->chat(), &ChatClient::latencyAlert, graph,
            [graph](qint64) { graph->addMark(nowSeconds(), LatencyGraph::Mark::Alert, tr("slow ack")); });
    Settings *settings = session->settings();
    const auto alertMs = [supervisor] {
        return std::chrono::duration<double, std::milli>(supervisor->config().latencyAlert).count();
    };
    connect(settings, &Settings::changed, graph, [graph, alertMs](Param p, double, double, Source source) {
        if (source == Source::Runtime)
            graph->addMark(nowSeconds(), LatencyGraph::Mark::Setting, paramDef(p).translatedLabel());
        if (p == Param::LatencyAlert)
            graph->setAlertThreshold(alertMs());
    });
    graph->setAlertThreshold(alertMs());

    // The timeline.
    connect(supervisor, &ConnectionSupervisor::opened, graph, [graph] { graph->connectionOpened(nowSeconds()); });
    const auto ended = [graph](const CloseInfo &info) {
        if (info.ageMs)
            graph->connectionEnded(nowSeconds(), endingOf(info, true), closeDetails(info));
        else
            graph->attemptFailed(nowSeconds(), closeDetails(info));
    };
    connect(supervisor, &ConnectionSupervisor::closed, graph, ended);
    connect(supervisor, &ConnectionSupervisor::connectFailed, graph, ended);
    connect(supervisor, &ConnectionSupervisor::intermediaryCutSuspected, graph, [graph](qint64 quietMs, int cuts) {
        graph->reclassifyLastEnding(
            Ending::Intermediary,
            tr("cut after %1 of quiet (%n such cuts)", nullptr, cuts).arg(durationText(quietMs * 1000)));
    });
    retranslateUi();
}

void GraphPanel::setCompact(bool compact)
{
    m_controls->setDirection(compact ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

QString GraphPanel::closeDetails(const CloseInfo &info)
{
    QStringList parts;
    parts << tr("code %1").arg(info.code);
    if (!info.reason.isEmpty())
        parts << QStringLiteral("\u201c%1\u201d").arg(info.reason);
    parts << (info.by == ClosedBy::Local      ? tr("by us")
                  : info.by == ClosedBy::Peer ? tr("by the peer")
                                              : tr("by the network"));
    if (info.timeout)
        parts << tr("%1 after %2").arg(timeoutText(*info.timeout), durationText(info.timeoutAfterMs * 1000));
    else if (const QString why = describeCause(info); !why.isEmpty())
        parts << why;
    return parts.join(QStringLiteral(" \u00b7 "));
}

void GraphPanel::showView()
{
    m_live->setEnabled(!m_graph->isFollowing());
    // A zoom between the offered windows shows itself as one more entry.
    const int offered = int(std::size(kWindows));
    int i = m_window->findData(m_graph->window());
    if (i < 0 || i >= offered) {
        if (m_window->count() == offered)
            m_window->addItem(QString());
        i = offered;
        m_window->setItemData(i, m_graph->window());
        m_window->setItemText(i, tr("Zoomed: %1").arg(durationText(qint64(m_graph->window() * 1e6))));
    } else if (m_window->count() > offered) {
        m_window->removeItem(offered);
    }
    m_window->setCurrentIndex(i);
}

void GraphPanel::retranslateUi()
{
    m_windowLabel->setText(tr("&Window:"));
    const QString names[] = {tr("1 min"), tr("5 min"), tr("15 min"), tr("1 h"), tr("All kept")};
    for (int i = 0; i < int(std::size(names)); ++i)
        m_window->setItemText(i, names[i]);
    m_log->setText(tr("&Log scale"));
    m_live->setText(tr("Follow &now"));
    m_live->setToolTip(
        tr("Back to the latest samples after zooming (wheel) or panning (drag); double-click does the same"));
    showView();
}

void GraphPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
