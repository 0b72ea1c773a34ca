// IQs between occupants (vCards, versions, caps, …): the room passes a request on from
// room/asker to the target's current session and the answer back, without revealing either
// side's real JID (XEP-0045 §7.5's rule for private traffic, applied to IQs). A vCard request
// goes to the target's bare JID, where the user's server keeps the vCard and answers for the
// account (XEP-0054 §3.2, XEP-0153 §3.2), as Prosody, ejabberd and Openfire route it.
// muc#roomconfig_allowpm does not apply here: it names who may send private *messages*, and
// neither Prosody (restrict_pm hooks private messages only) nor ejabberd (a separate
// allow_query_users option) applies it to IQs; clients fetch avatars and caps this way.
#include "../Nickname.h"
#include "../Room.h"

#include "../../Namespaces.h"
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
        QString targetJid;   // where the request went: a session, or the account (vCards)
        QString targetNick;
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
        const auto payload = stanza.element.firstChildElement();
        const bool vCardGet = stanza.type == u"get" && payload.localName() == u"vCard" && payload.namespaceURI() == ns::vcard;
        const auto to = vCardGet ? target->bareJid : target->current().fullJid;
        m_pending.push_back({token, stanza.fromFull, sender.nick, stanza.id, to, target->nick, QDeadlineTimer(PendingFor)});
        room.send("<iq from='" + room.escapedJid() + '/' + xml::escaped(sender.nick) + "' to='" + xml::escaped(to)
                  + "' type='" + xml::escaped(stanza.type) + "' id='" + token.toLatin1() + "'>"
                  + xml::serializeChildren(stanza.element) + "</iq>");
    }

    void returnResponse(Room &room, const Stanza &stanza)
    {
        // An answer to a request we forwarded: only from the session or account it went to, to
        // the nick that asked; anything else is dropped (a response is never answered, RFC 6120
        // §8.2.3).
        const auto it = std::find_if(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
            return p.token == stanza.id && p.targetJid == stanza.fromFull;
        });
        if (it == m_pending.end())
            return;
        const auto pending = *it;
        m_pending.erase(it);
        const auto *answerer = stanza.from.resource.isEmpty() ? room.occupantByNick(pending.targetNick)
                                                              : room.occupantBySession(stanza.fromFull);
        if (answerer && answerer->bareJid != stanza.from.bare())
            answerer = nullptr; // the nick went to someone else meanwhile
        const auto *asker = room.occupantBySession(pending.askerFullJid);
        if (!answerer || !asker || !sameNickname(asker->nick, stanza.to.resource) || pending.expiry.hasExpired())
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
