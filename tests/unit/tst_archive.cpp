// A room's archive as its occupants meet it: XEP-0359 stanza ids on what the room reflects,
// XEP-0313 queries answered as the XEP's examples show, and a room that outlives its service.
#include "ServiceHarness.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qmuc;
using namespace qmuc::test;

class ArchiveTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void loggedRoomGivesEveryCopyTheSameStanzaId();
    void newRoomArchivesByDefault();
    void unloggedRoomGivesNoStanzaId();
    void switchingArchivingTellsOccupants171Then170();
    void joinerOfLoggedRoomIsWarnedWith170();
    void discoAdvertisesArchiveOnlyWhenLogged();
    void queryReturnsForwardedResultsThenFin();
    void pagesForwardAndBackward();
    void flipPageReversesOrderNotPage();
    void filtersByOccupantAndTime();
    void unknownIdIsItemNotFound();
    void unknownFieldIsFeatureNotImplemented();
    void badDateIsBadRequest();
    void membersOnlyArchiveRefusesNonMembers();
    void realJidsOnlyForModeratorsInSemiAnonymousRooms();
    void messagesSentWhileSemiAnonymousKeepTheirJidsHidden();
    void subjectChangesAreArchived();
    void formAndMetadataAreAnswered();
    void historyCarriesStanzaIds();
    void persistentRoomOutlivesTheService();
    void temporaryRoomDoesNotOutliveTheService();
    void historyOfUnarchivedRoomOutlivesTheService();

private:
    void createLoggedRoom(const QString &extraFields = {});
    // An instant room with archiving switched off, which new rooms no longer are.
    void createUnloggedRoom();
    // Sends n groupchat messages from the crone; returns their stanza ids, oldest first.
    QStringList say(int n, const QString &from = Crone);
    QList<QDomElement> mam(const QString &from, const QString &formFields, const QString &set = {},
                           const QString &extra = {});
    static QStringList resultIds(const QList<QDomElement> &out);
    static QDomElement fin(const QList<QDomElement> &out);
};

void ArchiveTest::init()
{
    setUpService();
}

void ArchiveTest::createLoggedRoom(const QString &extraFields)
{
    joinAs(Crone, u"firstwitch"_s);
    feed(u"<iq from='%1' id='create1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'>"
         "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
         "<field var='muc#roomconfig_enablelogging'><value>1</value></field>%3"
         "</x></query></iq>"_s.arg(Crone, Coven, extraFields));
}

void ArchiveTest::createUnloggedRoom()
{
    joinAs(Crone, u"firstwitch"_s);
    feed(u"<iq from='%1' id='create1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_enablearchiving'><value>0</value></field>"
         "</x></query></iq>"_s.arg(Crone, Coven));
}

QStringList ArchiveTest::say(int n, const QString &from)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        const auto out = feed(u"<message from='%1' id='m%2' to='%3' type='groupchat'><body>message %2</body></message>"_s
                                  .arg(from).arg(i).arg(Coven));
        ids << out.value(0).firstChildElement(u"stanza-id"_s).attribute(u"id"_s);
    }
    return ids;
}

QList<QDomElement> ArchiveTest::mam(const QString &from, const QString &formFields, const QString &set, const QString &extra)
{
    return feed(u"<iq from='%1' id='q1' to='%2' type='set'><query xmlns='urn:xmpp:mam:2' queryid='f27'>"
                "<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'><value>urn:xmpp:mam:2</value></field>%3</x>"
                "%4%5</query></iq>"_s.arg(from, Coven, formFields, set, extra));
}

QStringList ArchiveTest::resultIds(const QList<QDomElement> &out)
{
    QStringList ids;
    for (const auto &stanza : out) {
        const auto result = stanza.firstChildElement(u"result"_s);
        if (!result.isNull())
            ids << result.attribute(u"id"_s);
    }
    return ids;
}

QDomElement ArchiveTest::fin(const QList<QDomElement> &out)
{
    return out.isEmpty() ? QDomElement() : out.last().firstChildElement(u"fin"_s);
}

void ArchiveTest::loggedRoomGivesEveryCopyTheSameStanzaId()
{
    createLoggedRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = feed(u"<message from='%1' id='lx1' to='%2' type='groupchat'><body>Harpier cries</body></message>"_s.arg(Hag, Coven));
    // XEP-0359 §3: the room's own id, by the room's bare JID, on every reflected copy.
    COMPARE_STANZAS(out,
        u"<message from='coven@chat.shakespeare.lit/thirdwitch' id='lx1' to='crone1@shakespeare.lit/desktop' type='groupchat'>"
        "<body>Harpier cries</body><stanza-id xmlns='urn:xmpp:sid:0' id='*' by='coven@chat.shakespeare.lit'/></message>"
        "<message from='coven@chat.shakespeare.lit/thirdwitch' id='lx1' to='hag66@shakespeare.lit/pda' type='groupchat'>"
        "<body>Harpier cries</body><stanza-id xmlns='urn:xmpp:sid:0' id='*' by='coven@chat.shakespeare.lit'/></message>"_s);
    const auto id = out[0].firstChildElement(u"stanza-id"_s).attribute(u"id"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(out[1].firstChildElement(u"stanza-id"_s).attribute(u"id"_s), id);
    // ...and a different one for the next message.
    QVERIFY(say(1) != QStringList{id});
}

void ArchiveTest::newRoomArchivesByDefault()
{
    // The owner's form offers archiving (Prosody's var, which Conversations sets), switched on.
    joinAs(Crone, u"firstwitch"_s);
    const auto form = feed(u"<iq from='%1' id='f1' to='%2' type='get'><query xmlns='http://jabber.org/protocol/muc#owner'/></iq>"_s.arg(Crone, Coven));
    QString archiving = u"absent"_s;
    for (auto f = form.value(0).firstChildElement(u"query"_s).firstChildElement(u"x"_s).firstChildElement(u"field"_s); !f.isNull();
         f = f.nextSiblingElement(u"field"_s)) {
        if (f.attribute(u"var"_s) == u"muc#roomconfig_enablearchiving")
            archiving = f.firstChildElement(u"value"_s).text();
    }
    QCOMPARE(archiving, u"1"_s);
    feed(u"<iq from='%1' id='create1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'/></query></iq>"_s.arg(Crone, Coven));

    // An instant room's messages carry the room's XEP-0359 id (§3) and the archive has them.
    const auto ids = say(1);
    QVERIFY(!ids.value(0).isEmpty());
    QCOMPARE(resultIds(mam(Crone, {})), ids);
    const auto features = roomFeatures();
    QVERIFY(features.contains(u"urn:xmpp:sid:0"_s)); // XEP-0359 §5
    QVERIFY(features.contains(u"urn:xmpp:mam:2"_s));
}

void ArchiveTest::switchingArchivingTellsOccupants171Then170()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    // XEP-0045 §10.2.1 (example 196) and the status code registry (§15.6.2): 171 when the room
    // stops archiving, 170 when it starts; here through the XEP's own var, enablelogging.
    const auto configure = [this](const QString &on) {
        return feed(u"<iq from='%1' id='c2' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
                    "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_enablelogging'><value>%3</value></field>"
                    "</x></query></iq>"_s.arg(Crone, Coven, on));
    };
    const QString notice = u"<message from='coven@chat.shakespeare.lit' id='*' to='%1' type='groupchat'>"
                           "<x xmlns='http://jabber.org/protocol/muc#user'><status code='104'/><status code='%2'/></x></message>"_s;
    const QString result = u"<iq from='coven@chat.shakespeare.lit' id='c2' to='crone1@shakespeare.lit/desktop' type='result'/>"_s;
    COMPARE_STANZAS(configure(u"0"_s), result + notice.arg(Crone, u"171"_s) + notice.arg(Hag, u"171"_s));
    COMPARE_STANZAS(configure(u"1"_s), result + notice.arg(Crone, u"170"_s) + notice.arg(Hag, u"170"_s));
}

void ArchiveTest::unloggedRoomGivesNoStanzaId()
{
    createUnloggedRoom();
    const auto out = feed(u"<message from='%1' id='u1' to='%2' type='groupchat'><body>x</body></message>"_s.arg(Crone, Coven));
    QCOMPARE(out.size(), 1);
    QVERIFY(out[0].firstChildElement(u"stanza-id"_s).isNull());
    const auto query = mam(Crone, {});
    QCOMPARE(resultIds(query), QStringList());
    QCOMPARE(fin(query).attribute(u"complete"_s), u"true"_s);
}

void ArchiveTest::joinerOfLoggedRoomIsWarnedWith170()
{
    createLoggedRoom();
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven));
    QStringList codes;
    for (const auto &stanza : out) {
        if (stanza.attribute(u"to"_s) != Hag || stanza.tagName() != u"presence")
            continue;
        for (auto s = stanza.firstChildElement(u"x"_s).firstChildElement(u"status"_s); !s.isNull(); s = s.nextSiblingElement(u"status"_s))
            codes << s.attribute(u"code"_s);
    }
    QVERIFY2(codes.contains(u"170"_s) && codes.contains(u"110"_s), qPrintable(codes.join(u',')));
}

void ArchiveTest::discoAdvertisesArchiveOnlyWhenLogged()
{
    const auto features = [this] {
        QStringList list;
        const auto out = feed(u"<iq from='%1' id='d1' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Hag, Coven));
        for (auto f = out.value(0).firstChildElement(u"query"_s).firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
            list << f.attribute(u"var"_s);
        return list;
    };
    createUnloggedRoom();
    QVERIFY(!features().contains(u"urn:xmpp:mam:2"_s));
    feed(u"<iq from='%1' id='c2' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_enablelogging'><value>true</value></field>"
         "</x></query></iq>"_s.arg(Crone, Coven));
    const auto now = features();
    QVERIFY(now.contains(u"urn:xmpp:mam:2"_s));
    QVERIFY(now.contains(u"urn:xmpp:mam:2#extended"_s));
    QVERIFY(now.contains(u"urn:xmpp:sid:0"_s));
}

void ArchiveTest::queryReturnsForwardedResultsThenFin()
{
    createLoggedRoom();
    const auto ids = say(2);
    const auto out = mam(Crone, {});
    // XEP-0313 §4.2 and §5.1.2 (the MUC example): each result from the room, forwarded with its
    // time, the message as the room sent it; then the IQ result with <fin/>.
    COMPARE_STANZAS(out,
        u"<message from='coven@chat.shakespeare.lit' to='crone1@shakespeare.lit/desktop' id='*'>"
        "<result xmlns='urn:xmpp:mam:2' queryid='f27' id='%1'><forwarded xmlns='urn:xmpp:forward:0'>"
        "<delay xmlns='urn:xmpp:delay' stamp='*'/>"
        "<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/firstwitch' type='groupchat' id='m0'>"
        "<body>message 0</body><x xmlns='http://jabber.org/protocol/muc#user'><item jid='crone1@shakespeare.lit'/></x></message>"
        "</forwarded></result></message>"
        "<message from='coven@chat.shakespeare.lit' to='crone1@shakespeare.lit/desktop' id='*'>"
        "<result xmlns='urn:xmpp:mam:2' queryid='f27' id='%2'><forwarded xmlns='urn:xmpp:forward:0'>"
        "<delay xmlns='urn:xmpp:delay' stamp='*'/>"
        "<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/firstwitch' type='groupchat' id='m1'>"
        "<body>message 1</body><x xmlns='http://jabber.org/protocol/muc#user'><item jid='crone1@shakespeare.lit'/></x></message>"
        "</forwarded></result></message>"
        "<iq from='coven@chat.shakespeare.lit' to='crone1@shakespeare.lit/desktop' type='result' id='q1'>"
        "<fin xmlns='urn:xmpp:mam:2' complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
        "<first index='0'>%1</first><last>%2</last><count>2</count></set></fin></iq>"_s.arg(ids[0], ids[1]));
}

void ArchiveTest::pagesForwardAndBackward()
{
    createLoggedRoom();
    const auto ids = say(7);
    // Forward in pages of 3: the last page says it is complete.
    QStringList seen;
    QString after;
    for (int page = 0; page < 5; ++page) {
        const auto set = after.isEmpty() ? u"<set xmlns='http://jabber.org/protocol/rsm'><max>3</max></set>"_s
                                         : u"<set xmlns='http://jabber.org/protocol/rsm'><max>3</max><after>%1</after></set>"_s.arg(after);
        const auto out = mam(Crone, {}, set);
        seen += resultIds(out);
        after = fin(out).firstChildElement(u"set"_s).firstChildElement(u"last"_s).text();
        if (fin(out).attribute(u"complete"_s) == u"true")
            break;
        QVERIFY(page < 3);
    }
    QCOMPARE(seen, ids);
    // Backward from the end: the newest page first, each page oldest first.
    auto out = mam(Crone, {}, u"<set xmlns='http://jabber.org/protocol/rsm'><max>3</max><before/></set>"_s);
    QCOMPARE(resultIds(out), ids.mid(4));
    QVERIFY(fin(out).attribute(u"complete"_s) != u"true");
    QCOMPARE(fin(out).firstChildElement(u"set"_s).firstChildElement(u"first"_s).attribute(u"index"_s), u"4"_s);
    out = mam(Crone, {}, u"<set xmlns='http://jabber.org/protocol/rsm'><max>3</max><before>%1</before></set>"_s.arg(ids[4]));
    QCOMPARE(resultIds(out), ids.mid(1, 3));
    QVERIFY(fin(out).attribute(u"complete"_s) != u"true");
    out = mam(Crone, {}, u"<set xmlns='http://jabber.org/protocol/rsm'><max>3</max><before>%1</before></set>"_s.arg(ids[1]));
    QCOMPARE(resultIds(out), ids.mid(0, 1));
    QCOMPARE(fin(out).attribute(u"complete"_s), u"true"_s);
    // A page that ends exactly at the last message is complete too.
    out = mam(Crone, {}, u"<set xmlns='http://jabber.org/protocol/rsm'><max>3</max><after>%1</after></set>"_s.arg(ids[3]));
    QCOMPARE(resultIds(out), ids.mid(4));
    QCOMPARE(fin(out).attribute(u"complete"_s), u"true"_s);
    // max=0: only how many there are.
    out = mam(Crone, {}, u"<set xmlns='http://jabber.org/protocol/rsm'><max>0</max></set>"_s);
    QCOMPARE(resultIds(out), QStringList());
    QCOMPARE(fin(out).firstChildElement(u"set"_s).firstChildElement(u"count"_s).text(), u"7"_s);
}

void ArchiveTest::flipPageReversesOrderNotPage()
{
    createLoggedRoom();
    const auto ids = say(5);
    const auto out = mam(Crone, {}, u"<set xmlns='http://jabber.org/protocol/rsm'><max>2</max><before/></set>"_s, u"<flip-page/>"_s);
    QCOMPARE(resultIds(out), (QStringList{ids[4], ids[3]}));
    const auto set = fin(out).firstChildElement(u"set"_s);
    QCOMPARE(set.firstChildElement(u"first"_s).text(), ids[3]);
    QCOMPARE(set.firstChildElement(u"last"_s).text(), ids[4]);
}

void ArchiveTest::filtersByOccupantAndTime()
{
    createLoggedRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto crone = say(2);
    const auto hag = say(3, Hag);
    auto out = mam(Crone, u"<field var='with'><value>coven@chat.shakespeare.lit/thirdwitch</value></field>"_s);
    QCOMPARE(resultIds(out), hag);
    // The address is compared as prepared: the room's name and domain in any case.
    out = mam(Crone, u"<field var='with'><value>Coven@Chat.Shakespeare.lit/thirdwitch</value></field>"_s);
    QCOMPARE(resultIds(out), hag);
    // A time range that ends before everything is empty; one from the past holds everything.
    out = mam(Crone, u"<field var='end'><value>2010-08-07T00:00:00Z</value></field>"_s);
    QCOMPARE(resultIds(out), QStringList());
    out = mam(Crone, u"<field var='start'><value>2010-08-07T00:00:00Z</value></field>"_s);
    QCOMPARE(resultIds(out), crone + hag);
    // #extended: exclusive id bounds and single ids.
    out = mam(Crone, u"<field var='after-id'><value>%1</value></field><field var='before-id'><value>%2</value></field>"_s.arg(crone[0], hag[2]));
    QCOMPARE(resultIds(out), (QStringList{crone[1], hag[0], hag[1]}));
    out = mam(Crone, u"<field var='ids'><value>%1</value><value>%2</value></field>"_s.arg(hag[1], crone[0]));
    QCOMPARE(resultIds(out), (QStringList{crone[0], hag[1]}));
    // 'with' names an occupant of this room, nothing else.
    out = mam(Crone, u"<field var='with'><value>hag66@shakespeare.lit</value></field>"_s);
    QCOMPARE(errorOf(out.value(0)), u"bad-request"_s);
}

void ArchiveTest::unknownIdIsItemNotFound()
{
    createLoggedRoom();
    say(2);
    for (const auto &query : {u"<set xmlns='http://jabber.org/protocol/rsm'><after>nonesuch</after></set>"_s,
                              u"<set xmlns='http://jabber.org/protocol/rsm'><before>nonesuch</before></set>"_s}) {
        const auto out = mam(Crone, {}, query);
        QCOMPARE(out.size(), 1);
        QCOMPARE(errorOf(out[0]), u"item-not-found"_s);
    }
    const auto out = mam(Crone, u"<field var='ids'><value>nonesuch</value></field>"_s);
    QCOMPARE(errorOf(out.value(0)), u"item-not-found"_s);
    // A request for more ids than a page holds is refused whole, not answered in part.
    QString many;
    for (int i = 0; i < 251; ++i)
        many += u"<value>id%1</value>"_s.arg(i);
    QCOMPARE(errorOf(mam(Crone, u"<field var='ids'>%1</field>"_s.arg(many)).value(0)), u"policy-violation"_s);
}

void ArchiveTest::unknownFieldIsFeatureNotImplemented()
{
    createLoggedRoom();
    const auto out = mam(Crone, u"<field var='urn:example:colour'><value>blue</value></field>"_s);
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out[0]), u"feature-not-implemented"_s);
}

void ArchiveTest::badDateIsBadRequest()
{
    createLoggedRoom();
    const auto out = mam(Crone, u"<field var='start'><value>last tuesday</value></field>"_s);
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out[0]), u"bad-request"_s);
}

void ArchiveTest::membersOnlyArchiveRefusesNonMembers()
{
    createLoggedRoom(u"<field var='muc#roomconfig_membersonly'><value>1</value></field>"_s);
    say(1);
    auto out = mam(Hag, {});
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out[0]), u"forbidden"_s);
    QCOMPARE(out[0].firstChildElement(u"error"_s).attribute(u"type"_s), u"auth"_s);
    feed(u"<iq from='%1' id='a1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>"
         "<item affiliation='member' jid='hag66@shakespeare.lit'/></query></iq>"_s.arg(Crone, Coven));
    out = mam(Hag, {});
    QCOMPARE(resultIds(out).size(), 1);
}

void ArchiveTest::realJidsOnlyForModeratorsInSemiAnonymousRooms()
{
    createLoggedRoom();
    joinAs(Hag, u"thirdwitch"_s);
    say(1);
    const auto itemOf = [](const QList<QDomElement> &out) {
        return out.value(0).firstChildElement(u"result"_s).firstChildElement(u"forwarded"_s)
            .firstChildElement(u"message"_s).firstChildElement(u"x"_s).firstChildElement(u"item"_s);
    };
    QVERIFY(itemOf(mam(Hag, {})).isNull());
    QCOMPARE(itemOf(mam(Crone, {})).attribute(u"jid"_s), u"crone1@shakespeare.lit"_s);
}

void ArchiveTest::messagesSentWhileSemiAnonymousKeepTheirJidsHidden()
{
    // XEP-0045 §4.2: in a semi-anonymous room only moderators learn real JIDs. Turning the room
    // non-anonymous later (§10.2, status 172) must not reveal who sent what before.
    createLoggedRoom();
    joinAs(Hag, u"thirdwitch"_s);
    feed(u"<message from='%1' id='before' to='%2' type='groupchat'><body>in confidence</body></message>"_s.arg(Hag, Coven));
    feed(u"<iq from='%1' id='c3' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_whois'><value>anyone</value></field>"
         "</x></query></iq>"_s.arg(Crone, Coven));
    feed(u"<message from='%1' id='after' to='%2' type='groupchat'><body>in the open</body></message>"_s.arg(Hag, Coven));
    joinAs(Wiccarocks, u"secondwitch"_s);
    // A participant's query (XEP-0313 §5.1.2): the sender's JID only on what was said openly.
    QHash<QString, QString> jidById;
    for (const auto &stanza : mam(Wiccarocks, {})) {
        const auto message = stanza.firstChildElement(u"result"_s).firstChildElement(u"forwarded"_s).firstChildElement(u"message"_s);
        if (!message.isNull())
            jidById.insert(message.attribute(u"id"_s), message.firstChildElement(u"x"_s).firstChildElement(u"item"_s).attribute(u"jid"_s));
    }
    QCOMPARE(jidById.size(), 2);
    QCOMPARE(jidById.value(u"before"_s), QString());
    QCOMPARE(jidById.value(u"after"_s), u"hag66@shakespeare.lit"_s);
}

void ArchiveTest::subjectChangesAreArchived()
{
    createLoggedRoom();
    const auto change = feed(u"<message from='%1' id='s1' to='%2' type='groupchat'><subject>Fire Burn and Cauldron Bubble!</subject></message>"_s.arg(Crone, Coven));
    const auto id = change.value(0).firstChildElement(u"stanza-id"_s).attribute(u"id"_s);
    QVERIFY(!id.isEmpty());
    const auto out = mam(Crone, {});
    QCOMPARE(resultIds(out), QStringList{id});
    const auto message = out[0].firstChildElement(u"result"_s).firstChildElement(u"forwarded"_s).firstChildElement(u"message"_s);
    QCOMPARE(message.firstChildElement(u"subject"_s).text(), u"Fire Burn and Cauldron Bubble!"_s);
}

void ArchiveTest::formAndMetadataAreAnswered()
{
    createLoggedRoom();
    auto out = feed(u"<iq from='%1' id='form1' to='%2' type='get'><query xmlns='urn:xmpp:mam:2'/></iq>"_s.arg(Crone, Coven));
    QStringList vars;
    for (auto f = out.value(0).firstChildElement(u"query"_s).firstChildElement(u"x"_s).firstChildElement(u"field"_s); !f.isNull(); f = f.nextSiblingElement(u"field"_s))
        vars << f.attribute(u"var"_s);
    QCOMPARE(vars, (QStringList{u"FORM_TYPE"_s, u"with"_s, u"start"_s, u"end"_s, u"before-id"_s, u"after-id"_s, u"ids"_s}));

    out = feed(u"<iq from='%1' id='meta1' to='%2' type='get'><metadata xmlns='urn:xmpp:mam:2'/></iq>"_s.arg(Crone, Coven));
    COMPARE_STANZAS(out, u"<iq from='coven@chat.shakespeare.lit' to='crone1@shakespeare.lit/desktop' type='result' id='meta1'>"
                         "<metadata xmlns='urn:xmpp:mam:2'/></iq>"_s);
    const auto ids = say(3);
    out = feed(u"<iq from='%1' id='meta2' to='%2' type='get'><metadata xmlns='urn:xmpp:mam:2'/></iq>"_s.arg(Crone, Coven));
    COMPARE_STANZAS(out, u"<iq from='coven@chat.shakespeare.lit' to='crone1@shakespeare.lit/desktop' type='result' id='meta2'>"
                         "<metadata xmlns='urn:xmpp:mam:2'><start id='%1' timestamp='*'/><end id='%2' timestamp='*'/></metadata></iq>"_s
                             .arg(ids.first(), ids.last()));
}

void ArchiveTest::historyCarriesStanzaIds()
{
    createLoggedRoom();
    const auto ids = say(2);
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven));
    QStringList replayed;
    for (const auto &stanza : out) {
        if (!stanza.firstChildElement(u"delay"_s).isNull())
            replayed << stanza.firstChildElement(u"stanza-id"_s).attribute(u"id"_s);
    }
    QCOMPARE(replayed, ids);
}

void ArchiveTest::persistentRoomOutlivesTheService()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(setUpServiceWithData(dir.path(), &error), qPrintable(error));

    createLoggedRoom(u"<field var='muc#roomconfig_persistentroom'><value>1</value></field>"
                     "<field var='muc#roomconfig_roomname'><value>A Dark Cave</value></field>"_s);
    feed(u"<iq from='%1' id='a1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>"
         "<item affiliation='outcast' jid='earlofcambridge@shakespeare.lit'><reason>Treason</reason></item></query></iq>"_s.arg(Crone, Coven));
    feed(u"<message from='%1' id='s1' to='%2' type='groupchat'><subject>Cauldron</subject></message>"_s.arg(Crone, Coven));
    const auto ids = say(3);
    feed(u"<presence from='%1' to='%2/firstwitch' type='unavailable'/>"_s.arg(Crone, Coven));
    m_service.reset(); // the service goes; what it queued is written on the way out

    setUpService({}, dir.path());
    QSignalSpy created(m_service.get(), &MucService::roomCreated);
    QVERIFY2(m_service->openStorage(&error), qPrintable(error));
    // On PostgreSQL, which several instances may share, a room is loaded by its next stanza.
    const bool onDemand = m_service->settings().storageDriver == u"postgres";
    QCOMPARE(created.size(), onDemand ? 0 : 1);

    // The ban holds, the history and archive are there, with the same ids.
    auto out = feed(u"<presence from='earlofcambridge@shakespeare.lit/stabbed' to='%1/traitor'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Coven));
    QCOMPARE(errorOf(out.value(0)), u"forbidden"_s);
    QCOMPARE(created.size(), 1);
    const auto rooms = m_service->rooms();
    QCOMPARE(rooms.size(), 1);
    QCOMPARE(rooms[0].name, u"A Dark Cave"_s);
    QCOMPARE(rooms[0].subject, u"Cauldron"_s);
    QVERIFY(!rooms[0].locked);
    out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven));
    QStringList replayed;
    QString subjectFrom;
    for (const auto &stanza : out) {
        // The replayed messages; the subject comes after them, stamped too (§7.2.15).
        if (!stanza.firstChildElement(u"delay"_s).isNull() && stanza.firstChildElement(u"subject"_s).isNull())
            replayed << stanza.firstChildElement(u"stanza-id"_s).attribute(u"id"_s);
        if (!stanza.firstChildElement(u"subject"_s).isNull())
            subjectFrom = stanza.attribute(u"from"_s);
    }
    QCOMPARE(replayed, ids);
    QCOMPARE(subjectFrom, Coven + u"/firstwitch"_s);
    QCOMPARE(resultIds(mam(Hag, {})).mid(1), ids); // after the subject change
}

void ArchiveTest::temporaryRoomDoesNotOutliveTheService()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(setUpServiceWithData(dir.path(), &error), qPrintable(error));
    createLoggedRoom();
    say(2);
    m_service.reset(); // as if killed with people inside: the room was temporary

    QVERIFY2(setUpServiceWithData(dir.path(), &error), qPrintable(error));
    QCOMPARE(m_service->rooms().size(), 0);
    QCOMPARE(MucService::checkDatabase(MucService::storageTarget(settingsFor(dir.path()))).messages, 0);
}

void ArchiveTest::historyOfUnarchivedRoomOutlivesTheService()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(setUpServiceWithData(dir.path(), &error), qPrintable(error));
    joinAs(Crone, u"firstwitch"_s);
    feed(u"<iq from='%1' id='create1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_persistentroom'><value>1</value></field>"
         "<field var='muc#roomconfig_enablearchiving'><value>0</value></field></x></query></iq>"_s.arg(Crone, Coven));
    say(3);
    m_service.reset(); // a clean stop, with the crone still inside

    QVERIFY2(setUpServiceWithData(dir.path(), &error), qPrintable(error));
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven));
    QStringList replayed;
    for (const auto &stanza : out) {
        if (!stanza.firstChildElement(u"delay"_s).isNull()) {
            replayed << stanza.attribute(u"id"_s) + u':' + stanza.firstChildElement(u"body"_s).text();
            QVERIFY(stanza.firstChildElement(u"stanza-id"_s).isNull()); // not archived, so no archive id
        }
    }
    QCOMPARE(replayed, (QStringList{u"m0:message 0"_s, u"m1:message 1"_s, u"m2:message 2"_s}));
    // ...and still no archive to query.
    QCOMPARE(resultIds(mam(Hag, {})), QStringList());
}

QTEST_GUILESS_MAIN(ArchiveTest)
#include "tst_archive.moc"
