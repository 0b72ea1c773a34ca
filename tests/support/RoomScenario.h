#pragma once

#include "XmppServer.h"
#include "QmucProcess.h"
#include "TestClient.h"

#include <QDomElement>
#include <QObject>
#include <QStringList>

#include <initializer_list>
#include <memory>

namespace qmuc::test {

inline const QString mucUserNs = QStringLiteral("http://jabber.org/protocol/muc#user");
inline const QString stanzaErrorNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
inline const QString delayNs = QStringLiteral("urn:xmpp:delay");
constexpr int Timeout = 10000;

// The test's own directory for what it keeps (QMUC_TEST_DIR, set by CTest), and `name` in it.
QString testDir(const char *name);
// Writes `ini` to testDir(name): the qmuc arguments that make it read that file (--config).
QStringList qmucConfig(const char *name, const QByteArray &ini);
// The first child element `name` in namespace `ns`; null if none.
QDomElement child(const QDomElement &parent, const QString &name, const QString &ns);
// <x xmlns='…muc#user'><item …/></x> of an occupant's presence.
QDomElement mucItem(const QDomElement &presence);
// The muc#user status codes of a presence or message, sorted.
QList<int> statusCodes(const QDomElement &stanza);
// The defined condition of a stanza error: "item-not-found", …; empty if it is none.
QString errorCondition(const QDomElement &stanza);
bool isKind(const QDomElement &stanza, const QString &kind, const QString &from);

// Conversations in a room between real users (alice, bob, carol: QXmppClient users) through a
// private server (Prosody or ejabberd, see XmppServer) and the real qmuc binary: the base of an integration test class, whose test
// functions (its private slots) are the scenarios. Each gets a room of its own, named after it.
class RoomScenario : public QObject
{
    Q_OBJECT
public:
    // qmuc is run with `qmucArguments` added to what connects it to the server.
    explicit RoomScenario(const QStringList &qmucArguments = {})
        : m_qmucArguments(qmucArguments)
    {
    }

private Q_SLOTS:
    // The server, then qmuc connected to it as its component.
    void initTestCase();
    // A room name for the test function; alice, bob and carol log in.
    void init();
    // They log out (leaving the room).
    void cleanup();
    void cleanupTestCase();

protected:
    QString occupantJid(const QString &nick) const { return m_room + u'/' + nick; }
    // Sends a join (XEP-0045 §7.2) with `mucChildren` in its <x/>, and returns the joiner's own
    // presence back (the one with 110) once the join is complete (the subject came, §7.2.15), or
    // the error; null if neither came. Clears what `who` received before, so that its log is what
    // it saw of its join.
    QDomElement enter(TestClient &who, const QString &nick, const QString &mucChildren = {});
    // Sends unavailable presence (§7.14) and returns the leaver's own unavailable presence back.
    QDomElement leave(TestClient &who, const QString &nick);
    // alice creates the room and configures it with `fields` (an instant room with none, §10.1.2).
    bool createRoom(const QString &fields = {});
    // The same, then bob and carol enter.
    bool allThreeIn(const QString &fields = {});
    // Submits the muc#owner configuration form with `fields` (§10.2).
    TestClient::Reply configure(TestClient &owner, const QString &fields);
    // Sends a groupchat message and waits for the room to reflect it back.
    bool say(TestClient &who, const QString &nick, const QString &body);
    // disco#info to the room, and its answer: after it, everything the room sent to `who` before
    // has arrived (one stream from qmuc through the server to each client keeps the order).
    TestClient::Reply roomInfo(TestClient &who);
    // Waits until what the room sent them so far has arrived, then forgets it.
    void settle(std::initializer_list<TestClient *> clients);
    // What `who` received from the room, in order; and the same as lines (see describe()).
    QList<QDomElement> fromRoom(const TestClient &who) const;
    QStringList conversation(const TestClient &who) const;
    // All the room has sent `who` so far (see roomInfo()), one stanza a line (see describe()).
    QString transcript(TestClient &who);
    // "presence room/alice affiliation=owner role=moderator status=110,201",
    // "message room/bob groupchat body='hi' delay=room", "message room groupchat subject=''",
    // "presence room/bob error error=cancel/conflict",
    // "presence room/bob unavailable affiliation=none role=none actor=alice reason='…' status=307",
    // "presence room/bob unavailable … destroy[venue=other@service reason='…'] status=110", …
    QString describe(const QDomElement &stanza) const;
    int occupantCount(TestClient &asker);

    std::unique_ptr<XmppServer> m_server;
    std::unique_ptr<QmucProcess> m_qmuc;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    std::unique_ptr<TestClient> m_carol;
    QString m_room;

private:
    QStringList m_qmucArguments;
};

} // namespace qmuc::test
