#pragma once

#include "handshake.h"
#include "linkconditions.h"
#include "parameters.h"
#include "secretkeychain.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace wspulse {

// A connection as people keep it (Postman's saved request): where, how to
// get in, and how to watch it. Secrets live in memory here; the store keeps
// them apart from the rest.
struct SavedConnection
{
    QString name;
    QUrl url;
    HandshakeOptions handshake;
    QStringList subprotocols;
    QList<QPair<Param, QString>> overrides; // parameters for this connection (WS_APP_PROFILE among them)
    bool link = false;                      // through the link simulator
    LinkConditions linkUp;
    LinkConditions linkDown;

    // withSecrets false: token, passwords, cookie and credential headers
    // are left out, and "secrets_excluded" says so.
    QJsonObject toJson(bool withSecrets) const;
    static std::optional<SavedConnection> fromJson(const QJsonObject &o, QString *error);
    QJsonObject secretsJson() const; // only the secrets, to keep apart
    void mergeSecrets(const QJsonObject &secrets);
};

// Saved connections in a folder: connections.json holds everything but the
// secrets. The secrets go to the platform's keychain (SecretKeychain) where
// one answers; otherwise to secrets.json, readable and writable by the user
// only (0600), which secretsWarning() says. Each write replaces its file
// atomically.
class ConnectionStore
{
public:
    explicit ConnectionStore(const QString &directory);
    // The default folder: the application's data location, "connections".
    static QString defaultDirectory();

    QStringList names() const;
    std::optional<SavedConnection> load(const QString &name, QString *error = nullptr) const;
    QString save(const SavedConnection &connection); // returns why not
    QString remove(const QString &name);
    QString rename(const QString &from, const QString &to);
    QString duplicate(const QString &from, const QString &to);

    // A file with these connections; secrets only when asked.
    QByteArray exportJson(const QStringList &names, bool withSecrets, QString *error = nullptr) const;
    // Adds or replaces connections from an export; returns why not (nothing
    // changes then) and, in *imported, the names.
    QString importJson(const QByteArray &data, QStringList *imported = nullptr);

    QString secretsPath() const;
    bool usesKeychain() const;
    QString secretsWarning() const; // empty when the keychain keeps them

private:
    struct Files
    {
        QList<QJsonObject> connections; // without secrets
        QJsonObject secrets;            // name -> secrets
    };
    std::optional<Files> read(QString *error, bool withSecrets = true) const;
    SecretKeychain keychain() const;
    static void put(Files &files, const SavedConnection &connection);
    QString write(const Files &files);

    QString m_dir;
    mutable std::optional<bool> m_keychainAnswers; // asked once per store
    mutable QString m_noKeychain;                  // why not
};

} // namespace wspulse
