#pragma once

#include "../muc/History.h"
#include "../muc/RoomConfig.h"
#include "../muc/Types.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <variant>
#include <vector>

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
    QList<StoredAffiliation> affiliations; // sorted by bare JID
    // The history replayed on join, oldest first, for a room that keeps no archive (a logged
    // room's history comes from its archive).
    QList<History::Entry> history;
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
    bool operator==(const ArchivedMessage &) const = default;
};

// A MAM query on one room's archive: the form's filters, then an XEP-0059 page of them.
struct ArchiveQuery {
    QString room;
    std::optional<QDateTime> start;  // inclusive
    std::optional<QDateTime> end;    // inclusive
    QString withNick;
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

// What `qmuc --check-db` prints.
struct StoreReport {
    QString path;
    bool ok = false;
    QStringList problems;
    int schemaVersion = 0;
    qint64 bytes = 0;
    qint64 rooms = 0;
    qint64 persistentRooms = 0;
    qint64 affiliations = 0;
    qint64 messages = 0;
    QDateTime oldest;
    QDateTime newest;
};

// The SQLite file behind persistent rooms and the message archive. Writes are queued and go to
// the file in one transaction per tick (flushInterval), so routing never waits for the disk; a
// clean stop flushes, and a crash loses at most the last tick. A write that fails (disk full,
// read-only file) is reported through writeFailed and retried (a file made writable again is
// reopened); nothing crashes.
// Reads (rooms at start, archive queries) see the queue too: they flush it first.
class Store : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 5;

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // Opens (creating and upgrading in place as needed) the database at path; ":memory:" keeps it
    // in memory. Returns false with *error set when the file cannot be used.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    void setFlushInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int flushInterval() const { return m_timer.interval(); }

    // The service's secret for occupant ids (XEP-0421), made on first open and kept in the file.
    const QByteArray &occupantIdKey() const { return m_occupantIdKey; }

    // Rooms: every persistent room as it was last saved. Temporary rooms left behind by a crash
    // are removed, with their archive.
    QList<RoomRecord> loadRooms();
    void saveRoom(const RoomRecord &room);
    // Forgets a room and purges its archive.
    void removeRoom(const QString &jid);

    // The archive. newStanzaId() makes an archive id (XEP-0359 stanza-id): unique, unguessable,
    // and in the order of the millisecond it was made in.
    static QString newStanzaId();
    void archive(const ArchivedMessage &message);
    ArchivePage query(const ArchiveQuery &query);
    // The room's first and last archived messages (XEP-0313 metadata), if any.
    std::optional<std::pair<ArchivedMessage, ArchivedMessage>> archiveBounds(const QString &room);
    // Removes archived messages older than `before`: at once, returning how many (at start, before
    // routing), or a slice per tick (expire(), while routing).
    qint64 purgeOlderThan(const QDateTime &before);
    void expire(const QDateTime &before);

    // Writes the queue now; false if the write failed (the queue is kept for the next try).
    bool flush();
    qsizetype pendingWrites() const { return qsizetype(m_queue.size()); }

    // Reads the file without changing it: what it holds and its schema version, and with
    // Check::Verify also its integrity (which reads every page: slow on a large archive).
    enum class Check { Counts, Verify };
    static StoreReport check(const QString &path, Check depth = Check::Verify);

Q_SIGNALS:
    // A write failed; the service goes on and the queue is retried. Emitted once per failure spell.
    void writeFailed(const QString &error);
    // Writes succeed again after a failure.
    void writeRecovered();

private:
    struct RemoveRoom {
        QString jid;
    };
    using Write = std::variant<RoomRecord, RemoveRoom, ArchivedMessage>;

    void enqueue(Write write);
    bool migrate(QString *error);
    void loadOccupantIdKey();
    // Deletes a slice of what is to go (see m_purges); the timer brings the next.
    void purgeSlice();
    // One transaction for the whole queue. On failure, *rejected is the write the database refused
    // for itself (a constraint), or -1 when the file refused them all.
    bool writeQueue(qsizetype *rejected, QString *error);
    bool writeOne(const Write &write, QSqlError *error);
    qint64 roomId(const QString &jid, bool create, QSqlError *error = nullptr);
    QString fail(const QSqlQuery &query) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    bool m_readOnly = false;
    QByteArray m_occupantIdKey;
    bool m_failing = false;
    qint64 m_dropped = 0; // messages dropped from a full queue while writes fail
    std::vector<Write> m_queue;
    QHash<QString, qint64> m_roomIds;
    struct Tail {
        qint64 pos = 0;   // the room's last message's position
        qint64 stamp = 0; // and its time, in ms since the epoch
    };
    QHash<qint64, Tail> m_tails; // by room id
    // Archive deletions under way, a slice per tick, so that none holds up routing: removed
    // rooms (all of it, then the room's row) and expired messages.
    struct Purge {
        qint64 room;
        qint64 beforeMs; // messages stamped before this go
        bool dropRoom;
    };
    QList<Purge> m_purges;
    QSqlQuery m_insertMessage;   // prepared on first use
    QTimer m_timer;
};

} // namespace qmuc
