// Replays every input the fuzzers were seeded with or found (tests/fuzz/corpus)
// through the same targets, so a fixed crash stays fixed without clang.
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TestFuzzCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &target : {QStringLiteral("chat"), QStringLiteral("settings"), QStringLiteral("event")}) {
            const QDir dir(QStringLiteral(WSPULSE_CORPUS_DIR "/") + target);
            for (const QString &file : dir.entryList(QDir::Files))
                QTest::addRow("%s/%s", qPrintable(target), qPrintable(file)) << target << dir.filePath(file);
        }
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray input = f.readAll();
        const auto *data = reinterpret_cast<const uint8_t *>(input.constData());
        const size_t size = size_t(input.size());
        // The targets abort on a broken invariant: reaching the next line is the pass.
        if (target == QLatin1String("chat"))
            QCOMPARE(fuzzChatProtocol(data, size), 0);
        else if (target == QLatin1String("settings"))
            QCOMPARE(fuzzSettings(data, size), 0);
        else
            QCOMPARE(fuzzEventJson(data, size), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
