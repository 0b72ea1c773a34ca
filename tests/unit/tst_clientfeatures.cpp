// What today's clients expect of a room (issue 13): room avatars (XEP-0486), fed as stanzas.
#include "ServiceHarness.h"
#include "../support/XepExamples.h"

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

QTEST_GUILESS_MAIN(ClientFeaturesTest)
#include "tst_clientfeatures.moc"
