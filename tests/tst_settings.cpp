#include "parameters.h"
#include "settings.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QtTest>

#include <cmath>

using namespace wspulse;

Q_DECLARE_METATYPE(wspulse::Param)

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsMatchTheTable()
    {
        Settings s;
        QCOMPARE(s.value(Param::HeartbeatInterval), 30.0);
        QCOMPARE(s.value(Param::ConnectionTimeout), 300.0);
        QCOMPARE(s.value(Param::MessageTimeout), 1.0);
        QCOMPARE(s.value(Param::IdleTimeout), 60.0);
        QCOMPARE(s.value(Param::PingInterval), 25.0);
        QCOMPARE(s.value(Param::PongTimeout), 60.0);
        QCOMPARE(s.value(Param::ConnectTimeout), 10.0);
        QCOMPARE(s.value(Param::ReconnectDelay), 0.5);
        QCOMPARE(s.value(Param::ReconnectMaxDelay), 30.0);
        QCOMPARE(s.value(Param::MaxMessageSize), 16777216.0);
        for (const ParamDef &def : parameterDefs())
            QCOMPARE(s.source(def.id), Source::Default);
        QVERIFY2(s.warnings().isEmpty(), "the defaults must not warn");
    }

    void eachParameterDefinedOnce()
    {
        QSet<QString> envs, flags, keys;
        for (const ParamDef &def : parameterDefs()) {
            QVERIFY(def.name().startsWith(QLatin1String("WS_")));
            envs.insert(def.name());
            flags.insert(def.flagName());
            keys.insert(QLatin1String(def.key));
            QCOMPARE(paramByName(def.name()), std::optional<Param>(def.id));
            QCOMPARE(paramByName(QStringLiteral("--") + def.flagName()), std::optional<Param>(def.id));
            QVERIFY(!def.translatedHelp().isEmpty());
        }
        QCOMPARE(envs.size(), ParamCount);
        QCOMPARE(flags.size(), ParamCount);
        QCOMPARE(keys.size(), ParamCount);
    }

    void precedence()
    {
        Settings s;
        QTemporaryFile profile;
        QVERIFY(profile.open());
        profile.write("ping_interval=11\nidle_timeout=12\npong_timeout=13\n");
        profile.close();

        // Applied out of order on purpose: precedence must not depend on call order.
        QVERIFY(s.set(Param::PingInterval, QStringLiteral("3"), Source::Flag).isEmpty());
        QProcessEnvironment env;
        env.insert(QStringLiteral("WS_PING_INTERVAL"), QStringLiteral("2"));
        env.insert(QStringLiteral("WS_IDLE_TIMEOUT"), QStringLiteral("22"));
        QVERIFY(s.loadEnvironment(env).isEmpty());
        QVERIFY(s.loadProfile(profile.fileName()).isEmpty());
        QVERIFY(s.applyPreset(QStringLiteral("production"), Source::Preset).isEmpty());

        QCOMPARE(s.value(Param::PingInterval), 3.0); // flag beats env, profile, preset
        QCOMPARE(s.source(Param::PingInterval), Source::Flag);
        QCOMPARE(s.value(Param::IdleTimeout), 22.0); // env beats profile and preset
        QCOMPARE(s.source(Param::IdleTimeout), Source::Environment);
        QCOMPARE(s.value(Param::PongTimeout), 13.0); // profile beats preset
        QCOMPARE(s.source(Param::PongTimeout), Source::Profile);
        QCOMPARE(s.value(Param::HeartbeatInterval), 60.0); // preset beats default
        QCOMPARE(s.source(Param::HeartbeatInterval), Source::Preset);
        QCOMPARE(s.value(Param::ConnectTimeout), 10.0);
        QCOMPARE(s.source(Param::ConnectTimeout), Source::Default);

        // A run-time change beats everything.
        QSignalSpy changed(&s, &Settings::changed);
        QVERIFY(s.set(Param::PingInterval, QStringLiteral("4"), Source::Runtime).isEmpty());
        QCOMPARE(s.value(Param::PingInterval), 4.0);
        QCOMPARE(s.source(Param::PingInterval), Source::Runtime);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).toDouble(), 3.0);
        QCOMPARE(changed.at(0).at(2).toDouble(), 4.0);
        // And a flag cannot undo it.
        QVERIFY(s.set(Param::PingInterval, QStringLiteral("9"), Source::Flag).isEmpty());
        QCOMPARE(s.value(Param::PingInterval), 4.0);
    }

    void presets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<double>>("values"); // HEARTBEAT, CONNECTION, MESSAGE, IDLE, PING, PONG
        QTest::addRow("defaults") << QStringLiteral("defaults") << QList<double>{30, 300, 1, 60, 25, 60};
        QTest::addRow("development") << QStringLiteral("development") << QList<double>{15, 120, 0.5, 30, 10, 30};
        QTest::addRow("production") << QStringLiteral("Production") << QList<double>{60, 600, 2, 120, 30, 90};
        QTest::addRow("high-latency") << QStringLiteral("high-latency") << QList<double>{120, 1200, 5, 300, 60, 180};
    }
    void presets()
    {
        QFETCH(QString, name);
        QFETCH(QList<double>, values);
        Settings s;
        QVERIFY(s.applyPreset(name, Source::Runtime).isEmpty());
        const Param order[] = {Param::HeartbeatInterval, Param::ConnectionTimeout, Param::MessageTimeout,
                               Param::IdleTimeout,       Param::PingInterval,      Param::PongTimeout};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(s.value(order[i]), values.at(i));
        QVERIFY(!s.applyPreset(QStringLiteral("turbo"), Source::Runtime).isEmpty());
    }

    void badValuesRefused_data()
    {
        QTest::addColumn<Param>("param");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("text") << Param::PingInterval << QStringLiteral("abc") << QStringLiteral("not a number");
        QTest::addRow("empty") << Param::PingInterval << QString() << QStringLiteral("empty");
        QTest::addRow("blank") << Param::IdleTimeout << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::addRow("negative") << Param::PongTimeout << QStringLiteral("-1") << QStringLiteral("negative");
        QTest::addRow("nan") << Param::IdleTimeout << QStringLiteral("nan") << QStringLiteral("nan");
        QTest::addRow("inf") << Param::IdleTimeout << QStringLiteral("inf") << QStringLiteral("inf");
        QTest::addRow("huge") << Param::ConnectionTimeout << QStringLiteral("1e12") << QStringLiteral("too large");
        QTest::addRow("tiny") << Param::MessageTimeout << QStringLiteral("0.0000001") << QStringLiteral("too small");
        QTest::addRow("unit suffix") << Param::PingInterval << QStringLiteral("5s") << QStringLiteral("not a number");
        QTest::addRow("comma decimal") << Param::PingInterval << QStringLiteral("0,5")
                                       << QStringLiteral("not a number");
        QTest::addRow("fractional bytes") << Param::MaxMessageSize << QStringLiteral("10.5") << QStringLiteral("whole");
        QTest::addRow("zero cap") << Param::ReconnectMaxDelay << QStringLiteral("0") << QStringLiteral("not allowed");
    }
    void badValuesRefused()
    {
        QFETCH(Param, param);
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        Settings s;
        const double before = s.value(param);
        QSignalSpy changed(&s, &Settings::changed);
        const QString error = s.set(param, text, Source::Runtime, paramDef(param).name());
        QVERIFY2(!error.isEmpty(), qPrintable(text));
        QVERIFY2(error.contains(paramDef(param).name()), qPrintable(error));
        QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
        if (!text.trimmed().isEmpty())
            QVERIFY2(error.contains(text), qPrintable(error));
        QCOMPARE(s.value(param), before); // the old value stays in force
        QCOMPARE(s.source(param), Source::Default);
        QCOMPARE(changed.size(), 0);
        // setValue guards the same range for numbers that bypass parsing.
        QVERIFY(!s.setValue(param, std::numeric_limits<double>::quiet_NaN(), Source::Runtime).isEmpty());
        QVERIFY(!s.setValue(param, -5, Source::Runtime).isEmpty());
    }

    // badValuesRefused samples a few parameters; a check forgotten for any other one
    // would slip through. These rows come from parameterDefs(), so every parameter,
    // a new one included, is tried with every kind of bad value.
    void offIsOfferedOnlyWhereZeroMeansOff()
    {
        Settings s;
        const QString noOff = s.set(Param::ReconnectMaxDelay, QStringLiteral("0.0001"), Source::Runtime);
        QVERIFY2(!noOff.isEmpty() && !noOff.contains(QLatin1String("switches it off")), qPrintable(noOff));
        const QString withOff = s.set(Param::ReconnectDelay, QStringLiteral("0.0001"), Source::Runtime);
        QVERIFY2(withOff.contains(QLatin1String("0 switches it off")), qPrintable(withOff));
    }

    void everyParameterRefusesBadValues_data()
    {
        QTest::addColumn<Param>("param");
        QTest::addColumn<QString>("text");
        for (const ParamDef &def : parameterDefs()) {
            const auto row = [&](const char *what, const QString &text) {
                QTest::addRow("%s %s", def.env, what) << def.id << text;
            };
            if (def.unit == Unit::Choice) {
                // Names only: an index would mean nothing to the person typing it.
                row("unknown name", QStringLiteral("abc"));
                row("empty", QString());
                row("index", QStringLiteral("1"));
                row("negative", QStringLiteral("-1"));
                continue;
            }
            row("negative", QStringLiteral("-1"));
            if (def.minimum > 0) {
                // Between 0 and the minimum; an integral parameter has no whole number
                // there when its minimum is 1 (the fractional row covers 0.5).
                const double below = def.integral ? std::ceil(def.minimum / 2) : def.minimum / 2;
                if (below > 0 && below < def.minimum)
                    row("below minimum", QString::number(below, 'g', 12));
            }
            if (!def.zeroSwitchesOff)
                row("zero", QStringLiteral("0"));
            row("above maximum", QString::number(def.maximum + 1, 'g', 12));
            row("text", QStringLiteral("abc"));
            row("empty", QString());
            row("overflow", QStringLiteral("1e400"));
            row("nan", QStringLiteral("nan"));
            row("inf", QStringLiteral("inf"));
            // In range, so only the whole-number rule can refuse it.
            if (def.integral)
                row("fractional", QString::number(def.minimum + 0.5, 'g', 12));
        }
    }
    void everyParameterRefusesBadValues()
    {
        QFETCH(Param, param);
        QFETCH(QString, text);
        const ParamDef &def = paramDef(param);
        Settings s;
        // A value set by a flag, below the refused run-time edit in precedence: the value
        // and its source must both stay, whatever the edit was.
        QVERIFY(s.set(param, def.valueText(def.minimum * 2), Source::Flag).isEmpty());
        const double before = s.value(param);
        QCOMPARE(before, def.minimum * 2);
        const QString origin = QStringLiteral("field ") + def.flagName();
        QSignalSpy changed(&s, &Settings::changed);
        const QString error = s.set(param, text, Source::Runtime, origin);
        QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("%1 accepted \"%2\"").arg(def.name(), text)));
        QVERIFY2(error.contains(origin), qPrintable(error));
        if (!text.isEmpty())
            QVERIFY2(error.contains(text), qPrintable(error));
        QCOMPARE(s.value(param), before);
        QCOMPARE(s.source(param), Source::Flag);
        QCOMPARE(changed.size(), 0);
    }

    void goodValuesAccepted()
    {
        Settings s;
        QVERIFY(s.set(Param::PingInterval, QStringLiteral("0.25"), Source::Runtime).isEmpty());
        QCOMPARE(s.value(Param::PingInterval), 0.25);
        QCOMPARE(s.duration(Param::PingInterval), wspulse::Nanos(250'000'000));
        QVERIFY(s.set(Param::IdleTimeout, QStringLiteral(" 0 "), Source::Runtime).isEmpty());
        QCOMPARE(s.value(Param::IdleTimeout), 0.0);
        QVERIFY(s.set(Param::MaxMessageSize, QStringLiteral("1024"), Source::Runtime).isEmpty());
        QVERIFY(s.set(Param::ConnectTimeout, QStringLiteral("1e1"), Source::Runtime).isEmpty());
        QCOMPARE(s.value(Param::ConnectTimeout), 10.0);
    }

    void environmentErrorsNameTheVariable()
    {
        Settings s;
        QProcessEnvironment env;
        env.insert(QStringLiteral("WS_PONG_TIMEOUT"), QStringLiteral("soon"));
        env.insert(QStringLiteral("WS_IDLE_TIMEOUT"), QStringLiteral("7"));
        const QStringList errors = s.loadEnvironment(env);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QLatin1String("WS_PONG_TIMEOUT")));
        QVERIFY(errors.first().contains(QLatin1String("soon")));
        QCOMPARE(s.value(Param::PongTimeout), 60.0);
        QCOMPARE(s.value(Param::IdleTimeout), 7.0); // valid entries still apply
    }

    void profileErrors()
    {
        Settings s;
        QVERIFY(!s.loadProfile(QStringLiteral("/nonexistent/profile.ini")).isEmpty());
        QTemporaryFile profile;
        QVERIFY(profile.open());
        profile.write("[wspulse]\nping_interval=-3\nbogus_key=1\nWS_IDLE_TIMEOUT=9\n");
        profile.close();
        const QStringList errors = s.loadProfile(profile.fileName());
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QLatin1String("ping_interval")));
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QLatin1String("bogus_key")));
        QCOMPARE(s.value(Param::PingInterval), 25.0);
        QCOMPARE(s.value(Param::IdleTimeout), 9.0);
        QCOMPARE(s.source(Param::IdleTimeout), Source::Profile);
    }

    void surprisingCombinationsWarn()
    {
        Settings s;
        s.set(Param::IdleTimeout, QStringLiteral("20"), Source::Runtime);
        s.set(Param::PingInterval, QStringLiteral("25"), Source::Runtime);
        QList<SettingsWarning> w = s.warnings();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().param, Param::IdleTimeout);
        QVERIFY(w.first().text.contains(QLatin1String("WS_PING_INTERVAL")));

        s.set(Param::IdleTimeout, QStringLiteral("0"), Source::Runtime);
        s.set(Param::PingInterval, QStringLiteral("0"), Source::Runtime);
        w = s.warnings();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().param, Param::PongTimeout);

        Settings t;
        t.set(Param::ReconnectDelay, QStringLiteral("10"), Source::Runtime);
        t.set(Param::ReconnectMaxDelay, QStringLiteral("5"), Source::Runtime);
        QCOMPARE(t.warnings().size(), 1);
        QCOMPARE(t.warnings().first().param, Param::ReconnectMaxDelay);
    }

    void markdownTableListsEveryParameter()
    {
        const QString table = parameterTableMarkdown();
        for (const ParamDef &def : parameterDefs()) {
            QVERIFY(table.contains(def.name()));
            QVERIFY(table.contains(QStringLiteral("--") + def.flagName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
