#pragma once

#include "Database.h"
#include "RoomTable.h"

#include <functional>
#include <optional>

namespace qmuc {

// Several qmuc instances on one database (PostgreSQL), each serving the rooms the XMPP server
// routes to it (ejabberd's domain_balancing): which instances are alive, which one holds each
// room, who is in each room, and the service-wide answers only the database can give.
//
// An instance joins under an id of its own and renews a lease on a timer. A room is held by the
// instance that last loaded it (claim) or made it (create): the server's routing decides which
// one receives a room's stanzas, so the instance that receives them takes the room. An instance
// whose lease lapsed is reaped by any other: the sessions recorded in its rooms are handed over
// to be told (XEP-0045 status 332), its temporary rooms removed, its persistent ones left for
// whoever receives their next stanza. Nothing here is used with a database of one's own.
class InstanceTable : public Table
{
public:
    InstanceTable(Database &db, RoomTable &rooms);

    // Joins the instances sharing the database under a new id, alive for `leaseMs` unless renewed.
    bool join(qint64 leaseMs, QString *error);
    bool hasJoined() const { return !m_id.isEmpty(); }
    const QString &id() const { return m_id; }

    enum class Renewal { Renewed, Lapsed, Failed };
    // Renews the lease. Lapsed: another instance took this one for gone and has reaped it (told
    // its occupants, released its rooms), and it is alive again under the same id.
    Renewal renew();
    // Reaps the instances whose lease lapsed; returns the sessions that were in their rooms.
    QList<RecordedSession> reap();
    // Leaves: the next reap by any instance releases this one's rooms.
    void leave();

    // The room as last saved, now held by this instance, with *sessions the sessions recorded in
    // it (of the instance that held it before, whose own occupants they were). With
    // `fromOthersAlive` false, a room held by another instance alive is left to it.
    enum class Claim { Claimed, Missing, HeldElsewhere, Failed };
    std::optional<RoomRecord> claim(const QString &jid, bool fromOthersAlive, QList<RecordedSession> *sessions,
                                    Claim *outcome);
    enum class Creation { Created, Exists, Failed };
    // The row of a new room, held by this instance; Exists when another instance made it first.
    Creation create(const QString &jid);

    // Writes, inside the queue's transaction: the sessions in this instance's rooms.
    bool enter(const QString &room, const QString &fullJid, const QString &bareJid, const QString &nick, QSqlError *error);
    bool leave(const QString &room, const QString &fullJid, QSqlError *error);
    bool rename(const QString &room, const QString &oldNick, const QString &newNick, QSqlError *error);

    // The rooms the service lists (XEP-0045 §6.3: public and open), ordered by JID.
    QList<ListedRoom> listed();
    // Every room, with the sessions in it, ordered by JID.
    QList<ListedRoom> all();
    // Rooms held by other instances in which this user is an owner.
    qint64 ownedElsewhere(const QString &bareJid);

private:
    // The sessions recorded in the rooms that `condition` (on rooms) picks, removed as read.
    bool takeSessions(const QString &condition, const QVariantList &binds, QList<RecordedSession> *sessions,
                      QSqlError *error);
    // Runs `work` in one transaction under the rooms lock, after the queue is written.
    bool transaction(const std::function<bool(QSqlError *)> &work);

    RoomTable &m_rooms;
    QString m_id;
    qint64 m_leaseMs = 30'000;
};

} // namespace qmuc
