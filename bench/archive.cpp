// archive: how fast the message archive (core/storage/Store) fills, and how fast it answers MAM
// (XEP-0313) pages of XEP-0059 sets from a room with a million archived messages.
//
// It fills a real SQLite file in a temporary directory through Store::archive() + flush(), in
// ticks as the service writes them: one big room, plus smaller rooms interleaved with it. Then it
// asks Store::query() for pages of the big room the ways clients do, each many times, and prints
// median and p99 (nearest rank: of 50 runs that is the slowest) in milliseconds. Progress goes to
// stderr, figures to stdout:
//
//   scripts/dev.sh build && scripts/dev.sh exec build/bench/archive [--messages 1000000] ...
//
// The split of a query's time among its SQL statements (the id lookups, count(*), the page's
// SELECT, the count(*) for the first item's index) comes from SQLite's own statement trace on the
// Store's connection: the Qt SQLite plugin's libsqlite3 is reached with dlopen (no header needed).
// "rest" is a query's time without the two count statements: what a page would cost if the
// count and the index were free. Each distinct statement's EXPLAIN QUERY PLAN is printed once.
// CPU times are printed beside wall times: on a busy machine they are the steadier figure.
// Stanza ids are made as qmuc makes them (newStanzaId: time-ordered UUIDv7).
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QXmppUtils.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <dlfcn.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using qmuc::ArchivedMessage;
using qmuc::ArchivePage;
using qmuc::ArchiveQuery;
using qmuc::Store;

namespace {

struct Options {
    qint64 messages = 1'000'000; // in the big room
    qint64 others = 100'000;     // spread over the other rooms
    int rooms = 50;              // other rooms
    int tick = 500;              // messages per flush()
    int repeat = 50;             // runs of each query
    int max = 50;                // page size
    QString dir;                 // where the temporary directory goes
    bool keep = false;
};

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// Nearest-rank percentile of a sample (sorted here).
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = std::max<size_t>(1, size_t(std::ceil(p / 100.0 * double(v.size()))));
    return v[std::min(rank, v.size()) - 1];
}

double median(const std::vector<double> &v)
{
    return percentile(v, 50);
}

// CPU time (user + system) of this process, and of this thread: on a loaded machine, what the
// work cost apart from the waits for a CPU.
double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

QString thousands(qint64 n)
{
    QString digits = QString::number(n);
    for (auto i = digits.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        digits.insert(i, u',');
    return digits;
}

QString megabytes(qint64 bytes)
{
    return u"%1 MB"_s.arg(double(bytes) / 1e6, 0, 'f', 1);
}

// Progress on one line of a terminal, or a line each elsewhere.
void progress(const QString &text)
{
    fprintf(stderr, isatty(STDERR_FILENO) ? "\r\033[K%s" : "%s\n", qUtf8Printable(text));
    fflush(stderr);
}

void endProgress()
{
    if (isatty(STDERR_FILENO))
        fputs("\r\033[K", stderr);
}

// SQLite's statement trace on one connection, for the time each statement of a Store::query()
// takes. SQLITE_TRACE_STMT marks a statement's first step, SQLITE_TRACE_PROFILE its end (done,
// reset or finalized); both are timed here with a steady clock, since the profile's own figure
// has a resolution of one millisecond. A statement that runs while another is open (the index
// count while the page's SELECT is not yet finalized) is taken out of the other's time.
class Tracer
{
public:
    enum Kind { Lookup, Count, Page, Index, Other, Kinds };
    static constexpr const char *KindNames[Kinds] = {"id lookup", "count(*)", "page SELECT", "index count(*)", "other"};

    struct Call {
        double ms[Kinds] = {};
        int statements[Kinds] = {};
        // The statements as run (SQL text, and with its values bound), when asked to keep them.
        std::vector<std::pair<QString, QString>> sql[Kinds];
    };

    bool attach(const QSqlDatabase &db, QString *why)
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
            *why = u"the connection's driver handle is not a sqlite3*"_s;
            return false;
        }
        m_db = *static_cast<void *const *>(handle.constData());
        // The library the Qt plugin already loaded; RTLD_NOLOAD: never a second copy.
        void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!lib) {
            *why = u"libsqlite3.so.0 is not loaded (a Qt SQLite plugin with its own SQLite?)"_s;
            return false;
        }
        m_trace = reinterpret_cast<TraceFn>(dlsym(lib, "sqlite3_trace_v2"));
        m_sql = reinterpret_cast<SqlFn>(dlsym(lib, "sqlite3_sql"));
        m_expandedSql = reinterpret_cast<ExpandedSqlFn>(dlsym(lib, "sqlite3_expanded_sql"));
        m_free = reinterpret_cast<FreeFn>(dlsym(lib, "sqlite3_free"));
        const auto version = reinterpret_cast<VersionFn>(dlsym(lib, "sqlite3_libversion"));
        m_version = version ? QString::fromLatin1(version()) : QString();
        if (!m_trace || !m_sql || !m_expandedSql || !m_free) {
            *why = u"libsqlite3.so.0 lacks sqlite3_trace_v2 or sqlite3_expanded_sql"_s;
            return false;
        }
        return m_trace(m_db, TraceStmt | TraceProfile, &Tracer::callback, this) == 0;
    }

    void detach()
    {
        if (m_trace && m_db)
            m_trace(m_db, 0, nullptr, nullptr);
        m_db = nullptr;
    }

    QString version() const { return m_version; }

    void begin(bool keepSql)
    {
        m_call = {};
        m_keepSql = keepSql;
        m_seenPage = false;
        m_open.clear();
    }

    Call end() { return m_call; }

private:
    using TraceCallback = int (*)(unsigned, void *, void *, void *);
    using TraceFn = int (*)(void *, unsigned, TraceCallback, void *);
    using SqlFn = const char *(*)(void *);
    using ExpandedSqlFn = char *(*)(void *);
    using FreeFn = void (*)(void *);
    using VersionFn = const char *(*)();
    static constexpr unsigned TraceStmt = 0x01;
    static constexpr unsigned TraceProfile = 0x02;

    struct Open {
        std::chrono::steady_clock::time_point start;
        double nestedAtStart;
        Kind kind;
    };

    static int callback(unsigned mask, void *context, void *statement, void *)
    {
        static_cast<Tracer *>(context)->on(mask, statement);
        return 0;
    }

    Kind classify(const QByteArray &sql)
    {
        if (sql.startsWith("SELECT seq FROM archive WHERE stanza_id"))
            return Lookup;
        if (sql.startsWith("SELECT count(*)"))
            return m_seenPage ? Index : Count; // Store::query() counts, selects, then counts again
        if (sql.startsWith("SELECT seq, stanza_id")) {
            m_seenPage = true;
            return Page;
        }
        return Other;
    }

    void on(unsigned mask, void *statement)
    {
        const auto now = std::chrono::steady_clock::now();
        if (mask == TraceStmt) {
            if (m_open.count(statement))
                return; // a trigger's sub-program, or another step
            const QByteArray sql(m_sql(statement));
            const Kind kind = classify(sql);
            if (m_keepSql) {
                char *expanded = m_expandedSql(statement);
                m_call.sql[kind].emplace_back(QString::fromUtf8(sql), QString::fromUtf8(expanded));
                m_free(expanded);
            }
            m_open[statement] = {now, m_nested, kind};
            return;
        }
        const auto it = m_open.find(statement);
        if (it == m_open.end())
            return;
        const double wall = std::chrono::duration<double, std::milli>(now - it->second.start).count();
        const double own = wall - (m_nested - it->second.nestedAtStart);
        m_nested += own;
        m_call.ms[it->second.kind] += own;
        ++m_call.statements[it->second.kind];
        m_open.erase(it);
    }

    void *m_db = nullptr;
    TraceFn m_trace = nullptr;
    SqlFn m_sql = nullptr;
    ExpandedSqlFn m_expandedSql = nullptr;
    FreeFn m_free = nullptr;
    QString m_version;

    Call m_call;
    bool m_keepSql = false;
    bool m_seenPage = false;
    double m_nested = 0; // ms of statements that have ended, ever
    std::unordered_map<void *, Open> m_open;
};

// What the fill leaves behind to ask about.
struct Filled {
    QString bigRoom;
    QString midId;            // the big room's message in the middle
    QDateTime midStamp;
    QString nick;             // one of the big room's posters
    QStringList someIds;      // a page's worth of the big room's ids, spread over it
    QString smallRoom;
};

const QString lorem = u"Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
                      "incididunt ut labore et dolore magna aliqua Ut enim ad minim veniam quis nostrud "
                      "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat Duis aute irure "
                      "dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur"_s;

QString roomJid(int i)
{
    return u"room%1@muc.bench"_s.arg(i);
}

// The big room is room0, the others room1..N. Messages come as one stream, 30 s apart: each
// is the big room's, or the next other room's, in proportion (Bresenham), so the big room's seqs
// are not contiguous, as on a busy service.
std::optional<Filled> fill(Store &store, const Options &options, std::vector<double> &flushMs, double &wallSeconds,
                           double &cpuSeconds)
{
    auto *rng = QRandomGenerator::global();
    qmuc::RoomRecord room;
    room.config.persistent = true;
    room.config.logging = true;
    for (int i = 0; i <= options.rooms; ++i) {
        room.jid = roomJid(i);
        store.saveRoom(room);
    }
    if (!store.flush())
        return std::nullopt;

    const qint64 total = options.messages + (options.rooms > 0 ? options.others : 0);
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC);
    // A page's worth of the big room's messages, at random, for the ids query.
    std::vector<qint64> wanted;
    for (int i = 0; i < options.max; ++i)
        wanted.push_back(rng->bounded(options.messages));
    std::sort(wanted.begin(), wanted.end());
    auto nextWanted = wanted.begin();

    Filled filled;
    filled.bigRoom = roomJid(0);
    filled.smallRoom = roomJid(1);
    filled.nick = u"nick17"_s;
    qint64 big = 0, other = 0, inTick = 0;
    QElapsedTimer wall, shown;
    wall.start();
    shown.start();
    const double cpuBefore = processCpuSeconds();
    for (qint64 k = 0; k < total; ++k) {
        const bool isOther = options.rooms > 0 && (k + 1) * options.others / total != k * options.others / total;
        ArchivedMessage m;
        m.stamp = base.addMSecs(k * 30'000 + rng->bounded(1000));
        m.stanzaId = qmuc::newStanzaId();
        m.messageId = QXmppUtils::generateStanzaUuid();
        const int length = 20 + rng->bounded(260);
        const int from = rng->bounded(int(lorem.size()));
        QString text = lorem.mid(from, length);
        if (text.size() < length)
            text += u' ' + lorem.left(length - text.size());
        m.payload = "<body>" + text.toUtf8() + "</body>";
        if (isOther) {
            m.room = roomJid(1 + int(other++ % options.rooms));
            m.nick = u"nick%1"_s.arg(rng->bounded(20));
        } else {
            m.room = filled.bigRoom;
            m.nick = u"nick%1"_s.arg(rng->bounded(100));
            if (big == options.messages / 2) {
                filled.midId = m.stanzaId;
                filled.midStamp = m.stamp;
            }
            while (nextWanted != wanted.end() && *nextWanted == big) {
                filled.someIds << m.stanzaId;
                ++nextWanted;
            }
            ++big;
        }
        m.senderJid = m.nick + u"@example.org"_s;
        store.archive(m);
        if (++inTick == options.tick || k + 1 == total) {
            QElapsedTimer t;
            t.start();
            if (!store.flush())
                return std::nullopt;
            flushMs.push_back(ms(t.nsecsElapsed()));
            inTick = 0;
        }
        if (shown.elapsed() >= 1000) {
            shown.restart();
            progress(u"archive: filled %1 of %2 messages (%3/s)"_s.arg(thousands(k + 1), thousands(total))
                         .arg(qint64(double(k + 1) / (double(wall.nsecsElapsed()) / 1e9))));
        }
    }
    endProgress();
    wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    cpuSeconds = processCpuSeconds() - cpuBefore;
    return filled;
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size();
}

struct Scenario {
    QString name;
    ArchiveQuery query;
};

struct Row {
    QString name;
    ArchivePage page;    // from the first run
    double firstMs = 0;  // the first run (after the fill: the OS has the file cached)
    std::vector<double> total, cpu, count, index, lookup, select, rest;
};

// EXPLAIN QUERY PLAN of a statement as run (values inlined), on a connection of its own.
QStringList plan(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QStringList lines;
    if (!q.exec(u"EXPLAIN QUERY PLAN "_s + sql)) {
        lines << u"(EXPLAIN failed: %1)"_s.arg(q.lastError().text());
        return lines;
    }
    // Rows: id, parent, notused, detail; a child follows its parent.
    QHash<int, int> depth;
    while (q.next()) {
        const int d = depth.value(q.value(1).toInt(), -1) + 1;
        depth.insert(q.value(0).toInt(), d);
        lines << QString(2 * d, u' ') + q.value(3).toString();
    }
    return lines;
}

// What to look at in a plan: a table scanned without an index, or matches sorted (every match is
// read before the first row comes out).
const char *planWarning(const QStringList &lines)
{
    bool sorts = false;
    for (const auto &line : lines) {
        const auto l = line.trimmed();
        if (l.startsWith(u"SCAN ") && !l.contains(u"USING"))
            return " !! a full scan:";
        sorts = sorts || l.contains(u"TEMP B-TREE");
    }
    return sorts ? " !! sorts every match:" : "";
}

// Times a raw statement on the reader connection: median and p99 in ms, and its first value.
std::tuple<double, double, qint64> timeRaw(QSqlDatabase &db, const QString &sql, const QVariantList &binds, int repeat)
{
    std::vector<double> runs;
    qint64 value = -1;
    for (int r = 0; r < repeat; ++r) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QElapsedTimer t;
        t.start();
        q.prepare(sql);
        for (const auto &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            fprintf(stderr, "archive: %s failed: %s\n", qUtf8Printable(sql), qUtf8Printable(q.lastError().text()));
            return {0, 0, -1};
        }
        value = q.value(0).toLongLong();
        runs.push_back(ms(t.nsecsElapsed()));
    }
    return {median(runs), percentile(runs, 99), value};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"archive"_s);

    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures qmuc's message archive (SQLite, core/storage/Store): fills a file "
                                     "with a big room and many small ones through Store::archive() + flush(), then "
                                     "times MAM pages from the big room."_s);
    parser.addHelpOption();
    const QCommandLineOption messagesOption(u"messages"_s, u"Messages in the big room (default 1000000)."_s, u"N"_s);
    const QCommandLineOption othersOption(u"others"_s, u"Messages in the other rooms together (default 100000)."_s, u"N"_s);
    const QCommandLineOption roomsOption(u"rooms"_s, u"How many other rooms (default 50)."_s, u"N"_s);
    const QCommandLineOption tickOption(u"tick"_s, u"Messages per flush(), one transaction each (default 500)."_s, u"N"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Runs of each query (default 50)."_s, u"N"_s);
    const QCommandLineOption maxOption(u"max"_s, u"Page size (default 50)."_s, u"N"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where to make the temporary directory (default the system's)."_s, u"DIR"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the database file (its path is printed)."_s);
    parser.addOptions({messagesOption, othersOption, roomsOption, tickOption, repeatOption, maxOption, dirOption, keepOption});
    parser.process(app);
    const auto number = [&](const QCommandLineOption &option, qint64 &into, qint64 least) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        into = parser.value(option).toLongLong(&ok);
        if (!ok || into < least) {
            fprintf(stderr, "archive: --%s takes a number of at least %lld\n", qUtf8Printable(option.names().first()), least);
            exit(2);
        }
    };
    qint64 rooms = options.rooms, tick = options.tick, repeat = options.repeat, max = options.max;
    number(messagesOption, options.messages, 2);
    number(othersOption, options.others, 0);
    number(roomsOption, rooms, 0);
    number(tickOption, tick, 1);
    number(repeatOption, repeat, 1);
    number(maxOption, max, 1);
    options.rooms = int(rooms);
    options.tick = int(tick);
    options.repeat = int(repeat);
    options.max = int(max);
    options.dir = parser.value(dirOption);
    options.keep = parser.isSet(keepOption);

    QTemporaryDir dir(QDir(options.dir.isEmpty() ? QDir::tempPath() : options.dir).filePath(u"qmuc-archive-XXXXXX"_s));
    if (!dir.isValid()) {
        fprintf(stderr, "archive: cannot make a temporary directory: %s\n", qUtf8Printable(dir.errorString()));
        return 1;
    }
    dir.setAutoRemove(!options.keep);
    const QString path = dir.filePath(u"qmuc.sqlite"_s);

    auto store = std::make_unique<Store>();
    QString error;
    if (!store->open(path, &error)) {
        fprintf(stderr, "archive: %s\n", qUtf8Printable(error));
        return 1;
    }

    // 1. The fill.
    const qint64 others = options.rooms > 0 ? options.others : 0;
    printf("archive: %s messages in %s (%s in room0, %s over %d other rooms), %d per flush(), %s stanza ids, into %s; "
           "load average at start %s on %ld CPUs\n",
           qUtf8Printable(thousands(options.messages + others)), qUtf8Printable(path), qUtf8Printable(thousands(options.messages)),
           qUtf8Printable(thousands(others)), options.rooms, options.tick, "time-ordered (v7, as qmuc makes them)",
           options.keep ? "a kept file" : "a temporary file", qUtf8Printable(loadAverage()), sysconf(_SC_NPROCESSORS_ONLN));
    fflush(stdout);
    std::vector<double> flushMs;
    double fillSeconds = 0, fillCpuSeconds = 0;
    const auto filled = fill(*store, options, flushMs, fillSeconds, fillCpuSeconds);
    if (!filled) {
        fprintf(stderr, "archive: a flush() failed\n");
        return 1;
    }
    const qint64 total = options.messages + others;
    double flushTotal = 0;
    for (const double f : flushMs)
        flushTotal += f;
    printf("\n== Writing ==\n");
    printf("%s messages in %.1f s: %.0f messages/s overall (making the messages included); "
           "%.0f messages/s in flush() alone (%.1f s)\n",
           qUtf8Printable(thousands(total)), fillSeconds, double(total) / fillSeconds, double(total) / (flushTotal / 1e3), flushTotal / 1e3);
    printf("CPU time of the fill: %.1f s (%.0f messages per CPU second; wall/CPU %.2f)\n", fillCpuSeconds,
           double(total) / fillCpuSeconds, fillSeconds / fillCpuSeconds);
    printf("flush() of a tick of %d: median %.2f ms, p99 %.2f ms, max %.2f ms (%zu ticks)\n", options.tick,
           median(flushMs), percentile(flushMs, 99), percentile(flushMs, 100), flushMs.size());
    {
        const size_t tenth = std::max<size_t>(1, flushMs.size() / 10);
        const std::vector<double> head(flushMs.begin(), flushMs.begin() + qsizetype(tenth));
        const std::vector<double> tail(flushMs.end() - qsizetype(tenth), flushMs.end());
        printf("  first tenth of the ticks: median %.2f ms, p99 %.2f ms; last tenth: median %.2f ms, p99 %.2f ms\n",
               median(head), percentile(head, 99), median(tail), percentile(tail, 99));
    }
    const qint64 afterFill = fileBytes(path), walAfterFill = fileBytes(path + u"-wal"_s);
    printf("file after the fill: %s (%.0f bytes a message), and %s of write-ahead log\n", qUtf8Printable(megabytes(afterFill)),
           double(afterFill) / double(total), qUtf8Printable(megabytes(walAfterFill)));
    fflush(stdout);

    // A second connection on the file, for the plans and raw statements (never traced).
    const auto readerName = u"archive-bench-reader"_s;
    auto reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, readerName);
    reader.setDatabaseName(path);
    reader.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!reader.open()) {
        fprintf(stderr, "archive: cannot open %s again: %s\n", qUtf8Printable(path), qUtf8Printable(reader.lastError().text()));
        return 1;
    }
    {
        QSqlQuery q(reader);
        if (q.exec(u"SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"_s)) {
            printf("by table and index (dbstat):");
            while (q.next())
                printf(" %s %s;", qUtf8Printable(q.value(0).toString()), qUtf8Printable(megabytes(q.value(1).toLongLong())));
            printf("\n");
        }
    }

    // 2. The queries.
    Tracer tracer;
    {
        QString storeConnection;
        for (const auto &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(u"qmuc-store-"))
                storeConnection = name;
        }
        QString why = u"no qmuc-store-* connection"_s;
        if (storeConnection.isEmpty() || !tracer.attach(QSqlDatabase::database(storeConnection, false), &why)) {
            fprintf(stderr, "archive: no per-statement times: %s\n", qUtf8Printable(why));
            tracer.detach();
        }
    }

    const auto page = [&](auto edit) {
        ArchiveQuery q;
        q.room = filled->bigRoom;
        q.max = options.max;
        edit(q);
        return q;
    };
    const std::vector<Scenario> scenarios = {
        {u"first page"_s, page([](ArchiveQuery &) {})},
        {u"last page (<before/>)"_s, page([](ArchiveQuery &q) { q.pageBefore = QString(); })},
        {u"after the middle id"_s, page([&](ArchiveQuery &q) { q.pageAfter = filled->midId; })},
        {u"before the middle id"_s, page([&](ArchiveQuery &q) { q.pageBefore = filled->midId; })},
        {u"start..end, 1 h mid"_s, page([&](ArchiveQuery &q) {
             q.start = filled->midStamp;
             q.end = filled->midStamp.addSecs(3600);
         })},
        {u"start = middle, no end"_s, page([&](ArchiveQuery &q) { q.start = filled->midStamp; })},
        {u"with nick (1%)"_s, page([&](ArchiveQuery &q) { q.withNick = filled->nick; })},
        {u"with nick, last page"_s, page([&](ArchiveQuery &q) {
             q.withNick = filled->nick;
             q.pageBefore = QString();
         })},
        {u"ids (%1)"_s.arg(filled->someIds.size()), page([&](ArchiveQuery &q) { q.ids = filled->someIds; })},
        {u"after-id = middle"_s, page([&](ArchiveQuery &q) { q.afterId = filled->midId; })},
        {u"join history (20, last)"_s, page([](ArchiveQuery &q) {
             q.max = 20;
             q.pageBefore = QString();
         })},
        {u"small room, last page"_s, page([&](ArchiveQuery &q) {
             q.room = filled->smallRoom;
             q.pageBefore = QString();
         })},
    };

    // Each distinct statement, once, with the scenarios that ran it.
    struct Statement {
        Tracer::Kind kind;
        QString expanded;
        QStringList scenarios;
    };
    std::vector<QString> statementOrder;
    std::map<QString, Statement> statements;

    std::vector<Row> rows;
    int done = 0;
    for (const auto &scenario : scenarios) {
        Row row;
        row.name = scenario.name;
        progress(u"archive: query %1 of %2: %3"_s.arg(++done).arg(scenarios.size()).arg(scenario.name));
        for (int r = 0; r < options.repeat + 1; ++r) {
            tracer.begin(r == 0);
            QElapsedTimer t;
            const double cpuBefore = threadCpuMs();
            t.start();
            const auto result = store->query(scenario.query);
            const double totalMs = ms(t.nsecsElapsed());
            const double cpuMs = threadCpuMs() - cpuBefore;
            const auto call = tracer.end();
            if (r == 0) {
                // The first run: the answer, the statements, and its time apart.
                row.page = result;
                row.firstMs = totalMs;
                for (int k = 0; k < Tracer::Kinds; ++k) {
                    for (const auto &[sql, expanded] : call.sql[k]) {
                        auto it = statements.find(sql);
                        if (it == statements.end()) {
                            statementOrder.push_back(sql);
                            it = statements.emplace(sql, Statement{Tracer::Kind(k), expanded, {}}).first;
                        }
                        if (!it->second.scenarios.contains(scenario.name))
                            it->second.scenarios << scenario.name;
                    }
                }
                continue;
            }
            row.total.push_back(totalMs);
            row.cpu.push_back(cpuMs);
            row.lookup.push_back(call.ms[Tracer::Lookup]);
            row.count.push_back(call.ms[Tracer::Count]);
            row.select.push_back(call.ms[Tracer::Page]);
            row.index.push_back(call.ms[Tracer::Index]);
            row.rest.push_back(totalMs - call.ms[Tracer::Count] - call.ms[Tracer::Index]);
        }
        rows.push_back(std::move(row));
    }
    endProgress();
    tracer.detach();

    printf("\n== MAM pages from room0 (%s messages): Store::query(), %d runs each after one untimed, ms ==\n",
           qUtf8Printable(thousands(options.messages)), options.repeat);
    printf("(SQLite %s; rest = the query without its count(*) and index count(*): what a page costs if both were free)\n",
           qUtf8Printable(tracer.version()));
    printf("%-24s %5s %9s %9s  %8s %8s %8s | %8s %8s %8s %8s | %8s %8s\n", "query", "items", "count", "index",
           "median", "p99", "CPU med", "count(*)", "index", "lookups", "SELECT", "rest", "rest p99");
    for (const auto &row : rows) {
        printf("%-24s %5lld %9s %9s  %8.2f %8.2f %8.2f | %8.2f %8.2f %8.2f %8.2f | %8.2f %8.2f%s\n", qUtf8Printable(row.name),
               qint64(row.page.messages.size()), qUtf8Printable(thousands(row.page.count)),
               qUtf8Printable(thousands(row.page.firstIndex)), median(row.total), percentile(row.total, 99), median(row.cpu),
               median(row.count), median(row.index), median(row.lookup), median(row.select), median(row.rest),
               percentile(row.rest, 99), row.page.unknownId.isEmpty() ? "" : " (unknown id!)");
    }
    printf("(items, count, index: the answer; median, p99: wall time of Store::query(); CPU med: its thread's CPU time;\n"
           " count(*) .. SELECT: medians of each statement's own wall time; load average now %s)\n",
           qUtf8Printable(loadAverage()));

    // Raw statements on a connection of their own, as a check of the traced figures.
    printf("\n== Raw statements on a second connection, %d runs each, ms ==\n", options.repeat);
    {
        QSqlQuery q(reader);
        q.prepare(u"SELECT id FROM rooms WHERE jid = ?"_s);
        q.addBindValue(filled->bigRoom);
        const qint64 big = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.prepare(u"SELECT seq FROM archive WHERE stanza_id = ?"_s);
        q.addBindValue(filled->midId);
        const qint64 midSeq = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.prepare(u"SELECT id FROM rooms WHERE jid = ?"_s);
        q.addBindValue(filled->smallRoom);
        const qint64 small = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        const std::vector<std::pair<QString, QVariantList>> raws = {
            {u"SELECT count(*) FROM archive WHERE room_id = ?"_s, {big}},
            {u"SELECT count(*) FROM archive WHERE room_id = ? AND seq < ?"_s, {big, midSeq}},
            {u"SELECT count(*) FROM archive WHERE room_id = ?"_s, {small}},
            {u"SELECT count(*) FROM archive"_s, {}},
            {u"SELECT max(seq) FROM archive WHERE room_id = ?"_s, {big}},
        };
        for (const auto &[sql, binds] : raws) {
            const auto [med, p99, value] = timeRaw(reader, sql, binds, options.repeat);
            QStringList shown;
            for (const auto &b : binds)
                shown << b.toString();
            printf("%-62s [%s] = %s: median %.2f, p99 %.2f\n", qUtf8Printable(sql), qUtf8Printable(shown.join(u", ")),
                   qUtf8Printable(thousands(value)), med, p99);
        }
    }

    printf("\n== Query plans (EXPLAIN QUERY PLAN of each distinct statement, as first run) ==\n");
    for (const auto &sql : statementOrder) {
        const auto &s = statements.at(sql);
        const auto lines = plan(reader, s.expanded);
        printf("[%s]%s %s\n  used by (values of the first): %s\n", Tracer::KindNames[s.kind], planWarning(lines),
               qUtf8Printable(s.expanded), qUtf8Printable(s.scenarios.join(u"; ")));
        for (const auto &line : lines)
            printf("    %s\n", qUtf8Printable(line));
    }

    // 3. The file.
    reader.close();
    reader = {};
    QSqlDatabase::removeDatabase(readerName);
    const qint64 beforeClose = fileBytes(path), walBeforeClose = fileBytes(path + u"-wal"_s);
    store.reset(); // closing checkpoints the write-ahead log into the file
    const qint64 closed = fileBytes(path), walClosed = fileBytes(path + u"-wal"_s);
    printf("\n== File ==\n%s: %s + %s of write-ahead log while open; %s (%.0f bytes a message) + %s of log once closed\n",
           qUtf8Printable(path), qUtf8Printable(megabytes(beforeClose)), qUtf8Printable(megabytes(walBeforeClose)),
           qUtf8Printable(megabytes(closed)), double(closed) / double(total), qUtf8Printable(megabytes(walClosed)));
    if (options.keep)
        printf("kept: %s\n", qUtf8Printable(path));
    fflush(stdout);
    return 0;
}
