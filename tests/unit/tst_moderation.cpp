// XEP-0045's privilege rules for roles and affiliations (§8, §9, §10), and the admin slots that
// apply the same rules for the admin window.
#include "ServiceHarness.h"

#include <QSignalSpy>

using namespace qmuc;
using namespace qmuc::test;

namespace {
QString adminSet(const QString &from, const QString &items, const QString &id = u"a1"_s)
{
    return u"<iq from='%1' id='%3' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>%4</query></iq>"_s
        .arg(from, Coven, id, items);
}
} // namespace

QStringList statusCodes(const QDomElement &presence)
{
    QStringList codes;
    const auto x = presence.firstChildElement(u"x"_s);
    for (auto status = x.firstChildElement(u"status"_s); !status.isNull(); status = status.nextSiblingElement(u"status"_s))
        codes << status.attribute(u"code"_s);
    return codes;
}

class ModerationTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void moderatorKicksParticipantWith307ActorAndReason();
    void participantCannotKick();
    void moderatorCannotKickAnOwner();
    void onlyAdminsGrantModeration();
    void moderatorGrantsAndRevokesVoice();
    void banRemovesWith301AndRefusesRejoin();
    void adminCannotBanOwner();
    void multiItemRequestIsAppliedWholeOrNotAtAll();
    void lastOwnerCannotBeRemoved();
    void outcastListShowsReasonsToAdminsOnly();
    void losingMembershipInMembersOnlyRoomRemovesWith321();
    void turningMembersOnlyRemovesNonMembersWith322();
    void nickChangeToRegisteredNickIsConflict();
    void memberCannotConfigureRoom();
    void ownerDestroysRoomTellingEveryone();
    void serviceAdministratorIsOwnerEverywhere();
    void adminSlotKickGoesThroughTheRules();
    void adminSlotRefusesWhatTheRulesRefuse();
    void adminSlotDestroysRoom();
    void invitationIsPassedOnFromTheRoomWithPassword();
    void declineReachesTheInviter();
    void adminInvitingToMembersOnlyRoomMakesMember();
    void visitorVoiceRequestReachesModeratorsAndApprovalGivesVoice();
    void probeAnswersWithOccupantPresence();
    void registrationReservesNickAndMakesMember();
    void reservedNickIsRefusedToOthers();
    void registeredNickIsFoundThroughDisco();
    void outcastCannotRegisterAndStaysBanned();
    void nickReservedByAnAbsentUserCannotBeRegistered();
    void visitorWhoRegistersGetsVoiceWithMembership();
    void forwardedIqCarriesNoRealJidAndAnswersOnlyFromTarget();
    void absentUserIsToldOfAffiliationChangeWith101();
    void adminListsCommandsOthersSeeOnlyRetraction();
    void destroyRoomsCommandRunsInTwoSteps();
    void setAffiliationCommandUsesTheRules();
};

void ModerationTest::init()
{
    setUpService({u"admin@shakespeare.lit"_s});
    createInstantRoom();
    joinAs(Wiccarocks, u"secondwitch"_s);
    joinAs(Hag, u"thirdwitch"_s);
}

void ModerationTest::moderatorKicksParticipantWith307ActorAndReason()
{
    QSignalSpy left(m_service.get(), qOverload<const QString &, const OccupantInfo &, LeaveReason>(&MucService::occupantLeft));
    const auto out = feed(adminSet(Crone, u"<item nick='thirdwitch' role='none'><reason>Avaunt, you cullion!</reason></item>"_s, u"kick1"_s));
    // §8.2 (Examples 90-92): the kicked occupant (110 + 307), then the moderator's result, then
    // the remaining occupants.
    const auto item = u"<item affiliation='none' jid='hag66@shakespeare.lit/pda' role='none'><actor nick='firstwitch'/>"
                      "<reason>Avaunt, you cullion!</reason></item>"_s;
    COMPARE_STANZAS(out, u"<presence from='coven@chat.shakespeare.lit/thirdwitch' to='hag66@shakespeare.lit/pda' type='unavailable'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'>%1<status code='110'/><status code='307'/></x></presence>"
                         "<iq from='coven@chat.shakespeare.lit' id='kick1' to='crone1@shakespeare.lit/desktop' type='result'/>"
                         "<presence from='coven@chat.shakespeare.lit/thirdwitch' to='crone1@shakespeare.lit/desktop' type='unavailable'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'>%1<status code='307'/></x></presence>"
                         "<presence from='coven@chat.shakespeare.lit/thirdwitch' to='wiccarocks@shakespeare.lit/laptop' type='unavailable'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'>%2<status code='307'/></x></presence>"_s
                             .arg(item, u"<item affiliation='none' role='none'><actor nick='firstwitch'/><reason>Avaunt, you cullion!</reason></item>"_s));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().at(2).value<LeaveReason>(), LeaveReason::Kicked);
    QCOMPARE(m_service->occupants(Coven).size(), 2);
}

void ModerationTest::participantCannotKick()
{
    const auto out = feed(adminSet(Wiccarocks, u"<item nick='thirdwitch' role='none'/>"_s));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"forbidden"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 3);
}

void ModerationTest::moderatorCannotKickAnOwner()
{
    // Make the second witch a moderator (not an admin), then let her try the owner.
    feed(adminSet(Crone, u"<item nick='secondwitch' role='moderator'/>"_s));
    QCOMPARE(m_service->occupants(Coven).at(1).role, Role::Moderator);
    const auto out = feed(adminSet(Wiccarocks, u"<item nick='firstwitch' role='none'/>"_s));
    QCOMPARE(errorOf(out.first()), u"not-allowed"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 3);
}

void ModerationTest::onlyAdminsGrantModeration()
{
    feed(adminSet(Crone, u"<item nick='secondwitch' role='moderator'/>"_s));
    const auto out = feed(adminSet(Wiccarocks, u"<item nick='thirdwitch' role='moderator'/>"_s));
    QCOMPARE(errorOf(out.first()), u"not-allowed"_s);
    QCOMPARE(m_service->occupants(Coven).at(2).role, Role::Participant);
}

void ModerationTest::moderatorGrantsAndRevokesVoice()
{
    QSignalSpy roles(m_service.get(), &MucService::occupantRoleChanged);
    const auto out = feed(adminSet(Crone, u"<item nick='thirdwitch' role='visitor'/>"_s));
    QCOMPARE(out.size(), 4); // the new role to three occupants, then the result
    QCOMPARE(out.first().firstChildElement(u"x"_s).firstChildElement(u"item"_s).attribute(u"role"_s), u"visitor"_s);
    QCOMPARE(m_service->occupants(Coven).at(2).role, Role::Visitor);
    QCOMPARE(roles.size(), 1);
    const auto silenced = feed(u"<message from='%1' id='v' to='%2' type='groupchat'><body>!</body></message>"_s.arg(Hag, Coven));
    QCOMPARE(errorOf(silenced.first()), u"forbidden"_s);
    feed(adminSet(Crone, u"<item nick='thirdwitch' role='participant'/>"_s));
    QCOMPARE(m_service->occupants(Coven).at(2).role, Role::Participant);
}

void ModerationTest::banRemovesWith301AndRefusesRejoin()
{
    QSignalSpy left(m_service.get(), qOverload<const QString &, const OccupantInfo &, LeaveReason>(&MucService::occupantLeft));
    const auto out = feed(adminSet(Crone, u"<item affiliation='outcast' jid='hag66@shakespeare.lit'><reason>Treason</reason></item>"_s));
    QCOMPARE(out.size(), 4); // the banned occupant, the two others, then the result
    QCOMPARE(out.at(0).attribute(u"to"_s), Hag);
    QCOMPARE(statusCodes(out.at(0)), (QStringList{u"110"_s, u"301"_s}));
    const auto x = out.at(1).firstChildElement(u"x"_s);
    QCOMPARE(x.firstChildElement(u"item"_s).attribute(u"affiliation"_s), u"outcast"_s);
    QCOMPARE(x.firstChildElement(u"item"_s).firstChildElement(u"reason"_s).text(), u"Treason"_s);
    QCOMPARE(statusCodes(out.at(1)), QStringList{u"301"_s});
    QCOMPARE(out.at(3).attribute(u"type"_s), u"result"_s);
    QCOMPARE(left.first().at(2).value<LeaveReason>(), LeaveReason::Banned);
    // §7.2.7: banned users may not come back.
    const auto rejoin = feed(u"<presence from='hag66@shakespeare.lit/phone' to='%1/thirdwitch'>%2</presence>"_s.arg(Coven, Join));
    QCOMPARE(errorOf(rejoin.first()), u"forbidden"_s);
    QCOMPARE(rejoin.first().firstChildElement(u"error"_s).attribute(u"type"_s), u"auth"_s);
}

void ModerationTest::adminCannotBanOwner()
{
    feed(adminSet(Crone, u"<item affiliation='admin' jid='wiccarocks@shakespeare.lit'/>"_s));
    const auto out = feed(adminSet(Wiccarocks, u"<item affiliation='outcast' jid='crone1@shakespeare.lit'/>"_s));
    QCOMPARE(errorOf(out.first()), u"not-allowed"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 3);
}

void ModerationTest::multiItemRequestIsAppliedWholeOrNotAtAll()
{
    feed(adminSet(Crone, u"<item affiliation='admin' jid='wiccarocks@shakespeare.lit'/>"_s));
    // An admin may make a member, but not an owner: the whole request is refused.
    const auto out = feed(adminSet(Wiccarocks, u"<item affiliation='member' jid='hag66@shakespeare.lit'/>"
                                               "<item affiliation='owner' jid='hecate@shakespeare.lit'/>"_s));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"not-allowed"_s);
    QCOMPARE(m_service->occupants(Coven).at(2).affiliation, Affiliation::None);
}

void ModerationTest::lastOwnerCannotBeRemoved()
{
    const auto out = feed(adminSet(Crone, u"<item affiliation='member' jid='crone1@shakespeare.lit'/>"_s));
    QCOMPARE(errorOf(out.first()), u"conflict"_s);
    QCOMPARE(m_service->occupants(Coven).first().affiliation, Affiliation::Owner);
}

void ModerationTest::outcastListShowsReasonsToAdminsOnly()
{
    feed(adminSet(Crone, u"<item affiliation='outcast' jid='earlofcawdor@shakespeare.lit'><reason>Treason</reason></item>"_s));
    const auto get = u"<iq from='%1' id='l1' to='%2' type='get'><query xmlns='http://jabber.org/protocol/muc#admin'>"
                     "<item affiliation='outcast'/></query></iq>"_s;
    const auto list = feed(get.arg(Crone, Coven));
    // §9.2 (Example 106)
    COMPARE_STANZAS(list, u"<iq from='coven@chat.shakespeare.lit' id='l1' to='crone1@shakespeare.lit/desktop' type='result'>"
                          "<query xmlns='http://jabber.org/protocol/muc#admin'>"
                          "<item affiliation='outcast' jid='earlofcawdor@shakespeare.lit'><reason>Treason</reason></item>"
                          "</query></iq>"_s);
    QCOMPARE(errorOf(feed(get.arg(Hag, Coven)).first()), u"forbidden"_s);
}

void ModerationTest::losingMembershipInMembersOnlyRoomRemovesWith321()
{
    feed(adminSet(Crone, u"<item affiliation='member' jid='hag66@shakespeare.lit'/>"_s));
    feed(u"<iq from='%1' id='c' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='muc#roomconfig_membersonly'><value>1</value></field></x></query></iq>"_s.arg(Crone, Coven));
    const auto out = feed(adminSet(Crone, u"<item affiliation='none' jid='hag66@shakespeare.lit'/>"_s));
    QVERIFY(!out.isEmpty());
    QCOMPARE(out.first().attribute(u"type"_s), u"unavailable"_s);
    QVERIFY(statusCodes(out.first()).contains(u"321"_s));
    QCOMPARE(m_service->occupants(Coven).size(), 1); // the owner (the second witch went with 322)
}

void ModerationTest::turningMembersOnlyRemovesNonMembersWith322()
{
    feed(adminSet(Crone, u"<item affiliation='member' jid='wiccarocks@shakespeare.lit'/>"_s));
    QSignalSpy left(m_service.get(), qOverload<const QString &, const OccupantInfo &, LeaveReason>(&MucService::occupantLeft));
    const auto out = feed(u"<iq from='%1' id='mo' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
                          "<field var='muc#roomconfig_membersonly'><value>1</value></field></x></query></iq>"_s.arg(Crone, Coven));
    // §10.2: the non-member (the third witch) goes, with 322; the member stays.
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().at(1).value<OccupantInfo>().nick, u"thirdwitch"_s);
    QCOMPARE(out.first().attribute(u"type"_s), u"result"_s);
    QCOMPARE(out.at(1).attribute(u"to"_s), Hag);
    QCOMPARE(statusCodes(out.at(1)), (QStringList{u"110"_s, u"322"_s}));
    QCOMPARE(m_service->occupants(Coven).size(), 2);
}

void ModerationTest::nickChangeToRegisteredNickIsConflict()
{
    feed(u"<iq from='%1' id='reg' to='%2' type='set'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='muc#register_roomnick'><value>hecate</value></field></x></query></iq>"_s.arg(Wiccarocks, Coven));
    const auto out = feed(u"<presence from='%1' to='%2/hecate'/>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"conflict"_s);
    QCOMPARE(m_service->occupants(Coven).at(2).nick, u"thirdwitch"_s);
}

void ModerationTest::memberCannotConfigureRoom()
{
    feed(adminSet(Crone, u"<item affiliation='member' jid='hag66@shakespeare.lit'/>"_s));
    const auto out = feed(u"<iq from='%1' id='cfg' to='%2' type='get'><query xmlns='http://jabber.org/protocol/muc#owner'/></iq>"_s.arg(Hag, Coven));
    QCOMPARE(errorOf(out.first()), u"forbidden"_s);
}

void ModerationTest::ownerDestroysRoomTellingEveryone()
{
    QSignalSpy destroyed(m_service.get(), &MucService::roomDestroyed);
    const auto out = feed(u"<iq from='%1' id='begone' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
                          "<destroy jid='heath@chat.shakespeare.lit'><reason>Macbeth doth come.</reason></destroy></query></iq>"_s.arg(Crone, Coven));
    // §10.9 (Example 201): each occupant gets its own unavailable presence with the destroy
    // element, and only that (no broadcast of everyone's departure); then the result.
    QCOMPARE(out.size(), 3 + 1);
    QCOMPARE(out.at(0).attribute(u"to"_s), Crone);
    QCOMPARE(out.at(0).attribute(u"from"_s), u"coven@chat.shakespeare.lit/firstwitch"_s);
    QCOMPARE(out.at(1).attribute(u"from"_s), u"coven@chat.shakespeare.lit/secondwitch"_s);
    const auto &toHag = out.at(2);
    COMPARE_STANZAS(QList<QDomElement>{toHag},
                    u"<presence from='coven@chat.shakespeare.lit/thirdwitch' to='hag66@shakespeare.lit/pda' type='unavailable'>"
                    "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' jid='hag66@shakespeare.lit/pda' role='none'/>"
                    "<destroy jid='heath@chat.shakespeare.lit'><reason>Macbeth doth come.</reason></destroy>"
                    "<status code='110'/></x></presence>"_s);
    QCOMPARE(out.last().attribute(u"type"_s), u"result"_s);
    QCOMPARE(destroyed.size(), 1);
    QVERIFY(m_service->rooms().isEmpty());
}

void ModerationTest::serviceAdministratorIsOwnerEverywhere()
{
    const auto admin = u"admin@shakespeare.lit/console"_s;
    const auto form = feed(u"<iq from='%1' id='cfg' to='%2' type='get'><query xmlns='http://jabber.org/protocol/muc#owner'/></iq>"_s.arg(admin, Coven));
    QCOMPARE(form.first().attribute(u"type"_s), u"result"_s);
    const auto kick = feed(adminSet(admin, u"<item nick='thirdwitch' role='none'/>"_s));
    QCOMPARE(kick.at(1).attribute(u"type"_s), u"result"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 2);
}

void ModerationTest::adminSlotKickGoesThroughTheRules()
{
    QSignalSpy left(m_service.get(), qOverload<const QString &, const OccupantInfo &, LeaveReason>(&MucService::occupantLeft));
    m_out.clear();
    QCOMPARE(m_service->kick(Coven, u"thirdwitch"_s, u"Enough"_s), QString());
    const auto out = parseStanzas(QString::fromUtf8(m_out));
    QCOMPARE(out.size(), 3);
    const auto toHag = out.at(0);
    QCOMPARE(toHag.attribute(u"to"_s), Hag);
    const auto item = toHag.firstChildElement(u"x"_s).firstChildElement(u"item"_s);
    QCOMPARE(item.firstChildElement(u"reason"_s).text(), u"Enough"_s);
    QCOMPARE(left.size(), 1);
}

void ModerationTest::adminSlotRefusesWhatTheRulesRefuse()
{
    // Owners are not kicked, whoever asks: change the affiliation first.
    QVERIFY(!m_service->kick(Coven, u"firstwitch"_s).isEmpty());
    QVERIFY(!m_service->kick(Coven, u"nobody"_s).isEmpty());
    QVERIFY(!m_service->kick(u"nowhere@chat.shakespeare.lit"_s, u"x"_s).isEmpty());
    QCOMPARE(m_service->occupants(Coven).size(), 3);
}

void ModerationTest::adminSlotDestroysRoom()
{
    QSignalSpy destroyed(m_service.get(), &MucService::roomDestroyed);
    QCOMPARE(m_service->destroyRoom(Coven, u"Closing time"_s), QString());
    QCOMPARE(destroyed.size(), 1);
    QVERIFY(m_service->rooms().isEmpty());
}

void ModerationTest::invitationIsPassedOnFromTheRoomWithPassword()
{
    feed(u"<iq from='%1' id='c' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='muc#roomconfig_passwordprotectedroom'><value>1</value></field>"
         "<field var='muc#roomconfig_roomsecret'><value>cauldronburn</value></field></x></query></iq>"_s.arg(Crone, Coven));
    const auto out = feed(u"<message from='%1' id='nzd143v8' to='%2'><x xmlns='http://jabber.org/protocol/muc#user'>"
                          "<invite to='hecate@shakespeare.lit'><reason>Hey Hecate, this is the place for all good witches!</reason></invite>"
                          "</x></message>"_s.arg(Crone, Coven));
    // §7.8.2 (Example 59), with XEP-0249 §2 (Example 1) beside it for clients that only know
    // direct invitations: the room, the reason, the password.
    COMPARE_STANZAS(out, u"<message from='coven@chat.shakespeare.lit' id='nzd143v8' to='hecate@shakespeare.lit'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='crone1@shakespeare.lit/desktop'>"
                         "<reason>Hey Hecate, this is the place for all good witches!</reason></invite>"
                         "<password>cauldronburn</password></x>"
                         "<x xmlns='jabber:x:conference' jid='coven@chat.shakespeare.lit' password='cauldronburn'"
                         " reason='Hey Hecate, this is the place for all good witches!'/></message>"_s);
}

void ModerationTest::declineReachesTheInviter()
{
    const auto out = feed(u"<message from='hecate@shakespeare.lit/broom' id='jk2vs61v' to='%1'><x xmlns='http://jabber.org/protocol/muc#user'>"
                          "<decline to='crone1@shakespeare.lit'><reason>Sorry, I'm too busy right now.</reason></decline></x></message>"_s.arg(Coven));
    // §7.8.2 (Examples 63-64): the invitee declines without joining; the inviter hears of it.
    COMPARE_STANZAS(out, u"<message from='coven@chat.shakespeare.lit' id='jk2vs61v' to='crone1@shakespeare.lit'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><decline from='hecate@shakespeare.lit/broom'>"
                         "<reason>Sorry, I'm too busy right now.</reason></decline></x></message>"_s);
}

void ModerationTest::adminInvitingToMembersOnlyRoomMakesMember()
{
    feed(u"<iq from='%1' id='c' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='muc#roomconfig_membersonly'><value>1</value></field></x></query></iq>"_s.arg(Crone, Coven));
    QSignalSpy affiliations(m_service.get(), &MucService::affiliationChanged);
    feed(u"<message from='%1' to='%2'><x xmlns='http://jabber.org/protocol/muc#user'><invite to='hecate@shakespeare.lit'/></x></message>"_s.arg(Crone, Coven));
    QCOMPARE(affiliations.size(), 1);
    QCOMPARE(affiliations.first().at(2).value<Affiliation>(), Affiliation::Member);
    const auto join = feed(u"<presence from='hecate@shakespeare.lit/broom' to='%1/hecate'>%2</presence>"_s.arg(Coven, Join));
    QCOMPARE(join.last().firstChildElement(u"subject"_s).isNull(), false);
}

void ModerationTest::visitorVoiceRequestReachesModeratorsAndApprovalGivesVoice()
{
    feed(adminSet(Crone, u"<item nick='thirdwitch' role='visitor'/>"_s));
    const auto request = feed(u"<message from='%1' id='vr' to='%2'><x xmlns='jabber:x:data' type='submit'>"
                              "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#request</value></field>"
                              "<field var='muc#role' type='list-single'><value>participant</value></field></x></message>"_s.arg(Hag, Coven));
    QCOMPARE(request.size(), 1); // the only moderator
    QVERIFY2(request.first().attribute(u"to"_s) == Crone, qPrintable(request.first().text()));
    const auto form = request.first().firstChildElement(u"x"_s);
    QCOMPARE(form.namespaceURI(), u"jabber:x:data"_s);
    QStringList vars;
    for (auto f = form.firstChildElement(u"field"_s); !f.isNull(); f = f.nextSiblingElement(u"field"_s))
        vars << f.attribute(u"var"_s);
    QCOMPARE(vars, (QStringList{u"FORM_TYPE"_s, u"muc#role"_s, u"muc#jid"_s, u"muc#roomnick"_s, u"muc#request_allow"_s}));
    feed(u"<message from='%1' id='ok' to='%2'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#request</value></field>"
         "<field var='muc#role'><value>participant</value></field>"
         "<field var='muc#jid'><value>hag66@shakespeare.lit/pda</value></field>"
         "<field var='muc#roomnick'><value>thirdwitch</value></field>"
         "<field var='muc#request_allow'><value>true</value></field></x></message>"_s.arg(Crone, Coven));
    QCOMPARE(m_service->occupants(Coven).at(2).role, Role::Participant);
}

void ModerationTest::probeAnswersWithOccupantPresence()
{
    const auto out = feed(u"<presence from='%1' to='%2/firstwitch' type='probe'/>"_s.arg(Hag, Coven));
    COMPARE_STANZAS(out, u"<presence from='coven@chat.shakespeare.lit/firstwitch' to='hag66@shakespeare.lit/pda'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='owner' role='moderator'/></x></presence>"_s);
    const auto outsider = feed(u"<presence from='hecate@shakespeare.lit/broom' to='%1/firstwitch' type='probe'/>"_s.arg(Coven));
    QCOMPARE(errorOf(outsider.first()), u"not-acceptable"_s);
}

void ModerationTest::registrationReservesNickAndMakesMember()
{
    const auto form = feed(u"<iq from='%1' id='reg1' to='%2' type='get'><query xmlns='jabber:iq:register'/></iq>"_s.arg(Hag, Coven));
    QCOMPARE(form.first().attribute(u"type"_s), u"result"_s);
    const auto x = form.first().firstChildElement(u"query"_s).firstChildElement(u"x"_s);
    QCOMPARE(x.attribute(u"type"_s), u"form"_s);
    const auto done = feed(u"<iq from='%1' id='reg2' to='%2' type='set'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='submit'>"
                           "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#register</value></field>"
                           "<field var='muc#register_roomnick'><value>thirdwitch</value></field></x></query></iq>"_s.arg(Hag, Coven));
    QCOMPARE(done.last().attribute(u"type"_s), u"result"_s);
    QCOMPARE(m_service->occupants(Coven).at(2).affiliation, Affiliation::Member);
    const auto again = feed(u"<iq from='%1' id='reg3' to='%2' type='get'><query xmlns='jabber:iq:register'/></iq>"_s.arg(Hag, Coven));
    // §7.10 (Example 67)
    COMPARE_STANZAS(again, u"<iq from='coven@chat.shakespeare.lit' id='reg3' to='hag66@shakespeare.lit/pda' type='result'>"
                           "<query xmlns='jabber:iq:register'><registered/><username>thirdwitch</username></query></iq>"_s);
}

void ModerationTest::reservedNickIsRefusedToOthers()
{
    feed(u"<iq from='%1' id='reg' to='%2' type='set'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='muc#register_roomnick'><value>thirdwitch</value></field></x></query></iq>"_s.arg(Hag, Coven));
    feed(u"<presence from='%1' to='%2/thirdwitch' type='unavailable'/>"_s.arg(Hag, Coven));
    const auto out = feed(u"<presence from='hecate@shakespeare.lit/broom' to='%1/thirdwitch'>%2</presence>"_s.arg(Coven, Join));
    QCOMPARE(errorOf(out.first()), u"conflict"_s);
}

namespace {
QString registerAs(const QString &from, const QString &nick)
{
    return u"<iq from='%1' id='reg' to='%2' type='set'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='submit'>"
           "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#register</value></field>"
           "<field var='muc#register_roomnick'><value>%3</value></field></x></query></iq>"_s.arg(from, Coven, nick);
}
} // namespace

void ModerationTest::outcastCannotRegisterAndStaysBanned()
{
    // §7.10: registering makes a user with no affiliation a member; a banned user is not one.
    feed(adminSet(Crone, u"<item affiliation='outcast' jid='hag66@shakespeare.lit'/>"_s));
    const auto refused = feed(registerAs(Hag, u"thirdwitch"_s));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(errorOf(refused.first()), u"forbidden"_s);
    const auto rejoin = feed(u"<presence from='%1' to='%2/thirdwitch'>%3</presence>"_s.arg(Hag, Coven, Join));
    QCOMPARE(errorOf(rejoin.first()), u"forbidden"_s);
}

void ModerationTest::nickReservedByAnAbsentUserCannotBeRegistered()
{
    // §7.10: a registered nick is reserved for its holder, present or not; someone else who asks
    // for it gets <conflict/> (Example 68), also when it is written differently but compares equal.
    const auto hecate = u"h\u00e9cate"_s;
    QCOMPARE(feed(registerAs(Hag, hecate)).last().attribute(u"type"_s), u"result"_s);
    feed(u"<presence from='%1' to='%2/thirdwitch' type='unavailable'/>"_s.arg(Hag, Coven));
    QCOMPARE(m_service->occupants(Coven).size(), 2);
    for (const auto &nick : {hecate, hecate.normalized(QString::NormalizationForm_D)}) {
        const auto out = feed(registerAs(Wiccarocks, nick));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
        QCOMPARE(out.first().firstChildElement(u"error"_s).attribute(u"type"_s), u"cancel"_s);
        QCOMPARE(errorOf(out.first()), u"conflict"_s);
    }
    // The holder keeps it.
    const auto holder = feed(u"<iq from='%1' id='rn' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info' node='x-roomuser-item'/></iq>"_s.arg(Hag, Coven));
    QCOMPARE(holder.value(0).firstChildElement(u"query"_s).firstChildElement(u"identity"_s).attribute(u"name"_s), hecate);
}

void ModerationTest::visitorWhoRegistersGetsVoiceWithMembership()
{
    // §5.1.2: a member is a participant; the role follows the new affiliation like any change.
    feed(adminSet(Crone, u"<item nick='thirdwitch' role='visitor'/>"_s));
    const auto out = feed(registerAs(Hag, u"thirdwitch"_s));
    QCOMPARE(out.last().attribute(u"type"_s), u"result"_s);
    const auto hag = m_service->occupants(Coven).at(2);
    QCOMPARE(hag.affiliation, Affiliation::Member);
    QCOMPARE(hag.role, Role::Participant);
    bool toldOthers = false;
    for (const auto &stanza : out) {
        const auto item = stanza.firstChildElement(u"x"_s).firstChildElement(u"item"_s);
        if (stanza.localName() == u"presence" && stanza.attribute(u"to"_s) == Wiccarocks)
            toldOthers = item.attribute(u"role"_s) == u"participant" && item.attribute(u"affiliation"_s) == u"member";
    }
    QVERIFY(toldOthers);
}

void ModerationTest::forwardedIqCarriesNoRealJidAndAnswersOnlyFromTarget()
{
    // A semi-anonymous room: thirdwitch asks which client secondwitch uses (XEP-0092).
    const auto forwarded = feed(u"<iq from='%1' id='v1' to='%2/secondwitch' type='get'><query xmlns='jabber:iq:version'/></iq>"_s.arg(Hag, Coven));
    QCOMPARE(forwarded.size(), 1);
    QCOMPARE(forwarded.first().attribute(u"from"_s), Coven + u"/thirdwitch"_s);
    QCOMPARE(forwarded.first().attribute(u"to"_s), Wiccarocks);
    const auto token = forwarded.first().attribute(u"id"_s);
    // The id tells secondwitch nothing about the asker, in any encoding.
    const auto decoded = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    QVERIFY(!token.contains(u"hag66"_s) && !decoded.contains("hag66"));
    // An answer from anyone but the target is dropped.
    QVERIFY(feed(u"<iq from='%1' id='%3' to='%2/thirdwitch' type='result'><query xmlns='jabber:iq:version'/></iq>"_s.arg(Crone, Coven, token)).isEmpty());
    const auto answer = feed(u"<iq from='%1' id='%3' to='%2/thirdwitch' type='result'><query xmlns='jabber:iq:version'><name>Broom</name></query></iq>"_s
                                 .arg(Wiccarocks, Coven, token));
    COMPARE_STANZAS(answer, u"<iq from='coven@chat.shakespeare.lit/secondwitch' id='v1' to='hag66@shakespeare.lit/pda' type='result'>"
                            "<query xmlns='jabber:iq:version'><name>Broom</name></query></iq>"_s);
    // The token is spent.
    QVERIFY(feed(u"<iq from='%1' id='%3' to='%2/thirdwitch' type='result'/>"_s.arg(Wiccarocks, Coven, token)).isEmpty());
}

void ModerationTest::registeredNickIsFoundThroughDisco()
{
    feed(u"<iq from='%1' id='reg' to='%2' type='set'><query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='muc#register_roomnick'><value>thirdwitch</value></field></x></query></iq>"_s.arg(Hag, Coven));
    const auto out = feed(u"<iq from='%1' id='rn' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info' node='x-roomuser-item'/></iq>"_s.arg(Hag, Coven));
    // §7.12 (Example 70)
    COMPARE_STANZAS(out, u"<iq from='coven@chat.shakespeare.lit' id='rn' to='hag66@shakespeare.lit/pda' type='result'>"
                         "<query xmlns='http://jabber.org/protocol/disco#info' node='x-roomuser-item'>"
                         "<identity category='conference' name='thirdwitch' type='text'/></query></iq>"_s);
}

void ModerationTest::absentUserIsToldOfAffiliationChangeWith101()
{
    const auto out = feed(adminSet(Crone, u"<item affiliation='member' jid='hecate@shakespeare.lit'/>"_s, u"m101"_s));
    COMPARE_STANZAS(out, u"<message from='coven@chat.shakespeare.lit' to='hecate@shakespeare.lit'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' jid='hecate@shakespeare.lit'/>"
                         "<status code='101'/></x></message>"
                         "<iq from='coven@chat.shakespeare.lit' id='m101' to='crone1@shakespeare.lit/desktop' type='result'/>"_s);
}

void ModerationTest::adminListsCommandsOthersSeeOnlyRetraction()
{
    const auto query = u"<iq from='%1' id='cl' to='chat.shakespeare.lit' type='get'>"
                       "<query xmlns='http://jabber.org/protocol/disco#items' node='http://jabber.org/protocol/commands'/></iq>"_s;
    const auto forAdmin = feed(query.arg(u"admin@shakespeare.lit/console"_s));
    QStringList nodes;
    const auto q = forAdmin.first().firstChildElement(u"query"_s);
    for (auto item = q.firstChildElement(u"item"_s); !item.isNull(); item = item.nextSiblingElement(u"item"_s))
        nodes << item.attribute(u"node"_s);
    QVERIFY(nodes.contains(u"http://prosody.im/protocol/muc#destroy"_s));
    QVERIFY(nodes.contains(u"http://prosody.im/protocol/muc#set-affiliation"_s));
    // Others see only what a room's moderator may run (XEP-0050 §2.2: what the requester may run).
    const auto others = feed(query.arg(Hag)).first().firstChildElement(u"query"_s);
    QCOMPARE(others.elementsByTagName(u"item"_s).size(), 1);
    QCOMPARE(others.firstChildElement(u"item"_s).attribute(u"node"_s), u"urn:qmuc:muc#retract-recent"_s);
}

void ModerationTest::destroyRoomsCommandRunsInTwoSteps()
{
    const auto admin = u"admin@shakespeare.lit/console"_s;
    const auto first = feed(u"<iq from='%1' id='c1' to='chat.shakespeare.lit' type='set'><command xmlns='http://jabber.org/protocol/commands' "
                            "node='http://prosody.im/protocol/muc#destroy' action='execute'/></iq>"_s.arg(admin));
    const auto command = first.first().firstChildElement(u"command"_s);
    QCOMPARE(command.attribute(u"status"_s), u"executing"_s);
    QCOMPARE(command.firstChildElement(u"x"_s).attribute(u"type"_s), u"form"_s);
    const auto session = command.attribute(u"sessionid"_s);
    QVERIFY(!session.isEmpty());
    const auto done = feed(u"<iq from='%1' id='c2' to='chat.shakespeare.lit' type='set'><command xmlns='http://jabber.org/protocol/commands' "
                           "node='http://prosody.im/protocol/muc#destroy' sessionid='%2'><x xmlns='jabber:x:data' type='submit'>"
                           "<field var='FORM_TYPE'><value>http://prosody.im/protocol/muc#destroy</value></field>"
                           "<field var='rooms'><value>coven@chat.shakespeare.lit</value></field></x></command></iq>"_s.arg(admin, session));
    const auto completed = done.last().firstChildElement(u"command"_s);
    QCOMPARE(completed.attribute(u"status"_s), u"completed"_s);
    QCOMPARE(completed.firstChildElement(u"note"_s).text(), u"The following rooms were destroyed:\ncoven@chat.shakespeare.lit"_s);
    QVERIFY(m_service->rooms().isEmpty());
    // Not for everyone.
    const auto refused = feed(u"<iq from='%1' id='c3' to='chat.shakespeare.lit' type='set'><command xmlns='http://jabber.org/protocol/commands' "
                              "node='http://prosody.im/protocol/muc#destroy' action='execute'/></iq>"_s.arg(Hag));
    QCOMPARE(errorOf(refused.first()), u"forbidden"_s);
}

void ModerationTest::setAffiliationCommandUsesTheRules()
{
    const auto run = [&](const QString &jid, const QString &affiliation) {
        return feed(u"<iq from='admin@shakespeare.lit/console' id='sa' to='chat.shakespeare.lit' type='set'>"
                    "<command xmlns='http://jabber.org/protocol/commands' node='http://prosody.im/protocol/muc#set-affiliation' sessionid='s'>"
                    "<x xmlns='jabber:x:data' type='submit'><field var='room'><value>%1</value></field><field var='jid'><value>%2</value></field>"
                    "<field var='affiliation'><value>%3</value></field></x></command></iq>"_s.arg(Coven, jid, affiliation))
            .last().firstChildElement(u"command"_s);
    };
    const auto banned = run(u"hag66@shakespeare.lit"_s, u"outcast"_s);
    QCOMPARE(banned.firstChildElement(u"note"_s).text(), u"Affiliation updated"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 2);
    // The last owner stays an owner, whoever asks.
    const auto refused = run(u"crone1@shakespeare.lit"_s, u"none"_s);
    QCOMPARE(refused.attribute(u"status"_s), u"canceled"_s);
    QVERIFY(refused.firstChildElement(u"note"_s).text().startsWith(u"Affiliation change failed"_s));
}

QTEST_GUILESS_MAIN(ModerationTest)
#include "tst_moderation.moc"
