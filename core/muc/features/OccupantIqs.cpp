// IQs between occupants (vCards, versions, caps, …): the room passes a request on from
// room/asker to the target's current session and the answer back, without revealing either
// side's real JID (XEP-0045 §7.5's rule for private traffic, applied to IQs).
// muc#roomconfig_allowpm does not apply here: it names who may send private *messages*, and
// neither Prosody (restrict_pm hooks private messages only) nor ejabberd (a separate
// allow_query_users option) applies it to IQs; clients fetch avatars and caps this way.
#include "../Room.h"

#include "../../Xml.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>

#include <deque>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// How many forwarded requests a room remembers, and for how long: an answer after that is
// dropped, as the asker's client has long given up.
constexpr std::size_t MaxPending = 256;
constexpr auto PendingFor = std::chrono::minutes(2);

class OccupantIqs final : public RoomFeature
{
public:
    bool handleOccupantIq(Room &room, const Stanza &stanza, const Occupant *sender) override
    {
        if (stanza.type == u"get" || stanza.type == u"set")
            forward(room, stanza, *sender);
        else
            returnResponse(room, stanza);
        return true;
    }

private:
    struct Pending {
        QString token;       // the id the target sees: random, never data
        QString askerFullJid;
        QString askerNick;
        QString originalId;
        QString targetFullJid;
        QDeadlineTimer expiry;
    };

    void forward(Room &room, const Stanza &stanza, const Occupant &sender)
    {
        const auto *target = room.addressee(stanza);
        if (!target) {
            room.sendError(stanza, StanzaError::Cancel, StanzaError::ItemNotFound, Room::tr("Nobody with that nickname is in this room."));
            return;
        }
        while (!m_pending.empty() && (m_pending.size() >= MaxPending || m_pending.front().expiry.hasExpired()))
            m_pending.pop_front();
        std::array<quint32, 4> random;
        QRandomGenerator::system()->fillRange(random.data(), random.size());
        const auto token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random))
                                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        m_pending.push_back({token, stanza.fromFull, sender.nick, stanza.id, target->current().fullJid, QDeadlineTimer(PendingFor)});
        room.send("<iq from='" + room.escapedJid() + '/' + xml::escaped(sender.nick) + "' to='"
                  + xml::escaped(target->current().fullJid) + "' type='" + xml::escaped(stanza.type) + "' id='"
                  + token.toLatin1() + "'>" + xml::serializeChildren(stanza.element) + "</iq>");
    }

    void returnResponse(Room &room, const Stanza &stanza)
    {
        // An answer to a request we forwarded: only from the session it went to, to the nick
        // that asked; anything else is dropped (a response is never answered, RFC 6120 §8.2.3).
        const auto it = std::find_if(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
            return p.token == stanza.id && p.targetFullJid == stanza.fromFull;
        });
        if (it == m_pending.end())
            return;
        const auto pending = *it;
        m_pending.erase(it);
        const auto *answerer = room.occupantBySession(stanza.fromFull);
        const auto *asker = room.occupantBySession(pending.askerFullJid);
        if (!answerer || !asker || asker->nick != stanza.to.resource || pending.expiry.hasExpired())
            return; // the asker left or changed nick meanwhile
        room.send("<iq from='" + room.escapedJid() + '/' + xml::escaped(answerer->nick) + "' to='"
                  + xml::escaped(pending.askerFullJid) + "' type='" + xml::escaped(stanza.type) + "' id='"
                  + xml::escaped(pending.originalId) + "'>" + xml::serializeChildren(stanza.element) + "</iq>");
    }

    std::deque<Pending> m_pending; // oldest first
};

} // namespace

std::unique_ptr<RoomFeature> makeOccupantIqs()
{
    return std::make_unique<OccupantIqs>();
}

} // namespace qmuc
