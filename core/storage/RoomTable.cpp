#include "RoomTable.h"

#include "Sql.h"
#include "../Logging.h"

using namespace Qt::StringLiterals;

namespace qmuc {

using sql::run;

namespace {

const char *affiliationKey(Affiliation a)
{
    switch (a) {
    case Affiliation::Outcast: return "outcast";
    case Affiliation::None: return "none";
    case Affiliation::Member: return "member";
    case Affiliation::Admin: return "admin";
    case Affiliation::Owner: return "owner";
    }
    return "none";
}

Affiliation affiliationFromKey(const QString &key)
{
    for (auto a : {Affiliation::Outcast, Affiliation::Member, Affiliation::Admin, Affiliation::Owner}) {
        if (key == QLatin1StringView(affiliationKey(a)))
            return a;
    }
    return Affiliation::None;
}

} // namespace

RoomTable::RoomTable(Database &db)
    : Table(db)
{
}

qint64 RoomTable::id(const QString &jid, bool create, QSqlError *error)
{
    if (const auto it = m_ids.constFind(jid); it != m_ids.cend())
        return *it;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM rooms WHERE jid = ?"_s);
    q.addBindValue(jid);
    if (q.exec() && q.next()) {
        const auto id = q.value(0).toLongLong();
        m_ids.insert(jid, id);
        return id;
    }
    if (!create)
        return 0;
    // A room that was never saved (a temporary one whose messages are logged): a row of its own,
    // removed with it.
    // RETURNING, not lastInsertId(): PostgreSQL's rows have no OID that Qt could report.
    q.prepare(u"INSERT INTO rooms (jid, persistent, config, instance) VALUES (?, 0, '{}', ?) RETURNING id"_s);
    q.addBindValue(jid);
    q.addBindValue(sql::text(m_instance));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError();
        return 0;
    }
    const auto id = q.value(0).toLongLong();
    m_ids.insert(jid, id);
    return id;
}

QList<RoomRecord> RoomTable::load()
{
    m_database.flush();
    if (!m_database.isReadOnly()) {
        // Ids cached for the rooms deleted here would send their next message to a missing row.
        m_database.forget();
        QSqlError error;
        if (!removeAbandoned(&error))
            qCWarning(lcStorage).noquote() << "cannot remove the temporary rooms left behind:" << error.text();
    }
    return read(u"persistent = 1"_s, {});
}

std::optional<RoomRecord> RoomTable::load(const QString &jid)
{
    const auto rooms = read(u"jid = ?"_s, {jid});
    if (rooms.isEmpty())
        return std::nullopt;
    return rooms.first();
}

bool RoomTable::removeAbandoned(QSqlError *error)
{
    // Temporary rooms do not outlive the process that had them. With several instances on one
    // database, only those of instances gone (InstanceTable keeps the ones alive); with one, that
    // is all of them.
    const auto abandoned = u"SELECT id FROM rooms WHERE persistent = 0 AND instance NOT IN (SELECT id FROM instances)"_s;
    QSqlQuery q(m_database.connection());
    for (const auto &table : {u"archive"_s, u"affiliations"_s, u"history"_s, u"room_data"_s, u"occupants"_s}) {
        if (!q.exec(u"DELETE FROM %1 WHERE room_id IN (%2)"_s.arg(table, abandoned))) {
            *error = q.lastError();
            return false;
        }
    }
    if (!q.exec(u"DELETE FROM rooms WHERE id IN (%1)"_s.arg(abandoned))) {
        *error = q.lastError();
        return false;
    }
    if (q.numRowsAffected() > 0)
        forget();
    return true;
}

QList<RoomRecord> RoomTable::read(const QString &condition, const QVariantList &binds)
{
    QSqlQuery q(m_database.connection());
    const auto select = [&](const QString &sql) {
        q.prepare(sql);
        for (const auto &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            qCWarning(lcStorage).noquote() << "cannot read rooms:" << m_database.errorText(q);
    };
    const auto ofRooms = u"room_id IN (SELECT id FROM rooms WHERE %1)"_s.arg(condition);
    QList<RoomRecord> rooms;
    QHash<qint64, qsizetype> index;
    select(u"SELECT id, jid, config, subject, subject_nick, subject_jid, subject_stamp FROM rooms WHERE %1 ORDER BY jid"_s.arg(condition));
    while (q.next()) {
        RoomRecord room;
        room.jid = q.value(1).toString();
        room.config = roomConfigFromJson(q.value(2).toByteArray());
        room.subject = q.value(3).toString();
        room.subjectNick = q.value(4).toString();
        room.subjectJid = q.value(5).toString();
        if (const auto stamp = q.value(6).toLongLong())
            room.subjectStamp = sql::fromMs(stamp);
        index.insert(q.value(0).toLongLong(), rooms.size());
        m_ids.insert(room.jid, q.value(0).toLongLong());
        rooms << room;
    }
    if (rooms.isEmpty())
        return rooms;
    select(u"SELECT room_id, jid, affiliation, reason, nick FROM affiliations WHERE %1 ORDER BY room_id, jid"_s.arg(ofRooms));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        rooms[*it].affiliations << StoredAffiliation{q.value(1).toString(), affiliationFromKey(q.value(2).toString()),
                                                     q.value(3).toString(), q.value(4).toString()};
    }
    select(u"SELECT room_id, stamp, nick, message_id, payload, sender FROM history WHERE %1 ORDER BY room_id, pos"_s.arg(ofRooms));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend()) {
            rooms[*it].history << History::Entry{sql::fromMs(q.value(1).toLongLong()), q.value(2).toString(),
                                                 q.value(5).toString(), q.value(3).toString(), {},
                                                 q.value(4).toByteArray()};
        }
    }
    select(u"SELECT room_id, name, value FROM room_data WHERE %1 ORDER BY room_id, name"_s.arg(ofRooms));
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
            rooms[*it].featureData.insert(q.value(1).toString(), q.value(2).toByteArray());
    }
    return rooms;
}

bool RoomTable::save(const RoomRecord &room, QSqlError *error)
{
    QSqlQuery q(m_database.connection());
    // The holder is set where the row is made (here or by InstanceTable::create/claim), never
    // changed by a save: a save comes from the holder.
    q.prepare(u"INSERT INTO rooms (jid, persistent, config, subject, subject_nick, subject_jid, subject_stamp, name, listed, instance)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT (jid) DO UPDATE SET persistent = excluded.persistent, config = excluded.config,"
              " subject = excluded.subject, subject_nick = excluded.subject_nick, subject_jid = excluded.subject_jid,"
              " subject_stamp = excluded.subject_stamp, name = excluded.name, listed = excluded.listed"_s);
    // XEP-0045 §6.3: the service lists public rooms, once open (§10.1.1).
    const bool listed = room.config.isPublic && !room.locked;
    if (!run(q, {room.jid, room.config.persistent ? 1 : 0, QString::fromUtf8(roomConfigToJson(room.config)),
                 sql::text(room.subject), sql::text(room.subjectNick), sql::text(room.subjectJid),
                 room.subjectStamp.isValid() ? sql::toMs(room.subjectStamp) : 0, sql::text(room.config.name),
                 listed ? 1 : 0, sql::text(m_instance)},
             error)) {
        return false;
    }
    const auto roomId = id(room.jid, false, error);
    if (!saveAffiliations(roomId, room.affiliations, error))
        return false;
    q.prepare(u"DELETE FROM history WHERE room_id = ?"_s);
    if (!run(q, {roomId}, error))
        return false;
    q.prepare(u"INSERT INTO history (room_id, pos, stamp, nick, sender, message_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype pos = 0; pos < room.history.size(); ++pos) {
        const auto &entry = room.history.at(pos);
        if (!run(q, {roomId, pos, sql::toMs(entry.stamp), sql::text(entry.nick), sql::text(entry.senderJid), sql::text(entry.id),
                     entry.payload},
                 error)) {
            return false;
        }
    }
    q.prepare(u"DELETE FROM room_data WHERE room_id = ?"_s);
    if (!run(q, {roomId}, error))
        return false;
    q.prepare(u"INSERT INTO room_data (room_id, name, value) VALUES (?, ?, ?)"_s);
    for (auto it = room.featureData.cbegin(); it != room.featureData.cend(); ++it) {
        if (!run(q, {roomId, it.key(), it.value()}, error))
            return false;
    }
    return true;
}

bool RoomTable::saveAffiliations(qint64 roomId, const QList<StoredAffiliation> &affiliations, QSqlError *error)
{
    // Only what changed since the file last had it: one row for one affiliation change, however
    // long the room's lists are.
    auto written = m_written.find(roomId);
    QSqlQuery q(m_database.connection());
    if (written == m_written.end()) {
        QList<StoredAffiliation> inFile;
        q.prepare(u"SELECT jid, affiliation, reason, nick FROM affiliations WHERE room_id = ?"_s);
        if (!run(q, {roomId}, error))
            return false;
        while (q.next())
            inFile << StoredAffiliation{q.value(0).toString(), affiliationFromKey(q.value(1).toString()), q.value(2).toString(), q.value(3).toString()};
        written = m_written.insert(roomId, inFile);
    }
    QHash<QString, const StoredAffiliation *> before;
    for (const auto &a : std::as_const(*written))
        before.insert(a.bareJid, &a);
    q.prepare(u"INSERT INTO affiliations (room_id, jid, affiliation, reason, nick) VALUES (?, ?, ?, ?, ?)"
              " ON CONFLICT (room_id, jid) DO UPDATE SET affiliation = excluded.affiliation, reason = excluded.reason,"
              " nick = excluded.nick"_s);
    for (const auto &a : affiliations) {
        const auto *old = before.take(a.bareJid);
        if (old && *old == a)
            continue;
        if (!run(q, {roomId, a.bareJid, QString::fromLatin1(affiliationKey(a.affiliation)), sql::text(a.reason), sql::text(a.nick)}, error))
            return false;
    }
    q.prepare(u"DELETE FROM affiliations WHERE room_id = ? AND jid = ?"_s);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!run(q, {roomId, it.key()}, error))
            return false;
    }
    *written = affiliations;
    return true;
}

bool RoomTable::stage(const RoomRecord &room)
{
    const bool queued = m_staged.contains(room.jid);
    m_staged.insert(room.jid, room);
    return queued;
}

bool RoomTable::saveStaged(const QString &jid, QSqlError *error)
{
    const auto it = m_staged.constFind(jid);
    if (it == m_staged.cend())
        return true; // removed since: nothing to write
    if (!save(*it, error))
        return false;
    m_savedNow.insert(jid);
    return true;
}

bool RoomTable::remove(const QString &jid, qint64 *roomId, QSqlError *error)
{
    *roomId = id(jid, false, error);
    m_ids.remove(jid);
    m_written.remove(*roomId);
    if (!*roomId)
        return true;
    // The name is free at once; the archive goes a slice per tick (ArchiveTable), so that removing a
    // room with a million messages does not hold up routing. A restart finishes it.
    QSqlQuery q(m_database.connection());
    for (const auto &sql : {u"DELETE FROM affiliations WHERE room_id = ?"_s, u"DELETE FROM history WHERE room_id = ?"_s,
                            u"DELETE FROM room_data WHERE room_id = ?"_s, u"DELETE FROM occupants WHERE room_id = ?"_s,
                            u"UPDATE rooms SET persistent = 0, listed = 0, jid = 'removed ' || id WHERE id = ?"_s}) {
        q.prepare(sql);
        if (!run(q, {*roomId}, error))
            return false;
    }
    return true;
}

} // namespace qmuc
