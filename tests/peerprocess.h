#pragma once

// A test peer in a process of its own, started by the test and killed by it.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>
#include <QtTest>

#include <csignal>

inline const QString kPeers = QStringLiteral(WSPULSE_TESTS_DIR "/peers");

// A peer process: started with a program and arguments, it prints "PORT n"
// first; every line it prints is kept. Killed when the test is done with it.
class Peer
{
public:
    QStringList lines;
    quint16 port = 0;

    bool start(const QString &program, const QStringList &args,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            m_buffer += m_process.readAllStandardOutput();
            qsizetype nl;
            while ((nl = m_buffer.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(m_buffer.left(nl));
                m_buffer.remove(0, nl + 1);
                lines << line;
                if (line.startsWith(QLatin1String("PORT ")))
                    port = quint16(line.mid(5).toUInt());
            }
        });
        m_process.start(program, args);
        return QTest::qWaitFor([this] { return port != 0 || m_process.state() == QProcess::NotRunning; }, 10000)
            && port != 0;
    }
    bool startNode(const QString &mode, const QStringList &args = {}, quint16 fixedPort = 0)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (fixedPort)
            env.insert(QStringLiteral("PORT"), QString::number(fixedPort));
        return start(QStringLiteral("node"), QStringList{kPeers + QStringLiteral("/ws_server.js"), mode} + args, env);
    }
    bool startPython() { return start(QStringLiteral("/usr/bin/python3"), {kPeers + QStringLiteral("/py_server.py")}); }
    bool saw(const QString &prefix) const
    {
        for (const QString &l : lines)
            if (l.startsWith(prefix))
                return true;
        return false;
    }
    qint64 pid() const { return m_process.processId(); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)); }
    ~Peer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGCONT); // a stopped peer cannot die
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
};
