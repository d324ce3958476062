#include "commandline.h"

#include "connectionstore.h"

#include "messagerepeater.h"
#include "metricsendpoint.h"
#include "parameters.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QProcessEnvironment>
#include <QFileInfo>
#include <QSettings>

#include <cmath>
#include <cstdio>

using namespace wspulse;

QString validateWebSocketUrl(const QString &text, QUrl *out)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // Errors quote the URL without a password it may carry.
    const QString shown = url.isValid() && !url.password().isEmpty() ? url.toString(QUrl::RemovePassword) : text;
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("CommandLine", "--url: empty URL");
    if (!url.isValid())
        return QCoreApplication::translate("CommandLine", "--url: \"%1\" is not a valid URL: %2")
            .arg(text, url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return QCoreApplication::translate("CommandLine", "--url: \"%1\" must start with ws:// or wss://").arg(shown);
    if (url.host().isEmpty())
        return QCoreApplication::translate("CommandLine", "--url: \"%1\" has no host").arg(shown);
    if (out)
        *out = url;
    return QString();
}

CommandLine parseCommandLine(const QStringList &arguments, Settings *settings)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Watch and tune the health of WebSocket connections while chatting over them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QCoreApplication::translate("CommandLine",
                                    "Connect to this ws:// or wss:// server instead of the embedded one."),
        QCoreApplication::translate("CommandLine", "URL"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine", "No window: JSON lines on stdout, stdin lines are sent."));
    const QCommandLineOption serveOption(QStringLiteral("serve"),
                                         QCoreApplication::translate("CommandLine", "Run only the server."));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QCoreApplication::translate("CommandLine", "Headless: end after this many seconds."),
        QCoreApplication::translate("CommandLine", "S"));
    const QCommandLineOption bindOption(
        QStringLiteral("bind"), QCoreApplication::translate("CommandLine", "Serve: address to listen on."),
        QCoreApplication::translate("CommandLine", "ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QCoreApplication::translate("CommandLine", "Serve: port to listen on."),
                                        QCoreApplication::translate("CommandLine", "PORT"), QStringLiteral("8765"));
    const QCommandLineOption presetOption(
        QStringLiteral("preset"),
        QCoreApplication::translate("CommandLine",
                                    "Start from a preset: defaults, development, production, high-latency."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Read parameters from this INI file (keys like ping_interval)."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QCoreApplication::translate("CommandLine", "Chat: display name to ask the server for."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption subprotocolOption(
        QStringLiteral("subprotocol"),
        QCoreApplication::translate("CommandLine",
                                    "Offer this subprotocol in the upgrade instead of the chat protocol (repeat "
                                    "for more, in order of preference)."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption replyIdFieldOption(
        QStringLiteral("reply-id-field"),
        QCoreApplication::translate("CommandLine",
                                    "Raw mode: a reply is the first JSON message whose top-level field NAME has "
                                    "the same value as in the message sent (default: the first message received "
                                    "after it)."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption appPingTextOption(
        QStringLiteral("app-ping-text"),
        QCoreApplication::translate("CommandLine",
                                    "Custom profile: the application ping to send every WS_APP_PING_INTERVAL; {seq} "
                                    "and {ts_ms} are replaced."),
        QCoreApplication::translate("CommandLine", "TEMPLATE"));
    const QCommandLineOption appPongMatchOption(
        QStringLiteral("app-pong-match"),
        QCoreApplication::translate("CommandLine",
                                    "Custom profile: a regular expression that recognises the answer to our ping."),
        QCoreApplication::translate("CommandLine", "REGEX"));
    const QCommandLineOption appAnswerOption(
        QStringLiteral("app-answer"),
        QCoreApplication::translate("CommandLine",
                                    "Custom profile: answer a server frame that matches PATTERN with REPLY (repeat "
                                    "for more rules)."),
        QCoreApplication::translate("CommandLine", "PATTERN=>REPLY"));
    const QCommandLineOption sendEveryOption(
        QStringLiteral("send-every"),
        QCoreApplication::translate("CommandLine",
                                    "Headless and soak mode: send TEXT every SECONDS from the start (each "
                                    "connection, in soak mode), like /every; one argument, e.g. \"5 hello\"."),
        QCoreApplication::translate("CommandLine", "\"SECONDS TEXT\""));
    const QCommandLineOption metricsOption(
        QStringLiteral("metrics"),
        QCoreApplication::translate("CommandLine",
                                    "Serve Prometheus metrics at http://ADDR:PORT/metrics (ADDR defaults to "
                                    "127.0.0.1), in every mode."),
        QCoreApplication::translate("CommandLine", "[ADDR:]PORT"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        QCoreApplication::translate("CommandLine",
                                    "Headless mode: watch this endpoint too, under this name (repeat for more; "
                                    "instead of --url). Events and metrics carry the name."),
        QCoreApplication::translate("CommandLine", "NAME=URL"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QCoreApplication::translate("CommandLine",
                                    "Server: chat messages replayed to a client that joins (default 100)."),
        QCoreApplication::translate("CommandLine", "N"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate("CommandLine",
                                    "Server: keep the chat (messages, their ids) in DIR/chat.sqlite, so that a "
                                    "restart loses nothing; \"none\" keeps it in memory only (default: "
                                    "the application's data folder, \"chat\")."),
        QCoreApplication::translate("CommandLine", "DIR"));
    const QCommandLineOption historyKeepOption(
        QStringLiteral("history-keep"),
        QCoreApplication::translate("CommandLine",
                                    "Server: how much of the kept chat stays, in messages (100000, the default) "
                                    "or days (30d); 0 keeps everything. Older rows are deleted in the background."),
        QCoreApplication::translate("CommandLine", "N|Nd"));
    const QCommandLineOption noOutboxOption(
        QStringLiteral("no-outbox"),
        QCoreApplication::translate("CommandLine",
                                    "Keep unacknowledged chat messages in memory only (by default they are kept "
                                    "in a file per server and sent again at the next start)."));
    const QCommandLineOption maxConnectionsOption(
        QStringLiteral("max-connections"),
        QCoreApplication::translate(
            "CommandLine", "Server: connections accepted at once; the next is closed with 1013 (default 1000)."),
        QCoreApplication::translate("CommandLine", "N"));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit"),
        QCoreApplication::translate("CommandLine", "Server: chat messages per second per connection (default 100)."),
        QCoreApplication::translate("CommandLine", "N"));
    const QCommandLineOption originOption(
        QStringLiteral("allow-origin"),
        QCoreApplication::translate("CommandLine",
                                    "Server: comma-separated Origin values accepted on the handshake (default: any)."),
        QCoreApplication::translate("CommandLine", "LIST"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "Language of the interface (it, de, en), instead of the system's."),
        QCoreApplication::translate("CommandLine", "CODE"));
    const QCommandLineOption linkLatencyOption(
        QStringLiteral("link-latency"),
        QCoreApplication::translate("CommandLine", "Link simulator: added latency in ms, both ways or UP,DOWN."),
        QCoreApplication::translate("CommandLine", "MS"));
    const QCommandLineOption linkJitterOption(
        QStringLiteral("link-jitter"),
        QCoreApplication::translate("CommandLine", "Link simulator: jitter in ms (+/-), both ways or UP,DOWN."),
        QCoreApplication::translate("CommandLine", "MS"));
    const QCommandLineOption linkBandwidthOption(
        QStringLiteral("link-bandwidth"),
        QCoreApplication::translate(
            "CommandLine", "Link simulator: bandwidth cap in bytes per second, both ways or UP,DOWN (0: none)."),
        QCoreApplication::translate("CommandLine", "BYTES"));
    const QCommandLineOption linkSeedOption(
        QStringLiteral("link-seed"),
        QCoreApplication::translate("CommandLine", "Link simulator: seed of the jitter, to repeat a run."),
        QCoreApplication::translate("CommandLine", "N"));
    const QCommandLineOption linkPresetOption(
        QStringLiteral("link-preset"),
        QCoreApplication::translate("CommandLine", "Link simulator: start from lan, 4g, 3g, satellite or lossy-wifi."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption connectionsOption(
        QStringLiteral("connections"),
        QCoreApplication::translate(
            "CommandLine", "Headless soak mode: open N supervised connections and print a summary every second."),
        QCoreApplication::translate("CommandLine", "N"));
    const QCommandLineOption rampOption(
        QStringLiteral("ramp"),
        QCoreApplication::translate("CommandLine", "Soak mode: connections opened per second (default 200)."),
        QCoreApplication::translate("CommandLine", "N"));
    const QCommandLineOption eventsOption(
        QStringLiteral("events"),
        QCoreApplication::translate(
            "CommandLine",
            "Headless and serve: print only these events (timeout,closed) or all but these (-ping,-pong)."),
        QCoreApplication::translate("CommandLine", "LIST"));
    const QCommandLineOption listOption(
        QStringLiteral("list-parameters"),
        QCoreApplication::translate("CommandLine", "Print the parameter table (Markdown) and exit."));
    parser.addOptions({urlOption,         headlessOption,      serveOption,       durationOption,
                       bindOption,        portOption,          presetOption,      profileOption,
                       listOption,        nameOption,          subprotocolOption, sendEveryOption,
                       metricsOption,     targetOption,        historyOption,     maxConnectionsOption,
                       rateLimitOption,   originOption,        langOption,        linkLatencyOption,
                       linkJitterOption,  linkBandwidthOption, linkSeedOption,    linkPresetOption,
                       connectionsOption, rampOption,          eventsOption,      dataOption,
                       historyKeepOption, noOutboxOption});
    parser.addOptions({replyIdFieldOption, appPingTextOption, appPongMatchOption, appAnswerOption});
    // What the upgrade request carries, and the path to the server. Secrets
    // may come from the environment instead, so that they are not in `ps`.
    const QString connectionNote = QCoreApplication::translate("CommandLine", "Connection: ");
    const QCommandLineOption headerOption(
        QStringLiteral("header"),
        connectionNote
            + QCoreApplication::translate("CommandLine", "add this header to the upgrade request (repeat for more)."),
        QCoreApplication::translate("CommandLine", "\"NAME: VALUE\""));
    const QCommandLineOption clientOriginOption(
        QStringLiteral("origin"),
        connectionNote + QCoreApplication::translate("CommandLine", "the Origin header to send."),
        QCoreApplication::translate("CommandLine", "ORIGIN"));
    const QCommandLineOption bearerOption(
        QStringLiteral("bearer"),
        connectionNote
            + QCoreApplication::translate("CommandLine",
                                          "send \"Authorization: Bearer TOKEN\" (or set WSPULSE_BEARER)."),
        QCoreApplication::translate("CommandLine", "TOKEN"));
    const QCommandLineOption basicOption(
        QStringLiteral("basic"),
        connectionNote
            + QCoreApplication::translate("CommandLine", "HTTP basic authentication (or set WSPULSE_BASIC)."),
        QCoreApplication::translate("CommandLine", "USER:PASSWORD"));
    const QCommandLineOption cookieOption(
        QStringLiteral("cookie"),
        connectionNote + QCoreApplication::translate("CommandLine", "the Cookie header (or set WSPULSE_COOKIE)."),
        QCoreApplication::translate("CommandLine", "\"NAME=VALUE; ...\""));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        connectionNote + QCoreApplication::translate("CommandLine", "trust this certificate authority for wss:// too."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption clientCertOption(
        QStringLiteral("client-cert"),
        connectionNote + QCoreApplication::translate("CommandLine", "client certificate (PEM) for mutual TLS."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption clientKeyOption(
        QStringLiteral("client-key"),
        connectionNote + QCoreApplication::translate("CommandLine", "its private key (PEM, unencrypted)."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption proxyOption(
        QStringLiteral("proxy"),
        connectionNote
            + QCoreApplication::translate("CommandLine",
                                          "go through this proxy: http://[USER:PASS@]HOST:PORT, socks5://, socks5h://, "
                                          "or none (default: https_proxy, http_proxy, all_proxy and no_proxy, as curl "
                                          "reads them)."),
        QCoreApplication::translate("CommandLine", "URL"));
    parser.addOptions({headerOption, clientOriginOption, bearerOption, basicOption, cookieOption, caOption,
                       clientCertOption, clientKeyOption, proxyOption});
    const QCommandLineOption connectionOption(
        QStringLiteral("connection"),
        QCoreApplication::translate("CommandLine",
                                    "Use this saved connection (URL, headers, auth, proxy, subprotocols, parameters, "
                                    "link conditions); other options given override its values."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption saveConnectionOption(
        QStringLiteral("save-connection"),
        QCoreApplication::translate("CommandLine",
                                    "Save what this command line describes as a connection under NAME, and exit."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption listConnectionsOption(
        QStringLiteral("list-connections"), QCoreApplication::translate("CommandLine", "List the saved connections."));
    const QCommandLineOption exportConnectionsOption(
        QStringLiteral("export-connections"),
        QCoreApplication::translate("CommandLine",
                                    "Write the saved connections (or only --connection NAME) to FILE, without their "
                                    "secrets unless --with-secrets."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption importConnectionsOption(
        QStringLiteral("import-connections"),
        QCoreApplication::translate("CommandLine", "Add the connections in FILE (an export) to the saved ones."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption withSecretsOption(
        QStringLiteral("with-secrets"),
        QCoreApplication::translate("CommandLine", "--export-connections: include tokens, passwords and cookies."));
    parser.addOptions({connectionOption, saveConnectionOption, listConnectionsOption, exportConnectionsOption,
                       importConnectionsOption, withSecretsOption});
    QList<QCommandLineOption> paramOptions;
    for (const ParamDef &def : parameterDefs()) {
        paramOptions.append(QCommandLineOption(
            def.flagName(),
            def.translatedHelp() + QLatin1Char(' ')
                + QCoreApplication::translate("CommandLine", "[%1; env %2; default %3]")
                      .arg(def.unit == Unit::Choice ? def.choiceNames().join(QLatin1Char('|')) : def.unitSymbol(),
                           def.name(), def.valueText(def.defaultValue)),
            def.unit == Unit::Seconds     ? QCoreApplication::translate("CommandLine", "S")
                : def.unit == Unit::Bytes ? QCoreApplication::translate("CommandLine", "BYTES")
                                          : QCoreApplication::translate("CommandLine", "NAME")));
        parser.addOption(paramOptions.last());
    }

    if (!parser.parse(arguments)) {
        result.errors << parser.errorText();
        return result;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        const QString text = parser.isSet(QStringLiteral("help"))
            ? parser.helpText()
            : QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                            QCoreApplication::applicationVersion());
        std::fputs(qPrintable(text), stdout);
        result.helpShown = true;
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        result.errors << QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"")
                             .arg(parser.positionalArguments().constFirst());
    if (parser.isSet(listOption)) {
        result.mode = CommandLine::Mode::ListParameters;
        return result;
    }
    if (parser.isSet(headlessOption) && parser.isSet(serveOption))
        result.errors << QCoreApplication::translate("CommandLine", "--headless and --serve cannot be combined");
    else if (parser.isSet(headlessOption))
        result.mode = CommandLine::Mode::Headless;
    else if (parser.isSet(serveOption))
        result.mode = CommandLine::Mode::Serve;

    if (parser.isSet(urlOption)) {
        const QString error = validateWebSocketUrl(parser.value(urlOption), &result.url);
        if (!error.isEmpty())
            result.errors << error;
    }
    if (parser.isSet(durationOption)) {
        bool ok = false;
        const double d = QLocale::c().toDouble(parser.value(durationOption), &ok);
        if (!ok || !std::isfinite(d) || d <= 0 || d > 7 * 24 * 3600)
            result.errors << QCoreApplication::translate("CommandLine",
                                                         "--duration: \"%1\" is not a positive number of seconds")
                                 .arg(parser.value(durationOption));
        else
            result.durationSeconds = d;
    }
    if (parser.isSet(bindOption)) {
        if (!result.bind.setAddress(parser.value(bindOption)))
            result.errors << QCoreApplication::translate("CommandLine", "--bind: \"%1\" is not an IP address")
                                 .arg(parser.value(bindOption));
    }
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535)
            result.errors << QCoreApplication::translate("CommandLine", "--port: \"%1\" is not a port number (0-65535)")
                                 .arg(parser.value(portOption));
        else
            result.port = quint16(port);
    }

    if (parser.isSet(langOption))
        result.language = parser.value(langOption);
    if (parser.isSet(nameOption)) {
        const QString error = wspulse::chat::validateName(parser.value(nameOption));
        if (!error.isEmpty())
            result.errors << QStringLiteral("--name: ") + error;
        else
            result.displayName = parser.value(nameOption);
    }
    for (const QString &name : parser.values(subprotocolOption)) {
        // RFC 6455: a token (visible ASCII, no separators); Qt would send anything.
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        if (!token.match(name).hasMatch())
            result.errors << QCoreApplication::translate("CommandLine",
                                                         "--subprotocol: \"%1\" is not a valid subprotocol name")
                                 .arg(name);
        else
            result.subprotocols << name;
    }
    result.customHeartbeat.pingTemplate = parser.value(appPingTextOption);
    if (parser.isSet(appPongMatchOption)) {
        result.customHeartbeat.answer = QRegularExpression(parser.value(appPongMatchOption));
        if (!result.customHeartbeat.answer.isValid())
            result.errors << QStringLiteral("--app-pong-match: %1").arg(result.customHeartbeat.answer.errorString());
    }
    if (!result.customHeartbeat.pingTemplate.isEmpty() && result.customHeartbeat.answer.pattern().isEmpty())
        result.errors << QCoreApplication::translate("CommandLine",
                                                     "--app-ping-text needs --app-pong-match to know its answer");
    for (const QString &rule : parser.values(appAnswerOption)) {
        wspulse::CustomHeartbeat::Rule parsed;
        const QString error = wspulse::CustomHeartbeat::parseRule(rule, &parsed);
        if (error.isEmpty())
            result.customHeartbeat.rules << parsed;
        else
            result.errors << QStringLiteral("--app-answer: ") + error;
    }
    if (parser.isSet(sendEveryOption)) {
        CommandLine::Repeat repeat;
        const QString error =
            wspulse::MessageRepeater::parse(parser.value(sendEveryOption), &repeat.seconds, &repeat.text);
        if (!error.isEmpty())
            result.errors << QStringLiteral("--send-every: ") + error;
        else if (result.mode != CommandLine::Mode::Headless)
            result.errors << QCoreApplication::translate("CommandLine", "--send-every: needs --headless");
        else
            result.sendEvery = repeat;
    }
    if (parser.isSet(metricsOption)) {
        CommandLine::Listen listen;
        const QString error =
            wspulse::MetricsEndpoint::parse(parser.value(metricsOption), &listen.address, &listen.port);
        if (!error.isEmpty())
            result.errors << QStringLiteral("--metrics: ") + error;
        else {
            result.metrics = listen;
            result.metricsAddress = parser.value(metricsOption);
        }
    }
    // Targets: from the command line, then the profile's [targets] section.
    const auto addTarget = [&result](const QString &name, const QString &url, const QString &origin) {
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
        CommandLine::Target t;
        t.name = name.trimmed();
        if (!valid.match(t.name).hasMatch()) {
            result.errors << QCoreApplication::translate("CommandLine",
                                                         "%1: \"%2\" is not a target name (letters, digits, _ . -)")
                                 .arg(origin, name);
            return;
        }
        for (const CommandLine::Target &other : std::as_const(result.targets))
            if (other.name == t.name) {
                result.errors << QCoreApplication::translate("CommandLine", "%1: the name \"%2\" is used twice")
                                     .arg(origin, t.name);
                return;
            }
        const QString error = validateWebSocketUrl(url, &t.url);
        if (!error.isEmpty()) {
            result.errors << origin + QStringLiteral(": ") + error;
            return;
        }
        result.targets << t;
    };
    for (const QString &spec : parser.values(targetOption)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0)
            result.errors << QCoreApplication::translate("CommandLine", "--target: say NAME=URL, not \"%1\"").arg(spec);
        else
            addTarget(spec.left(eq), spec.mid(eq + 1), QStringLiteral("--target"));
    }
    if (parser.isSet(profileOption) && QFileInfo(parser.value(profileOption)).isReadable()) {
        const QString path = parser.value(profileOption);
        QSettings file(path, QSettings::IniFormat);
        file.beginGroup(QStringLiteral("targets"));
        for (const QString &name : file.childKeys()) {
            // QSettings splits a value with commas into a list: a URL may have them.
            const QVariant raw = file.value(name);
            addTarget(name,
                      raw.userType() == QMetaType::QStringList ? raw.toStringList().join(QLatin1Char(','))
                                                               : raw.toString(),
                      QStringLiteral("%1 [targets] %2").arg(path, name));
        }
        file.endGroup();
        for (CommandLine::Target &t : result.targets) {
            file.beginGroup(QStringLiteral("target.") + t.name);
            for (const QString &key : file.childKeys()) {
                const std::optional<wspulse::Param> p = wspulse::paramByName(key);
                if (!p) {
                    result.errors << QCoreApplication::translate("CommandLine", "%1 [target.%2] %3: unknown parameter")
                                         .arg(path, t.name, key);
                    continue;
                }
                const QVariant raw = file.value(key);
                t.overrides.append({*p,
                                    raw.userType() == QMetaType::QStringList ? raw.toStringList().join(QLatin1Char(','))
                                                                             : raw.toString()});
            }
            t.overridesOrigin = path;
            file.endGroup();
        }
    }
    if (!result.targets.isEmpty()) {
        if (result.mode != CommandLine::Mode::Headless)
            result.errors << QCoreApplication::translate("CommandLine",
                                                         "--target and a profile's [targets]: need --headless");
        if (!result.url.isEmpty())
            result.errors << QCoreApplication::translate("CommandLine", "--target: use either --url or --target");
    }
    // The handshake: flags win over the environment's secrets.
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        wspulse::HandshakeOptions &h = result.handshake;
        // The profile's [connection] section first; flags win. No secrets
        // there: profiles are shared, secrets go in the environment or a
        // saved connection.
        QString fromProfile[5]; // origin, proxy, ca, client_cert, client_key
        if (parser.isSet(profileOption) && QFileInfo(parser.value(profileOption)).isReadable()) {
            const QString path = parser.value(profileOption);
            QSettings file(path, QSettings::IniFormat);
            file.beginGroup(QStringLiteral("connection"));
            static const QStringList known = {QStringLiteral("headers"),     QStringLiteral("origin"),
                                              QStringLiteral("proxy"),       QStringLiteral("ca"),
                                              QStringLiteral("client_cert"), QStringLiteral("client_key"),
                                              QStringLiteral("subprotocols")};
            for (const QString &key : file.childKeys()) {
                if (!known.contains(key))
                    result.errors << QCoreApplication::translate(
                                         "CommandLine",
                                         "%1 [connection] %2: not a connection key (headers, origin, proxy, ca, "
                                         "client_cert, client_key, subprotocols; secrets go in the environment)")
                                         .arg(path, key);
            }
            for (const QString &line : file.value(QStringLiteral("headers")).toStringList()) {
                QString error;
                if (const auto header = wspulse::HandshakeOptions::parseHeader(line, &error))
                    h.headers << *header;
                else
                    result.errors << QStringLiteral("%1 [connection] headers: %2").arg(path, error);
            }
            const char *const keys[] = {"origin", "proxy", "ca", "client_cert", "client_key"};
            for (int i = 0; i < 5; ++i)
                fromProfile[i] = file.value(QLatin1String(keys[i])).toString();
            if (result.subprotocols.isEmpty()) {
                static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
                for (const QString &name : file.value(QStringLiteral("subprotocols")).toStringList()) {
                    if (token.match(name.trimmed()).hasMatch())
                        result.subprotocols << name.trimmed();
                    else
                        result.errors << QStringLiteral("%1 [connection] subprotocols: \"%2\"").arg(path, name);
                }
            }
            file.endGroup();
        }
        const auto pick = [&parser](const QCommandLineOption &option, const QString &profileValue) {
            return parser.isSet(option) ? parser.value(option) : profileValue;
        };
        for (const QString &line : parser.values(headerOption)) {
            QString error;
            if (const auto header = wspulse::HandshakeOptions::parseHeader(line, &error))
                h.headers << *header;
            else
                result.errors << error;
        }
        h.origin = pick(clientOriginOption, fromProfile[0]);
        // An auth flag of either kind sets both aside: the environment's
        // secrets apply only when the command line names no auth itself.
        const bool authFlag = parser.isSet(bearerOption) || parser.isSet(basicOption);
        h.bearerToken = parser.isSet(bearerOption) ? parser.value(bearerOption)
            : authFlag                             ? QString()
                                                   : env.value(QStringLiteral("WSPULSE_BEARER"));
        const QString basic = parser.isSet(basicOption) ? parser.value(basicOption)
            : authFlag                                  ? QString()
                                                        : env.value(QStringLiteral("WSPULSE_BASIC"));
        if (!basic.isEmpty())
            if (const QString error = h.setBasic(basic); !error.isEmpty())
                result.errors << error;
        if (!h.bearerToken.isEmpty() && !h.basicUser.isEmpty())
            result.errors << QCoreApplication::translate("CommandLine",
                                                         "--bearer and --basic: one Authorization header, choose one");
        h.cookie =
            parser.isSet(cookieOption) ? parser.value(cookieOption) : env.value(QStringLiteral("WSPULSE_COOKIE"));
        h.caFile = pick(caOption, fromProfile[2]);
        h.clientCertFile = pick(clientCertOption, fromProfile[3]);
        h.clientKeyFile = pick(clientKeyOption, fromProfile[4]);
        if (const QString tls = h.validateTls(); !tls.isEmpty())
            result.errors << tls;
        h.proxy = wspulse::HandshakeOptions::normalizedProxy(pick(proxyOption, fromProfile[1]));
        QString proxyError;
        if (!h.proxy.isEmpty() && h.proxy != QLatin1String("none") && h.proxy != QLatin1String("direct")
            && !wspulse::parseProxyUrl(h.proxy, &proxyError))
            result.errors << QStringLiteral("--proxy: ") + proxyError;
    }
    // A saved connection: its values under whatever this command line says itself.
    if (parser.isSet(connectionOption) && !parser.isSet(exportConnectionsOption)) {
        result.connectionName = parser.value(connectionOption);
        QString error;
        const std::optional<wspulse::SavedConnection> saved =
            wspulse::ConnectionStore(wspulse::ConnectionStore::defaultDirectory()).load(result.connectionName, &error);
        if (!saved) {
            result.errors << QStringLiteral("--connection: ") + error;
        } else {
            const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            wspulse::HandshakeOptions h = saved->handshake;
            const wspulse::HandshakeOptions &given = result.handshake;
            h.headers += given.headers;
            if (parser.isSet(clientOriginOption))
                h.origin = given.origin;
            // Auth: a flag replaces the saved one; the environment only fills in
            // where the saved connection has none.
            const bool savedAuth = !h.bearerToken.isEmpty() || !h.basicUser.isEmpty();
            if (parser.isSet(bearerOption) || parser.isSet(basicOption) || !savedAuth) {
                if (!given.bearerToken.isEmpty() || !given.basicUser.isEmpty()) {
                    h.bearerToken = given.bearerToken;
                    h.basicUser = given.basicUser;
                    h.basicPassword = given.basicPassword;
                }
            }
            if (parser.isSet(cookieOption) || h.cookie.isEmpty())
                if (!given.cookie.isEmpty())
                    h.cookie = given.cookie;
            if (parser.isSet(caOption))
                h.caFile = given.caFile;
            if (parser.isSet(clientCertOption))
                h.clientCertFile = given.clientCertFile;
            if (parser.isSet(clientKeyOption))
                h.clientKeyFile = given.clientKeyFile;
            if (parser.isSet(proxyOption))
                h.proxy = given.proxy;
            result.handshake = h;
            if (!parser.isSet(urlOption))
                result.url = saved->url;
            if (result.subprotocols.isEmpty())
                result.subprotocols = saved->subprotocols;
            if (!result.link && saved->link) {
                result.link = true;
                result.linkUp = saved->linkUp;
                result.linkDown = saved->linkDown;
            }
            result.connectionParameters = saved->overrides;
            // The saved files may have gone since: said now, not found out by a session later.
            if (const QString tls = h.validateTls(); !tls.isEmpty())
                result.errors << QStringLiteral("--connection %1: %2").arg(result.connectionName, tls);
        }
    }
    result.saveConnection = parser.value(saveConnectionOption).trimmed();
    result.listConnections = parser.isSet(listConnectionsOption);
    result.exportConnections = parser.value(exportConnectionsOption);
    result.importConnections = parser.value(importConnectionsOption);
    result.withSecrets = parser.isSet(withSecretsOption);
    if (parser.isSet(exportConnectionsOption))
        result.connectionName = parser.value(connectionOption);
    if (parser.isSet(saveConnectionOption) && result.saveConnection.isEmpty())
        result.errors << QCoreApplication::translate("CommandLine", "--save-connection: the name is empty");
    if (!result.saveConnection.isEmpty() || result.listConnections || !result.exportConnections.isEmpty()
        || !result.importConnections.isEmpty())
        result.mode = CommandLine::Mode::Connections;
    if (parser.isSet(replyIdFieldOption)) {
        result.replyIdField = parser.value(replyIdFieldOption).trimmed();
        if (result.replyIdField.isEmpty())
            result.errors << QCoreApplication::translate("CommandLine", "--reply-id-field: the field name is empty");
    }
    const auto readCount = [&](const QCommandLineOption &option, int minimum, int maximum, int *out) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < minimum || n > maximum)
            result.errors << QCoreApplication::translate("CommandLine",
                                                         "--%1: \"%2\" is not a whole number from %3 to %4")
                                 .arg(option.names().constFirst(), parser.value(option))
                                 .arg(minimum)
                                 .arg(maximum);
        else
            *out = n;
    };
    if (parser.isSet(eventsOption)) {
        QString error;
        if (const auto events = wspulse::parseEventTypeList(parser.value(eventsOption), &error))
            result.events = *events;
        else
            result.errors << QStringLiteral("--events: ") + error;
    }
    readCount(historyOption, 0, 100000, &result.server.historySize);
    if (parser.isSet(dataOption)) {
        const QString data = parser.value(dataOption);
        if (data.isEmpty())
            result.errors << QCoreApplication::translate("CommandLine", "--data: a folder, or \"none\"");
        result.server.dataDirectory = data;
    } else if (result.mode == CommandLine::Mode::Serve) {
        result.server.dataDirectory =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/chat");
    }
    if (result.server.dataDirectory == QLatin1String("none"))
        result.server.dataDirectory.clear();
    result.outbox = !parser.isSet(noOutboxOption);
    if (parser.isSet(historyKeepOption)) {
        QString error;
        if (const auto keep = wspulse::HistoryRetention::parse(parser.value(historyKeepOption), &error))
            result.server.retention = *keep;
        else
            result.errors << QStringLiteral("--history-keep: ") + error;
    }
    readCount(connectionsOption, 1, 100000, &result.connections);
    if (result.connections > 1 && !result.targets.isEmpty())
        result.errors << QCoreApplication::translate("CommandLine", "--target: soak mode (--connections) takes --url");
    if (result.connections > 1 && result.mode != CommandLine::Mode::Headless)
        result.errors << QCoreApplication::translate("CommandLine", "--connections: soak mode needs --headless");
    if (parser.isSet(rampOption)) {
        bool ok = false;
        const double ramp = QLocale::c().toDouble(parser.value(rampOption), &ok);
        if (!ok || !std::isfinite(ramp) || ramp <= 0 || ramp > 1e6)
            result.errors << QCoreApplication::translate(
                                 "CommandLine", "--ramp: \"%1\" is not a positive number of connections per second")
                                 .arg(parser.value(rampOption));
        else
            result.ramp = ramp;
    }
    readCount(maxConnectionsOption, 1, 1000000, &result.server.maxConnections);
    readCount(rateLimitOption, 1, 1000000, &result.server.rateLimit);
    if (parser.isSet(originOption))
        result.server.allowedOrigins = parser.value(originOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (parser.isSet(linkPresetOption)) {
        result.link = true;
        bool found = false;
        for (const wspulse::LinkPreset &p : wspulse::linkPresets()) {
            if (parser.value(linkPresetOption).compare(QLatin1String(p.name), Qt::CaseInsensitive) == 0) {
                result.linkUp = p.up;
                result.linkDown = p.down;
                found = true;
            }
        }
        if (!found)
            result.errors << QCoreApplication::translate("CommandLine", "--link-preset: unknown preset \"%1\"")
                                 .arg(parser.value(linkPresetOption));
    }
    // "A" applies both ways, "A,B" is up then down.
    const auto readPair = [&](const QCommandLineOption &option, qint64 maximum, auto assign) {
        if (!parser.isSet(option))
            return;
        result.link = true;
        const QStringList parts = parser.value(option).split(QLatin1Char(','));
        QList<qint64> values;
        for (const QString &part : parts) {
            bool ok = false;
            const qint64 v = part.trimmed().toLongLong(&ok);
            if (!ok || v < 0 || v > maximum || parts.size() > 2) {
                result.errors << QCoreApplication::translate(
                                     "CommandLine",
                                     "--%1: \"%2\" is not a whole number from 0 to %3, or two of them as UP,DOWN")
                                     .arg(option.names().constFirst(), parser.value(option))
                                     .arg(maximum);
                return;
            }
            values << v;
        }
        assign(result.linkUp, values.first());
        assign(result.linkDown, values.last());
    };
    readPair(linkLatencyOption, 600000, [](wspulse::LinkConditions &c, qint64 v) { c.latencyMs = int(v); });
    readPair(linkJitterOption, 600000, [](wspulse::LinkConditions &c, qint64 v) { c.jitterMs = int(v); });
    readPair(linkBandwidthOption, qint64(1) << 40, [](wspulse::LinkConditions &c, qint64 v) { c.bandwidth = v; });
    if (parser.isSet(linkSeedOption)) {
        result.link = true;
        bool ok = false;
        const uint seed = parser.value(linkSeedOption).toUInt(&ok);
        if (!ok)
            result.errors << QCoreApplication::translate("CommandLine", "--link-seed: \"%1\" is not a whole number")
                                 .arg(parser.value(linkSeedOption));
        else
            result.linkSeed = seed;
    }

    // Lowest precedence first; Settings also refuses to let a lower source win.
    if (parser.isSet(presetOption)) {
        const QString error = settings->applyPreset(parser.value(presetOption), Source::Preset);
        if (!error.isEmpty())
            result.errors << QStringLiteral("--preset: ") + error;
    }
    // A saved connection's parameters rank as a profile's.
    for (const auto &[p, text] : std::as_const(result.connectionParameters))
        if (const QString error =
                settings->set(p, text, Source::Profile, QStringLiteral("--connection ") + result.connectionName);
            !error.isEmpty())
            result.errors << error;
    if (parser.isSet(profileOption))
        result.errors << settings->loadProfile(parser.value(profileOption));
    result.errors << settings->loadEnvironment(QProcessEnvironment::systemEnvironment());
    for (const ParamDef &def : parameterDefs()) {
        const QString flag = def.flagName();
        if (!parser.isSet(flag))
            continue;
        const QString error =
            settings->set(def.id, parser.values(flag).constLast(), Source::Flag, QStringLiteral("--") + flag);
        if (!error.isEmpty())
            result.errors << error;
    }
    // --save-connection keeps the parameters this command line chose (its
    // flags, a profile, the saved connection it started from).
    if (!result.saveConnection.isEmpty()) {
        result.connectionParameters.clear();
        for (const ParamDef &def : parameterDefs())
            if (settings->source(def.id) == Source::Flag || settings->source(def.id) == Source::Profile)
                result.connectionParameters.append({def.id, def.valueText(settings->value(def.id))});
    }
    return result;
}
