#pragma once

#include "component/ComponentConnection.h"
#include "muc/Limits.h"
#include "muc/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qmuc {

// One line of text for each event MucService signals, the same for qmuc's log and qmuc-admin's
// event list; the room is not part of the line (the log puts it in front, the list has a column
// for it). messageRelayed and occupantPresenceChanged are counted and shown as state, not
// events, so they have no line.
//
// These texts are for the operator: they go through the application's installed translators.
// qmuc installs none, so its log stays English for grep; qmuc-admin installs the desktop
// language's. They never go on the wire (that is WireText.h).
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(qmuc::EventText)
public:
    // MucService::connectionStateChanged: the state's name, and the server's words when it went down.
    static QString connectionState(ComponentConnection::State state, const QString &errorText);
    static QString roomCreated(const RoomInfo &room);
    static QString roomDestroyed(const QString &roomJid);
    // With the room's features as the room list shows them.
    static QString roomConfigurationChanged(const RoomInfo &room);
    static QString occupantJoined(const OccupantInfo &occupant);
    static QString occupantLeft(const OccupantInfo &occupant, LeaveReason reason);
    static QString occupantNickChanged(const QString &oldNick, const OccupantInfo &occupant);
    static QString occupantRoleChanged(const OccupantInfo &occupant);
    static QString affiliationChanged(const QString &bareJid, Affiliation affiliation);
    static QString subjectChanged(const QString &subject, const QString &nick);
    // MucService::limitHit: who went over which limit (and was refused, or kicked).
    static QString limitHit(const QString &who, LimitKind kind);
    // MucService::storageWriteRecovered (storageWriteFailed carries its own text).
    static QString storageRecovered();

    // The words those lines use, for views that show the same things.
    static QString role(Role role);
    static QString affiliation(Affiliation affiliation);
    // A room's features, in the order the room list shows them as badges.
    enum class RoomFeature { AwaitingConfiguration, Persistent, Archived, MembersOnly, Password, Moderated, Hidden };
    static QList<RoomFeature> roomFeatures(const RoomInfo &room);
    static QString roomFeature(RoomFeature feature);
};

} // namespace qmuc
