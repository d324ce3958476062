// Connections people actually have: headers, auth, cookie, Origin and
// subprotocols on the upgrade; a private CA; forward proxies chosen as curl
// chooses them; a real tinyproxy from Debian (one that wants a password, one
// whose rules refuse, one that cuts idle tunnels) started by the test; and
// no secret in any event.
#include "chatclient.h"
#include "connectionstore.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "handshake.h"
#include "intermediary.h"
#include "linksimulator.h"
#include "rawpeer.h"
#include "session.h"
#include "settings.h"
#include "tlsserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

using namespace wspulse;
using namespace wspulse::testing;
using State = ConnectionSupervisor::State;

namespace {

QString tinyproxyConfig(quint16 port, const QString &extra)
{
    // Foreground (-d), loopback only, its own log and no pid file; every
    // CONNECT port allowed unless `extra` says otherwise.
    return QStringLiteral("Port %1\nListen 127.0.0.1\nBind 127.0.0.1\nTimeout 600\nMaxClients 50\n"
                          "LogLevel Connect\nLogFile \"@DIR@/tinyproxy.log\"\nAllow 127.0.0.1\n%2\n")
        .arg(port)
        .arg(extra);
}

QStringList allEventLines(const EventLog &log)
{
    QStringList lines;
    for (qsizetype i = 0; i < log.size(); ++i)
        lines << QString::fromUtf8(log.at(i).toJsonLine());
    return lines;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

    // A session on its own settings, quick to retry, without the chat protocol.
    struct Client
    {
        Settings settings;
        Session session{&settings};
        Client()
        {
            settings.set(Param::ReconnectDelay, QStringLiteral("0.05"), Source::Runtime);
            settings.set(Param::ReconnectMaxDelay, QStringLiteral("0.1"), Source::Runtime);
            settings.set(Param::ConnectTimeout, QStringLiteral("3"), Source::Runtime);
            session.setSubprotocols({QStringLiteral("b.v2"), QStringLiteral("a.v1")});
        }
        ConnectionSupervisor *sup() { return session.supervisor(); }
    };

    static void requireTinyproxy(const Intermediary &proxy)
    {
        if (proxy.found())
            return;
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("tinyproxy is not installed");
        QSKIP("tinyproxy is not installed (bash dev.sh test installs it)");
    }

    static QString headerValue(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<wspulse::CloseInfo>();
        // These stores test the 0600 file; the keychain is tst_headless's,
        // and a developer's own must not receive the tests' secrets.
        qputenv("WSPULSE_KEYCHAIN", "0");
    }

    void headersAreCheckedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("plain") << QStringLiteral("X-Trace: abc 123") << QString();
        QTest::newRow("no colon") << QStringLiteral("X-Trace abc") << QStringLiteral("say \"Name: value\"");
        QTest::newRow("bad name") << QStringLiteral("X Trace: 1") << QStringLiteral("is not a header name");
        QTest::newRow("line break") << QStringLiteral("X-A: 1\r\nX-B: 2") << QStringLiteral("line break");
        QTest::newRow("host") << QStringLiteral("Host: example.com") << QStringLiteral("sets this header itself");
        QTest::newRow("key") << QStringLiteral("Sec-WebSocket-Key: x") << QStringLiteral("sets this header itself");
        QTest::newRow("protocol") << QStringLiteral("Sec-WebSocket-Protocol: a") << QStringLiteral("--subprotocol");
        QTest::newRow("origin") << QStringLiteral("Origin: https://a") << QStringLiteral("use --origin");
    }
    void headersAreCheckedBeforeAnythingIsSent()
    {
        QFETCH(QString, line);
        QFETCH(QString, error);
        QString why;
        const auto header = HandshakeOptions::parseHeader(line, &why);
        QCOMPARE(header.has_value(), error.isEmpty());
        if (header)
            QCOMPARE(header->second, QStringLiteral("abc 123"));
        else
            QVERIFY2(why.contains(error), qPrintable(why));
    }

    void savedConnectionsRoundTripAndKeepSecretsApart()
    {
        QTemporaryDir dir;
        ConnectionStore store(dir.path());
        SavedConnection c;
        c.name = QStringLiteral("prod");
        c.url = QUrl(QStringLiteral("wss://ada:URLPASS-1@api.example.com/ws"));
        c.handshake.headers << QPair<QString, QString>{QStringLiteral("X-Api-Key"), QStringLiteral("KEY-2")}
                            << QPair<QString, QString>{QStringLiteral("X-Plain"), QStringLiteral("plain")};
        c.handshake.bearerToken = QStringLiteral("TOKEN-3");
        c.handshake.cookie = QStringLiteral("COOKIE-4");
        c.handshake.proxy = QStringLiteral("http://pat:PROXYPASS-5@proxy.corp:3128");
        c.subprotocols = {QStringLiteral("graphql-transport-ws")};
        c.overrides = {{Param::PingInterval, QStringLiteral("3")}, {Param::AppProfile, QStringLiteral("graphql-ws")}};
        c.link = true;
        c.linkDown.latencyMs = 120;
        QCOMPARE(store.save(c), QString());
        const QStringList secrets = {QStringLiteral("URLPASS-1"), QStringLiteral("KEY-2"), QStringLiteral("TOKEN-3"),
                                     QStringLiteral("COOKIE-4"), QStringLiteral("PROXYPASS-5")};
        // The main file has none of them; the secrets file is the user's alone.
        QFile main(dir.filePath(QStringLiteral("connections.json")));
        QVERIFY(main.open(QIODevice::ReadOnly));
        const QByteArray mainText = main.readAll();
        for (const QString &s : secrets)
            QVERIFY2(!mainText.contains(s.toUtf8()), qPrintable(s));
        QVERIFY(mainText.contains("plain"));
        const QFileDevice::Permissions perms = QFile::permissions(store.secretsPath());
        QVERIFY((perms & QFileDevice::ReadOwner) && (perms & QFileDevice::WriteOwner));
        QVERIFY(
            !(perms
              & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
        // Loaded whole again.
        std::optional<SavedConnection> back = store.load(QStringLiteral("prod"));
        QVERIFY(back);
        QCOMPARE(back->url, c.url);
        QCOMPARE(back->handshake.headers, c.handshake.headers);
        QCOMPARE(back->handshake.bearerToken, c.handshake.bearerToken);
        QCOMPARE(back->handshake.cookie, c.handshake.cookie);
        QCOMPARE(back->handshake.proxy, c.handshake.proxy);
        QCOMPARE(back->subprotocols, c.subprotocols);
        QCOMPARE(back->overrides, c.overrides);
        QVERIFY(back->link);
        QCOMPARE(back->linkDown.latencyMs, 120);
        // Exported without secrets unless asked, and says so.
        const QByteArray plainExport = store.exportJson({QStringLiteral("prod")}, false);
        for (const QString &s : secrets)
            QVERIFY2(!plainExport.contains(s.toUtf8()), qPrintable(s));
        QVERIFY(plainExport.contains("\"secrets_excluded\": true"));
        const QByteArray fullExport = store.exportJson({QStringLiteral("prod")}, true);
        for (const QString &s : secrets)
            QVERIFY2(fullExport.contains(s.toUtf8()), qPrintable(s));
        // Imported elsewhere: without secrets, then with.
        QTemporaryDir otherDir;
        ConnectionStore other(otherDir.path());
        QStringList imported;
        QCOMPARE(other.importJson(plainExport, &imported), QString());
        QCOMPARE(imported, QStringList{QStringLiteral("prod")});
        QVERIFY(other.load(QStringLiteral("prod"))->handshake.bearerToken.isEmpty());
        QCOMPARE(other.load(QStringLiteral("prod"))->handshake.headers.at(1).second, QStringLiteral("plain"));
        QCOMPARE(other.importJson(fullExport), QString());
        QCOMPARE(other.load(QStringLiteral("prod"))->handshake.bearerToken, QStringLiteral("TOKEN-3"));
        // Re-importing the plain export keeps the secrets already kept...
        QCOMPARE(other.importJson(plainExport), QString());
        QCOMPARE(other.load(QStringLiteral("prod"))->handshake.bearerToken, QStringLiteral("TOKEN-3"));
        // ... but never hands them to another server of the same name.
        QByteArray elsewhere = plainExport;
        elsewhere.replace("api.example.com", "attacker.example");
        QCOMPARE(other.importJson(elsewhere), QString());
        QVERIFY(other.load(QStringLiteral("prod"))->handshake.bearerToken.isEmpty());
        QVERIFY(other.load(QStringLiteral("prod"))->url.password().isEmpty());
        // A proxy given without a scheme still has its password kept apart.
        SavedConnection bare;
        bare.name = QStringLiteral("bare-proxy");
        bare.handshake.proxy = HandshakeOptions::normalizedProxy(QStringLiteral("pat:BAREPASS-6@proxy.corp:3128"));
        QCOMPARE(bare.handshake.proxy, QStringLiteral("http://pat:BAREPASS-6@proxy.corp:3128"));
        QVERIFY(bare.handshake.secrets().contains(QStringLiteral("BAREPASS-6")));
        QVERIFY(!QJsonDocument(bare.toJson(false)).toJson().contains("BAREPASS-6"));
        // Duplicate, rename, remove.
        QCOMPARE(store.duplicate(QStringLiteral("prod"), QStringLiteral("staging")), QString());
        QCOMPARE(store.load(QStringLiteral("staging"))->handshake.bearerToken, QStringLiteral("TOKEN-3"));
        QVERIFY(!store.duplicate(QStringLiteral("prod"), QStringLiteral("staging")).isEmpty());
        QCOMPARE(store.rename(QStringLiteral("staging"), QStringLiteral("stage")), QString());
        QCOMPARE(store.names(), (QStringList{QStringLiteral("prod"), QStringLiteral("stage")}));
        QCOMPARE(store.remove(QStringLiteral("stage")), QString());
        QCOMPARE(store.names(), QStringList{QStringLiteral("prod")});
        // What cannot be imported changes nothing, and says why.
        QJsonObject future = QJsonDocument::fromJson(plainExport).object();
        future.insert(QStringLiteral("version"), 99);
        QVERIFY(store.importJson(QJsonDocument(future).toJson()).contains(QStringLiteral("newer")));
        QJsonObject broken = QJsonDocument::fromJson(plainExport).object();
        QJsonArray list = broken.value(QStringLiteral("connections")).toArray();
        QJsonObject second = list.at(0).toObject();
        second.insert(QStringLiteral("name"), QStringLiteral("second"));
        QJsonObject bad = second;
        bad.insert(QStringLiteral("name"), QStringLiteral("third"));
        bad.insert(QStringLiteral("url"), QStringLiteral("http://not-ws"));
        list << second << bad;
        broken.insert(QStringLiteral("connections"), list);
        QVERIFY(store.importJson(QJsonDocument(broken).toJson()).contains(QStringLiteral("not a ws://")));
        QCOMPARE(store.names(), QStringList{QStringLiteral("prod")});
        QVERIFY(store.importJson("{not json").contains(QStringLiteral("not a wspulse connections file")));
    }

    void proxiesAreChosenAsCurlChoosesThem()
    {
        QProcessEnvironment env;
        const QUrl ws(QStringLiteral("ws://chat.example.com:8080/x"));
        const QUrl wss(QStringLiteral("wss://chat.example.com/x"));
        QString error;
        QVERIFY(!chooseProxy(ws, {}, env, &error));
        env.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("http://upper:1"));
        QVERIFY(!chooseProxy(ws, {}, env, &error)); // curl ignores HTTP_PROXY
        env.insert(QStringLiteral("http_proxy"), QStringLiteral("proxy.corp:3128"));
        auto choice = chooseProxy(ws, {}, env, &error);
        QVERIFY(choice);
        QCOMPARE(choice->proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(choice->proxy.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(choice->proxy.port(), quint16(3128));
        QCOMPARE(choice->source, QStringLiteral("http_proxy"));
        QVERIFY(!chooseProxy(wss, {}, env, &error)); // wss:// reads https_proxy
        env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("socks5h://user:pw@sock:1080"));
        choice = chooseProxy(wss, {}, env, &error);
        QVERIFY(choice);
        QCOMPARE(choice->proxy.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(choice->proxy.user(), QStringLiteral("user"));
        QVERIFY(!choice->shown.contains(QStringLiteral("pw"))); // the password is not shown
        // no_proxy: exact names, domain suffixes, addresses, ranges, "*".
        QVERIFY(noProxyExempts(QStringLiteral("chat.example.com"), QStringLiteral("localhost, .example.com")));
        QVERIFY(noProxyExempts(QStringLiteral("example.com"), QStringLiteral("example.com")));
        QVERIFY(!noProxyExempts(QStringLiteral("badexample.com"), QStringLiteral("example.com")));
        QVERIFY(noProxyExempts(QStringLiteral("10.1.2.3"), QStringLiteral("10.0.0.0/8")));
        QVERIFY(!noProxyExempts(QStringLiteral("11.1.2.3"), QStringLiteral("10.0.0.0/8")));
        QVERIFY(noProxyExempts(QStringLiteral("::1"), QStringLiteral("::1")));
        QVERIFY(noProxyExempts(QStringLiteral("anything"), QStringLiteral("*")));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("example.com"));
        QVERIFY(!chooseProxy(ws, {}, env, &error));
        // --proxy wins over everything; "none" means direct.
        choice = chooseProxy(ws, QStringLiteral("http://flag:9"), env, &error);
        QVERIFY(choice);
        QCOMPARE(choice->source, QStringLiteral("--proxy"));
        QVERIFY(!chooseProxy(ws, QStringLiteral("none"), env, &error));
        // What cannot be used is said.
        error.clear();
        QVERIFY(!chooseProxy(ws, QStringLiteral("https://secure-proxy:443"), env, &error));
        QVERIFY2(error.contains(QStringLiteral("only http://")), qPrintable(error));
    }

    void theUpgradeCarriesHeadersAuthCookieOriginAndSubprotocolsInOrder()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        Client c;
        HandshakeOptions h;
        h.headers << QPair<QString, QString>{QStringLiteral("X-Trace"), QStringLiteral("abc")};
        h.origin = QStringLiteral("https://app.example");
        h.bearerToken = QStringLiteral("s3cret-token");
        h.cookie = QStringLiteral("sid=42");
        QCOMPARE(c.session.setHandshake(h, QProcessEnvironment()), QString());
        QSignalSpy upgraded(&peer, &RawPeer::upgraded);
        QVERIFY(c.session.start(QUrl(peer.url())));
        QVERIFY(upgraded.wait(3000));
        const QByteArray head = peer.lastRequest;
        QCOMPARE(headerValue(head, "X-Trace"), QStringLiteral("abc"));
        QCOMPARE(headerValue(head, "Authorization"), QStringLiteral("Bearer s3cret-token"));
        QCOMPARE(headerValue(head, "Cookie"), QStringLiteral("sid=42"));
        QCOMPARE(headerValue(head, "Origin"), QStringLiteral("https://app.example"));
        QCOMPARE(headerValue(head, "Sec-WebSocket-Protocol").remove(QLatin1Char(' ')), QStringLiteral("b.v2,a.v1"));
        // Basic instead of bearer.
        HandshakeOptions basic;
        QCOMPARE(basic.setBasic(QStringLiteral("ada:pa:ss")), QString());
        QCOMPARE(c.session.setHandshake(basic, QProcessEnvironment()), QString());
        upgraded.clear();
        c.session.switchTo(QUrl(peer.url()));
        QVERIFY(upgraded.wait(3000));
        QCOMPARE(headerValue(peer.lastRequest, "Authorization"),
                 QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("ada:pa:ss").toBase64()));
    }

    void wrongCredentialsAreRefusedAndNamedAtOnce()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        peer.checkUpgrade = [](const QByteArray &head) {
            return headerValue(head, "Authorization") == QLatin1String("Bearer right") ? 0 : 401;
        };
        Client c;
        HandshakeOptions h;
        h.bearerToken = QStringLiteral("wrong");
        c.session.setHandshake(h, QProcessEnvironment());
        QSignalSpy failed(c.sup(), &ConnectionSupervisor::connectFailed);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(c.session.start(QUrl(peer.url())));
        QVERIFY(failed.wait(3000));
        const CloseInfo info = failed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("http_status"));
        QCOMPARE(info.httpStatus, 401);
        QVERIFY(elapsed.elapsed() < 2500); // the answer, not the connect timeout
        // The right token: in.
        h.bearerToken = QStringLiteral("right");
        c.session.setHandshake(h, QProcessEnvironment());
        c.session.switchTo(QUrl(peer.url()));
        QTRY_COMPARE(c.sup()->state(), State::Open);
    }

    void noSecretAppearsInAnyEvent()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        Client c;
        HandshakeOptions h;
        h.headers << QPair<QString, QString>{QStringLiteral("X-Api-Key"), QStringLiteral("key-VALUE-9f8e")};
        h.headers << QPair<QString, QString>{QStringLiteral("X-Plain"), QStringLiteral("visible")};
        h.bearerToken = QStringLiteral("tok-SECRET-1a2b");
        h.cookie = QStringLiteral("session=COOKIE-77");
        c.session.setHandshake(h, QProcessEnvironment());
        QUrl url(peer.url());
        url.setUserName(QStringLiteral("ada"));
        url.setPassword(QStringLiteral("URLPASS-55"));
        QVERIFY(c.session.start(url));
        QTRY_COMPARE(c.sup()->state(), State::Open);
        const QStringList secrets = h.secrets() << QStringLiteral("URLPASS-55");
        QCOMPARE(secrets.size(), 4);
        const QStringList lines = allEventLines(*c.session.log());
        QVERIFY(lines.join(QString()).contains(QStringLiteral("visible"))); // what is not secret is shown
        QVERIFY(lines.join(QString()).contains(QStringLiteral("X-Api-Key: ***")));
        for (const QString &line : lines)
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(line));
    }

    void aPrivateAuthorityIsTrustedWithCa()
    {
        TlsEchoServer server;
        QVERIFY(server.start());
        Client c;
        HandshakeOptions h;
        h.caFile = QStringLiteral(WSPULSE_TESTS_DIR "/certs/localhost.crt");
        QCOMPARE(c.session.setHandshake(h, QProcessEnvironment()), QString());
        QVERIFY(c.session.start(QUrl(QStringLiteral("wss://localhost:%1/").arg(server.serverPort()))));
        QTRY_COMPARE_WITH_TIMEOUT(c.sup()->state(), State::Open, 5000);
        // Files that cannot be used are refused up front.
        HandshakeOptions bad;
        bad.caFile = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(c.session.setHandshake(bad, QProcessEnvironment()).contains(QStringLiteral("--ca")));
        bad = {};
        bad.clientCertFile = QStringLiteral(WSPULSE_TESTS_DIR "/certs/localhost.crt");
        QVERIFY(c.session.setHandshake(bad, QProcessEnvironment()).contains(QStringLiteral("go together")));
        bad.clientKeyFile = QStringLiteral(WSPULSE_TESTS_DIR "/certs/localhost.crt"); // not a key
        QVERIFY(c.session.setHandshake(bad, QProcessEnvironment()).contains(QStringLiteral("--client-key")));
        bad.clientKeyFile = QStringLiteral(WSPULSE_TESTS_DIR "/certs/localhost.key");
        QCOMPARE(c.session.setHandshake(bad, QProcessEnvironment()), QString());
    }

    void mutualTlsWithAClientCertificate()
    {
        // A client certificate of the test's own, made by Debian's openssl.
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("client.crt"));
        const QString key = dir.filePath(QStringLiteral("client.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=wspulse-test-client")});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        TlsEchoServer server;
        server.requireClientCertificates(QSslCertificate::fromData(certFile.readAll(), QSsl::Pem));
        QVERIFY(server.start());
        const QUrl url(QStringLiteral("wss://localhost:%1/").arg(server.serverPort()));
        // Without the certificate: not let in.
        {
            Client c;
            HandshakeOptions h;
            h.caFile = QStringLiteral(WSPULSE_TESTS_DIR "/certs/localhost.crt");
            c.session.setHandshake(h, QProcessEnvironment());
            QSignalSpy failed(c.sup(), &ConnectionSupervisor::connectFailed);
            QSignalSpy closed(c.sup(), &ConnectionSupervisor::closed);
            QVERIFY(c.session.start(url));
            QTRY_VERIFY_WITH_TIMEOUT(failed.size() + closed.size() > 0, 5000);
            QVERIFY(server.clientNames.isEmpty());
        }
        // With it: in, and the server saw who.
        Client c;
        HandshakeOptions h;
        h.caFile = QStringLiteral(WSPULSE_TESTS_DIR "/certs/localhost.crt");
        h.clientCertFile = cert;
        h.clientKeyFile = key;
        QCOMPARE(c.session.setHandshake(h, QProcessEnvironment()), QString());
        QVERIFY(c.session.start(url));
        QTRY_COMPARE_WITH_TIMEOUT(c.sup()->state(), State::Open, 5000);
        QCOMPARE(server.clientNames, QStringList{QStringLiteral("wspulse-test-client")});
    }

    void throughTinyproxyWithAndWithoutItsPassword()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        const quint16 port = freePort();
        Intermediary proxy(QStringLiteral("tinyproxy"),
                           tinyproxyConfig(port, QStringLiteral("BasicAuth ada pr0xy-PASS")),
                           {QStringLiteral("-d"), QStringLiteral("-c"), QStringLiteral("@DIR@/proxy.conf")});
        requireTinyproxy(proxy);
        QVERIFY(proxy.waitUntilListening(port));
        // Without the password: the proxy's refusal, named as the proxy's.
        Client c;
        HandshakeOptions h;
        h.proxy = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QCOMPARE(c.session.setHandshake(h, QProcessEnvironment()), QString());
        QSignalSpy failed(c.sup(), &ConnectionSupervisor::connectFailed);
        QVERIFY(c.session.start(QUrl(peer.url())));
        QVERIFY(failed.wait(3000));
        CloseInfo info = failed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("proxy_auth_required"));
        QCOMPARE(info.proxy, QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY(describeCause(info).contains(QStringLiteral("407")));
        QCOMPARE(peer.connectionCount(), 0); // the server never saw it
        // With it: through the proxy to the server; events say so, and not the password.
        h.proxy = QStringLiteral("http://ada:pr0xy-PASS@127.0.0.1:%1").arg(port);
        QCOMPARE(c.session.setHandshake(h, QProcessEnvironment()), QString());
        c.session.switchTo(QUrl(peer.url()));
        QTRY_COMPARE_WITH_TIMEOUT(c.sup()->state(), State::Open, 5000);
        QCOMPARE(peer.connectionCount(), 1);
        const QStringList lines = allEventLines(*c.session.log());
        QVERIFY(std::any_of(lines.begin(), lines.end(), [port](const QString &l) {
            return l.contains(QStringLiteral("\"state\":\"open\""))
                && l.contains(QStringLiteral("\"proxy\":\"http://ada@127.0.0.1:%1\"").arg(port));
        }));
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QStringLiteral("pr0xy-PASS")), qPrintable(line));
    }

    void theLinkSimulatorSitsInFrontOfTheProxy()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        const quint16 port = freePort();
        Intermediary proxy(QStringLiteral("tinyproxy"),
                           tinyproxyConfig(port, QStringLiteral("BasicAuth ada pr0xy-PASS")),
                           {QStringLiteral("-d"), QStringLiteral("-c"), QStringLiteral("@DIR@/proxy.conf")});
        requireTinyproxy(proxy);
        QVERIFY(proxy.waitUntilListening(port));
        Client c;
        c.settings.set(Param::PingInterval, QStringLiteral("0.1"), Source::Runtime);
        HandshakeOptions h;
        h.proxy = QStringLiteral("http://ada:pr0xy-PASS@127.0.0.1:%1").arg(port);
        c.session.setHandshake(h, QProcessEnvironment());
        c.session.setLinkEnabled(true);
        c.session.link()->setLatency(LinkDirection::Down, 80);
        QVERIFY(c.session.start(QUrl(peer.url())));
        QTRY_COMPARE_WITH_TIMEOUT(c.sup()->state(), State::Open, 5000);
        // wspulse -> link simulator (80 ms down) -> tinyproxy (with its password) -> server.
        QCOMPARE(peer.connectionCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(c.sup()->rtt().count >= 3, 5000);
        QVERIFY2(c.sup()->rtt().minUs >= 80'000, qPrintable(QString::number(c.sup()->rtt().minUs)));
        QFile log(proxy.dir() + QStringLiteral("/tinyproxy.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains("CONNECT"), "the tunnel did not go through tinyproxy");
    }

    void aProxyThatRefusesThePortIsNamed()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        const quint16 port = freePort();
        // Tunnels only to port 443: ours is refused by the proxy's rules (403).
        Intermediary proxy(QStringLiteral("tinyproxy"), tinyproxyConfig(port, QStringLiteral("ConnectPort 443")),
                           {QStringLiteral("-d"), QStringLiteral("-c"), QStringLiteral("@DIR@/proxy.conf")});
        requireTinyproxy(proxy);
        QVERIFY(proxy.waitUntilListening(port));
        Client c;
        HandshakeOptions h;
        h.proxy = QStringLiteral("http://127.0.0.1:%1").arg(port);
        c.session.setHandshake(h, QProcessEnvironment());
        QSignalSpy failed(c.sup(), &ConnectionSupervisor::connectFailed);
        QVERIFY(c.session.start(QUrl(peer.url())));
        QVERIFY(failed.wait(3000));
        const CloseInfo info = failed.first().at(0).value<CloseInfo>();
        QCOMPARE(info.cause, QStringLiteral("proxy_denied"));
        QVERIFY(describeCause(info).contains(QStringLiteral("refused to open a tunnel")));
        // And a proxy that is not there at all.
        proxy.stop();
        failed.clear();
        c.session.switchTo(QUrl(peer.url()));
        QVERIFY(failed.wait(3000));
        QCOMPARE(failed.first().at(0).value<CloseInfo>().cause, QStringLiteral("proxy_unreachable"));
    }

    void aProxyThatCutsIdleTunnelsIsHeldOpenByPings()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        const quint16 port = freePort();
        Intermediary proxy(
            QStringLiteral("tinyproxy"),
            tinyproxyConfig(port, QString()).replace(QStringLiteral("Timeout 600"), QStringLiteral("Timeout 1")),
            {QStringLiteral("-d"), QStringLiteral("-c"), QStringLiteral("@DIR@/proxy.conf")});
        requireTinyproxy(proxy);
        QVERIFY(proxy.waitUntilListening(port));
        Client c;
        for (Param p : {Param::PingInterval, Param::PongTimeout, Param::IdleTimeout, Param::ConnectionTimeout})
            c.settings.set(p, QStringLiteral("0"), Source::Runtime);
        HandshakeOptions h;
        h.proxy = QStringLiteral("http://127.0.0.1:%1").arg(port);
        c.session.setHandshake(h, QProcessEnvironment());
        QSignalSpy closed(c.sup(), &ConnectionSupervisor::closed);
        QVERIFY(c.session.start(QUrl(peer.url())));
        QTRY_COMPARE_WITH_TIMEOUT(c.sup()->state(), State::Open, 5000);
        // Quiet: tinyproxy's one-second idle timeout ends the tunnel.
        QVERIFY(closed.wait(4000));
        const CloseInfo cut = closed.first().at(0).value<CloseInfo>();
        QCOMPARE(cut.by, ClosedBy::Peer); // a FIN from the proxy: its end, not ours
        QVERIFY(cut.ageMs && *cut.ageMs >= 900);
        // Pings every 0.3 s: the same proxy keeps it open.
        c.settings.set(Param::PingInterval, QStringLiteral("0.3"), Source::Runtime);
        QTRY_COMPARE_WITH_TIMEOUT(c.sup()->state(), State::Open, 5000);
        closed.clear();
        QVERIFY(!closed.wait(2500));
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
