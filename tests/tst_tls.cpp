// wss:// with a certificate that fails verification: refused with its details,
// never silently ignored, and trusted for one host only when a person says so.
#include "testmain.h"
#include "boundsupervisor.h"
#include "connectionsupervisor.h"
#include "eventlog.h"
#include "settings.h"
#include "tlsserver.h"

#include <QSignalSpy>
#include <QtTest>

using namespace wspulse;
using State = ConnectionSupervisor::State;

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        qRegisterMetaType<QList<QSslError>>();
    }

    void untrustedCertificateIsRefusedThenTrustedForThatHostOnly()
    {
        TlsEchoServer server;
        QVERIFY(server.start());
        Settings settings;
        settings.set(Param::ReconnectDelay, QStringLiteral("0.05"), Source::Runtime);
        EventLog log(SteadyClock::instance());
        BoundSupervisor sup(&settings, &log);
        sup.setUrl(QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(server.serverPort())));
        QSignalSpy tls(&sup, &ConnectionSupervisor::tlsErrors);
        sup.open();
        QVERIFY(tls.wait(5000));
        QCOMPARE(tls.first().at(0).toString(), QStringLiteral("127.0.0.1"));
        const QSslCertificate cert = tls.first().at(2).value<QSslCertificate>();
        QCOMPARE(cert, server.certificate());
        QTRY_COMPARE(sup.state(), State::Disconnected);
        QTest::qWait(200); // longer than the reconnect delay: a refused certificate is not retried
        QCOMPARE(tls.size(), 1);
        QCOMPARE(sup.state(), State::Disconnected);
        bool detailed = false;
        for (qsizetype i = 0; i < log.size(); ++i)
            detailed |= log.at(i).type == EventType::Error
                && log.at(i).fields.value(QStringLiteral("sha256")).toString()
                    == QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':'));
        QVERIFY2(detailed, "the refusal names the certificate");

        // The person trusts it for this host: the connection opens and works.
        sup.trustCertificate(QStringLiteral("127.0.0.1"), cert.digest(QCryptographicHash::Sha256));
        QSignalSpy echo(&sup, &ConnectionSupervisor::textReceived);
        sup.open();
        QTRY_COMPARE(sup.state(), State::Open);
        sup.sendText(QStringLiteral("over tls"));
        QVERIFY(echo.wait(5000));
        QCOMPARE(echo.first().first().toString(), QStringLiteral("over tls"));
        sup.close();
        QTRY_COMPARE(sup.state(), State::Disconnected);

        // The same certificate under another host name is not trusted.
        sup.setUrl(QUrl(QStringLiteral("wss://localhost:%1/").arg(server.serverPort())));
        sup.open();
        QTRY_COMPARE(tls.size(), 2);
        QCOMPARE(tls.at(1).at(0).toString(), QStringLiteral("localhost"));
        QTRY_COMPARE(sup.state(), State::Disconnected);
    }
};

WSPULSE_TEST_MAIN(TestTls)
#include "tst_tls.moc"
