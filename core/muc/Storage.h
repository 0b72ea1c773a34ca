#pragma once

#include "History.h"
#include "RoomConfig.h"
#include "Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>
#include <utility>

// What rooms need kept, as muc/ defines it; storage/ implements it (SQLite today). Nothing here
// knows how or where it is kept.
namespace qmuc {

// One user with an affiliation in a room, and the nickname they registered there, if any.
struct StoredAffiliation {
    QString bareJid;
    Affiliation affiliation = Affiliation::None;
    QString reason;
    QString nick;
    bool operator==(const StoredAffiliation &) const = default;
};

// What a restart brings back of a room.
struct RoomRecord {
    QString jid;
    RoomConfig config;
    QString subject;
    QString subjectNick;
    QString subjectJid;  // the bare real JID of who set it
    QDateTime subjectStamp; // when it was set (UTC), invalid if never
    QList<StoredAffiliation> affiliations; // sorted by bare JID
    // The history replayed on join, oldest first, for a room that keeps no archive (a logged
    // room's history comes from its archive).
    QList<History::Entry> history;
    // What features keep of their own (room avatar, hats, …), each under a key it owns.
    QMap<QString, QByteArray> featureData;
    // Still awaiting its first configuration (XEP-0045 §10.1): not in the service's room list.
    // Not brought back: a room loaded again is open.
    bool locked = false;
    bool operator==(const RoomRecord &) const = default;
};

// One archived groupchat message (XEP-0313), found again by its XEP-0359 stanza id.
struct ArchivedMessage {
    QString stanzaId;
    QString room;        // bare room JID
    QDateTime stamp;     // UTC, to the millisecond
    QString nick;
    QString senderJid;   // the sender's bare real JID
    QString messageId;   // the id the sender gave the message
    QByteArray payload;  // the relayed children, serialised
    // Sent while the room was non-anonymous: the sender's real JID was everyone's to see then,
    // and only then may the archive show it to everyone (XEP-0045 §4.2, §10.2).
    bool realJidPublic = false;
    bool operator==(const ArchivedMessage &) const = default;
};

// A MAM query on one room's archive: the form's filters, then an XEP-0059 page of them.
struct ArchiveQuery {
    QString room;
    std::optional<QDateTime> start;  // inclusive
    std::optional<QDateTime> end;    // inclusive
    QString withNick;
    QString senderJid;               // only what this user sent (bare real JID), if set
    QString afterId;                 // exclusive bounds (urn:xmpp:mam:2#extended)
    QString beforeId;
    QStringList ids;                 // only these (#extended), if any
    // The page: `max` messages after `pageAfter`, or the last `max` before `pageBefore` (an empty
    // string there means "the end").
    int max = 50;
    std::optional<QString> pageAfter;
    std::optional<QString> pageBefore;
};

struct ArchivePage {
    QList<ArchivedMessage> messages;   // oldest first
    bool complete = true;              // nothing more in the direction of paging
    qint64 count = 0;                  // messages matching the filters
    qint64 firstIndex = 0;             // position of messages.first() among them
    QString unknownId;                 // a page or filter id that is not in this room's archive
};

// One session in a room, as a database that several instances share records it
// (storage/InstanceTable), for the instance that holds the room.
struct RecordedSession {
    QString room; // bare room JID
    QString jid;  // the occupant's full JID
    QString nick;
    Affiliation affiliation = Affiliation::None;
};

// A room as the service's lists show it, read from the database: every instance's rooms.
struct ListedRoom {
    QString jid;
    QString name;
    int occupants = 0; // sessions recorded in it
};

// XEP-0359: a new archive id (stanza-id): unique, unguessable, and in the order of the
// millisecond it was made in.
QString newStanzaId();

// The lasting state of rooms, saved as it changes and brought back on start.
class RoomRecords
{
public:
    virtual ~RoomRecords() = default;
    // Every persistent room as it was last saved.
    virtual QList<RoomRecord> loadRooms() = 0;
    virtual void saveRoom(const RoomRecord &room) = 0;
    // Forgets a room, and its archive with it.
    virtual void removeRoom(const QString &jid) = 0;
};

// The rooms' message archive (XEP-0313).
class MessageArchive
{
public:
    virtual ~MessageArchive() = default;
    virtual void archive(const ArchivedMessage &message) = 0;
    virtual ArchivePage query(const ArchiveQuery &query) = 0;
    // Replaces an archived message's payload, e.g. with a retraction's tombstone (XEP-0424 §5.3).
    virtual void replacePayload(const QString &room, const QString &stanzaId, const QByteArray &payload) = 0;
    // The room's first and last archived messages (XEP-0313 metadata), if any.
    virtual std::optional<std::pair<ArchivedMessage, ArchivedMessage>> archiveBounds(const QString &room) = 0;
};

} // namespace qmuc
