#include "Database.h"

#include "Checkpointer.h"
#include "Schema.h"
#include "../Logging.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// How long a tick's transaction may hold the routing thread before the rest of the queue waits
// for the next one.
constexpr qint64 SliceNs = 2'000'000;

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

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"qmuc-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_flushInterval);
    connect(&m_timer, &QTimer::timeout, this, &Database::tick);
    m_more.setSingleShot(true);
    m_more.setInterval(0);
    connect(&m_more, &QTimer::timeout, this, &Database::tick);
}

Database::~Database()
{
    close();
}

QString Database::errorText(const QSqlQuery &query) const
{
    const auto text = query.lastError().text();
    return text.isEmpty() ? m_db.lastError().text() : text;
}

bool Database::open(const StorageTarget &target, QString *error)
{
    if (m_db.isValid()) // opened before: start afresh
        disconnectFile();
    m_open = false;
    if (!connectTo(target, error))
        return false;
    m_open = true;
    loadOccupantIdKey();
    if (m_readOnly) {
        qCWarning(lcStorage).noquote() << "the database" << path() << "is read-only (" << readOnlyFile(m_target.name)
                                       << "may not be written): changes are kept in memory until it may";
    }
    return true;
}

bool Database::connectTo(const StorageTarget &target, QString *error)
{
    m_target = target;
    m_dialect = Dialect(target.driver);
    const auto name = path();
    if (!QSqlDatabase::isDriverAvailable(m_dialect.qtDriver())) {
        *error = tr("cannot open %1: Qt SQL has no %2 driver here (Debian: libqt6sql6-psql)").arg(name, m_dialect.qtDriver());
        return false;
    }
    m_readOnly = !m_dialect.isPostgres() && !readOnlyFile(target.name).isEmpty();
    m_db = m_dialect.connection(target, m_connectionName, m_readOnly);
    if (!m_db.open()) {
        // libpq's words name host, port, user and database, never the password.
        *error = tr("cannot open %1: %2").arg(name, m_db.lastError().text().trimmed());
        return false;
    }
    QString why;
    if (!m_dialect.afterOpen(m_db, m_readOnly, &why)) {
        *error = tr("%1 is not a database qmuc can read: %2").arg(name, why);
        m_db.close();
        return false;
    }
    if (!Schema::upgrade(m_db, m_dialect, name, m_readOnly, error)) {
        m_db.close();
        return false;
    }
    if (!m_dialect.isPostgres() && !m_readOnly && target.name != u":memory:") {
        // The log is copied into the file by the checkpoint thread, not by a commit on this one.
        QSqlQuery(m_db).exec(u"PRAGMA wal_autocheckpoint = 0"_s);
        m_checkpointer = std::make_unique<Checkpointer>(target.name);
    }
    return true;
}

bool Database::reconnectIfLost(QString *error)
{
    if (!m_dialect.isPostgres())
        return true;
    if (m_db.isOpen() && QSqlQuery(m_db).exec(u"SELECT 1"_s))
        return true; // the connection is fine: the write failed for another reason
    const auto target = m_target;
    disconnectFile();
    if (!connectTo(target, error))
        return false;
    qCInfo(lcStorage).noquote() << "connected to" << path() << "again";
    return true;
}

void Database::disconnectFile()
{
    forget();
    m_checkpointer.reset();
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::close()
{
    if (m_open) {
        flush();
        forget();
        m_checkpointer.reset(); // after a last checkpoint
        m_db.close();
    }
    m_open = false;
    // What could not be written goes with the connection: the writes may refer to tables that
    // are gone after this.
    m_queue.clear();
    m_queuedBytes = 0;
    m_timer.stop();
    m_more.stop();
    m_db = {};
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::loadOccupantIdKey()
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
    // Another instance on the same database may have made one meanwhile: theirs is kept.
    q.prepare(u"INSERT INTO service (name, value) VALUES ('occupant-id-key', ?) ON CONFLICT (name) DO NOTHING"_s);
    q.addBindValue(m_occupantIdKey);
    if (!q.exec()) {
        qCWarning(lcStorage).noquote() << "cannot keep the occupant id key in" << path()
                                       << "; occupant ids will change when qmuc restarts:" << errorText(q);
        return;
    }
    if (q.exec(u"SELECT value FROM service WHERE name = 'occupant-id-key'"_s) && q.next())
        m_occupantIdKey = q.value(0).toByteArray();
}

int Database::schemaVersion() const
{
    return Schema::version(m_db, m_dialect);
}

bool Database::enqueue(Write write, Priority priority, qint64 bytes)
{
    if (priority == Priority::Droppable && m_queuedBytes + bytes > m_maxQueueBytes) {
        // The file has not kept up for a while: refuse the new message rather than drop queued
        // ones or grow without bound. The rooms' lasting state is always queued.
        if (m_refused++ == 0) {
            qCWarning(lcStorage).noquote() << "the write queue holds" << m_queuedBytes << "bytes (storage/max_queue_kib):"
                                           << "new messages are not archived until it is written";
            Q_EMIT queueFull(m_queuedBytes);
        }
        return false;
    }
    m_queue.push_back({std::move(write), priority, bytes});
    m_queuedBytes += bytes;
    schedule();
    return true;
}

void Database::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void Database::forget()
{
    for (auto *table : std::as_const(m_tables))
        table->forget();
}

bool Database::flush()
{
    m_timer.stop();
    m_more.stop();
    return write(-1);
}

void Database::tick()
{
    if (write(SliceNs) && !m_queue.empty())
        m_more.start();
}

bool Database::write(qint64 budgetNs)
{
    if (!m_open)
        return true;
    while (!m_queue.empty()) {
        QString error;
        qsizetype written = 0;
        qsizetype rejected = -1;
        QElapsedTimer took;
        took.start();
        if (!writeQueue(budgetNs, &written, &rejected, &error)) {
            // Ids and positions handed out inside the rolled-back transaction are void.
            forget();
            if (rejected >= 0) {
                // Kept, it would hold back every write after it for ever.
                qCWarning(lcStorage).noquote() << "dropped a write that" << path() << "refuses:" << error;
                m_queuedBytes -= m_queue[rejected].bytes;
                m_queue.erase(m_queue.begin() + rejected);
                continue;
            }
            if (!m_failing) {
                m_failing = true;
                qCWarning(lcStorage).noquote() << "cannot write to" << path() << "(" << error << "); will retry,"
                                               << m_queue.size() << "writes waiting";
                Q_EMIT writeFailed(tr("Cannot write to %1: %2").arg(path(), error));
            }
            // A PostgreSQL server that is down is asked again less and less often (a connection
            // attempt may wait for connect_timeout); a file at once.
            m_more.stop();
            m_timer.start(m_dialect.isPostgres() ? qMin(1000 << qMin(m_retries++, 4), 16000) : qMax(m_timer.interval(), 1000));
            return false;
        }
        qCDebug(lcStorage).noquote() << "wrote" << written << "changes in" << took.nsecsElapsed() / 1000 << "µs,"
                                     << m_queue.size() - written << "left for the next slice";
        for (auto it = m_queue.cbegin(); it != m_queue.cbegin() + written; ++it)
            m_queuedBytes -= it->bytes;
        m_queue.erase(m_queue.begin(), m_queue.begin() + written);
        if (m_failing) {
            m_failing = false;
            m_retries = 0;
            m_timer.setInterval(m_flushInterval); // the retries' waits are over
            qCInfo(lcStorage).noquote() << "writing to" << path() << "works again";
            Q_EMIT writeRecovered();
        }
        if (budgetNs >= 0 && !m_queue.empty())
            return true; // the rest after routing had its turn
    }
    if (m_refused > 0) {
        qCInfo(lcStorage).noquote() << "the write queue is written;" << m_refused << "messages were not archived meanwhile";
        m_refused = 0;
    }
    for (auto *table : std::as_const(m_tables))
        table->idle();
    return true;
}

void Database::flushBeforeRead()
{
    // While the file refuses writes, the timer retries them; a read must not wait for that.
    if (!m_failing)
        flush();
}

bool Database::writeQueue(qint64 budgetNs, qsizetype *written, qsizetype *rejected, QString *error)
{
    *written = 0;
    *rejected = -1;
    error->clear();
    if (m_readOnly) {
        // Made writable since: take it up again, no restart needed.
        if (!readOnlyFile(m_target.name).isEmpty() || !open(m_target, error) || m_readOnly) {
            if (error->isEmpty())
                *error = tr("the database is read-only");
            return false;
        }
    }
    // After a failure: a PostgreSQL connection that was lost is made again first.
    if (m_failing && !reconnectIfLost(error))
        return false;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QElapsedTimer took;
    took.start();
    qsizetype count = qsizetype(m_queue.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (budgetNs >= 0 && i > 0 && took.nsecsElapsed() >= budgetNs) {
            count = i;
            break;
        }
        QSqlError why;
        if (!m_queue[i].write(&why)) {
            *error = why.text();
            // A constraint: this write is refused for what it is, not because of the database.
            if (m_dialect.isRefusal(why))
                *rejected = i;
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    for (auto *table : std::as_const(m_tables))
        table->committed();
    *written = count;
    return true;
}

Table::Table(Database &database)
    : m_database(database)
{
    database.m_tables << this;
}

Table::~Table()
{
    m_database.m_tables.removeOne(this);
}

} // namespace qmuc
