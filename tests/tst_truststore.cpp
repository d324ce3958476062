// TrustStore: a certificate is trusted for its own host only, and what the
// window saved is what a headless run loads.
#include "truststore.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace wspulse;

class TestTrustStore : public QObject
{
    Q_OBJECT

    static QByteArray digest(const char *seed) { return QCryptographicHash::hash(seed, QCryptographicHash::Sha256); }

private Q_SLOTS:
    void trustedForItsHostOnly()
    {
        TrustStore store;
        store.trust(QStringLiteral("Example.org"), digest("a"));
        // Host names are case-blind, both ways.
        QVERIFY(store.isTrusted(QStringLiteral("example.org"), digest("a")));
        QVERIFY(store.isTrusted(QStringLiteral("EXAMPLE.ORG"), digest("a")));
        QVERIFY(!store.isTrusted(QStringLiteral("example.org"), digest("b")));
        QVERIFY(!store.isTrusted(QStringLiteral("evil.example"), digest("a")));
        QCOMPARE(store.size(), 1);
    }

    void savedThenLoaded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("trust.ini"));
        {
            QSettings file(path, QSettings::IniFormat);
            TrustStore::save(file, QStringLiteral("Host.A"), digest("a"));
            TrustStore::save(file, QStringLiteral("host.a"), digest("a")); // once only
            TrustStore::save(file, QStringLiteral("host.a"), digest("b"));
            TrustStore::save(file, QStringLiteral("host.b"), digest("c"));
            file.setValue(QStringLiteral("tls/trusted/broken"), QStringList{QStringLiteral("not hex at all")});
        }
        QSettings file(path, QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("tls/trusted/host.a")).toStringList().size(), 2);
        TrustStore store;
        store.load(file);
        QCOMPARE(store.size(), 3); // the broken entry is skipped
        QVERIFY(store.isTrusted(QStringLiteral("host.a"), digest("b")));
        QVERIFY(store.isTrusted(QStringLiteral("host.b"), digest("c")));
        QVERIFY(!store.isTrusted(QStringLiteral("host.b"), digest("a")));
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
