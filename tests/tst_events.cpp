#include "eventlog.h"
#include "metrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace wspulse;
using namespace std::chrono_literals;

class TestEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonLineHasFixedKeysFirstAndRoundTrips()
    {
        ManualClock clock;
        clock.set(1234567us);
        EventLog log(&clock);
        const Event &e = log.add(EventType::Pong, {{QStringLiteral("seq"), 3}, {QStringLiteral("rtt_us"), 812}});
        const QByteArray line = e.toJsonLine();
        QVERIFY(line.startsWith("{\"t_ms\":1234,\"ts\":\""));
        QVERIFY(line.endsWith("}\n"));
        QVERIFY(line.contains("\"event\":\"pong\""));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("rtt_us")).toInt(), 812);
        QVERIFY(o.value(QStringLiteral("ts")).toString().endsWith(QLatin1Char('Z')));

        QString error;
        const std::optional<Event> back = Event::fromJson(line, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->type, EventType::Pong);
        QCOMPARE(back->tMs, 1234);
        QCOMPARE(back->fields, e.fields);
        QCOMPARE(back->ts.toMSecsSinceEpoch(), e.ts.toMSecsSinceEpoch());
    }

    // The line is written by hand (it is the hot path of --serve); it must say
    // exactly what QJsonDocument would say about every kind of value.
    void jsonLineFieldsMatchQJsonDocument_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("int") << QJsonValue(42);
        QTest::addRow("negative int64") << QJsonValue(qint64(-9007199254740993LL));
        QTest::addRow("fraction") << QJsonValue(0.1);
        QTest::addRow("integral double") << QJsonValue(2.0);
        QTest::addRow("tiny") << QJsonValue(1.5e-300);
        QTest::addRow("infinite") << QJsonValue(std::numeric_limits<double>::infinity());
        QTest::addRow("true") << QJsonValue(true);
        QTest::addRow("null") << QJsonValue(QJsonValue::Null);
        QTest::addRow("escapes") << QJsonValue(QStringLiteral("a\"b\\c\n\r\t\b\f\x01\x1f/"));
        QTest::addRow("unicode") << QJsonValue(QStringLiteral("gr\u00fc\u00df \u4e16 \U0001F600"));
        QTest::addRow("escapes after unicode") << QJsonValue(QStringLiteral("\u00e9\"\n\x02"));
        QTest::addRow("lone surrogate") << QJsonValue(QStringLiteral("ab") + QChar(0xD800) + QStringLiteral("c"));
        QTest::addRow("lone low surrogate last") << QJsonValue(QStringLiteral("\u00e9") + QChar(0xDC01));
        QTest::addRow("nested") << QJsonValue(
            QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QJsonArray{1, QStringLiteral("x")}}});
    }
    void jsonLineFieldsMatchQJsonDocument()
    {
        QFETCH(QJsonValue, value);
        ManualClock clock;
        EventLog log(&clock);
        const QJsonObject fields{{QStringLiteral("v"), value}, {QStringLiteral("k\u00e9y\n"), value}};
        const QByteArray line = log.add(EventType::Warning, fields).toJsonLine();
        QByteArray expected = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        expected = expected.mid(1); // the fields follow the fixed keys
        QVERIFY2(line.endsWith("\"event\":\"warning\"," + expected + '\n'), line.constData());
    }

    void jsonLineTimestampIsUtcWithMilliseconds()
    {
        ManualClock clock;
        EventLog log(&clock);
        for (const qint64 ms : {qint64(0), qint64(1), qint64(999), qint64(1000), qint64(1764000000007)}) {
            Event e = log.add(EventType::Ping);
            e.ts = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QJsonObject o = QJsonDocument::fromJson(e.toJsonLine()).object();
            QCOMPARE(o.value(QStringLiteral("ts")).toString(), e.ts.toString(Qt::ISODateWithMs));
        }
    }

    void fieldsCannotForgeFixedKeys()
    {
        ManualClock clock;
        EventLog log(&clock);
        const Event &e = log.add(
            EventType::Message,
            {{QStringLiteral("event"), QStringLiteral("closed")}, {QStringLiteral("text"), QStringLiteral("hi")}});
        const QJsonObject o = QJsonDocument::fromJson(e.toJsonLine()).object();
        QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("message"));
    }

    void badJsonRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("garbage") << QByteArray("{nope");
        QTest::addRow("array") << QByteArray("[1,2]");
        QTest::addRow("unknown event") << QByteArray(R"({"t_ms":1,"ts":"2026-01-01T00:00:00.000Z","event":"boom"})");
        QTest::addRow("no t_ms") << QByteArray(R"({"ts":"2026-01-01T00:00:00.000Z","event":"ping"})");
        QTest::addRow("bad ts") << QByteArray(R"({"t_ms":1,"ts":"yesterday","event":"ping"})");
    }
    void badJsonRefused()
    {
        QFETCH(QByteArray, line);
        QString error;
        QVERIFY(!Event::fromJson(line, &error));
        QVERIFY(!error.isEmpty());
    }

    void everyNameRoundTrips()
    {
        for (int i = 0; i < EventTypeCount; ++i)
            QCOMPARE(eventTypeFromName(eventTypeName(EventType(i))), std::optional<EventType>(EventType(i)));
    }

    void eventListsKeepOrLeaveOut()
    {
        QString error;
        const auto keep = parseEventTypeList(QStringLiteral("timeout, closed"), &error);
        QVERIFY2(keep, qPrintable(error));
        QCOMPARE(keep->count(), size_t(2));
        QVERIFY(keep->test(size_t(EventType::Timeout)) && keep->test(size_t(EventType::Closed)));
        const auto drop = parseEventTypeList(QStringLiteral("-ping,-pong"), &error);
        QVERIFY2(drop, qPrintable(error));
        QCOMPARE(drop->count(), size_t(EventTypeCount - 2));
        QVERIFY(!drop->test(size_t(EventType::Ping)) && !drop->test(size_t(EventType::Pong)));
        for (const char *bad : {"", "pong,nope", "-ping,pong", ","}) {
            error.clear();
            QVERIFY2(!parseEventTypeList(QLatin1String(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
    }

    void filteredEventsAreNeitherKeptNorAnnounced()
    {
        ManualClock clock;
        EventLog log(&clock);
        log.setAcceptedTypes(*parseEventTypeList(QStringLiteral("-ping"), nullptr));
        QSignalSpy added(&log, &EventLog::added);
        log.add(EventType::Ping);
        log.add(EventType::Pong);
        QCOMPARE(added.size(), 1);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).type, EventType::Pong);
    }

    void capacityZeroPassesEventsOnWithoutKeeping()
    {
        ManualClock clock;
        EventLog log(&clock);
        log.setCapacity(0);
        QSignalSpy added(&log, &EventLog::added);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(log.add(EventType::Ping, {{QStringLiteral("seq"), i}}).fields.value(QStringLiteral("seq")).toInt(),
                     i);
        QCOMPARE(added.size(), 3);
        QCOMPARE(log.size(), 0);
    }

    void ringIsBounded()
    {
        ManualClock clock;
        EventLog log(&clock);
        log.setCapacity(3);
        QSignalSpy dropped(&log, &EventLog::aboutToDropOldest);
        for (int i = 0; i < 5; ++i)
            log.add(EventType::Ping, {{QStringLiteral("seq"), i}});
        QCOMPARE(log.size(), 3);
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(log.droppedCount(), quint64(2));
        QCOMPARE(log.at(0).fields.value(QStringLiteral("seq")).toInt(), 2);
        QCOMPARE(log.at(2).fields.value(QStringLiteral("seq")).toInt(), 4);
    }

    void rttStatistics()
    {
        RttWindow w(4);
        QCOMPARE(w.summary().count, 0);
        for (qint64 v : {100, 300, 200, 400, 1000}) // 100 falls out of the window
            w.add(v);
        const RttSummary s = w.summary();
        QCOMPARE(s.count, 4);
        QCOMPARE(s.lastUs, 1000);
        QCOMPARE(s.minUs, 200);
        QCOMPARE(s.maxUs, 1000);
        QCOMPARE(s.meanUs, 475.0);
        QCOMPARE(s.p50Us, 300);
        QCOMPARE(s.p95Us, 1000);
        QCOMPARE(s.jitterUs, (100.0 + 200.0 + 600.0) / 3.0);
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
