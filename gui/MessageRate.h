#pragma once

#include <QtGlobal>

#include <array>

namespace qmuc::gui {

// Messages in the last minute, a sliding window of one-second buckets: fixed memory however busy
// a room is, and counting is a sum of at most 60 numbers.
class MessageRate
{
public:
    // One message at `nowMs` (a monotonic clock in milliseconds).
    void add(qint64 nowMs);
    // Messages in the 60 seconds up to `nowMs`.
    int count(qint64 nowMs) const;

private:
    static constexpr qint64 Seconds = 60;
    std::array<int, Seconds> m_buckets{};
    qint64 m_newestSecond = 0; // the second m_buckets[m_newestSecond % Seconds] counts
};

} // namespace qmuc::gui
