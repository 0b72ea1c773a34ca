#include "History.h"

#include <algorithm>

namespace qmuc {

void History::setCapacity(int capacity, qsizetype maxBytes)
{
    m_capacity = qMax(0, capacity);
    m_maxBytes = qMax<qsizetype>(0, maxBytes);
    trim();
}

void History::append(Entry entry)
{
    if (m_capacity == 0)
        return;
    m_bytes += entry.payload.size();
    m_entries.push_back(std::move(entry));
    trim();
}

void History::trim()
{
    while (!m_entries.empty() && (qsizetype(m_entries.size()) > m_capacity || m_bytes > m_maxBytes)) {
        m_bytes -= m_entries.front().payload.size();
        m_entries.pop_front();
    }
}

void History::replacePayload(const QString &stanzaId, const QByteArray &payload)
{
    const auto entry = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.stanzaId == stanzaId; });
    if (entry != m_entries.end())
        entry->payload = payload;
}

std::vector<const History::Entry *> History::select(const Request &request, const QDateTime &now, int overhead) const
{
    std::vector<const Entry *> picked;
    qint64 chars = 0;
    // Walk back from the newest; every limit given applies (XEP-0045 §7.2.14: the service
    // sends the smallest set that satisfies all of them).
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (request.maxStanzas && qsizetype(picked.size()) >= *request.maxStanzas)
            break;
        if (request.seconds && it->stamp.secsTo(now) > *request.seconds)
            break;
        if (request.since && it->stamp <= *request.since)
            break;
        chars += it->payload.size() + overhead;
        if (request.maxChars && chars > *request.maxChars)
            break;
        picked.push_back(&*it);
    }
    std::reverse(picked.begin(), picked.end());
    return picked;
}

} // namespace qmuc
