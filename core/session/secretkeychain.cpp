#include "secretkeychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <QTimer>

#include <functional>
#include <memory>

#ifdef WSPULSE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace wspulse {

namespace {
const QString kService = QStringLiteral("wspulse");

#ifdef WSPULSE_HAVE_KEYCHAIN
struct Outcome
{
    bool answered = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text; // what a read found
};

// The one thread every keychain job runs on, with GLib's event loop (a
// QThread's own): the Secret Service backend (libsecret) answers through
// GLib, which the epoll dispatcher of the headless modes does not run, and
// it keeps its connection on the thread that first used it, so that thread
// must stay. It is stopped when the application ends.
QThread *g_keychainThread = nullptr;

QThread *keychainThread()
{
    if (!g_keychainThread) {
        g_keychainThread = new QThread;
        g_keychainThread->setObjectName(QStringLiteral("keychain"));
        g_keychainThread->start();
        qAddPostRoutine([] {
            g_keychainThread->quit();
            g_keychainThread->wait();
            delete g_keychainThread;
            g_keychainThread = nullptr;
        });
    }
    return g_keychainThread;
}

// Runs a job to its end, waiting for it: the store's callers are
// synchronous (a save from the command line, a dialog's OK). `make` runs on
// the keychain thread, possibly after a timed-out caller has returned: it
// holds copies, never references.
Outcome finish(const std::function<QKeychain::Job *()> &make)
{
    struct Shared
    {
        QMutex mutex;
        QWaitCondition settled;
        bool done = false;
        Outcome out;
    };
    auto shared = std::make_shared<Shared>();
    auto *context = new QObject;
    context->moveToThread(keychainThread());
    QMetaObject::invokeMethod(context, [shared, make, context] {
        QKeychain::Job *job = make();
        job->setAutoDelete(true); // deleted after finished, in its thread
        const auto settle = [shared](const Outcome &out) {
            const QMutexLocker lock(&shared->mutex);
            if (shared->done)
                return;
            shared->out = out;
            shared->done = true;
            shared->settled.wakeAll();
        };
        QObject::connect(job, &QKeychain::Job::finished, context, [settle, job] {
            Outcome out;
            out.answered = true;
            out.error = job->error();
            out.errorString = job->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                out.text = read->textData();
            settle(out);
        });
        job->start();
    });
    const QMutexLocker lock(&shared->mutex);
    if (!shared->done)
        shared->settled.wait(&shared->mutex, SecretKeychain::kTimeoutMs);
    shared->done = true; // a late answer is dropped
    context->deleteLater();
    return shared->out;
}

QString timedOut()
{
    return QCoreApplication::translate("Connections", "the keychain did not answer within %1 s")
        .arg(SecretKeychain::kTimeoutMs / 1000);
}
#endif

bool switchedOff()
{
    return qEnvironmentVariableIsSet("WSPULSE_KEYCHAIN")
        && qEnvironmentVariable("WSPULSE_KEYCHAIN") == QLatin1String("0");
}
} // namespace

SecretKeychain::SecretKeychain(const QString &key)
    : m_key(key)
{
}

bool SecretKeychain::builtIn()
{
#ifdef WSPULSE_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool SecretKeychain::available(QString *why) const
{
    QString error;
    const bool ok = read(&error).has_value();
    if (!ok && why)
        *why = error;
    return ok;
}

std::optional<QJsonObject> SecretKeychain::read(QString *error) const
{
    if (switchedOff()) {
        if (error)
            *error = QCoreApplication::translate("Connections", "the keychain is switched off (WSPULSE_KEYCHAIN=0)");
        return std::nullopt;
    }
#ifdef WSPULSE_HAVE_KEYCHAIN
    const Outcome out = finish([key = m_key] {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(key);
        return job;
    });
    if (!out.answered) {
        if (error)
            *error = timedOut();
        return std::nullopt;
    }
    if (out.error == QKeychain::EntryNotFound)
        return QJsonObject();
    if (out.error != QKeychain::NoError) {
        if (error)
            *error = out.errorString;
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(out.text.toUtf8());
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Connections", "the keychain entry %1 is not wspulse's").arg(m_key);
        return std::nullopt;
    }
    return doc.object();
#else
    if (error)
        *error = QCoreApplication::translate("Connections", "built without QtKeychain");
    return std::nullopt;
#endif
}

QString SecretKeychain::write(const QJsonObject &secrets) const
{
    if (secrets.isEmpty())
        return remove();
#ifdef WSPULSE_HAVE_KEYCHAIN
    const QString text = QString::fromUtf8(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
    const Outcome out = finish([key = m_key, text] {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setKey(key);
        job->setTextData(text);
        return job;
    });
    if (!out.answered)
        return timedOut();
    return out.error == QKeychain::NoError ? QString() : out.errorString;
#else
    return QCoreApplication::translate("Connections", "built without QtKeychain");
#endif
}

QString SecretKeychain::remove() const
{
#ifdef WSPULSE_HAVE_KEYCHAIN
    const Outcome out = finish([key = m_key] {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(key);
        return job;
    });
    if (!out.answered)
        return timedOut();
    return out.error == QKeychain::NoError || out.error == QKeychain::EntryNotFound ? QString() : out.errorString;
#else
    return {};
#endif
}

} // namespace wspulse
