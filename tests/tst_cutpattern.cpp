// CutPattern by hand: repeated cuts after the same silence are an
// intermediary's idle timeout; anything else is not.
#include "cutpattern.h"

#include <QtTest>

using namespace wspulse;

class TestCutPattern : public QObject
{
    Q_OBJECT

    static CloseInfo cut(qint64 idleMs, ClosedBy by = ClosedBy::Network, int code = 1006)
    {
        CloseInfo info;
        info.by = by;
        info.code = code;
        info.cause = QStringLiteral("tcp_closed");
        info.ageMs = idleMs + 10;
        info.idleMs = idleMs;
        return info;
    }

private Q_SLOTS:
    void twoCutsAtTheSameSilenceAreAPattern()
    {
        CutPattern p;
        QVERIFY(!p.add(cut(5000)));
        const auto f = p.add(cut(5100)); // within 10 %
        QVERIFY(f);
        QCOMPARE(f->cuts, 2);
        QCOMPARE(f->quietMs, 5050);
        QVERIFY(!p.add(cut(4990))); // said once per period
        const auto other = p.add(cut(8000));
        QVERIFY(!other);           // a different silence, once
        QVERIFY(p.add(cut(8050))); // ... twice: a second period
    }

    void otherEndsAreNotCuts_data()
    {
        QTest::addColumn<CloseInfo>("second");
        CloseInfo ours = cut(5000, ClosedBy::Local);
        QTest::newRow("our own close") << ours;
        CloseInfo goodbye = cut(5000, ClosedBy::Peer, 1000);
        QTest::newRow("the peer's normal goodbye") << goodbye;
        CloseInfo qt = cut(5000, ClosedBy::Local, 1001);
        qt.origin = QStringLiteral("qt");
        QTest::newRow("Qt's own close") << qt;
        CloseInfo timedOut = cut(5000);
        timedOut.timeout = TimeoutKind::Pong;
        QTest::newRow("a timeout of ours") << timedOut;
        QTest::newRow("not quiet") << cut(50);
        QTest::newRow("a different silence") << cut(6000);
    }
    void otherEndsAreNotCuts()
    {
        QFETCH(CloseInfo, second);
        CutPattern p;
        QVERIFY(!p.add(cut(5000)));
        QVERIFY(!p.add(second));
    }
};

QTEST_GUILESS_MAIN(TestCutPattern)
#include "tst_cutpattern.moc"
