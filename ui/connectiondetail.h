#pragma once

#include <QWidget>

#include <map>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

class ChatModel;
class ChatPane;
class EventLogPane;
class GraphPanel;
class HealthPanel;
class LinkPanel;
class SettingsPanel;
class WatchedConnectionsModel;

namespace wspulse {
class Session;
}

// Everything the window shows for its own connection, for one watched
// connection: its chat, health, graph and timeline, events, settings and
// link conditions, each a tab.
class ConnectionDetail : public QWidget
{
    Q_OBJECT
public:
    ConnectionDetail(const QString &name, wspulse::Session *session, QWidget *parent = nullptr);

    enum Tab { ChatTab, HealthTab, GraphTab, EventsTab, SettingsTab, LinkTab };
    QTabWidget *tabs() const { return m_tabs; }
    QString name() const { return m_name; }
    ChatModel *chatModel() const { return m_chatModel; }
    ChatPane *chatPane() const { return m_chatPane; }
    HealthPanel *health() const { return m_health; }
    GraphPanel *graph() const { return m_graph; }
    EventLogPane *events() const { return m_events; }
    SettingsPanel *settings() const { return m_settings; }
    LinkPanel *link() const { return m_link; }

Q_SIGNALS:
    void problem(const QString &message); // for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_name;
    wspulse::Session *m_session;
    QTabWidget *m_tabs;
    ChatModel *m_chatModel;
    ChatPane *m_chatPane;
    HealthPanel *m_health;
    GraphPanel *m_graph;
    EventLogPane *m_events;
    SettingsPanel *m_settings;
    LinkPanel *m_link;
};

// The detail of the watched connection chosen in the overview: one page per
// watched connection.
class WatchedDetails : public QWidget
{
    Q_OBJECT
public:
    explicit WatchedDetails(WatchedConnectionsModel *model, QWidget *parent = nullptr);

    void showRow(int row);
    ConnectionDetail *current() const; // null while none is chosen
    ConnectionDetail *detailOf(const wspulse::Session *session) const;

Q_SIGNALS:
    void problem(const QString &message);
    void shown(const QString &name); // empty: none

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    WatchedConnectionsModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    std::map<const wspulse::Session *, ConnectionDetail *> m_details;
};
