// The Outbox by hand: nothing is lost, nothing is sent twice, order holds.
#include "outbox.h"

#include <QtTest>

using namespace wspulse;

class TestOutbox : public QObject
{
    Q_OBJECT

    static OutMessage text(Outbox &box, const char *t)
    {
        return OutMessage{box.takeId(), false, {}, QString::fromLatin1(t), std::nullopt, 0};
    }
    static QStringList drain(Outbox &box)
    {
        QStringList out;
        while (box.hasQueued())
            out << box.takeNext().text;
        return out;
    }

private Q_SLOTS:
    void idsAreUniqueAndRising()
    {
        Outbox box;
        const quint64 a = box.takeId();
        const quint64 b = box.takeId();
        QVERIFY(a > 0);
        QVERIFY(b > a);
    }

    void writtenByOffsetInOrder_data()
    {
        QTest::addColumn<qint64>("written");
        QTest::addColumn<QList<quint64>>("done");
        QTest::newRow("none yet") << qint64(99) << QList<quint64>{};
        QTest::newRow("the first exactly") << qint64(100) << QList<quint64>{1};
        QTest::newRow("between") << qint64(250) << QList<quint64>{1};
        QTest::newRow("all") << qint64(300) << QList<quint64>{1, 2};
    }
    void writtenByOffsetInOrder()
    {
        QFETCH(qint64, written);
        QFETCH(QList<quint64>, done);
        Outbox box;
        OutMessage a = text(box, "a");
        a.endOffset = 100;
        OutMessage b = text(box, "b");
        b.endOffset = 300;
        box.handedOver(a);
        box.handedOver(b);
        QList<quint64> got;
        while (const auto id = box.takeWritten(written))
            got << *id;
        QCOMPARE(got, done);
        QCOMPARE(box.unwrittenCount(), 2 - int(done.size()));
    }

    void unwrittenGoBackToTheFrontInOrder()
    {
        Outbox box;
        OutMessage a = text(box, "a");
        a.endOffset = 100;
        OutMessage b = text(box, "b");
        b.endOffset = 200;
        OutMessage c = text(box, "c");
        c.endOffset = 300;
        box.handedOver(a);
        box.handedOver(b);
        box.handedOver(c);
        box.enqueue(text(box, "d")); // typed while the connection went down
        QCOMPARE(box.takeWritten(150), std::optional<quint64>(1));
        QCOMPARE(box.takeWritten(150), std::nullopt);
        box.requeueUnwritten(true);
        QCOMPARE(box.unwrittenCount(), 3);
        QCOMPARE(drain(box), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    }

    void aLayerWithItsOwnOutboxResendsItself()
    {
        Outbox box;
        OutMessage a = text(box, "a");
        a.endOffset = 100;
        box.handedOver(a);
        box.enqueue(text(box, "queued"));
        box.requeueUnwritten(false);
        // The handed-over one is the layer's to resend; the queued one never left.
        QCOMPARE(drain(box), QStringList{QStringLiteral("queued")});
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
