// The room's message archive: XEP-0313 (MAM) queries, XEP-0359 stanza ids as archive ids, and
// XEP-0059 paging. Owners switch it with muc#roomconfig_enablearchiving (Prosody's, which
// Conversations sets; muc#roomconfig_enablelogging is accepted too). New rooms archive unless the
// service's settings say otherwise (rooms/logging).
#include "../Room.h"

#include "../Nickname.h"

#include "../../Namespaces.h"
#include "../../Xml.h"

#include <QXmppIq.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

constexpr int DefaultPageSize = 50;
constexpr int MaxPageSize = 250;

QByteArray timestamp(const QDateTime &when)
{
    return QXmppUtils::datetimeToString(when).toLatin1();
}

class Archive final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        auto f = ConfigField::boolean(u"muc#roomconfig_enablearchiving"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Keep a public archive of messages"),
                                      u"enablelogging"_s, &RoomConfig::logging);
        f.aliases = QStringList{u"muc#roomconfig_enablelogging"_s};
        return {f};
    }
    void discover(const Room &room, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        if (room.config().logging)
            features << ns::mam << ns::mamExtended << ns::stanzaId; // XEP-0313 §6.1, XEP-0359 §5
    }
    void describe(const Room &room, RoomInfo &info) const override { info.logging = room.config().logging; }
    void selfPresenceCodes(const Room &room, QList<int> &codes) const override
    {
        if (room.config().logging)
            codes << 170; // XEP-0045 §7.2.12
    }
    void configured(Room &room, const RoomConfig &before, QList<int> &codes) override
    {
        if (before.logging != room.config().logging)
            codes << (room.config().logging ? 170 : 171); // §10.2.1
    }
    // XEP-0359 §3: stanza ids the room stamps are the room's to give.
    bool isReserved(const QDomElement &child) const override
    {
        return child.localName() == u"stanza-id" && child.namespaceURI() == ns::stanzaId;
    }
    void stamp(Room &room, OutgoingMessage &message) override
    {
        // An archived message carries the id it has in the archive, the room's own.
        if (message.stanzaId.isEmpty() && message.archivable && room.config().logging)
            message.stanzaId = newStanzaId();
        if (!message.stanzaId.isEmpty())
            message.stamps += "<stanza-id xmlns='urn:xmpp:sid:0' id='" + xml::escaped(message.stanzaId) + "' by='" + room.escapedJid() + "'/>";
    }
    void relayed(Room &room, const OutgoingMessage &m) override
    {
        if (!m.stanzaId.isEmpty())
            room.host().archive().archive({m.stanzaId, room.jid(), QDateTime::currentDateTimeUtc(), m.nick, m.senderJid, m.id, m.payload,
                                           room.config().nonAnonymous()});
    }
    bool handleIq(Room &room, const Stanza &stanza, const QDomElement &query) override
    {
        if (query.namespaceURI() != ns::mam)
            return false;
        if (query.localName() == u"query" && stanza.type == u"set")
            answerQuery(room, stanza, query);
        else if (query.localName() == u"query")
            answerForm(room, stanza);
        else if (query.localName() == u"metadata" && stanza.type == u"get")
            answerMetadata(room, stanza);
        else
            return false;
        return true;
    }

private:
    static QByteArray resultHead(const Room &room, const Stanza &stanza)
    {
        return "<iq from='" + room.escapedJid() + "' to='" + xml::escaped(stanza.fromFull) + "' type='result' id='"
            + xml::escaped(stanza.id) + "'>";
    }

    static std::optional<Refusal> refusal(const Room &room, const Stanza &stanza)
    {
        // Whoever could join and read along may read the archive; nobody else.
        const auto affiliation = room.affiliationOf(stanza.from.bare());
        if (affiliation == Affiliation::Outcast)
            return Refusal{StanzaError::Auth, StanzaError::Forbidden, Room::tr("You are banned from this room.")};
        if (room.config().membersOnly && affiliation < Affiliation::Member)
            return Refusal{StanzaError::Auth, StanzaError::Forbidden, Room::tr("Only members may read the archive of this room.")};
        if (room.config().passwordProtected() && affiliation < Affiliation::Member && !room.occupantBySession(stanza.fromFull))
            return Refusal{StanzaError::Auth, StanzaError::Forbidden, Room::tr("Join this room to read its archive.")};
        return std::nullopt;
    }

    static void answerForm(Room &room, const Stanza &stanza)
    {
        // XEP-0313 §5.1.2 (#extended adds the id bounds and ids).
        room.send(resultHead(room, stanza)
                  + "<query xmlns='urn:xmpp:mam:2'><x xmlns='jabber:x:data' type='form'>"
                    "<field type='hidden' var='FORM_TYPE'><value>urn:xmpp:mam:2</value></field>"
                    "<field type='jid-single' var='with'/>"
                    "<field type='text-single' var='start'/>"
                    "<field type='text-single' var='end'/>"
                    "<field type='text-single' var='before-id'/>"
                    "<field type='text-single' var='after-id'/>"
                    "<field type='list-multi' var='ids'><validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:string'><open/></validate></field>"
                    "</x></query></iq>");
    }

    static void answerMetadata(Room &room, const Stanza &stanza)
    {
        if (const auto why = refusal(room, stanza)) {
            room.sendError(stanza, *why);
            return;
        }
        QByteArray out = resultHead(room, stanza) + "<metadata xmlns='urn:xmpp:mam:2'>";
        if (const auto bounds = room.host().archive().archiveBounds(room.jid())) {
            out += "<start id='" + xml::escaped(bounds->first.stanzaId) + "' timestamp='" + timestamp(bounds->first.stamp) + "'/>";
            out += "<end id='" + xml::escaped(bounds->second.stanzaId) + "' timestamp='" + timestamp(bounds->second.stamp) + "'/>";
        }
        out += "</metadata></iq>";
        room.send(out);
    }

    static void answerQuery(Room &room, const Stanza &stanza, const QDomElement &query);
};

void Archive::answerQuery(Room &room, const Stanza &stanza, const QDomElement &query)
{
    if (const auto why = refusal(room, stanza)) {
        room.sendError(stanza, *why);
        return;
    }
    const auto badRequest = [&](const QString &text) {
        room.sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, text);
    };
    ArchiveQuery request;
    request.room = room.jid();

    // The filters (§4.1), from the data form, read as sent: a submitted form need not say
    // which fields hold several values.
    const auto form = query.firstChildElement(u"x"_s);
    for (auto field = form.firstChildElement(u"field"_s); !field.isNull(); field = field.nextSiblingElement(u"field"_s)) {
        const auto var = field.attribute(u"var"_s);
        QStringList values;
        for (auto v = field.firstChildElement(u"value"_s); !v.isNull(); v = v.nextSiblingElement(u"value"_s))
            values << v.text().trimmed();
        const auto text = values.value(0);
        if (var == u"FORM_TYPE") {
            if (text != ns::mam)
                return badRequest(Room::tr("This archive answers queries of the form %1.").arg(ns::mam));
        } else if (var == u"start" || var == u"end") {
            const auto when = QXmppUtils::datetimeFromString(text);
            if (!when.isValid())
                return badRequest(Room::tr("'%1' is not a date and time (XEP-0082), in field %2.").arg(text, var));
            (var == u"start" ? request.start : request.end) = when.toUTC();
        } else if (var == u"with") {
            // In a room's archive, messages are from room@service/nick, compared as prepared.
            const auto with = Jid::parse(text);
            const auto name = prepareRoomName(with.node);
            QString why;
            const auto nick = prepareNickname(with.resource, &why);
            if (!name || *name + u'@' + with.domain.toLower() != room.jid() || !nick)
                return badRequest(Room::tr("In this archive, 'with' is an occupant's address: %1/nick.").arg(room.jid()));
            request.withNick = *nick;
        } else if (var == u"after-id") {
            request.afterId = text;
        } else if (var == u"before-id") {
            request.beforeId = text;
        } else if (var == u"ids") {
            if (values.size() > MaxPageSize) {
                room.sendError(stanza, StanzaError::Modify, StanzaError::PolicyViolation,
                          Room::tr("Ask for at most %1 ids at a time.").arg(MaxPageSize));
                return;
            }
            request.ids = values;
        } else {
            room.sendError(stanza, StanzaError::Cancel, StanzaError::FeatureNotImplemented,
                      Room::tr("This archive does not filter by '%1'.").arg(var));
            return;
        }
    }

    // The page (XEP-0059).
    const auto set = query.firstChildElement(u"set"_s);
    request.max = DefaultPageSize;
    if (!set.isNull() && set.namespaceURI() == ns::rsm) {
        const auto max = set.firstChildElement(u"max"_s);
        if (!max.isNull()) {
            bool ok = false;
            request.max = qMin(max.text().trimmed().toInt(&ok), MaxPageSize);
            if (!ok || request.max < 0)
                return badRequest(Room::tr("<max/> is a number of messages."));
        }
        if (!set.firstChildElement(u"index"_s).isNull()) {
            room.sendError(stanza, StanzaError::Cancel, StanzaError::FeatureNotImplemented,
                      Room::tr("Page with <after/> and <before/>, not by index."));
            return;
        }
        if (const auto after = set.firstChildElement(u"after"_s); !after.isNull())
            request.pageAfter = after.text().trimmed();
        if (const auto before = set.firstChildElement(u"before"_s); !before.isNull())
            request.pageBefore = before.text().trimmed();
    }

    const auto page = room.host().archive().query(request);
    if (!page.unknownId.isEmpty()) {
        room.sendError(stanza, StanzaError::Cancel, StanzaError::ItemNotFound,
                  Room::tr("There is no message %1 in this archive.").arg(page.unknownId));
        return;
    }

    // Each result, then the IQ result that ends the query (§4.2).
    const auto asker = room.actorFor(stanza.fromFull);
    // XEP-0045 §4.2: moderators see real JIDs in any room; everyone else only in a non-anonymous
    // room, and only of messages sent while it was one (a JID given in confidence stays hidden).
    const bool privileged = asker.role == Role::Moderator || asker.affiliation >= Affiliation::Admin;
    const auto showsJid = [&](const ArchivedMessage &m) {
        return !m.senderJid.isEmpty() && (privileged || (room.config().nonAnonymous() && m.realJidPublic));
    };
    const auto queryId = query.attribute(u"queryid"_s);
    const QByteArray head = "<message from='" + room.escapedJid() + "' to='" + xml::escaped(stanza.fromFull) + "' id='";
    QByteArray resultAttributes = "<result xmlns='urn:xmpp:mam:2'";
    if (!queryId.isEmpty())
        resultAttributes += " queryid='" + xml::escaped(queryId) + '\'';
    auto messages = page.messages;
    if (!query.firstChildElement(u"flip-page"_s).isNull())
        std::reverse(messages.begin(), messages.end()); // §4.1.4
    QByteArray out;
    for (const auto &m : std::as_const(messages)) {
        out += head + QXmppUtils::generateStanzaUuid().toLatin1() + "'>" + resultAttributes + " id='"
            + xml::escaped(m.stanzaId) + "'><forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='"
            + timestamp(m.stamp) + "'/><message xmlns='jabber:client' from='" + room.escapedJid()
            + (m.nick.isEmpty() ? QByteArray() : '/' + xml::escaped(m.nick)) + "' type='groupchat'";
        if (!m.messageId.isEmpty())
            out += " id='" + xml::escaped(m.messageId) + '\'';
        out += '>' + m.payload;
        if (showsJid(m))
            out += "<x xmlns='http://jabber.org/protocol/muc#user'><item jid='" + xml::escaped(m.senderJid) + "'/></x>";
        if (!m.nick.isEmpty())
            out += room.senderMarks(m.senderJid);
        out += "</message></forwarded></result></message>";
    }
    out += resultHead(room, stanza) + "<fin xmlns='urn:xmpp:mam:2'";
    if (page.complete)
        out += " complete='true'";
    out += "><set xmlns='http://jabber.org/protocol/rsm'>";
    if (!page.messages.isEmpty()) {
        // Oldest and newest of the page, also when it was sent flipped.
        out += "<first index='" + QByteArray::number(page.firstIndex) + "'>" + xml::escaped(page.messages.first().stanzaId) + "</first>";
        out += "<last>" + xml::escaped(page.messages.last().stanzaId) + "</last>";
    }
    out += "<count>" + QByteArray::number(page.count) + "</count></set></fin></iq>";
    room.send(out);
}

} // namespace

std::unique_ptr<RoomFeature> makeArchive()
{
    return std::make_unique<Archive>();
}

} // namespace qmuc
