// The XEP-0114 transport against a scripted server on a loopback socket: the handshake, stanzas
// however the bytes arrive, stream errors and reconnects.
#include "MucService.h"
#include "component/ComponentConnection.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using qmuc::ComponentConnection;
using State = qmuc::ComponentConnection::State;

namespace {

// Plays the server's side: accepts, reads what the component writes, writes what a test says.
struct FakeServer {
    QTcpServer server;
    QList<QTcpSocket *> connections;
    QByteArray received; // from the latest connection
    bool reading = true;  // false: a server too busy to read what the component writes

    FakeServer()
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (auto *socket = server.nextPendingConnection()) {
                connections << socket;
                received.clear();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (socket == connections.last() && reading)
                        received += socket->readAll();
                });
            }
        });
    }
    void stopReading()
    {
        reading = false;
        latest()->setReadBufferSize(4096); // Qt takes no more from the kernel than this
    }
    void startReading()
    {
        reading = true;
        latest()->setReadBufferSize(0);
        received += latest()->readAll();
    }
    QTcpSocket *latest() { return connections.isEmpty() ? nullptr : connections.last(); }
    bool waitForConnections(int count) { return QTest::qWaitFor([&] { return connections.size() >= count; }, 5000); }
    bool waitForReceived(const QByteArray &text) { return QTest::qWaitFor([&] { return received.contains(text); }, 5000); }
    void send(const QByteArray &bytes)
    {
        latest()->write(bytes);
        latest()->flush();
    }
    void openStream(const QByteArray &id)
    {
        send("<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
             "xmlns='jabber:component:accept' from='muc.example' id='" + id + "'>");
    }
};

qmuc::ComponentConfig configFor(const FakeServer &fake)
{
    qmuc::ComponentConfig config;
    config.host = u"127.0.0.1"_s;
    config.port = fake.server.serverPort();
    config.domain = u"muc.example"_s;
    config.secret = u"s3cret"_s;
    config.reconnectMinDelay = 50ms;
    config.reconnectMaxDelay = 200ms;
    return config;
}

} // namespace

class ComponentConnectionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensStreamToItsDomain();
    void handshakeIsSha1OfStreamIdAndSecret();
    void stanzasArriveWholeWhenSentByteByByte();
    void malformedXmlGetsStreamErrorThenReconnect();
    void wrongSecretFailsWithoutRetrying();
    void serverGoingAwayLeadsToReconnect();
    void sendingWhileDisconnectedSendsNothing();
    void idleConnectionSendsWhitespaceKeepalive();
    void badInputGetsStreamErrorThenReconnectAndAnswers_data();
    void badInputGetsStreamErrorThenReconnectAndAnswers();
    void slowServerPausesInputAndLosesNothing();

private:
    // Connects `connection` to `fake` and completes the handshake.
    bool establish(FakeServer &fake, ComponentConnection &connection, int connectionNumber = 1);
};

bool ComponentConnectionTest::establish(FakeServer &fake, ComponentConnection &connection, int connectionNumber)
{
    if (!fake.waitForConnections(connectionNumber) || !fake.waitForReceived("<stream:stream"))
        return false;
    fake.openStream("id" + QByteArray::number(connectionNumber));
    if (!fake.waitForReceived("</handshake>"))
        return false;
    fake.send("<handshake/>");
    return QTest::qWaitFor([&] { return connection.state() == State::Connected; }, 5000);
}

void ComponentConnectionTest::opensStreamToItsDomain()
{
    FakeServer fake;
    ComponentConnection connection;
    connection.setConfig(configFor(fake));
    connection.connectToServer();
    QVERIFY(fake.waitForReceived("<stream:stream"));
    QVERIFY(fake.received.contains("xmlns='jabber:component:accept'"));
    QVERIFY(fake.received.contains("to='muc.example'"));
    QCOMPARE(connection.state(), State::Connecting);
}

void ComponentConnectionTest::handshakeIsSha1OfStreamIdAndSecret()
{
    FakeServer fake;
    ComponentConnection connection;
    connection.setConfig(configFor(fake));
    QSignalSpy states(&connection, &ComponentConnection::stateChanged);
    connection.connectToServer();
    QVERIFY(fake.waitForReceived("<stream:stream"));
    fake.openStream("3BF96D32");
    QVERIFY(fake.waitForReceived("</handshake>"));
    const auto expected = QCryptographicHash::hash("3BF96D32s3cret", QCryptographicHash::Sha1).toHex();
    QVERIFY2(fake.received.contains("<handshake>" + expected + "</handshake>"), fake.received.constData());
    QVERIFY(!fake.received.contains("s3cret"));
    QCOMPARE(connection.state(), State::Authenticating);
    fake.send("<handshake/>");
    QTRY_COMPARE(connection.state(), State::Connected);
    QCOMPARE(states.first().first().value<State>(), State::Connecting);
    QCOMPARE(states.last().first().value<State>(), State::Connected);
}

void ComponentConnectionTest::stanzasArriveWholeWhenSentByteByByte()
{
    FakeServer fake;
    ComponentConnection connection;
    connection.setConfig(configFor(fake));
    QSignalSpy stanzas(&connection, &ComponentConnection::stanzaReceived);
    connection.connectToServer();
    QVERIFY(establish(fake, connection));
    const QByteArray bytes = "<message from='a@b/c' to='room@muc.example' id='x'><body>one</body></message>"
                             "<iq from='a@b/c' to='muc.example' type='get' id='y'><ping xmlns='urn:xmpp:ping'/></iq>";
    for (char byte : bytes) {
        fake.send(QByteArray(1, byte));
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(stanzas.size(), 2);
    QCOMPARE(stanzas.at(0).first().value<QDomElement>().firstChildElement(u"body"_s).text(), u"one"_s);
    QCOMPARE(stanzas.at(1).first().value<QDomElement>().attribute(u"id"_s), u"y"_s);
}

void ComponentConnectionTest::malformedXmlGetsStreamErrorThenReconnect()
{
    FakeServer fake;
    ComponentConnection connection;
    connection.setConfig(configFor(fake));
    QSignalSpy errors(&connection, &ComponentConnection::errorOccurred);
    connection.connectToServer();
    QVERIFY(establish(fake, connection));
    auto *first = fake.latest();
    fake.send("<message><body>unclosed</message>");
    QVERIFY(fake.waitForReceived("<not-well-formed xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"));
    QVERIFY(fake.received.contains("</stream:stream>"));
    QTRY_COMPARE(first->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ComponentConnection::Error>(), ComponentConnection::Error::BadInput);
    // And it comes back by itself.
    QVERIFY(establish(fake, connection, 2));
}

void ComponentConnectionTest::wrongSecretFailsWithoutRetrying()
{
    FakeServer fake;
    ComponentConnection connection;
    connection.setConfig(configFor(fake));
    connection.connectToServer();
    QVERIFY(fake.waitForReceived("<stream:stream"));
    fake.openStream("abc");
    QVERIFY(fake.waitForReceived("</handshake>"));
    fake.send("<stream:error><not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
              "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>Given token does not match</text>"
              "</stream:error></stream:stream>");
    QTRY_COMPARE(connection.state(), State::Failed);
    QCOMPARE(connection.error(), ComponentConnection::Error::WrongSecret);
    QVERIFY(connection.errorText().contains(u"the secret is wrong"_s));
    QVERIFY(connection.errorText().contains(u"Given token does not match"_s));
    // Retrying with the same secret cannot help: it stays down (reconnect delay here is 50 ms).
    QTest::qWait(500);
    QCOMPARE(fake.connections.size(), 1);
    QCOMPARE(connection.state(), State::Failed);
}

void ComponentConnectionTest::serverGoingAwayLeadsToReconnect()
{
    FakeServer fake;
    ComponentConnection connection;
    connection.setConfig(configFor(fake));
    connection.connectToServer();
    QVERIFY(establish(fake, connection));
    fake.latest()->close();
    QTRY_COMPARE(connection.state(), State::WaitingToReconnect);
    QCOMPARE(connection.error(), ComponentConnection::Error::ConnectionClosed);
    QVERIFY(establish(fake, connection, 2));
}

void ComponentConnectionTest::sendingWhileDisconnectedSendsNothing()
{
    ComponentConnection connection;
    QVERIFY(!connection.sendRaw("<message/>"));
}

void ComponentConnectionTest::idleConnectionSendsWhitespaceKeepalive()
{
    FakeServer fake;
    ComponentConnection connection;
    auto config = configFor(fake);
    config.keepaliveInterval = 50ms;
    connection.setConfig(config);
    connection.connectToServer();
    QVERIFY(establish(fake, connection));
    fake.received.clear();
    QVERIFY(QTest::qWaitFor([&] { return fake.received.size() >= 2; }, 5000));
    QCOMPARE(fake.received.trimmed(), QByteArray()); // nothing but whitespace
}

void ComponentConnectionTest::badInputGetsStreamErrorThenReconnectAndAnswers_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<QString>("condition");
    const auto message = [](const QByteArray &body) {
        return "<message from='juliet@example.org/balcony' to='muc.example' id='m1'><body>a" + body + "b</body></message>";
    };
    const auto encoding = u"unsupported-encoding"_s;
    QTest::newRow("byte 0xff") << message("\xff") << false << encoding;
    QTest::newRow("bytes 0xff 0xfe, one at a time") << message("\xff\xfe") << true << encoding;
    QTest::newRow("truncated sequence") << message("\xe2\x82") << false << encoding;
    QTest::newRow("truncated sequence, one byte at a time") << message("\xe2\x82") << true << encoding;
    QTest::newRow("encoded surrogate") << message("\xed\xa0\x80") << false << encoding;
    QTest::newRow("overlong form") << message("\xc0\xaf") << false << encoding;
    QTest::newRow("NUL") << message(QByteArray("\0", 1)) << false << u"not-well-formed"_s;
    QTest::newRow("DOCTYPE in a stanza")
        << QByteArray("<message from='juliet@example.org/balcony' to='muc.example'><!DOCTYPE x><body>x</body></message>")
        << false << u"restricted-xml"_s;
    QTest::newRow("ENTITY in a stanza")
        << QByteArray("<message from='juliet@example.org/balcony' to='muc.example'><!ENTITY x 'y'><body>x</body></message>")
        << false << u"restricted-xml"_s;
    QTest::newRow("entity reference") << message("&x;") << false << u"restricted-xml"_s;
    // The limit is checked once per read of 64 KiB: well over it.
    QTest::newRow("stanza over the size limit") << message(QByteArray(256 * 1024, 'x')) << false << u"policy-violation"_s;
}

void ComponentConnectionTest::badInputGetsStreamErrorThenReconnectAndAnswers()
{
    QFETCH(QByteArray, bad);
    QFETCH(bool, byteByByte);
    QFETCH(QString, condition);
    FakeServer fake;
    qmuc::MucService service;
    qmuc::Settings settings;
    settings.domain = u"muc.example"_s;
    service.configure(settings, u"s3cret"_s);
    auto config = configFor(fake);
    config.limits.maxStanzaBytes = 64 * 1024;
    service.connection()->setConfig(config);
    service.start();
    QVERIFY(establish(fake, *service.connection()));
    auto *first = fake.latest();

    if (byteByByte) {
        for (char byte : std::as_const(bad)) {
            fake.send(QByteArray(1, byte));
            QCoreApplication::processEvents();
        }
    } else {
        fake.send(bad);
    }
    // RFC 6120 §4.9: the stream error, the stream's end, the connection closed.
    const QByteArray error = "<stream:error><" + condition.toUtf8() + " xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>";
    QVERIFY2(fake.waitForReceived(error), fake.received.right(300).constData());
    QVERIFY(fake.waitForReceived("</stream:error></stream:stream>"));
    QTRY_COMPARE(first->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(service.connection()->error(), ComponentConnection::Error::BadInput);

    // It comes back by itself, and answers.
    QVERIFY(establish(fake, *service.connection(), 2));
    fake.send("<iq from='juliet@example.org/balcony' to='muc.example' type='get' id='ping1'><ping xmlns='urn:xmpp:ping'/></iq>");
    QVERIFY(fake.waitForReceived("id=\"ping1\""));
    QVERIFY(fake.received.contains("type=\"result\""));
}

void ComponentConnectionTest::slowServerPausesInputAndLosesNothing()
{
    FakeServer fake;
    ComponentConnection connection;
    auto config = configFor(fake);
    config.maxOutputBytes = 64 * 1024;
    connection.setConfig(config);
    // Each request is answered with 32 KiB, as a big room's fan-out answers one message.
    const QByteArray padding(32 * 1024, 'x');
    int handled = 0;
    QObject::connect(&connection, &ComponentConnection::stanzaReceived, &connection, [&](const QDomElement &request) {
        ++handled;
        connection.sendRaw("<message from='muc.example' to='juliet@example.org/balcony' id='"
                           + request.attribute(u"id"_s).toUtf8() + "'><body>" + padding + "</body></message>");
    });
    connection.connectToServer();
    QVERIFY(establish(fake, connection));
    const auto request = [](int i) {
        return "<message from='juliet@example.org/balcony' to='muc.example' id='r" + QByteArray::number(i) + "'/>";
    };

    // The server stops reading but keeps sending: once the kernel's buffers are full, qmuc stops
    // reading too instead of buffering its answers.
    fake.stopReading();
    int sent = 0;
    qint64 mostPending = 0;
    const auto sendOne = [&] {
        fake.send(request(sent++));
        QCoreApplication::processEvents();
        mostPending = qMax(mostPending, connection.pendingOutputBytes());
    };
    while (!connection.isInputPaused() && sent < 2000)
        sendOne();
    QVERIFY2(connection.isInputPaused(), qPrintable(u"%1 KiB pending after %2 requests"_s.arg(mostPending / 1024).arg(sent)));
    // The server keeps sending; the kernel's buffers are full, so qmuc leaves its requests unread.
    for (int i = 0; i < 300; ++i)
        sendOne();
    qDebug("paused after %d requests; %d of %d handled while the server did not read; at most %lld KiB pending",
           sent - 300, handled, sent, mostPending / 1024);
    QVERIFY(handled < sent);
    // Bounded: the mark plus the one answer that crossed it.
    QVERIFY2(mostPending <= config.maxOutputBytes + padding.size() + 1024,
             qPrintable(u"%1 KiB pending"_s.arg(mostPending / 1024)));

    // Once the server reads, every request is answered, in order.
    fake.startReading();
    QVERIFY(QTest::qWaitFor([&] { return fake.received.count("</message>") >= sent; }, 60000));
    QCOMPARE(handled, sent);
    QVERIFY(!connection.isInputPaused());
    QVERIFY(fake.received.contains("id='r" + QByteArray::number(sent - 1) + "'"));
    QCOMPARE(connection.state(), State::Connected);
}

QTEST_GUILESS_MAIN(ComponentConnectionTest)
#include "tst_componentconnection.moc"
