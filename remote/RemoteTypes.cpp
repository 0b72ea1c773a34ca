#include "RemoteTypes.h"

namespace qmuc {

QDataStream &operator<<(QDataStream &out, const ServiceSnapshot &s)
{
    return out << s.domain << s.serverAddress << s.state << s.errorText << s.databasePath << s.storagePath
               << s.storageReadOnly << s.limitsHit << s.messagesPerMinute << s.joinsPerMinute << s.rooms << s.occupants;
}

QDataStream &operator>>(QDataStream &in, ServiceSnapshot &s)
{
    return in >> s.domain >> s.serverAddress >> s.state >> s.errorText >> s.databasePath >> s.storagePath
              >> s.storageReadOnly >> s.limitsHit >> s.messagesPerMinute >> s.joinsPerMinute >> s.rooms >> s.occupants;
}

QDataStream &operator<<(QDataStream &out, const Retraction &r)
{
    return out << r.refusal << r.retracted;
}

QDataStream &operator>>(QDataStream &in, Retraction &r)
{
    return in >> r.refusal >> r.retracted;
}

} // namespace qmuc
