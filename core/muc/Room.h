#pragma once

#include "RoomConfig.h"
#include "RoomFeature.h"
#include "Stanza.h"
#include "Storage.h"
#include "Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QXmppIq.h>

#include <memory>
#include <vector>

namespace qmuc {

class Room;

// What a room needs from the service around it: a way out for stanzas, and someone to tell
// about changes (the service turns them into Qt signals).
class RoomHost
{
public:
    virtual ~RoomHost() = default;
    // One or more serialised stanzas, ready for the wire.
    virtual void send(const QByteArray &stanzas) = 0;
    virtual void joined(const Room &room, const OccupantInfo &occupant) = 0;
    virtual void left(const Room &room, const OccupantInfo &occupant, LeaveReason reason) = 0;
    virtual void nickChanged(const Room &room, const QString &oldNick, const OccupantInfo &occupant) = 0;
    // One device of an occupant came into the room or went (joined() and left() are about the
    // occupant): for a service that records where each session is.
    virtual void sessionEntered(const Room & /*room*/, const QString & /*fullJid*/, const QString & /*bareJid*/,
                                const QString & /*nick*/) { }
    virtual void sessionLeft(const Room & /*room*/, const QString & /*fullJid*/) { }
    virtual void presenceChanged(const Room &room, const OccupantInfo &occupant) = 0;
    virtual void relayed(const Room &room, const QString &nick, qsizetype size) = 0;
    virtual void subjectSet(const Room &room, const QString &subject, const QString &nick) = 0;
    virtual void configured(const Room &room) = 0;
    virtual void roleChanged(const Room &room, const OccupantInfo &occupant) = 0;
    virtual void affiliationSet(const Room &room, const QString &bareJid, Affiliation affiliation) = 0;
    // Service administrators have owner rights in every room.
    virtual bool isServiceAdmin(const QString &bareJid) const = 0;
    // What a restart must bring back of the room (configuration, subject, affiliations,
    // registered nicks) changed.
    virtual void changed(const Room &room) = 0;
    // The message archive (XEP-0313) the room writes to and answers queries from.
    virtual MessageArchive &archive() = 0;
    // The service's secret for occupant ids (XEP-0421), the same across restarts.
    virtual QByteArray occupantIdKey() = 0;
    // How big a room's avatar (XEP-0486) may be, in bytes of the image.
    virtual qsizetype maxAvatarBytes() const = 0;
    // The service's limits (the settings' [limits]).
    virtual const Limits &limits() const = 0;
    // Someone went over a limit in this room: once per burst, for the log and the operator.
    virtual void overLimit(const Room &room, const QString &who, LimitKind kind) = 0;
    // Whether the service's block list (BlockList.h) names the user or their domain.
    virtual bool isBlocked(const QString & /*bareJid*/) const { return false; }
};

// Who asks for a moderation or configuration change, with the privileges XEP-0045 gives them.
struct Actor {
    QString bareJid;
    QString nick;                 // in the room, if there
    Affiliation affiliation = Affiliation::None;
    Role role = Role::None;
};

// One device of an occupant.
struct Session {
    QString fullJid;
    QByteArray escapedJid;  // as it goes into 'to'
    QByteArray payload;     // this session's presence children, minus what the room writes
    QString show;
    QString status;
    qint64 replayedMs = -1; // when the room was last replayed to it on a rejoin, monotonic
};

// Someone in the room under one nickname, from one or more devices.
struct Occupant {
    QString nick;
    QString bareJid;
    Role role = Role::None;
    Affiliation affiliation = Affiliation::None;
    QDateTime since;
    QByteArray presenceExtras; // what the features add to this occupant's presence
    QByteArray marks;          // what the features add to this occupant's messages
    QList<Session> sessions;   // the latest presence first

    const Session &current() const { return sessions.first(); }
    Session *session(const QString &fullJid);
};

// What the room knows of a user beyond their presence: affiliation, why, and the nickname they
// registered (XEP-0045 §7.10).
struct Affiliate {
    Affiliation affiliation = Affiliation::None;
    QString reason;
    QString nick;
};

// One room: the state every feature shares (occupants, affiliations, configuration, subject) and
// XEP-0045's core rules for it (entering, leaving, nick changes, talking, roles and affiliations,
// configuring). Features (RoomFeature.h, one file each) hook into it. Pure logic: stanzas in,
// stanzas and change events out through its RoomHost.
class Room
{
    QMUC_WIRE_TR_FUNCTIONS(qmuc::Room)
public:
    Room(const QString &jid, RoomHost &host, const RoomConfig &config);
    // A room brought back from storage.
    Room(const RoomRecord &record, RoomHost &host);
    ~Room();
    // What a restart must bring back.
    RoomRecord record() const;

    const QString &jid() const { return m_jid; }
    const RoomConfig &config() const { return m_config; }
    bool isEmpty() const { return m_occupants.isEmpty(); }
    bool isLocked() const { return m_locked; }
    // Destroyed when the last occupant leaves (XEP-0045 §10.2: temporary rooms).
    bool isDisposable() const { return m_abandoned || (isEmpty() && !m_config.persistent); }
    RoomInfo info() const;
    QList<OccupantInfo> occupants() const;

    // A stanza addressed to the room or to room/nick. Each one that wants an answer gets one.
    void handlePresence(const Stanza &stanza);
    void handleMessage(const Stanza &stanza);
    void handleIq(const Stanza &stanza);
    // Pings every session (XEP-0199) from the room: a session the server lost answers with an
    // error and is removed with 333. For when the server may have lost sessions without telling.
    void pingSessions();
    // Whether a feature refused a stanza from an occupant (RoomFeature::screen).
    bool screened(const Stanza &stanza, const Occupant &sender, LimitKind kind);
    // Whether a session that joins again gets the room replayed (limits().rejoinReplaySeconds).
    bool replayDue(Session &session) const;

    // Moderation (Admin.cpp): the same rules for an XMPP client's muc#admin request and for the
    // service's admin slots. Each request is checked whole before anything changes.
    struct RoleChange {
        QString nick;
        Role role;
        QString reason;
    };
    std::optional<Refusal> changeRoles(const Actor &actor, const QList<RoleChange> &changes);
    // Every affiliation change takes this path, whoever asks: muc#admin, the admin slots and
    // commands, and the room itself (registration, invitations; see roomActor()).
    std::optional<Refusal> changeAffiliations(const Actor &actor, const QList<AffiliationChange> &changes);
    std::optional<Refusal> destroy(const Actor &actor, const QString &reason, const QString &alternateVenue);
    std::optional<Refusal> setSubject(const Actor &actor, const QString &subject, const QString &id = {});
    // Message moderation (features/Moderation.cpp, XEP-0425): a moderator retracts archived
    // messages by stanza id, or everything one user sent since a time; the same rules for an
    // occupant's request, an ad-hoc command and an admin slot. `retracted` counts what was retracted.
    std::optional<Refusal> retract(const Actor &actor, const QStringList &stanzaIds, const QString &reason);
    std::optional<Refusal> retractSince(const Actor &actor, const QString &nick, const QDateTime &since,
                                        const QString &reason, int *retracted = nullptr);
    // The actor a stanza's sender is in this room.
    Actor actorFor(const QString &fullJid);
    // A service administrator acting from outside the room (the admin window).
    Actor serviceAdmin(const QString &bareJid) const;
    // The room acting by its own rules (registration, invitations): an owner without a nick.
    Actor roomActor() const;

    // The first join, by which the service creates the room: the creator becomes its owner and
    // the room stays locked until the owner configures it (XEP-0045 §10.1).
    void createBy(const Stanza &join, const QString &nick);

    // For features: the room's state and its ways out.
    RoomHost &host() const { return m_host; }
    const std::vector<std::unique_ptr<RoomFeature>> &features() const { return m_features; }
    const QByteArray &escapedJid() const { return m_escapedJid; }
    const QString &subject() const { return m_subject; }
    Occupant *occupantByNick(const QString &nick);
    const Occupant *occupantByNick(const QString &nick) const;
    Occupant *occupantBySession(const QString &fullJid);
    const Occupant *occupantBySession(const QString &fullJid) const;
    // The occupant a stanza to room/nick is for, if that nick is here.
    Occupant *addressee(const Stanza &stanza);
    // Nicks (as keys for occupantByNick()), oldest first.
    const QStringList &joinOrder() const { return m_joinOrder; }
    Affiliation affiliationOf(const QString &bareJid) const;
    const QMap<QString, Affiliate> &affiliates() const { return m_affiliates; }
    // Registered nicknames (§7.10): who holds a nick, and registering or giving one up.
    QString nickHolder(const QString &nick) const;
    void setRegisteredNick(const QString &bareJid, const QString &nick);
    bool seesRealJids(const Occupant &viewer) const;
    QString occupantJid(const QString &nick) const { return m_jid + u'/' + nick; }
    OccupantInfo infoOf(const Occupant &occupant) const;

    struct Broadcast {
        bool unavailable = false;
        QList<int> codes;       // to everyone
        QList<int> selfCodes;   // to the occupant's own sessions, with 110
        QString newNick;        // item nick='…' (303)
        QByteArray payload;     // for unavailable presence: the leaver's <status/>
        QString origin;         // the session whose presence caused this, which gets...
        QString id;             // ...its presence's id back (XEP-0045 §7.2.3)
        QString actorNick;      // item <actor nick='…'/> (kicks, bans)
        QString reason;         // item <reason/>
        QString destroyVenue;   // <destroy jid='…'> when the room is destroyed
        bool destroyed = false;
    };
    // Presence about `about` to every occupant's every session (or to one session only).
    enum class Audience { Everyone, Self, Others };
    void broadcastPresence(const Occupant &about, const Broadcast &what, const QString &onlyTo = {},
                           Audience audience = Audience::Everyone);
    QByteArray presenceFor(const Occupant &about, const Broadcast &what, const Session &to,
                           bool withJid, bool self) const;
    // A new role, told to everyone.
    void setRole(Occupant &occupant, Role role);
    // What the features add to this occupant's presence changed (a hat, …): told to everyone.
    void redecorate(Occupant &occupant);
    // Removes an occupant (kick, ban, lost membership, destroy), telling it first.
    void removeOccupant(Occupant &occupant, LeaveReason reason, Broadcast goodbye);
    // Removes every occupant: the room is gone.
    void abandon();
    // Removes every occupant, telling each that the service is shutting down (332): the room
    // stays, to be loaded again empty.
    void shutDown();
    // Elements the features add to a message from this sender (occupant id, …).
    QByteArray senderMarks(const QString &senderJid) const;
    // A message from the room or an occupant to everyone: stamped by the features, serialised
    // once, then told to the features (archive, history).
    void relay(OutgoingMessage &message);
    // Runs the features' stamps over a message that goes out again (history, archive).
    QByteArray stampsFor(OutgoingMessage message);
    // A message from the room itself to everyone, e.g. status codes (§10.2.1).
    void notifyAll(const QByteArray &payload);

    void send(const QByteArray &bytes) { m_host.send(bytes); }
    void send(const QXmppStanza &stanza);
    void sendError(const Stanza &stanza, StanzaError::Type type, StanzaError::Condition condition,
                   const QString &text = {});
    void sendError(const Stanza &stanza, const Refusal &refusal) { sendError(stanza, refusal.type, refusal.condition, refusal.text); }
    // An IQ result to a request, from the room (or from room/nick), for the caller to fill.
    template<typename Iq = QXmppIq>
    Iq resultTo(const Stanza &stanza, const QString &from = {}) const
    {
        Iq result;
        result.setType(QXmppIq::Result);
        result.setId(stanza.id);
        result.setFrom(from.isEmpty() ? m_jid : from);
        result.setTo(stanza.fromFull);
        return result;
    }
    void sendResult(const Stanza &stanza, const QString &from = {}) { send(resultTo(stanza, from)); }
    // Calls `hook` on each feature in order; stops at the first that returns a value.
    template<typename Result, typename Hook>
    std::optional<Result> firstOf(Hook &&hook) const
    {
        for (const auto &f : m_features) {
            if (auto result = hook(*f))
                return result;
        }
        return std::nullopt;
    }

private:
    // Entering.cpp
    void join(const Stanza &stanza, const QString &nick);
    void joinExistingOccupant(const Stanza &stanza, Occupant &occupant);
    std::optional<Refusal> entryRefusal(const Stanza &stanza, const QString &nick) const;
    std::optional<Refusal> nicknameRefusal(const QString &bareJid, const QString &nick) const;
    void sendJoinSequence(const Stanza &stanza, Occupant &occupant, QList<int> selfCodes);
    void sendSubject(const QString &toFull);
    // Leaving.cpp
    void leave(const Stanza &stanza, Occupant &occupant);
    void removeSession(Occupant &occupant, const QString &fullJid, LeaveReason reason, Broadcast goodbye);
    // Takes an occupant out of the room's state, silently, and reports it.
    void forget(Occupant &occupant, LeaveReason reason);
    // NickChange.cpp
    void changeNick(const Stanza &stanza, Occupant &occupant, const QString &newNick);
    // Talking.cpp
    void relayGroupchat(const Stanza &stanza, const Occupant &sender);
    void relayPrivate(const Stanza &stanza, const Occupant &sender);
    void handleClientError(const Stanza &stanza);
    // RoomIq.cpp
    void answerDiscoInfo(const Stanza &stanza);
    void answerDiscoItems(const Stanza &stanza);
    // Owner.cpp
    void handleOwner(const Stanza &stanza, const QDomElement &query);
    void answerConfigForm(const Stanza &stanza);
    void applyConfigForm(const Stanza &stanza, const QDomElement &form);
    // Admin.cpp
    void handleAdmin(const Stanza &stanza, const QDomElement &query);
    void answerList(const Stanza &stanza, const Actor &actor, const QDomElement &item);
    void applyAffiliation(const Actor &actor, const AffiliationChange &change);

    // Room.cpp: state and output
    Role defaultRole(Affiliation affiliation) const;
    void updateSession(Session &session, const Stanza &stanza) const;
    // Whether a child of a sender's stanza travels on (false for what the room writes itself).
    bool fromSender(const QDomElement &child) const;
    void decorate(Occupant &occupant) const;
    // Every session's escaped JID, in join order: the fan-out list, rebuilt only when it changes.
    const QList<QByteArray> &recipients();
    // One stanza to every session: head + recipient + tail each.
    void fanOut(const QByteArray &head, const QByteArray &tail);

    QString m_jid;
    QByteArray m_escapedJid;
    RoomHost &m_host;
    RoomConfig m_config;
    std::vector<std::unique_ptr<RoomFeature>> m_features;
    bool m_locked = false;
    bool m_abandoned = false;               // the creator cancelled the initial configuration
    // These three hold nicks as nicknameKey() (Nickname.h); Occupant::nick is the nick as shown.
    // Maps, not hashes: Qt 6.8's QHash takes room for 48 entries at its first insert, which in a
    // room of ten is more than the occupants themselves (bench/README.md, memory per occupant).
    QMap<QString, Occupant> m_occupants;   // by nick
    QStringList m_joinOrder;               // nicks, oldest first
    QMap<QString, QString> m_sessionNick;  // full JID -> nick
    QMap<QString, Affiliate> m_affiliates; // bare JID -> affiliation other than none, or a registered nick
    QByteArray m_afterSelf; // sent between telling a removed occupant and telling the others
    QList<QByteArray> m_recipients;
    bool m_recipientsValid = false;
    QString m_subject;
    QString m_subjectNick;
    QString m_subjectJid;
    QDateTime m_subjectStamp;
};

} // namespace qmuc
