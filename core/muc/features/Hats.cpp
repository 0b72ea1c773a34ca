// Hats (XEP-0317): roles of the room's own making ("Teacher", "Host"), which admins and owners put
// on users through the XEP's ad-hoc commands (§2.2, §2.3) or the service's admin slots, and which
// the room shows in that user's presence (§2.1). Only the room writes hats: a client's own are
// dropped. They last as long as the room.
#include "Hats.h"

#include "../Room.h"

#include "../../Namespaces.h"
#include "../../Xml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmppDiscoveryIq.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

const QString StorageKey = u"hats"_s;
const QString DonNode = u"urn:xmpp:hats:commands:don"_s;
const QString DoffNode = u"urn:xmpp:hats:commands:doff"_s;
// Bounds on what admins can make the room keep and send in every presence.
constexpr qsizetype MaxHatsPerUser = 16;
constexpr qsizetype MaxHatText = 256;

using Field = QXmppDataForm::Field;

class Hats final : public RoomFeature
{
public:
    void discover(const Room &, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << ns::hats << ns::commands; // §1
    }
    // §2.1: hats are the room's to give; a client's own <hats/> would let anyone wear any.
    bool isReserved(const QDomElement &child) const override
    {
        return child.localName() == u"hats" && child.namespaceURI() == ns::hats;
    }
    void describe(const Room &, const Occupant &occupant, OccupantInfo &info) const override
    {
        info.hats = m_hats.value(occupant.bareJid);
    }
    QByteArray presenceExtras(const Room &, const Occupant &occupant) const override
    {
        const auto hats = m_hats.value(occupant.bareJid);
        if (hats.isEmpty())
            return {};
        // §2.1 (Example 1).
        QByteArray out = "<hats xmlns='urn:xmpp:hats:0'>";
        for (const auto &hat : hats)
            out += "<hat uri='" + xml::escaped(hat.uri) + "' title='" + xml::escaped(hat.title) + "'/>";
        return out + "</hats>";
    }

    bool handleIq(Room &room, const Stanza &stanza, const QDomElement &payload) override
    {
        if (payload.localName() == u"command" && payload.namespaceURI() == ns::commands) {
            runCommand(room, stanza, payload);
            return true;
        }
        if (stanza.type == u"get" && payload.namespaceURI() == ns::discoItems && payload.attribute(u"node"_s) == ns::commands) {
            listCommands(room, stanza);
            return true;
        }
        return false;
    }

    void save(const Room &, RoomRecord &record) const override
    {
        if (m_hats.isEmpty())
            return;
        QJsonObject users;
        for (auto it = m_hats.cbegin(); it != m_hats.cend(); ++it) {
            QJsonArray hats;
            for (const auto &hat : *it)
                hats.append(QJsonObject{{u"uri"_s, hat.uri}, {u"title"_s, hat.title}});
            users.insert(it.key(), hats);
        }
        record.featureData.insert(StorageKey, QJsonDocument(users).toJson(QJsonDocument::Compact));
    }
    void restore(Room &, const RoomRecord &record) override
    {
        const auto users = QJsonDocument::fromJson(record.featureData.value(StorageKey)).object();
        for (auto it = users.begin(); it != users.end(); ++it) {
            for (const auto &hat : it.value().toArray())
                m_hats[it.key()].append({hat[u"uri"].toString(), hat[u"title"].toString()});
        }
    }

    std::optional<Refusal> change(Room &room, const Actor &actor, const QString &bareJid, const Hat &hat, bool on)
    {
        if (actor.affiliation < Affiliation::Admin)
            return Refusal{StanzaError::Auth, StanzaError::Forbidden, Room::tr("Only admins and owners may give or take hats.")};
        if (Jid::parse(bareJid).bare() != bareJid || bareJid.isEmpty())
            return Refusal{StanzaError::Modify, StanzaError::JidMalformed, Room::tr("A hat goes to a bare JID (user@domain).")};
        if (hat.uri.isEmpty() || (on && hat.title.isEmpty()) || hat.uri.size() > MaxHatText || hat.title.size() > MaxHatText)
            return Refusal{StanzaError::Modify, StanzaError::BadRequest, Room::tr("A hat needs a URI and a title, of at most %1 characters each.").arg(MaxHatText)};
        auto &hats = m_hats[bareJid];
        const auto worn = std::find_if(hats.begin(), hats.end(), [&](const Hat &h) { return h.uri == hat.uri; });
        if (!on) {
            if (worn == hats.end()) {
                if (hats.isEmpty())
                    m_hats.remove(bareJid);
                return Refusal{StanzaError::Cancel, StanzaError::ItemNotFound, Room::tr("That user does not wear that hat.")};
            }
            hats.erase(worn);
            if (hats.isEmpty())
                m_hats.remove(bareJid);
        } else if (worn != hats.end()) {
            worn->title = hat.title; // §2.1: a hat is its URI; a new title renames it
        } else if (hats.size() >= MaxHatsPerUser) {
            return Refusal{StanzaError::Wait, StanzaError::ResourceConstraint, Room::tr("That user wears as many hats as a user may.")};
        } else {
            hats.append(hat);
        }
        room.host().changed(room);
        // §2.1: everyone sees the occupant's hats in its presence.
        const auto order = room.joinOrder();
        for (const auto &nick : order) {
            if (auto *occupant = room.occupantByNick(nick); occupant && occupant->bareJid == bareJid)
                room.redecorate(*occupant);
        }
        return std::nullopt;
    }

private:
    static bool mayCommand(Room &room, const Stanza &stanza)
    {
        return room.actorFor(stanza.fromFull).affiliation >= Affiliation::Admin;
    }

    // XEP-0050 §2.2: the commands, to those who may run them.
    void listCommands(Room &room, const Stanza &stanza) const
    {
        auto answer = room.resultTo<QXmppDiscoveryIq>(stanza);
        answer.setQueryType(QXmppDiscoveryIq::ItemsQuery);
        answer.setQueryNode(ns::commands);
        if (mayCommand(room, stanza)) {
            QList<QXmppDiscoveryIq::Item> items;
            for (const auto &[node, name] : {std::pair{DonNode, Room::tr("Put on a hat")}, std::pair{DoffNode, Room::tr("Take off a hat")}}) {
                QXmppDiscoveryIq::Item item;
                item.setJid(room.jid());
                item.setNode(node);
                item.setName(name);
                items << item;
            }
            answer.setItems(items);
        }
        room.send(answer);
    }

    // §2.2, §2.3: the form, then its submission; a submitted form in the first request runs at
    // once (§2.3's Example 16 does so), as command-line tools send it.
    void runCommand(Room &room, const Stanza &stanza, const QDomElement &command)
    {
        const auto node = command.attribute(u"node"_s);
        if (node != DonNode && node != DoffNode) {
            room.sendError(stanza, StanzaError::Cancel, StanzaError::ItemNotFound, Room::tr("No such command."));
            return;
        }
        if (!mayCommand(room, stanza)) {
            room.sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, Room::tr("Only admins and owners may give or take hats."));
            return;
        }
        const auto session = command.attribute(u"sessionid"_s).isEmpty() ? QXmppUtils::generateStanzaUuid() : command.attribute(u"sessionid"_s);
        const auto head = "<iq type='result' id='" + xml::escaped(stanza.id) + "' from='" + room.escapedJid() + "' to='"
            + xml::escaped(stanza.fromFull) + "'><command xmlns='http://jabber.org/protocol/commands' node='" + xml::escaped(node)
            + "' sessionid='" + xml::escaped(session) + "' status='";
        if (command.attribute(u"action"_s) == u"cancel") {
            room.send(head + "canceled'/></iq>");
            return;
        }
        const auto x = command.firstChildElement(u"x"_s);
        if (x.attribute(u"type"_s) != u"submit") {
            room.send(head + "executing'><actions execute='complete'><complete/></actions>" + xml::serialize(form(node)) + "</command></iq>");
            return;
        }
        QXmppDataForm submitted;
        submitted.parse(x);
        QString jid, uri, title;
        for (const auto &field : submitted.fields()) {
            if (field.key() == u"accountjid")
                jid = field.value().toString();
            else if (field.key() == u"hat")
                uri = field.value().toString();
            else if (field.key() == u"hat_title")
                title = field.value().toString();
        }
        if (const auto refusal = change(room, room.actorFor(stanza.fromFull), Jid::parse(jid).bare(), {uri, title}, node == DonNode)) {
            room.sendError(stanza, *refusal);
            return;
        }
        room.send(head + "completed'/></iq>"); // §2.2 (Example 15)
    }

    // §2.2 (Example 13): who, and which hat; the room has no list of hats, so the URI is typed in,
    // with a title (the XEP's list-single offers titled options).
    static QXmppDataForm form(const QString &node)
    {
        const bool don = node == DonNode;
        QXmppDataForm form(QXmppDataForm::Form);
        form.setTitle(don ? Room::tr("Assigning a Hat") : Room::tr("Removing a Hat"));
        form.setInstructions(don ? Room::tr("Fill out this form to assign a hat.") : Room::tr("Fill out this form to remove a hat."));
        QList<Field> fields{Field(Field::HiddenField, u"FORM_TYPE"_s, ns::hatsCommands),
                            Field(Field::JidSingleField, u"accountjid"_s, QString(), true, Room::tr("User Address")),
                            Field(Field::TextSingleField, u"hat"_s, QString(), true, Room::tr("The hat's URI"))};
        if (don)
            fields << Field(Field::TextSingleField, u"hat_title"_s, QString(), true, Room::tr("The hat's title"));
        form.setFields(fields);
        return form;
    }

    QHash<QString, QList<Hat>> m_hats; // bare JID -> hats, in the order they were put on
};

Hats *hatsOf(Room &room)
{
    for (const auto &feature : room.features()) {
        if (auto *hats = dynamic_cast<Hats *>(feature.get()))
            return hats;
    }
    return nullptr;
}

} // namespace

std::optional<Refusal> putOnHat(Room &room, const Actor &actor, const QString &bareJid, const Hat &hat)
{
    return hatsOf(room)->change(room, actor, bareJid, hat, true);
}

std::optional<Refusal> takeOffHat(Room &room, const Actor &actor, const QString &bareJid, const QString &uri)
{
    return hatsOf(room)->change(room, actor, bareJid, {uri, {}}, false);
}

std::unique_ptr<RoomFeature> makeHats()
{
    return std::make_unique<Hats>();
}

} // namespace qmuc
