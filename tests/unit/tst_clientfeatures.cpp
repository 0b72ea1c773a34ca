// What today's clients expect of a room (issue 13): room avatars (XEP-0486) and hats (XEP-0317),
// fed as stanzas.
#include "ServiceHarness.h"
#include "../support/XepExamples.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace qmuc;
using namespace qmuc::test;
using namespace qmuc::test::examples;

class ClientFeaturesTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpService({u"admin@shakespeare.lit"_s}); }
    // XEP-0486
    void ownerSetsRoomAvatarWhichEveryoneCanRead();
    void onlyOwnersSetRoomAvatar();
    void oversizedRoomAvatarIsRefused();
    void emptyVCardRemovesRoomAvatar();
    void roomAvatarAndHatsOutliveTheService();
    // XEP-0317
    void hatFromAdminSlotShowsInPresenceToEveryone();
    void hatCommandWithFormInFirstRequestRunsAtOnce();
    void hatCommandsAreForAdminsAndOwnersOnly();
    void forgedHatIsStripped();

private:
    QList<QDomElement> setAvatar(const QString &from, const QString &vCardChildren)
    {
        return feed(u"<iq from='%1' id='av' to='%2' type='set'><vCard xmlns='vcard-temp'>%3</vCard></iq>"_s.arg(from, Coven, vCardChildren));
    }
    // The room's muc#roominfo_avatarhash values, as disco#info gives them; "none" without the field.
    QString avatarHashes()
    {
        const auto info = feed(u"<iq from='%1' id='di' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Hag, Coven));
        const auto query = info.value(0).firstChildElement(u"query"_s);
        bool vcard = false;
        for (auto f = query.firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
            vcard = vcard || f.attribute(u"var"_s) == u"vcard-temp";
        if (!vcard)
            return u"no vcard-temp feature"_s;
        QXmppDataForm form;
        form.parse(query.firstChildElement(u"x"_s));
        for (const auto &field : form.fields()) {
            if (field.key() == u"muc#roominfo_avatarhash")
                return field.value().toStringList().join(u',');
        }
        return u"none"_s;
    }
    // The <hats/> of the presence about `nick` that `to` got among `out`, as "uri=title" lines.
    static QString hatsIn(const QList<QDomElement> &out, const QString &nick, const QString &to)
    {
        for (const auto &stanza : out) {
            if (stanza.localName() != u"presence" || stanza.attribute(u"from"_s) != Coven + u'/' + nick || stanza.attribute(u"to"_s) != to)
                continue;
            QStringList hats;
            const auto container = stanza.firstChildElement(u"hats"_s);
            for (auto hat = container.firstChildElement(u"hat"_s); !hat.isNull(); hat = hat.nextSiblingElement(u"hat"_s))
                hats << hat.attribute(u"uri"_s) + u'=' + hat.attribute(u"title"_s) + u' ' + container.namespaceURI();
            return hats.join(u'\n');
        }
        return u"no presence"_s;
    }
};

// XEP-0486 §3.2-§3.4: the owner publishes; the room acknowledges, tells the occupants (status 104,
// Example 6), advertises the feature and the hash in disco#info (Example 7) and returns the vCard.
void ClientFeaturesTest::ownerSetsRoomAvatarWhichEveryoneCanRead()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    QCOMPARE(avatarHashes(), u"none"_s); // §4: no field without an avatar
    const auto out = setAvatar(Crone, u"<PHOTO><TYPE>image/svg+xml</TYPE><BINVAL>%1</BINVAL></PHOTO>"_s.arg(SvgAvatar));
    COMPARE_STANZAS(out, u"<iq type='result' id='av' to='crone1@shakespeare.lit/desktop' from='coven@chat.shakespeare.lit'/>"
                         "<message type='groupchat' id='*' to='crone1@shakespeare.lit/desktop' from='coven@chat.shakespeare.lit'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><status code='104'/></x></message>"
                         "<message type='groupchat' id='*' to='hag66@shakespeare.lit/pda' from='coven@chat.shakespeare.lit'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'><status code='104'/></x></message>"_s);
    QCOMPARE(avatarHashes(), SvgAvatarHash);
    // Anyone reads it, in the room or not (§3.4, Example 9).
    const auto read = feed(u"<iq from='romeo@montague.lit/garden' id='get' to='%1' type='get'><vCard xmlns='vcard-temp'/></iq>"_s.arg(Coven));
    COMPARE_STANZAS(read, u"<iq type='result' id='get' to='romeo@montague.lit/garden' from='coven@chat.shakespeare.lit'>"
                          "<vCard xmlns='vcard-temp'><PHOTO><TYPE>image/svg+xml</TYPE><BINVAL>%1</BINVAL></PHOTO></vCard></iq>"_s.arg(SvgAvatar));
}

// §3.2 (Example 5), §6: only owners publish; nothing changes.
void ClientFeaturesTest::onlyOwnersSetRoomAvatar()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto out = setAvatar(Hag, u"<PHOTO><TYPE>image/svg+xml</TYPE><BINVAL>%1</BINVAL></PHOTO>"_s.arg(SvgAvatar));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"forbidden"_s);
    QCOMPARE(out.first().firstChildElement(u"error"_s).attribute(u"type"_s), u"auth"_s);
    QCOMPARE(avatarHashes(), u"none"_s);
}

void ClientFeaturesTest::oversizedRoomAvatarIsRefused()
{
    createInstantRoom();
    // rooms/max_avatar_kib defaults to 256 KiB of image.
    const auto big = QByteArray(257 * 1024, 'x').toBase64();
    const auto out = setAvatar(Crone, u"<PHOTO><TYPE>image/png</TYPE><BINVAL>%1</BINVAL></PHOTO>"_s.arg(QString::fromLatin1(big)));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out.first()), u"not-acceptable"_s);
    QCOMPARE(avatarHashes(), u"none"_s);
}

// §3.2 (Example 8): an empty vCard unpublishes the avatar, and occupants hear of it.
void ClientFeaturesTest::emptyVCardRemovesRoomAvatar()
{
    createInstantRoom();
    setAvatar(Crone, u"<PHOTO><TYPE>image/svg+xml</TYPE><BINVAL>%1</BINVAL></PHOTO>"_s.arg(SvgAvatar));
    const auto out = setAvatar(Crone, {});
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.last().firstChildElement(u"x"_s).firstChildElement(u"status"_s).attribute(u"code"_s), u"104"_s);
    QCOMPARE(avatarHashes(), u"none"_s);
}

void ClientFeaturesTest::roomAvatarAndHatsOutliveTheService()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(setUpServiceWithData(dir.path(), &error), qPrintable(error));
    joinAs(Crone, u"firstwitch"_s);
    feed(u"<iq from='%1' id='create1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
         "<field var='muc#roomconfig_persistentroom'><value>1</value></field></x></query></iq>"_s.arg(Crone, Coven));
    setAvatar(Crone, u"<PHOTO><TYPE>image/svg+xml</TYPE><BINVAL>%1</BINVAL></PHOTO>"_s.arg(SvgAvatar));
    QCOMPARE(m_service->putOnHat(Coven, u"hag66@shakespeare.lit"_s, TeacherAssistant, u"Teacher's Assistant"_s), QString());
    m_service.reset();

    setUpService({}, dir.path());
    QVERIFY2(m_service->openStorage(&error), qPrintable(error));
    QCOMPARE(avatarHashes(), SvgAvatarHash);
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven));
    QCOMPARE(hatsIn(out, u"thirdwitch"_s, Hag), TeacherAssistant + u"=Teacher's Assistant urn:xmpp:hats:0"_s);
}

// XEP-0317 §2.1 (Example 1): the hat is in the occupant's presence, to everyone, at once and on
// every later presence; taking it off is told the same way.
void ClientFeaturesTest::hatFromAdminSlotShowsInPresenceToEveryone()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    m_out.clear();
    QCOMPARE(m_service->putOnHat(Coven, u"hag66@shakespeare.lit"_s, TeacherAssistant, u"Teacher's Assistant"_s), QString());
    const auto put = parseStanzas(QString::fromUtf8(m_out));
    const auto expected = TeacherAssistant + u"=Teacher's Assistant urn:xmpp:hats:0"_s;
    QCOMPARE(hatsIn(put, u"thirdwitch"_s, Crone), expected);
    QCOMPARE(hatsIn(put, u"thirdwitch"_s, Hag), expected);
    // A later presence (a status change) still carries it.
    const auto later = feed(u"<presence from='%1' to='%2/thirdwitch'><show>away</show></presence>"_s.arg(Hag, Coven));
    QCOMPARE(hatsIn(later, u"thirdwitch"_s, Crone), expected);
    // And someone joining later sees it.
    const auto joined = feed(u"<presence from='%1' to='%2/secondwitch'>%3</presence>"_s.arg(Wiccarocks, Coven, Join));
    QCOMPARE(hatsIn(joined, u"thirdwitch"_s, Wiccarocks), expected);

    m_out.clear();
    QCOMPARE(m_service->takeOffHat(Coven, u"hag66@shakespeare.lit"_s, TeacherAssistant), QString());
    QCOMPARE(hatsIn(parseStanzas(QString::fromUtf8(m_out)), u"thirdwitch"_s, Wiccarocks), QString());
}

// §2.2-§2.3 through XEP-0050: the form first; and a filled-in form in the first request (as §2.3's
// Example 16 sends it) runs at once and completes.
void ClientFeaturesTest::hatCommandWithFormInFirstRequestRunsAtOnce()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto first = feed(u"<iq from='%1' id='c1' to='%2' type='set'><command xmlns='http://jabber.org/protocol/commands' "
                            "action='execute' node='urn:xmpp:hats:commands:don'/></iq>"_s.arg(Crone, Coven));
    QCOMPARE(first.size(), 1);
    const auto command = first.first().firstChildElement(u"command"_s);
    QCOMPARE(command.attribute(u"status"_s), u"executing"_s);
    QXmppDataForm form;
    form.parse(command.firstChildElement(u"x"_s));
    QStringList vars;
    for (const auto &field : form.fields())
        vars << field.key();
    QCOMPARE(vars, (QStringList{u"FORM_TYPE"_s, u"accountjid"_s, u"hat"_s, u"hat_title"_s}));

    const auto done = feed(u"<iq from='%1' id='c2' to='%2' type='set'><command xmlns='http://jabber.org/protocol/commands' "
                           "action='execute' node='urn:xmpp:hats:commands:don'><x xmlns='jabber:x:data' type='submit'>"
                           "<field type='hidden' var='FORM_TYPE'><value>urn:xmpp:hats:commands</value></field>"
                           "<field var='accountjid'><value>hag66@shakespeare.lit</value></field>"
                           "<field var='hat'><value>%3</value></field><field var='hat_title'><value>Teacher's Assistant</value></field>"
                           "</x></command></iq>"_s.arg(Crone, Coven, TeacherAssistant));
    QCOMPARE(hatsIn(done, u"thirdwitch"_s, Crone), TeacherAssistant + u"=Teacher's Assistant urn:xmpp:hats:0"_s);
    QCOMPARE(done.last().attribute(u"id"_s), u"c2"_s);
    QCOMPARE(done.last().firstChildElement(u"command"_s).attribute(u"status"_s), u"completed"_s);

    // §2.3 (Example 16): off again, in one request.
    const auto off = feed(u"<iq from='%1' id='c3' to='%2' type='set'><command xmlns='http://jabber.org/protocol/commands' "
                          "action='execute' node='urn:xmpp:hats:commands:doff'><x xmlns='jabber:x:data' type='submit'>"
                          "<field var='accountjid'><value>hag66@shakespeare.lit</value></field>"
                          "<field var='hat'><value>%3</value></field></x></command></iq>"_s.arg(Crone, Coven, TeacherAssistant));
    QCOMPARE(hatsIn(off, u"thirdwitch"_s, Crone), QString());
    QCOMPARE(off.last().firstChildElement(u"command"_s).attribute(u"status"_s), u"completed"_s);
}

void ClientFeaturesTest::hatCommandsAreForAdminsAndOwnersOnly()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    const auto refused = feed(u"<iq from='%1' id='c1' to='%2' type='set'><command xmlns='http://jabber.org/protocol/commands' "
                              "action='execute' node='urn:xmpp:hats:commands:don'><x xmlns='jabber:x:data' type='submit'>"
                              "<field var='accountjid'><value>hag66@shakespeare.lit</value></field>"
                              "<field var='hat'><value>urn:x:queen</value></field><field var='hat_title'><value>Queen</value></field>"
                              "</x></command></iq>"_s.arg(Hag, Coven));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(errorOf(refused.first()), u"forbidden"_s);
    // XEP-0050 §2.2: the commands are listed to those who may run them only.
    const auto list = [&](const QString &who) {
        const auto out = feed(u"<iq from='%1' id='l' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#items' "
                              "node='http://jabber.org/protocol/commands'/></iq>"_s.arg(who, Coven));
        return out.value(0).firstChildElement(u"query"_s).elementsByTagName(u"item"_s).size();
    };
    QCOMPARE(list(Hag), 0);
    QCOMPARE(list(Crone), 2);
}

// §2.1: a hat is the room's to give; one a client puts in its own presence goes nowhere.
void ClientFeaturesTest::forgedHatIsStripped()
{
    createInstantRoom();
    const auto forged = u"<hats xmlns='urn:xmpp:hats:0'><hat uri='urn:x:queen' title='Queen'/></hats>"_s;
    const auto joined = feed(u"<presence from='%1' to='%2/thirdwitch'>%3%4</presence>"_s.arg(Hag, Coven, Join, forged));
    QCOMPARE(hatsIn(joined, u"thirdwitch"_s, Crone), QString());
    const auto changed = feed(u"<presence from='%1' to='%2/thirdwitch'><show>chat</show>%3</presence>"_s.arg(Hag, Coven, forged));
    QCOMPARE(hatsIn(changed, u"thirdwitch"_s, Crone), QString());
}

QTEST_GUILESS_MAIN(ClientFeaturesTest)
#include "tst_clientfeatures.moc"
