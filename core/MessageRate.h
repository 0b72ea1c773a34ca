#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

namespace qmuc {

// Events in a sliding window of 60 buckets (one second each unless told otherwise): fixed memory
// however busy a room is, and counting is a sum of at most 60 numbers. Seconds give messages per
// minute; ten seconds the last ten minutes of a sparkline; minutes the service's last hour.
class MessageRate
{
public:
    static constexpr int Buckets = 60;
    explicit MessageRate(qint64 bucketMs = 1000) : m_bucketMs(bucketMs) { }

    // One event at `nowMs` (a monotonic clock in milliseconds).
    void add(qint64 nowMs);
    // Events in the 60 buckets up to `nowMs`.
    int count(qint64 nowMs) const;
    // Each bucket's count up to `nowMs`, oldest first (Buckets of them).
    QList<int> history(qint64 nowMs) const;
    // Starts over from what history() gave elsewhere, at `nowMs` of the same clock.
    void seed(const QList<int> &history, qint64 nowMs);
    // Milliseconds of the system's monotonic clock, which every process on the machine shares:
    // buckets counted by qmuc and by a window attached to it line up.
    static qint64 monotonicMs();

private:
    qint64 m_bucketMs;
    std::array<int, Buckets> m_buckets{};
    qint64 m_newest = 0; // the bucket m_buckets[m_newest % Buckets] counts
};

} // namespace qmuc
