// What today's clients expect of a room, end to end (issue 13): occupants' vCards and avatars,
// room avatars (XEP-0486), hats (XEP-0317) and invitations older clients understand (XEP-0249),
// between real users (QXmppClient) through a real server (Prosody or ejabberd) and the real qmuc.
#include "RoomScenario.h"
#include "XepExamples.h"

#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc::test;
using namespace qmuc::test::examples;

namespace {

const QString vcardNs = u"vcard-temp"_s;
const QString hatsNs = u"urn:xmpp:hats:0"_s;

} // namespace

class ClientsE2eTest : public RoomScenario
{
    Q_OBJECT
private Q_SLOTS:
    void occupantVCardComesFromAccountThroughRoom();
    void ownerSetsRoomAvatarOthersSeeIt();
    void hatShowsInPresenceAndForgedHatIsStripped();
    void invitationCarriesDirectInvitation();
};

// Conversations and Gajim load an occupant's avatar by asking room/nick for its vCard: the room
// asks the occupant's bare JID, whose server keeps the vCard (XEP-0054 §3.2, XEP-0153 §3.2), and
// the answer comes back from room/nick, the occupant's real JID hidden.
void ClientsE2eTest::occupantVCardComesFromAccountThroughRoom()
{
    QVERIFY(createRoom());
    // A new room keeps an archive, so bob is told it is logged (XEP-0045 §7.2.12, status 170).
    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob affiliation=none role=participant status=110,170"_s);
    // XEP-0054 §3.3: bob publishes his vCard on his own server.
    const auto published = m_bob->request(u"<iq type='set'><vCard xmlns='vcard-temp'><FN>Bob Builder</FN></vCard></iq>"_s);
    QVERIFY2(published.isResult(), qPrintable(published.outcome()));

    const auto reply = m_alice->request(u"<iq type='get' to='%1'><vCard xmlns='vcard-temp'/></iq>"_s.arg(occupantJid(u"bob"_s)));
    QVERIFY2(reply.isResult(), qPrintable(reply.outcome()));
    QCOMPARE(reply.result.attribute(u"from"_s), occupantJid(u"bob"_s));
    QCOMPARE(child(reply.result, u"vCard"_s, vcardNs).firstChildElement(u"FN"_s).text(), u"Bob Builder"_s);
}

// XEP-0486 §3.2-§3.4: alice, the owner, publishes the room's avatar; bob, inside, is told (status
// 104, Example 6); carol, outside, finds the hash in disco#info (Example 7) and fetches the vCard.
void ClientsE2eTest::ownerSetsRoomAvatarOthersSeeIt()
{
    QVERIFY(createRoom());
    enter(*m_bob, u"bob"_s);
    settle({m_alice.get(), m_bob.get()});
    const auto vCard = u"<vCard xmlns='vcard-temp'><PHOTO><TYPE>image/svg+xml</TYPE><BINVAL>%1</BINVAL></PHOTO></vCard>"_s.arg(SvgAvatar);
    const auto set = m_alice->request(u"<iq type='set' to='%1'>%2</iq>"_s.arg(m_room, vCard));
    QVERIFY2(set.isResult(), qPrintable(set.outcome()));
    QVERIFY(!m_bob->waitFor([&](const QDomElement &s) { return isKind(s, u"message"_s, m_room) && statusCodes(s) == QList<int>{104}; }).isNull());

    const auto refused = m_bob->request(u"<iq type='set' to='%1'><vCard xmlns='vcard-temp'/></iq>"_s.arg(m_room));
    QVERIFY2(refused.isError(QXmppStanza::Error::Forbidden), qPrintable(refused.outcome()));

    const auto info = m_carol->discover(QXmppDiscoveryIq::InfoQuery, m_room).as<QXmppDiscoveryIq>();
    QVERIFY(info.features().contains(vcardNs));
    QString hash;
    const auto form = info.form(); // by value: iterating a temporary's fields would read freed memory
    for (const auto &field : form.fields()) {
        if (field.key() == u"muc#roominfo_avatarhash")
            hash = field.value().toStringList().join(u',');
    }
    QCOMPARE(hash, SvgAvatarHash);
    const auto read = m_carol->request(u"<iq type='get' to='%1'><vCard xmlns='vcard-temp'/></iq>"_s.arg(m_room));
    QVERIFY2(read.isResult(), qPrintable(read.outcome()));
    QCOMPARE(child(read.result, u"vCard"_s, vcardNs).firstChildElement(u"PHOTO"_s).firstChildElement(u"BINVAL"_s).text(), SvgAvatar);
}

// XEP-0317 §2.1-§2.2: alice, the owner, puts a hat on bob with the command (a filled-in form in
// one request); carol sees it in bob's presence. A hat bob puts on himself is dropped.
void ClientsE2eTest::hatShowsInPresenceAndForgedHatIsStripped()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});
    const auto done = m_alice->request(
        u"<iq type='set' to='%1'><command xmlns='http://jabber.org/protocol/commands' action='execute' node='urn:xmpp:hats:commands:don'>"
        "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'><value>urn:xmpp:hats:commands</value></field>"
        "<field var='accountjid'><value>%2</value></field><field var='hat'><value>%3</value></field>"
        "<field var='hat_title'><value>Teacher's Assistant</value></field></x></command></iq>"_s.arg(m_room, m_bob->bareJid(), TeacherAssistant));
    QVERIFY2(done.isResult(), qPrintable(done.outcome()));
    QCOMPARE(done.result.firstChildElement(u"command"_s).attribute(u"status"_s), u"completed"_s);
    const auto hatsOf = [](const QDomElement &presence) {
        QStringList hats;
        const auto container = child(presence, u"hats"_s, hatsNs);
        for (auto hat = container.firstChildElement(u"hat"_s); !hat.isNull(); hat = hat.nextSiblingElement(u"hat"_s))
            hats << hat.attribute(u"uri"_s) + u'=' + hat.attribute(u"title"_s);
        return hats.join(u", "_s);
    };
    const auto withHat = m_carol->waitFor([&](const QDomElement &s) { return isKind(s, u"presence"_s, occupantJid(u"bob"_s)); });
    QCOMPARE(hatsOf(withHat), TeacherAssistant + u"=Teacher's Assistant"_s);

    m_carol->clearReceived();
    m_bob->sendRaw(u"<presence to='%1'><show>chat</show><hats xmlns='urn:xmpp:hats:0'><hat uri='urn:example:queen' title='Queen'/></hats></presence>"_s
                       .arg(occupantJid(u"bob"_s)));
    const auto forged = m_carol->waitFor([&](const QDomElement &s) { return isKind(s, u"presence"_s, occupantJid(u"bob"_s)); });
    QCOMPARE(forged.firstChildElement(u"show"_s).text(), u"chat"_s);
    QCOMPARE(hatsOf(forged), TeacherAssistant + u"=Teacher's Assistant"_s);
}

// XEP-0045 §7.8.2 (Example 58): the invitation the room passes on also carries XEP-0249's
// <x xmlns='jabber:x:conference'/> (§2, Example 1), for clients that know only that.
void ClientsE2eTest::invitationCarriesDirectInvitation()
{
    QVERIFY(createRoom());
    m_alice->sendRaw(u"<message to='%1'><x xmlns='http://jabber.org/protocol/muc#user'><invite to='%2'><reason>Tea?</reason></invite></x></message>"_s
                         .arg(m_room, m_carol->bareJid()));
    const auto invitation = m_carol->waitFor([&](const QDomElement &s) { return isKind(s, u"message"_s, m_room); });
    QVERIFY(!invitation.isNull());
    QVERIFY(!child(child(invitation, u"x"_s, mucUserNs), u"invite"_s, mucUserNs).isNull());
    const auto direct = child(invitation, u"x"_s, u"jabber:x:conference"_s);
    QCOMPARE(direct.attribute(u"jid"_s), m_room);
    QCOMPARE(direct.attribute(u"reason"_s), u"Tea?"_s);
}

QTEST_GUILESS_MAIN(ClientsE2eTest)
#include "tst_clients_e2e.moc"
