// The SQLite file behind persistent rooms and the archive, on real files: what a restart brings
// back, files from the first schema and from a newer qmuc, read-only files, MAM paging and
// filters (XEP-0313 over XEP-0059), and what --check-db reports.
#include "storage/Store.h"

#include <PostgresServer.h>
#include <XmppServer.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace qmuc;

namespace {

const QString RoomA = u"coffee@conference.example.org"_s;
const QString RoomB = u"tea@conference.example.org"_s;

// Opens a store or fails the test with the store's own words.
#define OPEN_STORE(store, path)                                                                    \
    do {                                                                                           \
        QString openError_;                                                                        \
        QVERIFY2((store).open((path), &openError_), qPrintable(openError_));                       \
    } while (false)

QDateTime at(int minutes, int msecs = 0)
{
    return QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::UTC).addSecs(minutes * 60).addMSecs(msecs);
}

ArchivedMessage message(const QString &room, const QString &id, const QDateTime &stamp, const QString &nick)
{
    return {id, room, stamp, nick, nick.toLower() + u"@example.org"_s, u"client-"_s + id,
            "<body xmlns='jabber:client'>" + id.toUtf8() + "</body>"};
}

QStringList idsOf(const QList<ArchivedMessage> &messages)
{
    QStringList ids;
    for (const auto &m : messages)
        ids << m.stanzaId;
    return ids;
}

// What only a SQLite file can show (its mode bits, its bytes); PostgreSQL has tests of its own.
#define SQLITE_ONLY()                                                                              \
    do {                                                                                           \
        if (test::testsPostgres())                                                                 \
            QSKIP("a SQLite file's own behaviour");                                                \
    } while (false)

// Runs statements on a database through a connection of its own, as another program would.
bool runSql(const StorageTarget &path, const QStringList &statements, QString *error)
{
    const auto name = u"tst-store-raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        auto db = Dialect(path.driver).connection(path, name, false);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        {
            QSqlQuery q(db);
            for (const auto &sql : statements) {
                if (!ok)
                    break;
                ok = q.exec(sql);
                if (!ok)
                    *error = sql + u": "_s + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The first column of the first row a query gives on the file, read as another program would;
// -1 if it gives none.
qint64 scalar(const StorageTarget &path, const QString &sql, bool readOnly = false)
{
    const auto name = u"tst-store-raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 value = -1;
    {
        auto db = Dialect(path.driver).connection(path, name, readOnly);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

int userVersion(const StorageTarget &path)
{
    return int(scalar(path, path.isPostgres() ? u"SELECT max(version) FROM qmuc_schema"_s : u"PRAGMA user_version"_s, true));
}

// 4 KiB that are no SQLite file (what a disk error or a wrong --data-dir leaves).
bool writeGarbage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 7919 + 13) % 251);
    return f.write(garbage) == garbage.size();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A room with every configuration field away from its default, a subject, and one user of each
// kind of affiliation (sorted by bare JID, as Room::record() gives them).
RoomRecord fullRoom()
{
    RoomRecord r;
    r.jid = RoomA;
    r.config.name = u"Kaffeeküche ☕"_s;
    r.config.description = u"Où l'on parle de café & <thé>"_s;
    r.config.language = u"de"_s;
    r.config.persistent = true;
    r.config.isPublic = false;
    r.config.membersOnly = true;
    r.config.moderated = true;
    r.config.password = u"s3cret"_s;
    r.config.maxUsers = 42;
    r.config.whois = RoomConfig::Whois::Anyone;
    r.config.participantsMaySetSubject = true;
    r.config.allowPrivateMessages = RoomConfig::AllowPm::Moderators;
    r.config.allowInvites = true;
    r.config.historyLength = 7;
    r.config.logging = true;
    r.subject = u"Heute: Ünïcödé, \"quotes\" and 'apostrophes'"_s;
    r.subjectNick = u"Boss"_s;
    r.subjectJid = u"owner@example.org"_s;
    r.affiliations = {
        {u"admin@example.org"_s, Affiliation::Admin, {}, {}},
        {u"banned@example.net"_s, Affiliation::Outcast, u"spam, twice"_s, {}},
        {u"member@example.org"_s, Affiliation::Member, {}, u"Mem"_s},
        {u"nick-only@example.org"_s, Affiliation::None, {}, u"Registered"_s},
        {u"owner@example.org"_s, Affiliation::Owner, {}, u"Boss"_s},
    };
    r.history = {
        {at(1), u"Boss"_s, u"owner@example.org"_s, u"h1"_s, {}, "<body xmlns='jabber:client'>first &amp; foremost</body>"},
        {at(2, 250), u"Mem"_s, u"member@example.org"_s, {}, {}, "<body xmlns='jabber:client'>second</body>"},
    };
    return r;
}

// The first schema, as the first qmuc with storage wrote it (rooms and affiliations, no archive),
// kept here as written then: a later edit of the migrations must still upgrade such files.
QStringList firstSchema()
{
    return {
        u"CREATE TABLE rooms (id INTEGER PRIMARY KEY, jid TEXT NOT NULL UNIQUE, persistent INTEGER NOT NULL,"
        " config TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', subject_nick TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE affiliations (room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,"
        " jid TEXT NOT NULL, affiliation TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
        " nick TEXT NOT NULL DEFAULT '', PRIMARY KEY (room_id, jid)) WITHOUT ROWID"_s,
        u"PRAGMA user_version = 1"_s,
    };
}

RoomRecord plainRoom(const QString &jid, bool persistent = true)
{
    RoomRecord r;
    r.jid = jid;
    r.config.persistent = persistent;
    return r;
}

// 120 messages in room A from three nicks, two a minute (the second 123 ms later); between them
// 15 in room B, five minutes apart.
struct Archive {
    QList<ArchivedMessage> a;
    QList<ArchivedMessage> b;
};

Archive fillArchive(Store &store)
{
    const QStringList nicks{u"Alice"_s, u"Bob"_s, u"Carol"_s};
    Archive archive;
    for (int i = 0; i < 120; ++i) {
        const auto id = u"a-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        archive.a << message(RoomA, id, at(i / 2, (i % 2) * 123), nicks.at(i % 3));
        store.archive(archive.a.last());
        if (i % 8 == 7) {
            const auto j = archive.b.size();
            archive.b << message(RoomB, u"b-%1"_s.arg(j, 2, 10, QLatin1Char('0')), at(j * 5), u"Dave"_s);
            store.archive(archive.b.last());
        }
    }
    return archive;
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();

    // What a restart brings back.
    void roomSurvivesRestartWithEveryField();
    void lastSaveWinsAfterRestart();
    void cleanStopWritesTheQueue();
    void writeTheDatabaseRefusesIsDroppedNotRetried();
    void bigRoomIsRemovedInSlicesWithItsNameFreeAtOnce();
    void expiryWhileRoutingGoesInSlices();
    void fileMadeWritableAgainIsWrittenWithoutARestart();
    void sideFilesLeftReadOnlyFollowTheDatabase();
    void temporaryRoomsAndTheirArchiveAreGoneAfterRestart();
    void temporaryRoomDroppedByLoadRoomsCanBeLoggedAgain();
    void removeRoomPurgesItsArchiveOnly();

    // The write queue.
    void savesOfOneRoomWithinATickAreOneWrite();
    void bigQueueIsWrittenInSlicesWithRoutingBetween();
    void checkpointsHappenWhileTheServiceRuns();
    void affiliationChangeWritesOnlyWhatChanged();
    void fullQueueRefusesNewMessagesOnceAndKeepsWhatItHolds();
    void readWhileWritesFailDoesNotWriteTheQueue();

    // Files from other versions.
    void firstSchemaFileIsUpgradedInPlace();
    void newerSchemaFileIsRefusedNamingBothVersions();

    // A file the operator made read-only.
    void readOnlyFileIsReadButNeverWritten();

    // The archive.
    void senderJidVisibilityIsKeptPerMessage();
    void forwardPagingVisitsEveryMessageOnceInOrder();
    void backwardPagingFromTheEndVisitsEveryMessageOnce();
    void pageOfExactlyTheRemainingMessagesIsComplete();
    void startAndEndAreInclusive();
    void withNickPagesAmongThatNickOnly();
    void afterIdAndBeforeIdAreExclusive();
    void idsFilterGivesThoseInArchiveOrder();
    void unknownIdIsReported_data();
    void unknownIdIsReported();
    void maxZeroGivesCountOnly();
    void archiveBoundsAreFirstAndLast();
    void purgeRemovesOnlyOlderMessages();

    // --check-db.
    void checkReportsSoundFile();
    void checkReportsMissingFileWithoutCreatingIt();
    void checkReportsFileThatIsNotADatabase();
    void fileThatIsNotADatabaseIsRefusedUntouched();

    // PostgreSQL's own: a server that goes away and comes back, passwords.
    void lostConnectionIsReportedAndMadeAgain_data();
    void lostConnectionIsReportedAndMadeAgain();
    void serverDownAtOpenIsRefusedNamingIt();
    void passwordIsUsedButNeverShown();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    // The database of this test called `name`: a file in its directory, or on PostgreSQL a
    // database of its own (the same for the same name within one test).
    StorageTarget target(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, StorageTarget> m_targets;
};

void StoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_targets.clear();
}

StorageTarget StoreTest::target(const QString &name)
{
    if (!test::testsPostgres())
        return file(name);
    if (const auto it = m_targets.constFind(name); it != m_targets.cend())
        return *it;
    auto *cluster = test::sharedPostgres();
    if (!cluster)
        return StorageTarget::postgres(u"host=/nonexistent"_s); // opening fails, and says why
    const auto conninfo = cluster->createDatabase(QString::fromLatin1(QTest::currentTestFunction()));
    if (conninfo.isEmpty())
        qWarning("%s", qPrintable(cluster->error()));
    return *m_targets.insert(name, StorageTarget::postgres(conninfo));
}

void StoreTest::roomSurvivesRestartWithEveryField()
{
    const auto room = fullRoom();
    // Guard the fixture: a field left at its default would prove nothing about that field.
    const RoomConfig d;
    const auto &c = room.config;
    QVERIFY(c.name != d.name && c.description != d.description && c.language != d.language);
    QVERIFY(c.persistent != d.persistent && c.isPublic != d.isPublic && c.membersOnly != d.membersOnly);
    QVERIFY(c.moderated != d.moderated && c.password != d.password && c.maxUsers != d.maxUsers);
    QVERIFY(c.whois != d.whois && c.participantsMaySetSubject != d.participantsMaySetSubject);
    QVERIFY(c.allowPrivateMessages != d.allowPrivateMessages && c.allowInvites != d.allowInvites);
    QVERIFY(c.historyLength != d.historyLength && c.logging != d.logging);

    const auto other = plainRoom(RoomB);
    const auto path = target(u"rooms.sqlite"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(room);
        store.saveRoom(other);
        QVERIFY(store.flush());
        QCOMPARE(store.pendingWrites(), 0);
    }
    Store store;
    OPEN_STORE(store, path);
    const auto rooms = store.loadRooms();
    QCOMPARE(rooms.size(), 2);
    const auto it = std::find_if(rooms.begin(), rooms.end(), [](const RoomRecord &r) { return r.jid == RoomA; });
    QVERIFY(it != rooms.end());
    const auto &loaded = *it;
    // Field by field first, so a failure names the field.
    QCOMPARE(loaded.config.name, c.name);
    QCOMPARE(loaded.config.description, c.description);
    QCOMPARE(loaded.config.language, c.language);
    QCOMPARE(loaded.config.persistent, c.persistent);
    QCOMPARE(loaded.config.isPublic, c.isPublic);
    QCOMPARE(loaded.config.membersOnly, c.membersOnly);
    QCOMPARE(loaded.config.moderated, c.moderated);
    QCOMPARE(loaded.config.password, c.password);
    QCOMPARE(loaded.config.maxUsers, c.maxUsers);
    QVERIFY(loaded.config.whois == c.whois);
    QCOMPARE(loaded.config.participantsMaySetSubject, c.participantsMaySetSubject);
    QCOMPARE(loaded.config.allowPrivateMessages, c.allowPrivateMessages);
    QCOMPARE(loaded.config.allowInvites, c.allowInvites);
    QCOMPARE(loaded.config.historyLength, c.historyLength);
    QCOMPARE(loaded.config.logging, c.logging);
    QCOMPARE(loaded.subject, room.subject);
    QCOMPARE(loaded.subjectNick, room.subjectNick);
    QCOMPARE(loaded.affiliations.size(), room.affiliations.size());
    for (qsizetype i = 0; i < room.affiliations.size(); ++i) {
        const auto &got = loaded.affiliations.at(i);
        const auto &want = room.affiliations.at(i);
        QCOMPARE(got.bareJid, want.bareJid);
        QCOMPARE(got.affiliation, want.affiliation);
        QCOMPARE(got.reason, want.reason);
        QCOMPARE(got.nick, want.nick);
    }
    QVERIFY(loaded == room);
    const auto plain = std::find_if(rooms.begin(), rooms.end(), [](const RoomRecord &r) { return r.jid == RoomB; });
    QVERIFY(plain != rooms.end());
    QVERIFY(*plain == other);
}

void StoreTest::lastSaveWinsAfterRestart()
{
    const auto path = target(u"rooms.sqlite"_s);
    auto room = fullRoom();
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(room);
        QVERIFY(store.flush());
        // The ban is lifted, the subject changes, the room goes public: all in a later save.
        room.affiliations.removeAt(1);
        room.subject = u"New subject"_s;
        room.config.isPublic = true;
        store.saveRoom(room);
        QVERIFY(store.flush());
    }
    Store store;
    OPEN_STORE(store, path);
    const auto rooms = store.loadRooms();
    QCOMPARE(rooms.size(), 1);
    QCOMPARE(rooms.first().affiliations.size(), 4);
    QCOMPARE(rooms.first().subject, u"New subject"_s);
    QVERIFY(rooms.first() == room);
}

void StoreTest::cleanStopWritesTheQueue()
{
    const auto path = target(u"rooms.sqlite"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.setFlushInterval(60 * 60 * 1000); // the timer must not be what writes
        store.saveRoom(fullRoom());
        store.archive(message(RoomA, u"last-words"_s, at(0), u"Alice"_s));
        QCOMPARE(store.pendingWrites(), 2);
    }
    Store store;
    OPEN_STORE(store, path);
    const auto rooms = store.loadRooms();
    QCOMPARE(rooms.size(), 1);
    QVERIFY(rooms.first() == fullRoom());
    ArchiveQuery q;
    q.room = RoomA;
    QCOMPARE(idsOf(store.query(q).messages), QStringList{u"last-words"_s});
}

void StoreTest::writeTheDatabaseRefusesIsDroppedNotRetried()
{
    const auto path = target(u"rooms.sqlite"_s);
    Store store;
    OPEN_STORE(store, path);
    QSignalSpy failed(&store, &Store::writeFailed);
    store.archive(message(RoomA, u"first"_s, at(0), u"Alice"_s));
    QVERIFY(store.flush());
    // A second message under an id the archive already has (a constraint, not the file, says no),
    // queued between two good ones: the good ones are written, the refused one is dropped.
    store.archive(message(RoomA, u"second"_s, at(1), u"Bob"_s));
    store.archive(message(RoomA, u"first"_s, at(2), u"Mallory"_s));
    store.archive(message(RoomA, u"third"_s, at(3), u"Carol"_s));
    QVERIFY(store.flush());
    QCOMPARE(store.pendingWrites(), 0);
    QCOMPARE(failed.size(), 0);
    ArchiveQuery q;
    q.room = RoomA;
    const auto page = store.query(q);
    QCOMPARE(idsOf(page.messages), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    QCOMPARE(page.messages.first().nick, u"Alice"_s);
    QCOMPARE(page.count, 3);
}

void StoreTest::savesOfOneRoomWithinATickAreOneWrite()
{
    const auto path = target(u"rooms.sqlite"_s);
    auto room = fullRoom();
    {
        Store store;
        OPEN_STORE(store, path);
        store.setFlushInterval(60000); // no tick during the test: the queue is what it holds
        for (const auto &subject : {u"one"_s, u"two"_s, u"three"_s}) {
            room.subject = subject;
            store.saveRoom(room);
        }
        store.saveRoom(plainRoom(RoomB));
        QCOMPARE(store.pendingWrites(), 2); // one per room
        QVERIFY(store.flush());
        // Removed, then made again under the same name within one tick: the new room stays.
        store.removeRoom(RoomB);
        auto again = plainRoom(RoomB);
        again.subject = u"again"_s;
        store.saveRoom(again);
        QVERIFY(store.flush());
    }
    Store store;
    OPEN_STORE(store, path);
    const auto rooms = store.loadRooms();
    QCOMPARE(rooms.size(), 2);
    QVERIFY(rooms.at(0) == room);
    QCOMPARE(rooms.at(1).subject, u"again"_s);
}

void StoreTest::bigQueueIsWrittenInSlicesWithRoutingBetween()
{
    const auto path = target(u"rooms.sqlite"_s);
    Store store;
    OPEN_STORE(store, path);
    store.setFlushInterval(10);
    constexpr int Total = 5000;
    QStringList ids;
    for (int i = 0; i < Total; ++i) {
        ids << u"m-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        store.archive(message(RoomA, ids.last(), at(i), u"Alice"_s));
    }
    // Queued behind them: a room's save, which must not be lost when the queue goes in slices.
    store.saveRoom(fullRoom());
    QCOMPARE(store.pendingWrites(), Total + 1);
    // Routing: what the event loop does between the queue's transactions. One tick writing the
    // whole queue would leave it no turn while part of the queue is written.
    int turnsMidQueue = 0;
    QTimer routing;
    routing.setInterval(0);
    QObject::connect(&routing, &QTimer::timeout, [&] {
        if (store.pendingWrites() > 0 && store.pendingWrites() < Total)
            ++turnsMidQueue;
    });
    routing.start();
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingWrites(), 0, 120000);
    routing.stop();
    QVERIFY2(turnsMidQueue > 0, "the queue was written without a turn for routing");
    // Nothing lost, nothing out of order.
    ArchiveQuery q;
    q.room = RoomA;
    q.max = Total;
    QCOMPARE(idsOf(store.query(q).messages), ids);
    const auto rooms = store.loadRooms();
    QCOMPARE(rooms.size(), 1);
    QVERIFY(rooms.first() == fullRoom());
}

void StoreTest::checkpointsHappenWhileTheServiceRuns()
{
    SQLITE_ONLY();
    // The log is copied into the database file by a thread of its own while the store is open,
    // not only when it closes: the file grows while the service runs.
    const auto path = target(u"rooms.sqlite"_s);
    Store store;
    OPEN_STORE(store, path);
    store.setFlushInterval(10);
    const auto before = QFileInfo(file(u"rooms.sqlite"_s)).size();
    const QByteArray payload = "<body xmlns='jabber:client'>" + QByteArray(2000, 'x') + "</body>";
    for (int i = 0; i < 500; ++i) {
        auto m = message(RoomA, u"m-%1"_s.arg(i), at(i), u"Alice"_s);
        m.payload = payload;
        store.archive(m);
    }
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingWrites(), 0, 60000);
    // 500 messages of 2 kB: less than the 1000 pages after which SQLite's own automatic
    // checkpoint would copy them, so only the checkpoint thread can have done it.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file(u"rooms.sqlite"_s)).size() > before + 500 * 2000, 30000);
}

void StoreTest::affiliationChangeWritesOnlyWhatChanged()
{
    const auto path = target(u"rooms.sqlite"_s);
    auto room = plainRoom(RoomA);
    for (int i = 0; i < 500; ++i)
        room.affiliations << StoredAffiliation{u"member%1@example.org"_s.arg(i, 3, 10, QLatin1Char('0')), Affiliation::Member, {}, {}};
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(room);
        QVERIFY(store.flush());
        // Another program counts what happens to the affiliations' rows from now on.
        QString error;
        const auto audit = path.isPostgres()
            ? QStringList{u"CREATE TABLE audit (op TEXT)"_s,
                          u"CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS"
                          " $$ BEGIN INSERT INTO audit VALUES (lower(TG_OP)); RETURN NULL; END $$"_s,
                          u"CREATE TRIGGER audit_all AFTER INSERT OR UPDATE OR DELETE ON affiliations"
                          " FOR EACH ROW EXECUTE FUNCTION audit_row()"_s}
            : QStringList{u"CREATE TABLE audit (op TEXT)"_s,
                          u"CREATE TRIGGER audit_insert AFTER INSERT ON affiliations BEGIN INSERT INTO audit VALUES ('insert'); END"_s,
                          u"CREATE TRIGGER audit_update AFTER UPDATE ON affiliations BEGIN INSERT INTO audit VALUES ('update'); END"_s,
                          u"CREATE TRIGGER audit_delete AFTER DELETE ON affiliations BEGIN INSERT INTO audit VALUES ('delete'); END"_s};
        QVERIFY2(runSql(path, audit, &error), qPrintable(error));
        // One member becomes an admin, one leaves, one joins; the subject changes too.
        room.affiliations[10].affiliation = Affiliation::Admin;
        room.affiliations.removeAt(20);
        room.affiliations << StoredAffiliation{u"newcomer@example.org"_s, Affiliation::Member, {}, u"New"_s};
        room.subject = u"changed"_s;
        store.saveRoom(room);
        QVERIFY(store.flush());
        QCOMPARE(scalar(path, u"SELECT count(*) FROM audit"_s), 3);
        // Saving the same again writes no affiliation at all.
        store.saveRoom(room);
        QVERIFY(store.flush());
        QCOMPARE(scalar(path, u"SELECT count(*) FROM audit"_s), 3);
    }
    Store store;
    OPEN_STORE(store, path);
    const auto rooms = store.loadRooms();
    QCOMPARE(rooms.size(), 1);
    auto expected = room.affiliations;
    std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) { return a.bareJid < b.bareJid; });
    QVERIFY(rooms.first().affiliations == expected);
    QCOMPARE(rooms.first().subject, u"changed"_s);
}

void StoreTest::fullQueueRefusesNewMessagesOnceAndKeepsWhatItHolds()
{
    const auto path = target(u"rooms.sqlite"_s);
    Store store;
    OPEN_STORE(store, path);
    store.setFlushInterval(60000); // the disk is slow: nothing is written until flush()
    store.setMaxQueueBytes(4096);
    QSignalSpy full(&store, &Store::queueFull);
    QStringList ids;
    for (int i = 0; i < 100; ++i) {
        ids << u"m-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        store.archive(message(RoomA, ids.last(), at(i), u"Alice"_s));
    }
    QCOMPARE(full.size(), 1); // once for the whole spell
    QVERIFY(store.queuedBytes() <= 4096);
    // The rooms' lasting state is queued all the same.
    store.saveRoom(fullRoom());
    QVERIFY(store.flush());
    // What was queued first is kept; only what came after the queue was full is missing.
    ArchiveQuery q;
    q.room = RoomA;
    q.max = 1000;
    const auto kept = idsOf(store.query(q).messages);
    QVERIFY(!kept.isEmpty() && kept.size() < ids.size());
    QCOMPARE(kept, ids.mid(0, kept.size()));
    QCOMPARE(store.loadRooms().size(), 1);
    // Written: the queue takes messages again, and a new spell is told again.
    store.archive(message(RoomA, u"after"_s, at(200), u"Bob"_s));
    QVERIFY(store.flush());
    QCOMPARE(idsOf(store.query(q).messages).last(), u"after"_s);
    for (int i = 0; i < 100; ++i)
        store.archive(message(RoomA, u"n-%1"_s.arg(i), at(300 + i), u"Alice"_s));
    QCOMPARE(full.size(), 2);
}

void StoreTest::readWhileWritesFailDoesNotWriteTheQueue()
{
    SQLITE_ONLY();
    // While the file refuses writes, the queue is retried by the timer; a MAM query must not
    // retry it in its stead (blocking routing on a failing disk). It reads what the file holds.
    const auto path = file(u"rooms.sqlite"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(fullRoom());
        store.archive(message(RoomA, u"written"_s, at(0), u"Alice"_s));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Store store;
    OPEN_STORE(store, path);
    store.setFlushInterval(60000);
    QSignalSpy failed(&store, &Store::writeFailed);
    store.archive(message(RoomA, u"queued"_s, at(1), u"Alice"_s));
    QVERIFY(!store.flush());
    QCOMPARE(failed.size(), 1);
    // The disk would take writes again, but only the retry (the timer, here flush()) may write.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    ArchiveQuery q;
    q.room = RoomA;
    QCOMPARE(idsOf(store.query(q).messages), QStringList{u"written"_s});
    QVERIFY(store.archiveBounds(RoomA).has_value());
    QCOMPARE(store.pendingWrites(), 1);
    QVERIFY(store.flush());
    QCOMPARE(idsOf(store.query(q).messages), (QStringList{u"written"_s, u"queued"_s}));
}

void StoreTest::bigRoomIsRemovedInSlicesWithItsNameFreeAtOnce()
{
    const auto path = target(u"rooms.sqlite"_s);
    Store store;
    OPEN_STORE(store, path);
    store.setFlushInterval(60 * 60 * 1000); // only the explicit flushes below run
    auto room = fullRoom();
    store.saveRoom(room);
    for (int i = 0; i < 4500; ++i)
        store.archive(message(RoomA, u"a%1"_s.arg(i), at(0, i), u"Alice"_s));
    store.archive(message(RoomB, u"b0"_s, at(0), u"Bob"_s));
    QVERIFY(store.flush());
    QCOMPARE(Store::check(path).messages, 4501);

    store.removeRoom(RoomA);
    QVERIFY(store.flush());
    // The first slice is gone, not yet all of it...
    const auto afterOne = Store::check(path).messages;
    QVERIFY2(afterOne > 1 && afterOne < 4501, qPrintable(QString::number(afterOne)));
    // ...but the name is free at once: a new room of that name starts with nothing.
    ArchiveQuery q;
    q.room = RoomA;
    QCOMPARE(store.query(q).count, 0);
    store.saveRoom(room);
    store.archive(message(RoomA, u"new"_s, at(9), u"Carol"_s));
    QVERIFY(store.flush());
    QCOMPARE(idsOf(store.query(q).messages), QStringList{u"new"_s});
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.flush());
    const auto report = Store::check(path);
    QCOMPARE(report.messages, 2); // b0 and the new room's message
    QCOMPARE(report.rooms, 2);    // the new room A and room B: the removed one's row is gone too
}

void StoreTest::expiryWhileRoutingGoesInSlices()
{
    const auto path = target(u"rooms.sqlite"_s);
    Store store;
    OPEN_STORE(store, path);
    store.setFlushInterval(60 * 60 * 1000); // only the explicit flushes below run
    for (int i = 0; i < 4500; ++i)
        store.archive(message(RoomA, u"old%1"_s.arg(i), at(0, i), u"Alice"_s));
    for (int i = 0; i < 10; ++i)
        store.archive(message(RoomA, u"new%1"_s.arg(i), at(60, i), u"Alice"_s));
    store.archive(message(RoomB, u"b-old"_s, at(1), u"Bob"_s));
    store.archive(message(RoomB, u"b-new"_s, at(61), u"Bob"_s));
    QVERIFY(store.flush());

    store.expire(at(30));
    QVERIFY(store.flush());
    // One slice went, not everything at once...
    const auto afterOne = Store::check(path).messages;
    QVERIFY2(afterOne > 12 && afterOne < 4512, qPrintable(QString::number(afterOne)));
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.flush());
    // ...and in the end exactly the expired ones, in every room.
    ArchiveQuery q;
    q.room = RoomA;
    auto page = store.query(q);
    QCOMPARE(page.count, 10);
    QCOMPARE(page.messages.first().stanzaId, u"new0"_s);
    q.room = RoomB;
    QCOMPARE(idsOf(store.query(q).messages), QStringList{u"b-new"_s});
}

void StoreTest::fileMadeWritableAgainIsWrittenWithoutARestart()
{
    SQLITE_ONLY();
    const auto path = file(u"rooms.sqlite"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(fullRoom());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Store store;
    OPEN_STORE(store, path);
    QVERIFY(store.isReadOnly());
    QSignalSpy failed(&store, &Store::writeFailed);
    QSignalSpy recovered(&store, &Store::writeRecovered);
    store.archive(message(RoomA, u"while-read-only"_s, at(1), u"Alice"_s));
    QVERIFY(!store.flush());
    QCOMPARE(failed.size(), 1);
    // The operator gives the file its write permission back: the next try writes the queue.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(store.flush());
    QCOMPARE(recovered.size(), 1);
    QVERIFY(!store.isReadOnly());
    QCOMPARE(Store::check(path).messages, 1);
}

void StoreTest::sideFilesLeftReadOnlyFollowTheDatabase()
{
    SQLITE_ONLY();
    // SQLite gives the -wal and -shm files the database's mode when it makes them: a database
    // opened while read-only leaves them read-only after the operator fixed the database itself.
    const auto path = file(u"rooms.sqlite"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(fullRoom());
    }
    QFile shm(path + u"-shm"_s);
    QVERIFY(shm.open(QIODevice::WriteOnly));
    shm.close();
    QVERIFY(QFile::setPermissions(shm.fileName(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Store store;
    OPEN_STORE(store, path);
    QVERIFY(!store.isReadOnly());
    QVERIFY(QFileInfo(shm.fileName()).permissions() & QFile::WriteOwner);
    store.archive(message(RoomA, u"written"_s, at(1), u"Alice"_s));
    QVERIFY(store.flush());
}

void StoreTest::temporaryRoomsAndTheirArchiveAreGoneAfterRestart()
{
    const auto path = target(u"rooms.sqlite"_s);
    const auto temporary = u"temp@conference.example.org"_s;
    const auto neverSaved = u"unsaved@conference.example.org"_s;
    {
        // A crash leaves a temporary room (saved while it had a member list, say) and the logged
        // messages of one that was never saved at all.
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(plainRoom(RoomA));
        auto temp = plainRoom(temporary, false);
        temp.affiliations << StoredAffiliation{u"owner@example.org"_s, Affiliation::Owner, {}, {}};
        store.saveRoom(temp);
        for (int i = 0; i < 3; ++i)
            store.archive(message(RoomA, u"kept-%1"_s.arg(i), at(i), u"Alice"_s));
        for (int i = 0; i < 4; ++i)
            store.archive(message(temporary, u"temp-%1"_s.arg(i), at(i), u"Bob"_s));
        for (int i = 0; i < 2; ++i)
            store.archive(message(neverSaved, u"unsaved-%1"_s.arg(i), at(i), u"Carol"_s));
        QVERIFY(store.flush());
    }
    QCOMPARE(Store::check(path).messages, 9);
    {
        Store store;
        OPEN_STORE(store, path);
        const auto rooms = store.loadRooms();
        QCOMPARE(rooms.size(), 1);
        QCOMPARE(rooms.first().jid, RoomA);
        for (const auto &room : {temporary, neverSaved}) {
            ArchiveQuery q;
            q.room = room;
            const auto page = store.query(q);
            QCOMPARE(page.count, qint64(0));
            QVERIFY(page.messages.isEmpty());
            QVERIFY(!store.archiveBounds(room));
        }
        ArchiveQuery q;
        q.room = RoomA;
        QCOMPARE(store.query(q).count, qint64(3));
    }
    // Gone from the file, not just hidden.
    const auto report = Store::check(path);
    QVERIFY2(report.ok, qPrintable(report.problems.join(u"; "_s)));
    QCOMPARE(report.rooms, qint64(1));
    QCOMPARE(report.affiliations, qint64(0));
    QCOMPARE(report.messages, qint64(3));
}

// loadRooms() drops the temporary rooms; the room id handed out earlier must not be reused for
// that room's next message: the row is gone, so the whole batch would fail (FOREIGN KEY) and the
// operator be told writing fails.
void StoreTest::temporaryRoomDroppedByLoadRoomsCanBeLoggedAgain()
{
    const auto temporary = u"temp@conference.example.org"_s;
    Store store;
    OPEN_STORE(store, target(u"rooms.sqlite"_s));
    QSignalSpy failed(&store, &Store::writeFailed);
    store.saveRoom(plainRoom(temporary, false));
    store.archive(message(temporary, u"before"_s, at(0), u"Alice"_s));
    QVERIFY(store.flush());
    QVERIFY(store.loadRooms().isEmpty());

    store.archive(message(temporary, u"after"_s, at(1), u"Alice"_s));
    store.saveRoom(plainRoom(RoomA));
    QVERIFY(store.flush());
    QCOMPARE(failed.count(), 0);
    ArchiveQuery q;
    q.room = temporary;
    QCOMPARE(idsOf(store.query(q).messages), QStringList{u"after"_s});
    QCOMPARE(store.loadRooms().size(), 1);
}

void StoreTest::removeRoomPurgesItsArchiveOnly()
{
    const auto path = target(u"rooms.sqlite"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(fullRoom());
        store.saveRoom(plainRoom(RoomB));
        const auto archive = fillArchive(store);
        QVERIFY(store.flush());

        store.removeRoom(RoomA);
        QVERIFY(store.flush());
        ArchiveQuery a;
        a.room = RoomA;
        QCOMPARE(store.query(a).count, qint64(0));
        QVERIFY(!store.archiveBounds(RoomA));
        ArchiveQuery b;
        b.room = RoomB;
        b.max = 100;
        const auto page = store.query(b);
        QCOMPARE(page.count, qint64(archive.b.size()));
        QVERIFY(page.messages == archive.b);

        // A new room of the same name starts with an empty archive.
        store.archive(message(RoomA, u"reborn"_s, at(500), u"Alice"_s));
        QVERIFY(store.flush());
        QCOMPARE(idsOf(store.query(a).messages), QStringList{u"reborn"_s});
        store.removeRoom(RoomA);
    }
    Store store;
    OPEN_STORE(store, path);
    const auto rooms = store.loadRooms();
    QCOMPARE(rooms.size(), 1);
    QCOMPARE(rooms.first().jid, RoomB);
    const auto report = Store::check(path);
    QCOMPARE(report.messages, qint64(15));
    QCOMPARE(report.affiliations, qint64(0));
}

void StoreTest::firstSchemaFileIsUpgradedInPlace()
{
    const auto path = target(u"v1.sqlite"_s);
    QString error;
    if (path.isPostgres()) {
        // No PostgreSQL database was ever written by the first qmuc: the first migration makes one.
        const auto name = u"tst-store-v1"_s;
        {
            const Dialect dialect(path.driver);
            auto db = dialect.connection(path, name, false);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            const bool made = Schema::upgrade(db, dialect, path.displayName(), false, &error, 1);
            db.close();
            QVERIFY2(made, qPrintable(error));
        }
        QSqlDatabase::removeDatabase(name);
    } else {
        QVERIFY2(runSql(path, firstSchema(), &error), qPrintable(error));
    }
    QVERIFY2(runSql(path,
                    {
                        u"INSERT INTO rooms (id, jid, persistent, config, subject, subject_nick) VALUES (7, '%1', 1,"
                        " '{\"roomname\":\"Old times\",\"persistentroom\":true,\"membersonly\":true,"
                        "\"whois\":\"anyone\"}', 'From before the archive', 'Founder')"_s.arg(RoomA),
                        u"INSERT INTO affiliations (room_id, jid, affiliation, reason, nick) VALUES"
                        " (7, 'founder@example.org', 'owner', '', 'Founder'),"
                        " (7, 'troll@example.net', 'outcast', 'trolling', '')"_s,
                    },
                    &error),
             qPrintable(error));
    const auto before = Store::check(path);
    QVERIFY2(before.ok, qPrintable(before.problems.join(u"; "_s)));
    QCOMPARE(before.schemaVersion, 1);
    QCOMPARE(before.rooms, qint64(1));
    QCOMPARE(before.affiliations, qint64(2));

    RoomRecord expected;
    expected.jid = RoomA;
    expected.config.name = u"Old times"_s;
    expected.config.persistent = true;
    expected.config.membersOnly = true;
    expected.config.whois = RoomConfig::Whois::Anyone;
    expected.subject = u"From before the archive"_s;
    expected.subjectNick = u"Founder"_s;
    expected.affiliations = {{u"founder@example.org"_s, Affiliation::Owner, {}, u"Founder"_s},
                             {u"troll@example.net"_s, Affiliation::Outcast, u"trolling"_s, {}}};
    const auto first = message(RoomA, u"first-archived"_s, at(1, 5), u"Founder"_s);
    const auto second = message(RoomA, u"second-archived"_s, at(2), u"Guest"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
        const auto rooms = store.loadRooms();
        QCOMPARE(rooms.size(), 1);
        QCOMPARE(rooms.first().config.name, expected.config.name);
        QCOMPARE(rooms.first().affiliations.size(), 2);
        QVERIFY(rooms.first() == expected);

        store.archive(first);
        store.archive(second);
        QVERIFY(store.flush());
        ArchiveQuery q;
        q.room = RoomA;
        const auto page = store.query(q);
        QCOMPARE(page.count, qint64(2));
        QVERIFY(page.messages == (QList<ArchivedMessage>{first, second}));
        const auto bounds = store.archiveBounds(RoomA);
        QVERIFY(bounds);
        QVERIFY(bounds->first == first && bounds->second == second);
    }
    QCOMPARE(userVersion(path), Store::SchemaVersion);
    const auto after = Store::check(path);
    QVERIFY2(after.ok, qPrintable(after.problems.join(u"; "_s)));
    QCOMPARE(after.schemaVersion, Store::SchemaVersion);
    QCOMPARE(after.messages, qint64(2));
    Store reopened;
    OPEN_STORE(reopened, path);
    const auto rooms = reopened.loadRooms();
    QCOMPARE(rooms.size(), 1);
    QVERIFY(rooms.first() == expected);
}

void StoreTest::newerSchemaFileIsRefusedNamingBothVersions()
{
    const auto path = target(u"future.sqlite"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(fullRoom());
    }
    QString error;
    QVERIFY2(runSql(path, {path.isPostgres() ? u"UPDATE qmuc_schema SET version = 99"_s : u"PRAGMA user_version = 99"_s}, &error),
             qPrintable(error));

    Store store;
    error.clear();
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    // The versions, not digits that happen to be in the path.
    const auto words = QString(error).remove(path.displayName());
    QVERIFY2(words.contains(QRegularExpression(u"\\b99\\b"_s)), qPrintable(error));
    QVERIFY2(words.contains(QRegularExpression(u"\\b%1\\b"_s.arg(Store::SchemaVersion))), qPrintable(error));
    // Left as the newer qmuc wrote it.
    QCOMPARE(userVersion(path), 99);
}

void StoreTest::readOnlyFileIsReadButNeverWritten()
{
    SQLITE_ONLY();
    const auto path = file(u"readonly.sqlite"_s);
    const auto room = fullRoom();
    QList<ArchivedMessage> messages;
    for (int i = 0; i < 5; ++i)
        messages << message(RoomA, u"ro-%1"_s.arg(i), at(i), i % 2 ? u"Bob"_s : u"Alice"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(room);
        for (const auto &m : messages)
            store.archive(m);
        QVERIFY(store.flush());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto hashBefore = fileHash(path);
    QVERIFY(!hashBefore.isEmpty());
    {
        Store store;
        OPEN_STORE(store, path);
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.schemaVersion(), Store::SchemaVersion);
        const auto rooms = store.loadRooms();
        QCOMPARE(rooms.size(), 1);
        QVERIFY(rooms.first() == room);
        ArchiveQuery q;
        q.room = RoomA;
        QVERIFY(store.query(q).messages == messages);

        QSignalSpy failed(&store, &Store::writeFailed);
        store.archive(message(RoomA, u"lost"_s, at(10), u"Carol"_s));
        QVERIFY(!store.flush());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        auto changed = room;
        changed.subject = u"never saved"_s;
        store.saveRoom(changed);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!store.flush());
        store.removeRoom(RoomA);
        QVERIFY(!store.flush());
        QCOMPARE(failed.count(), 1); // once per failure spell, not once per try
        QCOMPARE(store.pendingWrites(), 3);
        // Reads go on, and see the file as it is.
        const auto page = store.query(q);
        QCOMPARE(page.count, qint64(5));
        QVERIFY(page.messages == messages);
        QCOMPARE(store.loadRooms().size(), 1);
        QCOMPARE(store.purgeOlderThan(at(100)), qint64(0));
        QCOMPARE(store.pendingWrites(), 3);
        QCOMPARE(failed.count(), 1);
    }
    QCOMPARE(fileHash(path), hashBefore);
    // The mode bits, as the operator set them (the User bits say what root may do, i.e. anything).
    const auto modeBits = QFile::permissions(path)
        & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
           | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    QCOMPARE(modeBits, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    Store store;
    OPEN_STORE(store, path);
    const auto rooms = store.loadRooms();
    QCOMPARE(rooms.size(), 1);
    QVERIFY(rooms.first() == room);
}

void StoreTest::senderJidVisibilityIsKeptPerMessage()
{
    // Whether a message's sender JID may be shown to everyone (it was sent while the room was
    // non-anonymous) is the message's own, across restarts.
    const auto path = target(u"rooms.sqlite"_s);
    auto hidden = message(RoomA, u"hidden"_s, at(0), u"Alice"_s);
    auto shown = message(RoomA, u"shown"_s, at(1), u"Alice"_s);
    shown.realJidPublic = true;
    {
        Store store;
        OPEN_STORE(store, path);
        store.archive(hidden);
        store.archive(shown);
    }
    Store store;
    OPEN_STORE(store, path);
    ArchiveQuery q;
    q.room = RoomA;
    const auto page = store.query(q);
    QCOMPARE(page.messages.size(), 2);
    QVERIFY(page.messages.at(0) == hidden);
    QVERIFY(page.messages.at(1) == shown);
    QCOMPARE(page.messages.at(1).realJidPublic, true);
}

void StoreTest::forwardPagingVisitsEveryMessageOnceInOrder()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    ArchiveQuery q;
    q.room = RoomA;
    q.max = 25;
    QList<ArchivedMessage> seen;
    int pages = 0;
    for (;;) {
        QVERIFY2(pages < 10, "paging does not end");
        const auto page = store.query(q);
        ++pages;
        QVERIFY(page.unknownId.isEmpty());
        QCOMPARE(page.count, qint64(120));
        QCOMPARE(page.firstIndex, qint64(seen.size()));
        const auto expected = archive.a.mid(seen.size(), 25);
        QCOMPARE(idsOf(page.messages), idsOf(expected));
        QVERIFY(page.messages == expected); // every field, to the millisecond
        seen += page.messages;
        QCOMPARE(page.complete, seen.size() == 120);
        if (page.complete)
            break;
        q.pageAfter = page.messages.last().stanzaId;
    }
    QCOMPARE(pages, 5);
    QVERIFY(seen == archive.a);
}

void StoreTest::backwardPagingFromTheEndVisitsEveryMessageOnce()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    ArchiveQuery q;
    q.room = RoomA;
    q.max = 25;
    q.pageBefore = QString(); // the last page
    QList<ArchivedMessage> seen;
    int pages = 0;
    for (;;) {
        QVERIFY2(pages < 10, "paging does not end");
        const auto page = store.query(q);
        ++pages;
        QVERIFY(page.unknownId.isEmpty());
        QCOMPARE(page.count, qint64(120));
        const auto remaining = 120 - seen.size();
        const auto size = qMin<qsizetype>(25, remaining);
        QCOMPARE(page.firstIndex, qint64(remaining - size));
        const auto expected = archive.a.mid(remaining - size, size);
        QCOMPARE(idsOf(page.messages), idsOf(expected)); // oldest first within the page
        QVERIFY(page.messages == expected);
        seen = page.messages + seen;
        QCOMPARE(page.complete, seen.size() == 120);
        if (page.complete)
            break;
        q.pageBefore = page.messages.first().stanzaId;
    }
    QCOMPARE(pages, 5);
    QVERIFY(seen == archive.a);
}

void StoreTest::pageOfExactlyTheRemainingMessagesIsComplete()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    ArchiveQuery q;
    q.room = RoomA;
    q.max = 30;

    q.pageAfter = archive.a.at(89).stanzaId; // 30 left
    auto page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(90)));
    QVERIFY(page.complete);
    QCOMPARE(page.firstIndex, qint64(90));

    q.pageAfter = archive.a.at(88).stanzaId; // 31 left
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(89, 30)));
    QVERIFY(!page.complete);

    q.pageAfter.reset();
    q.max = 120; // the whole archive in one page
    page = store.query(q);
    QCOMPARE(page.messages.size(), 120);
    QVERIFY(page.complete);

    q.max = 30;
    q.pageBefore = archive.a.at(30).stanzaId; // 30 before it
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(0, 30)));
    QVERIFY(page.complete);
    QCOMPARE(page.firstIndex, qint64(0));

    q.pageBefore = archive.a.at(31).stanzaId; // 31 before it
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(1, 30)));
    QVERIFY(!page.complete);
    QCOMPARE(page.firstIndex, qint64(1));

    q.pageBefore = archive.a.at(0).stanzaId; // nothing before the first
    page = store.query(q);
    QVERIFY(page.messages.isEmpty());
    QVERIFY(page.complete);
    QVERIFY(page.unknownId.isEmpty());
}

void StoreTest::startAndEndAreInclusive()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    ArchiveQuery q;
    q.room = RoomA;
    q.max = 200;

    q.start = archive.a.at(20).stamp;
    q.end = archive.a.at(39).stamp;
    auto page = store.query(q);
    QCOMPARE(page.count, qint64(20));
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(20, 20)));

    // One millisecond less at the end leaves out the message stamped at it, and only that one.
    q.end = archive.a.at(39).stamp.addMSecs(-1);
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(20, 19)));

    q.start = archive.a.at(20).stamp.addMSecs(1);
    q.end.reset();
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(21)));

    q.start.reset();
    q.end = archive.a.at(9).stamp;
    page = store.query(q);
    QCOMPARE(page.count, qint64(10));
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(0, 10)));

    // Paging within the time filter counts among the filtered messages.
    q.start = archive.a.at(20).stamp;
    q.end = archive.a.at(39).stamp;
    q.max = 8;
    q.pageAfter = archive.a.at(27).stanzaId;
    page = store.query(q);
    QCOMPARE(page.count, qint64(20));
    QCOMPARE(page.firstIndex, qint64(8));
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(28, 8)));
    QVERIFY(!page.complete);
}

void StoreTest::withNickPagesAmongThatNickOnly()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    QList<ArchivedMessage> bobs;
    for (const auto &m : archive.a) {
        if (m.nick == u"Bob")
            bobs << m;
    }
    QCOMPARE(bobs.size(), 40);

    ArchiveQuery q;
    q.room = RoomA;
    q.withNick = u"Bob"_s;
    q.max = 15;
    QList<ArchivedMessage> seen;
    for (int pages = 0;; ++pages) {
        QVERIFY2(pages < 5, "paging does not end");
        const auto page = store.query(q);
        QCOMPARE(page.count, qint64(40));
        QCOMPARE(page.firstIndex, qint64(seen.size()));
        QCOMPARE(idsOf(page.messages), idsOf(bobs.mid(seen.size(), 15)));
        seen += page.messages;
        if (page.complete)
            break;
        q.pageAfter = page.messages.last().stanzaId;
    }
    QVERIFY(seen == bobs);

    q.pageAfter.reset();
    q.withNick = u"Dave"_s; // speaks only in room B
    const auto page = store.query(q);
    QCOMPARE(page.count, qint64(0));
    QVERIFY(page.messages.isEmpty());
    QVERIFY(page.complete);
}

void StoreTest::afterIdAndBeforeIdAreExclusive()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    ArchiveQuery q;
    q.room = RoomA;
    q.max = 200;

    q.afterId = archive.a.at(10).stanzaId;
    q.beforeId = archive.a.at(20).stanzaId;
    auto page = store.query(q);
    QCOMPARE(page.count, qint64(9));
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(11, 9)));
    QVERIFY(page.complete);

    q.beforeId.clear();
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(11)));

    q.afterId.clear();
    q.beforeId = archive.a.at(20).stanzaId;
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(0, 20)));

    q.afterId = archive.a.at(10).stanzaId;
    q.beforeId = archive.a.at(11).stanzaId;
    page = store.query(q);
    QCOMPARE(page.count, qint64(0));
    QVERIFY(page.unknownId.isEmpty());
}

void StoreTest::idsFilterGivesThoseInArchiveOrder()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    ArchiveQuery q;
    q.room = RoomA;
    q.ids = {archive.a.at(119).stanzaId, archive.a.at(4).stanzaId, archive.a.at(51).stanzaId};
    auto page = store.query(q);
    QCOMPARE(page.count, qint64(3));
    QVERIFY(page.unknownId.isEmpty());
    QCOMPARE(idsOf(page.messages), (QStringList{archive.a.at(4).stanzaId, archive.a.at(51).stanzaId,
                                                archive.a.at(119).stanzaId}));
    QVERIFY(page.messages.at(1) == archive.a.at(51));

    // Combined with another filter, both apply (the three were sent by three different nicks).
    q.withNick = archive.a.at(51).nick;
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), QStringList{archive.a.at(51).stanzaId});
}

void StoreTest::unknownIdIsReported_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("id");
    const auto inB = u"b-03"_s; // exists, but in the other room
    for (const auto &field : {u"pageAfter"_s, u"pageBefore"_s, u"afterId"_s, u"beforeId"_s, u"ids"_s}) {
        QTest::addRow("%s, no such id", qPrintable(field)) << field << u"no-such-id"_s;
        QTest::addRow("%s, id of the other room", qPrintable(field)) << field << inB;
    }
}

void StoreTest::unknownIdIsReported()
{
    QFETCH(QString, field);
    QFETCH(QString, id);
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    QVERIFY(idsOf(archive.b).contains(u"b-03"_s));

    ArchiveQuery q;
    q.room = RoomA;
    if (field == u"pageAfter")
        q.pageAfter = id;
    else if (field == u"pageBefore")
        q.pageBefore = id;
    else if (field == u"afterId")
        q.afterId = id;
    else if (field == u"beforeId")
        q.beforeId = id;
    else
        q.ids = {archive.a.at(3).stanzaId, id};
    const auto page = store.query(q);
    QCOMPARE(page.unknownId, id);
    QVERIFY(page.messages.isEmpty());

    // The same id is fine in its own room (or harmlessly unknown everywhere).
    q.room = RoomB;
    if (field == u"ids")
        q.ids = {id};
    const auto other = store.query(q);
    QCOMPARE(other.unknownId, id == u"b-03" ? QString() : id);
}

void StoreTest::maxZeroGivesCountOnly()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    ArchiveQuery q;
    q.room = RoomA;
    q.max = 0;
    auto page = store.query(q);
    QCOMPARE(page.count, qint64(120));
    QVERIFY(page.messages.isEmpty());
    QVERIFY(page.unknownId.isEmpty());

    q.withNick = u"Carol"_s;
    QCOMPARE(store.query(q).count, qint64(40));

    q.withNick.clear();
    q.room = RoomB;
    page = store.query(q);
    QCOMPARE(page.count, qint64(archive.b.size()));
    QVERIFY(page.messages.isEmpty());

    q.room = u"empty@conference.example.org"_s;
    page = store.query(q);
    QCOMPARE(page.count, qint64(0));
    QVERIFY(page.complete);
}

void StoreTest::archiveBoundsAreFirstAndLast()
{
    Store store;
    OPEN_STORE(store, target(u"archive.sqlite"_s));
    const auto archive = fillArchive(store);
    const auto a = store.archiveBounds(RoomA);
    QVERIFY(a);
    QVERIFY(a->first == archive.a.first());
    QVERIFY(a->second == archive.a.last());
    const auto b = store.archiveBounds(RoomB);
    QVERIFY(b);
    QCOMPARE(b->first.stanzaId, archive.b.first().stanzaId);
    QCOMPARE(b->second.stanzaId, archive.b.last().stanzaId);
    QVERIFY(!store.archiveBounds(u"empty@conference.example.org"_s));

    const auto one = message(u"single@conference.example.org"_s, u"only"_s, at(3), u"Eve"_s);
    store.archive(one);
    const auto single = store.archiveBounds(one.room); // sees the queue
    QVERIFY(single);
    QVERIFY(single->first == one && single->second == one);
}

void StoreTest::purgeRemovesOnlyOlderMessages()
{
    const auto path = target(u"archive.sqlite"_s);
    Store store;
    OPEN_STORE(store, path);
    const auto archive = fillArchive(store);
    const auto cut = archive.a.at(40).stamp; // minute 20; room B has minutes 0, 5, 10 and 15 before it
    QCOMPARE(store.purgeOlderThan(cut), qint64(40 + 4));

    ArchiveQuery q;
    q.room = RoomA;
    q.max = 200;
    auto page = store.query(q);
    QCOMPARE(page.count, qint64(80));
    QCOMPARE(idsOf(page.messages), idsOf(archive.a.mid(40))); // the one stamped at the cut stays
    q.room = RoomB;
    page = store.query(q);
    QCOMPARE(idsOf(page.messages), idsOf(archive.b.mid(4)));

    QCOMPARE(store.purgeOlderThan(cut), qint64(0));
    // Messages still queued are purged too.
    store.archive(message(u"other@conference.example.org"_s, u"ancient"_s, at(-1000), u"Alice"_s));
    QCOMPARE(store.purgeOlderThan(cut), qint64(1));
    QVERIFY(!store.archiveBounds(u"other@conference.example.org"_s));
    q.room = RoomA;
    QCOMPARE(store.query(q).count, qint64(80));
}

void StoreTest::checkReportsSoundFile()
{
    const auto path = target(u"sound.sqlite"_s);
    {
        Store store;
        OPEN_STORE(store, path);
        store.saveRoom(fullRoom()); // 5 affiliations
        auto b = plainRoom(RoomB);
        b.affiliations << StoredAffiliation{u"owner@example.org"_s, Affiliation::Owner, {}, {}};
        store.saveRoom(b);
        store.saveRoom(plainRoom(u"temp@conference.example.org"_s, false));
        // The oldest is not the first written: rooms keep time each on their own.
        store.archive(message(RoomA, u"m1"_s, at(3, 250), u"Alice"_s));
        store.archive(message(RoomB, u"m2"_s, at(1), u"Bob"_s));
        store.archive(message(RoomA, u"m3"_s, at(9, 999), u"Carol"_s));
        QVERIFY(store.flush());
    }
    const auto report = Store::check(path);
    QVERIFY2(report.ok, qPrintable(report.problems.join(u"; "_s)));
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(report.path, path.displayName());
    QCOMPARE(report.schemaVersion, Store::SchemaVersion);
    if (!path.isPostgres())
        QCOMPARE(report.bytes, QFileInfo(path.name).size());
    QVERIFY(report.bytes > 0);
    QCOMPARE(report.rooms, qint64(3));
    QCOMPARE(report.persistentRooms, qint64(2));
    QCOMPARE(report.affiliations, qint64(6));
    QCOMPARE(report.messages, qint64(3));
    QCOMPARE(report.oldest, at(1));
    QCOMPARE(report.newest, at(9, 999));
}

void StoreTest::checkReportsMissingFileWithoutCreatingIt()
{
    SQLITE_ONLY();
    const auto path = file(u"missing.sqlite"_s);
    const auto report = Store::check(path);
    QVERIFY(!report.ok);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(path), qPrintable(report.problems.first()));
    QVERIFY(!QFile::exists(path));
}

void StoreTest::checkReportsFileThatIsNotADatabase()
{
    SQLITE_ONLY();
    const auto path = file(u"garbage.sqlite"_s);
    QVERIFY(writeGarbage(path));
    const auto hashBefore = fileHash(path);
    const auto report = Store::check(path);
    QVERIFY(!report.ok);
    QVERIFY(!report.problems.isEmpty());
    QCOMPARE(report.bytes, qint64(4096));
    QCOMPARE(fileHash(path), hashBefore);
}

void StoreTest::fileThatIsNotADatabaseIsRefusedUntouched()
{
    SQLITE_ONLY();
    const auto path = file(u"garbage.sqlite"_s);
    QVERIFY(writeGarbage(path));
    const auto hashBefore = fileHash(path);
    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(fileHash(path), hashBefore);
}

#define POSTGRES_ONLY()                                                                            \
    do {                                                                                           \
        if (!test::testsPostgres())                                                                \
            QSKIP("PostgreSQL's own behaviour (tst_store_postgres)");                              \
    } while (false)

void StoreTest::lostConnectionIsReportedAndMadeAgain_data()
{
    QTest::addColumn<bool>("crash");
    QTest::newRow("fast shutdown") << false;
    QTest::newRow("crash") << true;
}

// The server goes away under a running store (restarted by its operator, or crashed): writes
// fail once per spell and wait in the queue, reads answer at once, nothing crashes; once the
// server is back, the next retry connects again and writes what waited.
void StoreTest::lostConnectionIsReportedAndMadeAgain()
{
    POSTGRES_ONLY();
    QFETCH(bool, crash);
    auto *cluster = test::sharedPostgres();
    QVERIFY(cluster);
    // Whatever happens below, the next tests find it running.
    const auto restart = qScopeGuard([cluster] { cluster->start(); });
    const auto path = target(u"lost"_s);
    Store store;
    OPEN_STORE(store, path);
    store.setFlushInterval(60 * 60 * 1000); // only the explicit flushes below run
    QSignalSpy failed(&store, &Store::writeFailed);
    QSignalSpy recovered(&store, &Store::writeRecovered);
    auto room = fullRoom();
    store.saveRoom(room);
    store.archive(message(RoomA, u"before"_s, at(0), u"Alice"_s));
    QVERIFY(store.flush());

    if (crash)
        cluster->crash();
    else
        cluster->stop();
    room.subject = u"said while the database was down"_s;
    store.saveRoom(room);
    store.archive(message(RoomA, u"while-down"_s, at(1), u"Alice"_s));
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!store.flush());
    QVERIFY(!store.flush()); // the retry tries a new connection, which is refused
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"PostgreSQL"_s), qPrintable(failed.first().first().toString()));
    ArchiveQuery q;
    q.room = RoomA;
    store.query(q);
    store.archiveBounds(RoomA);
    QVERIFY2(elapsed.elapsed() < 5000, "a server that refuses connections held the store up");
    QCOMPARE(store.pendingWrites(), 2);

    QVERIFY2(cluster->start(), qPrintable(cluster->error()));
    QVERIFY(store.flush());
    QCOMPARE(recovered.size(), 1);
    QCOMPARE(store.pendingWrites(), 0);
    QCOMPARE(idsOf(store.query(q).messages), (QStringList{u"before"_s, u"while-down"_s}));
    Store restarted;
    OPEN_STORE(restarted, path);
    const auto rooms = restarted.loadRooms();
    QCOMPARE(rooms.size(), 1);
    QVERIFY(rooms.first() == room);
}

void StoreTest::serverDownAtOpenIsRefusedNamingIt()
{
    POSTGRES_ONLY();
    const auto port = test::freeLoopbackPort();
    const auto nowhere = StorageTarget::postgres(u"host=127.0.0.1 port=%1 user=postgres dbname=qmuc"_s.arg(port));
    Store store;
    QString error;
    QVERIFY(!store.open(nowhere, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(u"PostgreSQL (host=127.0.0.1 port=%1"_s.arg(port)), qPrintable(error));
    const auto report = Store::check(nowhere);
    QVERIFY(!report.ok);
    QCOMPARE(report.path, nowhere.displayName());
}

// A password given apart from the connection string, or in it (the configuration file), opens
// the database; neither the name logs and windows show nor what a failure says holds it.
void StoreTest::passwordIsUsedButNeverShown()
{
    POSTGRES_ONLY();
    auto *cluster = test::sharedPostgres();
    QVERIFY(cluster);
    // Whatever happens below, the next tests find it running.
    const auto restart = qScopeGuard([cluster] { cluster->start(); });
    const auto path = target(u"password"_s);
    const auto database = QRegularExpression(u"dbname=(\\S+)"_s).match(path.name).captured(1);
    const auto password = u"correct horse-battery 'staple'"_s;
    QString error;
    const auto role = QString::fromLatin1(test::PostgresServer::PasswordRole);
    QVERIFY2(cluster->exec(u"postgres"_s,
                           {u"CREATE ROLE %1 LOGIN PASSWORD 'correct horse-battery ''staple'''"_s.arg(role)},
                           &error),
             qPrintable(error));
    QVERIFY2(cluster->exec(u"postgres"_s, {u"ALTER DATABASE %1 OWNER TO %2"_s.arg(database, role)}, &error), qPrintable(error));
    const auto asRole = cluster->connectionString(database, role);

    Store refused;
    QVERIFY(!refused.open(StorageTarget::postgres(asRole), &error));
    QVERIFY2(error.contains(u"password"_s), qPrintable(error));

    const auto apart = StorageTarget::postgres(asRole, password);
    {
        Store store;
        OPEN_STORE(store, apart);
        store.saveRoom(fullRoom());
        QVERIFY(store.flush());
        QVERIFY(!store.path().contains(u"horse"_s));
    }
    const auto inString = StorageTarget::postgres(asRole + u" password='correct horse-battery \\'staple\\''"_s);
    QVERIFY(StorageTarget::namesPassword(inString.name));
    Store store;
    OPEN_STORE(store, inString);
    QCOMPARE(store.loadRooms().size(), 1);
    QVERIFY2(!store.path().contains(u"horse"_s) && !store.path().contains(u"password="_s), qPrintable(store.path()));
    QVERIFY(!Store::check(inString).path.contains(u"horse"_s));
    QSignalSpy failed(&store, &Store::writeFailed);
    cluster->stop();
    store.archive(message(RoomA, u"m"_s, at(0), u"Alice"_s));
    QVERIFY(!store.flush());
    QVERIFY(!store.flush());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(!failed.first().first().toString().contains(u"horse"_s), qPrintable(failed.first().first().toString()));
    QVERIFY2(cluster->start(), qPrintable(cluster->error()));
    QVERIFY(store.flush());
}

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
