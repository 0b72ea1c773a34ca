#pragma once

#include "../muc/Storage.h"

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
class Store : public QObject, public RoomRecords, public MessageArchive
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
    QList<RoomRecord> loadRooms() override;
    void saveRoom(const RoomRecord &room) override;
    // Forgets a room and purges its archive.
    void removeRoom(const QString &jid) override;

    // The archive.
    void archive(const ArchivedMessage &message) override;
    ArchivePage query(const ArchiveQuery &query) override;
    std::optional<std::pair<ArchivedMessage, ArchivedMessage>> archiveBounds(const QString &room) override;
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
