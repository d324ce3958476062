#pragma once

#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QtTest>

// QTEST_GUILESS_MAIN, plus the choice of event dispatcher: with
// WSPULSE_TEST_DISPATCHER=epoll the suite runs on wspulse's own (what the
// headless, soak and --serve modes use), otherwise on Qt's default.
namespace wspulse::testing {
inline void installRequestedDispatcher(bool forceEpoll = false)
{
#ifdef Q_OS_LINUX
    if (forceEpoll || qgetenv("WSPULSE_TEST_DISPATCHER") == "epoll")
        QCoreApplication::setEventDispatcher(new wspulse::EpollEventDispatcher);
#else
    Q_UNUSED(forceEpoll);
#endif
}
} // namespace wspulse::testing

#define WSPULSE_TEST_MAIN_IMPL(TestObject, forceEpoll)                                                                 \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        wspulse::testing::installRequestedDispatcher(forceEpoll);                                                      \
        QCoreApplication app(argc, argv);                                                                              \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }

#define WSPULSE_TEST_MAIN(TestObject) WSPULSE_TEST_MAIN_IMPL(TestObject, false)
#define WSPULSE_EPOLL_TEST_MAIN(TestObject) WSPULSE_TEST_MAIN_IMPL(TestObject, true)
