#pragma once

#include "Dialect.h"
#include "StorageTarget.h"
#include "../StorageReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace qmuc {

// The database's layout: its version (SQLite's user_version, PostgreSQL's qmuc_schema), the steps
// that bring an older one up to date in place, the same for both, and a read-only look at what a
// database holds (`qmuc --check-db`).
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(qmuc::Schema)
public:
    static constexpr int Version = 9;

    // The version of the open database's layout (0 for an empty one).
    static int version(const QSqlDatabase &db, const Dialect &dialect);
    // Brings the open database's layout (`name` in messages) to `target` (tests stop earlier), a
    // step per transaction; false with *error set when it cannot (a newer database, a read-only
    // one, a failed step).
    static bool upgrade(QSqlDatabase &db, const Dialect &dialect, const QString &name, bool readOnly, QString *error,
                        int target = Version);
    // Reads the database through a connection of its own, on the calling thread, without
    // changing it.
    static StorageReport check(const StorageTarget &target, StorageCheck depth = StorageCheck::Verify);
};

} // namespace qmuc
