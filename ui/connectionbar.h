#pragma once

#include <QUrl>

#include <optional>
#include <QWidget>

#include "clock.h"
#include "connectionsupervisor.h"

#include <QTimer>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

// URL (with history), embedded-server choice, display name, Connect /
// Disconnect, and the state badge with the reason of the last close.
class ConnectionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    void setState(wspulse::ConnectionSupervisor::State state, bool failingToConnect = false);
    // The state's name for people (translated); the event vocabulary stays English.
    // "retrying" rather than "reconnecting" while attempts keep failing: there
    // was no connection to restore.
    static QString stateText(wspulse::ConnectionSupervisor::State state, bool failingToConnect = false);
    void setLastClose(const QString &text);
    // Attempts that never opened since the last connection (0 clears it):
    // added to the last close, which stays as the root cause of the outage,
    // or said alone when there was no connection yet.
    void setConnectFailures(int attempts, const QString &why);
    // When the next attempt starts (a countdown on the line); negative: none planned.
    void setNextAttemptIn(qint64 ms);
    void setAlert(bool alert);
    void setUrl(const QUrl &url, bool embedded);
    void setDisplayName(const QString &name);
    // The name the server gave us ("guest-1"): shown in the name field while
    // the person has not chosen one.
    void setAssignedName(const QString &name);
    QString displayNamePlaceholder() const;
    QString badgeText() const;
    QString lastCloseText() const;
    // What is said next to the URL field: why a URL was refused, or that
    // the field is not the URL connected to.
    QString urlMessage() const;
    QComboBox *urlField() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }

Q_SIGNALS:
    // An empty URL means the embedded server.
    void connectRequested(const QUrl &url);
    void disconnectRequested();
    void displayNameChanged(const QString &name);
    void displayNameCleared();
    void invalidUrl(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onConnectClicked();
    void onReturnInUrl();
    // The URL typed, checked; an empty optional (and the reason said) if not a ws:// or wss:// URL.
    std::optional<QUrl> typedUrl();
    void updateUrlMessage();
    void fixWidths();
    void updateBadge();
    void retranslateUi();
    void rememberUrl(const QString &url);

    QComboBox *m_url;
    QCheckBox *m_embedded;
    QLineEdit *m_name;
    QPushButton *m_connect;
    QLabel *m_stateIcon;
    QLabel *m_badge;
    QLabel *m_urlMessage;
    QLabel *m_lastClose;
    QString m_connectedUrl;  // what the field showed when the connection was made (no password)
    QUrl m_connectedFullUrl; // the same with its password: used while the field still shows it
    QString m_urlError;
    wspulse::ConnectionSupervisor::State m_state = wspulse::ConnectionSupervisor::State::Disconnected;
    bool m_alert = false;
    bool m_failingToConnect = false;
    QString m_assignedName;
    QString m_lastCloseText;
    QString m_failureWhy;
    int m_failedAttempts = 0;
    wspulse::Nanos m_nextAttemptAt{-1};
    QTimer *m_countdown;
    void updateCloseLine();
};
