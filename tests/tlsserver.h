#pragma once

#include <QWebSocketServer>

// A wss:// echo server on loopback with the tests' self-signed certificate
// (tests/certs, CN=localhost, SAN localhost and 127.0.0.1).
class TlsEchoServer : public QWebSocketServer
{
    Q_OBJECT
public:
    explicit TlsEchoServer(QObject *parent = nullptr);
    // false when the certificate cannot be loaded or the port not bound
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    QSslCertificate certificate() const { return m_certificate; }
    // Mutual TLS: only clients with a certificate from these authorities (call before start()).
    void requireClientCertificates(const QList<QSslCertificate> &authorities) { m_clientAuthorities = authorities; }
    QStringList clientNames; // the common names of the client certificates seen

private:
    QSslCertificate m_certificate;
    QList<QSslCertificate> m_clientAuthorities;
};
