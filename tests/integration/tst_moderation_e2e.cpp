// Moderation end to end: kicking, banning, members-only rooms, passwords, voice, configuration,
// destroying, service administrators and registration, each as a conversation between real
// clients (alice the owner, bob and carol; admin@localhost where the service's administrator acts)
// through a real server (Prosody or ejabberd) and the real qmuc binary, checked against XEP-0045.
#include "RoomScenario.h"

#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

namespace {

const QString dataFormsNs = u"jabber:x:data"_s;
const QString mucAdminNs = u"http://jabber.org/protocol/muc#admin"_s;
const QString mucOwnerNs = u"http://jabber.org/protocol/muc#owner"_s;
const QString commandsNs = u"http://jabber.org/protocol/commands"_s;
const QString setAffiliationNode = u"http://prosody.im/protocol/muc#set-affiliation"_s;
const QString destroyNode = u"http://prosody.im/protocol/muc#destroy"_s;
// qmuc runs with --admin for this user: a service administrator, owner of every room.
const QString serviceAdminUser = u"admin"_s;
const QString password = u"open sesame"_s;

using Fields = std::initializer_list<std::pair<QString, QString>>;

// The fields of a submitted data form: <field var='…'><value>…</value></field> for each.
QString formFields(Fields fields)
{
    QString xml;
    for (const auto &[var, value] : fields)
        xml += u"<field var='%1'><value>%2</value></field>"_s.arg(var, value);
    return xml;
}

// A muc#roomconfig submission (XEP-0045 §10.2) setting `fields`.
QString roomConfig(Fields fields)
{
    return formFields({{u"FORM_TYPE"_s, u"http://jabber.org/protocol/muc#roomconfig"_s}}) + formFields(fields);
}

// A data form as a client reads it: each field's value (booleans as bool, multi-values as
// lists), and the form's type under "(type)".
QHash<QString, QVariant> formValues(const QDomElement &x)
{
    QXmppDataForm form;
    form.parse(x);
    QHash<QString, QVariant> values;
    const auto fields = form.fields();
    for (const auto &field : fields)
        values.insert(field.key(), field.value());
    values.insert(u"(type)"_s, x.attribute(u"type"_s));
    return values;
}

// "var=value" for each of `vars`, in that order: what a form says, comparable as a list.
QStringList formLines(const QHash<QString, QVariant> &values, const QStringList &vars)
{
    QStringList lines;
    for (const auto &var : vars)
        lines << var + u'=' + (values.contains(var) ? values.value(var).toString() : u"(missing)"_s);
    return lines;
}

// The items of a muc#admin list (§9.5, §10.5), a line each: "affiliation=outcast jid=… reason='…'".
QString adminItems(const QDomElement &iqResult)
{
    QStringList lines;
    const auto query = child(iqResult, u"query"_s, mucAdminNs);
    for (auto item = query.firstChildElement(u"item"_s); !item.isNull(); item = item.nextSiblingElement(u"item"_s)) {
        QStringList parts;
        for (const auto *name : {"affiliation", "jid", "nick", "role"}) {
            if (item.hasAttribute(QLatin1StringView(name)))
                parts << QLatin1StringView(name) + u'=' + item.attribute(QLatin1StringView(name));
        }
        if (const auto reason = item.firstChildElement(u"reason"_s); !reason.isNull())
            parts << u"reason='%1'"_s.arg(reason.text());
        lines << parts.join(u' ');
    }
    return lines.join(u'\n');
}

QString onlyPresences(const QString &transcript)
{
    QStringList presences;
    for (const auto &line : transcript.split(u'\n')) {
        if (line.startsWith(u"presence "_s))
            presences << line;
    }
    return presences.join(u'\n');
}

} // namespace

class ModerationE2eTest : public RoomScenario
{
    Q_OBJECT
public:
    ModerationE2eTest()
        : RoomScenario({u"--admin"_s, serviceAdminUser + u"@localhost"_s})
    {
    }

private Q_SLOTS:
    // Kicking (§8.2)
    void ownerKicksParticipantWithReasonAndEveryoneLearnsWhy();
    void kickIsConfirmedToModeratorBeforeOthersAreTold();
    void participantCannotKick();
    // Banning (§9.1, §9.2, §7.2.7)
    void banRemovesOccupantWith301();
    void bannedUserCannotComeBack();
    void outcastListShowsBanReasonToOwnerOnly();
    // Members-only rooms (§7.2.6, §9.3, §9.4, §10.2)
    void membersOnlyRoomRefusesNonMembers();
    void newMemberCanEnterMembersOnlyRoom();
    void revokingMembershipRemovesOccupantWith321();
    void switchingToMembersOnlyRemovesNonMembersWith322();
    // Passwords and invitations (§7.2.5, §7.8.2)
    void passwordProtectedRoomRefusesEntryWithoutRightPassword();
    void rightPasswordLetsUserIn();
    void invitationFromOwnerCarriesPassword();
    // Moderated rooms and voice (§5.1.2, §7.4, §7.13, §8.6)
    void newcomerToModeratedRoomIsVisitor();
    void visitorCannotTalk();
    void voiceRequestReachesModeratorAsForm();
    void approvedVoiceRequestLetsVisitorTalk();
    // Configuration (§10.1.3, §10.2, §10.2.1)
    void ownerGetsConfigurationFormWithCurrentValues();
    void changedConfigurationIsAnnouncedAndDiscoverable();
    void invalidConfigurationIsRefusedAndChangesNothing();
    // Destroying (§10.9)
    void destroyedRoomTellsEveryoneWhyAndWhereToGo();
    void destroyedRoomSendsEachOccupantOnlyItsOwnRemoval();
    // Service administrators (qmuc --admin) and their XEP-0050 commands
    void serviceAdministratorOutsideRoomCanKick();
    void serviceAdministratorOutsideRoomCanDestroyRoom();
    void adminCommandsAreOfferedOnlyToServiceAdministrators();
    void setAffiliationCommandRunsInTwoStepsAndRoomShowsIt();
    // Registration (§7.10, §7.12, §7.2.9, §7.6.3)
    void registeringReservesNickAndMakesMember();
    void registeredNickIsRefusedToOthersEntering();
    void registeredNickIsRefusedToOthersChangingNick();
    void registeredNickIsFoundThroughDisco();

private:
    // A muc#admin set (§8, §9) or get of the list of `affiliation` (§9.5, §10.5).
    TestClient::Reply admin(TestClient &who, const QString &items);
    TestClient::Reply affiliationList(TestClient &who, const QString &affiliation);
    // The muc#owner form (§10.2) as `who` gets it, and its values (see formValues()); the destroy
    // request (§10.9).
    TestClient::Reply configurationForm(TestClient &who);
    QHash<QString, QVariant> configurationValues(TestClient &owner);
    TestClient::Reply destroy(TestClient &who, const QString &destroyChildren);
    // admin@localhost, logged in but in no room.
    std::unique_ptr<TestClient> serviceAdministrator();
    // alice creates a members-only room, after making carol a member, who enters.
    bool membersOnlyRoomWithCarol();
    // alice creates a room protected by `password`; `guest` enters with it as `nick`.
    bool passwordRoomWith(TestClient &guest, const QString &nick);
    // alice creates a moderated room; bob and carol enter (visitors).
    bool moderatedRoomWithVisitors();
    // bob asks for voice (§7.13) and alice receives the form the room sends moderators (§8.6).
    QDomElement requestVoice();
    // `who` registers `nick` with the room (§7.10): the form, then the submission.
    TestClient::Reply registerNick(TestClient &who, const QString &nick);
    // All the room has sent `clients` so far (see transcript()), each line led by the recipient's
    // JID: empty if it sent them nothing.
    QString transcripts(std::initializer_list<TestClient *> clients);
    // Whether the room's disco#info (§6.4) lists `feature`.
    bool roomHasFeature(TestClient &asker, const QString &feature);
    // alice, bob and carol with their nicks.
    QList<std::pair<TestClient *, QString>> everyone() const;
    // Waits for the unavailable presence of `who`'s own occupant (`nick`), and describes it.
    QString ownDeparture(TestClient &who, const QString &nick);
};

TestClient::Reply ModerationE2eTest::admin(TestClient &who, const QString &items)
{
    return who.request(u"<iq type='set' to='%1'><query xmlns='%2'>%3</query></iq>"_s.arg(m_room, mucAdminNs, items));
}

TestClient::Reply ModerationE2eTest::affiliationList(TestClient &who, const QString &affiliation)
{
    return who.request(u"<iq type='get' to='%1'><query xmlns='%2'><item affiliation='%3'/></query></iq>"_s
                           .arg(m_room, mucAdminNs, affiliation));
}

TestClient::Reply ModerationE2eTest::configurationForm(TestClient &who)
{
    return who.request(u"<iq type='get' to='%1'><query xmlns='%2'/></iq>"_s.arg(m_room, mucOwnerNs));
}

QHash<QString, QVariant> ModerationE2eTest::configurationValues(TestClient &owner)
{
    return formValues(child(child(configurationForm(owner).result, u"query"_s, mucOwnerNs), u"x"_s, dataFormsNs));
}

TestClient::Reply ModerationE2eTest::destroy(TestClient &who, const QString &destroyChildren)
{
    return who.request(u"<iq type='set' to='%1'><query xmlns='%2'>%3</query></iq>"_s.arg(m_room, mucOwnerNs, destroyChildren));
}

std::unique_ptr<TestClient> ModerationE2eTest::serviceAdministrator()
{
    auto admin = std::make_unique<TestClient>(serviceAdminUser);
    if (!admin->connectTo(*m_server))
        return {};
    return admin;
}

bool ModerationE2eTest::membersOnlyRoomWithCarol()
{
    if (!createRoom())
        return false;
    if (!admin(*m_alice, u"<item affiliation='member' jid='%1'/>"_s.arg(m_carol->bareJid())).isResult())
        return false;
    if (!configure(*m_alice, roomConfig({{u"muc#roomconfig_membersonly"_s, u"1"_s}})).isResult())
        return false;
    return describe(enter(*m_carol, u"carol"_s)) == u"presence room/carol affiliation=member role=participant status=110,170";
}

bool ModerationE2eTest::passwordRoomWith(TestClient &guest, const QString &nick)
{
    return createRoom(roomConfig({{u"muc#roomconfig_passwordprotectedroom"_s, u"1"_s},
                                  {u"muc#roomconfig_roomsecret"_s, password}}))
        && statusCodes(enter(guest, nick, u"<password>%1</password>"_s.arg(password))).contains(110);
}

bool ModerationE2eTest::moderatedRoomWithVisitors()
{
    if (!allThreeIn(roomConfig({{u"muc#roomconfig_moderatedroom"_s, u"1"_s}})))
        return false;
    settle({m_alice.get(), m_bob.get(), m_carol.get()});
    return true;
}

QDomElement ModerationE2eTest::requestVoice()
{
    // §7.13 (Example 72), as XEP-0045 writes it: FORM_TYPE without type='hidden'.
    m_bob->sendRaw(u"<message to='%1' id='voice-please'><x xmlns='jabber:x:data' type='submit'>"
                   "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#request</value></field>"
                   "<field var='muc#role' type='list-single' label='Requested role'><value>participant</value></field>"
                   "</x></message>"_s.arg(m_room));
    return m_alice->waitFor([&](const QDomElement &s) {
        return isKind(s, u"message"_s, m_room) && !child(s, u"x"_s, dataFormsNs).isNull();
    });
}

TestClient::Reply ModerationE2eTest::registerNick(TestClient &who, const QString &nick)
{
    const auto form = who.request(u"<iq type='get' to='%1'><query xmlns='jabber:iq:register'/></iq>"_s.arg(m_room));
    if (!form.isResult())
        return form;
    return who.request(u"<iq type='set' to='%1'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='submit'>%2"
                       "</x></query></iq>"_s.arg(m_room, formFields({{u"FORM_TYPE"_s, u"http://jabber.org/protocol/muc#register"_s},
                                                                     {u"muc#register_roomnick"_s, nick}})));
}

QString ModerationE2eTest::transcripts(std::initializer_list<TestClient *> clients)
{
    QStringList lines;
    for (auto *client : clients) {
        for (const auto &line : transcript(*client).split(u'\n', Qt::SkipEmptyParts))
            lines << client->bareJid() + u": "_s + line;
    }
    return lines.join(u'\n');
}

bool ModerationE2eTest::roomHasFeature(TestClient &asker, const QString &feature)
{
    const auto info = roomInfo(asker);
    return info.isResult() && info.as<QXmppDiscoveryIq>().features().contains(feature);
}

QList<std::pair<TestClient *, QString>> ModerationE2eTest::everyone() const
{
    return {{m_alice.get(), u"alice"_s}, {m_bob.get(), u"bob"_s}, {m_carol.get(), u"carol"_s}};
}

QString ModerationE2eTest::ownDeparture(TestClient &who, const QString &nick)
{
    return describe(who.waitFor([&](const QDomElement &s) {
        return isKind(s, u"presence"_s, occupantJid(nick)) && s.attribute(u"type"_s) == u"unavailable";
    }));
}

// XEP-0045 §8.2 (Examples 89-91): the kicked occupant learns it with 110 and 307, who did it
// and why; the others see it with 307; the moderator gets the result. A kick is not a ban.
void ModerationE2eTest::ownerKicksParticipantWithReasonAndEveryoneLearnsWhy()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    const auto reply = admin(*m_alice, u"<item nick='bob' role='none'><reason>Too many puns</reason></item>"_s);
    QCOMPARE(reply.outcome(), u"result"_s);
    QCOMPARE(reply.result.attribute(u"from"_s), m_room);
    const auto kicked = u"presence room/bob unavailable affiliation=none role=none actor=alice reason='Too many puns' status=%1"_s;
    QCOMPARE(transcript(*m_bob), kicked.arg(u"110,307"_s));
    for (auto *stayer : {m_alice.get(), m_carol.get()})
        QCOMPARE(transcript(*stayer), kicked.arg(u"307"_s));
    QCOMPARE(occupantCount(*m_carol), 2);
    // The operator reads it in qmuc's log, in the words of qmuc-admin's event list.
    QVERIFY2(m_qmuc->waitForOutput(m_room + u": bob was kicked"_s), qPrintable(m_qmuc->output()));

    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob affiliation=none role=participant status=110,170"_s);
}

// XEP-0045 §8.2: "After removing the kicked occupant(s), the service MUST then inform the
// moderator of success [...] After informing the moderator, the service MUST then inform all of
// the remaining occupants": alice, who stays, hears of bob's kick only after her result.
void ModerationE2eTest::kickIsConfirmedToModeratorBeforeOthersAreTold()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get()});

    const auto reply = admin(*m_alice, u"<item nick='bob' role='none'/>"_s);
    QCOMPARE(reply.outcome(), u"result"_s);
    QStringList beforeResult;
    for (const auto &stanza : m_alice->received().first(reply.receivedBefore))
        beforeResult << describe(stanza);
    QCOMPARE(beforeResult.join(u'\n'), QString());
    QCOMPARE(transcript(*m_alice), u"presence room/bob unavailable affiliation=none role=none actor=alice status=307"_s);
}

// XEP-0045 §8 (preamble) and §8.2: only moderators kick; a participant gets forbidden and
// nobody leaves.
void ModerationE2eTest::participantCannotKick()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    QCOMPARE(admin(*m_bob, u"<item nick='carol' role='none'><reason>My turn</reason></item>"_s).outcome(),
             u"error auth/forbidden"_s);
    QCOMPARE(transcripts({m_alice.get(), m_bob.get(), m_carol.get()}), QString());
    QCOMPARE(occupantCount(*m_alice), 3);
}

// XEP-0045 §9.1: banning a bare JID removes its occupant with 301 (110 for
// her), with who did it and why.
void ModerationE2eTest::banRemovesOccupantWith301()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    const auto reply = admin(*m_alice, u"<item affiliation='outcast' jid='%1'><reason>Spoilers</reason></item>"_s.arg(m_carol->bareJid()));
    QCOMPARE(reply.outcome(), u"result"_s);
    const auto banned = u"presence room/carol unavailable affiliation=outcast role=none actor=alice reason='Spoilers' status=%1"_s;
    QCOMPARE(transcript(*m_carol), banned.arg(u"110,301"_s));
    for (auto *stayer : {m_alice.get(), m_bob.get()})
        QCOMPARE(transcript(*stayer), banned.arg(u"301"_s));
    QCOMPARE(occupantCount(*m_bob), 2);
}

// XEP-0045 §7.2.7: a banned user may not enter again, under any nick.
void ModerationE2eTest::bannedUserCannotComeBack()
{
    QVERIFY(allThreeIn());
    QVERIFY(admin(*m_alice, u"<item affiliation='outcast' jid='%1'/>"_s.arg(m_carol->bareJid())).isResult());
    settle({m_alice.get(), m_bob.get()});

    QCOMPARE(describe(enter(*m_carol, u"carol"_s)), u"presence room/carol error error=auth/forbidden"_s);
    QCOMPARE(describe(enter(*m_carol, u"caroline"_s)), u"presence room/caroline error error=auth/forbidden"_s);
    QCOMPARE(transcripts({m_alice.get(), m_bob.get()}), QString());
    QCOMPARE(occupantCount(*m_alice), 2);
}

// XEP-0045 §9.2 (Example 106): the ban list, with reasons, for admins and owners; anyone
// else gets forbidden (§9 preamble).
void ModerationE2eTest::outcastListShowsBanReasonToOwnerOnly()
{
    QVERIFY(allThreeIn());
    QVERIFY(admin(*m_alice, u"<item affiliation='outcast' jid='%1'><reason>Spoilers</reason></item>"_s.arg(m_carol->bareJid())).isResult());

    const auto list = affiliationList(*m_alice, u"outcast"_s);
    QCOMPARE(list.outcome(), u"result"_s);
    QCOMPARE(adminItems(list.result), u"affiliation=outcast jid=carol@localhost reason='Spoilers'"_s);
    QCOMPARE(affiliationList(*m_bob, u"outcast"_s).outcome(), u"error auth/forbidden"_s);
    QCOMPARE(affiliationList(*m_carol, u"outcast"_s).outcome(), u"error auth/forbidden"_s);
}

// XEP-0045 §7.2.6: a members-only room refuses whoever is not on the member list,
// and those inside see nothing of it.
void ModerationE2eTest::membersOnlyRoomRefusesNonMembers()
{
    QVERIFY(membersOnlyRoomWithCarol());
    settle({m_alice.get(), m_carol.get()});

    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob error error=auth/registration-required"_s);
    QCOMPARE(transcripts({m_alice.get(), m_carol.get()}), QString());
    QVERIFY(roomHasFeature(*m_bob, u"muc_membersonly"_s));
}

// XEP-0045 §9.3: once an admin or owner has made him a member, he enters
// as a member, and everyone sees him come. alice, a moderator and so one who may see real JIDs,
// learns of the new member of this members-only room at once, before he comes.
void ModerationE2eTest::newMemberCanEnterMembersOnlyRoom()
{
    QVERIFY(membersOnlyRoomWithCarol());
    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob error error=auth/registration-required"_s);
    settle({m_alice.get(), m_carol.get()});

    QCOMPARE(admin(*m_alice, u"<item affiliation='member' jid='%1'/>"_s.arg(m_bob->bareJid())).outcome(), u"result"_s);
    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob affiliation=member role=participant status=110,170"_s);
    QCOMPARE(transcript(*m_alice), u"message room affiliation=member role=\npresence room/bob affiliation=member role=participant"_s);
    QCOMPARE(transcript(*m_carol), u"presence room/bob affiliation=member role=participant"_s);
}

// XEP-0045 §9.4: revoking the membership of someone inside a members-only
// room removes him with 321, and he may not come back.
void ModerationE2eTest::revokingMembershipRemovesOccupantWith321()
{
    QVERIFY(membersOnlyRoomWithCarol());
    QVERIFY(admin(*m_alice, u"<item affiliation='member' jid='%1'/>"_s.arg(m_bob->bareJid())).isResult());
    QVERIFY(statusCodes(enter(*m_bob, u"bob"_s)).contains(110));
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    QCOMPARE(admin(*m_alice, u"<item affiliation='none' jid='%1'/>"_s.arg(m_bob->bareJid())).outcome(), u"result"_s);
    const auto removed = u"presence room/bob unavailable affiliation=none role=none actor=alice status=%1"_s;
    QCOMPARE(transcript(*m_bob), removed.arg(u"110,321"_s));
    for (auto *stayer : {m_alice.get(), m_carol.get()})
        QCOMPARE(transcript(*stayer), removed.arg(u"321"_s));
    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob error error=auth/registration-required"_s);
}

// XEP-0045 §10.2: "If as a result of a change in the room configuration the room type is
// changed to members-only but there are non-members in the room, the service MUST remove any
// non-members from the room and include a status code of 322 in the presence unavailable
// stanzas sent to those users as well as any remaining occupants."
void ModerationE2eTest::switchingToMembersOnlyRemovesNonMembersWith322()
{
    QVERIFY(allThreeIn());
    QVERIFY(admin(*m_alice, u"<item affiliation='member' jid='%1'/>"_s.arg(m_carol->bareJid())).isResult());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    QCOMPARE(configure(*m_alice, roomConfig({{u"muc#roomconfig_membersonly"_s, u"1"_s}})).outcome(), u"result"_s);
    const auto removed = u"presence room/bob unavailable affiliation=none role=none status=%1"_s;
    QCOMPARE(onlyPresences(transcript(*m_bob)), removed.arg(u"110,322"_s));
    for (auto *stayer : {m_alice.get(), m_carol.get()})
        QCOMPARE(onlyPresences(transcript(*stayer)), removed.arg(u"322"_s));
    QCOMPARE(occupantCount(*m_alice), 2);
}

// XEP-0045 §7.2.5: no password, or a wrong one, is not-authorized.
void ModerationE2eTest::passwordProtectedRoomRefusesEntryWithoutRightPassword()
{
    QVERIFY(passwordRoomWith(*m_carol, u"carol"_s));
    settle({m_alice.get(), m_carol.get()});

    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob error error=auth/not-authorized"_s);
    QCOMPARE(describe(enter(*m_bob, u"bob"_s, u"<password>open barley</password>"_s)),
             u"presence room/bob error error=auth/not-authorized"_s);
    QCOMPARE(transcripts({m_alice.get(), m_carol.get()}), QString());
    QVERIFY(roomHasFeature(*m_bob, u"muc_passwordprotected"_s));
}

// XEP-0045 §7.2.5: the password in the join's <x/> lets the user in.
void ModerationE2eTest::rightPasswordLetsUserIn()
{
    QVERIFY(passwordRoomWith(*m_carol, u"carol"_s));
    settle({m_alice.get(), m_carol.get()});

    QCOMPARE(describe(enter(*m_bob, u"bob"_s, u"<password>%1</password>"_s.arg(password))),
             u"presence room/bob affiliation=none role=participant status=110,170"_s);
    for (auto *occupant : {m_alice.get(), m_carol.get()})
        QCOMPARE(transcript(*occupant), u"presence room/bob affiliation=none role=participant"_s);
}

// XEP-0045 §7.8.2 (Example 59): a mediated invitation reaches the invitee from the room,
// naming the inviter, with the reason and the password; the invitee gets in with it.
void ModerationE2eTest::invitationFromOwnerCarriesPassword()
{
    QVERIFY(passwordRoomWith(*m_bob, u"bob"_s));
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    m_alice->sendRaw(u"<message to='%1' id='invite-1'><x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<invite to='%2'><reason>Tea is ready</reason></invite></x></message>"_s.arg(m_room, m_carol->bareJid()));
    const auto invitation = m_carol->waitFor([&](const QDomElement &s) { return isKind(s, u"message"_s, m_room); });
    QVERIFY2(!invitation.isNull(), "carol got no invitation");
    QVERIFY2(invitation.attribute(u"type"_s, u"normal"_s) == u"normal", qPrintable(describe(invitation)));
    const auto x = child(invitation, u"x"_s, mucUserNs);
    const auto invite = x.firstChildElement(u"invite"_s);
    QVERIFY2(!invite.isNull(), qPrintable(describe(invitation)));
    // "the bare JID, full JID, or occupant JID of the inviter"
    const auto inviter = invite.attribute(u"from"_s);
    QVERIFY2(inviter == m_alice->jid() || inviter == m_alice->bareJid() || inviter == occupantJid(u"alice"_s), qPrintable(inviter));
    QCOMPARE(invite.firstChildElement(u"reason"_s).text(), u"Tea is ready"_s);
    QCOMPARE(x.firstChildElement(u"password"_s).text(), password);
    // The room only passes it on: the occupants see nothing, alice gets no error.
    QCOMPARE(transcripts({m_alice.get(), m_bob.get()}), QString());

    const auto given = x.firstChildElement(u"password"_s).text();
    QCOMPARE(describe(enter(*m_carol, u"carol"_s, u"<password>%1</password>"_s.arg(given))),
             u"presence room/carol affiliation=none role=participant status=110,170"_s);
}

// XEP-0045 §5.1.2 (default roles): in a moderated room someone without affiliation enters as a
// visitor, and everyone sees it.
void ModerationE2eTest::newcomerToModeratedRoomIsVisitor()
{
    QVERIFY(createRoom(roomConfig({{u"muc#roomconfig_moderatedroom"_s, u"1"_s}})));
    settle({m_alice.get()});

    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob affiliation=none role=visitor status=110,170"_s);
    QCOMPARE(transcript(*m_alice), u"presence room/bob affiliation=none role=visitor"_s);
    enter(*m_carol, u"carol"_s);
    QCOMPARE(onlyPresences(transcript(*m_carol)),
             u"presence room/alice affiliation=owner role=moderator\n"
             "presence room/bob affiliation=none role=visitor\n"
             "presence room/carol affiliation=none role=visitor status=110,170"_s);
    QVERIFY(roomHasFeature(*m_bob, u"muc_moderated"_s));
}

// XEP-0045 §7.4: a visitor's groupchat message is refused (forbidden) and reaches nobody.
void ModerationE2eTest::visitorCannotTalk()
{
    QVERIFY(moderatedRoomWithVisitors());

    m_bob->sendRaw(u"<message to='%1' type='groupchat' id='hush-1'><body>Can anyone hear me?</body></message>"_s.arg(m_room));
    const auto refused = m_bob->waitFor([](const QDomElement &s) { return s.attribute(u"id"_s) == u"hush-1"; });
    QCOMPARE(describe(refused), u"message room error error=auth/forbidden"_s);
    QCOMPARE(transcripts({m_alice.get(), m_carol.get()}), QString());
    QCOMPARE(transcript(*m_bob), describe(refused));
}

// XEP-0045 §7.13 (Example 72) and §8.6: a visitor's voice request reaches the
// moderators, only them, as the muc#request approval form naming the visitor.
void ModerationE2eTest::voiceRequestReachesModeratorAsForm()
{
    QVERIFY(moderatedRoomWithVisitors());

    const auto request = requestVoice();
    QVERIFY2(!request.isNull(), "alice got no voice request");
    const auto values = formValues(child(request, u"x"_s, dataFormsNs));
    QCOMPARE(formLines(values, {u"(type)"_s, u"FORM_TYPE"_s, u"muc#role"_s, u"muc#jid"_s, u"muc#roomnick"_s, u"muc#request_allow"_s}),
             (QStringList{u"(type)=form"_s, u"FORM_TYPE=http://jabber.org/protocol/muc#request"_s, u"muc#role=participant"_s,
                          u"muc#jid="_s + m_bob->jid(), u"muc#roomnick=bob"_s, u"muc#request_allow=false"_s}));
    QCOMPARE(transcript(*m_alice), u"message room"_s);
    // carol, a visitor, is not asked; bob's request is neither refused nor granted yet.
    QCOMPARE(transcripts({m_bob.get(), m_carol.get()}), QString());
}

// XEP-0045 §8.6 (Example 122) and §8.3: the moderator submits the form with
// muc#request_allow; the visitor becomes a participant, everyone sees it, and he can talk.
void ModerationE2eTest::approvedVoiceRequestLetsVisitorTalk()
{
    QVERIFY(moderatedRoomWithVisitors());
    const auto request = requestVoice();
    QVERIFY2(!request.isNull(), "alice got no voice request");
    settle({m_alice.get()});

    // alice's client sends the form back, filled in, as a submission.
    const auto values = formValues(child(request, u"x"_s, dataFormsNs));
    m_alice->sendRaw(u"<message to='%1' id='approve-1'><x xmlns='jabber:x:data' type='submit'>%2</x></message>"_s.arg(
        m_room, formFields({{u"FORM_TYPE"_s, values.value(u"FORM_TYPE"_s).toString()},
                            {u"muc#role"_s, values.value(u"muc#role"_s).toString()},
                            {u"muc#jid"_s, values.value(u"muc#jid"_s).toString()},
                            {u"muc#roomnick"_s, values.value(u"muc#roomnick"_s).toString()},
                            {u"muc#request_allow"_s, u"true"_s}})));
    const auto voiced = u"presence room/bob affiliation=none role=participant"_s;
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_bob), QStringList{voiced + u" status=110"_s}, Timeout);
    for (auto *other : {m_alice.get(), m_carol.get()})
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*other), QStringList{voiced}, Timeout);
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    QVERIFY(say(*m_bob, u"bob"_s, u"Thank you"_s));
    QTRY_COMPARE_WITH_TIMEOUT(conversation(*m_carol), QStringList{u"message room/bob groupchat body='Thank you'"_s}, Timeout);
}

// XEP-0045 §10.2: the owner gets the muc#roomconfig form with the standard
// fields and the room's current values; others get forbidden.
void ModerationE2eTest::ownerGetsConfigurationFormWithCurrentValues()
{
    QVERIFY(allThreeIn(roomConfig({{u"muc#roomconfig_roomname"_s, u"Tea Room"_s},
                                   {u"muc#roomconfig_roomdesc"_s, u"Scones and gossip"_s},
                                   {u"muc#roomconfig_changesubject"_s, u"1"_s},
                                   {u"muc#roomconfig_maxusers"_s, u"50"_s},
                                   {u"muc#maxhistoryfetch"_s, u"5"_s}})));

    const auto values = configurationValues(*m_alice);
    const QStringList standard{
        u"(type)"_s, u"FORM_TYPE"_s, u"muc#roomconfig_roomname"_s, u"muc#roomconfig_roomdesc"_s,
        u"muc#roomconfig_persistentroom"_s, u"muc#roomconfig_publicroom"_s, u"muc#roomconfig_changesubject"_s,
        u"muc#roomconfig_moderatedroom"_s, u"muc#roomconfig_membersonly"_s, u"muc#roomconfig_passwordprotectedroom"_s,
        u"muc#roomconfig_roomsecret"_s, u"muc#roomconfig_maxusers"_s, u"muc#roomconfig_whois"_s,
        u"muc#roomconfig_allowinvites"_s, u"muc#roomconfig_enablearchiving"_s, u"muc#maxhistoryfetch"_s,
    };
    QCOMPARE(formLines(values, standard),
             (QStringList{u"(type)=form"_s, u"FORM_TYPE=http://jabber.org/protocol/muc#roomconfig"_s,
                          u"muc#roomconfig_roomname=Tea Room"_s, u"muc#roomconfig_roomdesc=Scones and gossip"_s,
                          u"muc#roomconfig_persistentroom=false"_s, u"muc#roomconfig_publicroom=true"_s,
                          u"muc#roomconfig_changesubject=true"_s, u"muc#roomconfig_moderatedroom=false"_s,
                          u"muc#roomconfig_membersonly=false"_s, u"muc#roomconfig_passwordprotectedroom=false"_s,
                          u"muc#roomconfig_roomsecret="_s, u"muc#roomconfig_maxusers=50"_s,
                          u"muc#roomconfig_whois=moderators"_s, u"muc#roomconfig_allowinvites=false"_s,
                          u"muc#roomconfig_enablearchiving=true"_s, u"muc#maxhistoryfetch=5"_s}));

    QCOMPARE(configurationForm(*m_bob).outcome(), u"error auth/forbidden"_s);
}

// XEP-0045 §10.2: the owner's new configuration takes effect (a result); §10.2.1: every
// occupant gets a message with status 104; §6.4: discovery shows the new name and muc_persistent.
void ModerationE2eTest::changedConfigurationIsAnnouncedAndDiscoverable()
{
    QVERIFY(allThreeIn(roomConfig({{u"muc#roomconfig_roomname"_s, u"Tea Room"_s}})));
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    const auto reply = configure(*m_alice, roomConfig({{u"muc#roomconfig_roomname"_s, u"Garden Party"_s},
                                                       {u"muc#roomconfig_roomdesc"_s, u"Under the apple tree"_s},
                                                       {u"muc#roomconfig_persistentroom"_s, u"1"_s}}));
    QCOMPARE(reply.outcome(), u"result"_s);
    for (auto *client : {m_alice.get(), m_bob.get(), m_carol.get()})
        QCOMPARE(transcript(*client), u"message room groupchat status=104"_s);

    const auto infoReply = roomInfo(*m_bob);
    QVERIFY(infoReply.isResult());
    const auto info = infoReply.as<QXmppDiscoveryIq>();
    QCOMPARE(info.identities().size(), 1);
    QCOMPARE(info.identities().first().name(), u"Garden Party"_s);
    QVERIFY(info.features().contains(u"muc_persistent"_s));
    QVERIFY(!info.features().contains(u"muc_temporary"_s));
    const auto infoForm = info.form();
    QHash<QString, QVariant> roomInfoValues;
    for (const auto &field : infoForm.fields())
        roomInfoValues.insert(field.key(), field.value());
    QCOMPARE(formLines(roomInfoValues, {u"muc#roomconfig_roomname"_s, u"muc#roominfo_description"_s}),
             (QStringList{u"muc#roomconfig_roomname=Garden Party"_s, u"muc#roominfo_description=Under the apple tree"_s}));

    QCOMPARE(formLines(configurationValues(*m_alice),
                       {u"muc#roomconfig_roomname"_s, u"muc#roomconfig_roomdesc"_s, u"muc#roomconfig_persistentroom"_s}),
             (QStringList{u"muc#roomconfig_roomname=Garden Party"_s, u"muc#roomconfig_roomdesc=Under the apple tree"_s,
                          u"muc#roomconfig_persistentroom=true"_s}));
}

// XEP-0045 §10.1.3 (the same rule for §10.2): an unacceptable value is
// modify/not-acceptable, and nothing of the submission is applied or announced.
void ModerationE2eTest::invalidConfigurationIsRefusedAndChangesNothing()
{
    QVERIFY(allThreeIn(roomConfig({{u"muc#roomconfig_roomname"_s, u"Tea Room"_s}})));
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    const auto reply = configure(*m_alice, roomConfig({{u"muc#roomconfig_roomname"_s, u"Renamed"_s},
                                                       {u"muc#maxhistoryfetch"_s, u"lots"_s}}));
    QCOMPARE(reply.outcome(), u"error modify/not-acceptable"_s);
    QCOMPARE(transcripts({m_alice.get(), m_bob.get(), m_carol.get()}), QString());
    QCOMPARE(formLines(configurationValues(*m_alice), {u"muc#roomconfig_roomname"_s, u"muc#maxhistoryfetch"_s}),
             (QStringList{u"muc#roomconfig_roomname=Tea Room"_s, u"muc#maxhistoryfetch=20"_s}));
    const auto info = roomInfo(*m_bob);
    QVERIFY(info.isResult());
    QCOMPARE(info.as<QXmppDiscoveryIq>().identities().value(0).name(), u"Tea Room"_s);
}

// XEP-0045 §10.9 (Example 201): every occupant is told, by unavailable presence carrying
// <destroy/> with the alternate venue and the reason; the owner gets the result; the room is gone.
void ModerationE2eTest::destroyedRoomTellsEveryoneWhyAndWhereToGo()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    const auto venue = u"garden@"_s + m_server->domain();
    const auto reply = destroy(*m_alice, u"<destroy jid='%1'><reason>Moving to the garden</reason></destroy>"_s.arg(venue));
    QCOMPARE(reply.outcome(), u"result"_s);
    const auto destroyed = u"destroy[venue=%1 reason='Moving to the garden']"_s.arg(venue);
    for (const auto &[who, nick] : everyone()) {
        QCOMPARE(ownDeparture(*who, nick), u"presence room/%1 unavailable affiliation=none role=none %2 status=110"_s.arg(nick, destroyed));
        // Whatever else the room said on the way out, it said why.
        for (const auto &line : transcript(*who).split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.contains(destroyed), qPrintable(line));
    }
    QCOMPARE(roomInfo(*m_bob).outcome(), u"error cancel/item-not-found"_s);
}

// XEP-0045 §10.9: "It SHOULD NOT broadcast presence stanzas of type "unavailable" from all
// occupants, instead sending only one presence stanza of type "unavailable" to each occupant".
void ModerationE2eTest::destroyedRoomSendsEachOccupantOnlyItsOwnRemoval()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    QCOMPARE(destroy(*m_alice, u"<destroy><reason>Closing time</reason></destroy>"_s).outcome(), u"result"_s);
    for (const auto &[who, nick] : everyone()) {
        QCOMPARE(transcript(*who),
                 u"presence room/%1 unavailable affiliation=none role=none destroy[reason='Closing time'] status=110"_s.arg(nick));
    }
}

// A service administrator (qmuc --admin) is an owner of every room (README): from outside the
// room, admin@localhost kicks bob (§8.2); she gets no presence, not being in the room.
void ModerationE2eTest::serviceAdministratorOutsideRoomCanKick()
{
    QVERIFY(allThreeIn());
    const auto administrator = serviceAdministrator();
    QVERIFY(administrator);
    settle({m_alice.get(), m_bob.get(), m_carol.get(), administrator.get()});

    QCOMPARE(admin(*administrator, u"<item nick='bob' role='none'><reason>Service rules</reason></item>"_s).outcome(),
             u"result"_s);
    const auto kicked = u"presence room/bob unavailable affiliation=none role=none reason='Service rules' status=%1"_s;
    QCOMPARE(transcript(*m_bob), kicked.arg(u"110,307"_s));
    for (auto *stayer : {m_alice.get(), m_carol.get()})
        QCOMPARE(transcript(*stayer), kicked.arg(u"307"_s));
    QCOMPARE(transcript(*administrator), QString());
    QCOMPARE(occupantCount(*m_alice), 2);
}

// The same administrator destroys the room through muc#owner (§10.9).
void ModerationE2eTest::serviceAdministratorOutsideRoomCanDestroyRoom()
{
    QVERIFY(allThreeIn());
    const auto administrator = serviceAdministrator();
    QVERIFY(administrator);
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    QCOMPARE(destroy(*administrator, u"<destroy><reason>Service closing</reason></destroy>"_s).outcome(), u"result"_s);
    for (const auto &[who, nick] : everyone()) {
        QCOMPARE(ownDeparture(*who, nick),
                 u"presence room/%1 unavailable affiliation=none role=none destroy[reason='Service closing'] status=110"_s.arg(nick));
    }
    QCOMPARE(roomInfo(*m_alice).outcome(), u"error cancel/item-not-found"_s);
}

// XEP-0050 §2.2: the service lists its administration commands (Prosody's nodes) to its
// administrators only; running one is forbidden to others.
void ModerationE2eTest::adminCommandsAreOfferedOnlyToServiceAdministrators()
{
    const auto administrator = serviceAdministrator();
    QVERIFY(administrator);
    const auto service = m_server->domain();
    const auto commandItems = [&](TestClient &who) {
        QStringList items;
        const auto reply = who.discover(QXmppDiscoveryIq::ItemsQuery, service, commandsNs);
        if (!reply.isResult())
            return QStringList{reply.outcome()};
        const auto listed = reply.as<QXmppDiscoveryIq>().items();
        for (const auto &item : listed)
            items << item.jid() + u' ' + item.node();
        return items;
    };

    const auto forAdministrator = commandItems(*administrator);
    QVERIFY2(forAdministrator.contains(service + u' ' + destroyNode), qPrintable(forAdministrator.join(u", "_s)));
    QVERIFY2(forAdministrator.contains(service + u' ' + setAffiliationNode), qPrintable(forAdministrator.join(u", "_s)));
    // Others get only the one a room's moderators may run (XEP-0425, retracting recent messages).
    for (auto *user : {m_bob.get(), m_carol.get()}) {
        QCOMPARE(commandItems(*user).join(u", "_s), service + u" urn:qmuc:muc#retract-recent"_s);
        QCOMPARE(user->request(u"<iq type='set' to='%1'><command xmlns='%2' node='%3' action='execute'/></iq>"_s
                                   .arg(service, commandsNs, setAffiliationNode))
                     .outcome(),
                 u"error auth/forbidden"_s);
    }
}

// XEP-0050, a command in two stages: executing it gives the form and a session, submitting the
// form in that session completes it; the affiliation is then the room's (§10.6: carol, in the room, becomes an admin,
// which everyone sees, and she is on the admin list).
void ModerationE2eTest::setAffiliationCommandRunsInTwoStepsAndRoomShowsIt()
{
    QVERIFY(allThreeIn());
    const auto administrator = serviceAdministrator();
    QVERIFY(administrator);
    settle({m_alice.get(), m_bob.get(), m_carol.get()});
    const auto service = m_server->domain();

    const auto first = administrator->request(u"<iq type='set' to='%1'><command xmlns='%2' node='%3' action='execute'/></iq>"_s
                                                  .arg(service, commandsNs, setAffiliationNode));
    QCOMPARE(first.outcome(), u"result"_s);
    const auto executing = child(first.result, u"command"_s, commandsNs);
    QCOMPARE(executing.attribute(u"status"_s), u"executing"_s);
    const auto session = executing.attribute(u"sessionid"_s);
    QVERIFY(!session.isEmpty());
    const auto form = formValues(child(executing, u"x"_s, dataFormsNs));
    QCOMPARE(form.value(u"(type)"_s).toString(), u"form"_s);
    for (const auto &var : {u"room"_s, u"jid"_s, u"affiliation"_s})
        QVERIFY2(form.contains(var), qPrintable(var));
    QCOMPARE(transcripts({m_alice.get(), m_bob.get(), m_carol.get()}), QString()); // nothing happened yet

    const auto second = administrator->request(
        u"<iq type='set' to='%1'><command xmlns='%2' node='%3' sessionid='%4'><x xmlns='jabber:x:data' type='submit'>%5</x>"
        "</command></iq>"_s.arg(service, commandsNs, setAffiliationNode, session,
                                formFields({{u"FORM_TYPE"_s, setAffiliationNode}, {u"room"_s, m_room},
                                            {u"jid"_s, m_carol->bareJid()}, {u"affiliation"_s, u"admin"_s}})));
    QCOMPARE(second.outcome(), u"result"_s);
    const auto completed = child(second.result, u"command"_s, commandsNs);
    QCOMPARE(completed.attribute(u"status"_s), u"completed"_s);
    QCOMPARE(completed.attribute(u"sessionid"_s), session);
    QCOMPARE(completed.firstChildElement(u"note"_s).text(), u"Affiliation updated"_s);

    const auto promoted = u"presence room/carol affiliation=admin role=moderator"_s;
    QCOMPARE(transcript(*m_carol), promoted + u" status=110"_s);
    for (auto *other : {m_alice.get(), m_bob.get()})
        QCOMPARE(transcript(*other), promoted);
    const auto admins = affiliationList(*m_alice, u"admin"_s);
    QCOMPARE(admins.outcome(), u"result"_s);
    QCOMPARE(adminItems(admins.result), u"affiliation=admin jid=carol@localhost"_s);
}

// XEP-0045 §7.10 (Example 67): registering gives the muc#register form; submitting a nick
// makes bob a member, which everyone sees; asked again the room says he is registered; he
// enters under his registered nick as a member.
void ModerationE2eTest::registeringReservesNickAndMakesMember()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    const auto form = m_bob->request(u"<iq type='get' to='%1'><query xmlns='jabber:iq:register'/></iq>"_s.arg(m_room));
    QCOMPARE(form.outcome(), u"result"_s);
    const auto fields = formValues(child(child(form.result, u"query"_s, u"jabber:iq:register"_s), u"x"_s, dataFormsNs));
    QCOMPARE(formLines(fields, {u"(type)"_s, u"FORM_TYPE"_s, u"muc#register_roomnick"_s}),
             (QStringList{u"(type)=form"_s, u"FORM_TYPE=http://jabber.org/protocol/muc#register"_s, u"muc#register_roomnick="_s}));

    QCOMPARE(registerNick(*m_bob, u"robert"_s).outcome(), u"result"_s);
    const auto member = u"presence room/bob affiliation=member role=participant"_s;
    QCOMPARE(transcript(*m_bob), member + u" status=110"_s);
    for (auto *other : {m_alice.get(), m_carol.get()})
        QCOMPARE(transcript(*other), member);

    const auto again = m_bob->request(u"<iq type='get' to='%1'><query xmlns='jabber:iq:register'/></iq>"_s.arg(m_room));
    QCOMPARE(again.outcome(), u"result"_s);
    const auto query = child(again.result, u"query"_s, u"jabber:iq:register"_s);
    QVERIFY(!query.firstChildElement(u"registered"_s).isNull());
    QCOMPARE(query.firstChildElement(u"username"_s).text(), u"robert"_s);
    const auto members = affiliationList(*m_alice, u"member"_s);
    QCOMPARE(adminItems(members.result), u"affiliation=member jid=bob@localhost nick=robert"_s);

    QVERIFY(!leave(*m_bob, u"bob"_s).isNull());
    QCOMPARE(describe(enter(*m_bob, u"robert"_s)), u"presence room/robert affiliation=member role=participant status=110,170"_s);
}

// XEP-0045 §7.2.9 and §7.12: "If another user attempts to join the room with a nickname
// reserved by the first user, the service MUST deny entry to the second user and return a
// <conflict/> error".
void ModerationE2eTest::registeredNickIsRefusedToOthersEntering()
{
    QVERIFY(createRoom());
    QVERIFY(statusCodes(enter(*m_bob, u"bob"_s)).contains(110));
    QCOMPARE(registerNick(*m_bob, u"robert"_s).outcome(), u"result"_s);
    settle({m_alice.get(), m_bob.get()});

    QCOMPARE(describe(enter(*m_carol, u"robert"_s)), u"presence room/robert error error=cancel/conflict"_s);
    QCOMPARE(transcripts({m_alice.get(), m_bob.get()}), QString());
    QCOMPARE(occupantCount(*m_alice), 2);
}

// XEP-0045 §7.6.3: "If the user attempts to change his or her room nickname to a room nickname
// that is already in use by another user (or that is reserved by another user affiliated with
// the room, e.g., a member or owner), the service MUST deny the nickname change request and
// inform the user of the conflict".
void ModerationE2eTest::registeredNickIsRefusedToOthersChangingNick()
{
    QVERIFY(allThreeIn());
    QCOMPARE(registerNick(*m_bob, u"robert"_s).outcome(), u"result"_s);
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    m_carol->sendRaw(u"<presence to='%1'/>"_s.arg(occupantJid(u"robert"_s)));
    const auto answer = m_carol->waitFor([&](const QDomElement &s) { return isKind(s, u"presence"_s, occupantJid(u"robert"_s)); });
    QCOMPARE(describe(answer), u"presence room/robert error error=cancel/conflict"_s);
    QCOMPARE(transcripts({m_alice.get(), m_bob.get()}), QString());
}

// XEP-0045 §7.12 (Example 70): disco#info with node x-roomuser-item gives the registered
// nick as the identity's name; someone without one gets an empty query.
void ModerationE2eTest::registeredNickIsFoundThroughDisco()
{
    QVERIFY(createRoom());
    // Registering needs no presence in an open room.
    QCOMPARE(registerNick(*m_bob, u"robert"_s).outcome(), u"result"_s);

    const auto mine = m_bob->discover(QXmppDiscoveryIq::InfoQuery, m_room, u"x-roomuser-item"_s);
    QCOMPARE(mine.outcome(), u"result"_s);
    const auto identities = mine.as<QXmppDiscoveryIq>().identities();
    QCOMPARE(identities.size(), 1);
    QCOMPARE(identities.first().category(), u"conference"_s);
    QCOMPARE(identities.first().type(), u"text"_s);
    QCOMPARE(identities.first().name(), u"robert"_s);

    const auto none = m_carol->discover(QXmppDiscoveryIq::InfoQuery, m_room, u"x-roomuser-item"_s);
    QCOMPARE(none.outcome(), u"result"_s);
    QVERIFY(child(none.result, u"query"_s, u"http://jabber.org/protocol/disco#info"_s).firstChildElement().isNull());
}

QTEST_GUILESS_MAIN(ModerationE2eTest)
#include "tst_moderation_e2e.moc"
