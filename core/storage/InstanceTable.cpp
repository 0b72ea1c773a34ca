#include "InstanceTable.h"

#include "Sql.h"
#include "../Logging.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// Rooms whose holder is no instance alive (a cleanly stopped one, or one reaped).
const QString HeldByNoneAlive = u"instance <> '' AND instance NOT IN (SELECT id FROM instances)"_s;

bool exec(QSqlQuery &q, const QString &statement, const QVariantList &binds, QSqlError *error)
{
    q.prepare(statement);
    return sql::run(q, binds, error);
}

} // namespace

InstanceTable::InstanceTable(Database &db, RoomTable &rooms)
    : Table(db)
    , m_rooms(rooms)
{
}

bool InstanceTable::transaction(const std::function<bool(QSqlError *)> &work)
{
    m_database.flushBeforeRead();
    auto &db = m_database.connection();
    QSqlError error;
    if (!db.transaction()) {
        qCWarning(lcStorage).noquote() << "cannot begin a transaction:" << db.lastError().text();
        return false;
    }
    if (m_database.dialect().lock(db, Dialect::Lock::Rooms, &error) && work(&error) && db.commit())
        return true;
    qCWarning(lcStorage).noquote() << "cannot update which instance holds which room:"
                                   << (error.isValid() ? error.text() : db.lastError().text());
    db.rollback();
    return false;
}

bool InstanceTable::join(qint64 leaseMs, QString *error)
{
    m_leaseMs = leaseMs;
    const auto id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_database.connection());
    QSqlError why;
    if (!exec(q, u"INSERT INTO instances (id, seen) VALUES (?, %1)"_s.arg(m_database.dialect().nowMs()), {id}, &why)) {
        *error = why.text();
        return false;
    }
    m_id = id;
    m_rooms.setInstance(id);
    return true;
}

InstanceTable::Renewal InstanceTable::renew()
{
    QSqlQuery q(m_database.connection());
    QSqlError error;
    if (!exec(q, u"UPDATE instances SET seen = %1 WHERE id = ?"_s.arg(m_database.dialect().nowMs()), {m_id}, &error)) {
        qCWarning(lcStorage).noquote() << "cannot renew this instance's lease:" << error.text();
        return Renewal::Failed;
    }
    if (q.numRowsAffected() > 0)
        return Renewal::Renewed;
    if (!exec(q, u"INSERT INTO instances (id, seen) VALUES (?, %1)"_s.arg(m_database.dialect().nowMs()), {m_id}, &error)) {
        qCWarning(lcStorage).noquote() << "cannot renew this instance's lease:" << error.text();
        return Renewal::Failed;
    }
    return Renewal::Lapsed;
}

bool InstanceTable::takeSessions(const QString &condition, const QVariantList &binds,
                                 QList<RecordedSession> *sessions, QSqlError *error)
{
    const auto ofRooms = u"SELECT id FROM rooms WHERE "_s + condition;
    QSqlQuery q(m_database.connection());
    if (!exec(q,
              u"SELECT r.jid, o.jid, o.nick, a.affiliation FROM occupants o JOIN rooms r ON r.id = o.room_id"
              " LEFT JOIN affiliations a ON a.room_id = o.room_id AND a.jid = o.bare"
              " WHERE o.room_id IN (%1) ORDER BY r.jid, o.nick"_s.arg(ofRooms),
              binds, error)) {
        return false;
    }
    while (q.next()) {
        sessions->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          affiliationFromName(q.value(3).toString()).value_or(Affiliation::None)});
    }
    return exec(q, u"DELETE FROM occupants WHERE room_id IN (%1)"_s.arg(ofRooms), binds, error);
}

QList<RecordedSession> InstanceTable::reap()
{
    QList<RecordedSession> sessions;
    transaction([&](QSqlError *error) {
        QSqlQuery q(m_database.connection());
        return exec(q, u"DELETE FROM instances WHERE seen < %1 - ?"_s.arg(m_database.dialect().nowMs()), {m_leaseMs}, error)
            && takeSessions(HeldByNoneAlive, {}, &sessions, error)
            && m_rooms.removeAbandoned(error)
            // Their persistent rooms wait for their next stanza, whichever instance receives it.
            && exec(q, u"UPDATE rooms SET instance = '' WHERE "_s + HeldByNoneAlive, {}, error);
    });
    return sessions;
}

void InstanceTable::leave()
{
    if (!hasJoined())
        return;
    // Whoever reaps next releases its rooms, and tells the sessions still recorded in them (none,
    // after a clean stop: the rooms told them and recorded that they left).
    m_database.flush();
    QSqlQuery q(m_database.connection());
    QSqlError error;
    if (!exec(q, u"DELETE FROM instances WHERE id = ?"_s, {m_id}, &error))
        qCWarning(lcStorage).noquote() << "cannot leave the instances:" << error.text();
}

std::optional<RoomRecord> InstanceTable::claim(const QString &jid, bool fromOthersAlive,
                                               QList<RecordedSession> *sessions, Claim *outcome)
{
    std::optional<RoomRecord> record;
    *outcome = Claim::Missing;
    const bool ok = transaction([&](QSqlError *error) {
        QSqlQuery q(m_database.connection());
        if (!exec(q, u"SELECT instance, instance IN (SELECT id FROM instances), persistent FROM rooms WHERE jid = ?"_s,
                  {jid}, error)) {
            return false;
        }
        if (!q.next())
            return true; // no such room
        const auto holder = q.value(0).toString();
        const bool holderAlive = q.value(1).toBool();
        if (!q.value(2).toBool() && !holderAlive) {
            // A temporary room does not outlive the instance that had it (not reaped yet).
            return takeSessions(u"jid = ?"_s, {jid}, sessions, error) && m_rooms.removeAbandoned(error);
        }
        if (!fromOthersAlive && holder != m_id && holderAlive) {
            *outcome = Claim::HeldElsewhere;
            return true;
        }
        // The sessions recorded are the previous holder's occupants; none are ours.
        if (holder != m_id && !takeSessions(u"jid = ?"_s, {jid}, sessions, error))
            return false;
        if (!exec(q, u"UPDATE rooms SET instance = ? WHERE jid = ?"_s, {m_id, jid}, error))
            return false;
        record = m_rooms.load(jid);
        *outcome = record ? Claim::Claimed : Claim::Missing;
        return true;
    });
    if (!ok) {
        *outcome = Claim::Failed;
        return std::nullopt;
    }
    return record;
}

InstanceTable::Creation InstanceTable::create(const QString &jid)
{
    m_database.flushBeforeRead();
    QSqlQuery q(m_database.connection());
    QSqlError error;
    // Two instances may both find no such room; the unique JID lets one of them make it.
    if (!exec(q, u"INSERT INTO rooms (jid, persistent, config, instance) VALUES (?, 0, '{}', ?)"
                 " ON CONFLICT (jid) DO NOTHING RETURNING id"_s,
              {jid, m_id}, &error)) {
        qCWarning(lcStorage).noquote() << "cannot make the room" << jid << "-" << error.text();
        return Creation::Failed;
    }
    return q.next() ? Creation::Created : Creation::Exists;
}

bool InstanceTable::enter(const QString &room, const QString &fullJid, const QString &bareJid, const QString &nick,
                          QSqlError *error)
{
    const auto roomId = m_rooms.id(room, true, error);
    if (!roomId)
        return false;
    QSqlQuery q(m_database.connection());
    return exec(q, u"INSERT INTO occupants (room_id, jid, bare, nick) VALUES (?, ?, ?, ?)"
                   " ON CONFLICT (room_id, jid) DO UPDATE SET bare = excluded.bare, nick = excluded.nick"_s,
                {roomId, fullJid, bareJid, nick}, error);
}

bool InstanceTable::leave(const QString &room, const QString &fullJid, QSqlError *error)
{
    const auto roomId = m_rooms.id(room, false, error);
    QSqlQuery q(m_database.connection());
    return !roomId || exec(q, u"DELETE FROM occupants WHERE room_id = ? AND jid = ?"_s, {roomId, fullJid}, error);
}

bool InstanceTable::rename(const QString &room, const QString &oldNick, const QString &newNick, QSqlError *error)
{
    const auto roomId = m_rooms.id(room, false, error);
    QSqlQuery q(m_database.connection());
    return !roomId || exec(q, u"UPDATE occupants SET nick = ? WHERE room_id = ? AND nick = ?"_s, {newNick, roomId, oldNick}, error);
}

QList<ListedRoom> InstanceTable::listed()
{
    m_database.flushBeforeRead();
    QList<ListedRoom> rooms;
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT jid, name FROM rooms WHERE listed = 1 ORDER BY jid"_s))
        qCWarning(lcStorage).noquote() << "cannot list the rooms:" << m_database.errorText(q);
    while (q.next())
        rooms.append({q.value(0).toString(), q.value(1).toString()});
    return rooms;
}

QList<ListedRoom> InstanceTable::all()
{
    m_database.flushBeforeRead();
    QList<ListedRoom> rooms;
    QSqlQuery q(m_database.connection());
    // Removed rooms keep their row, renamed, until their archive is gone (RoomTable::remove).
    if (!q.exec(u"SELECT r.jid, r.name, (SELECT count(*) FROM occupants o WHERE o.room_id = r.id) FROM rooms r"
                " WHERE r.jid NOT LIKE 'removed %' ORDER BY r.jid"_s)) {
        qCWarning(lcStorage).noquote() << "cannot list the rooms:" << m_database.errorText(q);
    }
    while (q.next())
        rooms.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return rooms;
}

qint64 InstanceTable::ownedElsewhere(const QString &bareJid)
{
    QSqlQuery q(m_database.connection());
    QSqlError error;
    if (!exec(q, u"SELECT count(*) FROM affiliations a JOIN rooms r ON r.id = a.room_id"
                 " WHERE a.jid = ? AND a.affiliation = 'owner' AND r.instance <> ? AND r.jid NOT LIKE 'removed %'"_s,
              {bareJid, m_id}, &error)
        || !q.next()) {
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace qmuc
