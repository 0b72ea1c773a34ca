#pragma once

#include "Dialect.h"
#include "StorageTarget.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace qmuc {

class Checkpointer;
class Table;

// The database: a SQLite file (WAL; read-only when the file's mode bits say so) or a PostgreSQL
// database (Dialect says what differs), its schema brought up to date on open (Schema), and the
// queue every write goes through. Writes are queued and go to the database each tick
// (flushInterval), so routing never waits for the disk: a tick's transaction holds the routing
// thread for about two milliseconds at most (the rest of the queue follows in the next, once
// routing had its turn), and SQLite's checkpoints, which wait for the disk, run on a thread of
// their own (Checkpointer). A clean stop flushes, and a crash loses at most the last tick. A write that fails (disk full, read-only file, a PostgreSQL server
// that went away) is reported through writeFailed and retried (a file made writable again is
// reopened, a lost connection made again); nothing crashes.
class Database : public QObject
{
    Q_OBJECT
public:
    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Opens (creating and upgrading in place as needed) the database: a SQLite file (":memory:"
    // keeps it in memory) or PostgreSQL. Returns false with *error set when it cannot be used.
    bool open(const StorageTarget &target, QString *error);
    // Writes the queue (what cannot be written is lost) and closes the database.
    void close();
    // Opened and not closed since: a PostgreSQL connection that is lost meanwhile (which Qt's
    // driver reports as not open) still counts, being made again.
    bool isOpen() const { return m_open; }
    // What logs and windows call it: the file, or the PostgreSQL connection without its password.
    QString path() const { return m_target.displayName(); }
    const StorageTarget &target() const { return m_target; }
    const Dialect &dialect() const { return m_dialect; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    QSqlDatabase &connection() { return m_db; }
    // Why a statement failed, in the connection's words when the statement has none.
    QString errorText(const QSqlQuery &query) const;

    void setFlushInterval(int milliseconds)
    {
        m_flushInterval = milliseconds;
        m_timer.setInterval(milliseconds);
    }
    int flushInterval() const { return m_flushInterval; }

    // The service's secret for occupant ids (XEP-0421), made on first open and kept in the file.
    const QByteArray &occupantIdKey() const { return m_occupantIdKey; }

    // One write for the next tick's transaction: false with *error set if the database refused it.
    using Write = std::function<bool(QSqlError *error)>;
    // What a full queue refuses: new messages, never the rooms' lasting state.
    enum class Priority { Lasting, Droppable };
    // Queues a write of about `bytes`; false when a message was refused because the queue holds
    // maxQueueBytes already (the disk is slow or failing).
    bool enqueue(Write write, Priority priority, qint64 bytes = 0);
    // Writes the whole queue now; false if the write failed (the queue is kept for the next try).
    bool flush();
    // For a read that should see the queue: writes it, unless writing is failing (then the read
    // sees the file as it is, rather than hold up routing retrying the disk).
    void flushBeforeRead();
    qsizetype pendingWrites() const { return qsizetype(m_queue.size()); }
    qint64 queuedBytes() const { return m_queuedBytes; }
    void setMaxQueueBytes(qint64 bytes) { m_maxQueueBytes = bytes; }
    qint64 maxQueueBytes() const { return m_maxQueueBytes; }
    // Brings the next tick, for work that the tables do a slice per tick (Table::idle).
    void schedule();
    // Rows went behind the tables' backs: they forget what they read (Table::forget).
    void forget();

Q_SIGNALS:
    // A write failed; the service goes on and the queue is retried. Emitted once per failure spell.
    void writeFailed(const QString &error);
    // Writes succeed again after a failure.
    void writeRecovered();
    // The queue reached maxQueueBytes: new messages go unarchived until it is written. Emitted
    // once per spell.
    void queueFull(qint64 bytes);

private:
    friend class Table;

    // Lets go of the connection (the queue stays): the tables drop their statements first.
    void disconnectFile();
    // Connects and brings the schema up to date (open() without forgetting the queue).
    bool connectTo(const StorageTarget &target, QString *error);
    // After a failed write to PostgreSQL: whether the connection still answers; if not, a new one
    // (the server restarted, or the network came back). False with *error while it cannot.
    bool reconnectIfLost(QString *error);
    void loadOccupantIdKey();
    // Writes the queue, all of it or (budgetNs >= 0) the first writes that fit in about that
    // time; false if the write failed (the queue is kept for the next try).
    bool write(qint64 budgetNs);
    // The tick: a slice of the queue, the next one soon if more waits.
    void tick();
    // One transaction for the queue's first writes, until budgetNs has passed (all of them when
    // negative); *written says how many. On failure, *rejected is the write the database refused
    // for itself (a constraint), or -1 when the file refused them all.
    bool writeQueue(qint64 budgetNs, qsizetype *written, qsizetype *rejected, QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
    StorageTarget m_target;
    Dialect m_dialect;
    bool m_readOnly = false;
    bool m_open = false;
    QByteArray m_occupantIdKey;
    bool m_failing = false;
    int m_retries = 0;          // of a failing PostgreSQL, for the wait before the next
    int m_flushInterval = 200;
    qint64 m_refused = 0; // messages refused by a full queue in this spell
    qint64 m_queuedBytes = 0;
    qint64 m_maxQueueBytes = 64 * 1024 * 1024;
    struct Pending {
        Write write;
        Priority priority;
        qint64 bytes;
    };
    std::vector<Pending> m_queue;
    QList<Table *> m_tables;
    QTimer m_timer;
    QTimer m_more; // the rest of a queue that did not fit in one tick, after routing had its turn
    std::unique_ptr<Checkpointer> m_checkpointer; // of a SQLite file that may be written
};

// One domain's tables (rooms, archive) on the database. What a table keeps in memory about the
// file (ids, positions, prepared statements, work under way) follows the connection through
// these hooks.
class Table
{
public:
    explicit Table(Database &db);
    virtual ~Table();
    Q_DISABLE_COPY_MOVE(Table)

protected:
    friend class Database;
    // The connection closes, a transaction was rolled back, or rows went behind the table's back:
    // ids, positions and statements read or prepared before are void.
    virtual void forget() { }
    // The queue's transaction is in the file.
    virtual void committed() { }
    // After a tick's writes: a slice of slow work; Database::schedule() brings the next tick.
    virtual void idle() { }

    Database &m_database;
};

} // namespace qmuc
