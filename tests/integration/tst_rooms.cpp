// Rooms end to end: conversations between real clients (alice, bob, carol: QXmppClient users)
// through a real server (Prosody or ejabberd) and the real qmuc binary, checked stanza by stanza against XEP-0045.
// The MUC stanzas are written out by hand where status codes and order matter.
#include "RoomScenario.h"

#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppPingIq.h>
#include <QXmppUtils.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

class RoomsTest : public RoomScenario
{
    Q_OBJECT
private Q_SLOTS:
    void creatorOwnsNewRoomWhichStaysLockedUntilConfigured();
    void joinerSeesOccupantsThenItselfThenHistoryThenSubject();
    void historyRequestLimitsReplayedMessages();
    void groupchatMessageReachesEveryoneIntact();
    void privateMessageGoesThroughRoomToOneOccupant();
    void visitorsPrivateMessageIsRefusedWhereOnlyParticipantsMay();
    void nickChangeIsAnnouncedAsLeaveAndJoin();
    void leavingIsAnnouncedToEveryone();
    void disconnectingClientLeavesRoom();
    void lastOccupantLeavingDestroysTemporaryRoom();
    void discoveryListsAndDescribesRoom();
    void strangerLearnsNoSubjectNorOccupantsOfMembersOnlyRoom();
    void selfPingIsAnsweredOnlyForOccupants();
    void secondSessionWithSameNickIsOneOccupant();

private:
    // The two who stay see `nick` go (§7.14: unavailable, role none, no 110) and are left alone.
    void verifyDeparture(const QString &nick, std::initializer_list<TestClient *> stayers);
};

void RoomsTest::verifyDeparture(const QString &nick, std::initializer_list<TestClient *> stayers)
{
    const QStringList departure{u"presence room/%1 unavailable affiliation=none role=none"_s.arg(nick)};
    for (auto *stayer : stayers)
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*stayer), departure, Timeout);
    QCOMPARE(occupantCount(**stayers.begin()), 2);
}

// XEP-0045 §10.1.1-§10.1.2: the first to enter creates the room and owns it; the room is locked
// (item-not-found to anyone else) until she accepts the default configuration. New rooms archive,
// so everyone who enters is told (170, §7.2.12).
void RoomsTest::creatorOwnsNewRoomWhichStaysLockedUntilConfigured()
{
    const auto self = enter(*m_alice, u"alice"_s);
    QCOMPARE(describe(self), u"presence room/alice affiliation=owner role=moderator status=110,170,201"_s);
    // §7.2.15: then the subject, empty in a new room.
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_alice),
                              (QStringList{u"presence room/alice affiliation=owner role=moderator status=110,170,201"_s,
                                           u"message room groupchat subject=''"_s}),
                              Timeout);
    QVERIFY(fromRoom(*m_alice).last().firstChildElement(u"body"_s).isNull());

    const auto refused = enter(*m_bob, u"bob"_s);
    QCOMPARE(describe(refused), u"presence room/bob error error=cancel/item-not-found"_s);
    QVERIFY(roomInfo(*m_alice).isResult());
    QCOMPARE(conversation(*m_alice).size(), 2); // nobody came in

    // The instant room: the owner submits the empty form; like any configuration, it is
    // announced (§10.2.1, status 104).
    m_alice->clearReceived();
    QVERIFY(configure(*m_alice, {}).isResult());
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_alice), QStringList{u"message room groupchat status=104"_s}, Timeout);
    m_alice->clearReceived();

    const auto admitted = enter(*m_bob, u"bob"_s);
    QCOMPARE(describe(admitted), u"presence room/bob affiliation=none role=participant status=110,170"_s);
    QVERIFY(!m_alice->waitFor([&](const QDomElement &s) { return isKind(s, u"presence"_s, occupantJid(u"bob"_s)); }).isNull());
    QCOMPARE(conversation(*m_alice), QStringList{u"presence room/bob affiliation=none role=participant"_s});
}

// XEP-0045 §7.2.3: the occupants already there, then the joiner's own presence (110; 170 as the
// room archives, §7.2.12), then the
// history (§7.2.14, each stamped by the room with XEP-0203 delay), then the subject, stamped by
// the room with when it was set (§7.2.15).
void RoomsTest::joinerSeesOccupantsThenItselfThenHistoryThenSubject()
{
    QVERIFY(createRoom());
    m_alice->sendRaw(u"<message to='%1' type='groupchat'><subject>Tea at five</subject></message>"_s.arg(m_room));
    QVERIFY(!m_alice->waitFor([&](const QDomElement &s) { return !s.firstChildElement(u"subject"_s).text().isEmpty(); }).isNull());
    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob affiliation=none role=participant status=110,170"_s);
    QVERIFY(say(*m_alice, u"alice"_s, u"Hello bob"_s));
    QVERIFY(say(*m_bob, u"bob"_s, u"Hi alice"_s));
    settle({m_alice.get(), m_bob.get()});

    enter(*m_carol, u"carol"_s);
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_carol),
                              (QStringList{
                                  u"presence room/alice affiliation=owner role=moderator"_s,
                                  u"presence room/bob affiliation=none role=participant"_s,
                                  u"presence room/carol affiliation=none role=participant status=110,170"_s,
                                  u"message room/alice groupchat body='Hello bob' delay=room"_s,
                                  u"message room/bob groupchat body='Hi alice' delay=room"_s,
                                  u"message room/alice groupchat subject='Tea at five' delay=room"_s,
                              }),
                              Timeout);
    for (const auto &stanza : fromRoom(*m_carol)) {
        if (const auto delay = child(stanza, u"delay"_s, delayNs); !delay.isNull())
            QVERIFY2(QXmppUtils::datetimeFromString(delay.attribute(u"stamp"_s)).isValid(), qPrintable(describe(stanza)));
        // §7.2.3, semi-anonymous (the default): real JIDs go to moderators only; carol is none.
        if (stanza.tagName() == u"presence" && !statusCodes(stanza).contains(110))
            QVERIFY2(!mucItem(stanza).hasAttribute(u"jid"_s), qPrintable(describe(stanza)));
    }
    for (auto *other : {m_alice.get(), m_bob.get()}) {
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*other),
                                  QStringList{u"presence room/carol affiliation=none role=participant"_s}, Timeout);
    }
    // alice, the moderator, learns who carol really is; bob does not.
    QCOMPARE(mucItem(fromRoom(*m_alice).first()).attribute(u"jid"_s), m_carol->client().configuration().jid());
    QVERIFY(!mucItem(fromRoom(*m_bob).first()).hasAttribute(u"jid"_s));
}

// XEP-0045 §7.2.14: <history maxstanzas='N'/> limits the replay to the last N messages.
void RoomsTest::historyRequestLimitsReplayedMessages()
{
    QVERIFY(createRoom());
    enter(*m_bob, u"bob"_s);
    for (const auto &text : {u"one"_s, u"two"_s, u"three"_s})
        QVERIFY(say(*m_bob, u"bob"_s, text));
    const QStringList roster{
        u"presence room/alice affiliation=owner role=moderator"_s,
        u"presence room/bob affiliation=none role=participant"_s,
        u"presence room/carol affiliation=none role=participant status=110,170"_s,
    };
    const auto subject = u"message room groupchat subject=''"_s;

    enter(*m_carol, u"carol"_s, u"<history maxstanzas='0'/>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_carol), roster + QStringList{subject}, Timeout);
    QVERIFY(!leave(*m_carol, u"carol"_s).isNull());

    enter(*m_carol, u"carol"_s, u"<history maxstanzas='2'/>"_s);
    const QStringList lastTwo{u"message room/bob groupchat body='two' delay=room"_s,
                              u"message room/bob groupchat body='three' delay=room"_s};
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_carol), roster + lastTwo + QStringList{subject}, Timeout);
    QVERIFY(!leave(*m_carol, u"carol"_s).isNull());

    // Without a limit of her own she gets all of it (the room keeps more than three).
    enter(*m_carol, u"carol"_s);
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_carol).size(), roster.size() + 4, Timeout);
}

// XEP-0045 §7.4: a groupchat message goes to every occupant, the sender too, from the sender's
// occupant JID, with the sender's id, and with whatever else it carried.
void RoomsTest::groupchatMessageReachesEveryoneIntact()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    QVERIFY(m_bob->sendRaw(u"<message to='%1' type='groupchat' id='bob-1'><body>Scones are ready</body>"
                           "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                           "<custom xmlns='urn:example:test' kind='unknown'>x</custom></message>"_s.arg(m_room)));
    for (auto *client : {m_alice.get(), m_bob.get(), m_carol.get()}) {
        const auto message = client->waitFor([&](const QDomElement &s) { return isKind(s, u"message"_s, occupantJid(u"bob"_s)); });
        QCOMPARE(describe(message), u"message room/bob groupchat body='Scones are ready'"_s);
        QCOMPARE(message.attribute(u"id"_s), u"bob-1"_s);
        QCOMPARE(message.attribute(u"to"_s), client->client().configuration().jid());
        QVERIFY(!child(message, u"active"_s, u"http://jabber.org/protocol/chatstates"_s).isNull());
        const auto custom = child(message, u"custom"_s, u"urn:example:test"_s);
        QVERIFY2(!custom.isNull(), qPrintable(client->jid()));
        QCOMPARE(custom.attribute(u"kind"_s), u"unknown"_s);
        QCOMPARE(custom.text(), u"x"_s);
        QVERIFY(custom.firstChildElement().isNull());
        // Exactly once.
        QVERIFY(roomInfo(*client).isResult());
        QCOMPARE(conversation(*client).size(), 1);
    }
}

// XEP-0045 §7.5: a private message goes through the room to the one occupant, from the sender's
// occupant JID and marked with muc#user; an absent nick is item-not-found. §7.4: a non-occupant
// may not talk to the room (not-acceptable).
void RoomsTest::privateMessageGoesThroughRoomToOneOccupant()
{
    QVERIFY(createRoom());
    enter(*m_bob, u"bob"_s);
    settle({m_alice.get(), m_bob.get()});

    m_carol->sendRaw(u"<message to='%1' type='groupchat' id='early'><body>Can I come in?</body></message>"_s.arg(m_room));
    const auto refused = m_carol->waitFor([&](const QDomElement &s) { return s.attribute(u"id"_s) == u"early"; });
    QCOMPARE(describe(refused), u"message room error error=modify/not-acceptable"_s);
    for (auto *occupant : {m_alice.get(), m_bob.get()}) {
        QVERIFY(roomInfo(*occupant).isResult());
        QCOMPARE(conversation(*occupant), QStringList());
    }

    enter(*m_carol, u"carol"_s);
    settle({m_alice.get(), m_carol.get()});
    m_bob->sendRaw(u"<message to='%1' type='chat' id='pm-1'><body>psst</body></message>"_s.arg(occupantJid(u"carol"_s)));
    const auto whisper = m_carol->waitFor([&](const QDomElement &s) { return s.tagName() == u"message"; });
    QCOMPARE(describe(whisper), u"message room/bob chat body='psst'"_s);
    QCOMPARE(whisper.attribute(u"id"_s), u"pm-1"_s);
    QVERIFY(!child(whisper, u"x"_s, mucUserNs).isNull());
    QVERIFY(roomInfo(*m_alice).isResult());
    QCOMPARE(conversation(*m_alice), QStringList());

    m_bob->sendRaw(u"<message to='%1' type='chat' id='pm-2'><body>anyone?</body></message>"_s.arg(occupantJid(u"nobody"_s)));
    const auto bounced = m_bob->waitFor([&](const QDomElement &s) { return s.attribute(u"id"_s) == u"pm-2"; });
    QCOMPARE(describe(bounced), u"message room/nobody error error=cancel/item-not-found"_s);
}

// XEP-0045 §10.2, muc#roomconfig_allowpm = participants: a visitor's private message is refused
// (policy-violation, as Prosody refuses it) and reaches nobody.
void RoomsTest::visitorsPrivateMessageIsRefusedWhereOnlyParticipantsMay()
{
    QVERIFY(createRoom(u"<field var='muc#roomconfig_moderatedroom'><value>1</value></field>"
                       "<field var='muc#roomconfig_allowpm'><value>participants</value></field>"_s));
    const auto self = enter(*m_bob, u"bob"_s);
    QCOMPARE(describe(self), u"presence room/bob affiliation=none role=visitor status=110,170"_s); // archived: 170
    settle({m_alice.get(), m_bob.get()});
    m_bob->sendRaw(u"<message to='%1' type='chat' id='pm-v'><body>psst</body></message>"_s.arg(occupantJid(u"alice"_s)));
    const auto refused = m_bob->waitFor([&](const QDomElement &s) { return s.attribute(u"id"_s) == u"pm-v"; });
    QCOMPARE(describe(refused), u"message room/alice error error=cancel/policy-violation"_s);
    QVERIFY(roomInfo(*m_alice).isResult());
    QCOMPARE(conversation(*m_alice), QStringList());
}

// XEP-0045 §7.6.3: unavailable from the old nick with 303 and the new nick, then available from
// the new one, to everyone; the changer's own copies carry 110. A taken nick is a conflict.
void RoomsTest::nickChangeIsAnnouncedAsLeaveAndJoin()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    m_carol->sendRaw(u"<presence to='%1'/>"_s.arg(occupantJid(u"caroline"_s)));
    for (auto *client : {m_alice.get(), m_bob.get(), m_carol.get()}) {
        const bool self = client == m_carol.get();
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*client).size(), 2, Timeout);
        const auto gone = fromRoom(*client).at(0);
        const auto back = fromRoom(*client).at(1);
        QCOMPARE(gone.attribute(u"from"_s), occupantJid(u"carol"_s));
        QCOMPARE(gone.attribute(u"type"_s), u"unavailable"_s);
        QCOMPARE(statusCodes(gone), self ? (QList<int>{110, 303}) : QList<int>{303});
        QCOMPARE(mucItem(gone).attribute(u"nick"_s), u"caroline"_s);
        QCOMPARE(describe(back), self ? u"presence room/caroline affiliation=none role=participant status=110"_s
                                      : u"presence room/caroline affiliation=none role=participant"_s);
    }

    settle({m_carol.get(), m_bob.get()});
    m_carol->sendRaw(u"<presence to='%1'/>"_s.arg(occupantJid(u"bob"_s)));
    const auto conflict = m_carol->waitFor([](const QDomElement &s) { return s.attribute(u"type"_s) == u"error"; });
    QCOMPARE(describe(conflict), u"presence room/bob error error=cancel/conflict"_s);
    QVERIFY(roomInfo(*m_bob).isResult());
    QCOMPARE(conversation(*m_bob), QStringList());
}

// XEP-0045 §7.14: the leaver's unavailable presence, role none, to everyone; 110 to the leaver.
void RoomsTest::leavingIsAnnouncedToEveryone()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_carol.get()});

    QCOMPARE(describe(leave(*m_bob, u"bob"_s)), u"presence room/bob unavailable affiliation=none role=none status=110"_s);
    verifyDeparture(u"bob"_s, {m_alice.get(), m_carol.get()});
}

// A client that goes away without leaving: its server sends unavailable presence for it
// (RFC 6121 §4.6), and the room lets the others know (XEP-0045 §7.14).
void RoomsTest::disconnectingClientLeavesRoom()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get()});

    QVERIFY(m_carol->disconnect());
    verifyDeparture(u"carol"_s, {m_alice.get(), m_bob.get()});
}

// XEP-0045 §10.2 (muc#roomconfig_persistentroom false): a temporary room is destroyed when its
// last occupant leaves; it is gone for discovery, and the next to enter creates it anew.
void RoomsTest::lastOccupantLeavingDestroysTemporaryRoom()
{
    QVERIFY(allThreeIn());
    QVERIFY(!leave(*m_bob, u"bob"_s).isNull());
    QVERIFY(!leave(*m_carol, u"carol"_s).isNull());
    QCOMPARE(occupantCount(*m_bob), 1);

    QVERIFY(!leave(*m_alice, u"alice"_s).isNull());
    QVERIFY(roomInfo(*m_bob).isError(QXmppStanza::Error::ItemNotFound));
    QCOMPARE(statusCodes(enter(*m_carol, u"carol"_s)), (QList<int>{110, 170, 201}));
}

// XEP-0045 §6.3: the service lists public unlocked rooms with their names; §6.4: the room
// describes itself (identity, muc_* features, and the muc#roominfo form of §15.5.4).
// XEP-0045 §6.4 (Example 10): a room describes itself to anyone; what goes on inside a
// members-only room (its subject, how many are in it) is for its members.
void RoomsTest::strangerLearnsNoSubjectNorOccupantsOfMembersOnlyRoom()
{
    QVERIFY(createRoom(u"<field var='muc#roomconfig_membersonly'><value>1</value></field>"_s));
    m_alice->sendRaw(u"<message to='%1' type='groupchat'><subject>Members' business</subject></message>"_s.arg(m_room));
    QVERIFY(!m_alice->waitFor([&](const QDomElement &s) { return !s.firstChildElement(u"subject"_s).text().isEmpty(); }).isNull());
    const auto formOf = [](const TestClient::Reply &reply) {
        QHash<QString, QString> form;
        const auto fields = reply.as<QXmppDiscoveryIq>().form().fields();
        for (const auto &field : fields)
            form.insert(field.key(), field.value().toString());
        return form;
    };
    const auto stranger = roomInfo(*m_bob);
    QVERIFY(stranger.isResult());
    QVERIFY(stranger.as<QXmppDiscoveryIq>().features().contains(u"muc_membersonly"_s));
    QCOMPARE(stranger.as<QXmppDiscoveryIq>().identities().value(0).category(), u"conference"_s);
    const auto strangersForm = formOf(stranger);
    QCOMPARE(strangersForm.value(u"FORM_TYPE"_s), u"http://jabber.org/protocol/muc#roominfo"_s);
    QVERIFY(!strangersForm.contains(u"muc#roominfo_subject"_s));
    QVERIFY(!strangersForm.contains(u"muc#roominfo_occupants"_s));
    const auto owners = formOf(roomInfo(*m_alice));
    QCOMPARE(owners.value(u"muc#roominfo_subject"_s), u"Members' business"_s);
    QCOMPARE(owners.value(u"muc#roominfo_occupants"_s), u"1"_s);
}

void RoomsTest::discoveryListsAndDescribesRoom()
{
    QVERIFY(allThreeIn(u"<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                       "<field var='muc#roomconfig_roomname'><value>Tea Room</value></field>"_s));
    // A room still being set up is not listed.
    const auto lockedRoom = u"unfinished@"_s + m_server->domain();
    m_carol->sendRaw(u"<presence to='%1/carol'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(lockedRoom));
    QVERIFY(!m_carol->waitFor([&](const QDomElement &s) { return s.attribute(u"from"_s) == lockedRoom + u"/carol"_s; }).isNull());

    const auto itemsReply = m_bob->discover(QXmppDiscoveryIq::ItemsQuery, m_server->domain());
    QVERIFY(itemsReply.isResult());
    QHash<QString, QString> listed;
    const auto items = itemsReply.as<QXmppDiscoveryIq>().items();
    for (const auto &item : items)
        listed.insert(item.jid(), item.name());
    QCOMPARE(listed.value(m_room), u"Tea Room"_s);
    QVERIFY(!listed.contains(lockedRoom));

    const auto infoReply = roomInfo(*m_bob);
    QVERIFY(infoReply.isResult());
    QCOMPARE(infoReply.result.attribute(u"from"_s), m_room);
    const auto info = infoReply.as<QXmppDiscoveryIq>();
    QCOMPARE(info.identities().size(), 1);
    QCOMPARE(info.identities().first().category(), u"conference"_s);
    QCOMPARE(info.identities().first().type(), u"text"_s);
    QCOMPARE(info.identities().first().name(), u"Tea Room"_s);
    for (const auto &feature : {u"http://jabber.org/protocol/muc"_s, u"muc_public"_s, u"muc_temporary"_s, u"muc_open"_s,
                                u"muc_unmoderated"_s, u"muc_semianonymous"_s, u"muc_unsecured"_s})
        QVERIFY2(info.features().contains(feature), qPrintable(feature));
    QHash<QString, QString> form;
    const auto infoForm = info.form();
    for (const auto &field : infoForm.fields())
        form.insert(field.key(), field.value().toString());
    QCOMPARE(form.value(u"FORM_TYPE"_s), u"http://jabber.org/protocol/muc#roominfo"_s);
    QCOMPARE(form.value(u"muc#roominfo_occupants"_s), u"3"_s);
}

// XEP-0410 §3: a joined client pinging its own occupant JID gets a result from the room; one
// that is not joined gets not-acceptable.
void RoomsTest::selfPingIsAnsweredOnlyForOccupants()
{
    QVERIFY(createRoom());
    enter(*m_bob, u"bob"_s);
    const auto ping = [&](TestClient &who, const QString &nick) {
        QXmppPingIq request;
        request.setTo(occupantJid(nick));
        return who.request(std::move(request));
    };
    for (const auto &[who, nick] : {std::pair{m_alice.get(), u"alice"_s}, std::pair{m_bob.get(), u"bob"_s}}) {
        const auto reply = ping(*who, nick);
        QVERIFY2(reply.isResult(), qPrintable(nick));
        QCOMPARE(reply.result.attribute(u"from"_s), occupantJid(nick));
    }
    QVERIFY(ping(*m_carol, u"carol"_s).isError(QXmppStanza::Error::NotAcceptable));
    // Not joined, even under a nick that is in the room.
    QVERIFY(ping(*m_carol, u"alice"_s).isError(QXmppStanza::Error::NotAcceptable));
}

// XEP-0045 §7.2 (multi-session, as §7.2.9 allows for the same bare JID): a second device of
// alice's under her nick is the same occupant; messages reach both devices, and one device
// leaving keeps her in the room.
void RoomsTest::secondSessionWithSameNickIsOneOccupant()
{
    QVERIFY(allThreeIn());
    TestClient laptop(u"alice"_s, u"laptop"_s);
    QVERIFY(laptop.connectTo(*m_server));
    settle({m_bob.get()});

    QCOMPARE(describe(enter(laptop, u"alice"_s)), u"presence room/alice affiliation=owner role=moderator status=110,170"_s);
    QCOMPARE(occupantCount(*m_bob), 3);
    for (const auto &line : conversation(*m_bob))
        QVERIFY2(line.startsWith(u"presence room/alice affiliation=owner role=moderator"_s), qPrintable(line));

    settle({m_alice.get(), &laptop});
    QVERIFY(say(*m_bob, u"bob"_s, u"Both of you?"_s));
    for (auto *device : {m_alice.get(), &laptop}) {
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*device), QStringList{u"message room/bob groupchat body='Both of you?'"_s},
                                  Timeout);
    }

    settle({m_alice.get(), m_bob.get()});
    QCOMPARE(describe(leave(laptop, u"alice"_s)),
             u"presence room/alice unavailable affiliation=owner role=none status=110"_s);
    QCOMPARE(occupantCount(*m_bob), 3);
    for (auto *stayer : {m_alice.get(), m_bob.get()}) {
        QVERIFY(roomInfo(*stayer).isResult());
        for (const auto &line : conversation(*stayer))
            QVERIFY2(!line.contains(u"unavailable"_s), qPrintable(line));
    }
    settle({m_alice.get(), &laptop});
    QVERIFY(say(*m_bob, u"bob"_s, u"Still there?"_s));
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_alice), QStringList{u"message room/bob groupchat body='Still there?'"_s}, Timeout);
    QVERIFY(roomInfo(laptop).isResult());
    QCOMPARE(conversation(laptop), QStringList());
    QVERIFY(laptop.disconnect());
}

QTEST_GUILESS_MAIN(RoomsTest)
#include "tst_rooms.moc"
