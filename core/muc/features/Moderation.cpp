// XEP-0425 message moderation: a moderator retracts an archived message by its stanza id (v0.3,
// urn:xmpp:message-moderate:1; and v0.2's XEP-0422 fastening, :0, for older clients). Occupants
// get the XEP-0424 retraction from the room; the archive and the join history keep a tombstone
// instead of the message. Also: everything one user sent since a time, in one request (the
// admin window's and the ad-hoc command's "retract recent messages").
#include "../Room.h"

#include "../../Namespaces.h"
#include "../../Xml.h"

#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

bool isTombstone(const QByteArray &payload)
{
    return payload.startsWith("<retracted");
}

class Moderation final : public RoomFeature
{
public:
    void discover(const Room &, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << ns::messageModerate << ns::messageModerate0; // XEP-0425 §2, as Prosody's
    }
    bool handleIq(Room &room, const Stanza &stanza, const QDomElement &payload) override
    {
        if (stanza.type != u"set")
            return false;
        QString stanzaId;
        QDomElement moderate;
        if (payload.localName() == u"moderate" && payload.namespaceURI() == ns::messageModerate) {
            // XEP-0425 §4, example 1: <moderate id='stanza-id'><retract/><reason/></moderate>.
            moderate = payload;
            stanzaId = moderate.attribute(u"id"_s);
            if (moderate.firstChildElement(u"retract"_s).namespaceURI() != ns::messageRetract)
                return false;
        } else if (payload.localName() == u"apply-to" && payload.namespaceURI() == ns::fasten) {
            // XEP-0425 v0.2: <apply-to id='stanza-id'><moderate><retract/><reason/></moderate></apply-to>.
            moderate = payload.firstChildElement(u"moderate"_s);
            stanzaId = payload.attribute(u"id"_s);
            if (moderate.namespaceURI() != ns::messageModerate0
                || moderate.firstChildElement(u"retract"_s).namespaceURI() != ns::messageRetract0)
                return false;
        } else {
            return false;
        }
        if (stanzaId.isEmpty()) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, Room::tr("Say which message to retract by its stanza id."));
            return true;
        }
        const auto reason = moderate.firstChildElement(u"reason"_s).text();
        if (const auto refusal = room.retract(room.actorFor(stanza.fromFull), {stanzaId}, reason))
            room.sendError(stanza, *refusal);
        else
            room.sendResult(stanza); // §4, example 3
        return true;
    }
};

// Moderators, and admins and owners whose role in the room would be moderator (§5.1.2).
std::optional<Refusal> refuseModeration(const Actor &actor)
{
    if (actor.role == Role::Moderator || actor.affiliation >= Affiliation::Admin)
        return std::nullopt;
    return Refusal{StanzaError::Auth, StanzaError::Forbidden, Room::tr("Only moderators may do that.")};
}

} // namespace

std::optional<Refusal> Room::retract(const Actor &actor, const QStringList &stanzaIds, const QString &reason)
{
    if (const auto refusal = refuseModeration(actor))
        return refusal;
    // All of them are checked before any goes.
    ArchiveQuery query;
    query.room = m_jid;
    query.ids = stanzaIds;
    query.max = int(stanzaIds.size());
    const auto found = m_host.archive().query(query);
    if (!found.unknownId.isEmpty() || found.messages.isEmpty())
        return Refusal{StanzaError::Cancel, StanzaError::ItemNotFound,
                       tr("There is no message %1 in this archive.").arg(found.unknownId.isEmpty() ? stanzaIds.value(0) : found.unknownId)};

    // XEP-0425 §4 and §6: the moderator as room/nick, with their occupant id (XEP-0421) when in
    // the room; the service acting from outside the room is the room itself.
    const QByteArray by = actor.nick.isEmpty() ? m_escapedJid : xml::escaped(occupantJid(actor.nick));
    const QByteArray moderatorId = actor.nick.isEmpty() ? QByteArray() : senderMarks(actor.bareJid);
    const QByteArray because = reason.isEmpty() ? QByteArray() : "<reason>" + xml::escaped(reason) + "</reason>";
    const QByteArray stamp = QXmppUtils::datetimeToString(QDateTime::currentDateTimeUtc()).toLatin1();
    // §6, example 4 (tombstone in a MAM result), then v0.2's form of it.
    const QByteArray tombstone = "<retracted xmlns='urn:xmpp:message-retract:1' stamp='" + stamp
        + "'><moderated xmlns='urn:xmpp:message-moderate:1' by='" + by + "'>" + moderatorId + "</moderated>" + because
        + "</retracted><moderated xmlns='urn:xmpp:message-moderate:0' by='" + by
        + "'><retracted xmlns='urn:xmpp:message-retract:0' stamp='" + stamp + "'/>" + because + "</moderated>";

    for (const auto &message : found.messages) {
        if (isTombstone(message.payload))
            continue; // already retracted
        m_host.archive().replacePayload(m_jid, message.stanzaId, tombstone);
        for (const auto &f : m_features)
            f->retracted(*this, message.stanzaId, tombstone);
        // §4, example 2: the retraction from the room to every occupant, then v0.2's form for
        // older clients; archived too (a store hint), so that clients catching up see it.
        const auto id = xml::escaped(message.stanzaId);
        OutgoingMessage announcement;
        announcement.id = QXmppUtils::generateStanzaUuid();
        announcement.payload = "<retract xmlns='urn:xmpp:message-retract:1' id='" + id
            + "'><moderated xmlns='urn:xmpp:message-moderate:1' by='" + by + "'>" + moderatorId + "</moderated>" + because
            + "</retract><apply-to xmlns='urn:xmpp:fasten:0' id='" + id + "'><moderated xmlns='urn:xmpp:message-moderate:0' by='"
            + by + "'><retract xmlns='urn:xmpp:message-retract:0'/>" + because
            + "</moderated></apply-to><store xmlns='urn:xmpp:hints'/>";
        announcement.archivable = true;
        relay(announcement);
    }
    return std::nullopt;
}

std::optional<Refusal> Room::retractSince(const Actor &actor, const QString &nick, const QDateTime &since,
                                          const QString &reason, int *retracted)
{
    if (retracted)
        *retracted = 0;
    if (const auto refusal = refuseModeration(actor))
        return refusal;
    // The user behind the nick, so that a nick change hides nothing they sent.
    const auto *occupant = occupantByNick(nick);
    const auto author = occupant ? occupant->bareJid : nickHolder(nick);
    if (author.isEmpty())
        return Refusal{StanzaError::Cancel, StanzaError::ItemNotFound, tr("Nobody called %1 is in this room.").arg(nick)};
    ArchiveQuery query;
    query.room = m_jid;
    query.start = since;
    query.senderJid = author;
    query.max = 250;
    QStringList ids;
    for (;;) {
        const auto page = m_host.archive().query(query);
        for (const auto &m : page.messages) {
            if (!isTombstone(m.payload))
                ids << m.stanzaId;
        }
        if (page.complete || page.messages.isEmpty())
            break;
        query.pageAfter = page.messages.last().stanzaId;
    }
    for (qsizetype done = 0; done < ids.size(); done += query.max) {
        if (const auto refusal = retract(actor, ids.mid(done, query.max), reason))
            return refusal;
        if (retracted)
            *retracted = int(qMin(done + query.max, ids.size()));
    }
    return std::nullopt;
}

std::unique_ptr<RoomFeature> makeModeration()
{
    return std::make_unique<Moderation>();
}

} // namespace qmuc
