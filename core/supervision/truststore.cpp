#include "truststore.h"

#include <QSettings>

namespace wspulse {

namespace {
const QLatin1String kGroup("tls/trusted");
constexpr int kSha256Size = 32;
} // namespace

void TrustStore::trust(const QString &host, const QByteArray &sha256)
{
    Q_ASSERT(sha256.size() == kSha256Size);
    m_trusted[host.toLower()].insert(sha256);
}

bool TrustStore::isTrusted(const QString &host, const QByteArray &sha256) const
{
    const auto it = m_trusted.constFind(host.toLower());
    return it != m_trusted.constEnd() && it->contains(sha256);
}

int TrustStore::size() const
{
    int n = 0;
    for (const QSet<QByteArray> &digests : m_trusted)
        n += int(digests.size());
    return n;
}

void TrustStore::load(QSettings &store)
{
    store.beginGroup(kGroup);
    const QStringList hosts = store.childKeys();
    for (const QString &host : hosts) {
        const QStringList digests = store.value(host).toStringList();
        for (const QString &hex : digests) {
            const QByteArray digest = QByteArray::fromHex(hex.toLatin1());
            if (digest.size() == kSha256Size)
                trust(host, digest);
        }
    }
    store.endGroup();
}

void TrustStore::save(QSettings &store, const QString &host, const QByteArray &sha256)
{
    const QString key = kGroup + QLatin1Char('/') + host.toLower();
    QStringList digests = store.value(key).toStringList();
    const QString hex = QString::fromLatin1(sha256.toHex());
    if (!digests.contains(hex))
        digests << hex;
    store.setValue(key, digests);
}

} // namespace wspulse
