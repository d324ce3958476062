#include "rawpeer.h"

#include "tcpending.h"

#include <QCryptographicHash>
#include <QtEndian>

RawPeer::RawPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawPeer::onNewConnection);
    connect(&m_slowReadTimer, &QTimer::timeout, this, [this] {
        if (!m_socket || !m_reading)
            return;
        m_buffer += m_socket->readAll(); // at most the slice Qt was allowed to buffer
        processFrames();
    });
    connect(&m_trickle, &QTimer::timeout, this, [this] {
        if (!m_socket || m_trickleLeft <= 0) {
            m_trickle.stop();
            return;
        }
        const qint64 n = std::min(m_trickleChunk, m_trickleLeft);
        m_socket->write(QByteArray(n, 'x'));
        m_trickleLeft -= n;
        if (m_trickleLeft == 0)
            m_trickle.stop();
    });
}

bool RawPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString RawPeer::url() const
{
    return QStringLiteral("ws://127.0.0.1:%1/").arg(port());
}

void RawPeer::onNewConnection()
{
    while (QTcpSocket *s = m_server.nextPendingConnection()) {
        if (m_socket)
            m_socket->abort();
        m_socket = s;
        s->setParent(this);
        m_buffer.clear();
        m_fragmentBytes = 0;
        m_upgraded = false;
        ++m_connections;
        connect(s, &QTcpSocket::readyRead, this, &RawPeer::onReadyRead);
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            s->deleteLater();
            Q_EMIT disconnected();
        });
        setReading(m_reading);
        Q_EMIT tcpAccepted();
    }
}

void RawPeer::setReading(bool reading)
{
    m_reading = reading;
    if (!m_socket)
        return;
    if (!reading) {
        // A full one-byte Qt buffer stops Qt reading; once the kernel's buffers
        // fill (a few MiB on loopback) the sender sees TCP backpressure.
        m_socket->setReadBufferSize(1);
    } else {
        m_socket->setReadBufferSize(0);
        QMetaObject::invokeMethod(this, &RawPeer::onReadyRead, Qt::QueuedConnection);
    }
}

void RawPeer::setReadRate(qint64 bytesPerSecond)
{
    m_readRate = bytesPerSecond;
    if (!m_socket)
        return;
    if (bytesPerSecond > 0) {
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
        // Qt buffers at most one 10 ms slice; the timer takes it.
        m_socket->setReadBufferSize(std::max<qint64>(1, bytesPerSecond / 100));
        m_slowReadTimer.start(10);
    } else {
        m_slowReadTimer.stop();
        m_socket->setReadBufferSize(0);
        QMetaObject::invokeMethod(this, &RawPeer::onReadyRead, Qt::QueuedConnection);
    }
}

void RawPeer::onReadyRead()
{
    if (!m_socket || !m_reading || m_readRate > 0)
        return;
    m_buffer += m_socket->readAll();
    if (!m_upgraded) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || !answerUpgrade)
            return;
        lastRequest = m_buffer.left(end);
        const int refusal = refuseUpgradeWith != 0 ? refuseUpgradeWith : checkUpgrade ? checkUpgrade(lastRequest) : 0;
        if (refusal != 0) {
            m_buffer.clear();
            const QByteArray phrase = refusal == 401 ? "Unauthorized" : refusal == 403 ? "Forbidden" : "Not Found";
            m_socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(refusal) + ' ' + phrase
                            + "\r\nServer: RawPeer/1.0\r\nContent-Length: 9\r\n\r\nnot here\n");
            return;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        QByteArray key;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
        m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                        "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                        + accept + "\r\n\r\n");
        m_upgraded = true;
        Q_EMIT upgraded();
    }
    processFrames();
}

void RawPeer::processFrames()
{
    for (;;) {
        if (m_buffer.size() < 2)
            return;
        const auto *d = reinterpret_cast<const uchar *>(m_buffer.constData());
        const bool fin = d[0] & 0x80;
        const quint8 opcode = d[0] & 0x0f;
        const bool masked = d[1] & 0x80;
        quint64 len = d[1] & 0x7f;
        qsizetype pos = 2;
        if (len == 126) {
            if (m_buffer.size() < 4)
                return;
            len = qFromBigEndian<quint16>(d + 2);
            pos = 4;
        } else if (len == 127) {
            if (m_buffer.size() < 10)
                return;
            len = qFromBigEndian<quint64>(d + 2);
            pos = 10;
        }
        const qsizetype need = pos + (masked ? 4 : 0) + qsizetype(len);
        if (m_buffer.size() < need)
            return;
        QByteArray payload = m_buffer.mid(pos + (masked ? 4 : 0), qsizetype(len));
        if (masked) {
            const QByteArray mask = m_buffer.mid(pos, 4);
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ mask[i % 4]);
        }
        m_buffer.remove(0, need);
        switch (opcode) {
        case 0x1:
            texts.append(payload);
            Q_EMIT textReceived(QString::fromUtf8(payload));
            if (echoText)
                sendFrame(0x1, payload);
            break;
        case 0x2:
        case 0x0: // binary, possibly fragmented (QWebSocket sends 512 KiB frames)
            binaryBytesReceived += payload.size();
            m_fragmentBytes += payload.size();
            if (fin) {
                Q_EMIT binaryReceived(m_fragmentBytes);
                m_fragmentBytes = 0;
            }
            break;
        case 0x8: {
            const quint16 code = payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005;
            Q_EMIT closeReceived(code);
            sendFrame(0x8, payload.left(2));
            m_socket->disconnectFromHost();
            return;
        }
        case 0x9:
            Q_EMIT pingReceived(payload);
            if (answerPings && pongDelayMs > 0)
                QTimer::singleShot(pongDelayMs, this, [this, payload] { sendFrame(0xA, payload); });
            else if (answerPings)
                sendFrame(0xA, payload);
            break;
        default:
            break;
        }
    }
}

void RawPeer::sendFrame(quint8 opcode, const QByteArray &payload)
{
    if (!m_socket)
        return;
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(payload.size()));
    } else if (payload.size() < 65536) {
        frame.append(char(126));
        char len[2];
        qToBigEndian<quint16>(quint16(payload.size()), len);
        frame.append(len, 2);
    } else {
        frame.append(char(127));
        char len[8];
        qToBigEndian<quint64>(quint64(payload.size()), len);
        frame.append(len, 8);
    }
    frame.append(payload);
    m_socket->write(frame);
}

void RawPeer::sendText(const QString &text)
{
    sendFrame(0x1, text.toUtf8());
}

void RawPeer::sendClose(quint16 code, const QByteArray &reason)
{
    char c[2];
    qToBigEndian<quint16>(code, c);
    sendFrame(0x8, QByteArray(c, 2) + reason);
}

void RawPeer::dropConnection()
{
    if (m_socket)
        m_socket->abort();
}

void RawPeer::resetConnection()
{
    wspulse::resetTcp(m_socket);
}

void RawPeer::trickleBinary(qint64 total, qint64 chunk, int intervalMs)
{
    // Header with the shortest length encoding, as RFC 6455 requires.
    QByteArray header;
    header.append(char(0x82));
    if (total < 126) {
        header.append(char(total));
    } else if (total < 65536) {
        header.append(char(126));
        char len[2];
        qToBigEndian<quint16>(quint16(total), len);
        header.append(len, 2);
    } else {
        header.append(char(127));
        char len[8];
        qToBigEndian<quint64>(quint64(total), len);
        header.append(len, 8);
    }
    m_socket->write(header);
    m_trickleLeft = total;
    m_trickleChunk = chunk;
    m_trickle.start(intervalMs);
}
