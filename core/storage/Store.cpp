#include "Store.h"

#include "../Logging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// Each step takes the file from version i to i + 1, in place; a file is never rewritten whole.
// Version 1 held the rooms; version 2 added the archive.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            u"CREATE TABLE rooms (id INTEGER PRIMARY KEY, jid TEXT NOT NULL UNIQUE, persistent INTEGER NOT NULL,"
            " config TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', subject_nick TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE affiliations (room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
            " jid TEXT NOT NULL, affiliation TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
            " nick TEXT NOT NULL DEFAULT '', PRIMARY KEY (room_id, jid)) WITHOUT ROWID"_s,
        },
        {
            u"CREATE TABLE archive (seq INTEGER PRIMARY KEY, room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
            " stanza_id TEXT NOT NULL UNIQUE, stamp INTEGER NOT NULL, nick TEXT NOT NULL, sender TEXT NOT NULL,"
            " message_id TEXT NOT NULL, payload BLOB NOT NULL)"_s,
            u"CREATE INDEX archive_by_room ON archive (room_id, seq)"_s,
            u"CREATE INDEX archive_by_time ON archive (room_id, stamp)"_s,
            u"CREATE INDEX archive_by_nick ON archive (room_id, nick, seq)"_s,
        },
        {
            // Version 3: each message's position in its room (1, 2, 3, ...), so counting a range
            // takes two lookups; and stamps that never go backwards within a room, so a time is a
            // place in the sequence.
            u"ALTER TABLE archive ADD COLUMN pos INTEGER NOT NULL DEFAULT 0"_s,
            u"UPDATE archive SET pos = numbered.n, stamp = numbered.latest FROM (SELECT seq,"
            " row_number() OVER (PARTITION BY room_id ORDER BY seq) AS n,"
            " max(stamp) OVER (PARTITION BY room_id ORDER BY seq) AS latest FROM archive) AS numbered"
            " WHERE archive.seq = numbered.seq"_s,
        },
        {
            // Version 4: the history a room that keeps no archive replays on join, so that it
            // survives a restart too.
            u"CREATE TABLE history (room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
            " pos INTEGER NOT NULL, stamp INTEGER NOT NULL, nick TEXT NOT NULL, message_id TEXT NOT NULL,"
            " payload BLOB NOT NULL, PRIMARY KEY (room_id, pos)) WITHOUT ROWID"_s,
        },
        {
            // Version 5: occupant ids (XEP-0421). The service's key for them, and the real JIDs
            // they are derived from where the service did not keep one yet.
            u"CREATE TABLE service (name TEXT PRIMARY KEY, value BLOB NOT NULL)"_s,
            u"ALTER TABLE rooms ADD COLUMN subject_jid TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE history ADD COLUMN sender TEXT NOT NULL DEFAULT ''"_s,
        },
    };
    return steps;
}

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

qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

ArchivedMessage readMessage(const QSqlQuery &q, const QString &room)
{
    // Columns: seq, stanza_id, stamp, nick, sender, message_id, payload, pos
    ArchivedMessage m;
    m.stanzaId = q.value(1).toString();
    m.room = room;
    m.stamp = fromMs(q.value(2).toLongLong());
    m.nick = q.value(3).toString();
    m.senderJid = q.value(4).toString();
    m.messageId = q.value(5).toString();
    m.payload = q.value(6).toByteArray();
    return m;
}

// Text for a NOT NULL column: Qt SQL binds a null QString as NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

constexpr auto MessageColumns = "seq, stanza_id, stamp, nick, sender, message_id, payload, pos";
// A queue that cannot be written is kept, up to this many writes; older messages go first.
constexpr qsizetype MaxQueued = 100000;

constexpr auto WriteBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;

// The file of the database (itself, or its write-ahead log and shared memory) that has no write
// permission, if any. The mode bits, not access(2): an operator's read-only file stays read-only
// for root too. SQLite gives the side files the database's mode when it makes them, so a database
// opened while read-only leaves them read-only: once the database may be written again, they
// follow it.
QString readOnlyFile(const QString &path)
{
    if (path == u":memory:")
        return {};
    const QFileInfo database(path);
    if (database.exists() && (database.permissions() & WriteBits)) {
        for (const auto &side : {path + u"-wal"_s, path + u"-shm"_s}) {
            if (QFileInfo(side).exists() && !(QFileInfo(side).permissions() & WriteBits))
                QFile::setPermissions(side, database.permissions());
        }
    }
    for (const auto &file : {path, path + u"-wal"_s, path + u"-shm"_s}) {
        const QFileInfo info(file);
        if (info.exists() && !(info.permissions() & WriteBits))
            return file;
    }
    return {};
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"qmuc-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &Store::flush);
}

Store::~Store()
{
    if (m_db.isOpen()) {
        flush();
        m_insertMessage = QSqlQuery();
        m_db.close();
    }
    m_db = {};
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::fail(const QSqlQuery &query) const
{
    const auto text = query.lastError().text();
    return text.isEmpty() ? m_db.lastError().text() : text;
}

bool Store::open(const QString &path, QString *error)
{
    if (m_db.isValid()) { // opened before: start afresh
        m_insertMessage = QSqlQuery();
        m_db.close();
        m_db = {};
        m_roomIds.clear();
        m_tails.clear();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path = path;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    const auto readOnly = readOnlyFile(path);
    m_readOnly = !readOnly.isEmpty();
    if (m_readOnly)
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!m_db.open()) {
        *error = tr("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    // WAL lets readers and the writer overlap; NORMAL syncs at checkpoints, which survives a
    // crash of qmuc (not of the machine) without losing a committed transaction.
    for (const auto &pragma : {u"PRAGMA busy_timeout = 200"_s, u"PRAGMA foreign_keys = ON"_s}) {
        q.exec(pragma);
    }
    if (!q.exec(u"PRAGMA user_version"_s)) {
        *error = tr("%1 is not a database qmuc can read: %2").arg(path, fail(q));
        m_db.close();
        return false;
    }
    if (!migrate(error)) {
        m_db.close();
        return false;
    }
    if (!m_readOnly) {
        q.exec(u"PRAGMA journal_mode = WAL"_s);
        q.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    loadOccupantIdKey();
    if (m_readOnly) {
        qCWarning(lcStorage).noquote() << "the database" << path << "is read-only (" << readOnly
                                       << "may not be written): changes are kept in memory until it may";
    }
    return true;
}

void Store::loadOccupantIdKey()
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT value FROM service WHERE name = 'occupant-id-key'"_s) && q.next()) {
        m_occupantIdKey = q.value(0).toByteArray();
        return;
    }
    // Made once and kept: occupant ids stay the same across restarts only while the key does.
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    m_occupantIdKey = QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words));
    q.prepare(u"INSERT INTO service (name, value) VALUES ('occupant-id-key', ?)"_s);
    q.addBindValue(m_occupantIdKey);
    if (!q.exec())
        qCWarning(lcStorage).noquote() << "cannot keep the occupant id key in" << m_path
                                       << "; occupant ids will change when qmuc restarts:" << fail(q);
}

int Store::schemaVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : 0;
}

bool Store::migrate(QString *error)
{
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        *error = tr("%1 has schema version %2, newer than this qmuc understands (%3); use a newer qmuc")
                     .arg(m_path).arg(version).arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    if (m_readOnly) {
        *error = tr("%1 has schema version %2 and needs upgrading to %3, but it is read-only")
                     .arg(m_path).arg(version).arg(SchemaVersion);
        return false;
    }
    // Each step in its own transaction, so a failure leaves the file at the last good version.
    for (int step = version; step < SchemaVersion; ++step) {
        m_db.transaction();
        QSqlQuery q(m_db);
        for (const auto &sql : migrations().at(step)) {
            if (!q.exec(sql)) {
                *error = tr("cannot upgrade %1 to schema version %2: %3").arg(m_path).arg(step + 1).arg(fail(q));
                m_db.rollback();
                return false;
            }
        }
        q.exec(u"PRAGMA user_version = %1"_s.arg(step + 1));
        if (!m_db.commit()) {
            *error = tr("cannot upgrade %1: %2").arg(m_path, m_db.lastError().text());
            return false;
        }
        if (version > 0)
            qCInfo(lcStorage).noquote() << "upgraded" << m_path << "to schema version" << step + 1;
    }
    return true;
}

qint64 Store::roomId(const QString &jid, bool create, QSqlError *error)
{
    if (const auto it = m_roomIds.constFind(jid); it != m_roomIds.cend())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM rooms WHERE jid = ?"_s);
    q.addBindValue(jid);
    if (q.exec() && q.next()) {
        const auto id = q.value(0).toLongLong();
        m_roomIds.insert(jid, id);
        return id;
    }
    if (!create)
        return 0;
    // A room that was never saved (a temporary one whose messages are logged): a row of its own,
    // removed with it.
    q.prepare(u"INSERT INTO rooms (jid, persistent, config) VALUES (?, 0, '{}')"_s);
    q.addBindValue(jid);
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return 0;
    }
    const auto id = q.lastInsertId().toLongLong();
    m_roomIds.insert(jid, id);
    return id;
}

QList<RoomRecord> Store::loadRooms()
{
    flush();
    QSqlQuery q(m_db);
    if (!m_readOnly) {
        // Ids cached for the rooms deleted here would send their next message to a missing row.
        m_roomIds.clear();
        m_tails.clear();
        // Temporary rooms do not outlive the process that had them (left behind by a crash).
        for (const auto &table : {u"archive"_s, u"affiliations"_s, u"history"_s})
            q.exec(u"DELETE FROM %1 WHERE room_id IN (SELECT id FROM rooms WHERE persistent = 0)"_s.arg(table));
        q.exec(u"DELETE FROM rooms WHERE persistent = 0"_s);
    }
    QList<RoomRecord> rooms;
    QHash<qint64, qsizetype> index;
    q.exec(u"SELECT id, jid, config, subject, subject_nick, subject_jid FROM rooms WHERE persistent = 1 ORDER BY jid"_s);
    while (q.next()) {
        RoomRecord room;
        room.jid = q.value(1).toString();
        room.config = roomConfigFromJson(q.value(2).toByteArray());
        room.subject = q.value(3).toString();
        room.subjectNick = q.value(4).toString();
        room.subjectJid = q.value(5).toString();
        index.insert(q.value(0).toLongLong(), rooms.size());
        m_roomIds.insert(room.jid, q.value(0).toLongLong());
        rooms << room;
    }
    q.exec(u"SELECT room_id, jid, affiliation, reason, nick FROM affiliations ORDER BY room_id, jid"_s);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        rooms[*it].affiliations << StoredAffiliation{q.value(1).toString(), affiliationFromKey(q.value(2).toString()),
                                                     q.value(3).toString(), q.value(4).toString()};
    }
    q.exec(u"SELECT room_id, stamp, nick, message_id, payload, sender FROM history ORDER BY room_id, pos"_s);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend()) {
            rooms[*it].history << History::Entry{fromMs(q.value(1).toLongLong()), q.value(2).toString(),
                                                 q.value(5).toString(), q.value(3).toString(), {},
                                                 q.value(4).toByteArray()};
        }
    }
    return rooms;
}

void Store::enqueue(Write write)
{
    if (m_queue.size() >= MaxQueued) {
        // The file has not taken a write for a long while: drop the oldest message, not the rooms.
        const auto oldest = std::find_if(m_queue.begin(), m_queue.end(),
                                         [](const Write &w) { return std::holds_alternative<ArchivedMessage>(w); });
        if (oldest != m_queue.end()) {
            m_queue.erase(oldest);
            if (m_dropped++ == 0)
                qCWarning(lcStorage) << "the write queue is full: dropping its oldest messages until writes work again";
        }
    }
    m_queue.push_back(std::move(write));
    if (!m_timer.isActive())
        m_timer.start();
}

void Store::saveRoom(const RoomRecord &room)
{
    enqueue(room);
}

void Store::removeRoom(const QString &jid)
{
    enqueue(RemoveRoom{jid});
}

void Store::archive(const ArchivedMessage &message)
{
    enqueue(message);
}

bool Store::writeOne(const Write &write, QSqlError *error)
{
    QSqlQuery q(m_db);
    if (const auto *room = std::get_if<RoomRecord>(&write)) {
        q.prepare(u"INSERT INTO rooms (jid, persistent, config, subject, subject_nick, subject_jid) VALUES (?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT (jid) DO UPDATE SET persistent = excluded.persistent, config = excluded.config,"
                  " subject = excluded.subject, subject_nick = excluded.subject_nick, subject_jid = excluded.subject_jid"_s);
        q.addBindValue(room->jid);
        q.addBindValue(room->config.persistent ? 1 : 0);
        q.addBindValue(QString::fromUtf8(roomConfigToJson(room->config)));
        q.addBindValue(text(room->subject));
        q.addBindValue(text(room->subjectNick));
        q.addBindValue(text(room->subjectJid));
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        const auto id = roomId(room->jid, false, error);
        q.prepare(u"DELETE FROM affiliations WHERE room_id = ?"_s);
        q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        q.prepare(u"INSERT INTO affiliations (room_id, jid, affiliation, reason, nick) VALUES (?, ?, ?, ?, ?)"_s);
        for (const auto &a : room->affiliations) {
            q.addBindValue(id);
            q.addBindValue(a.bareJid);
            q.addBindValue(QString::fromLatin1(affiliationKey(a.affiliation)));
            q.addBindValue(text(a.reason));
            q.addBindValue(text(a.nick));
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
        }
        q.prepare(u"DELETE FROM history WHERE room_id = ?"_s);
        q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        q.prepare(u"INSERT INTO history (room_id, pos, stamp, nick, sender, message_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype pos = 0; pos < room->history.size(); ++pos) {
            const auto &entry = room->history.at(pos);
            q.addBindValue(id);
            q.addBindValue(pos);
            q.addBindValue(toMs(entry.stamp));
            q.addBindValue(text(entry.nick));
            q.addBindValue(text(entry.senderJid));
            q.addBindValue(text(entry.id));
            q.addBindValue(entry.payload);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
        }
        return true;
    }
    if (const auto *remove = std::get_if<RemoveRoom>(&write)) {
        const auto id = roomId(remove->jid, false, error);
        m_roomIds.remove(remove->jid);
        m_tails.remove(id);
        if (!id)
            return true;
        // The name is free at once; the archive goes a slice per tick (purgeSlice), so that
        // removing a room with a million messages does not hold up routing. A restart finishes it.
        for (const auto &sql : {u"DELETE FROM affiliations WHERE room_id = ?"_s, u"DELETE FROM history WHERE room_id = ?"_s,
                                u"UPDATE rooms SET persistent = 0, jid = 'removed ' || id WHERE id = ?"_s}) {
            q.prepare(sql);
            q.addBindValue(id);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
        }
        m_purges << Purge{id, std::numeric_limits<qint64>::max(), true};
        return true;
    }
    const auto &m = std::get<ArchivedMessage>(write);
    const auto id = roomId(m.room, true, error);
    if (!id)
        return false;
    auto tail = m_tails.constFind(id);
    if (tail == m_tails.cend()) {
        q.prepare(u"SELECT pos, stamp FROM archive WHERE room_id = ? ORDER BY seq DESC LIMIT 1"_s);
        q.addBindValue(id);
        const bool found = q.exec() && q.next();
        tail = m_tails.insert(id, {found ? q.value(0).toLongLong() : 0, found ? q.value(1).toLongLong() : 0});
    }
    const Tail next{tail->pos + 1, qMax(tail->stamp, toMs(m.stamp))}; // a clock set back stamps no earlier
    // Prepared once: parsing the statement again for every message would cost more than the insert.
    if (m_insertMessage.lastQuery().isEmpty()) {
        m_insertMessage = QSqlQuery(m_db);
        m_insertMessage.prepare(u"INSERT INTO archive (room_id, stanza_id, stamp, nick, sender, message_id, payload, pos)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    auto &insert = m_insertMessage;
    insert.bindValue(0, id);
    insert.bindValue(1, m.stanzaId);
    insert.bindValue(2, next.stamp);
    insert.bindValue(3, text(m.nick));
    insert.bindValue(4, text(m.senderJid));
    insert.bindValue(5, text(m.messageId));
    insert.bindValue(6, m.payload);
    insert.bindValue(7, next.pos);
    if (!insert.exec()) {
        *error = insert.lastError();
        return false;
    }
    m_tails.insert(id, next);
    return true;
}

bool Store::writeQueue(qsizetype *rejected, QString *error)
{
    *rejected = -1;
    error->clear();
    const auto purges = m_purges.size(); // a transaction that fails removes no room
    if (m_readOnly) {
        // Made writable since: take it up again, no restart needed.
        if (!readOnlyFile(m_path).isEmpty() || !open(m_path, error) || m_readOnly) {
            if (error->isEmpty())
                *error = tr("the database is read-only");
            return false;
        }
    }
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < qsizetype(m_queue.size()); ++i) {
        QSqlError why;
        if (!writeOne(m_queue[i], &why)) {
            *error = why.text();
            // SQLITE_CONSTRAINT: this write is refused for what it is, not because of the file.
            if ((why.nativeErrorCode().toInt() & 0xff) == 19)
                *rejected = i;
            m_db.rollback();
            m_purges.resize(purges);
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        m_purges.resize(purges);
        return false;
    }
    return true;
}

void Store::purgeSlice()
{
    // Up to Slice messages a tick, in one transaction, from as many purges as that takes.
    constexpr int Slice = 2000;
    if (m_purges.isEmpty() || !m_db.transaction())
        return;
    int budget = Slice;
    QSqlQuery q(m_db);
    for (int visited = 0; !m_purges.isEmpty() && budget > 0 && visited < 256; ++visited) {
        const auto purge = m_purges.first();
        // A room's oldest messages are its first ones (its stamps never go backwards).
        q.prepare(u"DELETE FROM archive WHERE seq IN (SELECT seq FROM archive WHERE room_id = ? AND stamp < ?"
                  " ORDER BY seq LIMIT ?)"_s);
        q.addBindValue(purge.room);
        q.addBindValue(purge.beforeMs);
        q.addBindValue(budget);
        if (!q.exec()) {
            qCWarning(lcStorage).noquote() << "cannot purge the archive:" << fail(q);
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
    if (!m_db.commit())
        m_db.rollback();
    if (!m_purges.isEmpty() && !m_timer.isActive())
        m_timer.start();
}

void Store::expire(const QDateTime &before)
{
    QSqlQuery rooms(m_db);
    rooms.exec(u"SELECT id FROM rooms"_s);
    while (rooms.next())
        m_purges << Purge{rooms.value(0).toLongLong(), toMs(before), false};
    if (!m_timer.isActive())
        m_timer.start();
}

bool Store::flush()
{
    m_timer.stop();
    if (!m_db.isOpen())
        return true;
    if (m_queue.empty()) {
        purgeSlice();
        return true;
    }
    QString error;
    qsizetype rejected = -1;
    while (!writeQueue(&rejected, &error)) {
        // Ids and positions handed out inside the rolled-back transaction are void.
        m_roomIds.clear();
        m_tails.clear();
        if (rejected >= 0) {
            // Kept, it would hold back every write after it for ever.
            qCWarning(lcStorage).noquote() << "dropped a write that" << m_path << "refuses:" << error;
            m_queue.erase(m_queue.begin() + rejected);
            continue;
        }
        if (!m_failing) {
            m_failing = true;
            qCWarning(lcStorage).noquote() << "cannot write to" << m_path << "(" << error << "); will retry,"
                                           << m_queue.size() << "writes waiting";
            Q_EMIT writeFailed(tr("Cannot write to %1: %2").arg(m_path, error));
        }
        m_timer.start(qMax(m_timer.interval(), 1000));
        return false;
    }
    m_queue.clear();
    if (m_failing) {
        m_failing = false;
        qCInfo(lcStorage).noquote() << "writing to" << m_path << "works again;" << m_dropped
                                    << "messages were dropped meanwhile";
        m_dropped = 0;
        Q_EMIT writeRecovered();
    }
    purgeSlice();
    return true;
}

ArchivePage Store::query(const ArchiveQuery &query)
{
    flush();
    ArchivePage page;
    const auto room = roomId(query.room, false);
    const auto one = [&](const QString &sql, const QVariantList &binds) -> std::optional<std::pair<qint64, qint64>> {
        QSqlQuery q(m_db);
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
    // writeOne), so a time is a place in the room's sequence too.
    qint64 low = 0, high = std::numeric_limits<qint64>::max();
    if (query.start) {
        const auto first = one(u"SELECT seq, pos FROM archive WHERE room_id = ? AND stamp >= ? ORDER BY stamp, seq LIMIT 1"_s,
                               {room, toMs(*query.start)});
        low = first ? first->first : high;
    }
    if (query.end) {
        const auto last = one(u"SELECT seq, pos FROM archive WHERE room_id = ? AND stamp <= ? ORDER BY stamp DESC, seq DESC LIMIT 1"_s,
                              {room, toMs(*query.end)});
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
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        auto values = binds;
        values[1] = qMax(low, from);
        values[2] = qMin(high, to);
        for (const auto &v : values + extra)
            q.addBindValue(v);
        if (!q.exec())
            qCWarning(lcStorage).noquote() << "archive query failed:" << fail(q);
        return q;
    };
    // How many match, and where the page starts among them. Without a nick or ids, the matches
    // are a run of the room's positions: two lookups instead of counting a million rows.
    const bool contiguous = query.withNick.isEmpty() && query.ids.isEmpty();
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

std::optional<std::pair<ArchivedMessage, ArchivedMessage>> Store::archiveBounds(const QString &room)
{
    flush();
    const auto id = roomId(room, false);
    if (!id)
        return std::nullopt;
    const auto one = [&](const char *order) -> std::optional<ArchivedMessage> {
        QSqlQuery q(m_db);
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

qint64 Store::purgeOlderThan(const QDateTime &before)
{
    if (!flush())
        return 0;
    // Room by room, so each delete walks the (room, stamp) index.
    QSqlQuery rooms(m_db);
    rooms.exec(u"SELECT id FROM rooms"_s);
    QList<qint64> ids;
    while (rooms.next())
        ids << rooms.value(0).toLongLong();
    qint64 removed = 0;
    m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM archive WHERE room_id = ? AND stamp < ?"_s);
    for (const auto id : ids) {
        q.addBindValue(id);
        q.addBindValue(toMs(before));
        if (!q.exec()) {
            qCWarning(lcStorage).noquote() << "cannot purge the archive:" << fail(q);
            m_db.rollback();
            return 0;
        }
        removed += q.numRowsAffected();
    }
    m_db.commit();
    return removed;
}

StoreReport Store::check(const QString &path, Check depth)
{
    StoreReport report;
    report.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        report.problems << tr("%1 does not exist (qmuc creates it on first start)").arg(path);
        return report;
    }
    report.bytes = info.size();
    const auto name = u"qmuc-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            report.problems << tr("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            const auto scalar = [&](const QString &sql) -> QVariant {
                if (q.exec(sql) && q.next())
                    return q.value(0);
                report.problems << tr("%1 failed: %2").arg(sql, q.lastError().text());
                return {};
            };
            report.schemaVersion = scalar(u"PRAGMA user_version"_s).toInt();
            if (depth == Check::Verify) {
                if (!q.exec(u"PRAGMA integrity_check"_s))
                    report.problems << tr("the integrity check failed: %1").arg(q.lastError().text());
                while (q.next()) {
                    if (q.value(0).toString() != u"ok")
                        report.problems << q.value(0).toString();
                }
            }
            if (report.schemaVersion > SchemaVersion)
                report.problems << tr("schema version %1 is newer than this qmuc understands (%2)").arg(report.schemaVersion).arg(SchemaVersion);
            if (report.schemaVersion >= 1) {
                report.rooms = scalar(u"SELECT count(*) FROM rooms"_s).toLongLong();
                report.persistentRooms = scalar(u"SELECT count(*) FROM rooms WHERE persistent = 1"_s).toLongLong();
                report.affiliations = scalar(u"SELECT count(*) FROM affiliations"_s).toLongLong();
                if (q.exec(u"PRAGMA foreign_key_check"_s) && q.next())
                    report.problems << tr("table %1 refers to rows that do not exist").arg(q.value(0).toString());
            }
            if (report.schemaVersion >= 2) {
                report.messages = scalar(u"SELECT count(*) FROM archive"_s).toLongLong();
                if (report.messages > 0) {
                    report.oldest = fromMs(scalar(u"SELECT min(stamp) FROM archive"_s).toLongLong());
                    report.newest = fromMs(scalar(u"SELECT max(stamp) FROM archive"_s).toLongLong());
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace qmuc
