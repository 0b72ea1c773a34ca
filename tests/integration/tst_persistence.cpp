// Persistence end to end: rooms and their message archive (XEP-0313, with XEP-0359 stanza ids)
// across restarts of the real qmuc binary — a clean stop (SIGTERM) and a crash (SIGKILL) — as
// real clients (QXmppClient users, through a real server (Prosody or ejabberd)) notice it: discovery, the owner's
// forms and lists, what a joiner is sent, and MAM queries paged with XEP-0059.
#include "PostgresServer.h"
#include "RoomScenario.h"

#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppMamIq.h>
#include <QXmppMamManager.h>
#include <QXmppMessage.h>
#include <QXmppResultSet.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

namespace {

const QString dataFormsNs = u"jabber:x:data"_s;
const QString mucAdminNs = u"http://jabber.org/protocol/muc#admin"_s;
const QString mucOwnerNs = u"http://jabber.org/protocol/muc#owner"_s;
const QString mamNs = u"urn:xmpp:mam:2"_s;
const QString stanzaIdNs = u"urn:xmpp:sid:0"_s;

// storage/flush_interval_ms, given to qmuc in its config file: a crash loses at most this much of
// the archive (plus the time a write takes, which the margin covers).
constexpr int FlushIntervalMs = 200;
constexpr int FlushMarginMs = 300;

using Fields = std::initializer_list<std::pair<QString, QString>>;

// A muc#roomconfig submission (XEP-0045 §10.2) setting `fields`.
QString roomConfig(Fields fields)
{
    QString xml = u"<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"_s;
    for (const auto &[var, value] : fields)
        xml += u"<field var='%1'><value>%2</value></field>"_s.arg(var, value);
    return xml;
}

// A data form as a client reads it, one "var=value" a line, sorted: comparable as a whole.
QStringList formLines(const QDomElement &x)
{
    QXmppDataForm form;
    form.parse(x);
    QStringList lines;
    const auto fields = form.fields();
    for (const auto &field : fields) {
        const auto value = field.value();
        lines << field.key() + u'='
                + (value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString());
    }
    lines.sort();
    return lines;
}

// The items of a muc#admin list (§9.5, §10.5), a line each: "outcast mallory@localhost reason='…'".
QStringList adminItems(const QDomElement &iqResult)
{
    QStringList lines;
    const auto query = child(iqResult, u"query"_s, mucAdminNs);
    for (auto item = query.firstChildElement(u"item"_s); !item.isNull(); item = item.nextSiblingElement(u"item"_s)) {
        auto line = item.attribute(u"affiliation"_s) + u' ' + item.attribute(u"jid"_s);
        if (item.hasAttribute(u"nick"_s))
            line += u" nick="_s + item.attribute(u"nick"_s);
        if (const auto reason = item.firstChildElement(u"reason"_s); !reason.isNull())
            line += u" reason='%1'"_s.arg(reason.text());
        lines << line;
    }
    lines.sort();
    return lines;
}

// The XEP-0359 id the room gave a message (<stanza-id by='room'/>); empty if none.
QString stanzaIdBy(const QDomElement &message, const QString &room)
{
    for (auto id = message.firstChildElement(u"stanza-id"_s); !id.isNull();
         id = id.nextSiblingElement(u"stanza-id"_s)) {
        if (id.namespaceURI() == stanzaIdNs && id.attribute(u"by"_s) == room)
            return id.attribute(u"id"_s);
    }
    return {};
}

// "<stanza id> <nick> body='…'" (or subject='…'): one room message as both the live copy and the
// archive must show it.
QString messageLine(const QString &stanzaId, const QString &nick, const QString &body, const QString &subject)
{
    const auto text = body.isEmpty() ? u"subject='%1'"_s.arg(subject) : u"body='%1'"_s.arg(body);
    return u"%1 %2 %3"_s.arg(stanzaId, nick, text);
}

QString liveLine(const QDomElement &message, const QString &room)
{
    const auto body = message.firstChildElement(u"body"_s);
    const auto subject = message.firstChildElement(u"subject"_s);
    return messageLine(stanzaIdBy(message, room), QXmppUtils::jidToResource(message.attribute(u"from"_s)), body.text(),
                       subject.text());
}

// Where two lists of lines part, for a failure message: the first line that differs.
QString difference(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        const auto got = actual.value(i, u"(nothing)"_s);
        const auto wanted = expected.value(i, u"(nothing)"_s);
        if (got != wanted) {
            return u"%1 lines, %2 expected; line %3 is\n  %4\ninstead of\n  %5"_s.arg(actual.size())
                .arg(expected.size())
                .arg(i + 1)
                .arg(got, wanted);
        }
    }
    return {};
}

// The PostgreSQL role's password in tst_persistence_postgres.
const QString PostgresPassword = u"persistence-only-ZZ9"_s;

// qmuc's config file, the same for every start: the flush interval the kill -9 bound relies on.
QStringList qmucArguments()
{
    const auto path = testDir("qmuc.ini");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QByteArray("[storage]\nflush_interval_ms=") + QByteArray::number(FlushIntervalMs) + '\n');
    if (testsPostgres()) {
        // On PostgreSQL: a database of its own, as a role that logs in with a password, which
        // qmuc reads from a file.
        auto *cluster = sharedPostgres();
        if (!cluster)
            qFatal("no PostgreSQL cluster");
        const auto database = QRegularExpression(u"dbname=(\\S+)"_s).match(cluster->createDatabase(u"persistence"_s)).captured(1);
        const auto role = QString::fromLatin1(PostgresServer::PasswordRole);
        QString error;
        if (!cluster->exec(u"postgres"_s, {u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, PostgresPassword),
                                           u"ALTER DATABASE %1 OWNER TO %2"_s.arg(database, role)}, &error))
            qFatal("%s", qPrintable(error));
        const auto passwordFile = testDir("postgres-password");
        QFile password(passwordFile);
        if (!password.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(passwordFile));
        password.write(PostgresPassword.toUtf8() + '\n');
        file.write("driver=postgres\npostgres=" + cluster->connectionString(database, role).toUtf8()
                   + "\npostgres_password_file=" + passwordFile.toUtf8() + '\n');
    }
    // The load under which qmuc is killed is one user sending 50 messages a second, far over the
    // groupchat rate a stranger gets; this test is about the archive, not the limits.
    file.write("[limits]\ngroupchat_rate=0\n");
    return {u"--config"_s, path};
}

} // namespace

class PersistenceTest : public RoomScenario
{
    Q_OBJECT
public:
    PersistenceTest()
        : PersistenceTest(qmucArguments())
    {
    }

private Q_SLOTS:
    void persistentRoomComesBackWholeAfterSigterm();
    void archiveLosesAtMostOneFlushIntervalToSigkill();
    void temporaryRoomIsGoneAfterRestart();
    // Last: it leaves qmuc restarted on a writable file, but runs most of itself on a read-only one.
    void readOnlyDatabaseKeepsTheServiceRouting();
    void databaseDownKeepsTheServiceRouting();

private:
    explicit PersistenceTest(const QStringList &qmucArguments)
        : RoomScenario(qmucArguments)
        , m_arguments(qmucArguments)
    {
    }

    enum class Stop { Terminate, Kill };
    // Stops qmuc (SIGTERM, after which it must exit 0; or SIGKILL), starts it again on the same
    // data directory, and waits until it answers through the server (and says how long that took).
    // `whileStopped` runs in between, when the old qmuc has exited (m_qmuc is still that one).
    void restartQmuc(Stop how, const std::function<void()> &whileStopped = {});

    // One page of the room's archive as `who` gets it through QXmppMamManager (XEP-0313 §4),
    // each message as messageLine() with the archive's id (<result id/>, §4.2) in front.
    struct ArchivePage {
        QStringList lines;
        QStringList messageIds; // the ids the senders gave, in the same order
        QXmppMamResultIq fin;
        QString outcome; // "result", or the error as TestClient::Reply::outcome() says it
    };
    ArchivePage archivePage(TestClient &who, const QXmppResultSetQuery &rsm);
    // The whole archive, paged `pageSize` at a time from the oldest on (<after/>) or from the
    // newest back (<before/>); nothing (and a warning) if a page is wrong in itself.
    QStringList wholeArchive(TestClient &who, int pageSize, bool backwards, QStringList *messageIds = nullptr);

    TestClient::Reply admin(TestClient &who, const QString &items);
    QStringList affiliationList(TestClient &owner, const QString &affiliation);
    QStringList configurationForm(TestClient &owner);
    // The room's disco#info (§6.4): identity, features, and the muc#roominfo form without what
    // changes as people come and go.
    QStringList roomDescription(TestClient &asker);

    QStringList m_arguments;
};

void PersistenceTest::restartQmuc(Stop how, const std::function<void()> &whileStopped)
{
    if (how == Stop::Terminate) {
        m_qmuc->terminate();
        QCOMPARE(m_qmuc->waitForExit(), 0);
    } else {
        m_qmuc->kill();
        QVERIFY(QTest::qWaitFor([&] { return m_qmuc->process().state() == QProcess::NotRunning; }, Timeout));
        QCOMPARE(m_qmuc->process().exitStatus(), QProcess::CrashExit);
    }
    if (whileStopped) {
        whileStopped();
        if (QTest::currentTestFailed())
            return;
    }
    QElapsedTimer clock;
    clock.start();
    m_qmuc = std::make_unique<QmucProcess>();
    m_qmuc->start(*m_server, m_arguments);
    QVERIFY2(m_qmuc->waitForOutput(u"state: Connected"_s), qPrintable(m_qmuc->output()));
    // Answering through the server: the service's own disco#info comes back.
    QVERIFY(QTest::qWaitFor(
        [&] { return m_carol->discover(QXmppDiscoveryIq::InfoQuery, m_server->domain(), {}, 1000).isResult(); },
        Timeout));
    qInfo("qmuc restarted after %s and answered %lld ms after it was started",
          how == Stop::Kill ? "SIGKILL" : "SIGTERM", clock.elapsed());
}

PersistenceTest::ArchivePage PersistenceTest::archivePage(TestClient &who, const QXmppResultSetQuery &rsm)
{
    auto *mam = who.client().findExtension<QXmppMamManager>();
    if (!mam) {
        mam = new QXmppMamManager;
        who.client().addExtension(mam);
    }
    // The <result/> messages are recorded too (before QXmppMamManager takes them), with the
    // archive's id of each, which QXmppMessage does not keep.
    who.clearReceived();
    auto answer = std::make_shared<std::optional<QXmppMamManager::RetrieveResult>>();
    mam->retrieveMessages(m_room, {}, {}, {}, {}, rsm)
        .then(&who.client(), [answer](QXmppMamManager::RetrieveResult &&result) { *answer = std::move(result); });
    ArchivePage page;
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, Timeout)) {
        page.outcome = u"no answer"_s;
        return page;
    }
    if (auto *error = std::get_if<QXmppError>(&answer->value())) {
        TestClient::Reply reply;
        reply.error = error->value<QXmppStanza::Error>();
        page.outcome = reply.error ? reply.outcome() : u"error: "_s + error->description;
        return page;
    }
    auto &retrieved = std::get<QXmppMamManager::RetrievedMessages>(answer->value());
    page.outcome = u"result"_s;
    page.fin = retrieved.result;
    QStringList archiveIds;
    for (const auto &stanza : who.received()) {
        const auto result = child(stanza, u"result"_s, mamNs);
        if (stanza.tagName() == u"message" && !result.isNull() && stanza.attribute(u"from"_s) == m_room)
            archiveIds << result.attribute(u"id"_s);
    }
    if (archiveIds.size() != retrieved.messages.size()) {
        page.outcome = u"%1 <result/> messages, %2 archived messages"_s.arg(archiveIds.size())
                           .arg(retrieved.messages.size());
        return page;
    }
    for (qsizetype i = 0; i < archiveIds.size(); ++i) {
        const auto &message = retrieved.messages.at(i);
        page.lines << messageLine(archiveIds.at(i), QXmppUtils::jidToResource(message.from()), message.body(),
                                  message.subject());
        page.messageIds << message.id();
    }
    return page;
}

QStringList PersistenceTest::wholeArchive(TestClient &who, int pageSize, bool backwards, QStringList *messageIds)
{
    QStringList lines;
    QStringList ids;
    QXmppResultSetQuery rsm;
    rsm.setMax(pageSize);
    if (backwards)
        rsm.setBefore(u""_s); // XEP-0059 §2.5: an empty <before/> asks for the last page
    for (int pages = 0; pages < 1000; ++pages) {
        const auto page = archivePage(who, rsm);
        if (page.outcome != u"result") {
            qWarning("page %d of the archive: %s", pages + 1, qPrintable(page.outcome));
            return {};
        }
        const auto set = page.fin.resultSetReply();
        const auto firstId = page.lines.isEmpty() ? QString() : page.lines.first().section(u' ', 0, 0);
        const auto lastId = page.lines.isEmpty() ? QString() : page.lines.last().section(u' ', 0, 0);
        // Each page is at most `pageSize` long, and names its first and last message (§4.3).
        if (page.lines.size() > pageSize || set.first() != firstId || set.last() != lastId) {
            qWarning("page %d: %lld messages, first %s last %s, but <first>%s</first> <last>%s</last>", pages + 1,
                     qlonglong(page.lines.size()), qPrintable(firstId), qPrintable(lastId), qPrintable(set.first()),
                     qPrintable(set.last()));
            return {};
        }
        if (backwards) {
            lines = page.lines + lines;
            ids = page.messageIds + ids;
        } else {
            lines += page.lines;
            ids += page.messageIds;
        }
        // complete='true' on the last page only (§4.3), and never on a full page short of the end.
        if (page.fin.complete())
            break;
        if (page.lines.size() != pageSize) {
            qWarning("page %d has %lld messages of %d and is not the last", pages + 1, qlonglong(page.lines.size()),
                     pageSize);
            return {};
        }
        backwards ? rsm.setBefore(set.first()) : rsm.setAfter(set.last());
    }
    if (messageIds)
        *messageIds = ids;
    return lines;
}

TestClient::Reply PersistenceTest::admin(TestClient &who, const QString &items)
{
    return who.request(u"<iq type='set' to='%1'><query xmlns='%2'>%3</query></iq>"_s.arg(m_room, mucAdminNs, items));
}

QStringList PersistenceTest::affiliationList(TestClient &owner, const QString &affiliation)
{
    const auto reply = owner.request(u"<iq type='get' to='%1'><query xmlns='%2'><item affiliation='%3'/></query></iq>"_s
                                         .arg(m_room, mucAdminNs, affiliation));
    return reply.isResult() ? adminItems(reply.result) : QStringList{reply.outcome()};
}

QStringList PersistenceTest::configurationForm(TestClient &owner)
{
    const auto reply = owner.request(u"<iq type='get' to='%1'><query xmlns='%2'/></iq>"_s.arg(m_room, mucOwnerNs));
    if (!reply.isResult())
        return {reply.outcome()};
    return formLines(child(child(reply.result, u"query"_s, mucOwnerNs), u"x"_s, dataFormsNs));
}

QStringList PersistenceTest::roomDescription(TestClient &asker)
{
    const auto reply = roomInfo(asker);
    if (!reply.isResult())
        return {reply.outcome()};
    const auto info = reply.as<QXmppDiscoveryIq>();
    QStringList lines;
    for (const auto &identity : info.identities())
        lines << u"identity %1/%2 '%3'"_s.arg(identity.category(), identity.type(), identity.name());
    auto features = info.features();
    features.sort();
    for (const auto &feature : std::as_const(features))
        lines << u"feature "_s + feature;
    const auto form = info.form();
    for (const auto &field : form.fields()) {
        if (field.key() != u"muc#roominfo_occupants")
            lines << u"info %1=%2"_s.arg(field.key(), field.value().toString());
    }
    return lines;
}

// A persistent room comes back from a clean stop as it was: listed and described before anyone
// enters, the owner's form and lists unchanged, the subject and the recent history for whoever
// enters, and the whole archive for MAM, with the stanza ids the live messages carried.
void PersistenceTest::persistentRoomComesBackWholeAfterSigterm()
{
    const auto password = u"open sesame"_s;
    QVERIFY(createRoom(roomConfig({
        {u"muc#roomconfig_roomname"_s, u"Archive Room"_s},
        {u"muc#roomconfig_roomdesc"_s, u"Where nothing is forgotten"_s},
        {u"muc#roomconfig_lang"_s, u"fr"_s},
        {u"muc#roomconfig_persistentroom"_s, u"1"_s},
        {u"muc#roomconfig_membersonly"_s, u"1"_s},
        {u"muc#roomconfig_moderatedroom"_s, u"1"_s},
        {u"muc#roomconfig_passwordprotectedroom"_s, u"1"_s},
        {u"muc#roomconfig_roomsecret"_s, password},
        {u"muc#roomconfig_maxusers"_s, u"20"_s},
        {u"muc#roomconfig_whois"_s, u"anyone"_s},
        {u"muc#roomconfig_changesubject"_s, u"1"_s},
        {u"muc#roomconfig_allowpm"_s, u"moderators"_s},
        {u"muc#roomconfig_allowinvites"_s, u"1"_s},
        {u"muc#maxhistoryfetch"_s, u"10"_s},
        {u"muc#roomconfig_enablelogging"_s, u"1"_s},
    })));
    QVERIFY(admin(*m_alice, u"<item affiliation='member' jid='%1'/>"
                            "<item affiliation='admin' jid='%2'/>"
                            "<item affiliation='outcast' jid='mallory@localhost'><reason>Spam, twice</reason></item>"_s
                                .arg(m_bob->bareJid(), m_carol->bareJid()))
                .isResult());
    const auto withPassword = u"<password>%1</password>"_s.arg(password);
    QCOMPARE(statusCodes(enter(*m_bob, u"bob"_s, withPassword)), (QList<int>{100, 110, 170}));

    // alice sets the subject, they send 30 messages (every third from bob), and bob changes the
    // subject after the 25th; alice's copies carry the stanza ids.
    QStringList live;
    const auto setSubject = [&](TestClient &who, const QString &nick, const QString &subject) {
        m_alice->clearReceived();
        who.sendRaw(u"<message to='%1' type='groupchat'><subject>%2</subject></message>"_s.arg(m_room, subject));
        const auto copy = m_alice->waitFor([&](const QDomElement &s) {
            return isKind(s, u"message"_s, occupantJid(nick)) && s.firstChildElement(u"subject"_s).text() == subject;
        });
        live << (copy.isNull() ? u"(no subject message)"_s : liveLine(copy, m_room));
    };
    setSubject(*m_alice, u"alice"_s, u"Nothing is lost"_s);
    for (int i = 1; i <= 30; ++i) {
        const auto [who, nick] = i % 3 == 0 ? std::pair{m_bob.get(), u"bob"_s} : std::pair{m_alice.get(), u"alice"_s};
        const auto id = u"msg-%1"_s.arg(i);
        const auto body = u"Message %1 from %2"_s.arg(i).arg(nick);
        who->sendRaw(u"<message to='%1' type='groupchat' id='%2'><body>%3</body></message>"_s.arg(m_room, id, body));
        const auto copy = m_alice->waitFor([&](const QDomElement &s) {
            return isKind(s, u"message"_s, occupantJid(nick)) && s.attribute(u"id"_s) == id;
        });
        QVERIFY2(!copy.isNull(), qPrintable(id));
        live << liveLine(copy, m_room);
        if (i == 25)
            setSubject(*m_bob, u"bob"_s, u"Still nothing lost"_s);
    }
    for (const auto &line : std::as_const(live))
        QVERIFY2(!line.startsWith(u' '), qPrintable(u"a live copy without <stanza-id by='room'/>: "_s + line));
    QCOMPARE(live.size(), 32);
    QStringList liveMessages;
    for (const auto &line : std::as_const(live)) {
        if (line.contains(u" body='"_s))
            liveMessages << line;
    }

    const auto formBefore = configurationForm(*m_alice);
    const QStringList affiliations{u"owner"_s, u"admin"_s, u"member"_s, u"outcast"_s};
    QList<QStringList> listsBefore;
    for (const auto &affiliation : affiliations)
        listsBefore << affiliationList(*m_alice, affiliation);
    const auto descriptionBefore = roomDescription(*m_carol);
    // What was set, as the owner sees it: several values that are not the defaults.
    for (const auto &line :
         {u"muc#roomconfig_roomname=Archive Room"_s, u"muc#roomconfig_roomdesc=Where nothing is forgotten"_s,
          u"muc#roomconfig_lang=fr"_s, u"muc#roomconfig_persistentroom=true"_s, u"muc#roomconfig_membersonly=true"_s,
          u"muc#roomconfig_moderatedroom=true"_s, u"muc#roomconfig_roomsecret=open sesame"_s,
          u"muc#roomconfig_maxusers=20"_s, u"muc#roomconfig_whois=anyone"_s, u"muc#roomconfig_allowpm=moderators"_s,
          u"muc#maxhistoryfetch=10"_s, u"muc#roomconfig_enablearchiving=true"_s})
        QVERIFY2(formBefore.contains(line), qPrintable(line + u" not in:\n"_s + formBefore.join(u'\n')));
    QCOMPARE(listsBefore.at(0), QStringList{u"owner alice@localhost"_s});
    QCOMPARE(listsBefore.at(1), QStringList{u"admin carol@localhost"_s});
    QCOMPARE(listsBefore.at(2), QStringList{u"member bob@localhost"_s});
    QCOMPARE(listsBefore.at(3), QStringList{u"outcast mallory@localhost reason='Spam, twice'"_s});

    restartQmuc(Stop::Terminate);
    if (QTest::currentTestFailed())
        return;

    // carol, who never entered, finds the room at once: listed, and described as before.
    const auto items = m_carol->discover(QXmppDiscoveryIq::ItemsQuery, m_server->domain());
    QVERIFY(items.isResult());
    QStringList listed;
    for (const auto &item : items.as<QXmppDiscoveryIq>().items())
        listed << item.jid() + u" '"_s + item.name() + u'\'';
    QVERIFY2(listed.contains(m_room + u" 'Archive Room'"_s), qPrintable(listed.join(u'\n')));
    const auto description = roomDescription(*m_carol);
    for (const auto &line :
         {u"identity conference/text 'Archive Room'"_s, u"feature muc_persistent"_s, u"feature muc_membersonly"_s,
          u"feature muc_moderated"_s, u"feature muc_passwordprotected"_s, u"feature muc_nonanonymous"_s,
          u"feature urn:xmpp:mam:2"_s, u"feature urn:xmpp:sid:0"_s,
          u"info muc#roominfo_description=Where nothing is forgotten"_s})
        QVERIFY2(description.contains(line), qPrintable(line + u" not in:\n"_s + description.join(u'\n')));
    QVERIFY2(description == descriptionBefore, qPrintable(difference(description, descriptionBefore)));

    // The owner's form and lists, from outside the room, as they were.
    const auto form = configurationForm(*m_alice);
    QVERIFY2(form == formBefore, qPrintable(difference(form, formBefore)));
    for (qsizetype i = 0; i < affiliations.size(); ++i)
        QCOMPARE(affiliationList(*m_alice, affiliations.at(i)), listsBefore.at(i));

    // The rules still hold: a stranger is not let in, nor a member without the password.
    TestClient eve(u"eve"_s);
    QVERIFY(eve.connectTo(*m_server));
    QCOMPARE(describe(enter(eve, u"eve"_s, withPassword)),
             u"presence room/eve error error=auth/registration-required"_s);
    QCOMPARE(describe(enter(*m_bob, u"bob"_s)), u"presence room/bob error error=auth/not-authorized"_s);

    // bob enters: the last 10 messages (muc#maxhistoryfetch), with their stanza ids, then the
    // subject as he set it.
    QCOMPARE(statusCodes(enter(*m_bob, u"bob"_s, withPassword)), (QList<int>{100, 110, 170}));
    QStringList expectedJoin{u"presence room/bob affiliation=member role=participant status=100,110,170"_s};
    for (int i = 21; i <= 30; ++i) {
        const auto nick = i % 3 == 0 ? u"bob"_s : u"alice"_s;
        expectedJoin << u"message room/%1 groupchat body='Message %2 from %1' delay=room"_s.arg(nick).arg(i);
    }
    expectedJoin << u"message room/bob groupchat subject='Still nothing lost' delay=room"_s; // §7.2.15
    const auto joined = conversation(*m_bob);
    QVERIFY2(joined == expectedJoin, qPrintable(difference(joined, expectedJoin)));
    QStringList history;
    for (const auto &stanza : fromRoom(*m_bob)) {
        if (!child(stanza, u"delay"_s, delayNs).isNull() && stanza.firstChildElement(u"subject"_s).isNull())
            history << liveLine(stanza, m_room); // the replayed messages, not the stamped subject
    }
    QVERIFY2(history == liveMessages.mid(20), qPrintable(difference(history, liveMessages.mid(20))));

    // The whole archive through MAM, ten at a time either way: the 30 messages and the two subject
    // changes, in order, with the ids their live copies had.
    const auto forward = wholeArchive(*m_bob, 10, false);
    QVERIFY2(forward == live, qPrintable(difference(forward, live)));
    const auto backward = wholeArchive(*m_bob, 10, true);
    QVERIFY2(backward == live, qPrintable(difference(backward, live)));
    // The first forward page, and the first backward one, on their own.
    QXmppResultSetQuery firstTen;
    firstTen.setMax(10);
    auto page = archivePage(*m_bob, firstTen);
    QCOMPARE(page.outcome, u"result"_s);
    QVERIFY2(page.lines == live.mid(0, 10), qPrintable(difference(page.lines, live.mid(0, 10))));
    QVERIFY(!page.fin.complete());
    QCOMPARE(page.fin.resultSetReply().count(), 32);
    QXmppResultSetQuery lastTen;
    lastTen.setMax(10);
    lastTen.setBefore(u""_s);
    page = archivePage(*m_bob, lastTen);
    QCOMPARE(page.outcome, u"result"_s);
    QVERIFY2(page.lines == live.mid(22), qPrintable(difference(page.lines, live.mid(22))));
    QVERIFY(!page.fin.complete());

    // Members-only: the archive is the members' too, not a stranger's nor an outcast's.
    QCOMPARE(archivePage(eve, firstTen).outcome, u"error auth/forbidden"_s);
    TestClient mallory(u"mallory"_s);
    QVERIFY(mallory.connectTo(*m_server));
    QCOMPARE(archivePage(mallory, firstTen).outcome, u"error auth/forbidden"_s);
    QVERIFY(eve.disconnect());
    QVERIFY(mallory.disconnect());
}

// Killed under a steady load, qmuc loses at most the archive's last flush interval: every message
// whose reflection came back more than that (and a margin) before the kill is in the archive
// afterwards, with the stanza id its live copy had; so is a configuration change made as long before.
void PersistenceTest::archiveLosesAtMostOneFlushIntervalToSigkill()
{
    QVERIFY(createRoom(roomConfig({{u"muc#roomconfig_roomname"_s, u"Under load"_s},
                                   {u"muc#roomconfig_persistentroom"_s, u"1"_s},
                                   {u"muc#roomconfig_enablelogging"_s, u"1"_s}})));

    struct Reflection {
        QString stanzaId;
        qint64 arrivedMs = 0;
    };
    QHash<QString, Reflection> reflected; // by the id alice gave the message
    QStringList sent;
    QElapsedTimer clock;
    clock.start();
    const auto noteReflection = [&](const QXmppMessage &message) {
        if (message.from() != occupantJid(u"alice"_s) || !message.id().startsWith(u"load-"_s))
            return;
        QString stanzaId;
        for (const auto &id : message.stanzaIds()) {
            if (id.by == m_room)
                stanzaId = id.id;
        }
        reflected.insert(message.id(), {stanzaId, clock.elapsed()});
    };
    const auto reflections = connect(&m_alice->client(), &QXmppClient::messageReceived, this, noteReflection);
    QTimer load;
    load.setTimerType(Qt::PreciseTimer);
    load.setInterval(20);
    connect(&load, &QTimer::timeout, this, [&] {
        const auto id = u"load-%1"_s.arg(qlonglong(sent.size() + 1), 4, 10, QChar(u'0'));
        sent << id;
        m_alice->sendRaw(u"<message to='%1' type='groupchat' id='%2'><body>%2</body></message>"_s.arg(m_room, id));
    });
    load.start();

    // Halfway, the owner renames the room; the load goes on.
    QTest::qWait(1500);
    QVERIFY(configure(*m_alice, roomConfig({{u"muc#roomconfig_roomname"_s, u"Renamed under load"_s}})).isResult());
    const qint64 configuredMs = clock.elapsed();
    QTest::qWait(int(qMax<qint64>(0, 3000 - clock.elapsed())));

    m_qmuc->kill();
    const qint64 killedMs = clock.elapsed();
    load.stop();
    disconnect(reflections);
    QVERIFY2(configuredMs < killedMs - FlushIntervalMs - FlushMarginMs, "the rename came too late to count");

    restartQmuc(Stop::Kill);
    if (QTest::currentTestFailed())
        return;

    QStringList archivedIds;
    const auto archive = wholeArchive(*m_alice, 100, false, &archivedIds);
    QVERIFY(!archive.isEmpty());
    QHash<QString, QString> archivedStanzaIds;
    for (qsizetype i = 0; i < archive.size(); ++i)
        archivedStanzaIds.insert(archivedIds.at(i), archive.at(i).section(u' ', 0, 0));

    // What the archive has is what was sent, in the order it was sent, nothing twice.
    QStringList sentAndArchived;
    for (const auto &id : std::as_const(sent)) {
        if (archivedStanzaIds.contains(id))
            sentAndArchived << id;
    }
    QVERIFY2(archivedIds == sentAndArchived, qPrintable(difference(archivedIds, sentAndArchived)));

    QStringList missing;
    qsizetype lost = 0;   // reflected, not archived
    qint64 oldestLostAgeMs = -1;
    for (const auto &id : std::as_const(sent)) {
        const auto it = reflected.constFind(id);
        if (it == reflected.cend())
            continue;
        QVERIFY2(!it->stanzaId.isEmpty(), qPrintable(id + u" came back without a stanza id"_s));
        const auto archivedAs = archivedStanzaIds.value(id);
        if (archivedAs.isEmpty()) {
            ++lost;
            oldestLostAgeMs = qMax(oldestLostAgeMs, killedMs - it->arrivedMs);
        }
        // Archived under another id than the live copy had, or not archived though it was long enough ago.
        if ((!archivedAs.isEmpty() && archivedAs != it->stanzaId)
            || (archivedAs.isEmpty() && it->arrivedMs < killedMs - FlushIntervalMs - FlushMarginMs)) {
            missing << u"%1 (reflected %2 ms before the kill as %3, archived as '%4')"_s.arg(id)
                           .arg(killedMs - it->arrivedMs)
                           .arg(it->stanzaId, archivedAs);
        }
    }
    qInfo("kill -9 under load: %lld messages sent in %lld ms, %lld reflected, %lld archived; "
          "%lld reflected ones lost%s",
          qlonglong(sent.size()), killedMs, qlonglong(reflected.size()), qlonglong(archive.size()), qlonglong(lost),
          lost ? qPrintable(u", the oldest reflected %1 ms before the kill"_s.arg(oldestLostAgeMs)) : "");
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    QVERIFY2(reflected.size() >= 100, "the load was too light to mean anything");

    // The configuration, renamed while the load ran.
    const auto form = configurationForm(*m_alice);
    for (const auto &line : {u"muc#roomconfig_roomname=Renamed under load"_s, u"muc#roomconfig_persistentroom=true"_s,
                             u"muc#roomconfig_enablearchiving=true"_s})
        QVERIFY2(form.contains(line), qPrintable(line + u" not in:\n"_s + form.join(u'\n')));
    QVERIFY(roomDescription(*m_bob).contains(u"identity conference/text 'Renamed under load'"_s));
}

// A temporary room lives as long as qmuc does: after a restart it is gone, even one with people in
// it and an archive, and the next to enter creates it anew.
void PersistenceTest::temporaryRoomIsGoneAfterRestart()
{
    QVERIFY(createRoom(roomConfig({{u"muc#roomconfig_roomname"_s, u"Here today"_s},
                                   {u"muc#roomconfig_persistentroom"_s, u"0"_s},
                                   {u"muc#roomconfig_enablelogging"_s, u"1"_s}})));
    enter(*m_bob, u"bob"_s);
    QVERIFY(say(*m_bob, u"bob"_s, u"Gone tomorrow"_s));
    QVERIFY(roomInfo(*m_carol).isResult());

    restartQmuc(Stop::Terminate);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(roomInfo(*m_carol).outcome(), u"error cancel/item-not-found"_s);
    const auto items = m_carol->discover(QXmppDiscoveryIq::ItemsQuery, m_server->domain());
    QVERIFY(items.isResult());
    for (const auto &item : items.as<QXmppDiscoveryIq>().items())
        QVERIFY2(item.jid() != m_room, qPrintable(item.jid()));
    QCOMPARE(statusCodes(enter(*m_carol, u"carol"_s)), (QList<int>{110, 170, 201}));
    QCOMPARE(conversation(*m_carol),
             (QStringList{u"presence room/carol affiliation=owner role=moderator status=110,170,201"_s,
                          u"message room groupchat subject=''"_s}));
}

// An operator makes the data file read-only (chmod 444: read-only for root too) while qmuc is
// stopped. qmuc starts all the same and says so; the persistent room is back before anyone enters,
// people enter it, get the history the file holds, chat and query the archive as before. That it
// cannot write it reports once, not once per message or per retry; it leaves the file as it was
// and still stops cleanly on SIGTERM. With the mode restored, the next start is a normal one.
void PersistenceTest::readOnlyDatabaseKeepsTheServiceRouting()
{
    if (testsPostgres())
        QSKIP("a SQLite file's own (databaseDownKeepsTheServiceRouting is PostgreSQL's)");
    QVERIFY(createRoom(roomConfig({{u"muc#roomconfig_roomname"_s, u"Frozen"_s},
                                   {u"muc#roomconfig_persistentroom"_s, u"1"_s},
                                   {u"muc#roomconfig_enablelogging"_s, u"1"_s}})));
    QVERIFY(say(*m_alice, u"alice"_s, u"Written before the chmod"_s));
    const auto descriptionBefore = roomDescription(*m_carol);
    QVERIFY2(descriptionBefore.contains(u"identity conference/text 'Frozen'"_s),
             qPrintable(descriptionBefore.join(u'\n')));

    const auto database = m_server->dir() + u"/qmuc-data/qmuc.sqlite"_s;
    const auto readOnlyWarning = u"qmuc.storage warning: the database %1 is read-only"_s.arg(database);
    const auto writeFailure = u"qmuc.storage warning: cannot write to %1"_s.arg(database);
    const auto linesWith = [](const QString &output, const QString &text) {
        return output.split(u'\n').filter(text).size();
    };
    const auto contents = [&] {
        QFile file(database);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    };
    std::optional<QFile::Permissions> mode;
    QByteArray frozen;
    // Whatever happens, the test directory can be cleaned afterwards.
    const auto restoreMode = qScopeGuard([&] {
        if (mode)
            QFile::setPermissions(database, *mode);
    });
    restartQmuc(Stop::Terminate, [&] {
        QVERIFY2(QFile::exists(database), qPrintable(database));
        mode = QFile::permissions(database);
        frozen = contents();
        QVERIFY(QFile::setPermissions(database, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    });
    if (QTest::currentTestFailed())
        return;

    // It says why nothing will be saved, and the room is back as it was before anyone enters.
    QVERIFY2(linesWith(m_qmuc->output(), readOnlyWarning) == 1, qPrintable(m_qmuc->output()));
    const auto description = roomDescription(*m_carol);
    QVERIFY2(description == descriptionBefore, qPrintable(difference(description, descriptionBefore)));

    // alice and bob enter; bob is sent what the file holds as history.
    QVERIFY(statusCodes(enter(*m_alice, u"alice"_s)).contains(110));
    QVERIFY(statusCodes(enter(*m_bob, u"bob"_s)).contains(110));
    const auto bobJoined = conversation(*m_bob);
    QVERIFY2(bobJoined.contains(u"message room/alice groupchat body='Written before the chmod' delay=room"_s),
             qPrintable(bobJoined.join(u'\n')));

    // They talk in turns: each message reaches the other one. What went wrong, if anything.
    int sent = 0;
    const auto chat = [&](int count) -> QString {
        for (int i = 0; i < count; ++i) {
            ++sent;
            const bool byAlice = sent % 2 == 1;
            auto &sender = byAlice ? *m_alice : *m_bob;
            auto &other = byAlice ? *m_bob : *m_alice;
            const auto nick = byAlice ? u"alice"_s : u"bob"_s;
            const auto id = u"frozen-%1"_s.arg(sent);
            const auto body = u"Message %1 to a read-only file"_s.arg(sent);
            sender.sendRaw(u"<message to='%1' type='groupchat' id='%2'><body>%3</body></message>"_s.arg(m_room, id, body));
            const auto copy = other.waitFor([&](const QDomElement &s) {
                return isKind(s, u"message"_s, occupantJid(nick)) && s.attribute(u"id"_s) == id;
            });
            if (copy.isNull() || copy.firstChildElement(u"body"_s).text() != body)
                return u"%1 from %2: the other occupant got %3"_s.arg(id, nick, describe(copy));
        }
        return {};
    };
    const auto firstRound = chat(10);
    QVERIFY2(firstRound.isEmpty(), qPrintable(firstRound));
    // The first write fails at the next flush, and says so.
    QVERIFY2(m_qmuc->waitForOutput(writeFailure, 5000), qPrintable(m_qmuc->output()));

    // The archive still answers, with what the file holds.
    QXmppResultSetQuery firstTen;
    firstTen.setMax(10);
    const auto page = archivePage(*m_bob, firstTen);
    QCOMPARE(page.outcome, u"result"_s);
    QCOMPARE(page.lines.size(), 1);
    QVERIFY2(page.lines.first().endsWith(u" alice body='Written before the chmod'"_s), qPrintable(page.lines.first()));

    // More messages, and time for the queue to be retried more than once (every second or so):
    // still the one report.
    const auto secondRound = chat(20);
    QVERIFY2(secondRound.isEmpty(), qPrintable(secondRound));
    QTest::qWait(2500);
    QVERIFY2(linesWith(m_qmuc->output(), writeFailure) == 1, qPrintable(m_qmuc->output()));

    // Still alive and answering: a ping to the service, disco#info to the room.
    QVERIFY(m_carol->request(u"<iq type='get' to='%1'><ping xmlns='urn:xmpp:ping'/></iq>"_s.arg(m_server->domain()))
                .isResult());
    QVERIFY(roomInfo(*m_carol).isResult());

    // SIGTERM stops it with status 0 (restartQmuc checks), without another report for the writes
    // it gives up, and the file is as it was. Then the mode goes back, and qmuc starts as usual.
    restartQmuc(Stop::Terminate, [&] {
        const auto output = m_qmuc->output();
        QVERIFY2(linesWith(output, writeFailure) == 1, qPrintable(output));
        QVERIFY2(!output.contains(u" critical: "_s) && !output.contains(u" fatal: "_s), qPrintable(output));
        QVERIFY2(contents() == frozen, "qmuc changed a read-only file");
        QVERIFY(QFile::setPermissions(database, *mode));
    });
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!m_qmuc->output().contains(u"read-only"_s), qPrintable(m_qmuc->output()));
    QVERIFY(statusCodes(enter(*m_alice, u"alice"_s)).contains(110));
    QVERIFY(say(*m_alice, u"alice"_s, u"Written after the chmod back"_s));
    QTest::qWait(FlushIntervalMs + FlushMarginMs);
    QVERIFY2(!m_qmuc->output().contains(u"cannot write"_s), qPrintable(m_qmuc->output()));
}

// PostgreSQL stops under a running qmuc (an operator restarts it, or it fails over): people go
// on talking, qmuc says once that it cannot write, and once the server is back it connects again
// by itself and writes what waited, so the archive has every message. The password it logs in
// with appears nowhere in what it says.
void PersistenceTest::databaseDownKeepsTheServiceRouting()
{
    if (!testsPostgres())
        QSKIP("PostgreSQL's own (tst_persistence_postgres)");
    auto *cluster = sharedPostgres();
    QVERIFY(cluster);
    // Whatever happens, the cluster runs again afterwards.
    const auto restart = qScopeGuard([cluster] { cluster->start(); });
    QVERIFY(createRoom(roomConfig({{u"muc#roomconfig_roomname"_s, u"Outage"_s},
                                   {u"muc#roomconfig_persistentroom"_s, u"1"_s},
                                   {u"muc#roomconfig_enablelogging"_s, u"1"_s}})));
    QVERIFY(statusCodes(enter(*m_bob, u"bob"_s)).contains(110));
    QVERIFY(say(*m_alice, u"alice"_s, u"Before the outage"_s));
    QTest::qWait(FlushIntervalMs + FlushMarginMs);

    cluster->stop();
    QStringList sent{u"Before the outage"_s};
    for (int i = 1; i <= 6; ++i) {
        sent << u"During the outage %1"_s.arg(i);
        QVERIFY(say(i % 2 ? *m_alice : *m_bob, i % 2 ? u"alice"_s : u"bob"_s, sent.last()));
    }
    const auto writeFailure = u"qmuc.storage warning: cannot write to PostgreSQL ("_s;
    QVERIFY2(m_qmuc->waitForOutput(writeFailure, 5000), qPrintable(m_qmuc->output()));
    QVERIFY(m_carol->request(u"<iq type='get' to='%1'><ping xmlns='urn:xmpp:ping'/></iq>"_s.arg(m_server->domain()))
                .isResult());
    QVERIFY(roomInfo(*m_carol).isResult());

    QVERIFY2(cluster->start(), qPrintable(cluster->error()));
    // Retried after 1, 2, 4, … s: well within this.
    QVERIFY2(m_qmuc->waitForOutput(u"works again"_s, 30000), qPrintable(m_qmuc->output()));
    QCOMPARE(m_qmuc->output().split(u'\n').filter(writeFailure).size(), 1);
    QStringList archived;
    for (const auto &line : wholeArchive(*m_bob, 3, false))
        archived << line.section(u"body='"_s, 1).chopped(1);
    QCOMPARE(archived, sent);
    QVERIFY2(!m_qmuc->output().contains(PostgresPassword), "qmuc logged the PostgreSQL password");
}

QTEST_GUILESS_MAIN(PersistenceTest)
#include "tst_persistence.moc"
