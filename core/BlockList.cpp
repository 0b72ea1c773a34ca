#include "BlockList.h"

#include "Logging.h"
#include "Namespaces.h"
#include "Xml.h"
#include "muc/Jid.h"

#include <QCryptographicHash>
#include <QDomElement>
#include <QRegularExpression>
#include <QXmppPubSubBaseItem.h>
#include <QXmppPubSubEvent.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

void BlockList::configure(const QString &service, const QString &node, qsizetype maxEntries)
{
    m_service = service;
    m_node = node;
    m_maxEntries = maxEntries;
    m_hashes.clear();
}

QString BlockList::hash(const QString &jidOrDomain)
{
    // As mod_muc_rtbl hashes them: the prepared bare JID (or domain) as UTF-8, in lower-case hex.
    return QString::fromLatin1(QCryptographicHash::hash(jidOrDomain.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool BlockList::lists(const QString &bareJid) const
{
    if (m_hashes.isEmpty())
        return false;
    // mod_muc_rtbl lists whole domains the same way as users.
    const auto jid = Jid::parse(bareJid);
    return m_hashes.contains(hash(bareJid)) || (!jid.domain.isEmpty() && m_hashes.contains(hash(jid.domain)));
}

QByteArray BlockList::requests(const QString &from)
{
    if (!isEnabled())
        return {};
    m_refused = false;
    m_subscribeId = QXmppUtils::generateStanzaUuid();
    m_itemsId = QXmppUtils::generateStanzaUuid();
    const auto to = xml::escaped(m_service);
    const auto node = xml::escaped(m_node);
    const auto self = xml::escaped(from);
    const auto pubsub = xml::escaped(ns::pubsub);
    // XEP-0060 §6.1.1: the subscriber is the component's domain, where notifications come to.
    QByteArray out = "<iq type='set' from='" + self + "' to='" + to + "' id='" + xml::escaped(m_subscribeId) + "'><pubsub xmlns='"
        + pubsub + "'><subscribe node='" + node + "' jid='" + self + "'/></pubsub></iq>";
    // §6.5.2: all items. Those published between this and the subscription come as notifications too.
    out += "<iq type='get' from='" + self + "' to='" + to + "' id='" + xml::escaped(m_itemsId) + "'><pubsub xmlns='" + pubsub
        + "'><items node='" + node + "'/></pubsub></iq>";
    return out;
}

bool BlockList::handle(const QDomElement &stanza)
{
    if (!isEnabled() || Jid::parse(stanza.attribute(u"from"_s)).bare() != m_service)
        return false;
    const auto type = stanza.attribute(u"type"_s);
    const auto id = stanza.attribute(u"id"_s);
    if (stanza.tagName() == u"iq") {
        if (type != u"result" && type != u"error")
            return false; // a request from the service: answered as any other
        if (id.isEmpty() || (id != m_subscribeId && id != m_itemsId))
            return true;
        if (type == u"error") {
            m_refused = true;
            const auto condition = stanza.firstChildElement(u"error"_s).firstChildElement().tagName();
            qCWarning(lcMuc).noquote() << "block list" << m_service + u'/' + m_node << (id == m_subscribeId ? "refused the subscription:" : "refused to list its items:")
                                       << condition << "- check the [blocklist] settings and the node's access model";
        } else if (id == m_subscribeId) {
            qCInfo(lcMuc).noquote() << "subscribed to the block list" << m_service + u'/' + m_node;
        } else {
            handleItemsResult(stanza);
        }
        return true;
    }
    if (stanza.tagName() == u"message") {
        if (type != u"error")
            handleEvent(stanza);
        return true;
    }
    return false;
}

void BlockList::handleItemsResult(const QDomElement &iq)
{
    const auto items = iq.firstChildElement(u"pubsub"_s).firstChildElement(u"items"_s);
    if (items.attribute(u"node"_s) != m_node) {
        qCWarning(lcMuc).noquote() << "block list" << m_service << "answered with no items of node" << m_node;
        return;
    }
    // The whole list: what was removed while we were away goes too.
    m_hashes.clear();
    m_warnedFull = false;
    for (auto item = items.firstChildElement(u"item"_s); !item.isNull(); item = item.nextSiblingElement(u"item"_s))
        add(item.attribute(u"id"_s));
    qCInfo(lcMuc).noquote() << "block list" << m_service + u'/' + m_node << "holds" << m_hashes.size() << "entries";
}

void BlockList::handleEvent(const QDomElement &message)
{
    if (!QXmppPubSubEvent<>::isPubSubEvent(message))
        return;
    QXmppPubSubEvent<> event;
    event.parse(message);
    if (event.node() != m_node)
        return;
    switch (event.eventType()) {
    case QXmppPubSubEventBase::Items: // §7.1.2.1: published
        for (const auto &item : event.items())
            add(item.id());
        break;
    case QXmppPubSubEventBase::Retract: // §7.2.2.1
        for (const auto &id : event.retractIds())
            m_hashes.remove(id.toLower());
        m_warnedFull = false;
        break;
    case QXmppPubSubEventBase::Purge: // §8.5.3: every item is gone
    case QXmppPubSubEventBase::Delete: // §8.4.3: and the node with them
        m_hashes.clear();
        m_warnedFull = false;
        qCInfo(lcMuc).noquote() << "block list" << m_service + u'/' + m_node << "was emptied";
        break;
    default:
        break;
    }
}

void BlockList::add(const QString &hash)
{
    // Only a SHA-256 in hex can match; anything else would only take room.
    static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
    if (!hex.match(hash).hasMatch())
        return;
    if (m_hashes.size() >= m_maxEntries) {
        if (!m_warnedFull)
            qCWarning(lcMuc).noquote() << "block list" << m_service + u'/' + m_node << "has more than" << m_maxEntries
                                       << "entries; the rest are ignored - raise blocklist/max_entries";
        m_warnedFull = true;
        return;
    }
    m_hashes.insert(hash.toLower());
}

} // namespace qmuc
