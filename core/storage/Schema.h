#pragma once

#include "../StorageReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace qmuc {

// The file's layout: its version (SQLite's user_version), the steps that bring an older file up to
// date in place, and a read-only look at what a file holds (`qmuc --check-db`).
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(qmuc::Schema)
public:
    static constexpr int Version = 8;

    // The version of the open database's layout (0 for an empty file).
    static int version(const QSqlDatabase &db);
    // Brings the open database's layout to Version, a step per transaction; false with *error set
    // when it cannot (a newer file, a read-only one, a failed step).
    static bool upgrade(QSqlDatabase &db, bool readOnly, QString *error);
    // Reads the file at path through a connection of its own, on the calling thread, without
    // changing it.
    static StorageReport check(const QString &path, StorageCheck depth = StorageCheck::Verify);
};

} // namespace qmuc
