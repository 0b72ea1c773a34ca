// Moderation: roles (XEP-0045 §8), affiliations (§9, §10.3-10.8), destroying a room (§10.9).
// A client's muc#admin request and the service's admin slots run the same checks and changes.
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

std::optional<Role> parseRole(const QString &text)
{
    if (text == u"none") return Role::None;
    if (text == u"visitor") return Role::Visitor;
    if (text == u"participant") return Role::Participant;
    if (text == u"moderator") return Role::Moderator;
    return std::nullopt;
}

std::optional<Affiliation> parseAffiliation(const QString &text)
{
    if (text == u"outcast") return Affiliation::Outcast;
    if (text == u"none") return Affiliation::None;
    if (text == u"member") return Affiliation::Member;
    if (text == u"admin") return Affiliation::Admin;
    if (text == u"owner") return Affiliation::Owner;
    return std::nullopt;
}

Refusal refuse(StanzaError::Type type, StanzaError::Condition condition, const QString &text)
{
    return {type, condition, text};
}

} // namespace

Actor Room::actorFor(const QString &fullJid)
{
    const auto bare = Jid::parse(fullJid).bare();
    if (m_host.isServiceAdmin(bare))
        return serviceAdmin(bare); // a moderator wherever they are, in the room or not
    Actor actor;
    actor.bareJid = bare;
    actor.affiliation = affiliationOf(bare);
    if (const auto *occupant = occupantBySession(fullJid)) {
        actor.nick = occupant->nick;
        actor.role = occupant->role;
    }
    return actor;
}

Actor Room::serviceAdmin(const QString &bareJid) const
{
    Actor actor;
    actor.bareJid = bareJid;
    actor.affiliation = Affiliation::Owner;
    actor.role = Role::Moderator;
    for (const auto &occupant : m_occupants) {
        if (occupant.bareJid == bareJid)
            actor.nick = occupant.nick;
    }
    return actor;
}

std::optional<Refusal> Room::changeRoles(const Actor &actor, const QList<RoleChange> &changes)
{
    // §8: moderators change roles; granting or taking moderator needs an admin (§9.6, §9.7);
    // nobody's role falls below moderator while they are an admin or owner (§8.2, §8.4).
    if (actor.role != Role::Moderator)
        return refuse(StanzaError::Auth, StanzaError::Forbidden, tr("Only moderators may do that."));
    for (const auto &change : changes) {
        const auto *target = const_cast<Room *>(this)->occupantByNick(change.nick);
        if (!target)
            return refuse(StanzaError::Cancel, StanzaError::ItemNotFound, tr("Nobody called %1 is in this room.").arg(change.nick));
        const bool moderatorChange = change.role == Role::Moderator || target->role == Role::Moderator;
        if (moderatorChange && actor.affiliation < Affiliation::Admin)
            return refuse(StanzaError::Cancel, StanzaError::NotAllowed, tr("Only admins and owners may grant or revoke moderation."));
        if (change.role < Role::Moderator && target->affiliation >= Affiliation::Admin)
            return refuse(StanzaError::Cancel, StanzaError::NotAllowed,
                          tr("%1 is an admin or owner of this room; change their affiliation first.").arg(change.nick));
        if (change.role == Role::None && target->affiliation > actor.affiliation)
            return refuse(StanzaError::Cancel, StanzaError::NotAllowed, tr("You may not kick %1.").arg(change.nick));
    }
    for (const auto &change : changes) {
        auto *target = occupantByNick(change.nick);
        if (!target)
            continue; // kicked by an earlier item of the same request
        Broadcast what;
        what.reason = change.reason;
        if (change.role == Role::None) {
            // §8.2: kicked, 307, with actor and reason.
            what.actorNick = actor.nick;
            what.codes << 307;
            removeOccupant(*target, LeaveReason::Kicked, what);
            continue;
        }
        target->role = change.role;
        broadcastPresence(*target, what);
        m_host.roleChanged(*this, infoOf(*target));
    }
    return std::nullopt;
}

std::optional<Refusal> Room::changeAffiliations(const Actor &actor, const QList<AffiliationChange> &changes)
{
    // §9 / §10: admins manage members and outcasts below them; owners manage everyone; a room
    // keeps at least one owner (§10.6).
    if (actor.affiliation < Affiliation::Admin)
        return refuse(StanzaError::Auth, StanzaError::Forbidden, tr("Only admins and owners may change affiliations."));
    auto after = m_affiliations;
    for (const auto &change : changes) {
        if (change.bareJid.isEmpty() || change.bareJid.contains(u'/'))
            return refuse(StanzaError::Modify, StanzaError::BadRequest, tr("Affiliations are given to bare JIDs."));
        const auto current = affiliationOf(change.bareJid);
        if (actor.affiliation < Affiliation::Owner
            && (current >= Affiliation::Admin || change.affiliation >= Affiliation::Admin))
            return refuse(StanzaError::Cancel, StanzaError::NotAllowed, tr("Only owners may change the affiliation of admins and owners."));
        if (change.affiliation == Affiliation::None)
            after.remove(change.bareJid);
        else
            after.insert(change.bareJid, change.affiliation);
    }
    if (!after.values().contains(Affiliation::Owner))
        return refuse(StanzaError::Cancel, StanzaError::Conflict, tr("A room needs at least one owner."));

    for (const auto &change : changes) {
        if (change.affiliation == Affiliation::Outcast)
            m_reservedNicks.remove(change.bareJid); // §9.1: a banned user's nick is free again
        if (change.affiliation == Affiliation::None) {
            m_affiliations.remove(change.bareJid);
            m_affiliationReasons.remove(change.bareJid);
        } else {
            m_affiliations.insert(change.bareJid, change.affiliation);
            if (change.reason.isEmpty())
                m_affiliationReasons.remove(change.bareJid);
            else
                m_affiliationReasons.insert(change.bareJid, change.reason);
        }
        m_host.affiliationSet(*this, change.bareJid, change.affiliation);
        m_host.changed(*this);
        const bool present = std::any_of(m_occupants.cbegin(), m_occupants.cend(),
                                         [&](const Occupant &o) { return o.bareJid == change.bareJid; });
        if (!present) {
            // Status 101: the affiliation changed while the user was not in the room.
            send("<message from='" + m_escapedJid + "' to='" + xml::escaped(change.bareJid)
                 + "'><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='"
                 + affiliationName(change.affiliation).toLatin1() + "' jid='" + xml::escaped(change.bareJid)
                 + "'/><status code='101'/></x></message>");
            continue;
        }
        for (const auto &nick : QStringList(m_joinOrder)) {
            auto *occupant = occupantByNick(nick);
            if (!occupant || occupant->bareJid != change.bareJid)
                continue;
            occupant->affiliation = change.affiliation;
            Broadcast what;
            what.reason = change.reason;
            what.actorNick = actor.nick;
            if (change.affiliation == Affiliation::Outcast) {
                what.codes << 301; // §9.1: banned
                removeOccupant(*occupant, LeaveReason::Banned, what);
            } else if (m_config.membersOnly && change.affiliation < Affiliation::Member) {
                what.codes << 321; // §9.4: removed because no longer a member
                removeOccupant(*occupant, LeaveReason::Kicked, what);
            } else {
                what.actorNick.clear();
                // The role that goes with the new affiliation (§5.2), keeping granted voice.
                const auto role = defaultRole(change.affiliation);
                if (role == Role::Moderator || occupant->role == Role::Moderator)
                    occupant->role = role;
                else
                    occupant->role = std::max(occupant->role, role);
                broadcastPresence(*occupant, what);
                m_host.roleChanged(*this, infoOf(*occupant));
            }
        }
    }
    return std::nullopt;
}

std::optional<Refusal> Room::destroy(const Actor &actor, const QString &reason, const QString &alternateVenue)
{
    if (actor.affiliation != Affiliation::Owner)
        return refuse(StanzaError::Auth, StanzaError::Forbidden, tr("Only owners may destroy this room."));
    // §10.9: every occupant is told, with the reason and where to go instead.
    Broadcast what;
    what.destroyed = true;
    what.reason = reason;
    what.destroyVenue = alternateVenue;
    for (const auto &nick : QStringList(m_joinOrder)) {
        if (auto *occupant = occupantByNick(nick))
            removeOccupant(*occupant, LeaveReason::RoomDestroyed, what);
    }
    m_abandoned = true;
    return std::nullopt;
}

void Room::handleAdmin(const Stanza &stanza, const QDomElement &query)
{
    const auto actor = actorFor(stanza.fromFull);
    const auto first = query.firstChildElement(u"item"_s);
    if (first.isNull()) {
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
        return;
    }
    if (stanza.type == u"get") {
        answerList(stanza, actor, first);
        return;
    }
    QList<RoleChange> roles;
    QList<AffiliationChange> affiliations;
    for (auto item = first; !item.isNull(); item = item.nextSiblingElement(u"item"_s)) {
        const auto reason = item.firstChildElement(u"reason"_s).text();
        if (item.hasAttribute(u"affiliation"_s)) {
            const auto affiliation = parseAffiliation(item.attribute(u"affiliation"_s));
            if (!affiliation || !item.hasAttribute(u"jid"_s)) {
                sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("An affiliation change needs a valid affiliation and a JID."));
                return;
            }
            affiliations.append({Jid::parse(item.attribute(u"jid"_s)).bare(), *affiliation, reason});
        } else if (item.hasAttribute(u"role"_s)) {
            const auto role = parseRole(item.attribute(u"role"_s));
            QString why;
            const auto nick = prepareNickname(item.attribute(u"nick"_s), &why);
            if (!role || !nick) {
                sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("A role change needs a valid role and a nickname."));
                return;
            }
            roles.append({*nick, *role, reason});
        } else {
            sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
            return;
        }
    }
    if (!roles.isEmpty() && !affiliations.isEmpty()) {
        // §5.2: one kind of change per request keeps "all or nothing" meaningful.
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("Change roles and affiliations in separate requests."));
        return;
    }
    const QByteArray result = "<iq from='" + m_escapedJid + "' to='" + xml::escaped(stanza.fromFull)
        + "' type='result' id='" + xml::escaped(stanza.id) + "'/>";
    // §8.2: a kicking moderator hears of success right after the kicked occupant, before the rest.
    if (!roles.isEmpty())
        m_afterSelf = result;
    const auto refusal = roles.isEmpty() ? changeAffiliations(actor, affiliations) : changeRoles(actor, roles);
    if (refusal) {
        m_afterSelf.clear();
        sendError(stanza, refusal->type, refusal->condition, refusal->text);
        return;
    }
    // Already sent if someone was kicked; otherwise now, after the changes went out.
    if (roles.isEmpty() || !m_afterSelf.isEmpty()) {
        m_afterSelf.clear();
        send(result);
    }
}

void Room::answerList(const Stanza &stanza, const Actor &actor, const QDomElement &item)
{
    QByteArray items;
    if (item.hasAttribute(u"affiliation"_s)) {
        // §9.5, §10.5, §10.8: lists of affiliations, for admins and owners.
        const auto wanted = parseAffiliation(item.attribute(u"affiliation"_s));
        if (!wanted || *wanted == Affiliation::None) {
            sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
            return;
        }
        if (actor.affiliation < Affiliation::Admin) {
            sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("Only admins and owners may see this list."));
            return;
        }
        QStringList jids;
        for (auto it = m_affiliations.cbegin(); it != m_affiliations.cend(); ++it) {
            if (it.value() == *wanted)
                jids << it.key();
        }
        jids.sort();
        for (const auto &jid : std::as_const(jids)) {
            items += "<item affiliation='" + affiliationName(*wanted).toLatin1() + "' jid='" + xml::escaped(jid) + '\'';
            if (const auto nick = m_reservedNicks.value(jid); !nick.isEmpty())
                items += " nick='" + xml::escaped(nick) + '\'';
            const auto reason = m_affiliationReasons.value(jid);
            items += reason.isEmpty() ? QByteArray("/>") : "><reason>" + xml::escaped(reason) + "</reason></item>";
        }
    } else {
        // §8.5, §9.8: voice and moderator lists, for moderators.
        const auto wanted = parseRole(item.attribute(u"role"_s));
        if (!wanted || *wanted == Role::None) {
            sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
            return;
        }
        if (actor.role != Role::Moderator) {
            sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("Only moderators may see this list."));
            return;
        }
        for (const auto &nick : std::as_const(m_joinOrder)) {
            const auto &occupant = m_occupants[nick];
            if (occupant.role != *wanted)
                continue;
            items += "<item affiliation='" + affiliationName(occupant.affiliation).toLatin1() + "' jid='"
                + occupant.current().escapedJid + "' nick='" + xml::escaped(nick) + "' role='"
                + roleName(occupant.role).toLatin1() + "'/>";
        }
    }
    send("<iq from='" + m_escapedJid + "' to='" + xml::escaped(stanza.fromFull) + "' type='result' id='"
         + xml::escaped(stanza.id) + "'><query xmlns='http://jabber.org/protocol/muc#admin'>" + items + "</query></iq>");
}

} // namespace qmuc
