// The room's message archive: XEP-0313 (MAM) queries, with XEP-0359 stanza ids as archive ids
// and XEP-0059 paging.
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QMessageAuthenticationCode>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

constexpr int DefaultPageSize = 50;
constexpr int MaxPageSize = 250;

QByteArray stamp(const QDateTime &when)
{
    return QXmppUtils::datetimeToString(when).toLatin1();
}

} // namespace

bool Room::archivable(const QDomElement &message)
{
    // What a reader would want to find again (XEP-0313 §5.1.2): messages with a body, and those
    // the sender asks to keep (XEP-0334), unless the sender asks not to. Subject changes are
    // archived where they are made (Subject.cpp).
    bool keep = !message.firstChildElement(u"body"_s).isNull();
    for (auto hint = message.firstChildElement(); !hint.isNull(); hint = hint.nextSiblingElement()) {
        if (hint.namespaceURI() != ns::hints)
            continue;
        if (hint.localName() == u"store")
            keep = true;
        else if (hint.localName() == u"no-store" || hint.localName() == u"no-permanent-store")
            return false;
    }
    return keep;
}

QByteArray Room::occupantIdElement(const QString &bareJid) const
{
    if (bareJid.isEmpty())
        return {};
    // XEP-0421 §5's suggestion, with SHA-256: keyed by the service's secret, over room and user.
    const auto id = QMessageAuthenticationCode::hash((m_jid + QChar(0) + bareJid).toUtf8(),
                                                     m_host.occupantIdKey(), QCryptographicHash::Sha256);
    return "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='"
        + id.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + "'/>";
}

QByteArray Room::stanzaIdElement(const QString &stanzaId) const
{
    if (stanzaId.isEmpty())
        return {};
    return "<stanza-id xmlns='urn:xmpp:sid:0' id='" + xml::escaped(stanzaId) + "' by='" + m_escapedJid + "'/>";
}

std::optional<Refusal> Room::archiveRefusal(const Stanza &stanza) const
{
    // Whoever could join and read along may read the archive; nobody else.
    const auto bare = stanza.from.bare();
    const auto affiliation = affiliationOf(bare);
    if (affiliation == Affiliation::Outcast)
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("You are banned from this room.")};
    if (m_config.membersOnly && affiliation < Affiliation::Member)
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("Only members may read the archive of this room.")};
    if (m_config.passwordProtected() && affiliation < Affiliation::Member && !m_sessionNick.contains(stanza.fromFull))
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("Join this room to read its archive.")};
    return std::nullopt;
}

void Room::answerArchiveForm(const Stanza &stanza)
{
    // XEP-0313 §5.1.2 (#extended adds the id bounds and ids).
    send(iqHead(m_escapedJid, stanza.fromFull, u"result"_s, stanza.id)
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

void Room::answerArchiveMetadata(const Stanza &stanza)
{
    if (const auto refusal = archiveRefusal(stanza)) {
        sendError(stanza, refusal->type, refusal->condition, refusal->text);
        return;
    }
    QByteArray out = iqHead(m_escapedJid, stanza.fromFull, u"result"_s, stanza.id) + "<metadata xmlns='urn:xmpp:mam:2'>";
    if (const auto bounds = m_host.archive().archiveBounds(m_jid)) {
        out += "<start id='" + xml::escaped(bounds->first.stanzaId) + "' timestamp='" + stamp(bounds->first.stamp) + "'/>";
        out += "<end id='" + xml::escaped(bounds->second.stanzaId) + "' timestamp='" + stamp(bounds->second.stamp) + "'/>";
    }
    out += "</metadata></iq>";
    send(out);
}

void Room::handleArchiveQuery(const Stanza &stanza, const QDomElement &query)
{
    if (const auto refusal = archiveRefusal(stanza)) {
        sendError(stanza, refusal->type, refusal->condition, refusal->text);
        return;
    }
    const auto badRequest = [&](const QString &text) {
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, text);
    };
    ArchiveQuery request;
    request.room = m_jid;

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
                return badRequest(tr("This archive answers queries of the form %1.").arg(ns::mam));
        } else if (var == u"start" || var == u"end") {
            const auto when = QXmppUtils::datetimeFromString(text);
            if (!when.isValid())
                return badRequest(tr("'%1' is not a date and time (XEP-0082), in field %2.").arg(text, var));
            (var == u"start" ? request.start : request.end) = when.toUTC();
        } else if (var == u"with") {
            // In a room's archive, messages are from room@service/nick, compared as prepared.
            const auto with = Jid::parse(text);
            const auto room = prepareRoomName(with.node);
            QString why;
            const auto nick = prepareNickname(with.resource, &why);
            if (!room || *room + u'@' + with.domain.toLower() != m_jid || !nick)
                return badRequest(tr("In this archive, 'with' is an occupant's address: %1/nick.").arg(m_jid));
            request.withNick = *nick;
        } else if (var == u"after-id") {
            request.afterId = text;
        } else if (var == u"before-id") {
            request.beforeId = text;
        } else if (var == u"ids") {
            if (values.size() > MaxPageSize) {
                sendError(stanza, StanzaError::Modify, StanzaError::PolicyViolation,
                          tr("Ask for at most %1 ids at a time.").arg(MaxPageSize));
                return;
            }
            request.ids = values;
        } else {
            sendError(stanza, StanzaError::Cancel, StanzaError::FeatureNotImplemented,
                      tr("This archive does not filter by '%1'.").arg(var));
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
                return badRequest(tr("<max/> is a number of messages."));
        }
        if (!set.firstChildElement(u"index"_s).isNull()) {
            sendError(stanza, StanzaError::Cancel, StanzaError::FeatureNotImplemented,
                      tr("Page with <after/> and <before/>, not by index."));
            return;
        }
        if (const auto after = set.firstChildElement(u"after"_s); !after.isNull())
            request.pageAfter = after.text().trimmed();
        if (const auto before = set.firstChildElement(u"before"_s); !before.isNull())
            request.pageBefore = before.text().trimmed();
    }

    const auto page = m_host.archive().query(request);
    if (!page.unknownId.isEmpty()) {
        sendError(stanza, StanzaError::Cancel, StanzaError::ItemNotFound,
                  tr("There is no message %1 in this archive.").arg(page.unknownId));
        return;
    }

    // Each result, then the IQ result that ends the query (§4.2).
    const auto asker = actorFor(stanza.fromFull);
    const bool withJids = m_config.nonAnonymous() || asker.role == Role::Moderator || asker.affiliation >= Affiliation::Admin;
    const auto queryId = query.attribute(u"queryid"_s);
    const QByteArray head = "<message from='" + m_escapedJid + "' to='" + xml::escaped(stanza.fromFull) + "' id='";
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
            + stamp(m.stamp) + "'/><message xmlns='jabber:client' from='" + m_escapedJid
            + (m.nick.isEmpty() ? QByteArray() : '/' + xml::escaped(m.nick)) + "' type='groupchat'";
        if (!m.messageId.isEmpty())
            out += " id='" + xml::escaped(m.messageId) + '\'';
        out += '>' + m.payload;
        if (withJids && !m.senderJid.isEmpty())
            out += "<x xmlns='http://jabber.org/protocol/muc#user'><item jid='" + xml::escaped(m.senderJid) + "'/></x>";
        if (!m.nick.isEmpty())
            out += occupantIdElement(m.senderJid);
        out += "</message></forwarded></result></message>";
    }
    out += iqHead(m_escapedJid, stanza.fromFull, u"result"_s, stanza.id) + "<fin xmlns='urn:xmpp:mam:2'";
    if (page.complete)
        out += " complete='true'";
    out += "><set xmlns='http://jabber.org/protocol/rsm'>";
    if (!page.messages.isEmpty()) {
        // Oldest and newest of the page, also when it was sent flipped.
        out += "<first index='" + QByteArray::number(page.firstIndex) + "'>" + xml::escaped(page.messages.first().stanzaId) + "</first>";
        out += "<last>" + xml::escaped(page.messages.last().stanzaId) + "</last>";
    }
    out += "<count>" + QByteArray::number(page.count) + "</count></set></fin></iq>";
    send(out);
}

} // namespace qmuc
