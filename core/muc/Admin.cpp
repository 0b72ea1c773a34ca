// Moderation: roles (XEP-0045 §8), affiliations (§9, §10.3-10.8), destroying a room (§10.9).
// A client's muc#admin request, the service's admin slots and commands, and the room's own
// features (registration, invitations) all run the same checks and changes.
#include "Room.h"

#include "Nickname.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppMucIq.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

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

Actor Room::roomActor() const
{
    return {m_jid, {}, Affiliation::Owner, Role::Moderator};
}

std::optional<Refusal> Room::changeRoles(const Actor &actor, const QList<RoleChange> &changes)
{
    // §8: moderators change roles; granting or taking moderator needs an admin (§9.6, §9.7);
    // nobody's role falls below moderator while they are an admin or owner (§8.2, §8.4).
    if (actor.role != Role::Moderator)
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("Only moderators may do that.")};
    for (const auto &change : changes) {
        const auto *target = occupantByNick(change.nick);
        if (!target)
            return Refusal{StanzaError::Cancel, StanzaError::ItemNotFound, tr("Nobody called %1 is in this room.").arg(change.nick)};
        const bool moderatorChange = change.role == Role::Moderator || target->role == Role::Moderator;
        if (moderatorChange && actor.affiliation < Affiliation::Admin)
            return Refusal{StanzaError::Cancel, StanzaError::NotAllowed, tr("Only admins and owners may grant or revoke moderation.")};
        if (change.role < Role::Moderator && target->affiliation >= Affiliation::Admin)
            return Refusal{StanzaError::Cancel, StanzaError::NotAllowed,
                           tr("%1 is an admin or owner of this room; change their affiliation first.").arg(change.nick)};
        // §8.4: a moderator MUST NOT be able to revoke voice from a user whose affiliation is at
        // or above the moderator's.
        if (change.role == Role::Visitor && target->role != Role::Visitor && target->affiliation >= actor.affiliation)
            return Refusal{StanzaError::Cancel, StanzaError::NotAllowed, tr("You may not revoke voice from %1.").arg(target->nick)};
        if (change.role == Role::None && target->affiliation > actor.affiliation)
            return Refusal{StanzaError::Cancel, StanzaError::NotAllowed, tr("You may not kick %1.").arg(change.nick)};
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
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("Only admins and owners may change affiliations.")};
    QHash<QString, Affiliation> after;
    for (auto it = m_affiliates.cbegin(); it != m_affiliates.cend(); ++it)
        after.insert(it.key(), it->affiliation);
    QList<AffiliationChange> prepared;
    for (auto change : changes) {
        // RFC 7622: whatever an admin typed, the JID the user's server will send (a ban on
        // Mallory@Evil.example keeps mallory@evil.example out).
        const auto jid = prepareJid(change.bareJid);
        if (!jid)
            return Refusal{StanzaError::Modify, StanzaError::JidMalformed, tr("'%1' is not a valid JID.").arg(change.bareJid)};
        if (!jid->resource.isEmpty())
            return Refusal{StanzaError::Modify, StanzaError::BadRequest, tr("Affiliations are given to bare JIDs.")};
        change.bareJid = jid->bare();
        prepared << change;
    }
    for (const auto &change : std::as_const(prepared)) {
        const auto current = affiliationOf(change.bareJid);
        if (actor.affiliation < Affiliation::Owner
            && (current >= Affiliation::Admin || change.affiliation >= Affiliation::Admin))
            return Refusal{StanzaError::Cancel, StanzaError::NotAllowed, tr("Only owners may change the affiliation of admins and owners.")};
        after.insert(change.bareJid, change.affiliation);
    }
    if (!after.values().contains(Affiliation::Owner))
        return Refusal{StanzaError::Cancel, StanzaError::Conflict, tr("A room needs at least one owner.")};
    for (const auto &change : std::as_const(prepared))
        applyAffiliation(actor, change);
    return std::nullopt;
}

void Room::applyAffiliation(const Actor &actor, const AffiliationChange &change)
{
    const auto before = m_affiliates.value(change.bareJid).affiliation;
    auto &entry = m_affiliates[change.bareJid];
    entry.affiliation = change.affiliation;
    entry.reason = change.affiliation == Affiliation::None ? QString() : change.reason;
    if (change.affiliation == Affiliation::Outcast)
        entry.nick.clear(); // §9.1: a banned user's nick is free again
    if (entry.affiliation == Affiliation::None && entry.nick.isEmpty())
        m_affiliates.remove(change.bareJid);
    m_host.affiliationSet(*this, change.bareJid, change.affiliation);
    m_host.changed(*this);
    // Whom the change is about: the user's occupants, or for a domain (a domain ban) the
    // occupants of that domain whose affiliation it changes.
    const bool domain = !change.bareJid.contains(u'@');
    QStringList affected;
    for (const auto &key : std::as_const(m_joinOrder)) {
        auto *occupant = occupantByNick(key);
        const bool ofDomain = domain && occupant->bareJid.endsWith(u'@' + change.bareJid);
        if (occupant->bareJid != change.bareJid && !(ofDomain && affiliationOf(occupant->bareJid) != occupant->affiliation))
            continue;
        occupant->affiliation = affiliationOf(occupant->bareJid);
        affected << key;
    }
    const bool present = !affected.isEmpty();
    // Features act first (members-only removes those who are no longer members).
    for (const auto &f : m_features)
        f->affiliationChanged(*this, actor, change, before);
    if (!present && !domain) {
        // Status 101: the affiliation changed while the user was not in the room.
        const QByteArray item = "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='"
            + affiliationName(change.affiliation).toLatin1() + "' jid='" + xml::escaped(change.bareJid) + "'/>";
        QByteArray out = "<message from='" + m_escapedJid + "' to='" + xml::escaped(change.bareJid) + "'>" + item
            + "<status code='101'/></x></message>";
        // In a members-only room the occupants who may see real JIDs learn it too, as they keep
        // the member list (e.g. for end-to-end encryption to all members), as Prosody does.
        if (m_config.membersOnly) {
            for (const auto &key : std::as_const(m_joinOrder)) {
                const auto &viewer = m_occupants[key];
                if (!seesRealJids(viewer))
                    continue;
                for (const auto &session : viewer.sessions)
                    out += "<message from='" + m_escapedJid + "' to='" + session.escapedJid + "'>" + item + "</x></message>";
            }
        }
        send(out);
        return;
    }
    for (const auto &key : std::as_const(affected)) {
        auto *occupant = occupantByNick(key);
        if (!occupant)
            continue; // gone through a feature (members-only)
        Broadcast what;
        what.reason = change.reason;
        what.actorNick = actor.nick;
        if (occupant->affiliation == Affiliation::Outcast) {
            what.codes << 301; // §9.1: banned
            removeOccupant(*occupant, LeaveReason::Banned, what);
        } else {
            what.actorNick.clear();
            // The role that goes with the new affiliation (§5.2), keeping granted voice.
            const auto role = defaultRole(occupant->affiliation);
            if (role == Role::Moderator || occupant->role == Role::Moderator)
                occupant->role = role;
            else
                occupant->role = std::max(occupant->role, role);
            broadcastPresence(*occupant, what);
            m_host.roleChanged(*this, infoOf(*occupant));
        }
    }
}

std::optional<Refusal> Room::destroy(const Actor &actor, const QString &reason, const QString &alternateVenue)
{
    if (actor.affiliation != Affiliation::Owner)
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("Only owners may destroy this room.")};
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
            const auto affiliation = affiliationFromName(item.attribute(u"affiliation"_s));
            if (!affiliation || !item.hasAttribute(u"jid"_s)) {
                sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("An affiliation change needs a valid affiliation and a JID."));
                return;
            }
            affiliations.append({Jid::parse(item.attribute(u"jid"_s)).bare(), *affiliation, reason});
        } else if (item.hasAttribute(u"role"_s)) {
            const auto role = roleFromName(item.attribute(u"role"_s));
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
    const auto result = resultTo(stanza);
    // §8.2: a kicking moderator hears of success right after the kicked occupant, before the rest.
    if (!roles.isEmpty())
        m_afterSelf = xml::serialize(result);
    const auto refusal = roles.isEmpty() ? changeAffiliations(actor, affiliations) : changeRoles(actor, roles);
    if (refusal) {
        m_afterSelf.clear();
        sendError(stanza, *refusal);
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
    QList<QXmppMucItem> items;
    if (item.hasAttribute(u"affiliation"_s)) {
        // §9.5, §10.5, §10.8: lists of affiliations, for admins and owners.
        const auto wanted = affiliationFromName(item.attribute(u"affiliation"_s));
        if (!wanted || *wanted == Affiliation::None) {
            sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
            return;
        }
        if (actor.affiliation < Affiliation::Admin) {
            sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("Only admins and owners may see this list."));
            return;
        }
        QStringList jids;
        for (auto it = m_affiliates.cbegin(); it != m_affiliates.cend(); ++it) {
            if (it->affiliation == *wanted)
                jids << it.key();
        }
        jids.sort();
        for (const auto &jid : std::as_const(jids)) {
            const auto &affiliate = m_affiliates[jid];
            QXmppMucItem entry;
            entry.setAffiliation(toQXmpp(*wanted));
            entry.setJid(jid);
            entry.setNick(affiliate.nick);
            entry.setReason(affiliate.reason);
            items << entry;
        }
    } else {
        // §8.5, §9.8: voice and moderator lists, for moderators.
        const auto wanted = roleFromName(item.attribute(u"role"_s));
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
            QXmppMucItem entry;
            entry.setAffiliation(toQXmpp(occupant.affiliation));
            entry.setJid(occupant.current().fullJid);
            entry.setNick(occupant.nick);
            entry.setRole(toQXmpp(occupant.role));
            items << entry;
        }
    }
    auto reply = resultTo<QXmppMucAdminIq>(stanza);
    reply.setItems(items);
    send(reply);
}

} // namespace qmuc
