#pragma once

#include <QList>
#include <QTextStream>

#include <algorithm>

/**
 * The end of a benchmark that compares wall times with a floor: the median, min and max, their ratio to the floor
 * (goal: at most `goal`, 1.2 unless the benchmark's issue asks for less) and whether a rate-limit answer was met.
 * Returns the exit code: 0 when both goals hold.
 */
inline int reportAgainstFloor(QTextStream& out, QList<qint64> times, double floor, bool clean, double goal = 1.2)
{
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    out << QStringLiteral("measured: median %1 ms (min %2, max %3); ratio %4 (goal: at most %5)\n")
               .arg(median, 0, 'f', 0)
               .arg(times.first())
               .arg(times.last())
               .arg(median / floor, 0, 'f', 2)
               .arg(goal, 0, 'f', 1);
    out << (clean ? "no rate-limit answer met\n" : "rate-limit answers were met\n");
    return clean && median / floor <= goal ? 0 : 1;
}
