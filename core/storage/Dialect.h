#pragma once

#include "StorageTarget.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace qmuc {

// Everything that differs between SQLite and PostgreSQL, in one place. The statements of the
// tables are the same for both (upserts with ON CONFLICT, RETURNING, LIMIT with a bound value);
// what differs is how the schema is written and versioned, how a connection is set up, and how
// an error tells a refused row from a database that is gone.
class Dialect
{
public:
    explicit Dialect(StorageTarget::Driver driver = StorageTarget::Driver::Sqlite)
        : m_driver(driver)
    {
    }

    StorageTarget::Driver driver() const { return m_driver; }
    bool isPostgres() const { return m_driver == StorageTarget::Driver::Postgres; }
    // Qt SQL's driver: QSQLITE or QPSQL.
    QString qtDriver() const;

    // A connection for the target under `connectionName`, set up but not opened.
    QSqlDatabase connection(const StorageTarget &target, const QString &connectionName, bool readOnly) const;
    // What the connection needs once open (SQLite's PRAGMAs); false with *error when it is no
    // database at all.
    bool afterOpen(QSqlDatabase &db, bool readOnly, QString *error) const;

    // A schema statement written for SQLite, with these words in braces for what the other
    // database spells differently:
    //   {rowid}          an integer key the database assigns (SQLite's INTEGER PRIMARY KEY)
    //   {int}            a 64-bit integer (SQLite's INTEGER is one; PostgreSQL's is 32 bits)
    //   {blob}           bytes
    //   {without_rowid}  SQLite's table option, nothing elsewhere
    QString schema(const QString &statement) const;

    // The schema version: SQLite's user_version, PostgreSQL's qmuc_schema table; 0 when empty.
    int schemaVersion(const QSqlDatabase &db) const;
    bool setSchemaVersion(QSqlDatabase &db, int version, QSqlError *error) const;
    // Inside a transaction, until it ends: no other instance on the same PostgreSQL database
    // takes the same lock meanwhile (SQLite's writer holds the whole file anyway). Schema: a
    // migration; Rooms: who holds which room (claiming one, reaping those of a dead instance).
    enum class Lock : qint64 { Schema = 0x716d7563 /* "qmuc" */, Rooms = 0x716d7563 + 1 };
    bool lock(QSqlDatabase &db, Lock which, QSqlError *error) const;

    // An SQL expression for the database's clock, in milliseconds since the epoch: one clock for
    // every instance that shares the database, whatever their machines' clocks say.
    QString nowMs() const;

    // The database refuses this row for what it holds (a constraint): retrying cannot help.
    bool isRefusal(const QSqlError &error) const;

private:
    StorageTarget::Driver m_driver;
};

} // namespace qmuc
