// What today's clients expect of a room, end to end between real clients (alice the owner, bob
// and carol) through a real server and the real qmuc binary: archived rooms with XEP-0359 stanza
// ids by default, and XEP-0425 message moderation with XEP-0424 retractions and tombstones.
#include "RoomScenario.h"

#include <QXmppDiscoveryIq.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

class MessageModerationE2eTest : public RoomScenario
{
    Q_OBJECT
    // XEP-0359, XEP-0421, XEP-0424 v1, XEP-0425 v0.3, XEP-0313.
    static inline const QString stanzaIdNs = u"urn:xmpp:sid:0"_s, occupantIdNs = u"urn:xmpp:occupant-id:0"_s,
                                retractNs = u"urn:xmpp:message-retract:1"_s, moderateNs = u"urn:xmpp:message-moderate:1"_s,
                                mamNs = u"urn:xmpp:mam:2"_s;

private Q_SLOTS:
    void newRoomsMessagesCarryStanzaIds();
    void switchingArchivingOffTellsEveryone171();
    void moderatorRetractsMessageAndOthersSeeTheRetraction();
    void archiveReturnsTombstoneOfRetractedMessage();
    void participantsModerationRequestIsForbidden();

private:
    // bob says `body`; the stanza id carol's copy carries (empty if none).
    QString bobSays(const QString &body);
    // alice asks the room to retract the message with `stanzaId` (XEP-0425 §4, example 1).
    TestClient::Reply moderate(TestClient &who, const QString &stanzaId);
    // The archived message in a MAM result (XEP-0313 §4.2).
    static QDomElement forwarded(const QDomElement &mamResult)
    {
        return child(child(child(mamResult, u"result"_s, mamNs), u"forwarded"_s, u"urn:xmpp:forward:0"_s), u"message"_s,
                     u"jabber:client"_s);
    }
};

QString MessageModerationE2eTest::bobSays(const QString &body)
{
    if (!say(*m_bob, u"bob"_s, body))
        return {};
    const auto copy = m_carol->waitFor([&](const QDomElement &s) {
        return isKind(s, u"message"_s, occupantJid(u"bob"_s)) && s.firstChildElement(u"body"_s).text() == body;
    });
    const auto id = child(copy, u"stanza-id"_s, stanzaIdNs);
    return id.attribute(u"by"_s) == m_room ? id.attribute(u"id"_s) : QString();
}

TestClient::Reply MessageModerationE2eTest::moderate(TestClient &who, const QString &stanzaId)
{
    return who.request(u"<iq type='set' to='%1'><moderate xmlns='urn:xmpp:message-moderate:1' id='%2'>"
                       "<retract xmlns='urn:xmpp:message-retract:1'/><reason>Spam</reason></moderate></iq>"_s.arg(m_room, stanzaId));
}

// XEP-0359 §3 with XEP-0313: a room nobody configured archives, so every copy of a message
// carries the room's stanza id (what Dino, Gajim and Monal need for replies and moderation);
// XEP-0045 §7.2.12: whoever joins is told the room is logged (170).
void MessageModerationE2eTest::newRoomsMessagesCarryStanzaIds()
{
    QVERIFY(createRoom());
    const auto self = enter(*m_bob, u"bob"_s);
    QVERIFY2(statusCodes(self).contains(170), qPrintable(describe(self)));
    QVERIFY(!enter(*m_carol, u"carol"_s).isNull());
    QVERIFY(!bobSays(u"Is this kept?"_s).isEmpty());
    QVERIFY(roomInfo(*m_bob).as<QXmppDiscoveryIq>().features().contains(stanzaIdNs));
}

// XEP-0045 §10.2.1 and the status code registry (§15.6.2): occupants learn that the room stopped
// archiving with 171; its messages then carry no stanza id.
void MessageModerationE2eTest::switchingArchivingOffTellsEveryone171()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});
    QCOMPARE(configure(*m_alice, u"<field var='muc#roomconfig_enablearchiving'><value>0</value></field>"_s).outcome(), u"result"_s);
    for (auto *client : {m_alice.get(), m_bob.get(), m_carol.get()})
        QCOMPARE(transcript(*client), u"message room groupchat status=104,171"_s);
    QCOMPARE(bobSays(u"Off the record"_s), QString());
}

// XEP-0425 §4: alice, a moderator, retracts bob's message; carol gets the retraction from the
// room (example 2) naming alice as room/nick with her occupant id, and alice her result.
void MessageModerationE2eTest::moderatorRetractsMessageAndOthersSeeTheRetraction()
{
    QVERIFY(allThreeIn());
    QVERIFY(say(*m_alice, u"alice"_s, u"Behave, please"_s));
    const auto aliceCopy = m_carol->waitFor([&](const QDomElement &s) { return isKind(s, u"message"_s, occupantJid(u"alice"_s)); });
    const auto aliceOccupantId = child(aliceCopy, u"occupant-id"_s, occupantIdNs).attribute(u"id"_s);
    QVERIFY(!aliceOccupantId.isEmpty());
    const auto stanzaId = bobSays(u"Buy cheap pills"_s);
    QVERIFY(!stanzaId.isEmpty());

    QCOMPARE(moderate(*m_alice, stanzaId).outcome(), u"result"_s);
    const auto retraction = m_carol->waitFor([&](const QDomElement &s) {
        return isKind(s, u"message"_s, m_room) && !child(s, u"retract"_s, retractNs).isNull();
    });
    QVERIFY(!retraction.isNull());
    QCOMPARE(retraction.attribute(u"type"_s), u"groupchat"_s);
    const auto retract = child(retraction, u"retract"_s, retractNs);
    QCOMPARE(retract.attribute(u"id"_s), stanzaId);
    const auto moderated = child(retract, u"moderated"_s, moderateNs);
    QCOMPARE(moderated.attribute(u"by"_s), occupantJid(u"alice"_s));
    QCOMPARE(child(moderated, u"occupant-id"_s, occupantIdNs).attribute(u"id"_s), aliceOccupantId);
    QCOMPARE(retract.firstChildElement(u"reason"_s).text(), u"Spam"_s);
}

// XEP-0425 §6 (example 4): the archive keeps a tombstone where the message was: carol's MAM
// query returns bob's message without its body, marked retracted with a time.
void MessageModerationE2eTest::archiveReturnsTombstoneOfRetractedMessage()
{
    QVERIFY(allThreeIn());
    const auto stanzaId = bobSays(u"Something regrettable"_s);
    QVERIFY(!stanzaId.isEmpty());
    QCOMPARE(moderate(*m_alice, stanzaId).outcome(), u"result"_s);
    settle({m_carol.get()});

    const auto reply = m_carol->request(u"<iq type='set' to='%1'><query xmlns='urn:xmpp:mam:2' queryid='q1'/></iq>"_s.arg(m_room));
    QCOMPARE(reply.outcome(), u"result"_s);
    QDomElement tombstone;
    for (const auto &stanza : m_carol->received()) {
        if (child(stanza, u"result"_s, mamNs).attribute(u"id"_s) == stanzaId)
            tombstone = forwarded(stanza);
    }
    QVERIFY(!tombstone.isNull());
    QCOMPARE(tombstone.attribute(u"from"_s), occupantJid(u"bob"_s));
    QVERIFY(tombstone.firstChildElement(u"body"_s).isNull());
    const auto retracted = child(tombstone, u"retracted"_s, retractNs);
    QVERIFY(!retracted.attribute(u"stamp"_s).isEmpty());
    QCOMPARE(child(retracted, u"moderated"_s, moderateNs).attribute(u"by"_s), occupantJid(u"alice"_s));
}

// XEP-0425 §5: only moderators may; carol, a participant, gets forbidden and nothing goes out.
void MessageModerationE2eTest::participantsModerationRequestIsForbidden()
{
    QVERIFY(allThreeIn());
    const auto stanzaId = bobSays(u"Carol is wrong"_s);
    QVERIFY(!stanzaId.isEmpty());
    settle({m_bob.get()});
    QCOMPARE(moderate(*m_carol, stanzaId).outcome(), u"error auth/forbidden"_s);
    QCOMPARE(transcript(*m_bob), QString());
}

QTEST_GUILESS_MAIN(MessageModerationE2eTest)
#include "tst_messagemoderation_e2e.moc"
