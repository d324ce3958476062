#pragma once

#include <QtGlobal>

#ifdef Q_OS_LINUX

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>

#include <set>
#include <utility>
#include <vector>

class QSocketNotifier;

namespace wspulse {

// An event dispatcher for the threads that hold many connections (--serve,
// soak mode, headless). Qt's UNIX dispatcher builds and polls an array of
// every socket on every loop pass; with 5000 connections the kernel's
// tcp_poll alone was 40 % of the server's CPU. epoll keeps the interest set
// in the kernel and returns only the ready sockets, so a pass costs what is
// ready, not what is open.
//
// Semantics follow QEventDispatcherUNIX: posted events, then sockets (read /
// write / exception notifiers, level-triggered), then timers, once per pass;
// a timer started during a pass fires in a later one. Interest changes are
// applied just before waiting, so a write notifier enabled and disabled again
// in the same pass costs no system call.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // False when the kernel refused epoll or eventfd (then use Qt's own).
    bool isValid() const { return m_epoll >= 0 && m_wakeFd >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr}; // QSocketNotifier::Type
        quint32 generation[3] = {0, 0, 0}; // bumped on unregister: a stale readiness is dropped
        quint32 applied = 0;               // the epoll mask the kernel has
        bool dirty = false;
        // epoll refuses regular files and some devices (/dev/null) with
        // EPERM; poll() calls them always ready, and so do we.
        bool alwaysReady = false;
    };
    struct Pending
    {
        int fd;
        int type;
        quint32 generation;
    };
    struct Timer
    {
        qint64 intervalNs;
        qint64 deadlineNs;
        Qt::TimerType type;
        QObject *object;
        int intervalMs;
    };

    static qint64 nowNs();
    Watch *watchFor(int fd);
    void applyInterest();
    int activateNotifiers();
    int activateTimers();
    void drainWakeUps();

    int m_epoll = -1;
    int m_wakeFd = -1;
    QAtomicInt m_wakeUpPending = 0;
    QAtomicInt m_interrupted = 0;
    bool m_hasPwait2 = true;

    std::vector<Watch> m_watches; // indexed by descriptor: descriptors are small and dense
    std::vector<int> m_dirty;
    std::vector<int> m_alwaysReady; // descriptors epoll would not take
    std::vector<Pending> m_pending;

    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_deadlines; // (deadline, timer id), earliest first
};

} // namespace wspulse

#endif // Q_OS_LINUX
