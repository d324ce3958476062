#pragma once

#include <QMainWindow>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace wspulse {
class ChatClient;
class ChatServer;
class ConnectionSupervisor;
class EventLog;
class Settings;
struct Event;
}

// A first, plain window: connection state, the live event stream and a line to
// send messages. The full chat, health and settings panels come with the UI issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const QUrl &url, wspulse::Settings *settings, const QString &displayName = QString(),
               QWidget *parent = nullptr);

    wspulse::ConnectionSupervisor *supervisor() const { return m_supervisor; }
    wspulse::ChatClient *chat() const { return m_chat; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendEvent(const wspulse::Event &event);
    void sendInput();
    void updateWidgets();
    void retranslateUi();

    wspulse::Settings *m_settings;
    wspulse::EventLog *m_log;
    wspulse::Settings *m_serverSettings = nullptr;
    wspulse::EventLog *m_serverLog = nullptr;
    wspulse::ChatServer *m_server = nullptr;
    wspulse::ConnectionSupervisor *m_supervisor = nullptr;
    wspulse::ChatClient *m_chat = nullptr;
    QUrl m_url;

    QLabel *m_urlLabel;
    QLabel *m_stateBadge;
    QPushButton *m_connectButton;
    QPlainTextEdit *m_events;
    QLineEdit *m_input;
    QPushButton *m_sendButton;
};
