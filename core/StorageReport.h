#pragma once

#include <QDataStream>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace qmuc {

// How closely to look at the database file: what it holds, or that too and its integrity (which
// reads every page: slow on a large archive).
enum class StorageCheck { Counts, Verify };

// What a look at the database file found, without changing it: what `qmuc --check-db` prints and
// what qmuc-admin shows of the file in use.
struct StorageReport {
    QString path;
    bool ok = false;
    QStringList problems;
    int schemaVersion = 0;
    int currentSchemaVersion = 0; // the version this qmuc writes; it upgrades older files on start
    qint64 bytes = 0;
    qint64 rooms = 0;
    qint64 persistentRooms = 0;
    qint64 affiliations = 0;
    qint64 messages = 0;
    QDateTime oldest;
    QDateTime newest;
};

// For the admin endpoint (remote/).
QDataStream &operator<<(QDataStream &out, const StorageReport &report);
QDataStream &operator>>(QDataStream &in, StorageReport &report);

} // namespace qmuc

Q_DECLARE_METATYPE(qmuc::StorageReport)
