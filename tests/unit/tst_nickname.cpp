// Nickname preparation and comparison (RFC 8266, the PRECIS Nickname profile), confusable
// skeletons (UTS #39) and the preparation of JIDs people type (RFC 7622).
#include "muc/Jid.h"
#include "muc/Nickname.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc;

class NicknameTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enforcementMapsSpacesAndWidth_data();
    void enforcementMapsSpacesAndWidth();
    void disallowedCharactersAreRefused_data();
    void disallowedCharactersAreRefused();
    void comparisonFoldsCaseAndWidth_data();
    void comparisonFoldsCaseAndWidth(); // and confusable skeletons
    void typedJidsArePrepared_data();
    void typedJidsArePrepared();
};

void NicknameTest::enforcementMapsSpacesAndWidth_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("prepared");
    // RFC 8266 §2.2: spaces mapped, trimmed, collapsed; fullwidth to ASCII; NFKC.
    QTest::newRow("plain") << u"thirdwitch"_s << u"thirdwitch"_s;
    QTest::newRow("edge and double spaces") << u"  third   witch "_s << u"third witch"_s;
    QTest::newRow("no-break and ideographic spaces") << u"third\u00a0\u3000witch"_s << u"third witch"_s;
    QTest::newRow("fullwidth") << u"\uff34\uff48\uff49\uff52\uff44"_s << u"Third"_s;
    QTest::newRow("compatibility ligature") << u"\ufb01re"_s << u"fire"_s;
    QTest::newRow("decomposed accent composed") << u"Rene\u0301e"_s << u"Ren\u00e9e"_s;
    QTest::newRow("case kept") << u"ThirdWitch"_s << u"ThirdWitch"_s;
}

void NicknameTest::enforcementMapsSpacesAndWidth()
{
    QFETCH(QString, typed);
    QFETCH(QString, prepared);
    QString why;
    QCOMPARE(prepareNickname(typed, &why).value_or(u"<refused: %1>"_s.arg(why)), prepared);
}

void NicknameTest::disallowedCharactersAreRefused_data()
{
    QTest::addColumn<QString>("nick");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u" \u00a0 "_s;
    QTest::newRow("control") << u"bad\u0007nick"_s;
    QTest::newRow("right-to-left override") << u"evil\u202egnp.exe"_s;
    QTest::newRow("left-to-right embedding") << u"a\u202ab"_s;
    QTest::newRow("isolate") << u"a\u2066b\u2069"_s;
    QTest::newRow("zero width space") << u"Ali\u200bce"_s;
    QTest::newRow("zero width joiner") << u"Ali\u200dce"_s;
    QTest::newRow("byte order mark") << u"\ufeffAlice"_s;
    QTest::newRow("unassigned") << u"bad\u0378nick"_s;
    QTest::newRow("private use") << u"bad\ue000nick"_s;
    QTest::newRow("lone surrogate") << u"bad"_s + QChar(0xd800) + u"nick"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s;
    QTest::newRow("too long") << QString(1024, u'x');
}

void NicknameTest::disallowedCharactersAreRefused()
{
    QFETCH(QString, nick);
    QString why;
    QCOMPARE(prepareNickname(nick, &why), std::nullopt);
    QVERIFY(!why.isEmpty());
}

void NicknameTest::comparisonFoldsCaseAndWidth_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");       // RFC 8266 §2.3: enforcement, then case mapping and NFKC
    QTest::addColumn<bool>("confusable"); // UTS #39 §4: equal skeletons, for different nicks
    QTest::newRow("case") << u"Alice"_s << u"aLICE"_s << true << true;
    QTest::newRow("width and case") << u"\uff21\uff2c\uff29\uff23\uff25"_s << u"alice"_s << true << true;
    QTest::newRow("spaces") << u"third witch"_s << u" Third\u00a0 Witch"_s << true << true;
    QTest::newRow("non-ASCII case") << u"\u00c9LODIE"_s << u"\u00e9lodie"_s << true << true;
    QTest::newRow("Cyrillic A") << u"\u0410lice"_s << u"Alice"_s << false << true;
    QTest::newRow("Cyrillic A, other case") << u"\u0410lice"_s << u"alice"_s << false << true;
    QTest::newRow("capital I for l") << u"paypaI"_s << u"paypal"_s << false << true;
    QTest::newRow("Greek omicron") << u"b\u03bfb"_s << u"bob"_s << false << true;
    QTest::newRow("different") << u"alice"_s << u"alicia"_s << false << false;
}

void NicknameTest::comparisonFoldsCaseAndWidth()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QFETCH(bool, confusable);
    QCOMPARE(sameNickname(a, b), same);
    QCOMPARE(nicknameKey(a) == nicknameKey(b), same);
    if (!same) // the same nick is the room's own conflict, whatever its skeleton
        QCOMPARE(nicknameSkeleton(a) == nicknameSkeleton(b), confusable);
}

void NicknameTest::typedJidsArePrepared_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("prepared"); // empty: malformed
    // RFC 7622 §3.2, §3.3: domain and localpart are case-insensitive; the resource keeps its case.
    QTest::newRow("mixed case") << u"Mallory@Evil.Example"_s << u"mallory@evil.example"_s;
    QTest::newRow("domain only") << u"Evil.Example."_s << u"evil.example"_s;
    QTest::newRow("resource kept") << u"Hag66@Shakespeare.LIT/PDA"_s << u"hag66@shakespeare.lit/PDA"_s;
    QTest::newRow("fullwidth domain") << u"user@\uff25vil.example"_s << u"user@evil.example"_s;
    QTest::newRow("two at signs") << u"a@b@c.example"_s << QString();
    QTest::newRow("empty localpart") << u"@evil.example"_s << QString();
    QTest::newRow("space in domain") << u"user@evil example"_s << QString();
    QTest::newRow("empty label") << u"user@evil..example"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void NicknameTest::typedJidsArePrepared()
{
    QFETCH(QString, typed);
    QFETCH(QString, prepared);
    const auto jid = prepareJid(typed);
    QCOMPARE(jid ? jid->full() : QString(), prepared);
}

QTEST_GUILESS_MAIN(NicknameTest)
#include "tst_nickname.moc"
