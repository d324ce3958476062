#include "epolleventdispatcher.h"

#ifdef Q_OS_LINUX

#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <QTimerEvent>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace wspulse {

namespace {

constexpr qint64 NsPerMs = 1000 * 1000;
constexpr int MaxEventsPerWait = 1024;

// Events posted without a wake-up (Qt re-posts a deferred delete it may not
// deliver yet, without waking the dispatcher) must not wait for the next
// socket: never block longer than this.
constexpr qint64 MaxBlockNs = 250 * NsPerMs;

quint32 maskFor(int type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return EPOLLIN;
    case QSocketNotifier::Write:
        return EPOLLOUT;
    default:
        return EPOLLPRI;
    }
}

// What wakes each notifier type, as Qt's UNIX dispatcher maps poll() flags.
quint32 readinessFor(int type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return EPOLLIN | EPOLLHUP | EPOLLERR;
    case QSocketNotifier::Write:
        return EPOLLOUT | EPOLLHUP | EPOLLERR;
    default:
        return EPOLLPRI | EPOLLHUP | EPOLLERR;
    }
}

const char *typeName(int type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return "Read";
    case QSocketNotifier::Write:
        return "Write";
    default:
        return "Exception";
    }
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll >= 0 && m_wakeFd >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = m_wakeFd;
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev) != 0) {
            close(m_wakeFd);
            m_wakeFd = -1;
        }
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeFd >= 0)
        close(m_wakeFd);
    if (m_epoll >= 0)
        close(m_epoll);
}

qint64 EpollEventDispatcher::nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts); // the clock QDeadlineTimer and steady_clock use
    return qint64(ts.tv_sec) * 1000 * NsPerMs + ts.tv_nsec;
}

EpollEventDispatcher::Watch *EpollEventDispatcher::watchFor(int fd)
{
    if (fd < 0)
        return nullptr;
    if (size_t(fd) >= m_watches.size())
        m_watches.resize(size_t(fd) + 64);
    return &m_watches[size_t(fd)];
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    Watch *watch = watchFor(fd);
    if (!watch)
        return;
    if (watch->notifiers[type] && watch->notifiers[type] != notifier)
        qWarning("EpollEventDispatcher: multiple socket notifiers for socket %d and type %s", fd, typeName(type));
    watch->notifiers[type] = notifier;
    if (!watch->dirty) {
        watch->dirty = true;
        m_dirty.push_back(fd);
    }
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    if (fd < 0 || size_t(fd) >= m_watches.size())
        return;
    Watch &watch = m_watches[size_t(fd)];
    const int type = int(notifier->type());
    if (watch.notifiers[type] != notifier)
        return;
    watch.notifiers[type] = nullptr;
    ++watch.generation[type];
    const bool empty = !watch.notifiers[0] && !watch.notifiers[1] && !watch.notifiers[2];
    if (empty && watch.alwaysReady) {
        watch.alwaysReady = false;
        watch.applied = 0;
        m_alwaysReady.erase(std::remove(m_alwaysReady.begin(), m_alwaysReady.end(), fd), m_alwaysReady.end());
    }
    if (empty && watch.applied) {
        // Removed now, not lazily: the descriptor is usually closed next and
        // its number reused by the next accepted socket.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        watch.applied = 0;
        return;
    }
    if (!watch.dirty) {
        watch.dirty = true;
        m_dirty.push_back(fd);
    }
}

void EpollEventDispatcher::applyInterest()
{
    for (int fd : m_dirty) {
        Watch &watch = m_watches[size_t(fd)];
        if (!watch.dirty)
            continue;
        watch.dirty = false;
        quint32 wanted = 0;
        for (int type = 0; type < 3; ++type) {
            if (watch.notifiers[type])
                wanted |= maskFor(type);
        }
        if (wanted == watch.applied || watch.alwaysReady)
            continue;
        epoll_event ev{};
        ev.events = wanted;
        ev.data.fd = fd;
        int op = EPOLL_CTL_MOD;
        if (!watch.applied)
            op = EPOLL_CTL_ADD;
        else if (!wanted)
            op = EPOLL_CTL_DEL;
        if (epoll_ctl(m_epoll, op, fd, &ev) != 0) {
            if (op == EPOLL_CTL_MOD && errno == ENOENT) { // the old file was closed under us
                epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
            } else if (op == EPOLL_CTL_ADD && errno == EPERM) {
                // A regular file or /dev/null (stdin redirected from one):
                // always ready, as poll() and Qt's own dispatcher have it.
                watch.alwaysReady = true;
                m_alwaysReady.push_back(fd);
            } else if (op != EPOLL_CTL_DEL) {
                // Never ignored silently: a descriptor nobody watches would
                // leave whatever waits on it waiting forever.
                qCritical("EpollEventDispatcher: cannot watch descriptor %d: %s", fd, strerror(errno));
                QCoreApplication::exit(1);
            }
        }
        watch.applied = wanted;
    }
    m_dirty.clear();
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (timerType == Qt::VeryCoarseTimer)
        interval = (interval + 500) / 1000 * 1000; // as Qt: whole seconds
    Timer timer{interval * NsPerMs, nowNs() + interval * NsPerMs, timerType, object, int(interval)};
    unregisterTimer(timerId);
    m_timers.insert(timerId, timer);
    m_deadlines.emplace(timer.deadlineNs, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return false;
    m_deadlines.erase({it->deadlineNs, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            m_deadlines.erase({it->deadlineNs, it.key()});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            list.append(TimerInfo(it.key(), it->intervalMs, it->type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    const qint64 left = it->deadlineNs - nowNs();
    return left <= 0 ? 0 : int((left + NsPerMs - 1) / NsPerMs);
}

void EpollEventDispatcher::wakeUp()
{
    // One write per wake: a thousand posted events cost one system call.
    if (m_wakeUpPending.testAndSetAcquire(0, 1)) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t written = write(m_wakeFd, &one, sizeof one);
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

void EpollEventDispatcher::drainWakeUps()
{
    quint64 count;
    [[maybe_unused]] const ssize_t got = read(m_wakeFd, &count, sizeof count);
    m_wakeUpPending.storeRelease(0);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool mayBlock = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.loadRelaxed();
    if (mayBlock)
        emit aboutToBlock();
    if (m_interrupted.loadRelaxed())
        return false;

    qint64 timeoutNs = 0;
    if (mayBlock) {
        timeoutNs = MaxBlockNs;
        if (includeTimers && !m_deadlines.empty())
            timeoutNs = qBound<qint64>(0, m_deadlines.begin()->first - nowNs(), MaxBlockNs);
    }

    int activated = 0;
    if (includeNotifiers) {
        applyInterest();
        if (!m_alwaysReady.empty())
            timeoutNs = 0; // something is ready now: do not block
        epoll_event events[MaxEventsPerWait];
        int ready = -1;
        if (m_hasPwait2) {
            const timespec ts{time_t(timeoutNs / (1000 * NsPerMs)), long(timeoutNs % (1000 * NsPerMs))};
            ready = epoll_pwait2(m_epoll, events, MaxEventsPerWait, &ts, nullptr);
            if (ready < 0 && errno == ENOSYS)
                m_hasPwait2 = false; // kernels before 5.11
        }
        if (!m_hasPwait2) // whole milliseconds, rounded up: never wake before a deadline
            ready = epoll_wait(m_epoll, events, MaxEventsPerWait, int((timeoutNs + NsPerMs - 1) / NsPerMs));
        if (ready < 0 && errno != EINTR)
            qErrnoWarning("EpollEventDispatcher: epoll_wait");
        for (int i = 0; i < ready; ++i) {
            const int fd = events[i].data.fd;
            if (fd == m_wakeFd) {
                drainWakeUps();
                ++activated;
                continue;
            }
            const Watch &watch = m_watches[size_t(fd)];
            for (int type = 0; type < 3; ++type) {
                if (watch.notifiers[type] && (events[i].events & readinessFor(type)))
                    m_pending.push_back({fd, type, watch.generation[type]});
            }
        }
        for (int fd : m_alwaysReady) {
            const Watch &watch = m_watches[size_t(fd)];
            for (int type = 0; type < 3; ++type) {
                if (watch.notifiers[type] && watch.notifiers[type]->isEnabled())
                    m_pending.push_back({fd, type, watch.generation[type]});
            }
        }
        activated += activateNotifiers();
    } else {
        // Sockets stay out of this pass: wait for wake-ups and timers only.
        pollfd pfd{m_wakeFd, POLLIN, 0};
        if (poll(&pfd, 1, int((timeoutNs + NsPerMs - 1) / NsPerMs)) > 0) {
            drainWakeUps();
            ++activated;
        }
    }

    if (includeTimers)
        activated += activateTimers();
    return activated > 0;
}

int EpollEventDispatcher::activateNotifiers()
{
    int activated = 0;
    // Delivery may register, unregister or delete any notifier, including
    // ones still pending: each is looked up again, and one unregistered since
    // it was found ready (its generation moved on) is skipped, as Qt does.
    std::vector<Pending> pending;
    pending.swap(m_pending);
    for (const Pending &p : pending) {
        if (size_t(p.fd) >= m_watches.size())
            continue;
        const Watch &watch = m_watches[size_t(p.fd)];
        QSocketNotifier *notifier = watch.notifiers[p.type];
        if (!notifier || watch.generation[p.type] != p.generation)
            continue;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
    }
    pending.clear();
    if (m_pending.empty())
        m_pending.swap(pending); // keep the capacity
    return activated;
}

int EpollEventDispatcher::activateTimers()
{
    if (m_deadlines.empty())
        return 0;
    const qint64 now = nowNs();
    // Only timers due when the pass began: one (re)started by a timer event
    // waits for the next pass, so a zero timer cannot starve the loop.
    std::vector<int> due;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend() && it->first <= now; ++it)
        due.push_back(it->second);
    int activated = 0;
    for (int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->deadlineNs > now)
            continue; // killed, or restarted, by an earlier timer of this pass
        m_deadlines.erase({it->deadlineNs, id});
        // Next deadline on the timer's own grid (no drift), unless it fell behind.
        qint64 next = it->deadlineNs + it->intervalNs;
        if (next <= now)
            next = now + it->intervalNs;
        it->deadlineNs = next;
        m_deadlines.emplace(next, id);
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++activated;
    }
    return activated;
}

} // namespace wspulse

#endif // Q_OS_LINUX
