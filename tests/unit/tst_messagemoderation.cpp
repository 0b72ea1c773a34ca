// XEP-0425 message moderation with XEP-0424 retractions and tombstones, and retracting what one
// occupant sent lately (admin slot, ad-hoc command).
#include "ServiceHarness.h"

using namespace qmuc;
using namespace qmuc::test;

namespace {

const QString Reason = u"This message contains inappropriate content for this forum"_s;

// XEP-0425 §4, example 1 (v0.3), from `from` for the message with this stanza id.
QString moderate(const QString &from, const QString &stanzaId, const QString &id = u"retract-request-1"_s)
{
    return u"<iq from='%1' id='%4' to='%2' type='set'><moderate xmlns='urn:xmpp:message-moderate:1' id='%3'>"
           "<retract xmlns='urn:xmpp:message-retract:1'/><reason>%5</reason></moderate></iq>"_s
        .arg(from, Coven, stanzaId, id, Reason);
}

QDomElement forwardedMessage(const QDomElement &result)
{
    return result.firstChildElement(u"result"_s).firstChildElement(u"forwarded"_s).firstChildElement(u"message"_s);
}

} // namespace

class MessageModerationTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void discoAdvertisesModeration();
    void moderatorRetractsAndOccupantsGetTheRetraction();
    void olderClientsModerateThroughFastening();
    void archiveKeepsTombstoneInsteadOfMessage();
    void joinHistoryShowsTombstone();
    void participantIsForbidden();
    void unknownStanzaIdIsItemNotFound();
    void adminSlotRetractsWhatOneOccupantSentLately();
    void roomModeratorRetractsRecentThroughAdHocCommand();
    void participantCannotRunRetractCommand();

private:
    // The crone's instant room (archived by default), the hag in it; the hag speaks.
    QString roomWithHagMessage();
    QString say(const QString &from, const QString &text);
    QList<QDomElement> mam(const QString &from);
    QList<QDomElement> runRetractCommand(const QString &from, const QString &nick);
};

void MessageModerationTest::init()
{
    setUpService({u"admin@shakespeare.lit"_s});
}

QString MessageModerationTest::say(const QString &from, const QString &text)
{
    const auto out = feed(u"<message from='%1' id='m-%2' to='%3' type='groupchat'><body>%2</body></message>"_s.arg(from, text, Coven));
    return out.value(0).firstChildElement(u"stanza-id"_s).attribute(u"id"_s);
}

QString MessageModerationTest::roomWithHagMessage()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    return say(Hag, u"Harpier cries"_s);
}

QList<QDomElement> MessageModerationTest::mam(const QString &from)
{
    return feed(u"<iq from='%1' id='q1' to='%2' type='set'><query xmlns='urn:xmpp:mam:2' queryid='f28'/></iq>"_s.arg(from, Coven));
}

void MessageModerationTest::discoAdvertisesModeration()
{
    createInstantRoom();
    const auto features = roomFeatures();
    // XEP-0425 §3 (v0.3), and :0 for clients that still speak v0.2.
    QVERIFY(features.contains(u"urn:xmpp:message-moderate:1"_s));
    QVERIFY(features.contains(u"urn:xmpp:message-moderate:0"_s));
}

void MessageModerationTest::moderatorRetractsAndOccupantsGetTheRetraction()
{
    const auto stanzaId = roomWithHagMessage();
    QVERIFY(!stanzaId.isEmpty());
    // The crone's occupant id, as her own messages carry it (XEP-0421).
    const auto croneSays = feed(u"<message from='%1' id='c1' to='%2' type='groupchat'><body>Hail</body></message>"_s.arg(Crone, Coven));
    const auto croneId = croneSays.value(0).firstChildElement(u"occupant-id"_s).attribute(u"id"_s);
    QVERIFY(!croneId.isEmpty());

    const auto out = feed(moderate(Crone, stanzaId));
    // XEP-0425 §4, example 2: the retraction from the room, with the moderator as room/nick and
    // their occupant id; v0.2's <apply-to/> beside it (as Prosody sends both); archived like
    // any message (store hint, stanza id). Then example 3: the result.
    const QString retraction =
        u"<message from='coven@chat.shakespeare.lit' id='*' to='%1' type='groupchat'>"
        "<retract xmlns='urn:xmpp:message-retract:1' id='%2'>"
        "<moderated xmlns='urn:xmpp:message-moderate:1' by='coven@chat.shakespeare.lit/firstwitch'>"
        "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='%3'/></moderated><reason>%4</reason></retract>"
        "<apply-to xmlns='urn:xmpp:fasten:0' id='%2'>"
        "<moderated xmlns='urn:xmpp:message-moderate:0' by='coven@chat.shakespeare.lit/firstwitch'>"
        "<retract xmlns='urn:xmpp:message-retract:0'/><reason>%4</reason></moderated></apply-to>"
        "<store xmlns='urn:xmpp:hints'/>"
        "<stanza-id xmlns='urn:xmpp:sid:0' id='*' by='coven@chat.shakespeare.lit'/></message>"_s;
    COMPARE_STANZAS(out, retraction.arg(Crone, stanzaId, croneId, Reason) + retraction.arg(Hag, stanzaId, croneId, Reason)
                             + u"<iq from='coven@chat.shakespeare.lit' id='retract-request-1' to='%1' type='result'/>"_s.arg(Crone));
}

void MessageModerationTest::olderClientsModerateThroughFastening()
{
    const auto stanzaId = roomWithHagMessage();
    // XEP-0425 v0.2.1, example 1.
    const auto out = feed(u"<iq from='%1' id='retract-request-0' to='%2' type='set'><apply-to xmlns='urn:xmpp:fasten:0' id='%3'>"
                          "<moderate xmlns='urn:xmpp:message-moderate:0'><retract xmlns='urn:xmpp:message-retract:0'/>"
                          "<reason>Spam</reason></moderate></apply-to></iq>"_s.arg(Crone, Coven, stanzaId));
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[0].firstChildElement(u"apply-to"_s).attribute(u"id"_s), stanzaId);
    QCOMPARE(out[1].firstChildElement(u"retract"_s).attribute(u"id"_s), stanzaId);
    QCOMPARE(out[2].attribute(u"type"_s), u"result"_s);
}

void MessageModerationTest::archiveKeepsTombstoneInsteadOfMessage()
{
    const auto stanzaId = roomWithHagMessage();
    const auto hagId = forwardedMessage(mam(Crone).value(0)).firstChildElement(u"occupant-id"_s).attribute(u"id"_s);
    feed(moderate(Crone, stanzaId));

    // XEP-0425 §6, example 4 (with XEP-0424's v1 namespaces): the message stays where it was,
    // from its author with the author's occupant id, its body replaced by the tombstone.
    const auto out = mam(Hag);
    QVERIFY(out.size() >= 2);
    QCOMPARE(out[0].firstChildElement(u"result"_s).attribute(u"id"_s), stanzaId);
    const auto message = forwardedMessage(out[0]);
    QCOMPARE(message.attribute(u"from"_s), u"coven@chat.shakespeare.lit/thirdwitch"_s);
    QVERIFY(message.firstChildElement(u"body"_s).isNull());
    QCOMPARE(message.firstChildElement(u"occupant-id"_s).attribute(u"id"_s), hagId);
    const auto retracted = message.firstChildElement(u"retracted"_s);
    QCOMPARE(retracted.namespaceURI(), u"urn:xmpp:message-retract:1"_s);
    QVERIFY(QDateTime::fromString(retracted.attribute(u"stamp"_s), Qt::ISODate).isValid());
    const auto moderated = retracted.firstChildElement(u"moderated"_s);
    QCOMPARE(moderated.namespaceURI(), u"urn:xmpp:message-moderate:1"_s);
    QCOMPARE(moderated.attribute(u"by"_s), u"coven@chat.shakespeare.lit/firstwitch"_s);
    QVERIFY(!moderated.firstChildElement(u"occupant-id"_s).attribute(u"id"_s).isEmpty());
    QCOMPARE(retracted.firstChildElement(u"reason"_s).text(), Reason);
    // The retraction is in the archive after it, for clients catching up.
    QCOMPARE(forwardedMessage(out[1]).firstChildElement(u"retract"_s).attribute(u"id"_s), stanzaId);
}

void MessageModerationTest::joinHistoryShowsTombstone()
{
    const auto stanzaId = roomWithHagMessage();
    feed(moderate(Crone, stanzaId));
    const auto out = feed(u"<presence from='%1' to='%2/secondwitch'>%3</presence>"_s.arg(Wiccarocks, Coven, Join));
    QDomElement replayed;
    for (const auto &stanza : out) {
        QVERIFY2(stanza.firstChildElement(u"body"_s).text() != u"Harpier cries", "the retracted body is replayed");
        if (stanza.firstChildElement(u"stanza-id"_s).attribute(u"id"_s) == stanzaId)
            replayed = stanza;
    }
    QVERIFY(!replayed.isNull());
    QCOMPARE(replayed.firstChildElement(u"retracted"_s).namespaceURI(), u"urn:xmpp:message-retract:1"_s);
    QVERIFY(!replayed.firstChildElement(u"delay"_s).isNull());
}

void MessageModerationTest::participantIsForbidden()
{
    const auto stanzaId = roomWithHagMessage();
    const auto out = feed(moderate(Hag, stanzaId));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].attribute(u"type"_s), u"error"_s);
    QCOMPARE(errorOf(out[0]), u"forbidden"_s); // XEP-0425 §5
    // Nothing changed: the message is still in the archive with its body.
    QCOMPARE(forwardedMessage(mam(Hag).value(0)).firstChildElement(u"body"_s).text(), u"Harpier cries"_s);
}

void MessageModerationTest::unknownStanzaIdIsItemNotFound()
{
    roomWithHagMessage();
    const auto out = feed(moderate(Crone, u"no-such-id"_s));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].attribute(u"type"_s), u"error"_s);
    QCOMPARE(errorOf(out[0]), u"item-not-found"_s);
}

void MessageModerationTest::adminSlotRetractsWhatOneOccupantSentLately()
{
    createInstantRoom();
    joinAs(Hag, u"thirdwitch"_s);
    joinAs(Wiccarocks, u"secondwitch"_s);
    const QStringList spam{say(Hag, u"spam 1"_s), say(Hag, u"spam 2"_s)};
    const auto kept = say(Wiccarocks, u"not spam"_s);

    m_out.clear();
    int retracted = 0;
    QCOMPARE(m_service->retractRecent(Coven, u"thirdwitch"_s, 1, u"Spam wave"_s, &retracted), QString());
    QCOMPARE(retracted, 2);
    // Each of the hag's messages retracted to each occupant, by the room itself (the admin
    // window is not in the room); the secondwitch's message stays.
    QStringList retractedIds;
    for (const auto &stanza : parseStanzas(QString::fromUtf8(m_out))) {
        if (stanza.attribute(u"to"_s) == Crone) {
            const auto retract = stanza.firstChildElement(u"retract"_s);
            retractedIds << retract.attribute(u"id"_s);
            QCOMPARE(retract.firstChildElement(u"moderated"_s).attribute(u"by"_s), Coven);
        }
    }
    QCOMPARE(retractedIds, spam);
    const auto archive = mam(Crone);
    for (const auto &result : archive) {
        const auto id = result.firstChildElement(u"result"_s).attribute(u"id"_s);
        if (spam.contains(id))
            QVERIFY(!forwardedMessage(result).firstChildElement(u"retracted"_s).isNull());
        if (id == kept)
            QCOMPARE(forwardedMessage(result).firstChildElement(u"body"_s).text(), u"not spam"_s);
    }
    // Done already: nothing more to retract.
    QCOMPARE(m_service->retractRecent(Coven, u"thirdwitch"_s, 1, {}, &retracted), QString());
    QCOMPARE(retracted, 0);
}

QList<QDomElement> MessageModerationTest::runRetractCommand(const QString &from, const QString &nick)
{
    // XEP-0050 §3.3: execute, then submit the form it returns.
    const auto first = feed(u"<iq from='%1' id='x1' to='chat.shakespeare.lit' type='set'>"
                            "<command xmlns='http://jabber.org/protocol/commands' node='urn:qmuc:muc#retract-recent' action='execute'/></iq>"_s
                                .arg(from));
    const auto session = first.value(0).firstChildElement(u"command"_s).attribute(u"sessionid"_s);
    return feed(u"<iq from='%1' id='x2' to='chat.shakespeare.lit' type='set'>"
                "<command xmlns='http://jabber.org/protocol/commands' node='urn:qmuc:muc#retract-recent' sessionid='%2'>"
                "<x xmlns='jabber:x:data' type='submit'><field var='room'><value>%3</value></field>"
                "<field var='nick'><value>%4</value></field><field var='hours'><value>2</value></field></x></command></iq>"_s
                    .arg(from, session, Coven, nick));
}

void MessageModerationTest::roomModeratorRetractsRecentThroughAdHocCommand()
{
    const auto stanzaId = roomWithHagMessage();
    // The crone is no service administrator, but moderates her room.
    const auto out = runRetractCommand(Crone, u"thirdwitch"_s);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[0].firstChildElement(u"retract"_s).attribute(u"id"_s), stanzaId);
    const auto command = out[2].firstChildElement(u"command"_s);
    QCOMPARE(command.attribute(u"status"_s), u"completed"_s);
    QCOMPARE(command.firstChildElement(u"note"_s).attribute(u"type"_s), u"info"_s);
    QVERIFY(!forwardedMessage(mam(Crone).value(0)).firstChildElement(u"retracted"_s).isNull());
}

void MessageModerationTest::participantCannotRunRetractCommand()
{
    roomWithHagMessage();
    const auto out = runRetractCommand(Hag, u"firstwitch"_s);
    QCOMPARE(out.size(), 1);
    const auto command = out[0].firstChildElement(u"command"_s);
    QCOMPARE(command.attribute(u"status"_s), u"canceled"_s);
    QCOMPARE(command.firstChildElement(u"note"_s).attribute(u"type"_s), u"error"_s);
    QCOMPARE(forwardedMessage(mam(Hag).value(0)).firstChildElement(u"body"_s).text(), u"Harpier cries"_s);
}

QTEST_GUILESS_MAIN(MessageModerationTest)
#include "tst_messagemoderation.moc"
