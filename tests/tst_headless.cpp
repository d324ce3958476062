// The wspulse binary itself: exit codes, stderr messages, the JSON-line
// stream, stdin, signals and the README's generated parameter table.
#include "parameters.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QtTest>

#include <csignal>

class TestHeadless : public QObject
{
    Q_OBJECT

    // The runs' data (outboxes, saved connections) in a folder of this run's,
    // so that nothing one run leaves behind reaches the next.
    static QProcessEnvironment isolated()
    {
        static QTemporaryDir data;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        env.insert(QStringLiteral("WSPULSE_KEYCHAIN"), QStringLiteral("0")); // never a developer's keychain
        return env;
    }

    static QProcess *start(const QStringList &args, const QProcessEnvironment &env = isolated())
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(WSPULSE_BINARY), args);
        return p;
    }

    static QList<QJsonObject> parseLines(const QByteArray &out)
    {
        QList<QJsonObject> events;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                qWarning("not a JSON object: %s", line.constData());
                return {};
            }
            events.append(doc.object());
        }
        return events;
    }

    static QList<QJsonObject> named(const QList<QJsonObject> &events, const char *name)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : events) {
            if (e.value(QStringLiteral("event")).toString() == QLatin1String(name))
                out.append(e);
        }
        return out;
    }

    // Reads stdout as it comes until `predicate` holds for the events so far.
    static bool waitForEvents(QProcess *p, QByteArray *out,
                              const std::function<bool(const QList<QJsonObject> &)> &predicate, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                out->append(p->readAllStandardOutput());
                return predicate(parseLines(*out));
            },
            timeoutMs);
    }

private Q_SLOTS:
    void aSavedConnectionIsUsedByName()
    {
        QTemporaryDir data;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        env.insert(QStringLiteral("WSPULSE_BEARER"), QStringLiteral("ENV-TOKEN-42"));
        env.insert(QStringLiteral("WSPULSE_KEYCHAIN"), QStringLiteral("0")); // the 0600 file
        // Saved from a command line: the token from the environment, not the command line.
        std::unique_ptr<QProcess> save(
            start({QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:9/x"), QStringLiteral("--header"),
                   QStringLiteral("X-Team: blue"), QStringLiteral("--ping-interval"), QStringLiteral("0.2"),
                   QStringLiteral("--save-connection"), QStringLiteral("prod")},
                  env));
        QVERIFY(save->waitForFinished(10000));
        QCOMPARE(save->exitCode(), 0);
        QVERIFY(save->readAllStandardError().contains("readable only by you"));
        std::unique_ptr<QProcess> list(start({QStringLiteral("--list-connections")}, env));
        QVERIFY(list->waitForFinished(10000));
        QCOMPARE(list->readAllStandardOutput(), QByteArray("prod\n"));
        // Used by name; the config event names it and masks the token.
        env.remove(QStringLiteral("WSPULSE_BEARER"));
        std::unique_ptr<QProcess> run(
            start({QStringLiteral("--headless"), QStringLiteral("--connection"), QStringLiteral("prod"),
                   QStringLiteral("--duration"), QStringLiteral("0.3")},
                  env));
        run->closeWriteChannel();
        QVERIFY(run->waitForFinished(15000));
        const QByteArray out = run->readAllStandardOutput();
        QVERIFY(!out.contains("ENV-TOKEN-42"));
        const QJsonObject config = named(parseLines(out), "config").value(0);
        QCOMPARE(config.value(QStringLiteral("connection")).toString(), QStringLiteral("prod"));
        QCOMPARE(config.value(QStringLiteral("url")).toString(), QStringLiteral("ws://127.0.0.1:9/x"));
        QCOMPARE(config.value(QStringLiteral("handshake")).toObject().value(QStringLiteral("auth")).toString(),
                 QStringLiteral("bearer ***"));
        QCOMPARE(config.value(QStringLiteral("values")).toObject().value(QStringLiteral("WS_PING_INTERVAL")).toDouble(),
                 0.2);
        // Exported without the secret; an unknown name is an error that lists the saved ones.
        const QString file = data.filePath(QStringLiteral("export.json"));
        std::unique_ptr<QProcess> exp(start({QStringLiteral("--export-connections"), file}, env));
        QVERIFY(exp->waitForFinished(10000));
        QCOMPARE(exp->exitCode(), 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QVERIFY(text.contains("X-Team") && !text.contains("ENV-TOKEN-42"));
        std::unique_ptr<QProcess> wrong(
            start({QStringLiteral("--headless"), QStringLiteral("--connection"), QStringLiteral("nope")}, env));
        QVERIFY(wrong->waitForFinished(10000));
        QCOMPARE(wrong->exitCode(), 2);
        QVERIFY(wrong->readAllStandardError().contains("saved: prod"));
    }

    void savedSecretsGoToTheKeychainWhereOneAnswers()
    {
        // A private session bus (no activation: nothing starts but what the
        // test starts) and a real GNOME Keyring on it, unlocked.
        QTemporaryDir home;
        QFile config(home.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                     "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                     "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>");
        config.close();
        QProcess bus;
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                   QStringLiteral("--config-file=") + config.fileName()});
        const auto stopBus = qScopeGuard([&bus] {
            bus.terminate();
            bus.waitForFinished(5000);
        });
        QVERIFY2(bus.waitForStarted(5000), "dbus-daemon (Debian dbus-daemon) is needed");
        QTRY_VERIFY(bus.canReadLine());
        const QString address = QString::fromUtf8(bus.readLine().trimmed());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        env.remove(QStringLiteral("WSPULSE_KEYCHAIN"));
        // Our bus and its keyring only: no desktop that would choose KWallet.
        for (const char *desktop : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "DISPLAY"})
            env.remove(QLatin1String(desktop));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("share/keyrings"))));
        QProcess keyring;
        keyring.setProcessEnvironment(env);
        keyring.start(
            QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        const auto stopKeyring = qScopeGuard([&keyring] {
            keyring.terminate();
            keyring.waitForFinished(5000);
        });
        QVERIFY2(keyring.waitForStarted(5000), "gnome-keyring-daemon (Debian gnome-keyring) is needed");
        keyring.write("keyring-password");
        keyring.closeWriteChannel();
        // Ready once it owns the Secret Service's name on our bus.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&env] {
                QProcess ask;
                ask.setProcessEnvironment(env);
                ask.start(QStringLiteral("dbus-send"),
                          {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                           QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                           QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                           QStringLiteral("string:org.freedesktop.secrets")});
                return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
            }(),
            10000);

        QTemporaryDir data;
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        env.insert(QStringLiteral("WSPULSE_BEARER"), QStringLiteral("KC-TOKEN-7"));
        std::unique_ptr<QProcess> save(start({QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:9/x"),
                                              QStringLiteral("--save-connection"), QStringLiteral("kc")},
                                             env));
        QVERIFY(save->waitForFinished(15000));
        QCOMPARE(save->exitCode(), 0);
        const QByteArray said = save->readAllStandardError();
        QVERIFY2(!said.contains("readable only by you"), said.constData()); // no warning: the keychain has it
        // Nowhere on disk, not even the 0600 file.
        QDirIterator files(data.path(), QDir::Files, QDirIterator::Subdirectories);
        int seen = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("KC-TOKEN-7"), qPrintable(f.fileName()));
            QVERIFY(!f.fileName().endsWith(QLatin1String("secrets.json")));
            ++seen;
        }
        QCOMPARE(seen, 1); // connections.json
        // Another process reads it back from the keychain.
        env.remove(QStringLiteral("WSPULSE_BEARER"));
        const QString file = data.filePath(QStringLiteral("with-secrets.json"));
        std::unique_ptr<QProcess> exp(
            start({QStringLiteral("--export-connections"), file, QStringLiteral("--with-secrets")}, env));
        QVERIFY(exp->waitForFinished(15000));
        QCOMPARE(exp->exitCode(), 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("KC-TOKEN-7"));
        // Switched off, the keychain is not asked: the file, with the warning.
        env.insert(QStringLiteral("WSPULSE_KEYCHAIN"), QStringLiteral("0"));
        env.insert(QStringLiteral("WSPULSE_BEARER"), QStringLiteral("FILE-TOKEN-8"));
        std::unique_ptr<QProcess> off(start({QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:9/y"),
                                             QStringLiteral("--save-connection"), QStringLiteral("off")},
                                            env));
        QVERIFY(off->waitForFinished(15000));
        QVERIFY(off->readAllStandardError().contains("WSPULSE_KEYCHAIN=0"));
    }

    void aProfileCarriesConnectionOptions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.ini"));
        QFile profile(path);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write("[connection]\nheaders=\"X-Team: blue\", \"X-Env: staging\"\norigin=https://app.example\n"
                      "proxy=none\n");
        profile.close();
        std::unique_ptr<QProcess> run(
            start({QStringLiteral("--headless"), QStringLiteral("--profile"), path, QStringLiteral("--header"),
                   QStringLiteral("X-Extra: 1"), QStringLiteral("--duration"), QStringLiteral("0.3")}));
        run->closeWriteChannel();
        QVERIFY(run->waitForFinished(15000));
        QCOMPARE(run->exitCode(), 0);
        const QJsonObject handshake = named(parseLines(run->readAllStandardOutput()), "config")
                                          .value(0)
                                          .value(QStringLiteral("handshake"))
                                          .toObject();
        QCOMPARE(handshake.value(QStringLiteral("headers")).toArray(),
                 (QJsonArray{QStringLiteral("X-Team: blue"), QStringLiteral("X-Env: staging"),
                             QStringLiteral("X-Extra: 1")}));
        QCOMPARE(handshake.value(QStringLiteral("origin")).toString(), QStringLiteral("https://app.example"));
        // A secret in a (shared) profile is refused, with where to put it instead.
        QVERIFY(profile.open(QIODevice::Append));
        profile.write("bearer=abc\n");
        profile.close();
        std::unique_ptr<QProcess> bad(start({QStringLiteral("--headless"), QStringLiteral("--profile"), path}));
        QVERIFY(bad->waitForFinished(10000));
        QCOMPARE(bad->exitCode(), 2);
        QVERIFY(bad->readAllStandardError().contains("secrets go in the environment"));
    }

    void badEnvironmentExitsTwo_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addRow("text") << QStringLiteral("WS_PING_INTERVAL") << QStringLiteral("abc");
        QTest::addRow("negative") << QStringLiteral("WS_IDLE_TIMEOUT") << QStringLiteral("-1");
        QTest::addRow("nan") << QStringLiteral("WS_PONG_TIMEOUT") << QStringLiteral("NaN");
        QTest::addRow("inf") << QStringLiteral("WS_CONNECTION_TIMEOUT") << QStringLiteral("inf");
        QTest::addRow("huge") << QStringLiteral("WS_MESSAGE_TIMEOUT") << QStringLiteral("1e20");
        QTest::addRow("empty") << QStringLiteral("WS_HEARTBEAT_INTERVAL") << QString();
        QTest::addRow("bytes") << QStringLiteral("WS_MAX_MESSAGE_SIZE") << QStringLiteral("12.5");
    }
    void badEnvironmentExitsTwo()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(variable, value);
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("5")}, env));
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(variable), qPrintable(err));
        if (!value.isEmpty())
            QVERIFY2(err.contains(value), qPrintable(err));
        QVERIFY2(p->readAllStandardOutput().isEmpty(), "nothing may run on a bad configuration");
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("flag text") << QStringList{QStringLiteral("--ping-interval"), QStringLiteral("soon")}
                                   << QStringLiteral("--ping-interval");
        QTest::addRow("flag negative") << QStringList{QStringLiteral("--pong-timeout=-4")}
                                       << QStringLiteral("--pong-timeout");
        QTest::addRow("preset") << QStringList{QStringLiteral("--preset"), QStringLiteral("turbo")}
                                << QStringLiteral("turbo");
        QTest::addRow("http url") << QStringList{QStringLiteral("--url"), QStringLiteral("http://example.com/")}
                                  << QStringLiteral("ws://");
        QTest::addRow("no host") << QStringList{QStringLiteral("--url"), QStringLiteral("ws://")}
                                 << QStringLiteral("--url");
        QTest::addRow("garbage url") << QStringList{QStringLiteral("--url"), QStringLiteral("ws://exa mple.com:99999")}
                                     << QStringLiteral("--url");
        QTest::addRow("duration") << QStringList{QStringLiteral("--duration"), QStringLiteral("-1")}
                                  << QStringLiteral("--duration");
        QTest::addRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::addRow("profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("/nonexistent.ini")}
                                 << QStringLiteral("nonexistent");
        QTest::addRow("link latency") << QStringList{QStringLiteral("--link-latency"), QStringLiteral("fast")}
                                      << QStringLiteral("--link-latency");
        QTest::addRow("link pair") << QStringList{QStringLiteral("--link-bandwidth"), QStringLiteral("1,2,3")}
                                   << QStringLiteral("--link-bandwidth");
        QTest::addRow("link preset") << QStringList{QStringLiteral("--link-preset"), QStringLiteral("5g")}
                                     << QStringLiteral("5g");
        QTest::addRow("connections") << QStringList{QStringLiteral("--connections"), QStringLiteral("0")}
                                     << QStringLiteral("--connections");
        QTest::addRow("ramp") << QStringList{QStringLiteral("--connections"), QStringLiteral("5"),
                                             QStringLiteral("--ramp"), QStringLiteral("-3")}
                              << QStringLiteral("--ramp");
        QTest::addRow("events unknown") << QStringList{QStringLiteral("--events"), QStringLiteral("pong,boom")}
                                        << QStringLiteral("boom");
        QTest::addRow("events mixed") << QStringList{QStringLiteral("--events"), QStringLiteral("-ping,pong")}
                                      << QStringLiteral("--events");
        QTest::addRow("subprotocol") << QStringList{QStringLiteral("--subprotocol"), QStringLiteral("a b")}
                                     << QStringLiteral("is not a valid subprotocol name");
        QTest::addRow("reply id field") << QStringList{QStringLiteral("--reply-id-field"), QStringLiteral(" ")}
                                        << QStringLiteral("--reply-id-field: the field name is empty");
        QTest::addRow("pong match") << QStringList{QStringLiteral("--app-pong-match"), QStringLiteral("(")}
                                    << QStringLiteral("--app-pong-match: ");
        QTest::addRow("ping text alone") << QStringList{QStringLiteral("--app-ping-text"), QStringLiteral("hb")}
                                         << QStringLiteral("needs --app-pong-match");
        QTest::addRow("send every") << QStringList{QStringLiteral("--send-every"), QStringLiteral("soon hello")}
                                    << QStringLiteral("--send-every: say SECONDS TEXT (\"soon\" is not a number)");
        QTest::addRow("send every nothing") << QStringList{QStringLiteral("--send-every"), QStringLiteral("5")}
                                            << QStringLiteral("--send-every: say SECONDS TEXT");
        QTest::addRow("metrics port") << QStringList{QStringLiteral("--metrics"), QStringLiteral("99999")}
                                      << QStringLiteral("--metrics: \"99999\" is not [ADDRESS:]PORT");
        QTest::addRow("metrics address") << QStringList{QStringLiteral("--metrics"), QStringLiteral("example.com:9464")}
                                         << QStringLiteral("--metrics: \"example.com\" is not an IP address");
        QTest::addRow("target form") << QStringList{QStringLiteral("--target"), QStringLiteral("ws://h/")}
                                     << QStringLiteral("--target: say NAME=URL");
        QTest::addRow("target name") << QStringList{QStringLiteral("--target"), QStringLiteral("a b=ws://h/")}
                                     << QStringLiteral("is not a target name");
        QTest::addRow("target twice") << QStringList{QStringLiteral("--target"), QStringLiteral("a=ws://h/"),
                                                     QStringLiteral("--target"), QStringLiteral("a=ws://g/")}
                                      << QStringLiteral("the name \"a\" is used twice");
        QTest::addRow("target url") << QStringList{QStringLiteral("--target"), QStringLiteral("a=http://h/")}
                                    << QStringLiteral("must start with ws://");
        QTest::addRow("target and url") << QStringList{QStringLiteral("--target"), QStringLiteral("a=ws://h/"),
                                                       QStringLiteral("--url"), QStringLiteral("ws://g/")}
                                        << QStringLiteral("use either --url or --target");
        QTest::addRow("answer rule") << QStringList{QStringLiteral("--app-answer"), QStringLiteral("no arrow")}
                                     << QStringLiteral("--app-answer: ");
    }
    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        std::unique_ptr<QProcess> p(start(QStringList{QStringLiteral("--headless")} + args));
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void shortRunPrintsConfigStatePingPong()
    {
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("1.5"),
                   QStringLiteral("--ping-interval"), QStringLiteral("0.1")}));
        p->closeWriteChannel(); // EOF on stdin must not end a run that has --duration
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> events = parseLines(p->readAllStandardOutput());
        QVERIFY(!events.isEmpty());
        for (const QJsonObject &e : events) {
            QVERIFY(e.value(QStringLiteral("t_ms")).isDouble());
            QVERIFY(e.value(QStringLiteral("ts")).toString().endsWith(QLatin1Char('Z')));
            QVERIFY(!e.value(QStringLiteral("event")).toString().isEmpty());
        }
        const QJsonObject config = events.first();
        QCOMPARE(config.value(QStringLiteral("event")).toString(), QStringLiteral("config"));
        const QJsonObject values = config.value(QStringLiteral("values")).toObject();
        const QJsonObject sources = config.value(QStringLiteral("sources")).toObject();
        QCOMPARE(values.value(QStringLiteral("WS_PING_INTERVAL")).toDouble(), 0.1);
        QCOMPARE(sources.value(QStringLiteral("WS_PING_INTERVAL")).toString(), QStringLiteral("flag"));
        QCOMPARE(sources.value(QStringLiteral("WS_IDLE_TIMEOUT")).toString(), QStringLiteral("default"));
        QCOMPARE(values.size(), wspulse::ParamCount);

        QStringList states;
        for (const QJsonObject &e : named(events, "state"))
            states << e.value(QStringLiteral("state")).toString();
        QCOMPARE(states.mid(0, 2), (QStringList{QStringLiteral("connecting"), QStringLiteral("open")}));
        QCOMPARE(states.last(), QStringLiteral("disconnected"));
        const QList<QJsonObject> pings = named(events, "ping");
        const QList<QJsonObject> pongs = named(events, "pong");
        QVERIFY2(pings.size() >= 8, qPrintable(QString::number(pings.size())));
        QVERIFY(pongs.size() >= 8);
        for (const QJsonObject &pong : pongs) {
            QVERIFY(pong.value(QStringLiteral("rtt_us")).isDouble());
            QVERIFY(pong.value(QStringLiteral("rtt_us")).toDouble() >= 0);
        }
        QCOMPARE(named(events, "closed").last().value(QStringLiteral("by")).toString(), QStringLiteral("local"));
    }

    void eventsFilterLeavesPingAndPongOut()
    {
        // A server holding thousands of connections prints two lines per
        // ping; --events keeps the output (and its cost) to what matters.
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("0.8"),
                   QStringLiteral("--ping-interval"), QStringLiteral("0.1"), QStringLiteral("--events=-ping,-pong")}));
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> events = parseLines(p->readAllStandardOutput());
        QVERIFY(named(events, "ping").isEmpty());
        QVERIFY(named(events, "pong").isEmpty());
        QCOMPARE(named(events, "config").size(), 1);
        QVERIFY(named(events, "state").size() >= 2);

        std::unique_ptr<QProcess> only(
            start({QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("0.5"),
                   QStringLiteral("--ping-interval"), QStringLiteral("0.1"), QStringLiteral("--events"),
                   QStringLiteral("pong")}));
        QVERIFY(only->waitForFinished(15000));
        const QList<QJsonObject> pongs = parseLines(only->readAllStandardOutput());
        QVERIFY(pongs.size() >= 2);
        for (const QJsonObject &e : pongs)
            QCOMPARE(e.value(QStringLiteral("event")).toString(), QStringLiteral("pong"));
    }

    void linkLatencyFlagDelaysEveryPong()
    {
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("1.2"),
                   QStringLiteral("--ping-interval"), QStringLiteral("0.1"), QStringLiteral("--link-latency"),
                   QStringLiteral("40,20")}));
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> events = parseLines(p->readAllStandardOutput());
        QCOMPARE(events.first().value(QStringLiteral("link_simulator")).toBool(), true);
        const QList<QJsonObject> pongs = named(events, "pong");
        QVERIFY(pongs.size() >= 3);
        for (const QJsonObject &pong : pongs)
            QVERIFY2(pong.value(QStringLiteral("rtt_us")).toDouble() >= 59000,
                     qPrintable(QString::number(pong.value(QStringLiteral("rtt_us")).toDouble())));
        QStringList names;
        for (const QJsonObject &s : named(events, "setting"))
            names << s.value(QStringLiteral("name")).toString();
        QVERIFY(names.contains(QStringLiteral("link.latency_ms_up")));
        QVERIFY(names.contains(QStringLiteral("link.latency_ms_down")));
    }

    void soakModeSendsTheHandshakeOptionsToo()
    {
        // The embedded server lets in only this Origin: every soak connection must send it.
        const QStringList common = {QStringLiteral("--headless"),
                                    QStringLiteral("--connections"),
                                    QStringLiteral("5"),
                                    QStringLiteral("--allow-origin"),
                                    QStringLiteral("https://app.example"),
                                    QStringLiteral("--duration"),
                                    QStringLiteral("1.2")};
        std::unique_ptr<QProcess> with(
            start(common + QStringList{QStringLiteral("--origin"), QStringLiteral("https://app.example")}));
        QVERIFY(with->waitForFinished(20000));
        QCOMPARE(with->exitCode(), 0);
        const QList<QJsonObject> summaries = named(parseLines(with->readAllStandardOutput()), "summary");
        QVERIFY(!summaries.isEmpty());
        QCOMPARE(summaries.last().value(QStringLiteral("open")).toInt(), 5);
        std::unique_ptr<QProcess> without(start(common));
        QVERIFY(without->waitForFinished(20000));
        const QList<QJsonObject> refused = named(parseLines(without->readAllStandardOutput()), "summary");
        QVERIFY(!refused.isEmpty());
        QCOMPARE(refused.last().value(QStringLiteral("open")).toInt(), 0);
    }

    void soakModeSummarisesManyConnections()
    {
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--connections"), QStringLiteral("40"),
                   QStringLiteral("--ramp"), QStringLiteral("200"), QStringLiteral("--ping-interval"),
                   QStringLiteral("0.1"), QStringLiteral("--duration"), QStringLiteral("2.5")}));
        QVERIFY(p->waitForFinished(20000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> events = parseLines(p->readAllStandardOutput());
        QCOMPARE(events.first().value(QStringLiteral("connections")).toInt(), 40);
        QVERIFY2(named(events, "state").isEmpty(), "soak mode prints summaries, not per-connection events");
        const QList<QJsonObject> summaries = named(events, "summary");
        QVERIFY(summaries.size() >= 3); // about one a second, and the final one
        QVERIFY(summaries.last().value(QStringLiteral("final")).toBool());
        bool allOpen = false;
        for (const QJsonObject &s : summaries) {
            allOpen |= s.value(QStringLiteral("open")).toInt() == 40;
            for (const char *key : {"connecting", "reconnecting", "timeouts", "rtt_p50_us", "rtt_p95_us", "rtt_max_us",
                                    "messages_in", "messages_out"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
        }
        QVERIFY(allOpen);
        // The ramp (200/s) opens the 40th connection 195 ms after the first.
        const int allOpenMs = summaries.last().value(QStringLiteral("all_open_ms")).toInt(-1);
        QVERIFY2(allOpenMs >= 195 && allOpenMs < 2500, qPrintable(QString::number(allOpenMs)));
        const QJsonObject second = summaries.at(1);
        QVERIFY2(second.value(QStringLiteral("samples")).toInt() >= 200, "40 connections pinging 10 times a second");
        QVERIFY(second.value(QStringLiteral("rtt_p50_us")).toDouble() > 0);
        QCOMPARE(summaries.last().value(QStringLiteral("timeouts")).toObject().value(QStringLiteral("pong")).toInt(),
                 0);
    }

    void soakModeChatsWithSendEvery()
    {
        // A load test that chats: every connection sends to the embedded
        // chat server, and the summary has send-to-ack (delivery) times.
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--connections"), QStringLiteral("5"),
                   QStringLiteral("--send-every"), QStringLiteral("0.1 load that chats"), QStringLiteral("--duration"),
                   QStringLiteral("1.5")}));
        QVERIFY(p->waitForFinished(20000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> events = parseLines(p->readAllStandardOutput());
        const QJsonObject config = named(events, "config").value(0);
        QCOMPARE(config.value(QStringLiteral("send_every")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("load that chats"));
        const QJsonObject last = named(events, "summary").last();
        const int sent = last.value(QStringLiteral("sent")).toInt();
        const int delivered = last.value(QStringLiteral("delivered")).toInt();
        QVERIFY2(sent >= 5 * 5, qPrintable(QString::number(sent)));
        // Nearly all acknowledged (those in flight at the end may not be,
        // and on a busy machine an ack can take longer than the interval).
        QVERIFY2(delivered >= sent * 8 / 10 && delivered <= sent,
                 qPrintable(QStringLiteral("%1/%2").arg(delivered).arg(sent)));
        QVERIFY(last.value(QStringLiteral("delivery_p50_us")).toInteger() > 0);
        QVERIFY(last.value(QStringLiteral("delivery_p95_us")).toInteger()
                >= last.value(QStringLiteral("delivery_p50_us")).toInteger());
        // Each message reaches all five (the chat server relays to everyone).
        QVERIFY(last.value(QStringLiteral("messages_in")).toInt() >= 5 * delivered);
    }

    void sendEveryInHeadlessMode()
    {
        // The command-line form of /every, from the start, with stdin at its end already.
        std::unique_ptr<QProcess> p(start({QStringLiteral("--headless"), QStringLiteral("--events=delivered,setting"),
                                           QStringLiteral("--send-every"), QStringLiteral("0.05 tick"),
                                           QStringLiteral("--duration"), QStringLiteral("0.6")}));
        p->closeWriteChannel();
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> events = parseLines(p->readAllStandardOutput());
        QVERIFY2(named(events, "delivered").size() >= 4,
                 qPrintable(QString::number(named(events, "delivered").size())));
        QVERIFY(
            named(events, "setting").value(0).value(QStringLiteral("new")).toString().contains(QLatin1String("tick")));
    }

    void soakModeKeepsAtMost500HandshakesInFlight()
    {
        // A server that accepts TCP and never answers the upgrade: every
        // connection stays in its first attempt. However fast the ramp asks,
        // soak mode must not have more than 500 of them open at once (more
        // would overflow a real server's listen backlog).
        QTcpServer silent;
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
        silent.setListenBacklogSize(1024);
#endif
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--url"),
                   QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort()), QStringLiteral("--connections"),
                   QStringLiteral("600"), QStringLiteral("--ramp"), QStringLiteral("100000"),
                   QStringLiteral("--connect-timeout"), QStringLiteral("30"), QStringLiteral("--duration"),
                   QStringLiteral("1.5")}));
        // The event loop must run meanwhile, so that the silent server accepts.
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 20000);
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> summaries = named(parseLines(p->readAllStandardOutput()), "summary");
        QVERIFY(!summaries.isEmpty());
        for (const QJsonObject &s : summaries) {
            QVERIFY2(s.value(QStringLiteral("connections")).toInt() <= 500,
                     qPrintable(QString::number(s.value(QStringLiteral("connections")).toInt())));
            QVERIFY(s.value(QStringLiteral("connecting")).toInt() <= 500);
        }
        QCOMPARE(summaries.first().value(QStringLiteral("connecting")).toInt(), 500);
        QTRY_COMPARE(held.size(), 500);
        qDeleteAll(held);
    }

    void stdinLinesAreSentAndCommandsApplied()
    {
        std::unique_ptr<QProcess> p(start({QStringLiteral("--headless")}));
        p->write("hello there\n/set WS_IDLE_TIMEOUT 45\n/set WS_IDLE_TIMEOUT banana\n/set WS_NOPE 1\n//slash\n");
        p->closeWriteChannel(); // end of stdin ends the run once everything was sent
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> events = parseLines(p->readAllStandardOutput());
        QStringList in, out;
        for (const QJsonObject &m : named(events, "message"))
            (m.value(QStringLiteral("dir")).toString() == QLatin1String("in") ? in : out)
                << m.value(QStringLiteral("text")).toString();
        QCOMPARE(out, (QStringList{QStringLiteral("hello there"), QStringLiteral("/slash")}));
        const QList<QJsonObject> settings = named(events, "setting");
        QCOMPARE(settings.size(), 1);
        QCOMPARE(settings.first().value(QStringLiteral("name")).toString(), QStringLiteral("WS_IDLE_TIMEOUT"));
        QCOMPARE(settings.first().value(QStringLiteral("old")).toDouble(), 60.0);
        QCOMPARE(settings.first().value(QStringLiteral("new")).toDouble(), 45.0);
        const QList<QJsonObject> errors = named(events, "error");
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).value(QStringLiteral("text")).toString().contains(QLatin1String("banana")));
        QVERIFY(errors.at(1).value(QStringLiteral("text")).toString().contains(QLatin1String("WS_NOPE")));
    }

    // stdin redirected from a regular file or /dev/null, as people do: epoll
    // refuses both descriptors, so this is the dispatcher's case, not the pipe's.
    void stdinFromAFileIsSentAndEndsTheRun()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("input.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray lines;
        for (int i = 0; i < 300; ++i) // more than one read's worth
            lines += "line " + QByteArray::number(i) + " of a file that is longer than four kilobytes\n";
        file.write(lines);
        file.close();
        std::unique_ptr<QProcess> p(new QProcess);
        p->setStandardInputFile(file.fileName());
        p->start(QStringLiteral(WSPULSE_BINARY),
                 {QStringLiteral("--headless"), QStringLiteral("--events=message,error")});
        QVERIFY(p->waitForFinished(20000));
        QCOMPARE(p->exitCode(), 0);
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(!err.contains("cannot watch"), err.constData());
        QStringList out;
        for (const QJsonObject &m : named(parseLines(p->readAllStandardOutput()), "message"))
            if (m.value(QStringLiteral("dir")).toString() == QLatin1String("out"))
                out << m.value(QStringLiteral("text")).toString();
        QCOMPARE(out.size(), 300);
        QCOMPARE(out.last(), QStringLiteral("line 299 of a file that is longer than four kilobytes"));
    }

    void everyRepeatsAMessageUntilStop()
    {
        // Each send is a normal, delivered chat message; /stop ends the
        // repeat, and then the end of input ends the run.
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--events=message,setting,error,delivered")}));
        QVERIFY(p->waitForStarted());
        p->write("/every 0.05 hello  there\n");
        QByteArray out;
        QVERIFY(waitForEvents(p.get(), &out, [](const QList<QJsonObject> &events) {
            int delivered = 0;
            for (const QJsonObject &e : named(events, "delivered"))
                delivered += !e.isEmpty();
            return delivered >= 5;
        }));
        p->write("/stop\n");
        p->closeWriteChannel();
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
        out += p->readAllStandardOutput();
        const QList<QJsonObject> events = parseLines(out);
        int sent = 0;
        for (const QJsonObject &m : named(events, "message"))
            if (m.value(QStringLiteral("dir")).toString() == QLatin1String("out")) {
                QCOMPARE(m.value(QStringLiteral("text")).toString(), QStringLiteral("hello  there"));
                ++sent;
            }
        QVERIFY(sent >= 5);
        QStringList repeat;
        for (const QJsonObject &s : named(events, "setting"))
            if (s.value(QStringLiteral("name")).toString() == QLatin1String("repeat"))
                repeat << s.value(QStringLiteral("new")).toString();
        QCOMPARE(repeat.size(), 2);
        QVERIFY2(repeat.first().contains(QLatin1String("0.05")), qPrintable(repeat.first()));
        QCOMPARE(repeat.last(), QStringLiteral("off"));
        QVERIFY(named(events, "error").isEmpty());
    }

    void aRepeatOutlivesTheEndOfInput()
    {
        // "echo '/every 5 hi' | wspulse --headless": the pipe ends at once,
        // the repeat goes on until a signal.
        std::unique_ptr<QProcess> p(start({QStringLiteral("--headless"), QStringLiteral("--events=message")}));
        QVERIFY(p->waitForStarted());
        p->write("/every 0.05 hi\n");
        p->closeWriteChannel();
        QByteArray out;
        QVERIFY(waitForEvents(p.get(), &out, [](const QList<QJsonObject> &events) {
            int sent = 0;
            for (const QJsonObject &m : named(events, "message"))
                sent += m.value(QStringLiteral("dir")).toString() == QLatin1String("out");
            return sent >= 4;
        }));
        QCOMPARE(p->state(), QProcess::Running);
        p->terminate();
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
    }

    void applicationFlagsAreAcceptedAndUsed()
    {
        // Every application flag on one command line: accepted, and the
        // custom profile's ping goes out (the chat server never answers it,
        // so there is one).
        std::unique_ptr<QProcess> p(start(
            {QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("0.5"),
             QStringLiteral("--subprotocol"), QStringLiteral("x-echo"), QStringLiteral("--reply-id-field"),
             QStringLiteral("rid"), QStringLiteral("--app-profile"), QStringLiteral("custom"),
             QStringLiteral("--app-ping-interval"), QStringLiteral("0.05"), QStringLiteral("--app-ping-text"),
             QStringLiteral("hb {seq}"), QStringLiteral("--app-pong-match"), QStringLiteral("^hb \\d+$"),
             QStringLiteral("--app-answer"), QStringLiteral("^2$=>3"), QStringLiteral("--events=app_ping,error")}));
        p->closeWriteChannel();
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(!named(parseLines(p->readAllStandardOutput()), "app_ping").isEmpty());
    }

    void stdinFromDevNullEndsTheRun()
    {
        std::unique_ptr<QProcess> p(new QProcess);
        p->setStandardInputFile(QProcess::nullDevice());
        p->start(QStringLiteral(WSPULSE_BINARY), {QStringLiteral("--headless")});
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(!p->readAllStandardError().contains("cannot watch"));
    }

    void whatTheSettingsImplyIsSaid()
    {
        // As the window says above its settings: at start, and what is new after a change.
        std::unique_ptr<QProcess> p(start({QStringLiteral("--headless"), QStringLiteral("--ping-interval"),
                                           QStringLiteral("90"), QStringLiteral("--events=warning,setting")}));
        p->write("/set WS_PING_INTERVAL 20\n");
        p->closeWriteChannel();
        QVERIFY(p->waitForFinished(15000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> events = parseLines(p->readAllStandardOutput());
        QStringList before, after;
        bool changed = false;
        for (const QJsonObject &e : events) {
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("setting"))
                changed = true;
            else if (e.value(QStringLiteral("implication")).toBool())
                (changed ? after : before) << e.value(QStringLiteral("text")).toString();
        }
        QVERIFY(changed);
        const auto mentions = [](const QStringList &lines, const char *what) {
            return std::any_of(lines.begin(), lines.end(),
                               [what](const QString &l) { return l.contains(QLatin1String(what)); });
        };
        QVERIFY2(mentions(before, "AWS ALB (60 s)"), qPrintable(before.join(QLatin1Char('|'))));
        QVERIFY2(mentions(before, "up to 150 s"), qPrintable(before.join(QLatin1Char('|'))));
        QVERIFY2(mentions(after, "up to 80 s"), qPrintable(after.join(QLatin1Char('|'))));
        QVERIFY2(!mentions(after, "AWS ALB"), qPrintable(after.join(QLatin1Char('|')))); // 20 s pings keep it open
    }

    void sigtermClosesGracefully()
    {
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("60")}));
        QByteArray out;
        QVERIFY(waitForEvents(p.get(), &out, [](const QList<QJsonObject> &events) {
            for (const QJsonObject &e : events)
                if (e.value(QStringLiteral("state")).toString() == QLatin1String("open"))
                    return true;
            return false;
        }));
        ::kill(pid_t(p->processId()), SIGTERM);
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        out += p->readAllStandardOutput();
        const QList<QJsonObject> closed = named(parseLines(out), "closed");
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().value(QStringLiteral("code")).toInt(), 1000);
        QCOMPARE(closed.first().value(QStringLiteral("by")).toString(), QStringLiteral("local"));
    }

    void unreachableServerReconnectsWithBackoff()
    {
        // A port nobody listens on: connection refused, then growing delays.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        std::unique_ptr<QProcess> p(
            start({QStringLiteral("--headless"), QStringLiteral("--duration"), QStringLiteral("1.2"),
                   QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                   QStringLiteral("--reconnect-delay"), QStringLiteral("0.05")}));
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
        const QList<QJsonObject> reconnects = named(parseLines(p->readAllStandardOutput()), "reconnect");
        QVERIFY2(reconnects.size() >= 3, qPrintable(QString::number(reconnects.size())));
        // Bounded attempts: doubling from 50 ms, not a busy loop.
        QVERIFY(reconnects.size() < 12);
        for (int i = 1; i < reconnects.size(); ++i) {
            QCOMPARE(reconnects.at(i).value(QStringLiteral("attempt")).toInt(), i + 1);
            QVERIFY(reconnects.at(i).value(QStringLiteral("delay_ms")).toInt()
                    > reconnects.at(i - 1).value(QStringLiteral("delay_ms")).toInt());
        }
    }

    void serveModeChatsAndClosesWith1001()
    {
        std::unique_ptr<QProcess> p(start({QStringLiteral("--serve"), QStringLiteral("--data"), QStringLiteral("none"),
                                           QStringLiteral("--port"), QStringLiteral("0")}));
        QByteArray out;
        QString listen;
        QVERIFY(waitForEvents(p.get(), &out, [&listen](const QList<QJsonObject> &events) {
            if (!events.isEmpty())
                listen = events.first().value(QStringLiteral("listen")).toString();
            return !listen.isEmpty();
        }));
        QWebSocket client;
        QStringList frames;
        connect(&client, &QWebSocket::textMessageReceived, this, [&frames](const QString &f) { frames << f; });
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("wspulse.chat.v1")});
        client.open(QNetworkRequest(QUrl(listen)), options);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(client.subprotocol(), QStringLiteral("wspulse.chat.v1"));
        client.sendTextMessage(QStringLiteral(R"({"type":"chat","id":"x1","text":"hi all","sent_at":1})"));
        QTRY_VERIFY(frames.size() >= 4); // hello, presence, the relayed chat, its ack
        QVERIFY(frames.at(0).contains(QLatin1String("\"type\":\"hello\"")));
        QVERIFY(frames.join(QLatin1Char('\n')).contains(QLatin1String("\"text\":\"hi all\"")));
        QVERIFY(frames.join(QLatin1Char('\n')).contains(QLatin1String(R"({"id":"x1","type":"ack"})")));
        ::kill(pid_t(p->processId()), SIGTERM);
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(int(client.closeCode()), 1001);
        QVERIFY(p->waitForFinished(5000));
        QCOMPARE(p->exitCode(), 0);
        out += p->readAllStandardOutput();
        // The server logs the relayed chat, naming the client.
        const QList<QJsonObject> messages = named(parseLines(out), "message");
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().value(QStringLiteral("conn")).toString(), QStringLiteral("c1"));
    }

    void twoHeadlessClientsChatThroughServe()
    {
        std::unique_ptr<QProcess> server(
            start({QStringLiteral("--serve"), QStringLiteral("--data"), QStringLiteral("none"),
                   QStringLiteral("--port"), QStringLiteral("0")}));
        QByteArray serverOut;
        QString listen;
        QVERIFY(waitForEvents(server.get(), &serverOut, [&listen](const QList<QJsonObject> &events) {
            if (!events.isEmpty())
                listen = events.first().value(QStringLiteral("listen")).toString();
            return !listen.isEmpty();
        }));
        std::unique_ptr<QProcess> bob(
            start({QStringLiteral("--headless"), QStringLiteral("--url"), listen, QStringLiteral("--name"),
                   QStringLiteral("bob"), QStringLiteral("--duration"), QStringLiteral("20")}));
        QByteArray bobOut;
        QVERIFY(waitForEvents(bob.get(), &bobOut, [](const QList<QJsonObject> &events) {
            return !named(events, "state").isEmpty()
                && named(events, "state").last().value(QStringLiteral("state")) == QLatin1String("open");
        }));
        std::unique_ptr<QProcess> alice(start({QStringLiteral("--headless"), QStringLiteral("--url"), listen,
                                               QStringLiteral("--name"), QStringLiteral("alice")}));
        alice->write("hello bob\n");
        alice->closeWriteChannel(); // ends once the message is acknowledged
        QVERIFY(alice->waitForFinished(10000));
        QCOMPARE(alice->exitCode(), 0);
        const QList<QJsonObject> aliceEvents = parseLines(alice->readAllStandardOutput());
        QCOMPARE(named(aliceEvents, "delivered").size(), 1);
        QVERIFY(waitForEvents(bob.get(), &bobOut, [](const QList<QJsonObject> &events) {
            for (const QJsonObject &m : named(events, "message"))
                if (m.value(QStringLiteral("text")) == QLatin1String("hello bob")
                    && m.value(QStringLiteral("from")) == QLatin1String("alice"))
                    return true;
            return false;
        }));
        bob->terminate();
        server->terminate();
        QVERIFY(bob->waitForFinished(5000));
        QVERIFY(server->waitForFinished(5000));
    }

    void readmeParameterTableIsGenerated()
    {
        std::unique_ptr<QProcess> p(start({QStringLiteral("--list-parameters")}));
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
        const QByteArray table = p->readAllStandardOutput();
        QFile readme(QStringLiteral(WSPULSE_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray text = readme.readAll();
        const QByteArray begin = "<!-- parameters:begin -->\n";
        const QByteArray end = "<!-- parameters:end -->";
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(end);
        QVERIFY2(from >= 0 && to > from, "README.md lacks the parameter table markers");
        QVERIFY2(text.mid(from + begin.size(), to - from - begin.size()) == table,
                 "README's parameter table is stale: regenerate it with `wspulse --list-parameters`");
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
