#include "durationtext.h"

#include <QCoreApplication>

QString durationText(qint64 us)
{
    if (us < 1000)
        return QCoreApplication::translate("Duration", "%1 µs").arg(us);
    if (us < 10'000)
        return QCoreApplication::translate("Duration", "%1 ms").arg(double(us) / 1e3, 0, 'f', 1);
    if (us < 1'000'000)
        return QCoreApplication::translate("Duration", "%1 ms").arg(double(us) / 1e3, 0, 'f', 0);
    if (us < 60'000'000)
        return QCoreApplication::translate("Duration", "%1 s").arg(double(us) / 1e6, 0, 'f', 1);
    const qint64 seconds = us / 1'000'000;
    return QCoreApplication::translate("Duration", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}
