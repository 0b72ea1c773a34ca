#pragma once

#include <QXmppDiscoveryIq.h>

namespace qmuc {

// An empty XEP-0030 result answering the request with this id, from `from` to `to`.
inline QXmppDiscoveryIq discoResult(const QString &id, const QString &from, const QString &to,
                                    QXmppDiscoveryIq::QueryType type)
{
    QXmppDiscoveryIq reply;
    reply.setType(QXmppIq::Result);
    reply.setId(id);
    reply.setFrom(from);
    reply.setTo(to);
    reply.setQueryType(type);
    return reply;
}

} // namespace qmuc
