// The incremental stream parser: stanzas come out whole however the bytes arrive, and hostile
// input ends in a stream error, never a crash or unbounded memory.
#include "Xml.h"
#include "component/XmlStreamParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using qmuc::XmlStreamParser;

namespace {

const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:component:accept' "
                          "xmlns:stream='http://etherx.jabber.org/streams' id='abc' from='c.example'>";

struct Collector {
    XmlStreamParser parser;
    QString streamId;
    QList<QDomElement> stanzas;
    bool closed = false;

    explicit Collector(qmuc::StreamLimits limits = {})
        : parser(limits)
    {
        parser.onStreamOpened = [this](const QXmlStreamAttributes &a) { streamId = a.value(u"id"_s).toString(); };
        parser.onStanza = [this](const QDomElement &e) { stanzas << e; };
        parser.onStreamClosed = [this] { closed = true; };
    }
};

} // namespace

class XmlStreamParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stanzaSplitByteByByte();
    void manyStanzasInOneRead();
    void namespacesAndTextSurvive();
    void oneMebibyteStanza();
    void stanzaOverTheLimitIsPolicyViolation();
    void deepNestingIsPolicyViolation();
    void malformedXmlIsNotWellFormed();
    void doctypeIsRestrictedXml();
    void commentIsRestrictedXml();
    void invalidUtf8IsRejected();
    void textBetweenStanzasIsRejected();
    void whitespaceKeepaliveIsIgnored();
    void streamEndIsReported();
    void resetStartsANewStream();
    void badInputEndsTheStreamHoweverSplit_data();
    void badInputEndsTheStreamHoweverSplit();
    void lookalikesOfRestrictedXmlAreAccepted();
    void multiByteCharactersSplitAnywhereAreAccepted();
    void encodingOtherThanUtf8IsUnsupported();
    void pausedParserHoldsStanzasUntilResumed();
    void whatQmucEscapesParsesBackWithoutForbiddenCharacters();
};

void XmlStreamParserTest::stanzaSplitByteByByte()
{
    Collector c;
    const QByteArray bytes = Header + "<message to='a@b' id='1'><body>h\xc3\xa9llo</body></message>";
    for (char byte : bytes)
        QVERIFY(c.parser.feed(QByteArrayView(&byte, 1)));
    QCOMPARE(c.streamId, u"abc"_s);
    QCOMPARE(c.stanzas.size(), 1);
    QCOMPARE(c.stanzas.first().tagName(), u"message"_s);
    QCOMPARE(c.stanzas.first().firstChildElement(u"body"_s).text(), u"héllo"_s);
}

void XmlStreamParserTest::manyStanzasInOneRead()
{
    Collector c;
    QByteArray bytes = Header;
    for (int i = 0; i < 500; ++i)
        bytes += "<presence from='x@y/r' id='" + QByteArray::number(i) + "'/>";
    QVERIFY(c.parser.feed(bytes));
    QCOMPARE(c.stanzas.size(), 500);
    QCOMPARE(c.stanzas.at(499).attribute(u"id"_s), u"499"_s);
}

void XmlStreamParserTest::namespacesAndTextSurvive()
{
    Collector c;
    QVERIFY(c.parser.feed(Header + "<iq type='get' id='q' xml:lang='de'><query xmlns='http://jabber.org/protocol/disco#info' "
                                   "node='n'/></iq>"));
    QCOMPARE(c.stanzas.size(), 1);
    const auto iq = c.stanzas.first();
    QCOMPARE(iq.namespaceURI(), u"jabber:component:accept"_s);
    QCOMPARE(iq.attribute(u"type"_s), u"get"_s);
    QCOMPARE(iq.attributeNS(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s), u"de"_s);
    const auto query = iq.firstChildElement();
    QCOMPARE(query.namespaceURI(), u"http://jabber.org/protocol/disco#info"_s);
    QCOMPARE(query.attribute(u"node"_s), u"n"_s);
}

void XmlStreamParserTest::oneMebibyteStanza()
{
    Collector c;
    const QByteArray body(1024 * 1024, 'x');
    QVERIFY(c.parser.feed(Header));
    const QByteArray stanza = "<message><body>" + body + "</body></message>";
    // As the network delivers it: in pieces of a few KiB.
    for (qsizetype pos = 0; pos < stanza.size(); pos += 4096)
        QVERIFY(c.parser.feed(QByteArrayView(stanza).sliced(pos, qMin<qsizetype>(4096, stanza.size() - pos))));
    QCOMPARE(c.stanzas.size(), 1);
    QCOMPARE(c.stanzas.first().firstChildElement(u"body"_s).text().size(), body.size());
}

void XmlStreamParserTest::stanzaOverTheLimitIsPolicyViolation()
{
    Collector c({.maxStanzaBytes = 256 * 1024, .maxDepth = 64});
    QVERIFY(c.parser.feed(Header + "<message><body>"));
    const QByteArray chunk(64 * 1024, 'x');
    bool ok = true;
    for (int i = 0; i < 16 && ok; ++i) // 1 MiB, never closed
        ok = c.parser.feed(chunk);
    QVERIFY(!ok);
    QCOMPARE(c.parser.errorCondition(), u"policy-violation"_s);
    QVERIFY(c.stanzas.isEmpty());
    QVERIFY(!c.parser.feed("</body></message>")); // stays failed until reset
}

void XmlStreamParserTest::deepNestingIsPolicyViolation()
{
    Collector c({.maxStanzaBytes = 1024 * 1024, .maxDepth = 8});
    QByteArray deep = Header + "<message>";
    for (int i = 0; i < 20; ++i)
        deep += "<a>";
    QVERIFY(!c.parser.feed(deep));
    QCOMPARE(c.parser.errorCondition(), u"policy-violation"_s);
}

void XmlStreamParserTest::malformedXmlIsNotWellFormed()
{
    Collector c;
    QVERIFY(c.parser.feed(Header + "<message><body>ok</body></message>"));
    QVERIFY(!c.parser.feed("<message><body>broken</message>"));
    QCOMPARE(c.parser.errorCondition(), u"not-well-formed"_s);
    QVERIFY(!c.parser.errorText().isEmpty());
    QCOMPARE(c.stanzas.size(), 1); // the good one before it was delivered
}

void XmlStreamParserTest::doctypeIsRestrictedXml()
{
    Collector c;
    QVERIFY(!c.parser.feed("<?xml version='1.0'?><!DOCTYPE lol [<!ENTITY lol 'lol'>]>"
                           "<stream:stream xmlns='jabber:component:accept' xmlns:stream='http://etherx.jabber.org/streams'>"));
    QCOMPARE(c.parser.errorCondition(), u"restricted-xml"_s);
}

void XmlStreamParserTest::commentIsRestrictedXml()
{
    Collector c;
    QVERIFY(!c.parser.feed(Header + "<message><!-- hi --></message>"));
    QCOMPARE(c.parser.errorCondition(), u"restricted-xml"_s);
}

void XmlStreamParserTest::invalidUtf8IsRejected()
{
    Collector c;
    QVERIFY(!c.parser.feed(Header + "<message><body>\xff\xfe</body></message>"));
    // RFC 6120 §4.9.3.22: violating the rules of UTF-8 is unsupported-encoding.
    QCOMPARE(c.parser.errorCondition(), u"unsupported-encoding"_s);
    QVERIFY(c.stanzas.isEmpty());
}

void XmlStreamParserTest::textBetweenStanzasIsRejected()
{
    Collector c;
    QVERIFY(!c.parser.feed(Header + "stray text<message/>"));
    QCOMPARE(c.parser.errorCondition(), u"not-well-formed"_s);
}

void XmlStreamParserTest::whitespaceKeepaliveIsIgnored()
{
    Collector c;
    QVERIFY(c.parser.feed(Header + " \n <message id='a'/> \t "));
    QVERIFY(c.parser.feed(" "));
    QVERIFY(c.parser.feed("<message id='b'/>"));
    QCOMPARE(c.stanzas.size(), 2);
}

void XmlStreamParserTest::streamEndIsReported()
{
    Collector c;
    QVERIFY(c.parser.feed(Header + "<message/></stream:stream>"));
    QVERIFY(c.closed);
    QCOMPARE(c.stanzas.size(), 1);
}

void XmlStreamParserTest::resetStartsANewStream()
{
    Collector c;
    QVERIFY(!c.parser.feed(Header + "<broken></message>"));
    c.parser.reset();
    QVERIFY(c.parser.feed(Header + "<message id='fresh'/>"));
    QCOMPARE(c.stanzas.size(), 1);
    QCOMPARE(c.stanzas.first().attribute(u"id"_s), u"fresh"_s);
}

void XmlStreamParserTest::badInputEndsTheStreamHoweverSplit_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("condition");
    const auto encoding = u"unsupported-encoding"_s;    // RFC 6120 §4.9.3.22
    const auto restricted = u"restricted-xml"_s;        // RFC 6120 §11.1
    const auto malformed = u"not-well-formed"_s;        // XML 1.0 §2.2
    const auto body = [](const QByteArray &text) { return "<message id='bad'><body>a" + text + "b</body></message>"; };
    QTest::newRow("byte 0xff") << body("\xff") << encoding;
    QTest::newRow("bytes 0xff 0xfe") << body("\xff\xfe") << encoding;
    QTest::newRow("lone continuation byte") << body("\x80") << encoding;
    QTest::newRow("truncated two-byte sequence") << body("\xc3") << encoding;
    QTest::newRow("truncated three-byte sequence") << body("\xe2\x82") << encoding;
    QTest::newRow("truncated four-byte sequence") << body("\xf0\x9f\x98") << encoding;
    QTest::newRow("encoded high surrogate") << body("\xed\xa0\x80") << encoding;
    QTest::newRow("encoded low surrogate") << body("\xed\xbf\xbf") << encoding;
    QTest::newRow("overlong two-byte slash") << body("\xc0\xaf") << encoding;
    QTest::newRow("overlong three-byte slash") << body("\xe0\x80\xaf") << encoding;
    QTest::newRow("overlong four-byte slash") << body("\xf0\x80\x80\xaf") << encoding;
    QTest::newRow("above U+10FFFF") << body("\xf4\x90\x80\x80") << encoding;
    QTest::newRow("invalid UTF-8 in an attribute") << QByteArray("<message id='a\xff'/>") << encoding;
    QTest::newRow("invalid UTF-8 in a name") << QByteArray("<mess\xe9ge/>") << encoding;
    QTest::newRow("NUL") << body(QByteArray("\0", 1)) << malformed;
    QTest::newRow("C0 control") << body("\x01") << malformed;
    QTest::newRow("U+FFFE") << body("\xef\xbf\xbe") << malformed;
    QTest::newRow("DOCTYPE in a stanza") << QByteArray("<message id='bad'><!DOCTYPE x><body>x</body></message>") << restricted;
    QTest::newRow("DOCTYPE with a subset in a stanza")
        << QByteArray("<message id='bad'><!DOCTYPE lol [<!ENTITY lol 'lol'>]><body>&lol;</body></message>") << restricted;
    QTest::newRow("ENTITY in a stanza") << QByteArray("<message id='bad'><!ENTITY x 'y'><body>x</body></message>") << restricted;
    QTest::newRow("DOCTYPE between stanzas") << QByteArray("<!DOCTYPE x>") << restricted;
    QTest::newRow("entity reference") << body("&lol;") << restricted;
    QTest::newRow("entity reference in an attribute") << QByteArray("<message id='&lol;'/>") << restricted;
    QTest::newRow("comment in a stanza") << QByteArray("<message><!-- x --></message>") << restricted;
    QTest::newRow("processing instruction") << QByteArray("<message><?php x?></message>") << restricted;
    QTest::newRow("second XML declaration") << QByteArray("<?xml version='1.0'?>") << restricted;
    // Two faults: the first in the stream decides, however the bytes arrive (found by
    // fuzz_xmlstreamparser: a UTF-8 sequence begun in one read and broken in the next).
    QTest::newRow("bad reference, then broken UTF-8") << QByteArray("&-t;\xd9Sbody>") << malformed;
    QTest::newRow("']]>' in text") << body("]]>") << malformed; // XML 1.0 §2.4
    QTest::newRow("']]>' between stanzas, then broken UTF-8") << QByteArray("E]]>\xcbrTYRE") << malformed;
    QTest::newRow("reference inside a tag name") << QByteArray("<mess&lw;age/>") << malformed;
    QTest::newRow("broken UTF-8 in text, then NUL") << body(QByteArray("\xd9S\0", 3)) << encoding;
}

void XmlStreamParserTest::badInputEndsTheStreamHoweverSplit()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, condition);
    const QByteArray good = "<message id='good'><body>before</body></message>";
    const QByteArray after = "<message id='after'/>";

    // Whole, in the read that opens the stream.
    {
        Collector c;
        QVERIFY(!c.parser.feed(Header + good + bad + after));
        QCOMPARE(c.parser.errorCondition(), condition);
        QCOMPARE(c.stanzas.size(), 1);
        QCOMPARE(c.stanzas.first().attribute(u"id"_s), u"good"_s);
    }
    // In a read of its own, on an open stream.
    {
        Collector c;
        QVERIFY(c.parser.feed(Header));
        QVERIFY(!c.parser.feed(good + bad + after));
        QCOMPARE(c.parser.errorCondition(), condition);
        QCOMPARE(c.stanzas.size(), 1);
    }
    // Byte by byte: the stream ends at the latest when the stanza does, never waits for more.
    {
        Collector c;
        QVERIFY(c.parser.feed(Header + good));
        const QByteArray rest = bad + after;
        bool ok = true;
        for (qsizetype i = 0; i < rest.size() && ok; ++i)
            ok = c.parser.feed(rest.sliced(i, 1));
        QVERIFY(!ok);
        QCOMPARE(c.parser.errorCondition(), condition);
        QCOMPARE(c.stanzas.size(), 1);
        QVERIFY(!c.parser.feed(after)); // stays failed until reset
    }
}

void XmlStreamParserTest::lookalikesOfRestrictedXmlAreAccepted()
{
    // Also "]]>" and '>' in attribute values (XML 1.0 §3.1 allows them there), and ']' and '>'
    // apart in text; whole and byte by byte.
    const QByteArray stanza = "<message id='1' a='&lt;&gt;&amp;&apos;&quot;&#233;&#x1F600;' b=\"]]>'a>b\">"
                              "<body>&lt;!DOCTYPE x&gt; &amp;lol; <![CDATA[<!DOCTYPE x> <!-- c --> <?pi?> &lol; ]]]> ]] ] > ]&gt;</body>"
                              "</message>";
    Collector whole;
    QVERIFY(whole.parser.feed(Header + stanza));
    Collector bytes;
    QVERIFY(bytes.parser.feed(Header));
    for (char byte : stanza)
        QVERIFY(bytes.parser.feed(QByteArrayView(&byte, 1)));
    for (const auto *c : {&whole, &bytes}) {
        QCOMPARE(c->stanzas.size(), 1);
        QCOMPARE(c->stanzas.first().attribute(u"a"_s), u"<>&'\"é😀"_s);
        QCOMPARE(c->stanzas.first().attribute(u"b"_s), u"]]>'a>b"_s);
        QCOMPARE(c->stanzas.first().firstChildElement(u"body"_s).text(),
                 u"<!DOCTYPE x> &lol; <!DOCTYPE x> <!-- c --> <?pi?> &lol; ] ]] ] > ]>"_s);
    }
}

void XmlStreamParserTest::multiByteCharactersSplitAnywhereAreAccepted()
{
    Collector c;
    // Two, three and four bytes, at the edges of their ranges.
    const QByteArray bytes = Header + "<message id='\xc2\x80\xdf\xbf'><body>\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80"
                                      "\xef\xbf\xbd\xf0\x90\x80\x80\xf4\x8f\xbf\xbf</body></message>";
    for (char byte : bytes)
        QVERIFY(c.parser.feed(QByteArrayView(&byte, 1)));
    QCOMPARE(c.stanzas.size(), 1);
    QCOMPARE(c.stanzas.first().attribute(u"id"_s), QString::fromUtf8("\xc2\x80\xdf\xbf"));
    QCOMPARE(c.stanzas.first().text().toUtf8(), QByteArray("\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbd\xf0\x90\x80\x80\xf4\x8f\xbf\xbf"));
}

void XmlStreamParserTest::encodingOtherThanUtf8IsUnsupported()
{
    // RFC 6120 §11.6: the stream is UTF-8; a declaration saying otherwise would make the reader
    // decode it as something else.
    Collector c;
    QVERIFY(!c.parser.feed("<?xml version='1.0' encoding='ISO-8859-1'?><stream:stream xmlns='jabber:component:accept' "
                           "xmlns:stream='http://etherx.jabber.org/streams' id='abc'><message><body>\xe9</body></message>"));
    QCOMPARE(c.parser.errorCondition(), u"unsupported-encoding"_s);
    QVERIFY(c.stanzas.isEmpty());

    Collector utf8;
    QVERIFY(utf8.parser.feed("<?xml version='1.0' encoding='utf-8'?><stream:stream xmlns='jabber:component:accept' "
                             "xmlns:stream='http://etherx.jabber.org/streams' id='abc'><message/>"));
    QCOMPARE(utf8.stanzas.size(), 1);
}

void XmlStreamParserTest::pausedParserHoldsStanzasUntilResumed()
{
    Collector c;
    c.parser.onStanza = [&](const QDomElement &e) {
        c.stanzas << e;
        c.parser.pause();
    };
    QVERIFY(c.parser.feed(Header + "<message id='1'/><message id='2'/>"));
    QCOMPARE(c.stanzas.size(), 1);
    QVERIFY(c.parser.feed("<message id='3'/>"));
    QCOMPARE(c.stanzas.size(), 1);
    QVERIFY(c.parser.resume());
    QCOMPARE(c.stanzas.size(), 2);
    QVERIFY(c.parser.resume());
    QVERIFY(c.parser.resume());
    QCOMPARE(c.stanzas.size(), 3);
    QCOMPARE(c.stanzas.last().attribute(u"id"_s), u"3"_s);
    QVERIFY(!c.parser.isPaused());
    // Bad bytes fed while paused end the stream once what came before them is out.
    QVERIFY(c.parser.feed("<message id='4'/>"));
    QVERIFY(c.parser.isPaused());
    QVERIFY(c.parser.feed("<message id='5'/>\xff<message id='6'/>"));
    QVERIFY(!c.parser.hasError());
    QVERIFY(c.parser.resume());
    QCOMPARE(c.stanzas.last().attribute(u"id"_s), u"5"_s);
    QVERIFY(!c.parser.resume());
    QCOMPARE(c.parser.errorCondition(), u"unsupported-encoding"_s);
    QCOMPARE(c.stanzas.size(), 5);
}

void XmlStreamParserTest::whatQmucEscapesParsesBackWithoutForbiddenCharacters()
{
    // Subjects, reasons and names can come from an admin's keyboard or an old database: what
    // qmuc writes must stay well-formed, or the server ends the stream.
    QString text = u"a\tb\nc\rd <&'\"> é😀"_s;
    text += QChar(0x01);
    text += QChar(0x1b);
    text += u'e';
    text += QChar(0xfffe);
    text += QChar(0xffff);
    text += QChar(0xd800); // lone high surrogate
    text += u'f';
    text += QChar(0xdc00); // lone low surrogate
    text += u'g';
    const auto escaped = qmuc::xml::escaped(text);
    Collector c;
    QVERIFY2(c.parser.feed(Header + "<message id='" + escaped + "'><body>" + escaped + "</body></message>"),
             qPrintable(c.parser.errorText()));
    QCOMPARE(c.stanzas.size(), 1);
    const auto expected = u"a\tb\nc\rd <&'\"> é😀efg"_s; // the forbidden ones dropped, tab and line breaks kept
    QCOMPARE(c.stanzas.first().attribute(u"id"_s), expected);
    QCOMPARE(c.stanzas.first().firstChildElement(u"body"_s).text(), expected);
}

QTEST_GUILESS_MAIN(XmlStreamParserTest)
#include "tst_xmlstreamparser.moc"
