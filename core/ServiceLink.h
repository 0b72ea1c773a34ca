#pragma once

#include "MessageRate.h"
#include "StorageReport.h"
#include "component/ComponentConnection.h"
#include "muc/Limits.h"
#include "muc/Types.h"

#include <QFuture>
#include <QXmppLogger.h>

namespace qmuc {

// What a window sees of a service and may do to it: the service's signals, the read side a view
// that opens late needs, and the admin actions. The window holds one of these, whichever way it
// reaches the service: in its own process (MucService itself) or over the admin socket of a
// running `qmuc` (remote/AttachedLink). Its models and actions know nothing else.
// (A QXmppLoggable because MucService is one: it passes its connection's traffic log on.)
class ServiceLink : public QXmppLoggable
{
    Q_OBJECT
public:
    using QXmppLoggable::QXmppLoggable;

    virtual QString domain() const = 0;
    // The XMPP server's component port, "host:port".
    virtual QString serverAddress() const = 0;
    virtual ComponentConnection::State connectionState() const = 0;
    virtual QString connectionErrorText() const = 0;
    // The database the settings name (":memory:" without a data directory), the one in use (empty
    // while none is open), and whether it may not be written; MucService says more.
    virtual QString databasePath() const = 0;
    virtual QString storagePath() const = 0;
    virtual bool isStorageReadOnly() const = 0;
    // What the database holds, read on a thread of its own (counting a large archive takes a while).
    virtual QFuture<StorageReport> checkStorage(StorageCheck depth = StorageCheck::Counts) = 0;
    // Counts a room's archive; archiveCounted() gives the number.
    virtual void countArchive(const QString &roomJid) = 0;

    // The read side, for a view that opens late: every room, the occupants of one, and how
    // often a user went over the [limits] since the service started (limitHit()).
    virtual QList<RoomInfo> rooms() const = 0;
    virtual QList<OccupantInfo> occupants(const QString &roomJid) const = 0;
    virtual int limitsHit() const = 0;
    // The whole service's messages and joins per minute over the last hour, oldest first, on
    // MessageRate::monotonicMs().
    virtual QList<int> messagesPerMinute() const = 0;
    virtual QList<int> joinsPerMinute() const = 0;

    // Connects to the XMPP server, or closes that connection (rooms stay as they are).
    virtual void start() = 0;
    virtual void stop() = 0;
    // Admin actions, taken as a service administrator through the same rules as the same request
    // from an XMPP client. Each returns why it was refused, or an empty string when done.
    virtual QString kick(const QString &roomJid, const QString &nick, const QString &reason = {}) = 0;
    virtual QString ban(const QString &roomJid, const QString &bareJid, const QString &reason = {}) = 0;
    virtual QString setRole(const QString &roomJid, const QString &nick, qmuc::Role role, const QString &reason = {}) = 0;
    virtual QString setAffiliation(const QString &roomJid, const QString &bareJid, qmuc::Affiliation affiliation,
                                   const QString &reason = {}) = 0;
    virtual QString setSubject(const QString &roomJid, const QString &subject) = 0;
    virtual QString destroyRoom(const QString &roomJid, const QString &reason = {}, const QString &alternateVenue = {}) = 0;
    // XEP-0317 hats: puts a hat (its URI and title) on a user in a room, shown in their
    // occupant's presence, or takes it off again.
    virtual QString putOnHat(const QString &roomJid, const QString &bareJid, const QString &uri, const QString &title) = 0;
    virtual QString takeOffHat(const QString &roomJid, const QString &bareJid, const QString &uri) = 0;
    // Retracts (XEP-0425) everything the occupant `nick` sent in the room in the last `hours`;
    // *retracted says how many messages that was.
    virtual QString retractRecent(const QString &roomJid, const QString &nick, int hours, const QString &reason = {},
                                  int *retracted = nullptr) = 0;

Q_SIGNALS:
    // The connection's state, with the reason when it went down (empty otherwise).
    void connectionStateChanged(qmuc::ComponentConnection::State state, const QString &errorText);
    void roomCreated(const qmuc::RoomInfo &room);
    void roomDestroyed(const QString &roomJid);
    void roomConfigurationChanged(const qmuc::RoomInfo &room);
    void occupantJoined(const QString &roomJid, const qmuc::OccupantInfo &occupant);
    void occupantLeft(const QString &roomJid, const qmuc::OccupantInfo &occupant, qmuc::LeaveReason reason);
    void occupantNickChanged(const QString &roomJid, const QString &oldNick, const qmuc::OccupantInfo &occupant);
    void occupantPresenceChanged(const QString &roomJid, const qmuc::OccupantInfo &occupant);
    // A groupchat message went out to the room: who sent it and its payload's size in bytes.
    void messageRelayed(const QString &roomJid, const QString &nick, qint64 size);
    void subjectChanged(const QString &roomJid, const QString &subject, const QString &nick);
    void occupantRoleChanged(const QString &roomJid, const qmuc::OccupantInfo &occupant);
    void affiliationChanged(const QString &roomJid, const QString &bareJid, qmuc::Affiliation affiliation);
    // Writing to the database failed; rooms keep routing and the writes are retried. Once per spell.
    void storageWriteFailed(const QString &error);
    // Writing to the database works again.
    void storageWriteRecovered();
    // Writes waiting for the disk reached storage/max_queue_kib: new messages are not archived
    // until the disk catches up. Once per spell.
    void storageQueueFull(qint64 bytes);
    // Someone went over one of the [limits] and was refused (or, for Flooding, kicked): once
    // per burst. `roomJid` is empty for the service's own limits; `who` is a nick in the room, or
    // a bare JID.
    void limitHit(const QString &roomJid, const QString &who, qmuc::LimitKind kind);
    // The answer to countArchive().
    void archiveCounted(const QString &roomJid, qint64 messages);
    // The link itself went away (the service stopped, or refused this user): why, for the operator.
    void lost(const QString &reason);
};

// Connects each of the service's signals of `from` to the signal of the same name of `to`: they
// have the same names wherever they are re-emitted (the endpoint's source and replica).
template<typename From, typename To>
void forwardServiceSignals(From *from, To *to)
{
    QObject::connect(from, &From::connectionStateChanged, to, &To::connectionStateChanged);
    QObject::connect(from, &From::roomCreated, to, &To::roomCreated);
    QObject::connect(from, &From::roomDestroyed, to, &To::roomDestroyed);
    QObject::connect(from, &From::roomConfigurationChanged, to, &To::roomConfigurationChanged);
    QObject::connect(from, &From::occupantJoined, to, &To::occupantJoined);
    QObject::connect(from, &From::occupantLeft, to, &To::occupantLeft);
    QObject::connect(from, &From::occupantNickChanged, to, &To::occupantNickChanged);
    QObject::connect(from, &From::occupantPresenceChanged, to, &To::occupantPresenceChanged);
    QObject::connect(from, &From::messageRelayed, to, &To::messageRelayed);
    QObject::connect(from, &From::subjectChanged, to, &To::subjectChanged);
    QObject::connect(from, &From::occupantRoleChanged, to, &To::occupantRoleChanged);
    QObject::connect(from, &From::affiliationChanged, to, &To::affiliationChanged);
    QObject::connect(from, &From::storageWriteFailed, to, &To::storageWriteFailed);
    QObject::connect(from, &From::storageWriteRecovered, to, &To::storageWriteRecovered);
    QObject::connect(from, &From::storageQueueFull, to, &To::storageQueueFull);
    QObject::connect(from, &From::limitHit, to, &To::limitHit);
}

} // namespace qmuc
