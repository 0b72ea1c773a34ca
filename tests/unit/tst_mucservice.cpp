// MucService fed stanzas directly: what is addressed to the service itself.
#include "MucService.h"

#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class MucServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void discoInfoNamesConferenceService();
    void discoItemsIsEmptyWithoutRooms();
    void discoInfoOnUnknownNodeIsItemNotFound();
    void pingIsAnswered();
    void versionIsAnswered();
    void unknownIqGetsServiceUnavailable();
    void resultsAndErrorsAreNeverAnswered();
    void messageToServiceGetsServiceUnavailable();
    void errorMessageIsNotAnswered();
    void joinWithInvalidRoomNameIsRefusedWithMucPayloadKept();
    void unavailablePresenceIsNotAnswered();
    void stanzaFromOwnDomainIsNeverAnswered_data();
    void stanzaFromOwnDomainIsNeverAnswered();
    void stanzaForAnotherDomainIsRefusedFromOwnDomain_data();
    void stanzaForAnotherDomainIsRefusedFromOwnDomain();
    void stanzaForAnotherDomainNeedingNoAnswerIsDropped();
    void stanzaWithoutFromIsDropped();
    void subjectWithForbiddenCharactersStaysWellFormed();

private:
    // Feeds one stanza (as the transport delivers it, in the component namespace) and returns
    // what the service sent back, each reparsed as a DOM element.
    QList<QDomElement> feed(const QString &xml);

    std::unique_ptr<qmuc::MucService> m_service;
    QList<QByteArray> m_out;
};

void MucServiceTest::init()
{
    m_out.clear();
    m_service = std::make_unique<qmuc::MucService>();
    qmuc::Settings settings;
    settings.domain = u"conference.example.org"_s;
    settings.serviceName = u"Test rooms"_s;
    m_service->configure(settings, u"secret"_s);
    m_service->setSink([this](const QByteArray &xml) { m_out << xml; return true; });
}

QList<QDomElement> MucServiceTest::feed(const QString &xml)
{
    const auto wrapped = u"<stream xmlns='jabber:component:accept'>"_s + xml + u"</stream>"_s;
    QDomDocument in;
    if (!in.setContent(wrapped, QDomDocument::ParseOption::UseNamespaceProcessing)) {
        qWarning("bad test input");
        return {};
    }
    m_out.clear();
    m_service->handleStanza(in.documentElement().firstChildElement());
    QList<QDomElement> replies;
    for (const auto &bytes : std::as_const(m_out)) {
        QDomDocument out;
        const auto parsed = out.setContent(u"<stream xmlns='jabber:component:accept'>"_s + QString::fromUtf8(bytes) + u"</stream>"_s,
                                           QDomDocument::ParseOption::UseNamespaceProcessing);
        if (!parsed)
            qWarning("%s: %s", qPrintable(parsed.errorMessage), bytes.constData());
        replies << out.documentElement().firstChildElement();
    }
    return replies;
}

void MucServiceTest::discoInfoNamesConferenceService()
{
    const auto out = feed(u"<iq type='get' id='d1' from='juliet@example.org/balcony' to='conference.example.org'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s);
    QCOMPARE(out.size(), 1);
    const auto &iq = out.first();
    QCOMPARE(iq.attribute(u"type"_s), u"result"_s);
    QCOMPARE(iq.attribute(u"id"_s), u"d1"_s);
    QCOMPARE(iq.attribute(u"from"_s), u"conference.example.org"_s);
    QCOMPARE(iq.attribute(u"to"_s), u"juliet@example.org/balcony"_s);
    const auto query = iq.firstChildElement(u"query"_s);
    QCOMPARE(query.namespaceURI(), u"http://jabber.org/protocol/disco#info"_s);
    const auto identity = query.firstChildElement(u"identity"_s);
    QCOMPARE(identity.attribute(u"category"_s), u"conference"_s);
    QCOMPARE(identity.attribute(u"type"_s), u"text"_s);
    QCOMPARE(identity.attribute(u"name"_s), u"Test rooms"_s);
    QStringList features;
    for (auto f = query.firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
        features << f.attribute(u"var"_s);
    QVERIFY(features.contains(u"http://jabber.org/protocol/muc"_s));
    QVERIFY(features.contains(u"http://jabber.org/protocol/disco#info"_s));
    QVERIFY(features.contains(u"http://jabber.org/protocol/disco#items"_s));
    QVERIFY(features.contains(u"urn:xmpp:ping"_s));
    QVERIFY(features.contains(u"jabber:iq:version"_s));
    // XEP-0045 §7.4: a service that keeps message ids says so (stable ids), as Prosody and ejabberd do.
    QVERIFY(features.contains(u"http://jabber.org/protocol/muc#stable_id"_s));
}

void MucServiceTest::discoItemsIsEmptyWithoutRooms()
{
    const auto out = feed(u"<iq type='get' id='d2' from='juliet@example.org/balcony' to='conference.example.org'>"
                          "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>"_s);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"type"_s), u"result"_s);
    const auto query = out.first().firstChildElement(u"query"_s);
    QCOMPARE(query.namespaceURI(), u"http://jabber.org/protocol/disco#items"_s);
    QVERIFY(query.firstChildElement().isNull());
}

void MucServiceTest::discoInfoOnUnknownNodeIsItemNotFound()
{
    const auto out = feed(u"<iq type='get' id='d3' from='juliet@example.org/balcony' to='conference.example.org'>"
                          "<query xmlns='http://jabber.org/protocol/disco#info' node='nope'/></iq>"_s);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().tagName(), u"item-not-found"_s);
}

void MucServiceTest::pingIsAnswered()
{
    const auto out = feed(u"<iq type='get' id='p1' from='juliet@example.org/balcony' to='conference.example.org'>"
                          "<ping xmlns='urn:xmpp:ping'/></iq>"_s);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().attribute(u"type"_s), u"result"_s);
    QCOMPARE(out.first().attribute(u"id"_s), u"p1"_s);
    QVERIFY(out.first().firstChildElement().isNull());
}

void MucServiceTest::versionIsAnswered()
{
    const auto out = feed(u"<iq type='get' id='v1' from='juliet@example.org/balcony' to='conference.example.org'>"
                          "<query xmlns='jabber:iq:version'/></iq>"_s);
    QCOMPARE(out.size(), 1);
    const auto query = out.first().firstChildElement(u"query"_s);
    QCOMPARE(query.firstChildElement(u"name"_s).text(), u"qmuc"_s);
    QCOMPARE(query.firstChildElement(u"version"_s).text(), QStringLiteral(QMUC_VERSION));
}

void MucServiceTest::unknownIqGetsServiceUnavailable()
{
    const auto out = feed(u"<iq type='set' id='u1' from='juliet@example.org/balcony' to='conference.example.org'>"
                          "<query xmlns='jabber:iq:register'/></iq>"_s);
    QCOMPARE(out.size(), 1);
    const auto error = out.first().firstChildElement(u"error"_s);
    QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(out.first().attribute(u"id"_s), u"u1"_s);
    QCOMPARE(error.attribute(u"type"_s), u"cancel"_s);
    QCOMPARE(error.firstChildElement().tagName(), u"service-unavailable"_s);
    QCOMPARE(error.firstChildElement().namespaceURI(), u"urn:ietf:params:xml:ns:xmpp-stanzas"_s);
}

void MucServiceTest::resultsAndErrorsAreNeverAnswered()
{
    QVERIFY(feed(u"<iq type='result' id='r1' from='juliet@example.org/balcony' to='conference.example.org'/>"_s).isEmpty());
    QVERIFY(feed(u"<iq type='error' id='r2' from='juliet@example.org/balcony' to='conference.example.org'/>"_s).isEmpty());
}

void MucServiceTest::messageToServiceGetsServiceUnavailable()
{
    const auto out = feed(u"<message id='m1' from='juliet@example.org/balcony' to='conference.example.org'><body>hi</body></message>"_s);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().tagName(), u"message"_s);
    QCOMPARE(out.first().attribute(u"type"_s), u"error"_s);
    QCOMPARE(out.first().attribute(u"id"_s), u"m1"_s);
    QCOMPARE(out.first().firstChildElement(u"error"_s).firstChildElement().tagName(), u"service-unavailable"_s);
}

void MucServiceTest::errorMessageIsNotAnswered()
{
    QVERIFY(feed(u"<message type='error' id='m2' from='juliet@example.org/balcony' to='conference.example.org'/>"_s).isEmpty());
}

void MucServiceTest::joinWithInvalidRoomNameIsRefusedWithMucPayloadKept()
{
    // A space is prohibited in a JID's localpart (RFC 7622 nodeprep).
    const auto out = feed(u"<presence id='j1' from='juliet@example.org/balcony' to='my room@conference.example.org/juliet'>"
                          "<x xmlns='http://jabber.org/protocol/muc'/></presence>"_s);
    QCOMPARE(out.size(), 1);
    const auto &presence = out.first();
    QCOMPARE(presence.attribute(u"type"_s), u"error"_s);
    QCOMPARE(presence.attribute(u"from"_s), u"my room@conference.example.org/juliet"_s);
    QCOMPARE(presence.firstChildElement(u"error"_s).firstChildElement().tagName(), u"jid-malformed"_s);
    QCOMPARE(presence.firstChildElement(u"x"_s).namespaceURI(), u"http://jabber.org/protocol/muc"_s);
    const auto error = presence.firstChildElement(u"error"_s);
    QCOMPARE(error.attribute(u"by"_s), u"my room@conference.example.org"_s);
}

void MucServiceTest::unavailablePresenceIsNotAnswered()
{
    QVERIFY(feed(u"<presence type='unavailable' from='juliet@example.org/balcony' to='room@conference.example.org/juliet'/>"_s).isEmpty());
}

void MucServiceTest::stanzaFromOwnDomainIsNeverAnswered_data()
{
    QTest::addColumn<QString>("xml");
    // What qmuc itself sent, coming back: answering would loop between the server and qmuc.
    QTest::newRow("ping from the service") << u"<iq type='get' id='s1' from='conference.example.org' to='conference.example.org'>"
                                             "<ping xmlns='urn:xmpp:ping'/></iq>"_s;
    QTest::newRow("message from a room") << u"<message id='s2' from='room@conference.example.org' to='conference.example.org'>"
                                           "<body>hi</body></message>"_s;
    QTest::newRow("presence from an occupant to a room")
        << u"<presence id='s3' from='room@conference.example.org/nick' to='other@conference.example.org/nick'>"
           "<x xmlns='http://jabber.org/protocol/muc'/></presence>"_s;
    QTest::newRow("domain in another case") << u"<iq type='get' id='s4' from='room@Conference.Example.ORG/x' to='conference.example.org'>"
                                              "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s;
}

void MucServiceTest::stanzaFromOwnDomainIsNeverAnswered()
{
    QFETCH(QString, xml);
    QSignalSpy created(m_service.get(), &qmuc::MucService::roomCreated);
    QVERIFY(feed(xml).isEmpty());
    QCOMPARE(created.size(), 0);
}

void MucServiceTest::stanzaForAnotherDomainIsRefusedFromOwnDomain_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("kind");
    QTest::newRow("iq to another domain") << u"<iq type='get' id='o1' from='juliet@example.org/balcony' to='example.net'>"
                                            "<ping xmlns='urn:xmpp:ping'/></iq>"_s << u"iq"_s;
    QTest::newRow("message to a room elsewhere") << u"<message type='groupchat' id='o2' from='juliet@example.org/balcony' "
                                                   "to='room@chat.example.net'><body>hi</body></message>"_s << u"message"_s;
    QTest::newRow("join of a room elsewhere") << u"<presence id='o3' from='juliet@example.org/balcony' to='room@chat.example.net/juliet'>"
                                                "<x xmlns='http://jabber.org/protocol/muc'/></presence>"_s << u"presence"_s;
    QTest::newRow("iq without to") << u"<iq type='get' id='o4' from='juliet@example.org/balcony'>"
                                     "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s << u"iq"_s;
    QTest::newRow("subdomain of ours") << u"<iq type='get' id='o5' from='juliet@example.org/balcony' to='x.conference.example.org'>"
                                         "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s << u"iq"_s;
}

void MucServiceTest::stanzaForAnotherDomainIsRefusedFromOwnDomain()
{
    // A server ends a component's stream when it speaks from a domain not its own (Prosody:
    // invalid-from), so the error comes from the service's domain, never from the 'to'.
    QFETCH(QString, xml);
    QFETCH(QString, kind);
    QSignalSpy created(m_service.get(), &qmuc::MucService::roomCreated);
    const auto out = feed(xml);
    QCOMPARE(out.size(), 1);
    const auto &reply = out.first();
    QCOMPARE(reply.tagName(), kind);
    QCOMPARE(reply.attribute(u"type"_s), u"error"_s);
    QCOMPARE(reply.attribute(u"from"_s), u"conference.example.org"_s);
    QCOMPARE(reply.attribute(u"to"_s), u"juliet@example.org/balcony"_s);
    const auto error = reply.firstChildElement(u"error"_s);
    QCOMPARE(error.attribute(u"type"_s), u"cancel"_s);
    QCOMPARE(error.attribute(u"by"_s), u"conference.example.org"_s);
    QCOMPARE(error.firstChildElement().tagName(), u"remote-server-not-found"_s);
    QCOMPARE(created.size(), 0); // no room of ours made for someone else's
}

void MucServiceTest::stanzaForAnotherDomainNeedingNoAnswerIsDropped()
{
    QVERIFY(feed(u"<iq type='result' id='n1' from='juliet@example.org/balcony' to='example.net'/>"_s).isEmpty());
    QVERIFY(feed(u"<message type='error' id='n2' from='juliet@example.org/balcony' to='room@chat.example.net'/>"_s).isEmpty());
    QVERIFY(feed(u"<presence type='unavailable' from='juliet@example.org/balcony' to='room@chat.example.net/juliet'/>"_s).isEmpty());
}

void MucServiceTest::stanzaWithoutFromIsDropped()
{
    // There is nobody to answer; a reply without 'to' would be the server's to handle.
    QVERIFY(feed(u"<iq type='get' id='f1' to='conference.example.org'><ping xmlns='urn:xmpp:ping'/></iq>"_s).isEmpty());
}

void MucServiceTest::subjectWithForbiddenCharactersStaysWellFormed()
{
    // A subject pasted into the admin window may hold control characters; the server would end
    // the stream over the first one that went out.
    feed(u"<presence from='juliet@example.org/balcony' to='room@conference.example.org/juliet'>"
         "<x xmlns='http://jabber.org/protocol/muc'/></presence>"_s);
    m_out.clear();
    QString subject = u"Tea"_s;
    subject += QChar(0x07);
    subject += u" at "_s;
    subject += QChar(0xd83d); // a lone high surrogate
    subject += u"five"_s;
    subject += QChar(0xffff);
    QCOMPARE(m_service->setSubject(u"room@conference.example.org"_s, subject), QString());
    QCOMPARE(m_out.size(), 1);
    QDomDocument out;
    const auto parsed = out.setContent(u"<stream xmlns='jabber:component:accept'>"_s + QString::fromUtf8(m_out.first()) + u"</stream>"_s,
                                       QDomDocument::ParseOption::UseNamespaceProcessing);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage));
    QCOMPARE(out.documentElement().firstChildElement(u"message"_s).firstChildElement(u"subject"_s).text(), u"Tea at five"_s);
}

QTEST_GUILESS_MAIN(MucServiceTest)
#include "tst_mucservice.moc"
