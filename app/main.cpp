#include "commandline.h"
#include "headlessrunner.h"
#include "jsonlinewriter.h"
#include "soakrunner.h"
#include "targetsrunner.h"
#include "metricsendpoint.h"
#include "metricsfeed.h"
#include "metricsserving.h"
#include "prometheusmetrics.h"
#include "unixsignals.h"

#include "chatserver.h"
#include "connectionstore.h"
#include "epolleventdispatcher.h"
#include "eventlog.h"
#include "mainwindow.h"
#include "parameters.h"
#include "settings.h"
#include "settingsevents.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QSaveFile>
#include <QNetworkProxyFactory>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <memory>

using namespace wspulse;

namespace {

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("wspulse"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// --lang must act before the command line is parsed (its messages are translated too).
QLocale requestedLocale(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" && i + 1 < argc)
            return QLocale(QString::fromLocal8Bit(argv[i + 1]));
        if (a.startsWith("--lang="))
            return QLocale(QString::fromLocal8Bit(a.mid(7)));
    }
    return QLocale();
}

bool wantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--serve" || a == "--help" || a == "-h" || a == "--version" || a == "-v"
            || a == "--list-parameters")
            return false;
    }
    return true;
}

int runServe(const CommandLine &options, Settings *settings)
{
    EventLog log(SteadyClock::instance());
    log.setCapacity(0); // events only pass through to stdout
    log.setAcceptedTypes(options.events);
    JsonLineWriter writer(&log);
    ChatServer server(settings, &log, options.server);
    if (!options.server.dataDirectory.isEmpty()) {
        QString error;
        std::unique_ptr<ChatStore> store = ChatStore::open(options.server.dataDirectory, &error);
        if (!store) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "wspulse: cannot keep the chat: %1").arg(error)));
            return 1;
        }
        server.setStore(std::move(store));
    }
    if (!server.listen(options.bind, options.port)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "wspulse: cannot listen on %1:%2: %3")
                                    .arg(options.bind.toString())
                                    .arg(options.port)
                                    .arg(server.errorString())));
        return 1;
    }
    if (!options.bind.isLoopback())
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main",
                                                            "wspulse: warning: serving on %1, "
                                                            "reachable from the network")
                                    .arg(options.bind.toString())));
    QJsonObject config = configFields(*settings);
    PrometheusMetrics metrics(QStringLiteral("server"));
    MetricsEndpoint endpoint;
    std::unique_ptr<ServerMetrics> serverMetrics;
    if (options.metrics) {
        metrics.bindSettings(settings);
        serverMetrics = std::make_unique<ServerMetrics>(&server, &metrics);
        if (!serveMetrics(*options.metrics, &metrics, &endpoint))
            return 1;
        config.insert(QLatin1String("metrics"), endpoint.url());
    }
    if (const ChatStore *store = server.store())
        config.insert(QLatin1String("data"), store->path());
    config.insert(QLatin1String("listen"),
                  QStringLiteral("ws://%1:%2/").arg(options.bind.toString()).arg(server.port()));
    log.add(EventType::Config, config);
    logSettingChanges(settings, &log);
    logSettingsImplications(settings, &log);
    UnixSignals signals_;
    QObject::connect(&signals_, &UnixSignals::terminationRequested, &server, [&server] {
        server.close();
        // Give the 1001 close frames a moment to leave before the process ends.
        QTimer::singleShot(200, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
    });
    return QCoreApplication::exec();
}

// Headless runners: start, run until they finish; SIGINT/SIGTERM stop them gracefully.
template<typename Runner>
int runUntilFinished(const CommandLine &options, Settings *settings)
{
    Runner runner(options, settings);
    QObject::connect(&runner, &Runner::finished, QCoreApplication::instance(),
                     [](int code) { QCoreApplication::exit(code); });
    UnixSignals signals_;
    QObject::connect(&signals_, &UnixSignals::terminationRequested, &runner, [&runner] { runner.stop(0); });
    if (!runner.start())
        return 1;
    return QCoreApplication::exec();
}

void installEventDispatcher()
{
#ifdef Q_OS_LINUX
    if (qgetenv("WSPULSE_EVENT_DISPATCHER") != "qt") {
        auto dispatcher = std::make_unique<wspulse::EpollEventDispatcher>();
        if (dispatcher->isValid()) {
            QCoreApplication::setEventDispatcher(dispatcher.release());
            return;
        }
    }
#endif
    // The user's own choice of glib stands.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

} // namespace

namespace {
// --save-connection, --list-connections, --export-connections, --import-connections.
int runConnectionCommand(const CommandLine &options)
{
    using wspulse::ConnectionStore;
    ConnectionStore store(ConnectionStore::defaultDirectory());
    const auto fail = [](const QString &error) {
        std::fprintf(stderr, "wspulse: %s\n", qPrintable(error));
        return 1;
    };
    if (!options.importConnections.isEmpty()) {
        QFile file(options.importConnections);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        QStringList imported;
        if (const QString error = store.importJson(file.readAll(), &imported); !error.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), error));
        std::fprintf(
            stderr, "wspulse: %s\n",
            qPrintable(QCoreApplication::translate("main", "imported: %1").arg(imported.join(QStringLiteral(", ")))));
    }
    if (!options.saveConnection.isEmpty()) {
        wspulse::SavedConnection c;
        c.name = options.saveConnection;
        c.url = options.url;
        c.handshake = options.handshake;
        c.subprotocols = options.subprotocols;
        c.overrides = options.connectionParameters;
        c.link = options.link;
        c.linkUp = options.linkUp;
        c.linkDown = options.linkDown;
        if (const QString error = store.save(c); !error.isEmpty())
            return fail(error);
        std::fprintf(stderr, "wspulse: %s\n",
                     qPrintable(QCoreApplication::translate("main", "saved connection \"%1\" in %2")
                                    .arg(c.name, ConnectionStore::defaultDirectory())));
        if (!c.secretsJson().isEmpty() && !store.secretsWarning().isEmpty())
            std::fprintf(stderr, "wspulse: warning: %s\n", qPrintable(store.secretsWarning()));
    }
    if (!options.exportConnections.isEmpty()) {
        const QStringList names =
            options.connectionName.isEmpty() ? store.names() : QStringList{options.connectionName};
        QString error;
        const QByteArray data = store.exportJson(names, options.withSecrets, &error);
        if (data.isEmpty())
            return fail(error);
        QSaveFile file(options.exportConnections);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        if (options.withSecrets) // the secrets stay readable by the user only
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(data);
        if (!file.commit())
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    }
    if (options.listConnections)
        for (const QString &name : store.names())
            std::printf("%s\n", qPrintable(name));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    // Started with stdin closed: make it an empty one before anything else can
    // be given descriptor 0 (headless mode reads stdin and ends at its end).
    if (::fcntl(STDIN_FILENO, F_GETFD) == -1)
        ::open("/dev/null", O_RDONLY);

    std::unique_ptr<QCoreApplication> app;
    const bool window = wantsWindow(argc, argv);
    // Without a window, the epoll dispatcher (see EpollEventDispatcher):
    // Qt's glib and UNIX dispatchers poll every descriptor on every pass,
    // which costs dearly with thousands of connections (--serve, soak).
    // WSPULSE_EVENT_DISPATCHER=qt keeps Qt's UNIX one (the bench compares).
    if (!window)
        installEventDispatcher();
        // Qt aborts with a page about platform plugins when there is no display:
        // without one, the command line is still read (and its errors said), and
        // then what to do instead.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) // X11 and Wayland say where the display is
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    const bool noDisplay = false;
#endif
    if (window && !noDisplay)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("wspulse"));
    QCoreApplication::setApplicationName(QStringLiteral("wspulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSPULSE_VERSION));
    installTranslators(*app, requestedLocale(argc, argv));
    if (auto *gui = qobject_cast<QApplication *>(app.get())) {
        QIcon icon;
        for (int size : {16, 32, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/wspulse-%1.png").arg(size));
        gui->setWindowIcon(icon);
    }

    Settings settings;
    const CommandLine options = parseCommandLine(QCoreApplication::arguments(), &settings);
    if (options.helpShown)
        return 0;
    if (!options.errors.isEmpty()) {
        for (const QString &e : options.errors)
            std::fprintf(stderr, "wspulse: %s\n", qPrintable(e));
        return 2;
    }

    switch (options.mode) {
    case CommandLine::Mode::ListParameters:
        std::fputs(qPrintable(parameterTableMarkdown()), stdout);
        return 0;
    case CommandLine::Mode::Connections:
        return runConnectionCommand(options);
    case CommandLine::Mode::Serve:
        return runServe(options, &settings);
    case CommandLine::Mode::Headless:
        if (!options.targets.isEmpty())
            return runUntilFinished<TargetsRunner>(options, &settings);
        return options.connections > 1 ? runUntilFinished<SoakRunner>(options, &settings)
                                       : runUntilFinished<HeadlessRunner>(options, &settings);
    case CommandLine::Mode::Gui: {
        if (noDisplay) {
            std::fprintf(stderr, "wspulse: %s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "no display for the window (DISPLAY is not set); use --headless or --serve")));
            return 2;
        }
        WindowOptions window{
            options.url,       options.displayName, options.subprotocols, options.replyIdField, options.customHeartbeat,
            options.link,      options.linkUp,      options.linkDown,     options.linkSeed,     options.metricsAddress,
            options.handshake, options.outbox};
        // With no --proxy and no proxy variables, the system's proxy settings.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        MainWindow mainWindow(window, &settings);
        mainWindow.show();
        return QCoreApplication::exec();
    }
    }
    return 0;
}
