#pragma once

#include <QString>

namespace qmuc {

// Which database holds the rooms and the archive: a SQLite file (the embedded default) or a
// PostgreSQL database, named by a libpq connection string. The password is kept apart from the
// string and never shown: displayName() is what logs and windows say.
struct StorageTarget {
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    // SQLite: the file (":memory:" keeps it in memory). PostgreSQL: libpq's keyword=value
    // connection string ("service=qmuc", "host=db.example.org dbname=qmuc user=qmuc"); empty takes
    // libpq's defaults (PGHOST, PGDATABASE, PGSERVICE, ...).
    QString name;
    // PostgreSQL's password when neither the connection string, the service file nor PGPASSFILE
    // gives it (storage/postgres_password_file). Never logged.
    QString password;

    StorageTarget() = default;
    // A SQLite file: where a path was enough before.
    StorageTarget(const QString &path) // NOLINT(google-explicit-constructor)
        : name(path)
    {
    }
    static StorageTarget postgres(const QString &connectionString, const QString &password = {})
    {
        StorageTarget target;
        target.driver = Driver::Postgres;
        target.name = connectionString;
        target.password = password;
        return target;
    }

    bool isPostgres() const { return driver == Driver::Postgres; }
    // The file, or "PostgreSQL (host=… dbname=…)" without any password: what logs may say.
    QString displayName() const;
    // Whether a displayName() names a database server rather than a file (for a window that
    // knows the database only by that name, as an attached one does).
    static bool namesServer(const QString &displayName);
    // The connection string without its password=… (and with nothing else changed).
    static QString withoutPassword(const QString &connectionString);
    // Whether a libpq connection string names a password (password=…, or a URI's user:password@).
    static bool namesPassword(const QString &connectionString);
};

} // namespace qmuc
