#pragma once

#include "appprofile.h"
#include "connectionstore.h"

#include <QMainWindow>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include "linksimulator.h"

#include <functional>
#include <memory>
#include <optional>

class ChatBinding;
class ChatModel;
class ConnectionDialog;
class WatchedConnectionsModel;
class WatchedConnectionsView;
class WatchedDetails;
class ChatPane;
class ConnectionBar;
class EventLogPane;
class GraphPanel;
class HealthPanel;
class LinkPanel;
class SettingsPanel;
QT_BEGIN_NAMESPACE
class QDockWidget;
QT_END_NAMESPACE

namespace wspulse {
class ChatClient;
class MetricsEndpoint;
class PrometheusMetrics;
struct CloseInfo;
class ConnectionSupervisor;
class EventLog;
class Session;
class Settings;
} // namespace wspulse

struct WindowOptions
{
    QUrl url; // empty: the embedded server
    QString displayName;
    QStringList subprotocols;                 // instead of the chat protocol
    QString replyIdField;                     // raw mode: correlate replies by this JSON field
    wspulse::CustomHeartbeat customHeartbeat; // the custom application profile
    bool link = false;                        // start routed through the link simulator
    wspulse::LinkConditions linkUp;
    wspulse::LinkConditions linkDown;
    std::optional<quint32> linkSeed;
    QString metricsAddress;              // --metrics "[ADDR:]PORT": serve metrics from the start
    wspulse::HandshakeOptions handshake; // headers, auth, TLS files, proxy
    bool outbox = true;                  // unsent chat messages kept for the next run (--no-outbox)
};

// The window a person lives in while debugging a connection: the chat in the
// middle, health, event log and settings as docks around it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const WindowOptions &options, wspulse::Settings *settings, QWidget *parent = nullptr);
    MainWindow(const QUrl &url, wspulse::Settings *settings, const QString &displayName = QString(),
               QWidget *parent = nullptr);
    ~MainWindow() override;

    wspulse::Session *session() const { return m_session; }
    wspulse::ConnectionSupervisor *supervisor() const;
    wspulse::ChatClient *chat() const;
    ChatModel *chatModel() const { return m_chatModel; }
    ChatPane *chatPane() const { return m_chatPane; }
    ConnectionBar *connectionBar() const { return m_bar; }
    HealthPanel *healthPanel() const { return m_health; }
    GraphPanel *graphPanel() const { return m_graph; }
    EventLogPane *eventLogPane() const { return m_events; }
    SettingsPanel *settingsPanel() const { return m_settingsPanel; }
    LinkPanel *linkPanel() const { return m_linkPanel; }
    // Serves Prometheus metrics for this window's connection at "[ADDR:]PORT";
    // returns why not. An empty address stops serving.
    QString serveMetrics(const QString &address);
    QString metricsUrl() const; // empty while not serving

    // Saved connections. The dialog edits what this window connects to and
    // how (it stays open until its fields are right); OK connects there and,
    // with a name, saves it. Opening a saved one applies its parameters,
    // subprotocols, handshake and link conditions, then connects.
    ConnectionDialog *openConnectionDialog();
    QString openSavedConnection(const QString &name); // returns why not
    wspulse::SavedConnection currentConnection() const;
    QString connectionName() const { return m_connectionName; }
    // Saved connections watched beside this one (one overview row each).
    QString watchSavedConnection(const QString &name); // returns why not
    WatchedConnectionsModel *watchedConnections() const { return m_watched; }
    WatchedConnectionsView *watchedView() const { return m_watchedView; }
    // The full detail of one watched connection (its own chat, health, graph,
    // events, settings and link), in a dock beside the window's own panels.
    WatchedDetails *watchedDetails() const { return m_watchedDetails; }
    void showWatchedDetails(int row);
    // Every connection's events in one log, each naming its connection in
    // "target" (as headless --target does), filterable by connection.
    EventLogPane *allEventsPane() const { return m_allEventsPane; }
    QString renameSavedConnection(const QString &from, const QString &to);    // returns why not
    QString duplicateSavedConnection(const QString &from, const QString &to); // returns why not

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void wireSession();
    void createActions();
    void showConnectFailure(const wspulse::CloseInfo &info);
    // A switch or a Disconnect ends the story the close line tells.
    void forgetOutage();
    void askToTrust(const QString &host, const QList<QSslError> &errors, const QSslCertificate &certificate);
    void retranslateUi();
    void askToServeMetrics(bool on);
    // A dock floated by its button lands beside the window, not on top of it.
    void placeBeside(QDockWidget *dock);
    QString applyConnection(const wspulse::SavedConnection &connection, bool withParameters);
    void fillSavedMenus();
    // Asks for a new name (not modal), then renames or duplicates.
    void askForName(const QString &from, bool duplicate);
    // Copies a log's events into the combined one, naming their connection.
    void mergeEvents(wspulse::EventLog *log, const std::function<QString()> &target);
    QString ownTarget() const; // the window's own connection in the combined log
    void updateEventTargets();

    wspulse::Session *m_session;
    ChatModel *m_chatModel;
    ConnectionBar *m_bar;
    ChatPane *m_chatPane;
    ChatBinding *m_chatBinding;
    HealthPanel *m_health;
    GraphPanel *m_graph;
    EventLogPane *m_events;
    SettingsPanel *m_settingsPanel;
    LinkPanel *m_linkPanel;
    QDockWidget *m_healthDock;
    QDockWidget *m_graphDock;
    QDockWidget *m_eventsDock;
    QDockWidget *m_settingsDock;
    QDockWidget *m_linkDock;
    QMenu *m_connectionMenu;
    QMenu *m_viewMenu;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QAction *m_sendAction;
    QAction *m_clearLogAction;
    QAction *m_focusChatAction;
    QAction *m_quitAction;
    QAction *m_metricsAction;
    QAction *m_connectionOptionsAction;
    QMenu *m_openSavedMenu;
    QMenu *m_deleteSavedMenu;
    QMenu *m_watchSavedMenu;
    WatchedConnectionsModel *m_watched;
    WatchedConnectionsView *m_watchedView;
    QDockWidget *m_watchedDock;
    WatchedDetails *m_watchedDetails;
    QDockWidget *m_watchedDetailsDock;
    wspulse::EventLog *m_allEvents;
    EventLogPane *m_allEventsPane;
    QDockWidget *m_allEventsDock;
    QMenu *m_renameSavedMenu;
    QMenu *m_duplicateSavedMenu;
    QAction *m_exportSavedAction;
    QAction *m_importSavedAction;
    QString m_connectionName;                        // the saved connection in use, if any
    wspulse::PrometheusMetrics *m_metrics = nullptr; // created when first served
    std::unique_ptr<wspulse::MetricsEndpoint> m_metricsEndpoint;
    QTimer m_alertClear;
    int m_failedAttempts = 0; // since the last open
};
