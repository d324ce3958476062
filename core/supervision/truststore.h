#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

class QSettings;

namespace wspulse {

// Certificates a person chose to trust despite verification errors, each
// for its own host only (never a blanket ignore), keyed by the SHA-256 of
// the certificate's DER form. Kept in memory; load() and save() keep them
// across runs in QSettings under "tls/trusted/<host>", which the window and
// the headless modes share.
class TrustStore
{
public:
    void trust(const QString &host, const QByteArray &sha256);
    bool isTrusted(const QString &host, const QByteArray &sha256) const;
    int size() const;

    // Adds what `store` holds; entries that are not hex digests are skipped.
    void load(QSettings &store);
    // Writes this one trust decision to `store` as well.
    static void save(QSettings &store, const QString &host, const QByteArray &sha256);

private:
    QHash<QString, QSet<QByteArray>> m_trusted; // lower-case host -> digests
};

} // namespace wspulse
