// The service's [limits] (DESIGN.md, "Limits and abuse"): rates per occupant, per user and per
// domain, sizes and counts, each refused with the stanza error a client understands.
#include "ServiceHarness.h"

#include <QSignalSpy>

using namespace qmuc;
using namespace qmuc::test;

namespace {

// Rates that never refill while a test runs: the n+1st stanza is refused, however slow the machine.
constexpr int Hour = 3600;

QString groupchat(const QString &from, const QString &id, const QString &body = u"Thrice the brinded cat hath mew'd."_s)
{
    return u"<message from='%1' id='%2' to='%3' type='groupchat'><body>%4</body></message>"_s.arg(from, id, Coven, body);
}

int countTo(const QList<QDomElement> &out, const QString &to, const QString &kind)
{
    return int(std::count_if(out.cbegin(), out.cend(), [&](const QDomElement &e) {
        return e.localName() == kind && e.attribute(u"to"_s) == to && e.attribute(u"type"_s) != u"error";
    }));
}

} // namespace

class LimitsTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void rateTableRefillsAndStaysBounded();
    void groupchatOverRateIsRefusedAndNotRelayed();
    void flooderIsKickedWith307AndReason();
    void burstIsReportedOnce();
    void eachKindHasItsOwnBucket_data();
    void eachKindHasItsOwnBucket();
    void longBodyIsRefused();
    void longSubjectIsRefused();
    void longNickIsRefused();
    void tooManyDevicesAreRefused();
    void roomWithoutMaximumTakesServiceDefault();
    void joinRatePerUserIsLimited();
    void creationRateAndRoomCountsAreLimited();
    void discoItemsArePagedUnasked();
    void rejoinReplaysAtMostOncePerInterval();
    void historyKeepsAtMostItsBytes();
    void wrongPasswordsSlowGuessingDown();
    void printConfigShowsLimits();

private:
    void setUpLimits(const Limits &limits)
    {
        m_service = std::make_unique<MucService>();
        Settings settings;
        settings.domain = u"chat.shakespeare.lit"_s;
        settings.limits = limits;
        m_service->configure(settings, u"secret"_s);
        m_service->setSink([this](const QByteArray &xml) { m_out += xml; return true; });
    }
    // The same with a groupchat rate and kick threshold of its own.
    void covenWithHag(Rate groupchat, int kickAfter)
    {
        Limits limits;
        limits.groupchat = groupchat;
        limits.kickAfter = kickAfter;
        setUpLimits(limits);
        covenWithHag();
    }
    // The crone's instant room with the third witch in it.
    void covenWithHag()
    {
        createInstantRoom();
        joinAs(Hag, u"thirdwitch"_s);
    }
    // A fresh service with one limit other than the default.
    template<typename T>
    void setUpWith(T Limits::*member, T value)
    {
        Limits limits;
        limits.*member = value;
        setUpLimits(limits);
    }
    // Feeds `xml` and checks that the one answer is the error given.
    void verifyRefused(const QString &xml, const QString &type, const QString &condition)
    {
        const auto out = feed(xml);
        QCOMPARE(out.size(), 1);
        verifyError(out[0], type, condition);
    }
    static void verifyError(const QDomElement &stanza, const QString &type, const QString &condition)
    {
        QCOMPARE(stanza.attribute(u"type"_s), u"error"_s);
        QCOMPARE(stanza.firstChildElement(u"error"_s).attribute(u"type"_s), type);
        QCOMPARE(errorOf(stanza), condition);
        // A human text goes with it (RFC 6120 §8.3.2).
        QVERIFY(!stanza.firstChildElement(u"error"_s).firstChildElement(u"text"_s).text().isEmpty());
    }
};

void LimitsTest::rateTableRefillsAndStaysBounded()
{
    RateTable table(4);
    const Rate rate{2, 10}; // 2 in 10 s: one token every 5 s
    QVERIFY(table.take(u"a"_s, rate, 0).allowed);
    QVERIFY(table.take(u"a"_s, rate, 0).allowed);
    const auto refused = table.take(u"a"_s, rate, 0);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.refused, 1);
    QCOMPARE(table.take(u"a"_s, rate, 1000).refused, 2);
    QVERIFY(table.take(u"a"_s, rate, 5000).allowed); // refilled one
    // Strangers beyond the capacity push out those whose buckets filled again.
    for (int i = 0; i < 100; ++i)
        table.take(QString::number(i), rate, 100000 + i * 20000);
    QVERIFY(table.size() <= 4);
}

void LimitsTest::groupchatOverRateIsRefusedAndNotRelayed()
{
    covenWithHag(Rate{3, Hour}, 0);
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(countTo(feed(groupchat(Hag, u"m%1"_s.arg(i))), Crone, u"message"_s), 1);
    // RFC 6120 §8.3.3.12: policy-violation; type wait, as Prosody's mod_muc_limits answers.
    const auto out = feed(groupchat(Hag, u"m4"_s));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].attribute(u"to"_s), Hag);
    QCOMPARE(out[0].attribute(u"id"_s), u"m4"_s);
    verifyError(out[0], u"wait"_s, u"policy-violation"_s);
    // Others keep their own buckets.
    QCOMPARE(countTo(feed(groupchat(Crone, u"c1"_s)), Hag, u"message"_s), 1);
}

void LimitsTest::flooderIsKickedWith307AndReason()
{
    covenWithHag(Rate{2, Hour}, 3);
    QSignalSpy hits(m_service.get(), &MucService::limitHit);
    feed(groupchat(Hag, u"m1"_s) + groupchat(Hag, u"m2"_s) + groupchat(Hag, u"m3"_s) + groupchat(Hag, u"m4"_s));
    const auto out = feed(groupchat(Hag, u"m5"_s));
    // The refusal, then §8.2 (Example 91, 92): the kicked occupant and the others get an
    // unavailable presence with 307 and the reason; the room has no nick to name as actor.
    QCOMPARE(out.size(), 3);
    verifyError(out[0], u"wait"_s, u"policy-violation"_s);
    COMPARE_STANZAS(out.mid(1),
        u"<presence from='coven@chat.shakespeare.lit/thirdwitch' to='hag66@shakespeare.lit/pda' type='unavailable'>"
        "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none' jid='hag66@shakespeare.lit/pda'>"
        "<reason>Flooding the room.</reason></item><status code='110'/><status code='307'/></x></presence>"
        "<presence from='coven@chat.shakespeare.lit/thirdwitch' to='crone1@shakespeare.lit/desktop' type='unavailable'>"
        "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none' jid='hag66@shakespeare.lit/pda'>"
        "<reason>Flooding the room.</reason></item><status code='307'/></x></presence>"_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(m_service->limitsHit(), 2); // what a window that opens now shows
    QCOMPARE(hits.last().at(2).value<LimitKind>(), LimitKind::Flooding);
    // The room keeps working for the others.
    QCOMPARE(countTo(feed(groupchat(Crone, u"c1"_s)), Crone, u"message"_s), 1);
}

void LimitsTest::burstIsReportedOnce()
{
    covenWithHag(Rate{1, Hour}, 0);
    QSignalSpy hits(m_service.get(), &MucService::limitHit);
    for (int i = 0; i < 10; ++i)
        feed(groupchat(Hag, u"m%1"_s.arg(i)));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].at(0).toString(), Coven);
    QCOMPARE(hits[0].at(1).toString(), u"thirdwitch"_s);
    QCOMPARE(hits[0].at(2).value<LimitKind>(), LimitKind::Groupchat);
}

void LimitsTest::eachKindHasItsOwnBucket_data()
{
    QTest::addColumn<QString>("stanza"); // %1: a unique id
    QTest::addColumn<QString>("member");
    // §7.5 private message, §7.7 presence update, §7.6 nick change, an IQ to an occupant (vCard),
    // §7.13 voice request, §7.8.2 mediated invitation.
    QTest::newRow("private") << u"<message from='%1' id='%2' to='coven@chat.shakespeare.lit/firstwitch' type='chat'><body>hi</body></message>"_s
                             << u"privateMessages"_s;
    QTest::newRow("presence") << u"<presence from='%1' id='%2' to='coven@chat.shakespeare.lit/thirdwitch'><show>away</show></presence>"_s
                              << u"presence"_s;
    QTest::newRow("iq") << u"<iq from='%1' id='%2' to='coven@chat.shakespeare.lit/firstwitch' type='get'><vCard xmlns='vcard-temp'/></iq>"_s
                        << u"iqs"_s;
    QTest::newRow("voice") << u"<message from='%1' id='%2' to='coven@chat.shakespeare.lit'><x xmlns='jabber:x:data' type='submit'>"
                              "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#request</value></field>"
                              "<field var='muc#role' type='list-single'><value>participant</value></field></x></message>"_s
                           << u"voiceRequests"_s;
    QTest::newRow("invitation") << u"<message from='%1' id='%2' to='coven@chat.shakespeare.lit'><x xmlns='http://jabber.org/protocol/muc#user'>"
                                   "<invite to='hecate@shakespeare.lit'/></x></message>"_s
                                << u"invitations"_s;
}

void LimitsTest::eachKindHasItsOwnBucket()
{
    QFETCH(QString, stanza);
    QFETCH(QString, member);
    Limits limits;
    limits.kickAfter = 0;
    Rate Limits::*rate = member == u"privateMessages" ? &Limits::privateMessages
        : member == u"presence"                       ? &Limits::presence
        : member == u"iqs"                            ? &Limits::iqs
        : member == u"voiceRequests"                  ? &Limits::voiceRequests
                                                      : &Limits::invitations;
    limits.*rate = {1, Hour};
    setUpLimits(limits);
    covenWithHag();
    const auto first = feed(stanza.arg(Hag, u"s1"_s));
    for (const auto &e : first)
        QVERIFY2(errorOf(e) != u"policy-violation", "the first one is within the rate");
    const auto second = feed(stanza.arg(Hag, u"s2"_s));
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].attribute(u"id"_s), u"s2"_s);
    verifyError(second[0], u"wait"_s, u"policy-violation"_s);
    // Groupchat is another bucket.
    QCOMPARE(countTo(feed(groupchat(Hag, u"g1"_s)), Crone, u"message"_s), 1);
}

void LimitsTest::longBodyIsRefused()
{
    setUpWith(&Limits::maxBodyBytes, 10);
    covenWithHag();
    QCOMPARE(countTo(feed(groupchat(Hag, u"m1"_s, u"0123456789"_s)), Crone, u"message"_s), 1);
    // 11 bytes of UTF-8 (ä is two).
    verifyRefused(groupchat(Hag, u"m2"_s, u"012345678ä"_s), u"modify"_s, u"policy-violation"_s);
}

void LimitsTest::longSubjectIsRefused()
{
    setUpWith(&Limits::maxSubjectBytes, 5);
    createInstantRoom();
    verifyRefused(u"<message from='%1' id='s1' to='%2' type='groupchat'><subject>Fire Burn</subject></message>"_s.arg(Crone, Coven), u"modify"_s, u"not-acceptable"_s);
}

void LimitsTest::longNickIsRefused()
{
    setUpWith(&Limits::maxNickChars, 5);
    createInstantRoom();
    verifyRefused(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven), u"modify"_s, u"jid-malformed"_s);
    // Changing to a long nick is refused the same way (§7.6).
    joinAs(Hag, u"hag"_s);
    verifyRefused(u"<presence from='%1' to='%2/thirdwitch'/>"_s.arg(Hag, Coven), u"modify"_s, u"jid-malformed"_s);
}

void LimitsTest::tooManyDevicesAreRefused()
{
    setUpWith(&Limits::sessionsPerOccupant, 1);
    covenWithHag();
    verifyRefused(u"<presence from='hag66@shakespeare.lit/phone' to='%1/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Coven), u"wait"_s, u"resource-constraint"_s);
}

void LimitsTest::roomWithoutMaximumTakesServiceDefault()
{
    setUpWith(&Limits::occupantsPerRoom, 2);
    covenWithHag();
    // §7.2.10 (Example 28): service-unavailable when the room is full.
    verifyRefused(u"<presence from='%1' to='%2/secondwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Wiccarocks, Coven), u"wait"_s, u"service-unavailable"_s);
}

void LimitsTest::joinRatePerUserIsLimited()
{
    setUpWith(&Limits::joinsPerUser, Rate{2, Hour});
    createInstantRoom();
    const auto leave = u"<presence from='%1' to='%2/thirdwitch' type='unavailable'/>"_s.arg(Hag, Coven);
    joinAs(Hag, u"thirdwitch"_s);
    feed(leave);
    joinAs(Hag, u"thirdwitch"_s);
    feed(leave);
    const auto out = feed(u"<presence from='%1' id='j3' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].attribute(u"id"_s), u"j3"_s);
    verifyError(out[0], u"wait"_s, u"resource-constraint"_s);
    // Another user is not held back.
    QCOMPARE(countTo(feed(u"<presence from='%1' to='%2/secondwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Wiccarocks, Coven)),
                     Wiccarocks, u"presence"_s),
             2);
}

void LimitsTest::creationRateAndRoomCountsAreLimited()
{
    const auto join = [](const QString &from, const QString &room) {
        return u"<presence from='%1' to='%2@chat.shakespeare.lit/witch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(from, room);
    };
    setUpWith(&Limits::creationsPerUser, Rate{2, Hour});
    feed(join(Crone, u"a"_s) + join(Crone, u"b"_s));
    verifyRefused(join(Crone, u"c"_s), u"wait"_s, u"resource-constraint"_s);

    setUpWith(&Limits::roomsPerCreator, 2);
    feed(join(Crone, u"a"_s) + join(Crone, u"b"_s));
    verifyRefused(join(Crone, u"c"_s), u"cancel"_s, u"not-allowed"_s);

    setUpWith(&Limits::maxRooms, 1);
    feed(join(Crone, u"a"_s));
    verifyRefused(join(Hag, u"b"_s), u"wait"_s, u"resource-constraint"_s);
}

void LimitsTest::discoItemsArePagedUnasked()
{
    setUpWith(&Limits::discoItems, 2);
    for (const auto &room : {u"a"_s, u"b"_s, u"c"_s}) {
        const auto jid = room + u"@chat.shakespeare.lit"_s;
        feed(u"<presence from='%1' to='%2/firstwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Crone, jid));
        feed(u"<iq from='%1' id='c' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
             "<x xmlns='jabber:x:data' type='submit'/></query></iq>"_s.arg(Crone, jid));
    }
    // XEP-0059 §2.6 (Example 7's <set/>): the first page, with what paging on needs.
    const auto out = feed(u"<iq from='%1' id='d1' to='chat.shakespeare.lit' type='get'><query xmlns='http://jabber.org/protocol/disco#items'/></iq>"_s.arg(Hag));
    COMPARE_STANZAS(out,
        u"<iq from='chat.shakespeare.lit' id='d1' to='hag66@shakespeare.lit/pda' type='result'>"
        "<query xmlns='http://jabber.org/protocol/disco#items'>"
        "<item jid='a@chat.shakespeare.lit' name='a'/><item jid='b@chat.shakespeare.lit' name='b'/>"
        "<set xmlns='http://jabber.org/protocol/rsm'><first index='0'>a@chat.shakespeare.lit</first>"
        "<last>b@chat.shakespeare.lit</last><count>3</count></set></query></iq>"_s);
}

void LimitsTest::rejoinReplaysAtMostOncePerInterval()
{
    Limits limits;
    limits.rejoinReplaySeconds = Hour;
    setUpLimits(limits);
    covenWithHag();
    const auto rejoin = u"<presence from='%1' id='r1' to='%2/thirdwitch'><show>away</show>%3</presence>"_s.arg(Hag, Coven, Join);
    // The first time, the whole room again: the crone, herself to both, the subject.
    QCOMPARE(feed(rejoin).size(), 4);
    // Within the interval, a presence update (§7.7): to everyone, with 110 to herself; no
    // occupants, history or subject again.
    const auto out = feed(rejoin);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].attribute(u"to"_s), Crone);
    QCOMPARE(out[1].attribute(u"to"_s), Hag);
    QCOMPARE(out[1].attribute(u"id"_s), u"r1"_s);
    QCOMPARE(out[1].firstChildElement(u"x"_s).firstChildElement(u"status"_s).attribute(u"code"_s), u"110"_s);

    limits.rejoinReplaySeconds = 0;
    setUpLimits(limits);
    covenWithHag();
    feed(rejoin);
    QCOMPARE(feed(rejoin).size(), 4);
}

void LimitsTest::historyKeepsAtMostItsBytes()
{
    setUpWith(&Limits::historyBytes, 250);
    covenWithHag();
    const QString body(100, u'x'); // 113 bytes of payload with its <body/>
    for (int i = 1; i <= 5; ++i)
        feed(groupchat(Hag, u"m%1"_s.arg(i), body));
    // §7.2.14: the history replayed is what the room kept: the two newest.
    const auto out = feed(u"<presence from='%1' to='%2/secondwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Wiccarocks, Coven));
    QStringList replayed;
    for (const auto &e : out) {
        if (e.localName() == u"message" && !e.firstChildElement(u"delay"_s).isNull())
            replayed << e.attribute(u"id"_s);
    }
    QCOMPARE(replayed, (QStringList{u"m4"_s, u"m5"_s}));
}

void LimitsTest::wrongPasswordsSlowGuessingDown()
{
    setUpWith(&Limits::passwordGuesses, Rate{2, Hour});
    joinAs(Crone, u"firstwitch"_s);
    feed(u"<iq from='%1' id='c1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
         "<field var='muc#roomconfig_passwordprotectedroom'><value>1</value></field>"
         "<field var='muc#roomconfig_roomsecret'><value>cauldronburn</value></field></x></query></iq>"_s.arg(Crone, Coven));
    const auto attempt = [this](const QString &from, const QString &password) {
        return feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'><password>%3</password></x></presence>"_s
                        .arg(from, Coven, password));
    };
    // §7.2.5 (Example 20): not-authorized for a wrong password...
    for (int i = 0; i < 2; ++i) {
        const auto out = attempt(Hag, u"eye of newt"_s);
        QCOMPARE(out.size(), 1);
        verifyError(out[0], u"auth"_s, u"not-authorized"_s);
    }
    // ...and past the limit, every attempt is refused for a while, the right one too.
    const auto out = attempt(Hag, u"cauldronburn"_s);
    QCOMPARE(out.size(), 1);
    verifyError(out[0], u"wait"_s, u"resource-constraint"_s);
    // Someone else is not held back.
    QCOMPARE(countTo(attempt(Wiccarocks, u"cauldronburn"_s), Wiccarocks, u"presence"_s), 2);
}

void LimitsTest::printConfigShowsLimits()
{
    const auto text = describeSettings(Settings());
    QVERIFY(text.contains(u"[limits]\n# "_s));
    QVERIFY(text.contains(u"\ngroupchat_rate=30/10\n"_s));
    QVERIFY(text.contains(u"\nkick_after=40\n"_s));
    Settings settings;
    QVERIFY(!settingSpecs().isEmpty());
    for (const auto &spec : settingSpecs()) {
        if (spec.key == u"limits/join_rate_per_user") {
            QCOMPARE(spec.set(settings, u"3/7"_s), QString());
            QCOMPARE(settings.limits.joinsPerUser, (Rate{3, 7}));
            QVERIFY(!spec.set(settings, u"fast"_s).isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(LimitsTest)
#include "tst_limits.moc"
