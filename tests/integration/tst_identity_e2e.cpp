// Identity end to end (issue 12): nicknames compared by RFC 8266 and refused when confusable
// (UTS #39), JIDs typed by admins prepared (RFC 7622), domain bans, §8.4 voice and §6.6 disco,
// each as real clients (alice the owner, bob and carol) see it through a real server and the
// real qmuc binary.
#include "RoomScenario.h"

#include <QXmppDiscoveryIq.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

class IdentityE2eTest : public RoomScenario
{
    Q_OBJECT
private Q_SLOTS:
    void confusableNickIsRefused();
    void widthAndCaseVariantIsTheSameNick();
    void bidiIsolateInNickIsRefused();
    void mixedCaseBanKeepsUserOut();
    void domainBanRemovesAndKeepsOutItsUsers();
    void moderatorCannotRevokeVoiceFromMember();
    void nonOccupantDiscoToOccupantIsBadRequest();

private:
    TestClient::Reply admin(TestClient &who, const QString &items)
    {
        return who.request(u"<iq type='set' to='%1'><query xmlns='http://jabber.org/protocol/muc#admin'>%2</query></iq>"_s
                               .arg(m_room, items));
    }
    // The error a join got: "type/condition", or "entered". The server may have prepared the
    // nick on the way (Prosody's resourceprep applies NFKC), so any presence from the room counts.
    QString refusal(TestClient &who, const QString &nick)
    {
        who.clearReceived();
        who.sendRaw(u"<presence to='%1'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(occupantJid(nick)));
        const auto answer = who.waitFor([&](const QDomElement &s) {
            return s.tagName() == u"presence" && s.attribute(u"from"_s).startsWith(m_room + u'/')
                && (s.attribute(u"type"_s) == u"error" || statusCodes(s).contains(110));
        });
        if (answer.isNull())
            return u"no answer"_s;
        if (answer.attribute(u"type"_s) != u"error"_s)
            return u"entered"_s;
        return answer.firstChildElement(u"error"_s).attribute(u"type"_s) + u'/' + errorCondition(answer);
    }
};

// XEP-0045 §7.2.9 with UTS #39: "аlice" with a Cyrillic а looks like alice, who is in.
void IdentityE2eTest::confusableNickIsRefused()
{
    QVERIFY(createRoom());
    QCOMPARE(refusal(*m_bob, u"\u0430lice"_s), u"cancel/conflict"_s);
    QCOMPARE(refusal(*m_carol, u"\u0430lice"_s), u"cancel/conflict"_s);
    QCOMPARE(occupantCount(*m_alice), 1);
}

// RFC 8266 §2.3: "ＡＬＩＣＥ" (fullwidth, upper case) is alice's nick: §7.2.9 conflict.
void IdentityE2eTest::widthAndCaseVariantIsTheSameNick()
{
    QVERIFY(createRoom());
    QCOMPARE(refusal(*m_bob, u"\uff21\uff2c\uff29\uff23\uff25"_s), u"cancel/conflict"_s);
    QCOMPARE(refusal(*m_bob, u"Alice"_s), u"cancel/conflict"_s);
    QCOMPARE(occupantCount(*m_alice), 1);
}

// RFC 8266 / RFC 8264 §4.3: bidi isolates are not allowed in a nick: jid-malformed (modify).
void IdentityE2eTest::bidiIsolateInNickIsRefused()
{
    QVERIFY(createRoom());
    const auto got = refusal(*m_bob, u"\u2067bob\u2069"_s);
    if (m_server->kind() == XmppServer::Kind::Ejabberd && got == u"modify/bad-request")
        QSKIP("ejabberd refuses this occupant JID itself, before qmuc sees it");
    QCOMPARE(got, u"modify/jid-malformed"_s);
    QCOMPARE(occupantCount(*m_alice), 1);
}

// XEP-0045 §9.1, §7.2.7 with RFC 7622: a ban typed in capitals bans the user.
void IdentityE2eTest::mixedCaseBanKeepsUserOut()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});
    QCOMPARE(admin(*m_alice, u"<item affiliation='outcast' jid='%1'/>"_s.arg(m_carol->bareJid().toUpper())).outcome(), u"result"_s);
    QTRY_COMPARE_WITH_TIMEOUT(occupantCount(*m_alice), 2, Timeout);
    QCOMPARE(refusal(*m_carol, u"carol"_s), u"auth/forbidden"_s);
}

// A ban on a bare domain (as in Prosody and ejabberd) removes its users with 301 (§9.1) and
// keeps them out (§7.2.7); alice, an owner, keeps her own affiliation.
void IdentityE2eTest::domainBanRemovesAndKeepsOutItsUsers()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});
    const auto domain = m_bob->bareJid().section(u'@', 1);
    QCOMPARE(admin(*m_alice, u"<item affiliation='outcast' jid='%1'/>"_s.arg(domain)).outcome(), u"result"_s);
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_bob).size(), 1, Timeout);
    QCOMPARE(statusCodes(fromRoom(*m_bob).first()), (QList<int>{110, 301}));
    QTRY_COMPARE_WITH_TIMEOUT(occupantCount(*m_alice), 1, Timeout);
    QCOMPARE(refusal(*m_bob, u"bob"_s), u"auth/forbidden"_s);
    QCOMPARE(refusal(*m_carol, u"someone"_s), u"auth/forbidden"_s);
}

// XEP-0045 §8.4: a moderator without affiliation may not revoke a member's voice.
void IdentityE2eTest::moderatorCannotRevokeVoiceFromMember()
{
    QVERIFY(allThreeIn());
    QVERIFY(admin(*m_alice, u"<item affiliation='member' jid='%1'/>"_s.arg(m_bob->bareJid())).isResult());
    QVERIFY(admin(*m_alice, u"<item nick='carol' role='moderator'/>"_s).isResult());
    QCOMPARE(admin(*m_carol, u"<item nick='bob' role='visitor'/>"_s).outcome(), u"error cancel/not-allowed"_s);
}

// XEP-0045 §6.6: a disco request to room/nick from someone not in the room gets bad-request.
void IdentityE2eTest::nonOccupantDiscoToOccupantIsBadRequest()
{
    QVERIFY(createRoom());
    const auto reply = m_bob->discover(QXmppDiscoveryIq::InfoQuery, occupantJid(u"alice"_s));
    QCOMPARE(reply.outcome(), u"error modify/bad-request"_s);
}

QTEST_GUILESS_MAIN(IdentityE2eTest)
#include "tst_identity_e2e.moc"
