#pragma once

// A real intermediary (nginx, HAProxy, tinyproxy) for a test: its
// configuration written to a private folder, run in the foreground on a free
// loopback port, stopped by its PID, never by name.
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace wspulse::testing {

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One intermediary process: its configuration written to a private folder,
// run in the foreground, stopped by PID.
class Intermediary
{
public:
    Intermediary(const QString &program, const QString &config, const QStringList &args)
        : m_program(QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}))
    {
        if (m_program.isEmpty() || !m_dir.isValid())
            return;
        QFile file(m_dir.filePath(QStringLiteral("proxy.conf")));
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(QString(config).replace(QStringLiteral("@DIR@"), m_dir.path()).toUtf8());
        file.close();
        for (const QString &a : args)
            m_args << QString(a).replace(QStringLiteral("@DIR@"), m_dir.path());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        start();
    }
    ~Intermediary() { stop(); }
    void start() { m_process.start(m_program, m_args); }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate(); // SIGTERM to this PID (nginx: the master, which stops its workers)
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    bool found() const { return !m_program.isEmpty(); }
    // Running and accepting on `port`.
    bool waitUntilListening(quint16 port)
    {
        return QTest::qWaitFor(
            [&] {
                if (m_process.state() != QProcess::Running)
                    return false;
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(100);
            },
            5000);
    }
    QString dir() const { return m_dir.path(); }

private:
    QString m_program;
    QStringList m_args;
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace wspulse::testing
