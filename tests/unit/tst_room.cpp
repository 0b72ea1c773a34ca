// XEP-0045 rules, fed as stanzas to the service (as the transport delivers them) and compared with
// the stanzas out, in order. The examples follow XEP-0045's own (coven@chat.shakespeare.lit).
#include "ServiceHarness.h"

#include <QXmppUtils.h>

#include <QSignalSpy>
#include <QTest>

using namespace qmuc;
using namespace qmuc::test;


class RoomTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void init();

    void creatorGetsOwnerSelfPresenceWith201ThenEmptySubject();
    void lockedRoomRefusesOthers();
    void instantRoomSubmitUnlocksRoom();
    void joinerGetsOccupantsThenSelfThenHistoryThenSubject();
    void historyMaxStanzasZeroSendsNone();
    void historyMaxStanzasLimitsToNewest();
    void groupchatIsReflectedToEveryoneWithIdAndPayload();
    void roomStampedIdsFromSenderAreDropped();
    void relayedPayloadNamespacesCannotBreakTheStream();
    void nonOccupantCannotTalkToRoom();
    void privateMessageIsMarkedAndRouted();
    void privateMessageToUnknownNickIsItemNotFound();
    void visitorCannotSendPrivateMessagesWhereOnlyParticipantsMay();
    void nickChangeSendsUnavailable303ThenNewPresence();
    void nickChangeToTakenNickIsConflict();
    void leavingSendsUnavailableWith110ToSelf();
    void lastOccupantLeavingDestroysTemporaryRoom();
    void presenceResendDoesNotDuplicateOccupant();
    void presenceUpdateIsBroadcast();
    void secondDeviceWithSameNickIsOneOccupant();
    void bounceFromOneDeviceRemovesOnlyThatDevice();
    void bounceFromOnlyDeviceRemovesOccupantWith333();
    void selfPingIsAnsweredForJoinedClient();
    void selfPingFromOutsiderIsNotAcceptable();
    void nicknameWithControlCharacterIsRefused();
    void nicknamesEqualAfterNormalisationConflict();
    void participantCannotChangeSubjectByDefault();
    void moderatorChangesSubjectForEveryone();
    void subjectWithThreadIsAMessage();
    void visitorInModeratedRoomHasNoVoice();
    void roomDiscoInfoDescribesRoom();
    void roomInfoTellsWhatOccupantsMayDo();
    void lockedRoomDoesNotExistForOthers();
    void strangerSeesNoSubjectNorOccupantsOfClosedRooms_data();
    void strangerSeesNoSubjectNorOccupantsOfClosedRooms();
    void hiddenRoomStaysOutOfServiceItems();
    void serviceItemsPageThroughPublicRooms();
    void iqToAnotherOccupantIsForwardedAndAnswered_data();
    void iqToAnotherOccupantIsForwardedAndAnswered();

};

void RoomTest::init()
{
    setUpService();
}

void RoomTest::creatorGetsOwnerSelfPresenceWith201ThenEmptySubject()
{
    QSignalSpy created(m_service.get(), &MucService::roomCreated);
    QSignalSpy joined(m_service.get(), qOverload<const QString &, const OccupantInfo &>(&MucService::occupantJoined));
    const auto out = feed(u"<presence from='%1' id='n13mt3l' to='%2/firstwitch'>%3</presence>"_s.arg(Crone, Coven, Join));
    // §10.1.1 (Example 155): 110 and 201, and 170 as new rooms archive (§7.2.12, Example 29); the
    // owner is a moderator and sees its own JID; then the (empty) subject, §7.2.15.
    COMPARE_STANZAS(out, u"<presence from='coven@chat.shakespeare.lit/firstwitch' id='n13mt3l' to='crone1@shakespeare.lit/desktop'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'>"
                         "<item affiliation='owner' jid='crone1@shakespeare.lit/desktop' role='moderator'/>"
                         "<status code='110'/><status code='170'/><status code='201'/></x></presence>"
                         "<message from='coven@chat.shakespeare.lit' id='*' to='crone1@shakespeare.lit/desktop' type='groupchat'><subject/></message>"_s);
    QCOMPARE(created.size(), 1);
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.first().at(1).value<OccupantInfo>().affiliation, Affiliation::Owner);
    QVERIFY(m_service->rooms().first().locked);
}

void RoomTest::lockedRoomRefusesOthers()
{
    joinAs(Crone, u"firstwitch"_s);
    const auto out = feed(u"<presence from='%1' id='j2' to='%2/secondwitch'>%3</presence>"_s.arg(Wiccarocks, Coven, Join));
    COMPARE_STANZAS(out, u"<presence from='coven@chat.shakespeare.lit/secondwitch' id='j2' to='wiccarocks@shakespeare.lit/laptop' type='error'>"
                         "<error by='coven@chat.shakespeare.lit' type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                         "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' xml:lang='en'>*</text></error>"
                         "<x xmlns='http://jabber.org/protocol/muc'/></presence>"_s);
}

void RoomTest::instantRoomSubmitUnlocksRoom()
{
    joinAs(Crone, u"firstwitch"_s);
    const auto out = feed(u"<iq from='%1' id='create1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
                          "<x xmlns='jabber:x:data' type='submit'/></query></iq>"_s.arg(Crone, Coven));
    // The result, then, as for any configuration, status 104 to the occupants (§10.2.1).
    COMPARE_STANZAS(out, u"<iq from='coven@chat.shakespeare.lit' id='create1' to='crone1@shakespeare.lit/desktop' type='result'/>"
                         "<message from='coven@chat.shakespeare.lit' id='*' to='crone1@shakespeare.lit/desktop' type='groupchat'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><status code='104'/></x></message>"_s);
    QVERIFY(!m_service->rooms().first().locked);
    joinAs(Wiccarocks, u"secondwitch"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 2);
}

void RoomTest::joinerGetsOccupantsThenSelfThenHistoryThenSubject()
{
    createInstantRoom();
    feed(u"<message from='%1' id='m1' to='%2' type='groupchat'><body>Harpier cries: 'tis time, 'tis time.</body></message>"_s.arg(Crone, Coven));
    const auto out = feed(u"<presence from='%1' id='j3' to='%2/thirdwitch'>%3</presence>"_s.arg(Hag, Coven, Join));
    // §7.2.3: the occupant (no real JID for a participant in a semi-anonymous room), then the
    // joiner's presence to the moderator (with JID) and to itself (110, id reflected; 170: the room
    // archives, §7.2.12), then the history with its archive id and a delay stamped by the room,
    // then the subject.
    COMPARE_STANZAS(out, u"<presence from='coven@chat.shakespeare.lit/firstwitch' to='hag66@shakespeare.lit/pda'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='owner' role='moderator'/></x></presence>"
                         "<presence from='coven@chat.shakespeare.lit/thirdwitch' to='crone1@shakespeare.lit/desktop'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='participant'/></x></presence>"
                         "<presence from='coven@chat.shakespeare.lit/thirdwitch' id='j3' to='hag66@shakespeare.lit/pda'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='participant'/>"
                         "<status code='110'/><status code='170'/></x></presence>"
                         "<message from='coven@chat.shakespeare.lit/firstwitch' id='m1' to='hag66@shakespeare.lit/pda' type='groupchat'>"
                         "<body>Harpier cries: 'tis time, 'tis time.</body><stanza-id xmlns='urn:xmpp:sid:0' id='*' by='coven@chat.shakespeare.lit'/>"
                         "<delay xmlns='urn:xmpp:delay' from='coven@chat.shakespeare.lit' stamp='*'/></message>"
                         "<message from='coven@chat.shakespeare.lit' id='*' to='hag66@shakespeare.lit/pda' type='groupchat'><subject/></message>"_s);
}

void RoomTest::historyMaxStanzasZeroSendsNone()
{
    createInstantRoom();
    feed(u"<message from='%1' id='m1' to='%2' type='groupchat'><body>one</body></message>"_s.arg(Crone, Coven));
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'>"
                          "<history maxstanzas='0'/></x></presence>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 4); // firstwitch, thirdwitch to both, subject: no history
    QCOMPARE(out.last().firstChildElement().localName(), u"subject"_s);
}

void RoomTest::historyMaxStanzasLimitsToNewest()
{
    createInstantRoom();
    for (int i = 1; i <= 5; ++i)
        feed(u"<message from='%1' id='m%3' to='%2' type='groupchat'><body>%3</body></message>"_s.arg(Crone, Coven).arg(i));
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'>"
                          "<history maxstanzas='2'/></x></presence>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 6);
    QCOMPARE(out.at(3).firstChildElement(u"body"_s).text(), u"4"_s);
    QCOMPARE(out.at(4).firstChildElement(u"body"_s).text(), u"5"_s);
}

void RoomTest::groupchatIsReflectedToEveryoneWithIdAndPayload()
{
    createInstantRoom();
    joinAs(Wiccarocks, u"secondwitch"_s);
    QSignalSpy relayed(m_service.get(), qOverload<const QString &, const QString &, qsizetype>(&MucService::messageRelayed));
    const auto out = feed(u"<message from='%1' id='lzfed' to='%2' type='groupchat'><body>Thrice the brinded cat hath mew'd.</body>"
                          "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                          "<reply xmlns='urn:xmpp:reply:0' id='x1' to='coven@chat.shakespeare.lit/firstwitch'/></message>"_s.arg(Wiccarocks, Coven));
    // §7.4: to every occupant including the sender, from the sender's occupant JID, id kept,
    // every payload the room does not own relayed as it came; then the archive id (XEP-0359 §3).
    const auto copy = u"<message from='coven@chat.shakespeare.lit/secondwitch' id='lzfed' to='%1' type='groupchat'>"
                      "<body>Thrice the brinded cat hath mew'd.</body><active xmlns='http://jabber.org/protocol/chatstates'/>"
                      "<reply xmlns='urn:xmpp:reply:0' id='x1' to='coven@chat.shakespeare.lit/firstwitch'/><stanza-id xmlns='urn:xmpp:sid:0' id='*' by='coven@chat.shakespeare.lit'/></message>"_s;
    COMPARE_STANZAS(out, copy.arg(Crone) + copy.arg(Wiccarocks));
    QCOMPARE(relayed.size(), 1);
    QCOMPARE(relayed.first().at(1).toString(), u"secondwitch"_s);
}

void RoomTest::roomStampedIdsFromSenderAreDropped()
{
    createInstantRoom();
    const auto out = feed(u"<message from='%1' id='f1' to='%2' type='groupchat'><body>x</body>"
                          "<stanza-id xmlns='urn:xmpp:sid:0' by='coven@chat.shakespeare.lit' id='forged'/>"
                          "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='forged'/></message>"_s.arg(Crone, Coven));
    // XEP-0359 §3: only the room's own id, not the forged one.
    COMPARE_STANZAS(out, u"<message from='coven@chat.shakespeare.lit/firstwitch' id='f1' to='crone1@shakespeare.lit/desktop' type='groupchat'>"
                         "<body>x</body><stanza-id xmlns='urn:xmpp:sid:0' id='*' by='coven@chat.shakespeare.lit'/></message>"_s);
    QVERIFY(out[0].firstChildElement(u"stanza-id"_s).attribute(u"id"_s) != u"forged"_s);
}

void RoomTest::relayedPayloadNamespacesCannotBreakTheStream()
{
    createInstantRoom();
    // A namespace name is any string: quotes and markup in it are the sender's, escaped on the
    // way in. Relayed, they must stay inside the declaration, not end it and write the sender's
    // own stanza into qmuc's stream (found by fuzz_service).
    const auto evil = u"urn:x\"/><message to=\"victim@shakespeare.lit\"><body>forged</body></message><x xmlns=\"y"_s;
    const auto out = feed(u"<message from='%1' id='n1' to='%2' type='groupchat'><body>x</body>"
                          "<c xmlns='%3' xmlns:a='%3' a:v='1' xml:lang='en'/></message>"_s
                              .arg(Crone, Coven, QString(evil).replace(u'<', u"&lt;"_s)));
    QCOMPARE(out.size(), 1); // one copy, to the crone, and nothing else
    QCOMPARE(out[0].localName(), u"message"_s);
    const auto c = out[0].firstChildElement(u"c"_s);
    QCOMPARE(c.namespaceURI(), evil);
    QCOMPARE(c.attributeNS(evil, u"v"_s), u"1"_s);
    QCOMPARE(c.attributeNS(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s), u"en"_s);
}

void RoomTest::nonOccupantCannotTalkToRoom()
{
    createInstantRoom();
    const auto out = feed(u"<message from='%1' id='n1' to='%2' type='groupchat'><body>let me in</body></message>"_s.arg(Hag, Coven));
    COMPARE_STANZAS(out, u"<message from='coven@chat.shakespeare.lit' id='n1' to='hag66@shakespeare.lit/pda' type='error'>"
                         "<error by='coven@chat.shakespeare.lit' type='modify'><not-acceptable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                         "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' xml:lang='en'>*</text></error></message>"_s);
}

void RoomTest::privateMessageIsMarkedAndRouted()
{
    createInstantRoom();
    joinAs(Wiccarocks, u"secondwitch"_s);
    const auto out = feed(u"<message from='%1' id='hgn27af1' to='%2/firstwitch' type='chat'><body>I'll give thee a wind.</body></message>"_s.arg(Wiccarocks, Coven));
    // §7.5 (Example 50): from the sender's occupant JID, with the muc#user marker.
    COMPARE_STANZAS(out, u"<message from='coven@chat.shakespeare.lit/secondwitch' id='hgn27af1' to='crone1@shakespeare.lit/desktop' type='chat'>"
                         "<body>I'll give thee a wind.</body><x xmlns='http://jabber.org/protocol/muc#user'/></message>"_s);
}

void RoomTest::privateMessageToUnknownNickIsItemNotFound()
{
    createInstantRoom();
    const auto out = feed(u"<message from='%1' id='p2' to='%2/nobody' type='chat'><body>?</body></message>"_s.arg(Crone, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().localName(), u"item-not-found"_s);
}

void RoomTest::visitorCannotSendPrivateMessagesWhereOnlyParticipantsMay()
{
    // XEP-0045 §10.2, muc#roomconfig_allowpm = participants: visitors may not send private
    // messages; refused as Prosody refuses them (policy-violation, cancel).
    createInstantRoom();
    feed(u"<iq from='%1' id='c2' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_moderatedroom'><value>1</value></field>"
         "<field var='muc#roomconfig_allowpm'><value>participants</value></field></x></query></iq>"_s.arg(Crone, Coven));
    joinAs(Wiccarocks, u"secondwitch"_s); // a visitor: the room is moderated
    QCOMPARE(m_service->occupants(Coven).at(1).role, Role::Visitor);
    const auto refused = feed(u"<message from='%1' id='pm1' to='%2/firstwitch' type='chat'><body>psst</body></message>"_s.arg(Wiccarocks, Coven));
    COMPARE_STANZAS(refused, u"<message from='coven@chat.shakespeare.lit/firstwitch' id='pm1' to='wiccarocks@shakespeare.lit/laptop' type='error'>"
                             "<error by='coven@chat.shakespeare.lit' type='cancel'>"
                             "<policy-violation xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                             "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas' xml:lang='en'>*</text></error></message>"_s);
    // A moderator, a participant, may.
    const auto passed = feed(u"<message from='%1' id='pm2' to='%2/secondwitch' type='chat'><body>speak</body></message>"_s.arg(Crone, Coven));
    QCOMPARE(passed.size(), 1);
    QCOMPARE(passed.first().attribute(u"type"_s), u"chat"_s);
    QCOMPARE(passed.first().attribute(u"to"_s), Wiccarocks);
}

void RoomTest::nickChangeSendsUnavailable303ThenNewPresence()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    QSignalSpy renamed(m_service.get(), qOverload<const QString &, const QString &, const OccupantInfo &>(&MucService::occupantNickChanged));
    const auto out = feed(u"<presence from='%1' id='nc1' to='%2/oldhag'/>"_s.arg(Hag, Coven));
    // §7.6.3 (Examples 53-55)
    COMPARE_STANZAS(out, u"<presence from='coven@chat.shakespeare.lit/thirdwitch' to='crone1@shakespeare.lit/desktop' type='unavailable'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' nick='oldhag' role='participant'/>"
                         "<status code='303'/></x></presence>"
                         "<presence from='coven@chat.shakespeare.lit/thirdwitch' to='hag66@shakespeare.lit/pda' type='unavailable'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' nick='oldhag' role='participant'/>"
                         "<status code='110'/><status code='303'/></x></presence>"
                         "<presence from='coven@chat.shakespeare.lit/oldhag' to='crone1@shakespeare.lit/desktop'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='participant'/></x></presence>"
                         "<presence from='coven@chat.shakespeare.lit/oldhag' id='nc1' to='hag66@shakespeare.lit/pda'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='participant'/>"
                         "<status code='110'/></x></presence>"_s);
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(m_service->occupants(Coven).last().nick, u"oldhag"_s);
}

void RoomTest::nickChangeToTakenNickIsConflict()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = feed(u"<presence from='%1' id='nc2' to='%2/firstwitch'/>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"from"_s), u"coven@chat.shakespeare.lit/firstwitch"_s);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().localName(), u"conflict"_s);
    QCOMPARE(m_service->occupants(Coven).last().nick, u"thirdwitch"_s);
}

void RoomTest::leavingSendsUnavailableWith110ToSelf()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = feed(u"<presence from='%1' id='l1' to='%2/thirdwitch' type='unavailable'><status>gone where the goblins go</status></presence>"_s.arg(Hag, Coven));
    // §7.14 (Examples 79-80): role none, the leaver's status kept; first 110 to the leaver, "then"
    // the others.
    COMPARE_STANZAS(out, u"<presence from='coven@chat.shakespeare.lit/thirdwitch' id='l1' to='hag66@shakespeare.lit/pda' type='unavailable'>"
                         "<status>gone where the goblins go</status>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='none'/>"
                         "<status code='110'/></x></presence>"
                         "<presence from='coven@chat.shakespeare.lit/thirdwitch' to='crone1@shakespeare.lit/desktop' type='unavailable'>"
                         "<status>gone where the goblins go</status>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='none'/></x></presence>"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 1);
}

void RoomTest::lastOccupantLeavingDestroysTemporaryRoom()
{
    createInstantRoom();
    QSignalSpy destroyed(m_service.get(), &MucService::roomDestroyed);
    feed(u"<presence from='%1' to='%2/firstwitch' type='unavailable'/>"_s.arg(Crone, Coven));
    QCOMPARE(destroyed.size(), 1);
    QVERIFY(m_service->rooms().isEmpty());
    const auto out = feed(u"<iq from='%1' id='d1' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Crone, Coven));
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().localName(), u"item-not-found"_s);
}

void RoomTest::presenceResendDoesNotDuplicateOccupant()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    QSignalSpy joined(m_service.get(), qOverload<const QString &, const OccupantInfo &>(&MucService::occupantJoined));
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><show>away</show>%3</presence>"_s.arg(Hag, Coven, Join));
    QCOMPARE(joined.size(), 0);
    QCOMPARE(m_service->occupants(Coven).size(), 2);
    QCOMPARE(m_service->occupants(Coven).last().show, u"away"_s);
    // The client gets the whole room again (it may have lost track); the others see the update.
    QCOMPARE(out.size(), 4);
    QCOMPARE(out.at(0).attribute(u"from"_s), u"coven@chat.shakespeare.lit/firstwitch"_s);
    QCOMPARE(out.at(1).attribute(u"to"_s), Crone);
    QCOMPARE(out.at(1).firstChildElement(u"show"_s).text(), u"away"_s);
    QCOMPARE(out.at(2).attribute(u"to"_s), Hag);
    QCOMPARE(out.at(3).firstChildElement().localName(), u"subject"_s);
}

void RoomTest::presenceUpdateIsBroadcast()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = feed(u"<presence from='%1' id='u1' to='%2/thirdwitch'><show>xa</show><status>brewing</status></presence>"_s.arg(Hag, Coven));
    // §7.7: to everyone, with the new show and status.
    COMPARE_STANZAS(out, u"<presence from='coven@chat.shakespeare.lit/thirdwitch' to='crone1@shakespeare.lit/desktop'><show>xa</show><status>brewing</status>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='participant'/></x></presence>"
                         "<presence from='coven@chat.shakespeare.lit/thirdwitch' id='u1' to='hag66@shakespeare.lit/pda'><show>xa</show><status>brewing</status>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='participant'/>"
                         "<status code='110'/></x></presence>"_s);
}

void RoomTest::secondDeviceWithSameNickIsOneOccupant()
{
    createInstantRoom();
    const auto phone = u"crone1@shakespeare.lit/phone"_s;
    const auto join = feed(u"<presence from='%1' to='%2/firstwitch'>%3</presence>"_s.arg(phone, Coven, Join));
    QCOMPARE(m_service->occupants(Coven).size(), 1);
    QCOMPARE(m_service->occupants(Coven).first().sessions, 2);
    QVERIFY(!join.isEmpty());
    const auto out = feed(u"<message from='%1' id='md' to='%2' type='groupchat'><body>from the phone</body></message>"_s.arg(phone, Coven));
    QCOMPARE(out.size(), 2); // both devices
    QStringList recipients{out.at(0).attribute(u"to"_s), out.at(1).attribute(u"to"_s)};
    recipients.sort();
    QCOMPARE(recipients, (QStringList{Crone, phone}));
    // Leaving from one device keeps the other in.
    const auto bye = feed(u"<presence from='%1' to='%2/firstwitch' type='unavailable'/>"_s.arg(phone, Coven));
    QCOMPARE(bye.first().attribute(u"to"_s), phone);
    QCOMPARE(bye.first().attribute(u"type"_s), u"unavailable"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 1);
    QCOMPARE(m_service->occupants(Coven).first().sessions, 1);
}

void RoomTest::bounceFromOneDeviceRemovesOnlyThatDevice()
{
    createInstantRoom();
    const auto phone = u"crone1@shakespeare.lit/phone"_s;
    feed(u"<presence from='%1' to='%2/firstwitch'>%3</presence>"_s.arg(phone, Coven, Join));
    feed(u"<message from='%1' to='%2/firstwitch' type='error'><error type='cancel'>"
         "<recipient-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"_s.arg(phone, Coven));
    QCOMPARE(m_service->occupants(Coven).size(), 1);
    QCOMPARE(m_service->occupants(Coven).first().sessions, 1);
}

void RoomTest::bounceFromOnlyDeviceRemovesOccupantWith333()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    QSignalSpy left(m_service.get(), qOverload<const QString &, const OccupantInfo &, LeaveReason>(&MucService::occupantLeft));
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch' type='error'><error type='cancel'>"
                          "<remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>"_s.arg(Hag, Coven));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().at(2).value<LeaveReason>(), LeaveReason::Disconnected);
    // The others learn of it after the gone session's own copy (§7.14's order).
    QCOMPARE(out.size(), 2);
    const auto toCrone = out.last();
    QCOMPARE(toCrone.attribute(u"to"_s), Crone);
    QCOMPARE(toCrone.attribute(u"type"_s), u"unavailable"_s);
    QCOMPARE(toCrone.firstChildElement(u"x"_s).firstChildElement(u"status"_s).attribute(u"code"_s), u"333"_s);
}

void RoomTest::selfPingIsAnsweredForJoinedClient()
{
    createInstantRoom();
    const auto out = feed(u"<iq from='%1' id='sp1' to='%2/firstwitch' type='get'><ping xmlns='urn:xmpp:ping'/></iq>"_s.arg(Crone, Coven));
    COMPARE_STANZAS(out, u"<iq from='coven@chat.shakespeare.lit/firstwitch' id='sp1' to='crone1@shakespeare.lit/desktop' type='result'/>"_s);
}

void RoomTest::selfPingFromOutsiderIsNotAcceptable()
{
    createInstantRoom();
    const auto out = feed(u"<iq from='%1' id='sp2' to='%2/firstwitch' type='get'><ping xmlns='urn:xmpp:ping'/></iq>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().localName(), u"not-acceptable"_s);
}

void RoomTest::nicknameWithControlCharacterIsRefused()
{
    createInstantRoom();
    // U+0378 is unassigned.
    const auto out = feed(u"<presence from='%1' to='%2/bad\u0378nick'>%3</presence>"_s.arg(Hag, Coven, Join));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().localName(), u"jid-malformed"_s);
    QVERIFY(out.first().firstChildElement(u"error"_s).firstChildElement(u"text"_s).text().contains(u"U+0378"_s));
}

void RoomTest::nicknamesEqualAfterNormalisationConflict()
{
    createInstantRoom();
    joinAs(Wiccarocks, u"Ren\u00e9e"_s);  // precomposed é
    const auto out = feed(u"<presence from='%1' to='%2/Rene\u0301e'>%3</presence>"_s.arg(Hag, Coven, Join)); // e + combining acute
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().localName(), u"conflict"_s);
}

void RoomTest::participantCannotChangeSubjectByDefault()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = feed(u"<message from='%1' id='s1' to='%2' type='groupchat'><subject>Fire Burn</subject></message>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().localName(), u"forbidden"_s);
}

void RoomTest::moderatorChangesSubjectForEveryone()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    QSignalSpy subject(m_service.get(), qOverload<const QString &, const QString &, const QString &>(&MucService::subjectChanged));
    const auto out = feed(u"<message from='%1' id='s2' to='%2' type='groupchat'><subject>Fire Burn and Cauldron Bubble!</subject></message>"_s.arg(Crone, Coven));
    // §8.1 (Example 165), archived as the room archives (XEP-0359 §3)
    const auto copy = u"<message from='coven@chat.shakespeare.lit/firstwitch' id='s2' to='%1' type='groupchat'>"
                      "<subject>Fire Burn and Cauldron Bubble!</subject><stanza-id xmlns='urn:xmpp:sid:0' id='*' by='coven@chat.shakespeare.lit'/></message>"_s;
    COMPARE_STANZAS(out, copy.arg(Crone) + copy.arg(Hag));
    QCOMPARE(subject.size(), 1);
    // Newcomers get it from the nick that set it.
    const auto join = feed(u"<presence from='%1' to='%2/secondwitch'>%3</presence>"_s.arg(Wiccarocks, Coven, Join));
    QCOMPARE(join.last().attribute(u"from"_s), u"coven@chat.shakespeare.lit/firstwitch"_s);
    QCOMPARE(join.last().firstChildElement(u"subject"_s).text(), u"Fire Burn and Cauldron Bubble!"_s);
    // §7.2.15: stamped with a <delay/> from the room saying when it was set.
    QCOMPARE(join.last().firstChildElement(u"delay"_s).attribute(u"from"_s), Coven);
    QVERIFY(QXmppUtils::datetimeFromString(join.last().firstChildElement(u"delay"_s).attribute(u"stamp"_s)).isValid());
}

void RoomTest::subjectWithThreadIsAMessage()
{
    // §8.1: a <subject/> with a <thread/> (or a <body/>) is a message like any other: relayed
    // whole, thread included, and the room's subject stays as it was.
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    QSignalSpy subject(m_service.get(), qOverload<const QString &, const QString &, const QString &>(&MucService::subjectChanged));
    const auto out = feed(u"<message from='%1' id='t1' to='%2' type='groupchat'><subject>Re: potions</subject><thread>th-1</thread></message>"_s.arg(Hag, Coven));
    const auto copy = u"<message from='coven@chat.shakespeare.lit/thirdwitch' id='t1' to='%1' type='groupchat'>"
                      "<subject>Re: potions</subject><thread>th-1</thread></message>"_s;
    COMPARE_STANZAS(out, copy.arg(Crone) + copy.arg(Hag));
    QCOMPARE(subject.size(), 0);
    QCOMPARE(m_service->rooms().first().subject, QString());
}

void RoomTest::visitorInModeratedRoomHasNoVoice()
{
    createInstantRoom();
    feed(u"<iq from='%1' id='c2' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
         "<field var='muc#roomconfig_moderatedroom'><value>1</value></field></x></query></iq>"_s.arg(Crone, Coven));
    joinAs(Hag, u"thirdwitch"_s);
    QCOMPARE(m_service->occupants(Coven).last().role, Role::Visitor);
    const auto out = feed(u"<message from='%1' id='v1' to='%2' type='groupchat'><body>hear me</body></message>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().localName(), u"forbidden"_s);
}

void RoomTest::roomDiscoInfoDescribesRoom()
{
    createInstantRoom();
    const auto out = feed(u"<iq from='%1' id='di' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    const auto query = out.first().firstChildElement(u"query"_s);
    QCOMPARE(query.firstChildElement(u"identity"_s).attribute(u"category"_s), u"conference"_s);
    QStringList features;
    for (auto f = query.firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
        features << f.attribute(u"var"_s);
    // XEP-0045 §6.4, §15.2 (stable ids, voice requests); XEP-0410 §4 (self-ping answered by the room).
    for (const auto *expected : {"http://jabber.org/protocol/muc", "muc_public", "muc_temporary", "muc_open",
                                 "muc_unmoderated", "muc_semianonymous", "muc_unsecured",
                                 "http://jabber.org/protocol/muc#stable_id", "http://jabber.org/protocol/muc#request",
                                 "http://jabber.org/protocol/muc#self-ping-optimization"})
        QVERIFY2(features.contains(QLatin1StringView(expected)), expected);
    const auto form = query.firstChildElement(u"x"_s);
    QCOMPARE(form.namespaceURI(), u"jabber:x:data"_s);
    QString occupants;
    for (auto f = form.firstChildElement(u"field"_s); !f.isNull(); f = f.nextSiblingElement(u"field"_s)) {
        if (f.attribute(u"var"_s) == u"muc#roominfo_occupants")
            occupants = f.firstChildElement(u"value"_s).text();
    }
    QCOMPARE(occupants, u"1"_s);
}

void RoomTest::roomInfoTellsWhatOccupantsMayDo()
{
    // The muc#roominfo fields clients read to show or hide actions (XEP-0045 §15.5.4, with the
    // muc#roomconfig vars Prosody answers with), each following the room's configuration.
    const auto roomInfo = [this] {
        QMap<QString, QString> values;
        const auto out = feed(u"<iq from='%1' id='di' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Hag, Coven));
        const auto form = out.value(0).firstChildElement(u"query"_s).firstChildElement(u"x"_s);
        for (auto f = form.firstChildElement(u"field"_s); !f.isNull(); f = f.nextSiblingElement(u"field"_s)) {
            QStringList texts;
            for (auto v = f.firstChildElement(u"value"_s); !v.isNull(); v = v.nextSiblingElement(u"value"_s))
                texts << (v.text() == u"true" ? u"1"_s : v.text() == u"false" ? u"0"_s : v.text());
            values.insert(f.attribute(u"var"_s), texts.join(u','));
        }
        return values;
    };
    createInstantRoom();
    auto info = roomInfo();
    QCOMPARE(info.value(u"muc#roomconfig_allowinvites"_s), u"1"_s); // an open room: anyone may invite
    QCOMPARE(info.value(u"muc#roomconfig_changesubject"_s), u"0"_s);
    QCOMPARE(info.value(u"muc#roomconfig_allowpm"_s), u"anyone"_s);
    QVERIFY(info.contains(u"muc#roominfo_lang"_s));
    QVERIFY(info.contains(u"muc#roominfo_contactjid"_s));
    QCOMPARE(info.value(u"muc#roominfo_contactjid"_s), QString()); // semi-anonymous: no real JIDs

    feed(u"<iq from='%1' id='c2' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='muc#roomconfig_membersonly'><value>1</value></field>"
         "<field var='muc#roomconfig_changesubject'><value>1</value></field>"
         "<field var='muc#roomconfig_allowpm'><value>moderators</value></field>"
         "<field var='muc#roomconfig_whois'><value>anyone</value></field>"
         "<field var='muc#roomconfig_lang'><value>en</value></field>"
         "</x></query></iq>"_s.arg(Crone, Coven));
    info = roomInfo();
    QCOMPARE(info.value(u"muc#roomconfig_allowinvites"_s), u"0"_s); // members-only, members may not invite
    QCOMPARE(info.value(u"muc#roomconfig_changesubject"_s), u"1"_s);
    QCOMPARE(info.value(u"muc#roomconfig_allowpm"_s), u"moderators"_s);
    QCOMPARE(info.value(u"muc#roominfo_lang"_s), u"en"_s);
    QCOMPARE(info.value(u"muc#roominfo_contactjid"_s), u"crone1@shakespeare.lit"_s); // the owner
}

void RoomTest::lockedRoomDoesNotExistForOthers()
{
    // §10.1.1: until the owner configures it, the room is there for its owner only; to anyone
    // else it answers as a room that does not exist (item-not-found, as for entering it).
    joinAs(Crone, u"firstwitch"_s);
    for (const auto *ns : {"http://jabber.org/protocol/disco#info", "http://jabber.org/protocol/disco#items"}) {
        const auto out = feed(u"<iq from='%1' id='d1' to='%2' type='get'><query xmlns='%3'/></iq>"_s.arg(Hag, Coven, QLatin1StringView(ns)));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
        QCOMPARE(out.first().firstChildElement(u"error"_s).attribute(u"type"_s), u"cancel"_s);
        QCOMPARE(errorOf(out.first()), u"item-not-found"_s);
    }
    const auto owner = feed(u"<iq from='%1' id='d2' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Crone, Coven));
    QCOMPARE(owner.value(0).attribute(u"type"_s), u"result"_s);
}

void RoomTest::strangerSeesNoSubjectNorOccupantsOfClosedRooms_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("feature");
    QTest::newRow("members-only") << u"<field var='muc#roomconfig_membersonly'><value>1</value></field>"_s << u"muc_membersonly"_s;
    QTest::newRow("password") << u"<field var='muc#roomconfig_passwordprotectedroom'><value>1</value></field>"
                                 "<field var='muc#roomconfig_roomsecret'><value>cauldronburn</value></field>"_s
                              << u"muc_passwordprotected"_s;
}

void RoomTest::strangerSeesNoSubjectNorOccupantsOfClosedRooms()
{
    // XEP-0045 §6.4 (Example 10): the room's identity, features and muc#roominfo form. What goes on
    // inside a members-only or password-protected room (subject, how many are in it) is for its
    // occupants and affiliated users; a stranger gets the rest.
    QFETCH(QString, field);
    QFETCH(QString, feature);
    createInstantRoom();
    feed(u"<message from='%1' id='s1' to='%2' type='groupchat'><subject>Fire Burn and Cauldron Bubble!</subject></message>"_s.arg(Crone, Coven));
    feed(u"<iq from='%1' id='c2' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'>%3</x></query></iq>"_s.arg(Crone, Coven, field));
    feed(u"<iq from='%1' id='m1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>"
         "<item affiliation='member' jid='wiccarocks@shakespeare.lit'/></query></iq>"_s.arg(Crone, Coven));
    const auto info = [this](const QString &from) {
        QHash<QString, QString> fields;
        QStringList features;
        const auto out = feed(u"<iq from='%1' id='di' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(from, Coven));
        const auto query = out.value(0).firstChildElement(u"query"_s);
        for (auto f = query.firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
            features << f.attribute(u"var"_s);
        for (auto f = query.firstChildElement(u"x"_s).firstChildElement(u"field"_s); !f.isNull(); f = f.nextSiblingElement(u"field"_s))
            fields.insert(f.attribute(u"var"_s), f.firstChildElement(u"value"_s).text());
        return std::pair{features, fields};
    };
    const auto [strangerFeatures, stranger] = info(Hag);
    QVERIFY(strangerFeatures.contains(feature));
    QCOMPARE(stranger.value(u"FORM_TYPE"_s), u"http://jabber.org/protocol/muc#roominfo"_s);
    QVERIFY(stranger.contains(u"muc#roomconfig_roomname"_s));
    QVERIFY(!stranger.contains(u"muc#roominfo_subject"_s));
    QVERIFY(!stranger.contains(u"muc#roominfo_occupants"_s));
    // A member who is not in the room sees them.
    const auto [memberFeatures, member] = info(Wiccarocks);
    QCOMPARE(member.value(u"muc#roominfo_subject"_s), u"Fire Burn and Cauldron Bubble!"_s);
    QCOMPARE(member.value(u"muc#roominfo_occupants"_s), u"1"_s);
}

void RoomTest::hiddenRoomStaysOutOfServiceItems()
{
    // §6.3: a hidden room is not listed in the service's items, to members neither.
    createInstantRoom();
    feed(u"<iq from='%1' id='c2' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_publicroom'><value>0</value></field>"
         "</x></query></iq>"_s.arg(Crone, Coven));
    feed(u"<iq from='%1' id='m1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>"
         "<item affiliation='member' jid='hag66@shakespeare.lit'/></query></iq>"_s.arg(Crone, Coven));
    const auto out = feed(u"<iq from='%1' id='i1' to='chat.shakespeare.lit' type='get'><query xmlns='http://jabber.org/protocol/disco#items'/></iq>"_s.arg(Hag));
    COMPARE_STANZAS(out, u"<iq from='chat.shakespeare.lit' id='i1' to='hag66@shakespeare.lit/pda' type='result'>"
                         "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>"_s);
}

void RoomTest::serviceItemsPageThroughPublicRooms()
{
    for (const auto *name : {"alpha", "bravo", "charlie"}) {
        const auto room = QLatin1StringView(name) + u"@chat.shakespeare.lit"_s;
        feed(u"<presence from='%1' to='%2/firstwitch'>%3</presence>"_s.arg(Crone, room, Join));
        feed(u"<iq from='%1' id='c' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
             "<x xmlns='jabber:x:data' type='submit'/></query></iq>"_s.arg(Crone, room));
    }
    const auto page1 = feed(u"<iq from='%1' id='p1' to='chat.shakespeare.lit' type='get'><query xmlns='http://jabber.org/protocol/disco#items'>"
                            "<set xmlns='http://jabber.org/protocol/rsm'><max>2</max></set></query></iq>"_s.arg(Hag));
    COMPARE_STANZAS(page1, u"<iq from='chat.shakespeare.lit' id='p1' to='hag66@shakespeare.lit/pda' type='result'>"
                           "<query xmlns='http://jabber.org/protocol/disco#items'>"
                           "<item jid='alpha@chat.shakespeare.lit' name='alpha'/><item jid='bravo@chat.shakespeare.lit' name='bravo'/>"
                           "<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>alpha@chat.shakespeare.lit</first>"
                           "<last>bravo@chat.shakespeare.lit</last><count>3</count></set></query></iq>"_s);
    const auto page2 = feed(u"<iq from='%1' id='p2' to='chat.shakespeare.lit' type='get'><query xmlns='http://jabber.org/protocol/disco#items'>"
                            "<set xmlns='http://jabber.org/protocol/rsm'><max>2</max><after>bravo@chat.shakespeare.lit</after></set></query></iq>"_s.arg(Hag));
    COMPARE_STANZAS(page2, u"<iq from='chat.shakespeare.lit' id='p2' to='hag66@shakespeare.lit/pda' type='result'>"
                           "<query xmlns='http://jabber.org/protocol/disco#items'>"
                           "<item jid='charlie@chat.shakespeare.lit' name='charlie'/>"
                           "<set xmlns='http://jabber.org/protocol/rsm'><first index='2'>charlie@chat.shakespeare.lit</first>"
                           "<last>charlie@chat.shakespeare.lit</last><count>3</count></set></query></iq>"_s);
}

// An IQ to room/nick goes on from room/asker, under an id that hides the asker, to the session
// that answers for it; the answer comes back from room/nick. A vCard (and with it the avatar,
// XEP-0153 §3.2) is the account's, not a session's: the room asks the occupant's bare JID, whose
// server answers (XEP-0054 §3.2, Example 4), as Prosody, ejabberd and Openfire route it.
void RoomTest::iqToAnotherOccupantIsForwardedAndAnswered_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("answered");
    QTest::addColumn<QString>("to");      // where the request goes, and the answer comes from
    QTest::addColumn<QString>("stranger"); // an answer from here is dropped
    QTest::newRow("version, to the session") << u"<query xmlns='jabber:iq:version'/>"_s
                                             << u"<query xmlns='jabber:iq:version'><name>Cauldron</name></query>"_s << Crone
                                             << u"crone1@shakespeare.lit"_s;
    QTest::newRow("vCard, to the account") << u"<vCard xmlns='vcard-temp'/>"_s
                                           << u"<vCard xmlns='vcard-temp'><FN>Crone</FN></vCard>"_s << u"crone1@shakespeare.lit"_s
                                           << Crone;
}

void RoomTest::iqToAnotherOccupantIsForwardedAndAnswered()
{
    QFETCH(QString, query);
    QFETCH(QString, answered);
    QFETCH(QString, to);
    QFETCH(QString, stranger);
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto request = feed(u"<iq from='%1' id='v1' to='%2/firstwitch' type='get'>%3</iq>"_s.arg(Hag, Coven, query));
    QCOMPARE(request.size(), 1);
    const auto forwardedId = request.first().attribute(u"id"_s);
    COMPARE_STANZAS(request, u"<iq from='coven@chat.shakespeare.lit/thirdwitch' id='%1' to='%2' type='get'>%3</iq>"_s.arg(forwardedId, to, query));
    QVERIFY(forwardedId != u"v1"); // the asker's address stays hidden in the id, not shown
    QVERIFY(!forwardedId.contains(u"hag66"_s));
    for (const auto &other : {stranger, u"wiccarocks@shakespeare.lit"_s})
        QVERIFY(feed(u"<iq from='%1' id='%3' to='%2/thirdwitch' type='result'>%4</iq>"_s.arg(other, Coven, forwardedId, answered)).isEmpty());
    const auto answer = feed(u"<iq from='%1' id='%3' to='%2/thirdwitch' type='result'>%4</iq>"_s.arg(to, Coven, forwardedId, answered));
    COMPARE_STANZAS(answer, u"<iq from='coven@chat.shakespeare.lit/firstwitch' id='v1' to='hag66@shakespeare.lit/pda' type='result'>%1</iq>"_s
                                .arg(answered));
}

QTEST_GUILESS_MAIN(RoomTest)
#include "tst_room.moc"
