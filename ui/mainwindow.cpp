#include "mainwindow.h"

#include "appkeepalive.h"

#include "messagerepeater.h"
#include "replytimer.h"

#include "chatbinding.h"
#include "clock.h"
#include "chatclient.h"
#include "chatmodel.h"
#include "chatpane.h"
#include "connectionbar.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "eventlogpane.h"
#include "healthpanel.h"
#include "graphpanel.h"
#include "connectiondialog.h"
#include "connectionstore.h"
#include "watchedconnections.h"
#include "connectiondetail.h"
#include "handshake.h"
#include "durationtext.h"
#include "connectionending.h"
#include "linkpanel.h"
#include "metricsendpoint.h"
#include "metricsfeed.h"
#include "prometheusmetrics.h"
#include "session.h"
#include "settings.h"
#include "settingseditor.h"
#include "settingspanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QSaveFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QScreen>
#include <QCryptographicHash>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QTableView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace wspulse;
using namespace std::chrono_literals;

namespace {
// How long the badge keeps its latency-alert sign after the last slow sample.
constexpr auto kAlertShown = 30s;
// Raised whenever the docks change, so that an older saved layout is not
// applied to docks it does not know.
constexpr int kDockLayoutVersion = 4;
} // namespace

MainWindow::MainWindow(const QUrl &url, Settings *settings, const QString &displayName, QWidget *parent)
    : MainWindow(WindowOptions{url, displayName, {}, {}, {}, false, {}, {}, std::nullopt, {}, {}}, settings, parent)
{
}

MainWindow::MainWindow(const WindowOptions &options, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(settings, this))
    , m_chatModel(new ChatModel(this))
    , m_bar(new ConnectionBar(this))
    , m_chatPane(new ChatPane(m_chatModel, this))
    , m_chatBinding(new ChatBinding(m_session, m_chatModel, m_chatPane, this))
    , m_health(new HealthPanel(m_session, this))
    , m_graph(new GraphPanel(m_session, this))
    , m_events(new EventLogPane(m_session->log(), this))
    , m_settingsPanel(new SettingsPanel(settings, m_session->serverSettings(), this))
    , m_linkPanel(new LinkPanel(m_session, this))
    , m_healthDock(new QDockWidget(this))
    , m_graphDock(new QDockWidget(this))
    , m_eventsDock(new QDockWidget(this))
    , m_settingsDock(new QDockWidget(this))
    , m_linkDock(new QDockWidget(this))
    , m_watched(new WatchedConnectionsModel(this))
    , m_watchedView(new WatchedConnectionsView(m_watched, this))
    , m_watchedDock(new QDockWidget(this))
    , m_watchedDetails(new WatchedDetails(m_watched, this))
    , m_watchedDetailsDock(new QDockWidget(this))
    , m_allEvents(new EventLog(SteadyClock::instance(), this))
    , m_allEventsPane(new EventLogPane(m_allEvents, this))
    , m_allEventsDock(new QDockWidget(this))
{
    m_allEventsPane->setCompact(true); // beside the graph, with one more filter
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_bar);
    layout->addWidget(m_chatPane, 1);
    setCentralWidget(central);

    const auto dock = [this](QDockWidget *d, QWidget *w, const char *name, Qt::DockWidgetArea area) {
        d->setObjectName(QLatin1String(name)); // for saveState()
        d->setWidget(w);
        addDockWidget(area, d);
        connect(d, &QDockWidget::topLevelChanged, this, [this, d](bool floating) {
            if (floating)
                QTimer::singleShot(0, this, [this, d] { placeBeside(d); });
        });
    };
    // The graph stays in view whichever of health, settings and link
    // simulator is raised: they share the right, the graph and the events
    // the bottom, side by side.
    dock(m_healthDock, m_health, "health", Qt::RightDockWidgetArea);
    dock(m_settingsDock, m_settingsPanel, "settings", Qt::RightDockWidgetArea);
    dock(m_linkDock, m_linkPanel, "link", Qt::RightDockWidgetArea);
    dock(m_graphDock, m_graph, "graph", Qt::BottomDockWidgetArea);
    dock(m_eventsDock, m_events, "events", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_healthDock, m_settingsDock);
    tabifyDockWidget(m_settingsDock, m_linkDock);
    splitDockWidget(m_graphDock, m_eventsDock, Qt::Horizontal);
    dock(m_watchedDock, m_watchedView, "watched", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_eventsDock, m_watchedDock);
    dock(m_allEventsDock, m_allEventsPane, "allEvents", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_watchedDock, m_allEventsDock);
    dock(m_watchedDetailsDock, m_watchedDetails, "watchedDetails", Qt::RightDockWidgetArea);
    tabifyDockWidget(m_linkDock, m_watchedDetailsDock);
    // Both are about watched connections: out of the way until one is.
    m_allEventsDock->hide();
    m_watchedDetailsDock->hide();
    m_eventsDock->raise();
    mergeEvents(m_session->log(), [this] { return ownTarget(); });
    connect(m_watched, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            mergeEvents(m_watched->session(row)->log(), [name = m_watched->name(row)] { return name; });
        updateEventTargets();
    });
    connect(m_watched, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEventTargets);
    connect(m_watchedView, &WatchedConnectionsView::detailsRequested, this, &MainWindow::showWatchedDetails);
    connect(m_watchedView->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_watchedDetails->showRow(current.row()); });
    connect(m_watchedDetails, &WatchedDetails::shown, this, &MainWindow::retranslateUi);
    connect(m_watchedDetails, &WatchedDetails::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_watchedView, &WatchedConnectionsView::openHereRequested, this, [this](const QString &name) {
        if (const QString error = openSavedConnection(name); !error.isEmpty())
            statusBar()->showMessage(error, 10000);
    });
    m_healthDock->raise();

    createActions();
    wireSession();
    // Settings that would end the live connection the moment they apply say
    // so first (a person lowering the idle timeout below the idle time).
    m_settingsPanel->clientEditor()->setImmediateEffect([this](Param p, double value) -> QString {
        const ConnectionSupervisor *sup = m_session->supervisor();
        if (sup->state() != ConnectionSupervisor::State::Open || value <= 0)
            return {};
        const auto seconds = [](Nanos n) { return QString::number(std::chrono::duration<double>(n).count(), 'f', 1); };
        const Nanos limit = std::chrono::duration_cast<Nanos>(std::chrono::duration<double>(value));
        if (p == Param::IdleTimeout && sup->idleFor() >= limit)
            return tr("The connection has been idle for %1 s: this closes it at once.").arg(seconds(sup->idleFor()));
        if (p == Param::ConnectionTimeout && sup->age() >= limit)
            return tr("The connection is %1 s old: this closes it at once.").arg(seconds(sup->age()));
        if (p == Param::PongTimeout && sup->oldestPingWait() >= limit)
            return tr("A ping has waited %1 s for its pong: this closes the connection at once.")
                .arg(seconds(sup->oldestPingWait()));
        return {};
    });
    m_alertClear.setSingleShot(true);
    connect(&m_alertClear, &QTimer::timeout, this, [this] { m_bar->setAlert(false); });

    resize(1200, 800);
    QSettings state;
    restoreGeometry(state.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(state.value(QStringLiteral("window/state")).toByteArray(), kDockLayoutVersion);
    retranslateUi();

    m_chatModel->setShowMilliseconds(state.value(QStringLiteral("chat/milliseconds"), false).toBool());
    // --name, else the name chosen in an earlier run.
    const QString displayName =
        options.displayName.isEmpty() ? state.value(QStringLiteral("chat/name")).toString() : options.displayName;
    m_session->chat()->setDisplayName(displayName);
    m_session->setSubprotocols(options.subprotocols);
    if (const QString error = m_session->setHandshake(options.handshake); !error.isEmpty())
        statusBar()->showMessage(error, 15000);
    m_session->replyTimer()->setIdField(options.replyIdField);
    if (options.outbox)
        m_session->setOutboxDirectory(OutboxKeeper::defaultDirectory());
    m_session->appKeepalive()->setCustomHeartbeat(options.customHeartbeat);
    m_bar->setDisplayName(displayName);
    if (options.link) {
        if (options.linkSeed)
            m_session->link()->setSeed(*options.linkSeed);
        m_session->link()->setConditions(LinkDirection::Up, options.linkUp);
        m_session->link()->setConditions(LinkDirection::Down, options.linkDown);
        m_session->setLinkEnabled(true);
    }
    QString error;
    if (!m_session->start(options.url, {}, &error))
        statusBar()->showMessage(error);
    m_bar->setUrl(m_session->url(), m_session->usesEmbeddedServer());
    // Metrics: off unless asked for (--metrics, or switched on in an earlier run).
    QString metricsAddress = options.metricsAddress;
    if (metricsAddress.isEmpty() && state.value(QStringLiteral("metrics/enabled"), false).toBool())
        metricsAddress = state.value(QStringLiteral("metrics/address")).toString();
    if (!metricsAddress.isEmpty())
        if (const QString metricsError = serveMetrics(metricsAddress); !metricsError.isEmpty())
            statusBar()->showMessage(metricsError, 10000);
}

MainWindow::~MainWindow()
{
    m_metricsEndpoint.reset(); // no scrape while what it reads goes away
    // The watched sessions go first, while the views showing them can still let go.
    disconnect(m_watched, nullptr, this, nullptr);
    delete m_watched;
}

QString MainWindow::serveMetrics(const QString &address)
{
    m_metricsEndpoint.reset();
    QString error;
    QHostAddress host;
    quint16 port = 0;
    if (!address.isEmpty() && (error = MetricsEndpoint::parse(address, &host, &port)).isEmpty()) {
        if (!m_metrics) {
            m_metrics = new PrometheusMetrics(QStringLiteral("default"), {}, this);
            new SessionMetrics(m_session, m_metrics, this);
        }
        auto endpoint = std::make_unique<MetricsEndpoint>();
        if (endpoint->start(host, port, m_metrics, &error))
            m_metricsEndpoint = std::move(endpoint);
    }
    m_metricsAction->setChecked(m_metricsEndpoint != nullptr);
    m_metricsAction->setStatusTip(metricsUrl());
    if (m_metricsEndpoint)
        statusBar()->showMessage(host.isLoopback()
                                     ? tr("Metrics for Prometheus at %1").arg(metricsUrl())
                                     : tr("Metrics for Prometheus at %1, reachable from the network").arg(metricsUrl()),
                                 10000);
    return error;
}

QString MainWindow::metricsUrl() const
{
    return m_metricsEndpoint ? m_metricsEndpoint->url() : QString();
}

void MainWindow::askToServeMetrics(bool on)
{
    QSettings store;
    if (!on) {
        serveMetrics(QString());
        store.setValue(QStringLiteral("metrics/enabled"), false);
        return;
    }
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, tr("Metrics for Prometheus"),
        tr("Serve GET /metrics on [address:]port (the address is 127.0.0.1 unless given):"), QLineEdit::Normal,
        store.value(QStringLiteral("metrics/address"), QStringLiteral("9464")).toString(), &ok);
    const QString error = ok ? serveMetrics(address) : QString();
    if (!ok || !error.isEmpty()) {
        m_metricsAction->setChecked(false);
        if (!error.isEmpty())
            statusBar()->showMessage(error, 10000);
        return;
    }
    // Served again at the next start, until switched off.
    store.setValue(QStringLiteral("metrics/address"), address);
    store.setValue(QStringLiteral("metrics/enabled"), true);
}

ConnectionSupervisor *MainWindow::supervisor() const
{
    return m_session->supervisor();
}

ChatClient *MainWindow::chat() const
{
    return m_session->chat();
}

void MainWindow::wireSession()
{
    ConnectionSupervisor *sup = m_session->supervisor();
    ChatClient *chat = m_session->chat();
    connect(sup, &ConnectionSupervisor::stateChanged, this, [this, sup](ConnectionSupervisor::State s) {
        m_bar->setState(s, sup->failingToConnect());
        m_connectAction->setEnabled(s == ConnectionSupervisor::State::Disconnected);
        m_disconnectAction->setEnabled(s != ConnectionSupervisor::State::Disconnected);
    });
    connect(sup, &ConnectionSupervisor::timedOut, this,
            [this](TimeoutKind kind) { statusBar()->showMessage(tr("Timed out: %1").arg(timeoutText(kind)), 8000); });
    connect(sup, &ConnectionSupervisor::opened, this, [this] {
        m_failedAttempts = 0;
        m_bar->setConnectFailures(0, QString());
    });
    connect(m_chatBinding, &ChatBinding::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_chatPane, &ChatPane::millisecondsToggled, this, [this](bool on) {
        m_chatModel->setShowMilliseconds(on);
        QSettings().setValue(QStringLiteral("chat/milliseconds"), on);
    });
    connect(sup, &ConnectionSupervisor::closed, this, [this](const CloseInfo &info) {
        if (!info.ageMs) { // it never opened: a connect timeout
            showConnectFailure(info);
            return;
        }
        const QString who = info.by == ClosedBy::Local ? tr("by us")
            : info.by == ClosedBy::Peer                ? tr("by the peer")
                                                       : tr("by the network");
        QString text = tr("Last close: %1 \u201c%2\u201d %3").arg(info.code).arg(info.reason, who);
        if (info.timeout)
            text += QStringLiteral(" \u2014 ")
                + tr("%1 after %2").arg(timeoutText(*info.timeout), durationText(info.timeoutAfterMs * 1000));
        else if (const QString why = describeCause(info); !why.isEmpty())
            text += QStringLiteral(" \u2014 ") + why;
        text += QStringLiteral(" (%1)").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
        m_bar->setLastClose(text);
    });
    connect(sup, &ConnectionSupervisor::connectFailed, this, &MainWindow::showConnectFailure);
    connect(sup, &ConnectionSupervisor::reconnectScheduled, m_bar,
            [this](int, qint64 delayMs) { m_bar->setNextAttemptIn(delayMs); });
    const auto alert = [this] {
        m_bar->setAlert(true);
        m_alertClear.start(kAlertShown);
    };
    connect(sup, &ConnectionSupervisor::latencyAlert, this, alert);
    connect(chat, &ChatClient::latencyAlert, this, alert);

    connect(sup, &ConnectionSupervisor::tlsErrors, this, &MainWindow::askToTrust);

    connect(m_bar, &ConnectionBar::connectRequested, this, [this](const QUrl &url) {
        QString error;
        if (!m_session->switchTo(url, &error))
            statusBar()->showMessage(error, 10000);
    });
    connect(m_bar, &ConnectionBar::disconnectRequested, sup, [this, sup] {
        forgetOutage();
        sup->close();
    });
    // The field shows what is connected to, also after a switch.
    connect(m_session, &Session::urlChanged, this, [this](const QUrl &url) {
        m_bar->setUrl(url, m_session->usesEmbeddedServer());
        forgetOutage(); // another server: its own story
    });
    connect(m_bar, &ConnectionBar::displayNameChanged, chat, [chat](const QString &name) {
        chat->setDisplayName(name);
        QSettings().setValue(QStringLiteral("chat/name"), name); // kept for the next run
    });
    // Emptied: back to the name the server assigns, from the next run on too.
    connect(m_bar, &ConnectionBar::displayNameCleared, this, [] { QSettings().remove(QStringLiteral("chat/name")); });
    connect(chat, &ChatClient::youChanged, m_bar, &ConnectionBar::setAssignedName);
    connect(m_bar, &ConnectionBar::invalidUrl, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // Transient trouble goes to the status bar, never a modal box.
    connect(m_session->log(), &EventLog::added, this, [this](const Event &e) {
        // Warnings and errors of every layer (connection, chat, link, settings).
        if (e.severity() != Severity::Info && e.fields.contains(QLatin1String("text")))
            statusBar()->showMessage(e.fields.value(QLatin1String("text")).toString(), 8000);
    });
}

void MainWindow::forgetOutage()
{
    m_failedAttempts = 0;
    m_bar->setConnectFailures(0, QString());
    m_bar->setLastClose(QString());
    m_bar->setNextAttemptIn(-1);
}

void MainWindow::showConnectFailure(const CloseInfo &info)
{
    ++m_failedAttempts;
    QString why = describeCause(info);
    if (info.timeout == TimeoutKind::Connect && info.cause.isEmpty())
        why = tr("no answer within the connect timeout (%1 ms)").arg(info.timeoutAfterMs);
    if (why.isEmpty())
        why = info.reason;
    m_bar->setConnectFailures(
        m_failedAttempts, why + QStringLiteral(" (%1)").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_chatBinding->connectFailed(why, m_failedAttempts);
}

void MainWindow::askToTrust(const QString &host, const QList<QSslError> &errors, const QSslCertificate &cert)
{
    QStringList problems;
    for (const QSslError &e : errors)
        problems << e.errorString();
    const QByteArray digest = cert.digest(QCryptographicHash::Sha256);
    // Not modal: the rest of the window (the log, the health) stays usable meanwhile.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Certificate not trusted"),
        tr("The certificate of %1 failed verification:\n%2").arg(host, problems.join(QLatin1Char('\n'))),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("trustCertificate"));
    box->setInformativeText(tr("Subject: %1\nIssuer: %2\nValid: %3 to %4\nSHA-256: %5")
                                .arg(cert.subjectDisplayName(), cert.issuerDisplayName(),
                                     cert.effectiveDate().toString(Qt::ISODate),
                                     cert.expiryDate().toString(Qt::ISODate), QString::fromLatin1(digest.toHex(':'))));
    QPushButton *trust = box->addButton(tr("Trust this certificate for %1").arg(host), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trust"));
    box->addButton(QMessageBox::Cancel);
    connect(trust, &QPushButton::clicked, this, [this, host, digest] {
        m_session->trustCertificate(host, digest);
        m_session->supervisor()->open();
    });
    box->open();
}

void MainWindow::createActions()
{
    m_connectionMenu = menuBar()->addMenu(QString());
    m_connectAction = m_connectionMenu->addAction(QString(), this, [this] {
        if (m_session->supervisor()->state() == ConnectionSupervisor::State::Disconnected)
            m_bar->connectButton()->click();
    });
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_disconnectAction = m_connectionMenu->addAction(QString(), this, [this] { m_session->supervisor()->close(); });
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_connectionMenu->addSeparator();
    m_sendAction =
        m_connectionMenu->addAction(QString(), this, [this] { Q_EMIT m_chatPane->composer()->sendRequested(); });
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_focusChatAction = m_connectionMenu->addAction(QString(), this, [this] { m_chatPane->composer()->setFocus(); });
    m_focusChatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_clearLogAction = m_connectionMenu->addAction(QString(), m_session->log(), &EventLog::clear);
    m_clearLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_connectionMenu->addSeparator();
    m_connectionOptionsAction = m_connectionMenu->addAction(QString(), this, [this] { openConnectionDialog(); });
    m_connectionOptionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openSavedMenu = m_connectionMenu->addMenu(QString());
    m_deleteSavedMenu = m_connectionMenu->addMenu(QString());
    m_watchSavedMenu = m_connectionMenu->addMenu(QString());
    m_renameSavedMenu = m_connectionMenu->addMenu(QString());
    m_duplicateSavedMenu = m_connectionMenu->addMenu(QString());
    connect(m_connectionMenu, &QMenu::aboutToShow, this, &MainWindow::fillSavedMenus);
    m_exportSavedAction = m_connectionMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, m_exportSavedAction->text().remove(QLatin1Char('&')),
                                                          QStringLiteral("connections.json"));
        if (path.isEmpty())
            return;
        ConnectionStore store(ConnectionStore::defaultDirectory());
        QString error;
        const QByteArray data = store.exportJson(store.names(), false, &error);
        QSaveFile file(path);
        if (data.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit())
            statusBar()->showMessage(error.isEmpty() ? file.errorString() : error, 10000);
        else
            statusBar()->showMessage(
                tr("Exported %n connection(s), without their secrets", nullptr, int(store.names().size())), 8000);
    });
    m_importSavedAction = m_connectionMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, m_importSavedAction->text().remove(QLatin1Char('&')));
        if (path.isEmpty())
            return;
        QFile file(path);
        QStringList imported;
        const QString error = file.open(QIODevice::ReadOnly)
            ? ConnectionStore(ConnectionStore::defaultDirectory()).importJson(file.readAll(), &imported)
            : file.errorString();
        statusBar()->showMessage(error.isEmpty() ? tr("Imported: %1").arg(imported.join(QStringLiteral(", "))) : error,
                                 10000);
    });
    m_connectionMenu->addSeparator();
    m_quitAction = m_connectionMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_connectionMenu->addSeparator();
    m_metricsAction = m_connectionMenu->addAction(QString());
    m_metricsAction->setCheckable(true);
    connect(m_metricsAction, &QAction::triggered, this, &MainWindow::askToServeMetrics);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_healthDock->toggleViewAction());
    m_viewMenu->addAction(m_graphDock->toggleViewAction());
    m_viewMenu->addAction(m_watchedDock->toggleViewAction());
    m_viewMenu->addAction(m_watchedDetailsDock->toggleViewAction());
    m_viewMenu->addAction(m_allEventsDock->toggleViewAction());
    m_viewMenu->addAction(m_eventsDock->toggleViewAction());
    m_viewMenu->addAction(m_settingsDock->toggleViewAction());
    m_viewMenu->addAction(m_linkDock->toggleViewAction());
    m_disconnectAction->setEnabled(false);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_connectionName.isEmpty() ? tr("wspulse") : tr("%1 \u2014 wspulse").arg(m_connectionName));
    m_connectionOptionsAction->setText(tr("Connection &options\u2026"));
    m_openSavedMenu->setTitle(tr("Open sa&ved connection"));
    m_deleteSavedMenu->setTitle(tr("De&lete saved connection"));
    m_watchSavedMenu->setTitle(tr("&Watch saved connection beside this one"));
    m_watchedDock->setWindowTitle(tr("Watched connections"));
    m_watchedDetailsDock->setWindowTitle(m_watchedDetails->current()
                                             ? tr("Watched: %1").arg(m_watchedDetails->current()->name())
                                             : tr("Watched connection"));
    m_allEventsDock->setWindowTitle(tr("All connections' events"));
    m_renameSavedMenu->setTitle(tr("&Rename saved connection"));
    m_duplicateSavedMenu->setTitle(tr("D&uplicate saved connection"));
    updateEventTargets(); // the window's own entry may be unnamed
    m_exportSavedAction->setText(tr("&Export saved connections\u2026"));
    m_importSavedAction->setText(tr("&Import saved connections\u2026"));
    m_healthDock->setWindowTitle(tr("Health"));
    m_graphDock->setWindowTitle(tr("Graph and timeline"));
    m_eventsDock->setWindowTitle(tr("Events"));
    m_settingsDock->setWindowTitle(tr("Settings"));
    m_linkDock->setWindowTitle(tr("Link simulator"));
    m_connectionMenu->setTitle(tr("&Connection"));
    m_viewMenu->setTitle(tr("&View"));
    m_connectAction->setText(tr("&Connect"));
    m_disconnectAction->setText(tr("&Disconnect"));
    m_sendAction->setText(tr("&Send message"));
    m_focusChatAction->setText(tr("&Focus chat"));
    m_clearLogAction->setText(tr("C&lear event log"));
    m_quitAction->setText(tr("&Quit"));
    m_metricsAction->setText(tr("Serve &metrics for Prometheus…"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings state;
    state.setValue(QStringLiteral("window/geometry"), saveGeometry());
    state.setValue(QStringLiteral("window/state"), saveState(kDockLayoutVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::fillSavedMenus()
{
    const QStringList names = ConnectionStore(ConnectionStore::defaultDirectory()).names();
    m_openSavedMenu->clear();
    m_deleteSavedMenu->clear();
    m_watchSavedMenu->clear();
    m_renameSavedMenu->clear();
    m_duplicateSavedMenu->clear();
    for (const QString &name : names) {
        m_openSavedMenu->addAction(name, this, [this, name] {
            if (const QString error = openSavedConnection(name); !error.isEmpty())
                statusBar()->showMessage(error, 10000);
        });
        m_watchSavedMenu->addAction(name, this, [this, name] {
            if (const QString error = watchSavedConnection(name); !error.isEmpty())
                statusBar()->showMessage(error, 10000);
        });
        m_renameSavedMenu->addAction(name, this, [this, name] { askForName(name, false); });
        m_duplicateSavedMenu->addAction(name, this, [this, name] { askForName(name, true); });
        m_deleteSavedMenu->addAction(name, this, [this, name] {
            const QString error = ConnectionStore(ConnectionStore::defaultDirectory()).remove(name);
            statusBar()->showMessage(error.isEmpty() ? tr("Deleted the saved connection %1").arg(name) : error, 8000);
        });
    }
    m_openSavedMenu->setEnabled(!names.isEmpty());
    m_deleteSavedMenu->setEnabled(!names.isEmpty());
    m_watchSavedMenu->setEnabled(!names.isEmpty());
    m_renameSavedMenu->setEnabled(!names.isEmpty());
    m_duplicateSavedMenu->setEnabled(!names.isEmpty());
    m_exportSavedAction->setEnabled(!names.isEmpty());
}

SavedConnection MainWindow::currentConnection() const
{
    SavedConnection c;
    c.name = m_connectionName;
    c.url = m_session->usesEmbeddedServer() ? QUrl() : m_session->url();
    c.handshake = m_session->handshake();
    c.subprotocols = m_session->subprotocols();
    // The parameters this window has changed from their defaults.
    const Settings *settings = m_session->settings();
    for (const ParamDef &def : parameterDefs())
        if (settings->source(def.id) != Source::Default)
            c.overrides.append({def.id, def.valueText(settings->value(def.id))});
    c.link = m_session->isLinkEnabled();
    if (c.link) {
        c.linkUp = m_session->link()->conditions(LinkDirection::Up);
        c.linkDown = m_session->link()->conditions(LinkDirection::Down);
    }
    return c;
}

QString MainWindow::applyConnection(const SavedConnection &c, bool withParameters)
{
    if (withParameters)
        for (const auto &[p, text] : c.overrides)
            m_session->settings()->set(p, text, Source::Runtime, tr("connection %1").arg(c.name));
    const QString error = m_session->setHandshake(c.handshake);
    if (!error.isEmpty())
        return error;
    m_session->setSubprotocols(c.subprotocols);
    if (c.link) {
        m_session->link()->setConditions(LinkDirection::Up, c.linkUp);
        m_session->link()->setConditions(LinkDirection::Down, c.linkDown);
    }
    if (withParameters)
        m_session->setLinkEnabled(c.link);
    forgetOutage();
    QString switchError;
    if (!m_session->switchTo(c.url, &switchError))
        return switchError;
    m_connectionName = c.name;
    retranslateUi(); // the title names the connection
    return {};
}

QString MainWindow::renameSavedConnection(const QString &from, const QString &to)
{
    const QString error = ConnectionStore(ConnectionStore::defaultDirectory()).rename(from, to.trimmed());
    if (error.isEmpty() && m_connectionName == from) {
        m_connectionName = to.trimmed();
        retranslateUi();
    }
    return error;
}

QString MainWindow::duplicateSavedConnection(const QString &from, const QString &to)
{
    return ConnectionStore(ConnectionStore::defaultDirectory()).duplicate(from, to.trimmed());
}

void MainWindow::askForName(const QString &from, bool duplicate)
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(QStringLiteral("askConnectionName"));
    ask->setWindowTitle(duplicate ? tr("Duplicate %1").arg(from) : tr("Rename %1").arg(from));
    ask->setLabelText(tr("New name:"));
    ask->setTextValue(duplicate ? tr("%1 copy").arg(from) : from);
    connect(ask, &QInputDialog::textValueSelected, this, [this, from, duplicate](const QString &to) {
        const QString error = duplicate ? duplicateSavedConnection(from, to) : renameSavedConnection(from, to);
        statusBar()->showMessage(
            error.isEmpty() ? (duplicate ? tr("Duplicated %1 as %2") : tr("Renamed %1 to %2")).arg(from, to.trimmed())
                            : error,
            10000);
    });
    ask->open();
}

void MainWindow::mergeEvents(EventLog *log, const std::function<QString()> &target)
{
    connect(log, &EventLog::added, m_allEvents, [this, target](const Event &e) {
        Event named = e;
        named.fields.insert(QLatin1String("target"), target());
        m_allEvents->insert(std::move(named));
    });
}

QString MainWindow::ownTarget() const
{
    // A saved connection by its name. Otherwise one fixed name: the URL
    // changes, and the events before the first connect have none.
    return m_connectionName.isEmpty() ? QStringLiteral("window") : m_connectionName;
}

void MainWindow::updateEventTargets()
{
    QStringList targets{ownTarget()};
    for (int row = 0; row < m_watched->rowCount(); ++row)
        targets << m_watched->name(row);
    // One connection needs no choice.
    m_allEventsPane->setTargets(targets.size() > 1 ? targets : QStringList());
}

void MainWindow::showWatchedDetails(int row)
{
    m_watchedDetails->showRow(row);
    m_watchedDetailsDock->show();
    m_watchedDetailsDock->raise();
}

QString MainWindow::watchSavedConnection(const QString &name)
{
    QString error;
    const std::optional<SavedConnection> c = ConnectionStore(ConnectionStore::defaultDirectory()).load(name, &error);
    if (!c)
        return error;
    error = m_watched->watch(*c);
    if (error.isEmpty()) {
        m_watchedDock->show();
        m_watchedDock->raise();
        m_allEventsDock->show(); // tabbed behind the overview
    }
    return error;
}

QString MainWindow::openSavedConnection(const QString &name)
{
    QString error;
    const std::optional<SavedConnection> c = ConnectionStore(ConnectionStore::defaultDirectory()).load(name, &error);
    if (!c)
        return error;
    return applyConnection(*c, true);
}

ConnectionDialog *MainWindow::openConnectionDialog()
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnection(currentConnection());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const std::optional<SavedConnection> c = dialog->connection(&error);
        if (!c)
            return;
        error = applyConnection(*c, false);
        if (error.isEmpty() && !c->name.isEmpty()) {
            ConnectionStore store(ConnectionStore::defaultDirectory());
            error = store.save(*c);
            if (error.isEmpty())
                statusBar()->showMessage(c->secretsJson().isEmpty() || store.secretsWarning().isEmpty()
                                             ? tr("Saved as %1").arg(c->name)
                                             : tr("Saved as %1; %2").arg(c->name, store.secretsWarning()),
                                         15000);
        }
        if (!error.isEmpty())
            statusBar()->showMessage(error, 15000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::placeBeside(QDockWidget *dock)
{
    // Dragged out with the mouse, it stays where it was dropped.
    if (!dock->isFloating() || QGuiApplication::mouseButtons() != Qt::NoButton)
        return;
    const QRect window = frameGeometry();
    if (!dock->frameGeometry().intersects(window))
        return;
    const QScreen *screen = this->screen();
    const QRect room = screen ? screen->availableGeometry() : QRect();
    QRect placed = dock->frameGeometry();
    placed.moveTop(std::max(window.top(), room.top()));
    placed.moveLeft(window.right() + 8);
    if (!room.isNull() && placed.right() > room.right()) {
        placed.moveRight(window.left() - 8); // no room on the right: the left
        if (placed.left() < room.left())
            placed.moveRight(room.right()); // no room either side: the screen's edge
    }
    dock->move(placed.topLeft() + (dock->geometry().topLeft() - dock->frameGeometry().topLeft()));
}
