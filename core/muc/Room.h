#pragma once

#include "History.h"
#include "RoomConfig.h"
#include "Storage.h"
#include "Stanza.h"
#include "Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include "../StanzaErrors.h"

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
};

// Who asks for a moderation or configuration change, with the privileges XEP-0045 gives them.
struct Actor {
    QString bareJid;
    QString nick;                 // in the room, if there
    Affiliation affiliation = Affiliation::None;
    Role role = Role::None;
};

// Why a request was refused, as the stanza error to send.
struct Refusal {
    StanzaError::Type type;
    StanzaError::Condition condition;
    QString text;
};

// One room and XEP-0045's rules for it: occupants, roles, affiliations, configuration, subject
// and history. Pure logic: stanzas in, stanzas and change events out through its RoomHost. Each
// concern lives in a file of its own (Entering, Leaving, NickChange, Talking, Subject,
// RoomIq, Owner).
class Room
{
    Q_DECLARE_TR_FUNCTIONS(qmuc::Room)
public:
    Room(const QString &jid, RoomHost &host, const RoomConfig &config);
    // A room brought back from storage, with its recent history from the archive.
    Room(const RoomRecord &record, RoomHost &host);
    // What a restart must bring back.
    RoomRecord record() const;

    const QString &jid() const { return m_jid; }
    const RoomConfig &config() const { return m_config; }
    bool isEmpty() const { return m_occupants.isEmpty(); }
    // Destroyed when the last occupant leaves (XEP-0045 §10.2: temporary rooms).
    bool isDisposable() const { return m_abandoned || (isEmpty() && !m_config.persistent); }
    RoomInfo info() const;
    QList<OccupantInfo> occupants() const;

    // A stanza addressed to the room or to room/nick. Each one that wants an answer gets one.
    void handlePresence(const Stanza &stanza);
    void handleMessage(const Stanza &stanza);
    void handleIq(const Stanza &stanza);

    // Moderation (Admin.cpp): the same rules for an XMPP client's muc#admin request and for the
    // service's admin slots. Each request is checked whole before anything changes.
    struct RoleChange {
        QString nick;
        Role role;
        QString reason;
    };
    struct AffiliationChange {
        QString bareJid;
        Affiliation affiliation;
        QString reason;
    };
    std::optional<Refusal> changeRoles(const Actor &actor, const QList<RoleChange> &changes);
    std::optional<Refusal> changeAffiliations(const Actor &actor, const QList<AffiliationChange> &changes);
    std::optional<Refusal> destroy(const Actor &actor, const QString &reason, const QString &alternateVenue);
    std::optional<Refusal> setSubject(const Actor &actor, const QString &subject, const QString &id = {});
    // The actor a stanza's sender is in this room.
    Actor actorFor(const QString &fullJid);
    // A service administrator acting from outside the room (the admin window).
    Actor serviceAdmin(const QString &bareJid) const;

    // The first join, by which the service creates the room: the creator becomes its owner and
    // the room stays locked until the owner configures it (XEP-0045 §10.1).
    void createBy(const Stanza &join, const QString &nick);

private:
    struct Session {
        QString fullJid;
        QByteArray escapedJid;  // as it goes into 'to'
        QByteArray payload;     // this session's presence children, minus the MUC ones
        QString show;
        QString status;
    };
    struct Occupant {
        QString nick;
        QString bareJid;
        Role role = Role::None;
        Affiliation affiliation = Affiliation::None;
        QDateTime since;
        QByteArray idElement;    // its XEP-0421 <occupant-id/>, made once on entry
        QList<Session> sessions; // the latest presence first

        const Session &current() const { return sessions.first(); }
        Session *session(const QString &fullJid);
    };
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

    // Entering.cpp
    void join(const Stanza &stanza, const QString &nick);
    void joinExistingOccupant(const Stanza &stanza, Occupant &occupant);
    std::optional<QString> entryRefusal(const Stanza &stanza, const QString &nick, StanzaError::Condition *condition) const;
    void sendJoinSequence(const Stanza &stanza, Occupant &occupant, QList<int> selfCodes);
    void sendHistory(const Stanza &stanza);
    void sendSubject(const QString &toFull);
    // Leaving.cpp
    void leave(const Stanza &stanza, Occupant &occupant);
    void removeSession(Occupant &occupant, const QString &fullJid, LeaveReason reason, Broadcast goodbye);
    // NickChange.cpp
    void changeNick(const Stanza &stanza, Occupant &occupant, const QString &newNick);
    // Talking.cpp
    void relayGroupchat(const Stanza &stanza, const Occupant &sender);
    void relayPrivate(const Stanza &stanza, const Occupant &sender);
    void handleClientError(const Stanza &stanza);
    static bool isGhostError(const QDomElement &error);
    // Invitations.cpp: true if the message was an invitation, decline or voice request
    bool handleInvitations(const Stanza &stanza, const Occupant *sender);
    bool handleVoiceRequest(const Stanza &stanza, const Occupant &sender);
    // RoomIq.cpp
    void answerDiscoInfo(const Stanza &stanza);
    void answerDiscoItems(const Stanza &stanza);
    void forwardIq(const Stanza &stanza, const Occupant &sender);
    // The opening tag of an IQ from `from` (already escaped).
    static QByteArray iqHead(const QByteArray &from, const QString &to, const QString &type, const QString &id);
    void returnIqResponse(const Stanza &stanza);
    // Owner.cpp
    void handleOwner(const Stanza &stanza, const QDomElement &query);
    // Archive.cpp (XEP-0313, XEP-0359)
    static bool archivable(const QDomElement &message);
    // XEP-0421: the <occupant-id/> of whoever has this bare JID, the same in this room for ever
    // (a keyed hash: it cannot be turned back into the JID); empty for no one.
    QByteArray occupantIdElement(const QString &bareJid) const;
    QByteArray stanzaIdElement(const QString &stanzaId) const;
    void handleArchiveQuery(const Stanza &stanza, const QDomElement &query);
    void answerArchiveForm(const Stanza &stanza);
    void answerArchiveMetadata(const Stanza &stanza);
    std::optional<Refusal> archiveRefusal(const Stanza &stanza) const;
    // Registration.cpp
    void handleRegistration(const Stanza &stanza, const QDomElement &query);
    void answerRegisteredNick(const Stanza &stanza);
    // Admin.cpp
    void handleAdmin(const Stanza &stanza, const QDomElement &query);
    void answerList(const Stanza &stanza, const Actor &actor, const QDomElement &item);
    void removeOccupant(Occupant &occupant, LeaveReason reason, Broadcast goodbye);
    // Takes an occupant out of the room's state, silently, and reports it.
    void forget(Occupant &occupant, LeaveReason reason);

    // Room.cpp: state and output
    void answerProbe(const Stanza &stanza);
    Occupant *occupantByNick(const QString &nick);
    Occupant *occupantBySession(const QString &fullJid);
    // The occupant a stanza to room/nick is for, if that nick is here.
    Occupant *addressee(const Stanza &stanza);
    Affiliation affiliationOf(const QString &bareJid) const;
    Role defaultRole(Affiliation affiliation) const;
    OccupantInfo infoOf(const Occupant &occupant) const;
    bool seesRealJids(const Occupant &viewer) const;
    QString occupantJid(const QString &nick) const { return m_jid + u'/' + nick; }
    // Presence about `about` to every occupant's every session (or to one session only).
    enum class Audience { Everyone, Self, Others };
    void broadcastPresence(const Occupant &about, const Broadcast &what, const QString &onlyTo = {},
                           Audience audience = Audience::Everyone);
    QByteArray presenceFor(const Occupant &about, const Broadcast &what, const Session &to,
                           bool withJid, bool self) const;
    void updateSession(Session &session, const Stanza &stanza) const;
    void sendError(const Stanza &stanza, StanzaError::Type type, StanzaError::Condition condition,
                   const QString &text = {});
    void send(const QByteArray &bytes) { m_host.send(bytes); }
    // Every session's escaped JID, in join order: the fan-out list, rebuilt only when it changes.
    const QList<QByteArray> &recipients();
    // One stanza to every session: head + recipient + tail each.
    void fanOut(const QByteArray &head, const QByteArray &tail);

    QString m_jid;
    QByteArray m_escapedJid;
    RoomHost &m_host;
    RoomConfig m_config;
    bool m_locked = false;
    bool m_abandoned = false;               // the creator cancelled the initial configuration
    QHash<QString, Occupant> m_occupants;   // by nick
    QStringList m_joinOrder;                // nicks, oldest first
    QHash<QString, QString> m_sessionNick;  // full JID -> nick
    QHash<QString, Affiliation> m_affiliations; // bare JID -> affiliation other than none
    QHash<QString, QString> m_affiliationReasons; // bare JID -> why (bans, mostly)
    QHash<QString, QString> m_reservedNicks;      // bare JID -> registered nick
    QByteArray m_afterSelf; // sent between telling a removed occupant and telling the others
    QList<QByteArray> m_recipients;
    bool m_recipientsValid = false;
    QString m_subject;
    QString m_subjectNick;
    QString m_subjectJid;
    History m_history;
};

} // namespace qmuc
