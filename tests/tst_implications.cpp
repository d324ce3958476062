// What the settings imply, from core (the window and the JSON-line modes
// say the same).
#include "settings.h"
#include "settingsimplications.h"

#include <QtTest>

using namespace wspulse;

class TestImplications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void implications_data()
    {
        QTest::addColumn<QByteArray>("ping");
        QTest::addColumn<QByteArray>("pong");
        QTest::addColumn<QByteArray>("idle");
        QTest::addColumn<double>("deadPeer"); // -1: never detected
        QTest::addColumn<int>("quiet");
        QTest::addColumn<QStringList>("cutters");
        QTest::addColumn<bool>("qtFirst");
        QTest::newRow("defaults") << QByteArray("25") << QByteArray("60") << QByteArray("60") << 85.0
                                  << int(SettingsImplications::Quiet::KeptOpenByPings) << QStringList{} << true;
        QTest::newRow("pings off") << QByteArray("0") << QByteArray("60") << QByteArray("0") << -1.0
                                   << int(SettingsImplications::Quiet::NeverClosed)
                                   << QStringList{QStringLiteral("nginx proxy_read_timeout"), QStringLiteral("AWS ALB"),
                                                  QStringLiteral("Cloudflare")}
                                   << true;
        QTest::newRow("pings every 90 s")
            << QByteArray("90") << QByteArray("5") << QByteArray("30") << 95.0
            << int(SettingsImplications::Quiet::ClosesWhenIdle)
            << QStringList{QStringLiteral("nginx proxy_read_timeout"), QStringLiteral("AWS ALB")} << true;
        QTest::newRow("pings every 60 s: at the limit, not over it")
            << QByteArray("60") << QByteArray("2") << QByteArray("0") << 62.0
            << int(SettingsImplications::Quiet::NeverClosed) << QStringList{} << false;
    }
    void implications()
    {
        QFETCH(QByteArray, ping);
        QFETCH(QByteArray, pong);
        QFETCH(QByteArray, idle);
        QFETCH(double, deadPeer);
        QFETCH(int, quiet);
        QFETCH(QStringList, cutters);
        QFETCH(bool, qtFirst);
        Settings s;
        QVERIFY(s.set(Param::PingInterval, QString::fromLatin1(ping), Source::Flag).isEmpty());
        QVERIFY(s.set(Param::PongTimeout, QString::fromLatin1(pong), Source::Flag).isEmpty());
        QVERIFY(s.set(Param::IdleTimeout, QString::fromLatin1(idle), Source::Flag).isEmpty());
        const SettingsImplications i = implicationsOf(s);
        QCOMPARE(i.deadPeerSeconds.value_or(-1.0), deadPeer);
        QCOMPARE(int(i.quiet), quiet);
        QStringList names;
        for (const Intermediary &c : i.cutters)
            names << QLatin1String(c.name);
        QCOMPARE(names, cutters);
        QCOMPARE(i.qtReadTimeoutFirst, qtFirst);
        // Every implication is said, and a cut is flagged for action.
        const QList<SettingsImplications::Sentence> lines = i.sentences();
        QCOMPARE(lines.size(), 2 + (cutters.isEmpty() ? 0 : 1) + (qtFirst ? 1 : 0));
        bool flagged = false;
        for (const auto &line : lines)
            flagged |= line.warning;
        QCOMPARE(flagged, !cutters.isEmpty());
    }

    void emphasisWrapsOnlyTheFigure()
    {
        Settings s;
        const QString plain = implicationsOf(s).sentences().first().text;
        const QString rich = implicationsOf(s).sentences(QStringLiteral("<b>%1</b>")).first().text;
        QVERIFY2(plain.contains(QLatin1String("85 s")) && !plain.contains(QLatin1Char('<')), qPrintable(plain));
        QVERIFY2(rich.contains(QLatin1String("<b>85 s</b>")), qPrintable(rich));
    }
};

QTEST_GUILESS_MAIN(TestImplications)
#include "tst_implications.moc"
