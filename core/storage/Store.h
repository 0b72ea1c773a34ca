#pragma once

#include "ArchiveTable.h"
#include "Database.h"
#include "InstanceTable.h"
#include "RoomTable.h"
#include "Schema.h"

namespace qmuc {

// The database behind persistent rooms and the message archive (a SQLite file, or PostgreSQL), as
// the service holds it: the
// room records and the archive muc/ asks for, on one database (Database: connection, schema,
// write queue; RoomTable; ArchiveTable).
// Writes are queued and go to the file in one transaction per tick (flushInterval); a failed write
// is reported through writeFailed and retried. Reads see the queue too: they flush it first.
class Store : public QObject, public RoomRecords, public MessageArchive
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = Schema::Version;

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // Opens (creating and upgrading in place as needed) the database: a SQLite file (":memory:"
    // keeps it in memory) or PostgreSQL. Returns false with *error set when it cannot be used.
    bool open(const StorageTarget &target, QString *error);
    bool isOpen() const { return m_database.isOpen(); }
    // The file, or the PostgreSQL connection without its password: what logs and windows say.
    QString path() const { return m_database.path(); }
    const StorageTarget &target() const { return m_database.target(); }
    bool isReadOnly() const { return m_database.isReadOnly(); }
    int schemaVersion() const { return m_database.schemaVersion(); }

    void setFlushInterval(int milliseconds) { m_database.setFlushInterval(milliseconds); }
    int flushInterval() const { return m_database.flushInterval(); }

    // The service's secret for occupant ids (XEP-0421), made on first open and kept in the file.
    const QByteArray &occupantIdKey() const { return m_database.occupantIdKey(); }

    // Shared by several instances (PostgreSQL): rooms are loaded on demand rather than all at start,
    // and what the service says of all rooms comes from the database (InstanceTable).
    bool isShared() const { return m_database.dialect().isPostgres(); }
    InstanceTable &instances() { return m_instances; }
    // The sessions in this instance's rooms, recorded (queued) on a shared database so that
    // another instance can tell them if this one dies.
    void recordEntered(const QString &room, const QString &fullJid, const QString &bareJid, const QString &nick);
    void recordLeft(const QString &room, const QString &fullJid);
    void recordRenamed(const QString &room, const QString &oldNick, const QString &newNick);

    // RoomRecords. Loading also removes temporary rooms left behind by a crash, with their archive.
    QList<RoomRecord> loadRooms() override { return m_rooms.load(); }
    void saveRoom(const RoomRecord &room) override;
    // Forgets a room and purges its archive.
    void removeRoom(const QString &jid) override;

    // MessageArchive.
    void archive(const ArchivedMessage &message) override;
    ArchivePage query(const ArchiveQuery &query) override { return m_archive.query(query); }
    void replacePayload(const QString &room, const QString &stanzaId, const QByteArray &payload) override;
    std::optional<std::pair<ArchivedMessage, ArchivedMessage>> archiveBounds(const QString &room) override
    {
        return m_archive.bounds(room);
    }
    // Removes archived messages older than `before`: at once, returning how many (at start, before
    // routing), or a slice per tick (expire(), while routing).
    qint64 purgeOlderThan(const QDateTime &before) { return m_archive.purgeOlderThan(before); }
    void expire(const QDateTime &before) { m_archive.expire(before); }

    // Writes the queue now; false if the write failed (the queue is kept for the next try).
    bool flush() { return m_database.flush(); }
    qsizetype pendingWrites() const { return m_database.pendingWrites(); }
    // The bound on what waits for the disk (storage/max_queue_kib): beyond it new messages are
    // not archived, and queueFull says so once per spell.
    void setMaxQueueBytes(qint64 bytes) { m_database.setMaxQueueBytes(bytes); }
    qint64 queuedBytes() const { return m_database.queuedBytes(); }

    // Reads the database without changing it, on the calling thread (see StorageCheck).
    static StorageReport check(const StorageTarget &target, StorageCheck depth = StorageCheck::Verify)
    {
        return Schema::check(target, depth);
    }

Q_SIGNALS:
    // A write failed; the service goes on and the queue is retried. Emitted once per failure spell.
    void writeFailed(const QString &error);
    // Writes succeed again after a failure.
    void writeRecovered();
    // The write queue is full: new messages are not archived until the disk takes it.
    void queueFull(qint64 bytes);

private:
    Database m_database;
    RoomTable m_rooms;
    ArchiveTable m_archive;
    InstanceTable m_instances;
};

} // namespace qmuc
