// Who is who in a room: nicknames compared by RFC 8266 and refused when confusable (UTS #39),
// JIDs typed by admins prepared (RFC 7622), domain bans, and the rights that hang on identity
// (XEP-0045 §8.4 voice, §6.6 disco to an occupant). Issue 12.
#include "ServiceHarness.h"

using namespace qmuc;
using namespace qmuc::test;

namespace {
const QString Evil = u"mallory@evil.example/phone"_s;
const QString EvilToo = u"trent@evil.example/desk"_s;

QString adminSet(const QString &from, const QString &items)
{
    return u"<iq from='%1' id='a1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>%3</query></iq>"_s
        .arg(from, Coven, items);
}

QString errorType(const QDomElement &stanza)
{
    return stanza.firstChildElement(u"error"_s).attribute(u"type"_s);
}

QString errorText(const QDomElement &stanza)
{
    return stanza.firstChildElement(u"error"_s).firstChildElement(u"text"_s).text();
}

QStringList nicks(const QList<OccupantInfo> &occupants)
{
    QStringList list;
    for (const auto &o : occupants)
        list << o.nick;
    return list;
}
} // namespace

class IdentityTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void confusableNickIsRefusedAsConflict_data();
    void confusableNickIsRefusedAsConflict();
    void confusableNickChangeIsRefused();
    void sameUsersOtherSessionMayUseAConfusableNick();
    void widthAndCaseVariantOfPresentNickIsConflict();
    void nickChangeToCaseVariantOfAnotherNickIsConflict();
    void ownNickMayChangeCase();
    void secondDeviceWithCaseVariantIsTheSameOccupant();
    void privateMessageToCaseVariantReachesOccupant();
    void spacesInNickAreMappedWith210();
    void nickWithInvisibleOrBidiCharacterIsJidMalformed_data();
    void nickWithInvisibleOrBidiCharacterIsJidMalformed();
    void mixedCaseBanKeepsUserOut();
    void adminSlotBanIsPrepared();
    void malformedJidInAdminItemIsJidMalformed();
    void domainBanRemovesAndRefusesEveryUserOfTheDomain();
    void domainBanSparesUsersWithTheirOwnAffiliation();
    void moderatorCannotRevokeVoiceFromMember();
    void adminRevokesVoiceFromMember();
    void nonOccupantDiscoToOccupantIsBadRequest_data();
    void nonOccupantDiscoToOccupantIsBadRequest();
};

void IdentityTest::init()
{
    setUpService();
    createInstantRoom();
    joinAs(Wiccarocks, u"secondwitch"_s);
}

void IdentityTest::confusableNickIsRefusedAsConflict_data()
{
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("newcomer");
    QTest::newRow("Cyrillic A") << u"Alice"_s << u"\u0410lice"_s;
    QTest::newRow("Cyrillic A, lower case present") << u"alice"_s << u"\u0410lice"_s;
    QTest::newRow("capital I for l") << u"paypal"_s << u"paypaI"_s;
}

void IdentityTest::confusableNickIsRefusedAsConflict()
{
    QFETCH(QString, present);
    QFETCH(QString, newcomer);
    joinAs(u"alice@wonderland.lit/rabbit"_s, present);
    const auto out = feed(u"<presence from='%1' to='%2/%3'>%4</presence>"_s.arg(Hag, Coven, newcomer, Join));
    // XEP-0045 §7.2.9 (Example 29): presence error from the nick asked for, conflict, cancel.
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(out.first().attribute(u"from"_s), u"%1/%2"_s.arg(Coven, newcomer));
    QCOMPARE(errorOf(out.first()), u"conflict"_s);
    QCOMPARE(errorType(out.first()), u"cancel"_s);
    QVERIFY2(errorText(out.first()).contains(u"looks like"_s), qPrintable(errorText(out.first())));
    QCOMPARE(m_service->occupants(Coven).size(), 3);
}

void IdentityTest::confusableNickChangeIsRefused()
{
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = feed(u"<presence from='%1' to='%2/s\u0435condwitch'/>"_s.arg(Hag, Coven)); // Cyrillic е
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"conflict"_s);
    QCOMPARE(nicks(m_service->occupants(Coven)).last(), u"thirdwitch"_s);
}

void IdentityTest::sameUsersOtherSessionMayUseAConfusableNick()
{
    const auto out = feed(u"<presence from='wiccarocks@shakespeare.lit/phone' to='%1/s\u0435condwitch'>%2</presence>"_s.arg(Coven, Join));
    QVERIFY(!out.isEmpty());
    QCOMPARE(out.last().localName(), u"message"_s); // the subject: the join went through
    QCOMPARE(m_service->occupants(Coven).size(), 3);
}

void IdentityTest::widthAndCaseVariantOfPresentNickIsConflict()
{
    // RFC 8266 §2.3: fullwidth "ＳＥＣＯＮＤＷＩＴＣＨ" is secondwitch.
    const auto out = feed(u"<presence from='%1' to='%2/\uff33\uff25\uff23\uff2f\uff2e\uff24\uff37\uff29\uff34\uff23\uff28'>%3</presence>"_s
                              .arg(Hag, Coven, Join));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"conflict"_s);
    QCOMPARE(errorType(out.first()), u"cancel"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 2);
}

void IdentityTest::nickChangeToCaseVariantOfAnotherNickIsConflict()
{
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = feed(u"<presence from='%1' to='%2/SecondWitch'/>"_s.arg(Hag, Coven)); // §7.6.2
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"conflict"_s);
    QCOMPARE(nicks(m_service->occupants(Coven)), QStringList({u"firstwitch"_s, u"secondwitch"_s, u"thirdwitch"_s}));
}

void IdentityTest::ownNickMayChangeCase()
{
    const auto out = feed(u"<presence from='%1' to='%2/SecondWitch'/>"_s.arg(Wiccarocks, Coven));
    // §7.6.3: unavailable with 303 and the new nick, then available from the new nick.
    QCOMPARE(out.size(), 4);
    QCOMPARE(out.first().attribute(u"type"_s), u"unavailable"_s);
    QCOMPARE(nicks(m_service->occupants(Coven)), QStringList({u"firstwitch"_s, u"SecondWitch"_s}));
}

void IdentityTest::secondDeviceWithCaseVariantIsTheSameOccupant()
{
    const auto out = feed(u"<presence from='wiccarocks@shakespeare.lit/phone' to='%1/SECONDWITCH'>%2</presence>"_s.arg(Coven, Join));
    QCOMPARE(m_service->occupants(Coven).size(), 2);
    QCOMPARE(m_service->occupants(Coven).last().sessions, 2);
    // §7.2.3: the room tells the device the nick it is known by, with 210.
    bool told = false;
    for (const auto &stanza : out) {
        if (stanza.localName() == u"presence" && stanza.attribute(u"to"_s) == u"wiccarocks@shakespeare.lit/phone"_s
            && stanza.attribute(u"from"_s) == u"%1/secondwitch"_s.arg(Coven)) {
            const auto x = stanza.firstChildElement(u"x"_s);
            for (auto s = x.firstChildElement(u"status"_s); !s.isNull(); s = s.nextSiblingElement(u"status"_s))
                told = told || s.attribute(u"code"_s) == u"210"_s;
        }
    }
    QVERIFY(told);
}

void IdentityTest::privateMessageToCaseVariantReachesOccupant()
{
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = feed(u"<message from='%1' id='pm1' to='%2/SecondWitch' type='chat'><body>Hail</body></message>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().localName(), u"message"_s);
    QCOMPARE(out.first().attribute(u"to"_s), Wiccarocks);
    QCOMPARE(out.first().attribute(u"from"_s), u"%1/thirdwitch"_s.arg(Coven));
}

void IdentityTest::spacesInNickAreMappedWith210()
{
    const auto out = feed(u"<presence from='%1' to='%2/ third\u00a0\u00a0witch'>%3</presence>"_s.arg(Hag, Coven, Join));
    QCOMPARE(nicks(m_service->occupants(Coven)).last(), u"third witch"_s);
    Q_UNUSED(out);
}

void IdentityTest::nickWithInvisibleOrBidiCharacterIsJidMalformed_data()
{
    QTest::addColumn<QString>("nick");
    QTest::newRow("right-to-left override") << u"witch\u202egnp"_s;
    QTest::newRow("first strong isolate") << u"\u2068witch\u2069"_s;
    QTest::newRow("zero width space") << u"third\u200bwitch"_s;
    QTest::newRow("byte order mark") << u"\ufeffthirdwitch"_s;
    QTest::newRow("only spaces") << u"\u00a0 \u3000"_s;
}

void IdentityTest::nickWithInvisibleOrBidiCharacterIsJidMalformed()
{
    QFETCH(QString, nick);
    const auto out = feed(u"<presence from='%1' to='%2/%3'>%4</presence>"_s.arg(Hag, Coven, nick, Join));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(errorOf(out.first()), u"jid-malformed"_s); // XEP-0045 §7.2.1 / RFC 8266
    QCOMPARE(errorType(out.first()), u"modify"_s);
    QVERIFY(!errorText(out.first()).isEmpty());
    QCOMPARE(m_service->occupants(Coven).size(), 2);
}

void IdentityTest::mixedCaseBanKeepsUserOut()
{
    joinAs(Hag, u"thirdwitch"_s);
    // §9.1 (Example 110) with the JID typed in another case: RFC 7622 makes it hag66@shakespeare.lit.
    auto out = feed(adminSet(Crone, u"<item affiliation='outcast' jid='Hag66@Shakespeare.LIT'/>"_s));
    QCOMPARE(out.last().attribute(u"type"_s), u"result"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 2);
    out = feed(u"<presence from='%1' to='%2/thirdwitch'>%3</presence>"_s.arg(Hag, Coven, Join));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"forbidden"_s); // §7.2.7
}

void IdentityTest::adminSlotBanIsPrepared()
{
    QCOMPARE(m_service->ban(u"Coven@Chat.Shakespeare.lit"_s, u"WiccaRocks@Shakespeare.lit"_s), QString());
    QCOMPARE(m_service->occupants(Coven).size(), 1);
    const auto out = feed(u"<presence from='%1' to='%2/secondwitch'>%3</presence>"_s.arg(Wiccarocks, Coven, Join));
    QCOMPARE(errorOf(out.first()), u"forbidden"_s);
}

void IdentityTest::malformedJidInAdminItemIsJidMalformed()
{
    const auto out = feed(adminSet(Crone, u"<item affiliation='outcast' jid='mallory@evil example'/>"_s));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"jid-malformed"_s);
    QCOMPARE(errorType(out.first()), u"modify"_s);
}

void IdentityTest::domainBanRemovesAndRefusesEveryUserOfTheDomain()
{
    joinAs(Evil, u"mallory"_s);
    joinAs(EvilToo, u"trent"_s);
    auto out = feed(adminSet(Crone, u"<item affiliation='outcast' jid='Evil.Example'><reason>Spam</reason></item>"_s));
    // §9.1: each banned occupant leaves with 301.
    int banned = 0;
    for (const auto &stanza : out) {
        if (stanza.localName() == u"presence" && stanza.attribute(u"type"_s) == u"unavailable"_s
            && stanza.firstChildElement(u"x"_s).firstChildElement(u"status"_s).attribute(u"code"_s) == u"301"_s
            && stanza.attribute(u"to"_s) == Crone)
            ++banned;
    }
    QCOMPARE(banned, 2);
    QCOMPARE(nicks(m_service->occupants(Coven)), QStringList({u"firstwitch"_s, u"secondwitch"_s}));
    // §7.2.7: any user of the domain is refused.
    out = feed(u"<presence from='eve@evil.example/x' to='%1/eve'>%2</presence>"_s.arg(Coven, Join));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"forbidden"_s);
    QCOMPARE(errorType(out.first()), u"auth"_s);
    // Other domains are not.
    joinAs(Hag, u"thirdwitch"_s);
    QCOMPARE(m_service->occupants(Coven).size(), 3);
}

void IdentityTest::domainBanSparesUsersWithTheirOwnAffiliation()
{
    feed(adminSet(Crone, u"<item affiliation='member' jid='trent@evil.example'/>"_s));
    joinAs(EvilToo, u"trent"_s);
    feed(adminSet(Crone, u"<item affiliation='outcast' jid='evil.example'/>"_s));
    QCOMPARE(nicks(m_service->occupants(Coven)), QStringList({u"firstwitch"_s, u"secondwitch"_s, u"trent"_s}));
}

void IdentityTest::moderatorCannotRevokeVoiceFromMember()
{
    joinAs(Hag, u"thirdwitch"_s);
    feed(adminSet(Crone, u"<item affiliation='member' jid='hag66@shakespeare.lit'/>"_s));
    feed(adminSet(Crone, u"<item nick='secondwitch' role='moderator'/>"_s)); // a moderator without affiliation
    QCOMPARE(m_service->occupants(Coven).at(1).role, Role::Moderator);
    // §8.4: a moderator MUST NOT revoke voice from a user whose affiliation is at or above theirs.
    const auto out = feed(adminSet(Wiccarocks, u"<item nick='thirdwitch' role='visitor'/>"_s));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"not-allowed"_s);
    QCOMPARE(errorType(out.first()), u"cancel"_s);
    QCOMPARE(m_service->occupants(Coven).at(2).role, Role::Participant);
}

void IdentityTest::adminRevokesVoiceFromMember()
{
    joinAs(Hag, u"thirdwitch"_s);
    feed(adminSet(Crone, u"<item affiliation='member' jid='hag66@shakespeare.lit'/>"_s));
    const auto out = feed(adminSet(Crone, u"<item nick='thirdwitch' role='visitor'/>"_s));
    QCOMPARE(out.last().attribute(u"type"_s), u"result"_s);
    QCOMPARE(m_service->occupants(Coven).at(2).role, Role::Visitor);
}

void IdentityTest::nonOccupantDiscoToOccupantIsBadRequest_data()
{
    QTest::addColumn<QString>("ns");
    QTest::newRow("info") << u"http://jabber.org/protocol/disco#info"_s;
    QTest::newRow("items") << u"http://jabber.org/protocol/disco#items"_s;
}

void IdentityTest::nonOccupantDiscoToOccupantIsBadRequest()
{
    QFETCH(QString, ns);
    // §6.6: a non-occupant's disco request to room/nick gets bad-request.
    const auto out = feed(u"<iq from='%1' id='d1' to='%2/secondwitch' type='get'><query xmlns='%3'/></iq>"_s.arg(Hag, Coven, ns));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(errorOf(out.first()), u"bad-request"_s);
    QCOMPARE(errorType(out.first()), u"modify"_s);
}

QTEST_GUILESS_MAIN(IdentityTest)
#include "tst_identity.moc"
