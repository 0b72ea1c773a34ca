#include "Limits.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace qmuc {

QString Rate::toString() const
{
    return limited() ? u"%1/%2"_s.arg(count).arg(seconds) : u"0"_s;
}

std::optional<Rate> Rate::parse(const QString &text)
{
    const auto trimmed = text.trimmed();
    if (trimmed == u"0")
        return Rate{0, 1};
    const auto parts = trimmed.split(u'/');
    if (parts.size() != 2)
        return std::nullopt;
    bool countOk = false;
    bool secondsOk = false;
    const Rate rate{parts[0].trimmed().toInt(&countOk), parts[1].trimmed().toInt(&secondsOk)};
    if (!countOk || !secondsOk || rate.count < 0 || rate.count > 1000000 || rate.seconds < 1 || rate.seconds > 86400)
        return std::nullopt;
    return rate;
}

qint64 monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

RateTable::Outcome RateTable::take(const QString &key, const Rate &rate)
{
    return take(key, rate, monotonicMs());
}

RateTable::Outcome RateTable::take(const QString &key, const Rate &rate, qint64 nowMs)
{
    if (!rate.limited())
        return {};
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_capacity)
            expire(nowMs);
        it = m_buckets.insert(key, {double(rate.count), nowMs, qint64(rate.seconds) * 1000, 0});
    }
    auto &bucket = *it;
    const double perMs = double(rate.count) / (rate.seconds * 1000.0);
    bucket.tokens = qMin(double(rate.count), bucket.tokens + (nowMs - bucket.updatedMs) * perMs);
    bucket.updatedMs = nowMs;
    bucket.fillMs = qint64(rate.seconds) * 1000;
    // A burst ends when the sender has been quiet long enough for the bucket to fill again.
    if (bucket.tokens >= rate.count)
        bucket.refused = 0;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return {};
    }
    return {false, ++bucket.refused};
}

bool RateTable::exhausted(const QString &key, const Rate &rate) const
{
    const auto it = m_buckets.constFind(key);
    if (!rate.limited() || it == m_buckets.cend())
        return false;
    const double perMs = double(rate.count) / (rate.seconds * 1000.0);
    return it->tokens + (monotonicMs() - it->updatedMs) * perMs < 1;
}

void RateTable::expire(qint64 nowMs)
{
    // A bucket that has filled again is the same as none.
    m_buckets.removeIf([nowMs](QHash<QString, Bucket>::iterator entry) { return nowMs - entry->updatedMs >= entry->fillMs; });
    // Still more than three quarters full: the oldest half goes, so that a quarter of the capacity
    // is taken before the next scan. A forgotten sender starts again with a full bucket, which
    // costs at most one burst each.
    if (m_buckets.size() > m_capacity - m_capacity / 4) {
        QList<qint64> times;
        times.reserve(m_buckets.size());
        for (const auto &bucket : std::as_const(m_buckets))
            times << bucket.updatedMs;
        auto middle = times.begin() + times.size() / 2;
        std::nth_element(times.begin(), middle, times.end());
        const qint64 cutoff = *middle;
        m_buckets.removeIf([cutoff](QHash<QString, Bucket>::iterator entry) { return entry->updatedMs <= cutoff; });
    }
}

} // namespace qmuc
