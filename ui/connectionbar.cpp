#include "connectionbar.h"

#include "chatprotocol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

using State = wspulse::ConnectionSupervisor::State;

namespace {
constexpr int kUrlHistory = 15;

const char *const kStateNames[] = {
    QT_TRANSLATE_NOOP("ConnectionBar", "disconnected"), QT_TRANSLATE_NOOP("ConnectionBar", "connecting"),
    QT_TRANSLATE_NOOP("ConnectionBar", "open"),         QT_TRANSLATE_NOOP("ConnectionBar", "closing"),
    QT_TRANSLATE_NOOP("ConnectionBar", "reconnecting"),
};

QColor stateColor(State s)
{
    switch (s) {
    case State::Open:
        return QColor(0x2e, 0x7d, 0x32);
    case State::Connecting:
    case State::Reconnecting:
        return QColor(0xef, 0x6c, 0x00);
    case State::Closing:
        return QColor(0x6d, 0x4c, 0x41);
    case State::Disconnected:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}
} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_url(new QComboBox(this))
    , m_embedded(new QCheckBox(this))
    , m_name(new QLineEdit(this))
    , m_connect(new QPushButton(this))
    , m_stateIcon(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_lastClose(new QLabel(this))
{
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_url->setMinimumContentsLength(28);
    m_url->addItems(QSettings().value(QStringLiteral("connection/urlHistory")).toStringList());
    m_name->setMaxLength(wspulse::chat::MaxNameLength);
    m_badge->setMargin(4);
    m_badge->setAlignment(Qt::AlignCenter);
    m_lastClose->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_url, 0, 0);
    grid->addWidget(m_embedded, 0, 1);
    grid->addWidget(m_name, 0, 2);
    grid->addWidget(m_connect, 0, 3);
    grid->addWidget(m_stateIcon, 0, 4);
    grid->addWidget(m_badge, 0, 5);
    grid->addWidget(m_lastClose, 1, 0, 1, 6);
    grid->setColumnStretch(0, 1);

    connect(m_connect, &QPushButton::clicked, this, &ConnectionBar::onConnectClicked);
    connect(m_embedded, &QCheckBox::toggled, m_url, &QWidget::setDisabled);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (wspulse::chat::validateName(m_name->text()).isEmpty())
            Q_EMIT displayNameChanged(m_name->text());
    });
    retranslateUi();
}

void ConnectionBar::onConnectClicked()
{
    if (m_state != State::Disconnected) {
        Q_EMIT disconnectRequested();
        return;
    }
    if (m_embedded->isChecked()) {
        Q_EMIT connectRequested(QUrl());
        return;
    }
    const QString text = m_url->currentText().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))) {
        Q_EMIT invalidUrl(tr("\"%1\" is not a ws:// or wss:// URL with a host").arg(text));
        return;
    }
    rememberUrl(text);
    Q_EMIT connectRequested(url);
}

void ConnectionBar::rememberUrl(const QString &url)
{
    QStringList history = QSettings().value(QStringLiteral("connection/urlHistory")).toStringList();
    history.removeAll(url);
    history.prepend(url);
    while (history.size() > kUrlHistory)
        history.removeLast();
    QSettings().setValue(QStringLiteral("connection/urlHistory"), history);
    m_url->clear();
    m_url->addItems(history);
    m_url->setCurrentText(url);
}

QString ConnectionBar::stateText(State state, bool failingToConnect)
{
    if (state == State::Reconnecting && failingToConnect)
        return tr("retrying");
    return tr(kStateNames[int(state)]);
}

void ConnectionBar::setState(State state, bool failingToConnect)
{
    m_state = state;
    m_failingToConnect = failingToConnect;
    updateBadge();
}

void ConnectionBar::setLastClose(const QString &text)
{
    m_lastCloseText = text;
    updateCloseLine();
}

void ConnectionBar::setConnectFailure(const QString &text)
{
    m_failureText = text;
    updateCloseLine();
}

void ConnectionBar::updateCloseLine()
{
    const bool failing = !m_failureText.isEmpty();
    m_lastClose->setText(failing ? m_failureText : m_lastCloseText);
    m_lastClose->setToolTip(failing ? m_lastCloseText : QString());
    m_lastClose->setStyleSheet(failing ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void ConnectionBar::setAlert(bool alert)
{
    m_alert = alert;
    updateBadge();
}

void ConnectionBar::setUrl(const QUrl &url, bool embedded)
{
    m_embedded->setChecked(embedded);
    m_url->setCurrentText(url.toString());
}

void ConnectionBar::setDisplayName(const QString &name)
{
    m_name->setText(name);
}

QString ConnectionBar::badgeText() const
{
    return m_badge->text();
}

QString ConnectionBar::lastCloseText() const
{
    return m_lastClose->text();
}

void ConnectionBar::updateBadge()
{
    // Colour plus text, never colour alone.
    QString text = stateText(m_state, m_failingToConnect);
    if (m_alert)
        text += QStringLiteral(" \u26a0 ") + tr("slow");
    m_badge->setText(text);
    static const char *const icons[] = {"disconnected", "connecting", "open", "closing", "reconnecting"};
    m_stateIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/state-%1.png").arg(QLatin1String(icons[int(m_state)]))).pixmap(16, 16));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; padding: 2px 6px; }")
            .arg(stateColor(m_state).name()));
    m_badge->setAccessibleName(tr("Connection state: %1").arg(text));
    m_connect->setText(m_state == State::Disconnected ? tr("&Connect") : tr("&Disconnect"));
}

void ConnectionBar::retranslateUi()
{
    m_url->setToolTip(tr("ws:// or wss:// URL of the server"));
    m_url->lineEdit()->setPlaceholderText(tr("ws://host:port/path"));
    m_url->setAccessibleName(tr("Server URL"));
    m_embedded->setText(tr("Embedded server"));
    m_embedded->setToolTip(tr("Chat through wspulse's own server on this machine"));
    m_name->setPlaceholderText(tr("Display name"));
    m_name->setAccessibleName(tr("Display name"));
    updateBadge();
}

void ConnectionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
