#include "ArchiveTable.h"

#include "RoomTable.h"
#include "Sql.h"
#include "../Logging.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

constexpr auto MessageColumns = "seq, stanza_id, stamp, nick, sender, message_id, payload, pos, jid_public";

ArchivedMessage readMessage(const QSqlQuery &q, const QString &room)
{
    // Columns: MessageColumns
    ArchivedMessage m;
    m.stanzaId = q.value(1).toString();
    m.room = room;
    m.stamp = sql::fromMs(q.value(2).toLongLong());
    m.nick = q.value(3).toString();
    m.senderJid = q.value(4).toString();
    m.messageId = q.value(5).toString();
    m.payload = q.value(6).toByteArray();
    m.realJidPublic = q.value(8).toBool();
    return m;
}

} // namespace

ArchiveTable::ArchiveTable(Database &db, RoomTable &rooms)
    : Table(db)
    , m_rooms(rooms)
{
}

void ArchiveTable::forget()
{
    m_tails.clear();
    m_uncommitted.clear();
    m_insert = QSqlQuery();
}

void ArchiveTable::committed()
{
    m_purges += m_uncommitted;
    m_uncommitted.clear();
}

void ArchiveTable::idle()
{
    purgeSlice();
}

bool ArchiveTable::insert(const ArchivedMessage &m, QSqlError *error)
{
    const auto id = m_rooms.id(m.room, true, error);
    if (!id)
        return false;
    auto tail = m_tails.constFind(id);
    if (tail == m_tails.cend()) {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT pos, stamp FROM archive WHERE room_id = ? ORDER BY seq DESC LIMIT 1"_s);
        q.addBindValue(id);
        const bool found = q.exec() && q.next();
        tail = m_tails.insert(id, {found ? q.value(0).toLongLong() : 0, found ? q.value(1).toLongLong() : 0});
    }
    const Tail next{tail->pos + 1, qMax(tail->stamp, sql::toMs(m.stamp))}; // a clock set back stamps no earlier
    // Prepared once: parsing the statement again for every message would cost more than the insert.
    if (m_insert.lastQuery().isEmpty()) {
        m_insert = QSqlQuery(m_database.connection());
        m_insert.prepare(u"INSERT INTO archive (room_id, stanza_id, stamp, nick, sender, message_id, payload, pos, jid_public)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    m_insert.bindValue(0, id);
    m_insert.bindValue(1, m.stanzaId);
    m_insert.bindValue(2, next.stamp);
    m_insert.bindValue(3, sql::text(m.nick));
    m_insert.bindValue(4, sql::text(m.senderJid));
    m_insert.bindValue(5, sql::text(m.messageId));
    m_insert.bindValue(6, m.payload);
    m_insert.bindValue(7, next.pos);
    m_insert.bindValue(8, m.realJidPublic ? 1 : 0);
    if (!m_insert.exec()) {
        *error = m_insert.lastError();
        return false;
    }
    m_tails.insert(id, next);
    return true;
}

bool ArchiveTable::replacePayload(const QString &room, const QString &stanzaId, const QByteArray &payload, QSqlError *error)
{
    const auto id = m_rooms.id(room, false);
    if (!id)
        return true; // the room and its archive are gone
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE archive SET payload = ? WHERE room_id = ? AND stanza_id = ?"_s);
    q.addBindValue(payload);
    q.addBindValue(id);
    q.addBindValue(stanzaId);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

void ArchiveTable::removeRoom(qint64 roomId)
{
    m_tails.remove(roomId);
    if (roomId)
        m_uncommitted << Purge{roomId, std::numeric_limits<qint64>::max(), true};
}

ArchivePage ArchiveTable::query(const ArchiveQuery &query)
{
    m_database.flushBeforeRead();
    ArchivePage page;
    const auto room = m_rooms.id(query.room, false);
    const auto one = [&](const QString &sql, const QVariantList &binds) -> std::optional<std::pair<qint64, qint64>> {
        QSqlQuery q(m_database.connection());
        q.prepare(sql);
        for (const auto &v : binds)
            q.addBindValue(v);
        if (q.exec() && q.next())
            return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
        return std::nullopt;
    };
    // The seq of a stanza id in this room, or 0 (and the page says which id is unknown).
    const auto seqOf = [&](const QString &id) -> qint64 {
        if (const auto found = one(u"SELECT seq, pos FROM archive WHERE stanza_id = ? AND room_id = ?"_s, {id, room}))
            return found->first;
        page.unknownId = id;
        return 0;
    };

    // Every filter but the nick narrows a range of seq: a room's stamps never go backwards (see
    // insert), so a time is a place in the room's sequence too.
    qint64 low = 0, high = std::numeric_limits<qint64>::max();
    if (query.start) {
        const auto first = one(u"SELECT seq, pos FROM archive WHERE room_id = ? AND stamp >= ? ORDER BY stamp, seq LIMIT 1"_s,
                               {room, sql::toMs(*query.start)});
        low = first ? first->first : high;
    }
    if (query.end) {
        const auto last = one(u"SELECT seq, pos FROM archive WHERE room_id = ? AND stamp <= ? ORDER BY stamp DESC, seq DESC LIMIT 1"_s,
                              {room, sql::toMs(*query.end)});
        high = last ? last->first : 0;
    }
    if (!query.afterId.isEmpty())
        low = qMax(low, seqOf(query.afterId) + 1);
    if (!query.beforeId.isEmpty())
        high = qMin(high, seqOf(query.beforeId) - 1);
    QString where = u"room_id = ? AND seq >= ? AND seq <= ?"_s;
    QVariantList binds{room, low, high};
    if (!query.withNick.isEmpty()) {
        where += u" AND nick = ?"_s;
        binds << query.withNick;
    }
    if (!query.senderJid.isEmpty()) {
        where += u" AND sender = ?"_s;
        binds << query.senderJid;
    }
    if (!query.ids.isEmpty()) {
        where += u" AND seq IN ("_s + QStringList(query.ids.size(), u"?"_s).join(u',') + u')';
        for (const auto &id : query.ids)
            binds << seqOf(id);
    }
    qint64 pageAfter = 0, pageBefore = 0;
    if (query.pageAfter && !query.pageAfter->isEmpty())
        pageAfter = seqOf(*query.pageAfter);
    if (query.pageBefore && !query.pageBefore->isEmpty())
        pageBefore = seqOf(*query.pageBefore);
    if (!page.unknownId.isEmpty() || !room)
        return page;

    // A statement on `where`, with the seq range narrowed to [from, to]: SQLite walks an index
    // between one lower and one upper bound, so narrower bounds replace the wider ones.
    const auto run = [&](const QString &sql, qint64 from, qint64 to, const QVariantList &extra) {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        auto values = binds;
        values[1] = qMax(low, from);
        values[2] = qMin(high, to);
        for (const auto &v : values + extra)
            q.addBindValue(v);
        if (!q.exec())
            qCWarning(lcStorage).noquote() << "archive query failed:" << m_database.errorText(q);
        return q;
    };
    // How many match, and where the page starts among them. Without a nick or ids, the matches
    // are a run of the room's positions: two lookups instead of counting a million rows.
    const bool contiguous = query.withNick.isEmpty() && query.senderJid.isEmpty() && query.ids.isEmpty();
    qint64 firstPos = 0;
    if (contiguous) {
        const auto first = one(u"SELECT seq, pos FROM archive WHERE "_s + where + u" ORDER BY seq LIMIT 1"_s, binds);
        const auto last = one(u"SELECT seq, pos FROM archive WHERE "_s + where + u" ORDER BY seq DESC LIMIT 1"_s, binds);
        if (first && last) {
            firstPos = first->second;
            page.count = last->second - first->second + 1;
        }
    } else {
        auto q = run(u"SELECT count(*) FROM archive WHERE "_s + where, low, high, {});
        page.count = q.next() ? q.value(0).toLongLong() : 0;
    }

    const int max = qMax(0, query.max);
    const bool backwards = query.pageBefore.has_value();
    QString sql = u"SELECT "_s + QLatin1StringView(MessageColumns) + u" FROM archive WHERE "_s + where;
    sql += backwards ? u" ORDER BY seq DESC LIMIT ?"_s : u" ORDER BY seq ASC LIMIT ?"_s;
    // One more than asked tells whether the page is the last.
    auto q = run(sql, pageAfter ? pageAfter + 1 : low, pageBefore ? pageBefore - 1 : high, {max + 1});
    qint64 firstSeq = 0, pagePos = 0;
    while (q.next()) {
        if (page.messages.size() == max) {
            page.complete = false;
            break;
        }
        if (backwards || page.messages.isEmpty()) {
            firstSeq = q.value(0).toLongLong();
            pagePos = q.value(7).toLongLong();
        }
        page.messages << readMessage(q, query.room);
    }
    if (backwards)
        std::reverse(page.messages.begin(), page.messages.end());
    if (!page.messages.isEmpty()) {
        if (contiguous) {
            page.firstIndex = pagePos - firstPos;
        } else {
            auto before = run(u"SELECT count(*) FROM archive WHERE "_s + where, low, firstSeq - 1, {});
            page.firstIndex = before.next() ? before.value(0).toLongLong() : 0;
        }
    }
    return page;
}

std::optional<std::pair<ArchivedMessage, ArchivedMessage>> ArchiveTable::bounds(const QString &room)
{
    m_database.flushBeforeRead();
    const auto id = m_rooms.id(room, false);
    if (!id)
        return std::nullopt;
    const auto one = [&](const char *order) -> std::optional<ArchivedMessage> {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT "_s + QLatin1StringView(MessageColumns) + u" FROM archive WHERE room_id = ? ORDER BY seq "_s
                  + QLatin1StringView(order) + u" LIMIT 1"_s);
        q.addBindValue(id);
        if (q.exec() && q.next())
            return readMessage(q, room);
        return std::nullopt;
    };
    const auto first = one("ASC");
    const auto last = one("DESC");
    if (!first || !last)
        return std::nullopt;
    return std::pair{*first, *last};
}

qint64 ArchiveTable::purgeOlderThan(const QDateTime &before)
{
    if (!m_database.flush())
        return 0;
    auto &db = m_database.connection();
    // Room by room, so each delete walks the (room, stamp) index.
    QSqlQuery rooms(db);
    rooms.exec(u"SELECT id FROM rooms"_s);
    QList<qint64> ids;
    while (rooms.next())
        ids << rooms.value(0).toLongLong();
    qint64 removed = 0;
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM archive WHERE room_id = ? AND stamp < ?"_s);
    for (const auto id : ids) {
        q.addBindValue(id);
        q.addBindValue(sql::toMs(before));
        if (!q.exec()) {
            qCWarning(lcStorage).noquote() << "cannot purge the archive:" << m_database.errorText(q);
            db.rollback();
            return 0;
        }
        removed += q.numRowsAffected();
    }
    db.commit();
    return removed;
}

void ArchiveTable::expire(const QDateTime &before)
{
    QSqlQuery rooms(m_database.connection());
    rooms.exec(u"SELECT id FROM rooms"_s);
    while (rooms.next())
        m_purges << Purge{rooms.value(0).toLongLong(), sql::toMs(before), false};
    m_database.schedule();
}

void ArchiveTable::purgeSlice()
{
    // Up to Slice messages a tick, in one transaction, from as many purges as that takes.
    constexpr int Slice = 2000;
    auto &db = m_database.connection();
    if (m_purges.isEmpty() || !db.transaction())
        return;
    int budget = Slice;
    QSqlQuery q(db);
    for (int visited = 0; !m_purges.isEmpty() && budget > 0 && visited < 256; ++visited) {
        const auto purge = m_purges.first();
        // A room's oldest messages are its first ones (its stamps never go backwards).
        q.prepare(u"DELETE FROM archive WHERE seq IN (SELECT seq FROM archive WHERE room_id = ? AND stamp < ?"
                  " ORDER BY seq LIMIT ?)"_s);
        q.addBindValue(purge.room);
        q.addBindValue(purge.beforeMs);
        q.addBindValue(budget);
        if (!q.exec()) {
            qCWarning(lcStorage).noquote() << "cannot purge the archive:" << m_database.errorText(q);
            break;
        }
        budget -= q.numRowsAffected();
        if (budget == 0)
            break; // this purge may have more to go
        if (purge.dropRoom) {
            q.prepare(u"DELETE FROM rooms WHERE id = ?"_s);
            q.addBindValue(purge.room);
            q.exec();
        }
        m_purges.removeFirst();
    }
    if (!db.commit())
        db.rollback();
    if (!m_purges.isEmpty())
        m_database.schedule();
}

} // namespace qmuc
