#pragma once

#include <QString>
#include <QVector>

// Where the latency graph puts its ticks and what it writes there: steps of
// 1, 2 or 5 times a power of ten on the value axis (1, 2, 5 per decade on a
// log scale), steps a clock reads naturally on the time axis, and labels in
// the unit that reads best, never in exponent notation.
namespace graphaxis {

// Ticks from 0 (linear) covering `top`, at most `maxTicks` of them; the last
// tick is at or above `top` and is the axis maximum.
QVector<double> linearTicks(double top, int maxTicks);
// Ticks of a log axis from `low` to `high` (both > 0): the decades, and 2 and 5
// within each when there is room for `maxTicks`.
QVector<double> logTicks(double low, double high, int maxTicks);
// The smallest time step (seconds) of 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15,
// 30 min, 1, 2, 3, 6, 12 h ... that puts at most `maxTicks` ticks on `span`.
double timeStep(double span, int maxTicks);

// "250 µs", "2.5 ms", "600 ms", "1.5 s".
QString valueLabel(double ms);
// A wall-clock tick: "14:05" on whole minutes of a minute step, else "14:05:30".
QString timeLabel(double wallSeconds, double step);

} // namespace graphaxis
