#include "RoomScenario.h"

#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppUtils.h>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace qmuc::test {

QString testDir(const char *name)
{
    return qEnvironmentVariable("QMUC_TEST_DIR", QDir::tempPath() + u"/qmuc-test"_s) + u'/' + QLatin1StringView(name);
}

QStringList qmucConfig(const char *name, const QByteArray &ini)
{
    const auto path = testDir(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(ini);
    return {u"--config"_s, path};
}

QDomElement child(const QDomElement &parent, const QString &name, const QString &ns)
{
    for (auto c = parent.firstChildElement(name); !c.isNull(); c = c.nextSiblingElement(name)) {
        if (c.namespaceURI() == ns)
            return c;
    }
    return {};
}

QDomElement mucItem(const QDomElement &presence)
{
    return child(child(presence, u"x"_s, mucUserNs), u"item"_s, mucUserNs);
}

QList<int> statusCodes(const QDomElement &stanza)
{
    QList<int> codes;
    const auto x = child(stanza, u"x"_s, mucUserNs);
    for (auto status = x.firstChildElement(u"status"_s); !status.isNull(); status = status.nextSiblingElement(u"status"_s))
        codes << status.attribute(u"code"_s).toInt();
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString errorCondition(const QDomElement &stanza)
{
    const auto error = stanza.firstChildElement(u"error"_s);
    for (auto c = error.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        if (c.namespaceURI() == stanzaErrorNs && c.localName() != u"text")
            return c.localName();
    }
    return {};
}

bool isKind(const QDomElement &stanza, const QString &kind, const QString &from)
{
    return stanza.tagName() == kind && stanza.attribute(u"from"_s) == from;
}

void RoomScenario::initTestCase()
{
    m_server = makeServer(testDir("server"));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_qmuc = std::make_unique<QmucProcess>();
    m_qmuc->start(*m_server, m_qmucArguments);
    QVERIFY2(m_qmuc->waitForOutput(u"state: Connected"_s), qPrintable(m_qmuc->output()));
}

void RoomScenario::init()
{
    m_room = QString::fromLatin1(QTest::currentTestFunction()).toLower() + u'@' + m_server->domain();
    m_alice = std::make_unique<TestClient>(u"alice"_s);
    m_bob = std::make_unique<TestClient>(u"bob"_s);
    m_carol = std::make_unique<TestClient>(u"carol"_s);
    for (auto *client : {m_alice.get(), m_bob.get(), m_carol.get()})
        QVERIFY(client->connectTo(*m_server));
}

void RoomScenario::cleanup()
{
    for (auto *client : {m_alice.get(), m_bob.get(), m_carol.get()}) {
        if (client->client().isConnected())
            client->disconnect();
    }
    m_alice.reset();
    m_bob.reset();
    m_carol.reset();
}

void RoomScenario::cleanupTestCase()
{
    m_qmuc.reset();
    m_server.reset();
}

QDomElement RoomScenario::enter(TestClient &who, const QString &nick, const QString &mucChildren)
{
    who.clearReceived();
    who.sendRaw(u"<presence to='%1'><x xmlns='http://jabber.org/protocol/muc'>%2</x></presence>"_s
                    .arg(occupantJid(nick), mucChildren));
    const auto answer = who.waitFor([&](const QDomElement &s) {
        return isKind(s, u"presence"_s, occupantJid(nick))
            && (s.attribute(u"type"_s) == u"error" || statusCodes(s).contains(110));
    });
    if (!answer.isNull() && answer.attribute(u"type"_s) != u"error") {
        who.waitFor([&](const QDomElement &s) {
            return s.tagName() == u"message" && !s.firstChildElement(u"subject"_s).isNull()
                && (s.attribute(u"from"_s) == m_room || s.attribute(u"from"_s).startsWith(m_room + u'/'));
        });
    }
    return answer;
}

QDomElement RoomScenario::leave(TestClient &who, const QString &nick)
{
    who.clearReceived();
    who.sendRaw(u"<presence to='%1' type='unavailable'/>"_s.arg(occupantJid(nick)));
    return who.waitFor([&](const QDomElement &s) {
        return isKind(s, u"presence"_s, occupantJid(nick)) && s.attribute(u"type"_s) == u"unavailable";
    });
}

TestClient::Reply RoomScenario::configure(TestClient &owner, const QString &fields)
{
    return owner.request(u"<iq type='set' to='%1'><query xmlns='http://jabber.org/protocol/muc#owner'>"
                         "<x xmlns='jabber:x:data' type='submit'>%2</x></query></iq>"_s.arg(m_room, fields));
}

bool RoomScenario::createRoom(const QString &fields)
{
    const auto self = enter(*m_alice, u"alice"_s);
    if (!statusCodes(self).contains(201)) {
        qWarning("alice did not create %s: %s", qPrintable(m_room), qPrintable(describe(self)));
        return false;
    }
    if (const auto reply = configure(*m_alice, fields); !reply.isResult()) {
        qWarning("the room refused alice's configuration: %s", qPrintable(reply.outcome()));
        return false;
    }
    return true;
}

bool RoomScenario::allThreeIn(const QString &fields)
{
    if (!createRoom(fields))
        return false;
    for (const auto &[who, nick] : {std::pair{m_bob.get(), u"bob"_s}, std::pair{m_carol.get(), u"carol"_s}}) {
        const auto self = enter(*who, nick);
        if (!statusCodes(self).contains(110)) {
            qWarning("%s did not get in: %s", qPrintable(nick), qPrintable(describe(self)));
            return false;
        }
    }
    return true;
}

bool RoomScenario::say(TestClient &who, const QString &nick, const QString &body)
{
    const auto id = QXmppUtils::generateStanzaUuid();
    who.sendRaw(u"<message to='%1' type='groupchat' id='%2'><body>%3</body></message>"_s.arg(m_room, id, body));
    return !who.waitFor([&](const QDomElement &s) {
        return isKind(s, u"message"_s, occupantJid(nick)) && s.attribute(u"id"_s) == id;
    }).isNull();
}

TestClient::Reply RoomScenario::roomInfo(TestClient &who)
{
    return who.discover(QXmppDiscoveryIq::InfoQuery, m_room);
}

void RoomScenario::settle(std::initializer_list<TestClient *> clients)
{
    for (auto *client : clients) {
        roomInfo(*client);
        client->clearReceived();
    }
}

int RoomScenario::occupantCount(TestClient &asker)
{
    const auto reply = roomInfo(asker);
    if (!reply.isResult())
        return -1;
    // Named: fields() of a temporary form would dangle in the loop.
    const auto form = reply.as<QXmppDiscoveryIq>().form();
    for (const auto &field : form.fields()) {
        if (field.key() == u"muc#roominfo_occupants")
            return field.value().toString().toInt();
    }
    return -1;
}

QString RoomScenario::describe(const QDomElement &stanza) const
{
    if (stanza.isNull())
        return u"(nothing)"_s;
    const auto shortened = [&](QString jid) { return jid.replace(m_room, u"room"_s); };
    QStringList parts{stanza.tagName(), shortened(stanza.attribute(u"from"_s))};
    if (stanza.hasAttribute(u"type"_s))
        parts << stanza.attribute(u"type"_s);
    if (const auto item = mucItem(stanza); !item.isNull()) {
        parts << u"affiliation="_s + item.attribute(u"affiliation"_s) << u"role="_s + item.attribute(u"role"_s);
        if (item.hasAttribute(u"nick"_s))
            parts << u"nick="_s + item.attribute(u"nick"_s);
        if (const auto actor = item.firstChildElement(u"actor"_s); !actor.isNull())
            parts << u"actor="_s + actor.attribute(u"nick"_s, actor.attribute(u"jid"_s));
        if (const auto reason = item.firstChildElement(u"reason"_s); !reason.isNull())
            parts << u"reason='%1'"_s.arg(reason.text());
    }
    if (const auto destroy = child(child(stanza, u"x"_s, mucUserNs), u"destroy"_s, mucUserNs); !destroy.isNull()) {
        QStringList details;
        if (destroy.hasAttribute(u"jid"_s))
            details << u"venue="_s + destroy.attribute(u"jid"_s);
        if (const auto reason = destroy.firstChildElement(u"reason"_s); !reason.isNull())
            details << u"reason='%1'"_s.arg(reason.text());
        parts << u"destroy[%1]"_s.arg(details.join(u' '));
    }
    if (const auto codes = statusCodes(stanza); !codes.isEmpty()) {
        QStringList numbers;
        for (int code : codes)
            numbers << QString::number(code);
        parts << u"status="_s + numbers.join(u',');
    }
    for (const auto *name : {"body", "subject"}) {
        const auto element = stanza.firstChildElement(QLatin1StringView(name));
        if (!element.isNull())
            parts << u"%1='%2'"_s.arg(QLatin1StringView(name), element.text());
    }
    if (const auto delay = child(stanza, u"delay"_s, delayNs); !delay.isNull())
        parts << u"delay="_s + shortened(delay.attribute(u"from"_s));
    if (stanza.attribute(u"type"_s) == u"error")
        parts << u"error=%1/%2"_s.arg(stanza.firstChildElement(u"error"_s).attribute(u"type"_s), errorCondition(stanza));
    return parts.join(u' ');
}

QList<QDomElement> RoomScenario::fromRoom(const TestClient &who) const
{
    QList<QDomElement> stanzas;
    for (const auto &stanza : who.received()) {
        const auto from = stanza.attribute(u"from"_s);
        if (from == m_room || from.startsWith(m_room + u'/'))
            stanzas << stanza;
    }
    return stanzas;
}

QStringList RoomScenario::conversation(const TestClient &who) const
{
    QStringList lines;
    for (const auto &stanza : fromRoom(who))
        lines << describe(stanza);
    return lines;
}

QString RoomScenario::transcript(TestClient &who)
{
    roomInfo(who);
    return conversation(who).join(u'\n');
}

} // namespace qmuc::test
