#pragma once

// Drives a real MucService the way the server would: stanzas in through handleStanza(), the
// service's answers captured from its sink. Rooms, occupants and talk for the GUI tests.
#include "MucService.h"
#include "StanzaMatcher.h"

namespace qmuc::test {

// A service as XEP-0045's examples have it (chat.shakespeare.lit), not connected anywhere.
inline std::unique_ptr<MucService> makeService()
{
    auto service = std::make_unique<MucService>();
    Settings settings;
    settings.domain = u"chat.shakespeare.lit"_s;
    service->configure(settings, u"secret"_s);
    return service;
}

class RoomFeeder
{
public:
    explicit RoomFeeder(MucService &service)
        : m_service(service)
    {
        service.setSink([this](const QByteArray &xml) { m_out += xml; return true; });
    }

    QString roomJid(const QString &node) const { return node + u'@' + m_service.domain(); }

    // Everything the service sent since the last call, as stanzas.
    QList<QDomElement> takeOutput()
    {
        const auto stanzas = parseStanzas(QString::fromUtf8(m_out));
        m_out.clear();
        return stanzas;
    }

    void feed(const QString &xml)
    {
        for (const auto &stanza : parseStanzas(xml))
            m_service.handleStanza(stanza);
    }

    // The creator joins, then unlocks the room with a configuration form (XEP-0045 §10.1).
    void createRoom(const QString &node, const QString &creator, const QString &nick,
                    const QList<std::pair<QString, QString>> &config = {})
    {
        join(node, creator, nick);
        configure(node, creator, config);
    }

    // An owner submits the configuration form (XEP-0045 §10.2); fields left out keep their values.
    void configure(const QString &node, const QString &owner, const QList<std::pair<QString, QString>> &config)
    {
        QString fields = u"<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"_s;
        for (const auto &[var, value] : config)
            fields += u"<field var='%1'><value>%2</value></field>"_s.arg(var, value.toHtmlEscaped());
        feed(u"<iq from='%1' id='config-%2' to='%3' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
             "<x xmlns='jabber:x:data' type='submit'>%4</x></query></iq>"_s.arg(owner, node, roomJid(node), fields));
    }

    void join(const QString &node, const QString &fullJid, const QString &nick, const QString &show = {},
              const QString &status = {})
    {
        const auto presence = (show.isEmpty() ? QString() : u"<show>%1</show>"_s.arg(show))
            + (status.isEmpty() ? QString() : u"<status>%1</status>"_s.arg(status.toHtmlEscaped()));
        feed(u"<presence from='%1' to='%2/%3'>%4<x xmlns='http://jabber.org/protocol/muc'/></presence>"_s
                 .arg(fullJid, roomJid(node), nick, presence));
    }

    void leave(const QString &node, const QString &fullJid, const QString &nick)
    {
        feed(u"<presence from='%1' to='%2/%3' type='unavailable'/>"_s.arg(fullJid, roomJid(node), nick));
    }

    void changeNick(const QString &node, const QString &fullJid, const QString &newNick)
    {
        feed(u"<presence from='%1' to='%2/%3'/>"_s.arg(fullJid, roomJid(node), newNick));
    }

    void say(const QString &node, const QString &fullJid, const QString &text)
    {
        feed(u"<message from='%1' to='%2' type='groupchat'><body>%3</body></message>"_s
                 .arg(fullJid, roomJid(node), text.toHtmlEscaped()));
    }

    void setSubject(const QString &node, const QString &fullJid, const QString &subject)
    {
        feed(u"<message from='%1' to='%2' type='groupchat'><subject>%3</subject></message>"_s
                 .arg(fullJid, roomJid(node), subject.toHtmlEscaped()));
    }

    // The muc#user payload of a presence (XEP-0045 §7.2): its status codes, its item's reason,
    // and the <destroy/> element of a destroyed room.
    static QDomElement mucUser(const QDomElement &presence) { return presence.firstChildElement(u"x"_s); }
    static QList<int> statusCodes(const QDomElement &presence)
    {
        QList<int> codes;
        for (auto status = mucUser(presence).firstChildElement(u"status"_s); !status.isNull();
             status = status.nextSiblingElement(u"status"_s))
            codes << status.attribute(u"code"_s).toInt();
        return codes;
    }
    static QString itemReason(const QDomElement &presence)
    {
        return mucUser(presence).firstChildElement(u"item"_s).firstChildElement(u"reason"_s).text();
    }

private:
    MucService &m_service;
    QByteArray m_out;
};

} // namespace qmuc::test
