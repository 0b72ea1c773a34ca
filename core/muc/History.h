#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <deque>
#include <limits>
#include <optional>

namespace qmuc {

// The recent groupchat messages a room replays to people who join (XEP-0045 §7.2.14).
class History
{
public:
    struct Entry {
        QDateTime stamp;
        QString nick;
        QString senderJid;  // bare real JID, for the occupant id
        QString id;
        QString stanzaId;   // XEP-0359, when the message is archived
        QByteArray payload; // the relayed children, serialised
        bool operator==(const Entry &) const = default;
    };
    // What the joiner asked for with <history/>; unset fields mean "no limit from this one".
    struct Request {
        std::optional<int> maxChars;
        std::optional<int> maxStanzas;
        std::optional<int> seconds;
        std::optional<QDateTime> since;
    };

    // At most `capacity` entries of at most `maxBytes` of payload together; the oldest go first.
    void setCapacity(int capacity, qsizetype maxBytes);
    void append(Entry entry);
    const std::deque<Entry> &entries() const { return m_entries; }
    // The archived message with this stanza id gets a new payload (a retraction's tombstone).
    void replacePayload(const QString &stanzaId, const QByteArray &payload);

    // The entries to replay, oldest first. `overhead` approximates the bytes each stanza adds to
    // its payload, for maxchars.
    std::vector<const Entry *> select(const Request &request, const QDateTime &now, int overhead) const;

private:
    void trim();

    std::deque<Entry> m_entries;
    int m_capacity = 20;
    qsizetype m_maxBytes = std::numeric_limits<qsizetype>::max();
    qsizetype m_bytes = 0; // payload held
};

} // namespace qmuc
