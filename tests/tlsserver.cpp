#include "tlsserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>

TlsEchoServer::TlsEchoServer(QObject *parent)
    : QWebSocketServer(QStringLiteral("tls-echo"), QWebSocketServer::SecureMode, parent)
{
    connect(this, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *s = nextPendingConnection()) {
            s->setParent(this);
            const QSslCertificate peer = s->sslConfiguration().peerCertificate();
            if (!peer.isNull())
                clientNames << peer.subjectInfo(QSslCertificate::CommonName).value(0);
            connect(s, &QWebSocket::textMessageReceived, s, [s](const QString &t) { s->sendTextMessage(t); });
            connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

bool TlsEchoServer::start(const QHostAddress &address)
{
    QFile certFile(QStringLiteral(WSPULSE_TESTS_DIR "/certs/localhost.crt"));
    QFile keyFile(QStringLiteral(WSPULSE_TESTS_DIR "/certs/localhost.key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    m_certificate = QSslCertificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (m_certificate.isNull() || key.isNull())
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(m_clientAuthorities.isEmpty() ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    if (!m_clientAuthorities.isEmpty())
        config.setCaCertificates(m_clientAuthorities);
    setSslConfiguration(config);
    return listen(address, 0);
}
