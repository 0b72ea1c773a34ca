#include "MessageRate.h"

#include <algorithm>

namespace qmuc::gui {

void MessageRate::add(qint64 nowMs)
{
    const qint64 second = nowMs / 1000;
    if (second - m_newestSecond >= Seconds) {
        m_buckets.fill(0);
    } else {
        // Seconds that passed without messages start empty.
        for (qint64 s = m_newestSecond + 1; s <= second; ++s)
            m_buckets[s % Seconds] = 0;
    }
    m_newestSecond = std::max(m_newestSecond, second);
    ++m_buckets[second % Seconds];
}

int MessageRate::count(qint64 nowMs) const
{
    const qint64 second = nowMs / 1000;
    int total = 0;
    for (qint64 s = std::max({qint64(0), m_newestSecond - Seconds + 1, second - Seconds + 1}); s <= m_newestSecond; ++s)
        total += m_buckets[s % Seconds];
    return total;
}

} // namespace qmuc::gui
