#include "Schema.h"

#include "Sql.h"
#include "../muc/RoomConfig.h"
#include "../Logging.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// Each step takes the database from version i to i + 1, in place; it is never rewritten whole.
// Version 1 held the rooms; version 2 added the archive. Written for SQLite, with the words in
// braces that PostgreSQL spells differently (Dialect::schema).
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            u"CREATE TABLE rooms (id {rowid}, jid TEXT NOT NULL UNIQUE, persistent {int} NOT NULL,"
            " config TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', subject_nick TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE affiliations (room_id {int} NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
            " jid TEXT NOT NULL, affiliation TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
            " nick TEXT NOT NULL DEFAULT '', PRIMARY KEY (room_id, jid)) {without_rowid}"_s,
        },
        {
            u"CREATE TABLE archive (seq {rowid}, room_id {int} NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
            " stanza_id TEXT NOT NULL UNIQUE, stamp {int} NOT NULL, nick TEXT NOT NULL, sender TEXT NOT NULL,"
            " message_id TEXT NOT NULL, payload {blob} NOT NULL)"_s,
            u"CREATE INDEX archive_by_room ON archive (room_id, seq)"_s,
            u"CREATE INDEX archive_by_time ON archive (room_id, stamp)"_s,
            u"CREATE INDEX archive_by_nick ON archive (room_id, nick, seq)"_s,
        },
        {
            // Version 3: each message's position in its room (1, 2, 3, ...), so counting a range
            // takes two lookups; and stamps that never go backwards within a room, so a time is a
            // place in the sequence.
            u"ALTER TABLE archive ADD COLUMN pos {int} NOT NULL DEFAULT 0"_s,
            u"UPDATE archive SET pos = numbered.n, stamp = numbered.latest FROM (SELECT seq,"
            " row_number() OVER (PARTITION BY room_id ORDER BY seq) AS n,"
            " max(stamp) OVER (PARTITION BY room_id ORDER BY seq) AS latest FROM archive) AS numbered"
            " WHERE archive.seq = numbered.seq"_s,
        },
        {
            // Version 4: the history a room that keeps no archive replays on join, so that it
            // survives a restart too.
            u"CREATE TABLE history (room_id {int} NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
            " pos {int} NOT NULL, stamp {int} NOT NULL, nick TEXT NOT NULL, message_id TEXT NOT NULL,"
            " payload {blob} NOT NULL, PRIMARY KEY (room_id, pos)) {without_rowid}"_s,
        },
        {
            // Version 5: occupant ids (XEP-0421). The service's key for them, and the real JIDs
            // they are derived from where the service did not keep one yet.
            u"CREATE TABLE service (name TEXT PRIMARY KEY, value {blob} NOT NULL)"_s,
            u"ALTER TABLE rooms ADD COLUMN subject_jid TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE history ADD COLUMN sender TEXT NOT NULL DEFAULT ''"_s,
        },
        {
            // Version 6: what room features keep of their own (the room's avatar, hats, …),
            // one value under each feature's key.
            u"CREATE TABLE room_data (room_id {int} NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, value {blob} NOT NULL, PRIMARY KEY (room_id, name)) {without_rowid}"_s,
        },
        {
            // Version 7: whether each archived message's sender JID may be shown to everyone
            // (sent while the room was non-anonymous). Older messages are not known to be: hidden.
            u"ALTER TABLE archive ADD COLUMN jid_public {int} NOT NULL DEFAULT 0"_s,
        },
        {
            // Version 8: when the subject was set, for the <delay/> it is replayed with
            // (XEP-0045 §7.2.15); 0 where it is not known.
            u"ALTER TABLE rooms ADD COLUMN subject_stamp {int} NOT NULL DEFAULT 0"_s,
        },
        {
            // Version 9: several instances on one database (PostgreSQL). The instances alive, each
            // renewing its lease; which instance holds each room in memory ('' for none); the
            // sessions in each room, so that those of an instance that died can be told; and
            // what the service's room list shows of every room, so that any instance can answer
            // it (backfillListing fills it in for the rooms there are).
            u"CREATE TABLE instances (id TEXT PRIMARY KEY, seen {int} NOT NULL)"_s,
            u"ALTER TABLE rooms ADD COLUMN instance TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE rooms ADD COLUMN name TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE rooms ADD COLUMN listed {int} NOT NULL DEFAULT 0"_s,
            u"CREATE INDEX rooms_by_instance ON rooms (instance)"_s,
            u"CREATE TABLE occupants (room_id {int} NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
            " jid TEXT NOT NULL, bare TEXT NOT NULL, nick TEXT NOT NULL, PRIMARY KEY (room_id, jid)) {without_rowid}"_s,
        },
    };
    return steps;
}

// Version 9's columns of the service's room list, from each room's configuration (JSON, which
// the two databases read differently): the rooms a database already holds are listed as before.
bool backfillListing(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery rooms(db);
    if (!rooms.exec(u"SELECT id, config FROM rooms WHERE persistent = 1"_s)) {
        *error = rooms.lastError();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE rooms SET name = ?, listed = ? WHERE id = ?"_s);
    while (rooms.next()) {
        const auto config = roomConfigFromJson(rooms.value(1).toByteArray());
        update.addBindValue(sql::text(config.name));
        update.addBindValue(config.isPublic ? 1 : 0);
        update.addBindValue(rooms.value(0).toLongLong());
        if (!update.exec()) {
            *error = update.lastError();
            return false;
        }
    }
    return true;
}

QString errorText(const QSqlDatabase &db, const QSqlQuery &query)
{
    const auto text = query.lastError().text();
    return text.isEmpty() ? db.lastError().text() : text;
}

} // namespace

int Schema::version(const QSqlDatabase &db, const Dialect &dialect)
{
    return dialect.schemaVersion(db);
}

bool Schema::upgrade(QSqlDatabase &db, const Dialect &dialect, const QString &name, bool readOnly, QString *error,
                     int target)
{
    const int current = version(db, dialect);
    if (current > Version) {
        *error = tr("%1 has schema version %2, newer than this qmuc understands (%3); use a newer qmuc")
                     .arg(name).arg(current).arg(Version);
        return false;
    }
    if (current >= target)
        return true;
    if (readOnly) {
        *error = tr("%1 has schema version %2 and needs upgrading to %3, but it is read-only")
                     .arg(name).arg(current).arg(Version);
        return false;
    }
    // Each step in its own transaction, so a failure leaves the database at the last good version.
    for (int step = current; step < target; ++step) {
        db.transaction();
        QSqlQuery q(db);
        QSqlError why;
        // Another instance on the same PostgreSQL database may have taken this step meanwhile.
        if (!dialect.lock(db, Dialect::Lock::Schema, &why)) {
            *error = tr("cannot upgrade %1 to schema version %2: %3").arg(name).arg(step + 1).arg(why.text());
            db.rollback();
            return false;
        }
        if (version(db, dialect) > step) {
            db.commit();
            continue;
        }
        for (const auto &sql : migrations().at(step)) {
            if (!q.exec(dialect.schema(sql))) {
                *error = tr("cannot upgrade %1 to schema version %2: %3").arg(name).arg(step + 1).arg(errorText(db, q));
                db.rollback();
                return false;
            }
        }
        if ((step + 1 == 9 && !backfillListing(db, &why)) || !dialect.setSchemaVersion(db, step + 1, &why)) {
            *error = tr("cannot upgrade %1 to schema version %2: %3").arg(name).arg(step + 1).arg(why.text());
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = tr("cannot upgrade %1: %2").arg(name, db.lastError().text());
            return false;
        }
        if (current > 0)
            qCInfo(lcStorage).noquote() << "upgraded" << name << "to schema version" << step + 1;
    }
    return true;
}

StorageReport Schema::check(const StorageTarget &target, StorageCheck depth)
{
    StorageReport report;
    report.path = target.displayName();
    report.currentSchemaVersion = Version;
    const Dialect dialect(target.driver);
    if (!dialect.isPostgres()) {
        const QFileInfo info(target.name);
        if (!info.exists()) {
            report.problems << tr("%1 does not exist (qmuc creates it on first start)").arg(target.name);
            return report;
        }
        report.bytes = info.size();
    }
    const auto name = u"qmuc-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto db = dialect.connection(target, name, true);
        if (!db.open()) {
            report.problems << tr("cannot open %1: %2").arg(report.path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            const auto scalar = [&](const QString &sql) -> QVariant {
                if (q.exec(sql) && q.next())
                    return q.value(0);
                report.problems << tr("%1 failed: %2").arg(sql, q.lastError().text());
                return {};
            };
            if (dialect.isPostgres()) {
                // Nothing here may change it: PostgreSQL checks its pages and keys itself.
                q.exec(u"SET default_transaction_read_only = on"_s);
                report.schemaVersion = version(db, dialect);
                report.bytes = scalar(u"SELECT pg_database_size(current_database())"_s).toLongLong();
            } else {
                report.schemaVersion = scalar(u"PRAGMA user_version"_s).toInt();
                if (depth == StorageCheck::Verify) {
                    if (!q.exec(u"PRAGMA integrity_check"_s))
                        report.problems << tr("the integrity check failed: %1").arg(q.lastError().text());
                    while (q.next()) {
                        if (q.value(0).toString() != u"ok")
                            report.problems << q.value(0).toString();
                    }
                }
            }
            if (report.schemaVersion > Version)
                report.problems << tr("schema version %1 is newer than this qmuc understands (%2)").arg(report.schemaVersion).arg(Version);
            if (report.schemaVersion >= 1) {
                report.rooms = scalar(u"SELECT count(*) FROM rooms"_s).toLongLong();
                report.persistentRooms = scalar(u"SELECT count(*) FROM rooms WHERE persistent = 1"_s).toLongLong();
                report.affiliations = scalar(u"SELECT count(*) FROM affiliations"_s).toLongLong();
                if (!dialect.isPostgres() && q.exec(u"PRAGMA foreign_key_check"_s) && q.next())
                    report.problems << tr("table %1 refers to rows that do not exist").arg(q.value(0).toString());
            }
            if (report.schemaVersion >= 2) {
                report.messages = scalar(u"SELECT count(*) FROM archive"_s).toLongLong();
                if (report.messages > 0) {
                    report.oldest = sql::fromMs(scalar(u"SELECT min(stamp) FROM archive"_s).toLongLong());
                    report.newest = sql::fromMs(scalar(u"SELECT max(stamp) FROM archive"_s).toLongLong());
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
