#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

class QDomElement;

namespace qmuc {

// A real-time block list (RTBL): a XEP-0060 node whose item ids are the hex SHA-256 of the bare
// JIDs, or of the domains, of users who spam or abuse rooms. The node Prosody's and ejabberd's
// mod_muc_rtbl follow is muc_bans_sha256. The service subscribes to it and fetches its items on
// every connection (notifications missed while down are made up for), then follows the
// notifications. No socket here: requests out as bytes, the service's answers in as elements.
class BlockList
{
public:
    // An empty service turns the list off.
    void configure(const QString &service, const QString &node, qsizetype maxEntries);
    bool isEnabled() const { return !m_service.isEmpty(); }
    QString service() const { return m_service; }
    QString node() const { return m_node; }

    // What to send on connecting, from `from` (the component's domain): the subscription
    // (XEP-0060 §6.1) and the retrieval of all items (§6.5.2).
    QByteArray requests(const QString &from);
    // A stanza from the list's service: true when it was one (an answer to requests(), or a
    // notification, §7.1.2.1, §7.2.2.1, §8.5.3); it then needs no answer.
    bool handle(const QDomElement &stanza);

    // Whether the service refused the last requests (no such node yet, no access): ask again later.
    bool refused() const { return m_refused; }

    // Whether the user's bare JID or its domain is listed.
    bool lists(const QString &bareJid) const;
    qsizetype size() const { return m_hashes.size(); }

    // The item id the list uses for a bare JID or a domain: SHA-256 in lower-case hex.
    static QString hash(const QString &jidOrDomain);

private:
    void handleItemsResult(const QDomElement &iq);
    void handleEvent(const QDomElement &message);
    void add(const QString &hash);

    QString m_service;
    QString m_node;
    qsizetype m_maxEntries = 0;
    QSet<QString> m_hashes;
    QString m_subscribeId;
    QString m_itemsId;
    bool m_warnedFull = false;
    bool m_refused = false;
};

} // namespace qmuc
