#pragma once

#include "StorageReport.h"
#include "component/ComponentConnection.h"
#include "muc/Limits.h"
#include "muc/Types.h"

#include <QDataStream>
#include <QHash>
#include <QList>

// What crosses the admin socket besides strings: the views' value types, and the snapshot a
// window starts from. Streamed field by field; a qmuc and a qmuc-admin of different versions
// are refused by Qt Remote Objects' check of the interface's signature before any of this is read.
namespace qmuc {

// Everything a window shows before the first change reaches it.
struct ServiceSnapshot {
    QString domain;
    QString serverAddress;
    ComponentConnection::State state = ComponentConnection::State::Disconnected;
    QString errorText;
    QString databasePath;
    QString storagePath;
    bool storageReadOnly = false;
    int limitsHit = 0;
    QList<int> messagesPerMinute; // the last hour, MessageRate::history()
    QList<int> joinsPerMinute;
    QList<RoomInfo> rooms;
    QHash<QString, QList<OccupantInfo>> occupants; // by room JID
};

// What retracting an occupant's recent messages came to.
struct Retraction {
    QString refusal;
    int retracted = 0;
};

QDataStream &operator<<(QDataStream &out, const ServiceSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, ServiceSnapshot &snapshot);
QDataStream &operator<<(QDataStream &out, const Retraction &retraction);
QDataStream &operator>>(QDataStream &in, Retraction &retraction);

} // namespace qmuc

Q_DECLARE_METATYPE(qmuc::ServiceSnapshot)
Q_DECLARE_METATYPE(qmuc::Retraction)
