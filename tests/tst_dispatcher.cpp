#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QPointer>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <fcntl.h>
#include <memory>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

// The epoll dispatcher under the same expectations Qt's own meets: timers
// never early and in order, notifiers level-triggered and safe to delete in
// another's handler, wake-ups from other threads, descriptor reuse.
class TestDispatcher : public QObject
{
    Q_OBJECT

    struct SocketPair
    {
        int fd[2] = {-1, -1};
        SocketPair() { QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fd) == 0); }
        ~SocketPair() { closeBoth(); }
        void closeBoth()
        {
            for (int &f : fd) {
                if (f >= 0)
                    ::close(f);
                f = -1;
            }
        }
        void send(char c = 'x') const { QCOMPARE(::write(fd[1], &c, 1), ssize_t(1)); }
        void drain() const
        {
            char buf[64];
            while (::read(fd[0], buf, sizeof buf) > 0) { }
        }
    };

private Q_SLOTS:
    void isInstalled() { QVERIFY(qobject_cast<wspulse::EpollEventDispatcher *>(QAbstractEventDispatcher::instance())); }

    // epoll refuses regular files and /dev/null (EPERM); poll() calls them
    // always ready. Without that, a notifier on stdin from a file never fires.
    void descriptorsEpollRefusesAreAlwaysReady()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("some bytes");
        file.flush();
        for (const QString &path : {file.fileName(), QStringLiteral("/dev/null")}) {
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
            QVERIFY(fd >= 0);
            int fired = 0;
            {
                QSocketNotifier notifier(fd, QSocketNotifier::Read);
                connect(&notifier, &QSocketNotifier::activated, this, [&] {
                    if (++fired == 3)
                        notifier.setEnabled(false); // else it is ready on every pass
                });
                QTRY_COMPARE_WITH_TIMEOUT(fired, 3, 2000);
            }
            // Gone with its notifier: the loop blocks again (a timer still fires on time).
            bool timerFired = false;
            QTimer::singleShot(20, this, [&] { timerFired = true; });
            QTRY_VERIFY_WITH_TIMEOUT(timerFired, 2000);
            QCOMPARE(fired, 3);
            ::close(fd);
        }
    }

    void timersFireInOrderAndNeverEarly()
    {
        QElapsedTimer clock;
        std::vector<std::pair<int, qint64>> fired; // (interval, elapsed ns)
        for (const int ms : {30, 10, 20}) {
            QTimer::singleShot(ms, Qt::PreciseTimer, this, [&, ms] { fired.emplace_back(ms, clock.nsecsElapsed()); });
        }
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), size_t(3), 2000);
        QCOMPARE(fired[0].first, 10);
        QCOMPARE(fired[1].first, 20);
        QCOMPARE(fired[2].first, 30);
        for (const auto &[ms, ns] : fired)
            QVERIFY2(ns >= qint64(ms) * 1000000, qPrintable(QString::number(ns)));
    }

    void repeatingTimerKeepsItsGrid()
    {
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(20);
        QElapsedTimer clock;
        std::vector<qint64> at;
        connect(&timer, &QTimer::timeout, this, [&] { at.push_back(clock.nsecsElapsed()); });
        clock.start();
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(at.size() >= 5, 3000);
        timer.stop();
        for (size_t i = 0; i < at.size(); ++i) // the n-th tick is never before n intervals
            QVERIFY(at[i] >= qint64(i + 1) * 20 * 1000000);
    }

    void timerKilledByAnEarlierOneInTheSamePassDoesNotFire()
    {
        QTimer first, second;
        first.setSingleShot(true);
        second.setSingleShot(true);
        bool secondFired = false;
        bool firstFired = false;
        connect(&first, &QTimer::timeout, this, [&] {
            firstFired = true;
            second.stop();
        });
        connect(&second, &QTimer::timeout, this, [&] { secondFired = true; });
        first.start(5);
        second.start(5);
        QThread::msleep(20); // both are due when the loop next looks
        QTRY_VERIFY(firstFired);
        QTest::qWait(30);
        QVERIFY(!secondFired);
    }

    void remainingTimeAndRegisteredTimers()
    {
        QObject owner;
        const int id = owner.startTimer(500);
        auto *dispatcher = QAbstractEventDispatcher::instance();
        const int left = dispatcher->remainingTime(id);
        QVERIFY2(left > 400 && left <= 500, qPrintable(QString::number(left)));
        const auto timers = dispatcher->registeredTimers(&owner);
        QCOMPARE(timers.size(), 1);
        QCOMPARE(timers.first().timerId, id);
        QCOMPARE(timers.first().interval, 500);
        owner.killTimer(id);
        QCOMPARE(dispatcher->remainingTime(id), -1);
        QVERIFY(dispatcher->registeredTimers(&owner).isEmpty());
    }

    void zeroTimerDoesNotStarveSockets()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fd[0], QSocketNotifier::Read);
        int reads = 0;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            pair.drain();
            ++reads;
        });
        int spins = 0;
        QTimer spinner;
        spinner.setInterval(0);
        connect(&spinner, &QTimer::timeout, this, [&] { ++spins; });
        spinner.start();
        pair.send();
        QTRY_COMPARE(reads, 1);
        QVERIFY(spins > 0);
    }

    void readNotifierIsLevelTriggered()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fd[0], QSocketNotifier::Read);
        int activations = 0;
        // Not reading: the data stays, so the notifier must keep firing.
        connect(&notifier, &QSocketNotifier::activated, this, [&] { ++activations; });
        pair.send();
        QTRY_VERIFY(activations >= 3);
        notifier.setEnabled(false);
        const int seen = activations;
        QTest::qWait(30);
        QCOMPARE(activations, seen);
        pair.drain();
    }

    void writeNotifierTogglingInOnePassCostsNothingAndStillWorks()
    {
        SocketPair pair;
        QSocketNotifier writable(pair.fd[1], QSocketNotifier::Write);
        writable.setEnabled(false);
        writable.setEnabled(true);
        writable.setEnabled(false);
        int activations = 0;
        connect(&writable, &QSocketNotifier::activated, this, [&] {
            ++activations;
            writable.setEnabled(false);
        });
        QTest::qWait(20);
        QCOMPARE(activations, 0);
        writable.setEnabled(true);
        QTRY_COMPARE(activations, 1);
    }

    void notifierDeletedByAnotherHandlerIsNotActivated()
    {
        SocketPair a, b;
        auto *na = new QSocketNotifier(a.fd[0], QSocketNotifier::Read, this);
        auto *nb = new QSocketNotifier(b.fd[0], QSocketNotifier::Read, this);
        QPointer<QSocketNotifier> guardA = na, guardB = nb;
        int fired = 0;
        // Whichever fires first deletes the other, which is ready in the same pass.
        connect(na, &QSocketNotifier::activated, this, [&] {
            ++fired;
            a.drain();
            delete guardB;
        });
        connect(nb, &QSocketNotifier::activated, this, [&] {
            ++fired;
            b.drain();
            delete guardA;
        });
        a.send();
        b.send();
        QTRY_COMPARE(fired, 1);
        QTest::qWait(20);
        QCOMPARE(fired, 1);
        delete guardA;
        delete guardB;
    }

    void readinessSeenBeforeADisableIsDropped()
    {
        // Both ready in one pass; whichever runs first drains the other's
        // socket and switches its notifier off and on again. The readiness
        // found before the switch is stale: acting on it would be a spurious
        // activation with nothing to read.
        SocketPair a, b;
        QSocketNotifier na(a.fd[0], QSocketNotifier::Read);
        QSocketNotifier nb(b.fd[0], QSocketNotifier::Read);
        int fired = 0;
        int empty = 0;
        const auto handler = [&](const SocketPair &mine, const SocketPair &other, QSocketNotifier &otherNotifier) {
            char c;
            if (::read(mine.fd[0], &c, 1) != 1) {
                ++empty;
                return;
            }
            ++fired;
            other.drain();
            otherNotifier.setEnabled(false);
            otherNotifier.setEnabled(true);
        };
        connect(&na, &QSocketNotifier::activated, this, [&] { handler(a, b, nb); });
        connect(&nb, &QSocketNotifier::activated, this, [&] { handler(b, a, na); });
        a.send();
        b.send();
        QTRY_COMPARE(fired, 1);
        QTest::qWait(20);
        QCOMPARE(fired, 1);
        QCOMPARE(empty, 0);
    }

    void reusedDescriptorIsWatchedAfresh()
    {
        // A socket's notifier goes, the socket is closed and the next socket
        // gets the same number, all between two waits: the new one must be
        // watched (the kernel dropped the old file from epoll with the close).
        auto first = std::make_unique<SocketPair>();
        auto notifier = std::make_unique<QSocketNotifier>(first->fd[0], QSocketNotifier::Read);
        QTest::qWait(5); // the dispatcher has applied the interest
        const int number = first->fd[0];
        notifier.reset();
        first->closeBoth();
        SocketPair second;
        QCOMPARE(second.fd[0], number);
        QSocketNotifier again(second.fd[0], QSocketNotifier::Read);
        int reads = 0;
        connect(&again, &QSocketNotifier::activated, this, [&] {
            second.drain();
            ++reads;
        });
        second.send();
        QTRY_COMPARE(reads, 1);
    }

    void postedFromAnotherThreadWakesTheLoop()
    {
        int calls = 0;
        std::thread poster([this, &calls] {
            QThread::msleep(30); // the loop is blocked in epoll by now
            QMetaObject::invokeMethod(
                this, [&calls] { ++calls; }, Qt::QueuedConnection);
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 2000);
        poster.join();
    }

    void exitFromAnotherThreadInterruptsTheWait()
    {
        QEventLoop loop;
        QTimer safety;
        safety.setSingleShot(true);
        connect(&safety, &QTimer::timeout, &loop, [&loop] { loop.exit(2); });
        safety.start(5000);
        std::thread quitter([&loop] {
            QThread::msleep(30);
            loop.exit(7); // thread-safe: interrupts the dispatcher
        });
        const int code = loop.exec();
        quitter.join();
        QCOMPARE(code, 7);
    }

    void deleteLaterIsDelivered()
    {
        QPointer<QObject> object = new QObject;
        QTimer::singleShot(1, object.data(), [object] { object->deleteLater(); });
        QTRY_VERIFY(object.isNull());
    }

    void timersFollowAnObjectToAnotherThread()
    {
        QThread worker;
        worker.start();
        auto *ticker = new QTimer;
        ticker->setInterval(5);
        ticker->start();
        std::atomic<int> ticks{0}; // counted in the worker thread
        connect(ticker, &QTimer::timeout, ticker, [&ticks] { ++ticks; });
        ticker->moveToThread(&worker);
        QVERIFY(QAbstractEventDispatcher::instance()->registeredTimers(ticker).isEmpty());
        QTRY_VERIFY(ticks.load() >= 2);
        QMetaObject::invokeMethod(
            ticker, [ticker] { delete ticker; }, Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(2000));
    }
};

WSPULSE_EPOLL_TEST_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
