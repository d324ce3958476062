// The chat kept in SQLite (--data): a wspulse --serve killed with SIGKILL
// mid-exchange and restarted loses no acknowledged message and relays none
// twice; databases from a newer wspulse, damaged ones and a folder in use
// are refused with a clear error and left as they were.
#include "boundsupervisor.h"
#include "chatclient.h"
#include "chatserver.h"
#include "chatstore.h"
#include "outboxstore.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "intermediary.h"
#include "settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <map>

using namespace wspulse;
using wspulse::testing::freePort;
using State = ConnectionSupervisor::State;

namespace {

struct Client
{
    Settings settings;
    EventLog log{SteadyClock::instance()};
    BoundSupervisor sup{&settings, &log};
    ChatClient chat{&sup, &log};
    std::map<QString, int> relayed; // id -> times received live
    QStringList relayedTexts;       // in the order received
    QList<chat::ChatMessage> history;
    QSet<QString> delivered;

    explicit Client(const QUrl &url)
    {
        for (Param p : {Param::PingInterval, Param::PongTimeout, Param::IdleTimeout, Param::ConnectionTimeout,
                        Param::MessageTimeout, Param::HeartbeatInterval})
            settings.set(p, QStringLiteral("0"), Source::Runtime);
        settings.set(Param::ReconnectDelay, QStringLiteral("0.05"), Source::Runtime);
        settings.set(Param::ReconnectMaxDelay, QStringLiteral("0.1"), Source::Runtime);
        sup.setUrl(url);
        QObject::connect(&chat, &ChatClient::chatReceived, &chat, [this](const chat::ChatMessage &m, bool h) {
            if (h)
                history << m;
            else {
                ++relayed[m.id];
                relayedTexts << m.text;
            }
        });
        QObject::connect(&chat, &ChatClient::deliveryChanged, &chat, [this](const QString &id, ChatClient::Delivery d) {
            if (d == ChatClient::Delivery::Delivered)
                delivered << id;
        });
    }
};

// wspulse --serve on a fixed port and data folder.
struct ServeProcess
{
    QProcess process;
    QByteArray err;

    bool start(const QString &data, quint16 port)
    {
        process.start(QStringLiteral(WSPULSE_BINARY),
                      {QStringLiteral("--serve"), QStringLiteral("--data"), data, QStringLiteral("--port"),
                       QString::number(port), QStringLiteral("--history"), QStringLiteral("5000"),
                       QStringLiteral("--rate-limit"), QStringLiteral("10000"), QStringLiteral("--events"),
                       QStringLiteral("config,error")});
        // Serving once the config line (which names the listening URL) is out.
        return process.waitForStarted(5000)
            && QTest::qWaitFor([this] { return process.state() != QProcess::Running || process.canReadLine(); }, 10000)
            && process.state() == QProcess::Running;
    }
    // Run to its end: the exit code and what it said.
    int runToEnd(const QString &data)
    {
        process.start(
            QStringLiteral(WSPULSE_BINARY),
            {QStringLiteral("--serve"), QStringLiteral("--data"), data, QStringLiteral("--port"), QStringLiteral("0")});
        process.closeWriteChannel();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        err = process.readAllStandardError();
        return process.exitCode();
    }
    ~ServeProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished();
            }
        }
    }
};

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestDurableChat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStoreDropsDuplicatesAndKeepsOrder()
    {
        QTemporaryDir dir;
        QString error;
        {
            std::unique_ptr<ChatStore> store = ChatStore::open(dir.path(), &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->add({QStringLiteral("a"), QStringLiteral("ada"), QStringLiteral("one"), 1, 10}));
            QVERIFY(store->add({QStringLiteral("b"), QStringLiteral("bob"), QStringLiteral("two"), 2, 20}));
            QVERIFY(!store->add({QStringLiteral("a"), QStringLiteral("ada"), QStringLiteral("again"), 3, 30}));
            QCOMPARE(store->commit(), QString());
            // A second server on the same folder is refused while this one lives.
            QString busy;
            QVERIFY(!ChatStore::open(dir.path(), &busy));
            QVERIFY2(busy.contains(QStringLiteral("in use by another wspulse")), qPrintable(busy));
        }
        std::unique_ptr<ChatStore> again = ChatStore::open(dir.path(), &error);
        QVERIFY2(again, qPrintable(error));
        const QList<chat::ChatMessage> kept = again->latest(10);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0].text, QStringLiteral("one"));
        QCOMPARE(kept[1].serverTs, 20);
        QVERIFY(!again->add({QStringLiteral("b"), QStringLiteral("bob"), QStringLiteral("two"), 2, 20}));
        // Retention: by count, oldest first, a batch at a time.
        for (int i = 0; i < 30; ++i)
            QVERIFY(again->add({QStringLiteral("m%1").arg(i), QStringLiteral("x"), QString::number(i), i, i}));
        QCOMPARE(again->commit(), QString());
        HistoryRetention keep;
        keep.messages = 5;
        QCOMPARE(again->prune(keep, 20), 20);
        QCOMPARE(again->prune(keep, 20), 7);
        QCOMPARE(again->count(), qint64(5));
        QCOMPARE(again->latest(1).value(0).id, QStringLiteral("m29"));
        QVERIFY(HistoryRetention::parse(QStringLiteral("30d"), nullptr)->days == 30);
        QVERIFY(!HistoryRetention::parse(QStringLiteral("soon"), &error));
        QVERIFY(error.contains(QStringLiteral("30d")));
    }

    void aServerKilledMidExchangeLosesNothingAndRelaysNothingTwice()
    {
        QTemporaryDir data;
        const quint16 port = freePort();
        auto server = std::make_unique<ServeProcess>();
        QVERIFY(server->start(data.path(), port));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<Client>(url));
            clients.back()->sup.open();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(clients.begin(), clients.end(), [](const auto &c) { return !c->chat.you().isEmpty(); }), 5000);
        const auto deliveredCount = [&clients] {
            qsizetype n = 0;
            for (const auto &c : clients)
                n += c->delivered.size();
            return n;
        };
        // 1,000 messages from three clients, a few every couple of
        // milliseconds, at most 200 ahead of the acknowledgements (so that
        // the kill falls in the middle however slow the machine), and
        // whatever the state of the server: they queue while it is away.
        constexpr int kTotal = 1000;
        int sent = 0;
        bool killed = false;
        QTimer pace;
        pace.setInterval(2);
        QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
            for (int burst = 0; burst < 6 && sent < kTotal && (killed || sent < deliveredCount() + 200);
                 ++burst, ++sent)
                clients[size_t(sent % 3)]->chat.send(QStringLiteral("message %1").arg(sent));
            if (sent == kTotal)
                pace.stop();
        });
        pace.start();
        QTRY_VERIFY_WITH_TIMEOUT(deliveredCount() >= 300, 10000);
        QVERIFY(sent < kTotal); // in the middle of it
        ::kill(pid_t(server->process.processId()), SIGKILL);
        killed = true;
        QVERIFY(server->process.waitForFinished(5000));
        QSet<QString> ackedBeforeKill;
        for (const auto &c : clients)
            ackedBeforeKill += c->delivered;
        // Back on the same folder and port; the clients reconnect and resend
        // whatever was not acknowledged.
        server = std::make_unique<ServeProcess>();
        QVERIFY(server->start(data.path(), port));
        QTRY_COMPARE_WITH_TIMEOUT(deliveredCount(), qsizetype(kTotal), 20000);

        // Every message is in the history once, those acknowledged before
        // the kill among them.
        Client late(url);
        late.sup.open();
        QTRY_COMPARE_WITH_TIMEOUT(late.history.size(), qsizetype(kTotal), 5000);
        QSet<QString> inHistory;
        for (const chat::ChatMessage &m : late.history)
            inHistory << m.id;
        QCOMPARE(inHistory.size(), qsizetype(kTotal));
        for (const QString &id : ackedBeforeKill)
            QVERIFY2(inHistory.contains(id), qPrintable(id));
        // No client saw a message relayed twice, resends after the restart included.
        for (const auto &c : clients)
            for (const auto &[id, times] : c->relayed)
                QVERIFY2(times == 1, qPrintable(QStringLiteral("%1 relayed %2 times").arg(id).arg(times)));
    }

    void aClientKilledWithUnacknowledgedMessagesSendsThemAtItsNextStart()
    {
        // An in-process chat server, and a client in the room that sees
        // every relayed message.
        Settings serverSettings;
        EventLog serverLog(SteadyClock::instance());
        ChatServer server(&serverSettings, &serverLog);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port()));
        Client observer(url);
        observer.sup.open();
        QTRY_VERIFY(!observer.chat.you().isEmpty());

        QTemporaryDir data;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const QStringList args{QStringLiteral("--headless"),
                               QStringLiteral("--url"),
                               url.toString(),
                               QStringLiteral("--link-latency"),
                               QStringLiteral("0"),
                               QStringLiteral("--ping-interval"),
                               QStringLiteral("0"),
                               QStringLiteral("--events"),
                               QStringLiteral("state,restored,delivered,warning,error")};
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(WSPULSE_BINARY), args);
        QVERIFY(first.waitForStarted(5000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += first.readAllStandardOutput();
                return out.contains("\"state\":\"open\"");
            },
            10000));
        // The link freezes (a minute of latency), then 50 messages: each is
        // sent, none can arrive, none is acknowledged.
        first.write("/link latency 60000\n");
        for (int i = 0; i < 50; ++i)
            first.write(QStringLiteral("kept %1\n").arg(i).toUtf8());
        const QString outboxDir = data.filePath(QStringLiteral("wspulse/wspulse/outbox"));
        QString error;
        // Read beside the client, which holds the file's lock.
        const auto keptRows = [&] {
            qsizetype rows = -1;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                db.setDatabaseName(OutboxStore::fileFor(outboxDir, url));
                QSqlQuery q(db);
                if (db.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next())
                    rows = q.value(0).toLongLong();
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            return rows;
        };
        QTRY_COMPARE_WITH_TIMEOUT(keptRows(), qsizetype(50), 10000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(observer.relayed.size(), size_t(0));

        // The next start sends them, in order, and the server relays each once.
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(WSPULSE_BINARY), args);
        const auto stop = qScopeGuard([&second] {
            second.terminate();
            second.waitForFinished(5000);
        });
        QTRY_COMPARE_WITH_TIMEOUT(observer.relayed.size(), size_t(50), 10000);
        for (const auto &[id, times] : observer.relayed)
            QCOMPARE(times, 1);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(observer.relayedTexts.value(i), QStringLiteral("kept %1").arg(i));
        QTRY_COMPARE(keptRows(), qsizetype(0)); // acknowledged: gone from the file
        out = second.readAllStandardOutput();
        QVERIFY2(out.contains("\"event\":\"restored\",\"count\":50") || out.contains("\"count\":50"), out.constData());
        QVERIFY2(!out.contains("outbox"), out.constData()); // the file worked: no warning about it
    }

    void aMessageThatCannotBeStoredIsNeitherAcknowledgedNorLost()
    {
        QTemporaryDir data;
        QString error;
        Settings serverSettings;
        EventLog serverLog(SteadyClock::instance());
        ChatServer server(&serverSettings, &serverLog);
        std::unique_ptr<ChatStore> store = ChatStore::open(data.path(), &error);
        QVERIFY2(store, qPrintable(error));
        server.setStore(std::move(store));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port())));
        QList<int> closeCodes;
        QObject::connect(&client.sup, &ConnectionSupervisor::closed, &client.sup,
                         [&closeCodes](const CloseInfo &info) { closeCodes << info.code; });
        client.sup.open();
        QTRY_VERIFY(!client.chat.you().isEmpty());
        {
            // Another writer holds the database: the server's write waits
            // its busy timeout (2 s), then fails.
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(data.filePath(QStringLiteral("chat.sqlite")));
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const QString id = client.chat.send(QStringLiteral("waits for the disk"));
            // Closed with 1011 so that the client sends it again; never
            // acknowledged, never relayed, while it is not stored.
            QTRY_VERIFY_WITH_TIMEOUT(closeCodes.contains(1011), 10000);
            QVERIFY(!client.delivered.contains(id));
            QCOMPARE(client.relayed.size(), size_t(0));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            lock.finish();
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QTRY_COMPARE_WITH_TIMEOUT(client.delivered.size(), qsizetype(1), 10000);
        QTRY_COMPARE(client.relayedTexts, QStringList{QStringLiteral("waits for the disk")});
        QCOMPARE(server.store()->count(), qint64(1));
    }

    void aDamagedOutboxIsAWarningAndTheClientGoesOn()
    {
        Settings serverSettings;
        EventLog serverLog(SteadyClock::instance());
        ChatServer server(&serverSettings, &serverLog);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port()));
        Client observer(url);
        observer.sup.open();
        QTRY_VERIFY(!observer.chat.you().isEmpty());
        QTemporaryDir data;
        const QString outboxDir = data.filePath(QStringLiteral("wspulse/wspulse/outbox"));
        QVERIFY(QDir().mkpath(outboxDir));
        QFile damaged(OutboxStore::fileFor(outboxDir, url));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(4096, 'z'));
        damaged.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        QProcess client;
        client.setProcessEnvironment(env);
        client.start(QStringLiteral(WSPULSE_BINARY),
                     {QStringLiteral("--headless"), QStringLiteral("--url"), url.toString(), QStringLiteral("--events"),
                      QStringLiteral("warning,error,delivered")});
        const auto stop = qScopeGuard([&client] {
            client.terminate();
            client.waitForFinished(5000);
        });
        client.write("still delivered\n");
        QTRY_COMPARE(observer.relayedTexts, QStringList{QStringLiteral("still delivered")});
        QByteArray out;
        QTRY_VERIFY((out += client.readAllStandardOutput()).contains("\"event\":\"delivered\""));
        QVERIFY2(out.contains("cannot keep unsent messages across runs") && out.contains("not a wspulse database"),
                 out.constData());
        QCOMPARE(client.state(), QProcess::Running);
    }

    void aDatabaseFromANewerWspulseIsRefusedAndLeftAlone()
    {
        QTemporaryDir data;
        QString error;
        {
            std::unique_ptr<ChatStore> store = ChatStore::open(data.path(), &error);
            QVERIFY(store);
            QVERIFY(store->add({QStringLiteral("x"), QStringLiteral("ada"), QStringLiteral("kept"), 1, 1}));
            QCOMPARE(store->commit(), QString());
        }
        const QString file = data.filePath(QStringLiteral("chat.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(ChatStore::kSchemaVersion + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = digest(file);
        ServeProcess server;
        QCOMPARE(server.runToEnd(data.path()), 1);
        QVERIFY2(server.err.contains("newer wspulse"), server.err.constData());
        QCOMPARE(digest(file), before);
    }

    void aDamagedDatabaseIsAClearErrorNeverACrash()
    {
        QTemporaryDir data;
        QString error;
        {
            std::unique_ptr<ChatStore> store = ChatStore::open(data.path(), &error);
            QVERIFY(store);
            for (int i = 0; i < 200; ++i)
                QVERIFY(store->add(
                    {QStringLiteral("id%1").arg(i), QStringLiteral("ada"), QString(500, QLatin1Char('x')), i, i}));
            QCOMPARE(store->commit(), QString());
        }
        const QString file = data.filePath(QStringLiteral("chat.sqlite"));
        QFile f(file);
        QVERIFY(f.size() > 8192);
        QVERIFY(f.resize(f.size() / 2)); // truncated, as by a full disk or a bad copy
        ServeProcess truncated;
        QCOMPARE(truncated.runToEnd(data.path()), 1);
        QVERIFY2(truncated.err.contains("chat.sqlite"), truncated.err.constData());
        // Not a database at all.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(4096, 'z'));
        f.close();
        ServeProcess garbage;
        QCOMPARE(garbage.runToEnd(data.path()), 1);
        QVERIFY2(garbage.err.contains("not a wspulse database"), garbage.err.constData());
    }

    void aFolderInUseIsRefused()
    {
        QTemporaryDir data;
        ServeProcess first;
        QVERIFY(first.start(data.path(), freePort()));
        ServeProcess second;
        QCOMPARE(second.runToEnd(data.path()), 1);
        QVERIFY2(second.err.contains("in use by another wspulse"), second.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDurableChat)
#include "tst_durablechat.moc"
