#include "mainwindow.h"

#include "connectionsupervisor.h"
#include "chatclient.h"
#include "chatserver.h"
#include "eventlog.h"
#include "settings.h"
#include "settingsevents.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace wspulse;

namespace {
// Bound on the lines kept in the event view; older lines scroll away.
constexpr int kMaxEventLines = 5000;

QString stateColor(ConnectionSupervisor::State s)
{
    switch (s) {
    case ConnectionSupervisor::State::Open: return QStringLiteral("#2e7d32");
    case ConnectionSupervisor::State::Connecting:
    case ConnectionSupervisor::State::Reconnecting: return QStringLiteral("#ef6c00");
    case ConnectionSupervisor::State::Closing: return QStringLiteral("#6d4c41");
    case ConnectionSupervisor::State::Disconnected: return QStringLiteral("#c62828");
    }
    return QString();
}
} // namespace

MainWindow::MainWindow(const QUrl &url, Settings *settings, const QString &displayName, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_log(new EventLog(SteadyClock::instance(), this))
    , m_url(url)
    , m_urlLabel(new QLabel(this))
    , m_stateBadge(new QLabel(this))
    , m_connectButton(new QPushButton(this))
    , m_events(new QPlainTextEdit(this))
    , m_input(new QLineEdit(this))
    , m_sendButton(new QPushButton(this))
{
    if (m_url.isEmpty()) {
        m_serverSettings = new Settings(this);
        m_serverLog = new EventLog(SteadyClock::instance(), this);
        m_server = new ChatServer(m_serverSettings, m_serverLog, {}, this);
        if (m_server->listen(QHostAddress::LocalHost, 0))
            m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->port()));
        else
            statusBar()->showMessage(tr("Cannot start the embedded server: %1").arg(m_server->errorString()));
    }

    m_events->setReadOnly(true);
    m_events->setMaximumBlockCount(kMaxEventLines);
    m_events->setFont(QFont(QStringLiteral("monospace")));
    m_stateBadge->setMargin(4);

    auto *top = new QHBoxLayout;
    top->addWidget(m_urlLabel, 1);
    top->addWidget(m_stateBadge);
    top->addWidget(m_connectButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_input, 1);
    bottom->addWidget(m_sendButton);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(m_events, 1);
    layout->addLayout(bottom);
    setCentralWidget(central);
    resize(900, 600);

    connect(m_log, &EventLog::added, this, &MainWindow::appendEvent);
    QJsonObject config = configFields(*m_settings);
    config.insert(QLatin1String("url"), m_url.toString());
    m_log->add(EventType::Config, config);
    for (const SettingsWarning &w : m_settings->warnings())
        m_log->add(EventType::Warning, {{QLatin1String("text"), w.text}});
    logSettingChanges(m_settings, m_log);

    m_supervisor = new ConnectionSupervisor(m_settings, m_log, nullptr, this);
    m_supervisor->setUrl(m_url);
    m_chat = new ChatClient(m_supervisor, m_log, this);
    m_chat->setDisplayName(displayName);
    connect(m_supervisor, &ConnectionSupervisor::stateChanged, this, &MainWindow::updateWidgets);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (m_supervisor->state() == ConnectionSupervisor::State::Disconnected)
            m_supervisor->open();
        else
            m_supervisor->close();
    });
    connect(m_input, &QLineEdit::returnPressed, this, &MainWindow::sendInput);
    connect(m_sendButton, &QPushButton::clicked, this, &MainWindow::sendInput);

    retranslateUi();
    if (m_url.isValid())
        m_supervisor->open();
}

void MainWindow::appendEvent(const Event &event)
{
    m_events->appendPlainText(QString::fromUtf8(event.toJsonLine()).trimmed());
}

void MainWindow::sendInput()
{
    const QString text = m_input->text();
    if (text.isEmpty())
        return;
    m_chat->send(text);
    m_input->clear();
}

void MainWindow::updateWidgets()
{
    const ConnectionSupervisor::State s = m_supervisor->state();
    static const char *const names[] = {
        QT_TR_NOOP("disconnected"), QT_TR_NOOP("connecting"), QT_TR_NOOP("open"),
        QT_TR_NOOP("closing"), QT_TR_NOOP("reconnecting"),
    };
    // Colour plus text, never colour alone.
    m_stateBadge->setText(tr(names[int(s)]));
    m_stateBadge->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; }").arg(stateColor(s)));
    m_connectButton->setText(s == ConnectionSupervisor::State::Disconnected ? tr("Connect") : tr("Disconnect"));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("wspulse"));
    m_urlLabel->setText(m_server ? tr("%1 (embedded server)").arg(m_url.toDisplayString())
                                 : m_url.toDisplayString());
    m_input->setPlaceholderText(tr("Type a message and press Enter"));
    m_sendButton->setText(tr("Send"));
    updateWidgets();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}
