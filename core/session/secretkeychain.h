#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wspulse {

// The platform's secret store through QtKeychain (the Secret Service of
// GNOME Keyring or KWallet on Linux, the macOS Keychain, the Windows
// Credential Manager): one entry per store of saved connections holding all
// of its secrets as JSON. Each call waits for its answer (a few ms; at most
// kTimeoutMs when a keychain hangs, then it counts as absent).
// WSPULSE_KEYCHAIN=0 keeps secrets out of the keychain (in the 0600 file).
class SecretKeychain
{
public:
    explicit SecretKeychain(const QString &key);

    static bool builtIn(); // compiled with QtKeychain
    static constexpr int kTimeoutMs = 10000;

    // Whether a keychain answers; *why says why not.
    bool available(QString *why = nullptr) const;
    // The secrets kept, empty when none; nullopt when the keychain fails (*error).
    std::optional<QJsonObject> read(QString *error = nullptr) const;
    QString write(const QJsonObject &secrets) const; // returns why not
    QString remove() const;                          // returns why not; none kept is fine

private:
    QString m_key;
};

} // namespace wspulse
