#pragma once

#include "Database.h"
#include "../muc/Storage.h"

#include <QHash>

#include <optional>
#include <utility>

namespace qmuc {

class RoomTable;

// The message archive in the file (XEP-0313): messages filed under their room's row in the order
// they came, MAM queries with XEP-0059 paging on them, and the deletions (a removed room's
// archive, expired messages) done a slice per tick so that none holds up routing.
// Reads see the queue too: they flush it first, unless writing is failing.
class ArchiveTable : public Table
{
public:
    ArchiveTable(Database &db, RoomTable &rooms);

    // Writes, inside the queue's transaction.
    bool insert(const ArchivedMessage &message, QSqlError *error);
    bool replacePayload(const QString &room, const QString &stanzaId, const QByteArray &payload, QSqlError *error);
    // A removed room's messages (RoomTable::remove), then its row, go a slice per tick.
    void removeRoom(qint64 roomId);

    ArchivePage query(const ArchiveQuery &query);
    std::optional<std::pair<ArchivedMessage, ArchivedMessage>> bounds(const QString &room);

    // Removes archived messages older than `before`: at once, returning how many (at start, before
    // routing), or a slice per tick (expire(), while routing).
    qint64 purgeOlderThan(const QDateTime &before);
    void expire(const QDateTime &before);

protected:
    void forget() override;
    void committed() override;
    void idle() override;

private:
    // Deletes a slice of what is to go (see m_purges); Database::schedule() brings the next.
    void purgeSlice();

    RoomTable &m_rooms;
    struct Tail {
        qint64 pos = 0;   // the room's last message's position
        qint64 stamp = 0; // and its time, in ms since the epoch
    };
    QHash<qint64, Tail> m_tails; // by room id
    // Archive deletions under way, a slice per tick: removed rooms (all of it, then the room's
    // row) and expired messages.
    struct Purge {
        qint64 room;
        qint64 beforeMs; // messages stamped before this go
        bool dropRoom;
    };
    QList<Purge> m_purges;
    QList<Purge> m_uncommitted; // rooms removed in the transaction under way
    QSqlQuery m_insert;         // prepared on first use
};

} // namespace qmuc
