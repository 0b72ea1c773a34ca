#pragma once

#include "Database.h"
#include "../muc/Storage.h"

#include <QHash>
#include <QSet>

namespace qmuc {

// Rooms in the file: each room's row (configuration, subject), its affiliations and registered
// nicknames, and the history a room without an archive replays. Also the room ids the archive
// files its messages under.
class RoomTable : public Table
{
public:
    explicit RoomTable(Database &db);

    // The instance this process is among those sharing the database (InstanceTable); rooms it
    // writes first are marked as held by it. Empty for a database of its own (SQLite).
    void setInstance(const QString &instance) { m_instance = instance; }
    const QString &instance() const { return m_instance; }

    // Every persistent room as it was last saved. Temporary rooms left behind by a crash (held by
    // no instance alive) are removed, with their archive.
    QList<RoomRecord> load();
    // One room as it was last saved, if the database has it.
    std::optional<RoomRecord> load(const QString &jid);
    // Removes the temporary rooms, with their archive, that no instance alive holds: left behind
    // by a crash. Inside a transaction, or on its own.
    bool removeAbandoned(QSqlError *error);
    // Writes, inside the queue's transaction.
    bool save(const RoomRecord &room, QSqlError *error);
    // Several saves of one room within a tick are one write: the record waits here for the queued
    // write, which saves whichever record is the latest then. stage() is true when a write for the
    // room is queued already; unstage() forgets the record (the room is removed).
    bool stage(const RoomRecord &room);
    bool saveStaged(const QString &jid, QSqlError *error);
    void unstage(const QString &jid) { m_staged.remove(jid); }
    void dropStaged() { m_staged.clear(); }
    // Forgets the room's affiliations and history and frees its name at once; *id is its row,
    // whose archive then goes a slice at a time (0 when the file never had the room).
    bool remove(const QString &jid, qint64 *id, QSqlError *error);

    // The room's row, made for a room that was never saved when `create` (a temporary room whose
    // messages are logged); 0 when there is none.
    qint64 id(const QString &jid, bool create, QSqlError *error = nullptr);

protected:
    void forget() override
    {
        m_ids.clear();
        m_written.clear();
        m_savedNow.clear();
    }
    // Only what this transaction saved: a queue written in slices leaves later rooms' writes
    // (and their staged records) for the next.
    void committed() override
    {
        for (const auto &jid : std::as_const(m_savedNow))
            m_staged.remove(jid);
        m_savedNow.clear();
    }

private:
    // The rooms the condition on `rooms` picks (with `binds`), each with all it keeps.
    QList<RoomRecord> read(const QString &condition, const QVariantList &binds);
    bool saveAffiliations(qint64 roomId, const QList<StoredAffiliation> &affiliations, QSqlError *error);

    QString m_instance;
    QHash<QString, qint64> m_ids;
    QHash<QString, RoomRecord> m_staged;                 // by room JID, for the queued write
    QSet<QString> m_savedNow;                            // staged records saved in the transaction under way
    QHash<qint64, QList<StoredAffiliation>> m_written;   // by room id: the affiliations in the file
};

} // namespace qmuc
