#include "MessageRate.h"

#include <algorithm>
#include <chrono>

namespace qmuc {

void MessageRate::add(qint64 nowMs)
{
    const qint64 bucket = nowMs / m_bucketMs;
    if (bucket - m_newest >= Buckets) {
        m_buckets.fill(0);
    } else {
        // Buckets that passed without events start empty.
        for (qint64 b = m_newest + 1; b <= bucket; ++b)
            m_buckets[b % Buckets] = 0;
    }
    m_newest = std::max(m_newest, bucket);
    ++m_buckets[bucket % Buckets];
}

int MessageRate::count(qint64 nowMs) const
{
    int total = 0;
    for (const int n : history(nowMs))
        total += n;
    return total;
}

void MessageRate::seed(const QList<int> &history, qint64 nowMs)
{
    m_buckets.fill(0);
    m_newest = nowMs / m_bucketMs;
    for (int i = 0; i < Buckets && i < history.size(); ++i) {
        const qint64 bucket = m_newest - (Buckets - 1 - i);
        if (bucket >= 0)
            m_buckets[bucket % Buckets] = history.at(i);
    }
}

qint64 MessageRate::monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QList<int> MessageRate::history(qint64 nowMs) const
{
    const qint64 now = nowMs / m_bucketMs;
    QList<int> counts(Buckets, 0);
    // Bucket b is shown at Buckets - 1 - (now - b); those older than the window are gone.
    for (qint64 b = std::max({qint64(0), m_newest - Buckets + 1, now - Buckets + 1}); b <= m_newest; ++b) {
        const qint64 age = now - b;
        if (age >= 0 && age < Buckets)
            counts[Buckets - 1 - age] = m_buckets[b % Buckets];
    }
    return counts;
}

} // namespace qmuc
