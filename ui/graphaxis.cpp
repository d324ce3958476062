#include "graphaxis.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace graphaxis {

namespace {
// 1, 2 or 5 times a power of ten, the smallest at or above v, as the
// multiplier and the exponent: ticks computed from whole numbers come out as
// the decimal a person expects (0.6, not 0.6000000000000001).
struct Step
{
    int multiplier;
    int exponent;
    double at(int i) const
    {
        const double n = double(i) * multiplier;
        return exponent >= 0 ? n * std::pow(10.0, exponent) : n / std::pow(10.0, -exponent);
    }
};

Step niceStep(double v)
{
    int exponent = int(std::floor(std::log10(v)));
    const double p = std::pow(10.0, exponent);
    for (int m : {1, 2, 5}) {
        if (v <= m * p * (1 + 1e-9))
            return {m, exponent};
    }
    return {1, exponent + 1};
}
} // namespace

QVector<double> linearTicks(double top, int maxTicks)
{
    top = std::max(top, 1e-6);
    maxTicks = std::max(maxTicks, 2);
    const Step step = niceStep(top / (maxTicks - 1));
    QVector<double> ticks;
    for (int i = 0;; ++i) {
        ticks << step.at(i);
        if (ticks.last() >= top * (1 - 1e-9))
            break;
    }
    return ticks;
}

QVector<double> logTicks(double low, double high, int maxTicks)
{
    low = std::max(low, 1e-6);
    high = std::max(high, low * 10);
    const int first = int(std::floor(std::log10(low)));
    const int last = int(std::ceil(std::log10(high)));
    const int decades = std::max(1, last - first);
    // 1, 2, 5 per decade when they fit, else every decade, else every other.
    const QVector<double> within = decades * 3 <= maxTicks ? QVector<double>{1, 2, 5} : QVector<double>{1};
    const int every = decades <= maxTicks ? 1 : 2;
    QVector<double> ticks;
    for (int d = first; d <= last; d += every) {
        for (double m : within) {
            const double v = m * std::pow(10.0, d);
            if (v >= low * (1 - 1e-9) && v <= std::pow(10.0, last) * (1 + 1e-9))
                ticks << v;
        }
    }
    return ticks;
}

double timeStep(double span, int maxTicks)
{
    static const double kSteps[] = {1,   2,    5,    10,   15,    30,    60,    120,   300,   600,
                                    900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800};
    maxTicks = std::max(maxTicks, 1);
    for (double s : kSteps) {
        if (span / s <= maxTicks)
            return s;
    }
    return std::ceil(span / maxTicks / 86400) * 86400;
}

QString valueLabel(double ms)
{
    // Up to three significant digits, trailing zeros dropped.
    const auto digits = [](double v) {
        const int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
        QString text = QString::number(v, 'f', decimals);
        if (text.contains(QLatin1Char('.'))) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
        return text;
    };
    if (ms <= 0)
        return QStringLiteral("0");
    if (ms < 1)
        return QCoreApplication::translate("LatencyGraph", "%1 µs").arg(digits(ms * 1000));
    if (ms < 1000)
        return QCoreApplication::translate("LatencyGraph", "%1 ms").arg(digits(ms));
    return QCoreApplication::translate("LatencyGraph", "%1 s").arg(digits(ms / 1000));
}

QString timeLabel(double wallSeconds, double step)
{
    const QTime t = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(wallSeconds * 1000))).time();
    return t.toString(step >= 60 && t.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

} // namespace graphaxis
