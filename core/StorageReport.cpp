#include "StorageReport.h"

namespace qmuc {

QDataStream &operator<<(QDataStream &out, const StorageReport &r)
{
    return out << r.path << r.ok << r.problems << r.schemaVersion << r.currentSchemaVersion << r.bytes << r.rooms
               << r.persistentRooms << r.affiliations << r.messages << r.oldest << r.newest;
}

QDataStream &operator>>(QDataStream &in, StorageReport &r)
{
    return in >> r.path >> r.ok >> r.problems >> r.schemaVersion >> r.currentSchemaVersion >> r.bytes >> r.rooms
              >> r.persistentRooms >> r.affiliations >> r.messages >> r.oldest >> r.newest;
}

} // namespace qmuc
