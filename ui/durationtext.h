#pragma once

#include <QString>

// A duration as a person reads it: "850 µs", "4.2 ms", "312 ms", "11.1 s",
// "2 min 5 s" — never "11120.4 ms".
QString durationText(qint64 microseconds);
