// Texts that go on the wire are in the language the stanza asks for with xml:lang (RFC 6120
// §8.1.5; §8.3.2 for an error's <text/>), English by default, whatever language the operator's
// desktop speaks; the admin window's refusals are in the operator's language.
#include "ServiceHarness.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTranslator>

using namespace qmuc;
using namespace qmuc::test;

class WireLanguageTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roomRefusalFollowsTheStanzasLanguage_data();
    void roomRefusalFollowsTheStanzasLanguage();
    void serviceRefusalFollowsTheStanzasLanguage();
    void desktopLanguageDoesNotReachTheWire();
    void commandTextsFollowTheRequesterNotTheOperator();
    void adminSlotRefusalsAreInTheOperatorsLanguage();

private:
    // The crone has banned the third witch; she tries to come back with this xml:lang.
    QString bannedRejoinText(const QString &lang);
    static QString errorText(const QDomElement &stanza)
    {
        return stanza.firstChildElement(u"error"_s).firstChildElement(u"text"_s).text();
    }
};

void WireLanguageTest::init()
{
    setUpService({u"crone1@shakespeare.lit"_s});
    createInstantRoom();
    feed(u"<iq from='%1' id='ban1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>"
         "<item affiliation='outcast' jid='hag66@shakespeare.lit'/></query></iq>"_s.arg(Crone, Coven));
}

void WireLanguageTest::cleanup()
{
    m_service.reset();
    QLocale::setDefault(QLocale::c());
}

QString WireLanguageTest::bannedRejoinText(const QString &lang)
{
    const auto langAttribute = lang.isNull() ? QString() : u" xml:lang='%1'"_s.arg(lang);
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'%3>%4</presence>"_s.arg(Hag, Coven, langAttribute, Join));
    if (out.size() != 1 || errorOf(out.first()) != u"forbidden")
        return u"(no forbidden error)"_s;
    return errorText(out.first());
}

void WireLanguageTest::roomRefusalFollowsTheStanzasLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << QString() << u"You are banned from this room."_s;
    QTest::newRow("de") << u"de"_s << u"Sie sind aus diesem Raum verbannt."_s;
    QTest::newRow("fr") << u"fr"_s << u"Vous êtes banni de ce salon."_s;
    // RFC 4647 lookup: a regional tag falls back to its language.
    QTest::newRow("de-AT") << u"de-AT"_s << u"Sie sind aus diesem Raum verbannt."_s;
    QTest::newRow("en") << u"en"_s << u"You are banned from this room."_s;
    // A language qmuc has no translation for is answered in English.
    QTest::newRow("tlh") << u"tlh"_s << u"You are banned from this room."_s;
}

void WireLanguageTest::roomRefusalFollowsTheStanzasLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, text);
    QCOMPARE(bannedRejoinText(lang), text);
}

void WireLanguageTest::serviceRefusalFollowsTheStanzasLanguage()
{
    const auto ask = [this](const QString &lang) {
        const auto out = feed(u"<iq from='%1' id='q1' to='heath@chat.shakespeare.lit' type='get' xml:lang='%2'>"
                              "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Hag, lang));
        return out.size() == 1 ? errorText(out.first()) : QString();
    };
    QCOMPARE(ask(u"fr"_s), u"Il n'existe aucun salon heath@chat.shakespeare.lit."_s);
    QCOMPARE(ask(u"de"_s), u"Es gibt keinen Raum heath@chat.shakespeare.lit."_s);
    QCOMPARE(ask(u"en"_s), u"There is no room heath@chat.shakespeare.lit."_s);
}

void WireLanguageTest::desktopLanguageDoesNotReachTheWire()
{
    // A German desktop, as qmuc-admin sees it: German default locale, and a translator installed
    // application-wide that knows every core text in German (the core's own German catalogue, the
    // worst case: before the wire had its own catalogues, this is how German reached strangers).
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QTranslator desktop;
    QVERIFY(desktop.load(u":/qmuc/i18n/qmuccore_de.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&desktop));
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&desktop); });
    QCOMPARE(QCoreApplication::translate("qmuc::Room", "You are banned from this room."),
             u"Sie sind aus diesem Raum verbannt."_s);

    QCOMPARE(bannedRejoinText({}), u"You are banned from this room."_s);
    QCOMPARE(bannedRejoinText(u"fr"_s), u"Vous êtes banni de ce salon."_s);
}

void WireLanguageTest::commandTextsFollowTheRequesterNotTheOperator()
{
    // The operator reads French; the crone, a service administrator, asks in German. XEP-0050
    // command texts, and the refusal the command passes on from the room, are hers to read.
    m_service->setOperatorLanguage(u"fr"_s);
    const auto run = [this](const QString &node, const QString &fields) {
        const auto out = feed(u"<iq from='%1' id='c1' to='chat.shakespeare.lit' type='set' xml:lang='de'>"
                              "<command xmlns='http://jabber.org/protocol/commands' node='%2' action='execute'>"
                              "%3</command></iq>"_s.arg(Crone, node, fields));
        return out.size() == 1 ? out.first().firstChildElement(u"command"_s).firstChildElement(u"note"_s).text() : QString();
    };
    // %n in a German plural form.
    QCOMPARE(run(u"urn:qmuc:muc#list-rooms"_s, {}), u"coven@chat.shakespeare.lit (1 Teilnehmer)"_s);
    const auto refused = run(u"http://prosody.im/protocol/muc#set-affiliation"_s,
                             u"<x xmlns='jabber:x:data' type='submit'>"
                             "<field var='FORM_TYPE'><value>http://prosody.im/protocol/muc#set-affiliation</value></field>"
                             "<field var='room'><value>%1</value></field>"
                             "<field var='jid'><value>crone1@shakespeare.lit</value></field>"
                             "<field var='affiliation'><value>none</value></field></x>"_s.arg(Coven));
    QVERIFY2(refused.contains(u"Ein Raum benötigt mindestens einen Besitzer."_s), qPrintable(refused));
}

void WireLanguageTest::adminSlotRefusalsAreInTheOperatorsLanguage()
{
    QCOMPARE(m_service->kick(Coven, u"nobody"_s), u"Nobody called nobody is in this room."_s);
    m_service->setOperatorLanguage(u"de-DE"_s);
    QCOMPARE(m_service->kick(Coven, u"nobody"_s), u"In diesem Raum ist niemand namens nobody."_s);
    QCOMPARE(m_service->destroyRoom(u"heath@chat.shakespeare.lit"_s), u"Es gibt keinen Raum heath@chat.shakespeare.lit."_s);
    // And the wire still follows each stanza.
    QCOMPARE(bannedRejoinText({}), u"You are banned from this room."_s);
}

QTEST_GUILESS_MAIN(WireLanguageTest)
#include "tst_wirelanguage.moc"
