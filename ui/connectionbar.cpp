#include "connectionbar.h"

#include "chatprotocol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <cmath>

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
    , m_urlMessage(new QLabel(this))
    , m_lastClose(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    // Ticks only while an attempt is planned, at the resolution a person reads.
    connect(m_countdown, &QTimer::timeout, this, &ConnectionBar::updateCloseLine);
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_url->setMinimumContentsLength(10);
    m_url->addItems(QSettings().value(QStringLiteral("connection/urlHistory")).toStringList());
    // Offered, never filled in: inline completion turned "ws://" into the
    // last URL, and Connect went there.
    m_url->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_url->completer()->setCaseSensitivity(Qt::CaseSensitive);
    m_name->setMaxLength(wspulse::chat::MaxNameLength);
    m_badge->setMargin(4);
    m_badge->setAlignment(Qt::AlignCenter);
    m_lastClose->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines kept for it: an outage's line (root cause, attempts since,
    // countdown) wraps instead of being cut, and nothing below moves.
    m_lastClose->setWordWrap(true);
    m_lastClose->setMinimumHeight(2 * m_lastClose->fontMetrics().lineSpacing());

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_url, 0, 0);
    grid->addWidget(m_embedded, 0, 1);
    grid->addWidget(m_name, 0, 2);
    grid->addWidget(m_connect, 0, 3);
    grid->addWidget(m_stateIcon, 0, 4);
    grid->addWidget(m_badge, 0, 5);
    // Its own row, always there (empty or not), so that a message never
    // moves what is below it.
    m_urlMessage->setMinimumHeight(m_urlMessage->fontMetrics().height());
    // However long the URL it repeats, it never widens the bar (the full text is its tooltip).
    m_urlMessage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_urlMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_urlMessage, 1, 0, 1, 6);
    grid->addWidget(m_lastClose, 2, 0, 1, 6);
    grid->setColumnStretch(0, 1);

    connect(m_connect, &QPushButton::clicked, this, &ConnectionBar::onConnectClicked);
    connect(m_embedded, &QCheckBox::toggled, m_url, &QWidget::setDisabled);
    connect(m_url->lineEdit(), &QLineEdit::returnPressed, this, &ConnectionBar::onReturnInUrl);
    connect(m_url, &QComboBox::currentTextChanged, this, [this] {
        m_urlError.clear();
        updateUrlMessage();
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text().trimmed().isEmpty())
            Q_EMIT displayNameCleared();
        else if (wspulse::chat::validateName(m_name->text()).isEmpty())
            Q_EMIT displayNameChanged(m_name->text());
    });
    retranslateUi();
}

std::optional<QUrl> ConnectionBar::typedUrl()
{
    const QString text = m_url->currentText().trimmed();
    // The connected URL is shown without its password; it still means the full one.
    if (text == m_connectedUrl && !m_connectedFullUrl.isEmpty())
        return m_connectedFullUrl;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))) {
        m_urlError = tr("\"%1\" is not a ws:// or wss:// URL with a host")
                         .arg(url.toString(QUrl::RemovePassword).isEmpty() ? text : url.toString(QUrl::RemovePassword));
        updateUrlMessage();
        Q_EMIT invalidUrl(m_urlError);
        return std::nullopt;
    }
    return url;
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
    if (const std::optional<QUrl> url = typedUrl()) {
        rememberUrl(m_url->currentText().trimmed());
        Q_EMIT connectRequested(*url);
    }
}

void ConnectionBar::onReturnInUrl()
{
    // Enter connects to what the field shows: when disconnected, as Connect
    // does; when connected elsewhere, by switching there.
    if (m_embedded->isChecked())
        return;
    if (m_state == State::Disconnected) {
        onConnectClicked();
        return;
    }
    if (m_url->currentText().trimmed() == m_connectedUrl)
        return;
    if (const std::optional<QUrl> url = typedUrl()) {
        rememberUrl(m_url->currentText().trimmed());
        Q_EMIT connectRequested(*url);
    }
}

void ConnectionBar::updateUrlMessage()
{
    QString text = m_urlError;
    bool error = !text.isEmpty();
    if (!error && m_state != State::Disconnected && !m_embedded->isChecked() && !m_connectedUrl.isEmpty()
        && m_url->currentText().trimmed() != m_connectedUrl)
        text = tr("Connected to %1, not to this URL: Enter switches to it").arg(m_connectedUrl);
    m_urlMessage->setText(text);
    m_urlMessage->setToolTip(text);
    m_urlMessage->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }")
                                      : QStringLiteral("QLabel { color: palette(mid); }"));
}

QString ConnectionBar::urlMessage() const
{
    return m_urlMessage->text();
}

void ConnectionBar::rememberUrl(const QString &typed)
{
    // A password in the URL is not kept in the history (a saved connection keeps it apart).
    const QString url = QUrl(typed).toString(QUrl::RemovePassword);
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
    updateUrlMessage();
    updateCloseLine();
}

void ConnectionBar::setLastClose(const QString &text)
{
    m_lastCloseText = text;
    updateCloseLine();
}

void ConnectionBar::setConnectFailures(int attempts, const QString &why)
{
    m_failedAttempts = attempts;
    m_failureWhy = why;
    updateCloseLine();
}

void ConnectionBar::setNextAttemptIn(qint64 ms)
{
    m_nextAttemptAt =
        ms < 0 ? wspulse::Nanos(-1) : wspulse::SteadyClock::instance()->now() + std::chrono::milliseconds(ms);
    updateCloseLine();
}

void ConnectionBar::updateCloseLine()
{
    const bool failing = m_failedAttempts > 0;
    QString text = m_lastCloseText;
    if (failing) {
        if (m_lastCloseText.isEmpty())
            text = tr("Cannot connect (attempt %1): %2").arg(m_failedAttempts).arg(m_failureWhy);
        else
            text += QStringLiteral(" \u2014 ")
                + (m_failedAttempts == 1 ? tr("then 1 failed attempt: %1").arg(m_failureWhy)
                                         : tr("then %1 failed attempts: %2").arg(m_failedAttempts).arg(m_failureWhy));
    }
    // The countdown to the next attempt, while one is planned.
    const wspulse::Nanos left = m_nextAttemptAt - wspulse::SteadyClock::instance()->now();
    const bool planned =
        m_nextAttemptAt >= wspulse::Nanos::zero() && m_state == State::Reconnecting && left > wspulse::Nanos::zero();
    if (planned) {
        const double seconds = std::chrono::duration<double>(left).count();
        text += QStringLiteral("; ")
            + tr("next in %1 s")
                  .arg(seconds < 10 ? QString::number(seconds, 'f', 1) : QString::number(std::ceil(seconds)));
        if (!m_countdown->isActive())
            m_countdown->start(seconds < 10 ? 100 : 1000);
        m_countdown->setInterval(seconds < 10 ? 100 : 1000);
    } else {
        m_countdown->stop();
    }
    m_lastClose->setText(text);
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
    m_connectedUrl = url.toString(QUrl::RemovePassword); // never shown in clear
    m_connectedFullUrl = embedded ? QUrl() : url;
    m_url->setCurrentText(m_connectedUrl);
    updateUrlMessage();
}

void ConnectionBar::setDisplayName(const QString &name)
{
    m_name->setText(name);
}

void ConnectionBar::setAssignedName(const QString &name)
{
    m_assignedName = name;
    m_name->setPlaceholderText(name.isEmpty() ? tr("Display name") : tr("Display name (now: %1)").arg(name));
}

QString ConnectionBar::displayNamePlaceholder() const
{
    return m_name->placeholderText();
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
    // The alert as a sign on the badge (its words in the tooltip and the
    // accessible name): the badge stays narrow enough for 1024 pixels.
    const QString state = stateText(m_state, m_failingToConnect);
    const QString text = m_alert ? state + QStringLiteral(" \u26a0") : state;
    m_badge->setText(text);
    m_badge->setToolTip(m_alert ? tr("%1; latency alert: slow").arg(state) : state);
    static const char *const icons[] = {"disconnected", "connecting", "open", "closing", "reconnecting"};
    m_stateIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/state-%1.png").arg(QLatin1String(icons[int(m_state)]))).pixmap(16, 16));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; padding: 2px 6px; }")
            .arg(stateColor(m_state).name()));
    m_badge->setAccessibleName(tr("Connection state: %1").arg(m_badge->toolTip()));
    m_connect->setText(m_state == State::Disconnected ? tr("&Connect") : tr("&Disconnect"));
}

void ConnectionBar::retranslateUi()
{
    m_url->setToolTip(tr("ws:// or wss:// URL of the server"));
    m_url->lineEdit()->setPlaceholderText(tr("ws://host:port/path"));
    m_url->setAccessibleName(tr("Server URL"));
    m_embedded->setText(tr("Embedded"));
    m_embedded->setToolTip(tr("Chat through wspulse's own server on this machine"));
    setAssignedName(m_assignedName);
    m_name->setAccessibleName(tr("Display name"));
    fixWidths();
    updateBadge();
    updateUrlMessage();
}

void ConnectionBar::fixWidths()
{
    // The badge and the button as wide as their longest text in this
    // language, so that a state change never changes the bar's width (which
    // resized the window, squeezed the name field and moved the button
    // under the pointer).
    const QFontMetrics fm = m_badge->fontMetrics();
    int badge = 0;
    for (int s = 0; s < int(std::size(kStateNames)); ++s)
        badge = std::max(badge, fm.horizontalAdvance(stateText(State(s), false)));
    badge = std::max(badge, fm.horizontalAdvance(stateText(State::Reconnecting, true)));
    badge += fm.horizontalAdvance(QStringLiteral(" \u26a0"));
    m_badge->setFixedWidth(badge + 2 * (m_badge->margin() + 6) + 4); // margin, stylesheet padding, border
    const QString current = m_connect->text();
    int button = 0;
    for (const QString &text : {tr("&Connect"), tr("&Disconnect")}) {
        m_connect->setText(text);
        button = std::max(button, m_connect->sizeHint().width());
    }
    m_connect->setText(current);
    m_connect->setFixedWidth(button);
    m_name->setFixedWidth(m_name->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 15);
}

void ConnectionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
