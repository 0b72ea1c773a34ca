// e2e: what users get from qmuc behind a real XMPP server, next to the server's own MUC and a
// do-nothing XEP-0114 component, all in one run on one machine.
//
//   scripts/dev.sh exec build/bench/e2e [--server prosody|ejabberd] [-N 10,100] [--repeat 3] ...
//   scripts/dev.sh exec build/bench/e2e --rooms 10000 -N 10          (joins and memory)
//
// For every room size N and every target — the server's built-in MUC ("builtin"), a component
// that only copies each groupchat message to the room's occupants ("nothing", this program
// started with --nothing-component; "nothing+oid" adds to each copy an occupant id, as qmuc's
// copies carry with the archive off, and "nothing+ids" an occupant id and a stanza id, as with it
// on, each as long as qmuc's), qmuc with archiving off ("qmuc") and on ("qmuc+mam") — it
// starts a fresh private server (tests/support: Prosody or ejabberd, pinned to CPU 0), the target
// (pinned to CPU 1, next to this driver), and real client connections over c2s (SASL PLAIN,
// resource binding, MUC join with the owner's instant-room form first). Then:
//
//  * saturation: every client keeps `--window` of its own messages in flight (it sends the next
//    when the room reflects one back), so the server is busy all the time; counts the copies the
//    clients receive per second, and the server's and target's CPU time per delivered copy;
//  * latency: messages at `--load` (a fraction) of the do-nothing component's saturation rate of
//    the same run, sent evenly; p50 and p99 of send-to-receive time over every copy.
//
// What the target writes is read from /proc/<pid>/io: bytes per delivered copy and writes per
// second, to the server and (qmuc+mam) to its archive; this program's own CPU per copy tells
// whether the clients kept up. The environment variable E2E_NOTHING_MARKS adds its XML to every
// copy of the do-nothing component, to weigh what an element costs the server; E2E_WRAP runs the
// target under a tool (massif). With --rooms R it measures joins instead: R rooms of N occupants
// (clients join several rooms each), the time to create and to fill them, the stanzas a join
// costs, and the resident memory the target (and the server) grew by per occupant.
//
// One line per run on stdout; with --repeat each figure is the median of the runs with min and max,
// and a table of ratios ends the output. Progress goes to stderr.
#include "XmppServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#include <csignal>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using qmuc::test::XmppServer;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void progress(const QString &text)
{
    std::fprintf(stderr, "e2e: %s\n", qPrintable(text));
}

// What /proc says of a process: CPU seconds, resident KiB, and its I/O counters.
struct ProcessSample {
    double cpu = 0;
    qint64 rssKiB = 0;
    qint64 writtenBytes = 0; // wchar
    qint64 writes = 0;       // syscw
};

ProcessSample sample(qint64 pid)
{
    ProcessSample s;
    if (pid <= 0)
        return s;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const auto line = stat.readAll();
        // Fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15.
        const auto fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            s.cpu = double(fields[11].toLongLong() + fields[12].toLongLong()) / double(::sysconf(_SC_CLK_TCK));
    }
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const auto &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                s.rssKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    QFile io(u"/proc/%1/io"_s.arg(pid));
    if (io.open(QIODevice::ReadOnly)) {
        for (const auto &line : io.readAll().split('\n')) {
            const auto value = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            if (line.startsWith("wchar:"))
                s.writtenBytes = value;
            else if (line.startsWith("syscw:"))
                s.writes = value;
        }
    }
    return s;
}

// Runs the event loop until `done` holds or `ms` passed; false on the timeout.
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    QTimer tick; // wakes the loop to look at the clock and the condition
    tick.start(50);
    QEventLoop loop;
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// The do-nothing component: tells a joining occupant it is in (status 110), copies a groupchat
// message to every occupant of its room, answers IQs with an empty result. Nothing else.

enum class Marks { None, OccupantId, BothIds };

int runNothingComponent(const QString &host, quint16 port, const QString &domain, Marks ids)
{
    const auto secret = qgetenv("E2E_SECRET");
    // What else each copy carries (E2E_NOTHING_MARKS), to weigh what qmuc's marks cost the server.
    const auto marks = qgetenv("E2E_NOTHING_MARKS");
    QTcpSocket socket;
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); // as qmuc's connection: no Nagle delays
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(5000))
        return 1;
    socket.write("<stream:stream xmlns='jabber:component:accept' xmlns:stream='http://etherx.jabber.org/streams' to='"
                 + domain.toUtf8() + "'>");
    QXmlStreamReader reader;
    bool handshaken = false;
    QHash<QString, QMap<QString, QByteArray>> rooms; // room → nick → escaped full JID
    QByteArray out;
    const auto attribute = [&](QStringView name) { return reader.attributes().value(name).toString(); };
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] {
        reader.addData(socket.readAll());
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::Invalid && reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                break; // the rest comes later
            if (token == QXmlStreamReader::Invalid) {
                progress(u"nothing component: %1"_s.arg(reader.errorString()));
                QCoreApplication::exit(1);
                return;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == u"stream" && !handshaken) {
                const auto id = attribute(u"id").toUtf8();
                socket.write("<handshake>" + QCryptographicHash::hash(id + secret, QCryptographicHash::Sha1).toHex() + "</handshake>");
                handshaken = true;
                continue;
            }
            if (reader.name() == u"handshake") {
                std::fprintf(stderr, "nothing component: state: Connected\n");
                reader.skipCurrentElement();
                continue;
            }
            const auto kind = reader.name().toString();
            const auto from = attribute(u"from").toUtf8();
            const auto to = attribute(u"to");
            const auto type = attribute(u"type");
            const auto id = attribute(u"id").toUtf8();
            const auto slash = to.indexOf(u'/');
            const auto room = to.left(slash);
            if (kind == u"presence") {
                const auto nick = to.mid(slash + 1);
                if (type == u"unavailable")
                    rooms[room].remove(nick);
                else
                    rooms[room].insert(nick, from);
                out += "<presence from='" + to.toUtf8() + "' to='" + from + "'"
                    + (type == u"unavailable" ? " type='unavailable'" : "")
                    + "><x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='participant'/>"
                      "<status code='110'/></x></presence>";
                reader.skipCurrentElement();
            } else if (kind == u"iq") {
                out += "<iq type='result' id='" + id + "' from='" + to.toUtf8() + "' to='" + from + "'/>";
                reader.skipCurrentElement();
            } else if (kind == u"message" && type == u"groupchat") {
                QByteArray body;
                while (reader.readNextStartElement()) {
                    if (reader.name() == u"body")
                        body = reader.readElementText().toUtf8();
                    else
                        reader.skipCurrentElement();
                }
                const auto &occupants = rooms[room];
                QByteArray nick;
                for (auto it = occupants.cbegin(); it != occupants.cend(); ++it) {
                    if (it.value() == from)
                        nick = it.key().toUtf8();
                }
                const QByteArray head = "<message from='" + room.toUtf8() + '/' + nick + "' type='groupchat' id='" + id + "' to='";
                QByteArray tail = "'><body>" + body + "</body>" + marks;
                // As long as qmuc's: a 43-character occupant id, a 36-character stanza id (a UUID).
                if (ids != Marks::None) {
                    tail += "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='"
                        + QCryptographicHash::hash(from, QCryptographicHash::Sha256).toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals)
                        + "'/>";
                }
                if (ids == Marks::BothIds) {
                    tail += "<stanza-id xmlns='urn:xmpp:sid:0' id='" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                        + "' by='" + room.toUtf8() + "'/>";
                }
                tail += "</message>";
                for (const auto &jid : occupants)
                    out += head + jid + tail;
            } else {
                reader.skipCurrentElement();
            }
        }
        if (!out.isEmpty()) {
            socket.write(out);
            out.clear();
        }
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------------------------------------
// A client: one c2s connection, just enough XMPP to log in, join rooms, send and count.

struct Counters {
    qint64 delivered = 0;   // copies of benchmark messages received
    qint64 bytes = 0;       // bytes clients read
    qint64 presences = 0;   // presence stanzas received
    qint64 errors = 0;      // error stanzas, stream errors, closed streams
    bool keepLatencies = false;
    std::vector<qint64> latencies; // ns, when kept
    QByteArray firstError;
};

class Client : public QObject
{
public:
    enum class State { Connecting, Features, Authenticating, Restarted, Binding, Ready, Gone };

    Client(int index, Counters &counters)
        : m_index(index)
        , m_counters(counters)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { openStream(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::read);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_state != State::Gone)
                fail("disconnected");
        });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { fail(m_socket.errorString().toUtf8()); });
    }

    void connectTo(quint16 port)
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }
    void close()
    {
        m_state = State::Gone;
        m_socket.write("</stream:stream>");
        m_socket.flush();
        m_socket.disconnectFromHost();
    }
    State state() const { return m_state; }
    QByteArray nick() const { return "u" + QByteArray::number(m_index); }
    int joined() const { return m_joined; }
    int configured() const { return m_configured; }
    int inFlight() const { return m_inFlight; }
    void setWindow(int window) { m_window = window; }

    void join(const QByteArray &room)
    {
        m_socket.write("<presence to='" + room + '/' + nick()
                       + "'><x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='0'/></x></presence>");
    }
    // The owner's configuration: an instant room (§10.1.2), or the form with `fields`.
    void configure(const QByteArray &room, const QByteArray &fields)
    {
        m_socket.write("<iq type='set' id='E2C" + QByteArray::number(m_index) + "' to='" + room
                       + "'><query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>"
                       + fields + "</x></query></iq>");
    }
    void setRoom(const QByteArray &room) { m_room = room; }
    void send()
    {
        ++m_inFlight;
        // With an id, as clients send one; the copies keep it.
        m_socket.write("<message to='" + m_room + "' type='groupchat' id='m" + QByteArray::number(++m_sent) + "'><body>E2E[" + QByteArray::number(nowNs()) + ','
                       + QByteArray::number(m_index) + "] The quick brown fox jumps over the lazy dog.</body></message>");
    }

private:
    void openStream()
    {
        m_state = State::Features;
        m_socket.write("<?xml version='1.0'?><stream:stream to='localhost' xmlns='jabber:client' "
                       "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>");
    }
    void fail(const QByteArray &why)
    {
        if (m_state == State::Gone)
            return;
        m_state = State::Gone;
        ++m_counters.errors;
        if (m_counters.firstError.isEmpty())
            m_counters.firstError = nick() + ": " + why;
    }
    void read()
    {
        const auto data = m_socket.readAll();
        m_counters.bytes += data.size();
        m_buffer += data;
        switch (m_state) {
        case State::Features:
        case State::Restarted:
            if (!m_buffer.contains("</stream:features>"))
                return;
            if (m_state == State::Features) {
                const auto plain = QByteArray('\0' + nick() + '\0' + "secret").toBase64();
                m_socket.write("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + plain + "</auth>");
                m_state = State::Authenticating;
            } else {
                m_socket.write("<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></iq>");
                m_state = State::Binding;
            }
            m_buffer.clear();
            return;
        case State::Authenticating:
            if (m_buffer.contains("<failure"))
                return fail("authentication failed");
            if (!m_buffer.contains("<success"))
                return;
            m_buffer.clear();
            openStream();
            m_state = State::Restarted;
            return;
        case State::Binding:
            if (!m_buffer.contains("</jid>"))
                return;
            m_buffer.clear();
            m_state = State::Ready;
            return;
        case State::Ready:
            scan();
            return;
        case State::Connecting:
        case State::Gone:
            m_buffer.clear();
            return;
        }
    }

    // Counts what the client came for in what arrived; keeps an unfinished tail for next time.
    void scan()
    {
        const qint64 now = nowNs();
        qsizetype pos = 0;
        qsizetype keepFrom = std::max<qsizetype>(0, m_buffer.size() - 24);
        while (true) {
            const auto start = m_buffer.indexOf("E2E[", pos);
            if (start < 0)
                break;
            const auto end = m_buffer.indexOf(']', start);
            if (end < 0) {
                keepFrom = start;
                break;
            }
            const auto comma = m_buffer.indexOf(',', start);
            const qint64 sent = QByteArrayView(m_buffer).sliced(start + 4, comma - start - 4).toLongLong();
            const int sender = QByteArrayView(m_buffer).sliced(comma + 1, end - comma - 1).toInt();
            ++m_counters.delivered;
            if (m_counters.keepLatencies)
                m_counters.latencies.push_back(now - sent);
            if (sender == m_index) {
                --m_inFlight;
                while (m_inFlight < m_window)
                    send();
            }
            pos = end + 1;
        }
        count("<presence", m_presenceScan, &m_counters.presences);
        qint64 selves = 0;
        count("code='110'", m_selfScan, &selves);
        count("code=\"110\"", m_selfScan2, &selves);
        m_joined += int(selves);
        qint64 configured = 0;
        count("id='E2C", m_configScan, &configured);
        count("id=\"E2C", m_configScan2, &configured);
        m_configured += int(configured);
        qint64 errors = 0;
        count("type='error'", m_errorScan, &errors);
        count("type=\"error\"", m_errorScan2, &errors);
        count("</stream:stream>", m_endScan, &errors);
        if (errors > 0) {
            m_counters.errors += errors;
            if (m_counters.firstError.isEmpty())
                m_counters.firstError = nick() + ": " + m_buffer.right(600);
        }
        // Keep the unfinished tail only; every scan position moves with it.
        m_buffer.remove(0, keepFrom);
        for (auto *scanPos : {&m_presenceScan, &m_selfScan, &m_selfScan2, &m_configScan, &m_configScan2, &m_errorScan,
                              &m_errorScan2, &m_endScan})
            *scanPos = std::max<qsizetype>(0, *scanPos - keepFrom);
    }
    // Counts the occurrences of `what` from `scanPos` on, and moves it past the last one.
    void count(QByteArrayView what, qsizetype &scanPos, qint64 *n)
    {
        while (true) {
            const auto at = m_buffer.indexOf(what, scanPos);
            if (at < 0)
                return;
            ++*n;
            scanPos = at + what.size();
        }
    }

    int m_index;
    Counters &m_counters;
    QTcpSocket m_socket;
    State m_state = State::Connecting;
    QByteArray m_buffer;
    QByteArray m_room;
    int m_joined = 0;
    int m_configured = 0;
    int m_inFlight = 0;
    int m_window = 0;
    qint64 m_sent = 0;
    qsizetype m_presenceScan = 0, m_selfScan = 0, m_selfScan2 = 0, m_configScan = 0, m_configScan2 = 0,
              m_errorScan = 0, m_errorScan2 = 0, m_endScan = 0;
};

// ---------------------------------------------------------------------------------------------

// NothingOid and NothingIds: the do-nothing component with what qmuc's copies must carry for
// clients, an occupant id (XEP-0421), and with the archive on also a stanza id (XEP-0359): their
// copies have qmuc's and qmuc+mam's elements and attributes, within a few bytes, so the ratios to
// them are what qmuc's own work costs and the ratios between the do-nothing ones the server's
// price for the ids.
enum class Target { Builtin, Nothing, NothingOid, NothingIds, Qmuc, QmucArchive };
const QList<Target> allTargets = {Target::Builtin, Target::Nothing, Target::NothingOid, Target::NothingIds, Target::Qmuc, Target::QmucArchive};

QString targetName(Target target)
{
    switch (target) {
    case Target::Builtin: return u"builtin"_s;
    case Target::Nothing: return u"nothing"_s;
    case Target::NothingOid: return u"nothing+oid"_s;
    case Target::NothingIds: return u"nothing+ids"_s;
    case Target::Qmuc: return u"qmuc"_s;
    case Target::QmucArchive: return u"qmuc+mam"_s;
    }
    return {};
}

struct Options {
    XmppServer::Kind server = XmppServer::Kind::Prosody;
    QList<int> sizes = {10, 100};
    QList<Target> targets = allTargets;
    int clients = 100;     // connections in the throughput runs
    int window = 2;        // own messages each client keeps in flight at saturation
    double warmup = 2;     // seconds before measuring
    double seconds = 8;    // seconds measured
    double load = 0.2;     // the latency runs' rate, as a fraction of the do-nothing component's saturation
    int repeat = 1;
    int rooms = 0;         // joins-and-memory mode when > 0
    int memoryClients = 1000;
    bool pin = true;
    QString workDir;
};

struct Figures {
    double delivered = 0;     // copies per second at saturation
    double serverUs = 0;      // server CPU µs per delivered copy
    double targetUs = 0;      // target CPU µs per delivered copy (0 for builtin)
    double driverUs = 0;      // this program's (the clients') CPU µs per delivered copy
    double targetBytes = 0;   // bytes the target wrote per delivered copy
    double targetWrites = 0;  // write calls of the target per second
    double clientBytes = 0;   // bytes clients read per delivered copy
    double p50 = 0, p99 = 0;  // ms, at the latency load
    double offered = 0;       // messages per second in the latency run
    // joins-and-memory mode
    double createSeconds = 0, joinSeconds = 0, presencesPerJoin = 0, targetKiBPerOccupant = 0, serverKiBPerOccupant = 0;
};

class Bench
{
public:
    explicit Bench(Options options) : m_options(std::move(options)) {}

    // One target at one size, on a fresh server: the figures, or nothing (and why, on stderr).
    std::optional<Figures> run(Target target, int size, double latencyRate)
    {
        const auto dir = m_options.workDir + u"/%1-%2-%3"_s.arg(targetName(target)).arg(size).arg(++m_runs);
        auto server = qmuc::test::makeServer(m_options.server, dir);
        server->setBenchmark(m_options.pin ? 0 : -1);
        if (!server->start()) {
            progress(u"server: %1"_s.arg(server->error()));
            return std::nullopt;
        }
        QProcess component;
        const auto log = dir + u"/component.log"_s;
        component.setStandardErrorFile(log);
        QByteArray domain;
        QByteArray formFields;
        if (target == Target::Builtin) {
            domain = server->builtinMucDomain().toUtf8();
        } else if (target == Target::Nothing || target == Target::NothingOid || target == Target::NothingIds) {
            domain = server->echoDomain().toUtf8();
            QStringList arguments{u"--nothing-component"_s, u"127.0.0.1"_s, QString::number(server->componentPort()), server->echoDomain()};
            if (target == Target::NothingOid)
                arguments << u"--oid"_s;
            if (target == Target::NothingIds)
                arguments << u"--ids"_s;
            startPinned(component, QCoreApplication::applicationFilePath(), arguments, server->secret());
        } else {
            domain = server->domain().toUtf8();
            const auto archive = target == Target::QmucArchive ? "1"_ba : "0"_ba;
            formFields = "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                         "<field var='muc#roomconfig_enablearchiving'><value>" + archive + "</value></field>";
            startPinned(component, QStringLiteral(QMUC_BINARY),
                        {u"--config"_s, writeQmucConfig(dir), u"--host"_s, u"127.0.0.1"_s,
                         u"--port"_s, QString::number(server->componentPort()), u"--domain"_s, server->domain(),
                         u"--data-dir"_s, dir + u"/qmuc-data"_s},
                        server->secret());
        }
        const auto targetPid = [&] { return target == Target::Builtin ? qint64(0) : component.processId(); };
        const auto stopAll = [&] {
            for (auto &client : m_clients)
                client->close();
            waitUntil([] { return false; }, 200);
            m_clients.clear();
            component.terminate();
            component.waitForFinished(10000);
            server->stop();
        };
        // Both components say so on stderr once the server took their handshake.
        const auto connected = [&] {
            QFile file(log);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains("state: Connected");
        };
        if (target != Target::Builtin && !waitUntil(connected, 15000)) {
            progress(u"%1 did not connect to the server"_s.arg(targetName(target)));
            stopAll();
            return std::nullopt;
        }

        Figures f;
        const bool memory = m_options.rooms > 0;
        const int rooms = memory ? m_options.rooms : std::max(1, m_options.clients / size);
        const int clients = memory ? std::max(size, std::min(m_options.memoryClients, rooms * size)) : rooms * size;
        if (!connectClients(*server, clients)) {
            stopAll();
            return std::nullopt;
        }
        // Occupant k of room r is client (r*N + k) mod C: distinct within a room as C >= N.
        const auto roomJid = [&](int r) { return "r" + QByteArray::number(r) + '@' + domain; };
        const auto clientOf = [&](int r, int k) { return (r * size + k) % clients; };

        const auto before = sample(targetPid());
        const auto serverBefore = sample(server->workerPid());
        QElapsedTimer phase;
        phase.start();
        // The owners first: each makes its room and configures it, then the others join.
        if (!joinAll(rooms, 0, 1, roomJid, clientOf) || !configureAll(rooms, roomJid, clientOf, formFields)) {
            stopAll();
            return std::nullopt;
        }
        f.createSeconds = phase.elapsed() / 1000.0;
        m_counters.presences = 0;
        phase.start();
        if (!joinAll(rooms, 1, size, roomJid, clientOf)) {
            stopAll();
            return std::nullopt;
        }
        f.joinSeconds = phase.elapsed() / 1000.0;
        const qint64 joins = qint64(rooms) * (size - 1);
        f.presencesPerJoin = joins > 0 ? double(m_counters.presences) / double(joins) : 0;
        if (memory) {
            waitUntil([] { return false; }, 2000); // let queued work settle before reading memory
            const auto after = sample(targetPid());
            const auto serverAfter = sample(server->workerPid());
            const double occupants = double(rooms) * size;
            f.targetKiBPerOccupant = double(after.rssKiB - before.rssKiB) / occupants;
            f.serverKiBPerOccupant = double(serverAfter.rssKiB - serverBefore.rssKiB) / occupants;
            stopAll();
            return f;
        }

        for (int c = 0; c < clients; ++c)
            m_clients[c]->setRoom(roomJid(c / size));

        // Saturation.
        for (auto &client : m_clients) {
            client->setWindow(m_options.window);
            client->send();
        }
        waitUntil([] { return false; }, int(m_options.warmup * 1000));
        auto t0 = nowNs();
        auto server0 = sample(server->workerPid());
        auto target0 = sample(targetPid());
        auto driver0 = sample(QCoreApplication::applicationPid());
        const auto delivered0 = m_counters.delivered;
        const auto bytes0 = m_counters.bytes;
        waitUntil([] { return false; }, int(m_options.seconds * 1000));
        const double elapsed = double(nowNs() - t0) / 1e9;
        const auto server1 = sample(server->workerPid());
        const auto target1 = sample(targetPid());
        const auto driver1 = sample(QCoreApplication::applicationPid());
        const double delivered = double(m_counters.delivered - delivered0);
        f.driverUs = (driver1.cpu - driver0.cpu) * 1e6 / delivered;
        f.delivered = delivered / elapsed;
        f.serverUs = (server1.cpu - server0.cpu) * 1e6 / delivered;
        f.targetUs = (target1.cpu - target0.cpu) * 1e6 / delivered;
        f.targetBytes = double(target1.writtenBytes - target0.writtenBytes) / delivered;
        f.targetWrites = double(target1.writes - target0.writes) / elapsed;
        f.clientBytes = double(m_counters.bytes - bytes0) / delivered;
        // Drain: no client sends again; wait until nothing is in flight.
        for (auto &client : m_clients)
            client->setWindow(0);
        waitUntil([&] {
            return std::all_of(m_clients.cbegin(), m_clients.cend(), [](const auto &c) { return c->inFlight() <= 0; });
        }, 30000);

        // Latency at a fixed rate.
        const double rate = latencyRate > 0 ? latencyRate : f.delivered * m_options.load / size;
        f.offered = rate;
        m_counters.latencies.clear();
        m_counters.latencies.reserve(size_t(rate * size * m_options.seconds * 1.2));
        QTimer pace;
        pace.setTimerType(Qt::PreciseTimer);
        qint64 sent = 0;
        int next = 0;
        t0 = nowNs();
        QObject::connect(&pace, &QTimer::timeout, [&] {
            const auto due = qint64(rate * double(nowNs() - t0) / 1e9);
            for (; sent < due; ++sent) {
                m_clients[next]->send();
                next = (next + 1) % clients;
            }
        });
        pace.start(1);
        waitUntil([] { return false; }, int(m_options.warmup * 1000));
        m_counters.keepLatencies = true;
        waitUntil([] { return false; }, int(m_options.seconds * 1000));
        m_counters.keepLatencies = false;
        pace.stop();
        auto &l = m_counters.latencies;
        if (!l.empty()) {
            std::sort(l.begin(), l.end());
            f.p50 = double(l[l.size() / 2]) / 1e6;
            f.p99 = double(l[std::min(l.size() - 1, size_t(double(l.size()) * 0.99))]) / 1e6;
        }
        if (m_counters.errors > 0)
            progress(u"%1 errors; the first: %2"_s.arg(m_counters.errors).arg(QString::fromUtf8(m_counters.firstError)));
        stopAll();
        return f;
    }

private:
    void startPinned(QProcess &process, const QString &program, const QStringList &arguments, const QString &secret)
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QMUC_SECRET"_s, secret);
        environment.insert(u"E2E_SECRET"_s, secret);
        process.setProcessEnvironment(environment);
        const bool pin = m_options.pin;
        process.setChildProcessModifier([pin] {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (pin) {
                cpu_set_t set;
                CPU_ZERO(&set);
                CPU_SET(1, &set);
                ::sched_setaffinity(0, sizeof set, &set);
            }
        });
        // E2E_WRAP runs the target under a tool, e.g. "valgrind --tool=massif" (same PID).
        auto command = QProcess::splitCommand(QString::fromLocal8Bit(qgetenv("E2E_WRAP")));
        if (command.isEmpty()) {
            process.start(program, arguments);
        } else {
            const auto tool = command.takeFirst();
            process.start(tool, command << program << arguments);
        }
        process.waitForStarted(5000);
    }

    // qmuc without the limits a public service needs: the benchmark is one user flooding.
    QString writeQmucConfig(const QString &dir)
    {
        const auto path = dir + u"/qmuc.conf"_s;
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write("[limits]\n"
                   "groupchat_rate=0\npresence_rate=0\nkick_after=0\n"
                   "join_rate_per_user=0\njoin_rate_per_domain=0\n"
                   "creation_rate_per_user=0\ncreation_rate_per_domain=0\n"
                   "max_rooms=100000000\nrooms_per_creator=100000000\n");
        return path;
    }

    bool connectClients(XmppServer &server, int clients)
    {
        m_counters = Counters{};
        m_clients.clear();
        for (int c = 0; c < clients; ++c) {
            m_clients.push_back(std::make_unique<Client>(c, m_counters));
            m_clients.back()->connectTo(server.c2sPort());
            if (c % 100 == 99) // not all at once: the listen backlog is finite
                waitUntil([&] { return readyCount() >= c - 50; }, 30000);
        }
        if (!waitUntil([&] { return readyCount() == clients || m_counters.errors > 0; }, 120000) || m_counters.errors > 0) {
            progress(u"clients did not log in (%1 of %2): %3"_s.arg(readyCount()).arg(clients).arg(QString::fromUtf8(m_counters.firstError)));
            return false;
        }
        return true;
    }
    int readyCount() const
    {
        return int(std::count_if(m_clients.cbegin(), m_clients.cend(), [](const auto &c) { return c->state() == Client::State::Ready; }));
    }

    // Occupants k in [from, to) of every room join it, at most `window` joins outstanding.
    bool joinAll(int rooms, int from, int to, const std::function<QByteArray(int)> &roomJid,
                 const std::function<int(int, int)> &clientOf)
    {
        qint64 expected = 0;
        const auto joinedSoFar = [&] {
            qint64 n = 0;
            for (const auto &c : m_clients)
                n += c->joined();
            return n;
        };
        const qint64 base = joinedSoFar();
        const int window = 2000;
        for (int k = from; k < to; ++k) {
            for (int r = 0; r < rooms; ++r) {
                m_clients[clientOf(r, k)]->join(roomJid(r));
                ++expected;
                if (expected % 500 == 0)
                    waitUntil([&] { return joinedSoFar() - base >= expected - window || m_counters.errors > 0; }, 60000);
            }
        }
        if (!waitUntil([&] { return joinedSoFar() - base >= expected || m_counters.errors > 0; }, 300000) || m_counters.errors > 0) {
            progress(u"joins did not complete (%1 of %2): %3"_s.arg(joinedSoFar() - base).arg(expected).arg(QString::fromUtf8(m_counters.firstError)));
            return false;
        }
        return true;
    }

    bool configureAll(int rooms, const std::function<QByteArray(int)> &roomJid, const std::function<int(int, int)> &clientOf,
                      const QByteArray &fields)
    {
        const auto configuredSoFar = [&] {
            qint64 n = 0;
            for (const auto &c : m_clients)
                n += c->configured();
            return n;
        };
        for (int r = 0; r < rooms; ++r) {
            m_clients[clientOf(r, 0)]->configure(roomJid(r), fields);
            if (r % 500 == 499)
                waitUntil([&] { return configuredSoFar() >= r - 1000 || m_counters.errors > 0; }, 60000);
        }
        if (!waitUntil([&] { return configuredSoFar() >= rooms || m_counters.errors > 0; }, 120000) || m_counters.errors > 0) {
            progress(u"rooms were not configured (%1 of %2): %3"_s.arg(configuredSoFar()).arg(rooms).arg(QString::fromUtf8(m_counters.firstError)));
            return false;
        }
        return true;
    }

    Options m_options;
    Counters m_counters;
    std::vector<std::unique_ptr<Client>> m_clients;
    int m_runs = 0;
};

} // namespace

namespace {

QString medianText(QList<double> values, int precision)
{
    std::sort(values.begin(), values.end());
    const auto median = values.size() % 2 ? values[values.size() / 2]
                                          : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
    if (values.size() == 1)
        return QString::number(median, 'f', precision);
    return u"%1 (%2–%3)"_s.arg(QString::number(median, 'f', precision), QString::number(values.first(), 'f', precision),
                              QString::number(values.last(), 'f', precision));
}

void printLine(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 5 && qstrcmp(argv[1], "--nothing-component") == 0) {
        const QByteArray marks = argc == 6 ? argv[5] : "";
        return runNothingComponent(QString::fromUtf8(argv[2]), quint16(QByteArray(argv[3]).toUInt()), QString::fromUtf8(argv[4]),
                                   marks == "--ids" ? Marks::BothIds : marks == "--oid" ? Marks::OccupantId : Marks::None);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Groupchat throughput, latency and memory of qmuc behind a real XMPP server, "
                                     u"next to the server's own MUC and a do-nothing component."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"server"_s, u"prosody or ejabberd (default prosody)."_s, u"name"_s, u"prosody"_s},
        {u"N"_s, u"Room sizes, comma-separated (default 10,100)."_s, u"sizes"_s, u"10,100"_s},
        {u"targets"_s, u"Of builtin,nothing,nothing+oid,nothing+ids,qmuc,qmuc+mam (default all but the last nothings)."_s, u"list"_s, u"builtin,nothing,qmuc,qmuc+mam"_s},
        {u"clients"_s, u"Client connections in throughput runs (default 100)."_s, u"count"_s, u"100"_s},
        {u"window"_s, u"Own messages each client keeps in flight (default 2)."_s, u"count"_s, u"2"_s},
        {u"seconds"_s, u"Seconds measured per phase (default 8)."_s, u"seconds"_s, u"8"_s},
        {u"warmup"_s, u"Seconds before measuring (default 2)."_s, u"seconds"_s, u"2"_s},
        {u"load"_s, u"Latency runs' rate, a fraction of the do-nothing component's saturation (default 0.2)."_s, u"fraction"_s, u"0.2"_s},
        {u"repeat"_s, u"Runs of everything; figures are medians (default 1)."_s, u"count"_s, u"1"_s},
        {u"rooms"_s, u"Joins and memory instead: this many rooms of N."_s, u"count"_s},
        {u"memory-clients"_s, u"Connections that share the occupants in --rooms runs (default 1000)."_s, u"count"_s, u"1000"_s},
        {u"no-pin"_s, u"Do not pin the server to CPU 0 and the rest to CPU 1."_s},
    });
    parser.process(app);

    Options options;
    options.server = parser.value(u"server"_s) == u"ejabberd" ? XmppServer::Kind::Ejabberd : XmppServer::Kind::Prosody;
    options.sizes.clear();
    for (const auto &n : parser.value(u"N"_s).split(u','))
        options.sizes << n.toInt();
    options.targets.clear();
    for (const auto &name : parser.value(u"targets"_s).split(u',')) {
        for (const auto target : allTargets) {
            if (targetName(target) == name)
                options.targets << target;
        }
    }
    // The do-nothing component runs first: its saturation sets the latency runs' rate.
    std::stable_sort(options.targets.begin(), options.targets.end(),
                     [](Target a, Target b) { return (a == Target::Nothing) > (b == Target::Nothing); });
    options.clients = parser.value(u"clients"_s).toInt();
    options.window = parser.value(u"window"_s).toInt();
    options.seconds = parser.value(u"seconds"_s).toDouble();
    options.warmup = parser.value(u"warmup"_s).toDouble();
    options.load = parser.value(u"load"_s).toDouble();
    options.repeat = std::max(1, parser.value(u"repeat"_s).toInt());
    options.rooms = parser.value(u"rooms"_s).toInt();
    options.memoryClients = parser.value(u"memory-clients"_s).toInt();
    options.pin = !parser.isSet(u"no-pin"_s);
    if (options.sizes.contains(0) || options.targets.isEmpty() || options.clients <= 0) {
        std::fprintf(stderr, "e2e: bad -N, --targets or --clients\n");
        return 2;
    }

    // Thousands of connections: as many files as we may open.
    rlimit files{};
    ::getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &files);
    if (options.pin) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(1, &set);
        ::sched_setaffinity(0, sizeof set, &set);
    }
    // Under /tmp: the servers run as their own users and must be able to enter it.
    QTemporaryDir work(QDir::tempPath() + u"/qmuc-e2e-XXXXXX"_s);
    QFile::setPermissions(work.path(), QFile::permissions(work.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    options.workDir = work.path();
    const auto serverName = options.server == XmppServer::Kind::Ejabberd ? u"ejabberd"_s : u"prosody"_s;

    Bench bench(options);
    QMap<std::pair<int, Target>, QList<Figures>> results;
    for (int round = 0; round < options.repeat; ++round) {
        for (const int size : options.sizes) {
            double latencyRate = 0;
            for (const auto target : options.targets) {
                progress(u"round %1: %2 N=%3 %4"_s.arg(round + 1).arg(serverName).arg(size).arg(targetName(target)));
                const auto f = bench.run(target, size, latencyRate);
                if (!f) {
                    progress(u"run failed"_s);
                    return 1;
                }
                if (target == Target::Nothing)
                    latencyRate = f->offered;
                results[{size, target}] << *f;
                if (options.rooms > 0) {
                    printLine(u"%1 rooms=%2 N=%3 %4 create_s=%5 join_s=%6 joins/s=%7 presences/join=%8 "
                              u"target_KiB/occupant=%9 server_KiB/occupant=%10"_s
                                  .arg(serverName).arg(options.rooms).arg(size).arg(targetName(target))
                                  .arg(f->createSeconds, 0, 'f', 1).arg(f->joinSeconds, 0, 'f', 1)
                                  .arg(double(options.rooms) * (size - 1) / f->joinSeconds, 0, 'f', 0)
                                  .arg(f->presencesPerJoin, 0, 'f', 1).arg(f->targetKiBPerOccupant, 0, 'f', 2)
                                  .arg(f->serverKiBPerOccupant, 0, 'f', 2));
                } else {
                    printLine(u"%1 N=%2 %3 delivered/s=%4 server_us/copy=%5 target_us/copy=%6 target_B/copy=%7 "
                              u"target_writes/s=%8 client_B/copy=%9 latency_rate=%10/s p50_ms=%11 p99_ms=%12 clients_us/copy=%13"_s
                                  .arg(serverName).arg(size).arg(targetName(target))
                                  .arg(f->delivered, 0, 'f', 0).arg(f->serverUs, 0, 'f', 1).arg(f->targetUs, 0, 'f', 2)
                                  .arg(f->targetBytes, 0, 'f', 0).arg(f->targetWrites, 0, 'f', 0)
                                  .arg(f->clientBytes, 0, 'f', 0).arg(f->offered, 0, 'f', 0).arg(f->p50, 0, 'f', 2).arg(f->p99, 0, 'f', 2)
                                  .arg(f->driverUs, 0, 'f', 1));
                }
            }
        }
    }

    // The table: medians (min–max) and the ratios the targets are set in.
    printLine({});
    printLine(u"%1, %2 round(s); median (min–max)"_s.arg(serverName).arg(options.repeat));
    for (const int size : options.sizes) {
        const auto values = [&](Target target, auto field) {
            QList<double> v;
            for (const auto &f : results.value({size, target}))
                v << f.*field;
            return v;
        };
        for (const auto target : options.targets) {
            if (options.rooms > 0) {
                printLine(u"N=%1 %2: join %3 s, %4 presences/join, %5 KiB/occupant (server %6)"_s
                              .arg(size).arg(targetName(target), -8).arg(medianText(values(target, &Figures::joinSeconds), 1))
                              .arg(medianText(values(target, &Figures::presencesPerJoin), 1))
                              .arg(medianText(values(target, &Figures::targetKiBPerOccupant), 2))
                              .arg(medianText(values(target, &Figures::serverKiBPerOccupant), 2)));
                continue;
            }
            printLine(u"N=%1 %2: %3 delivered/s, server %4 µs/copy, p50 %5 ms, p99 %6 ms"_s
                          .arg(size).arg(targetName(target), -8).arg(medianText(values(target, &Figures::delivered), 0))
                          .arg(medianText(values(target, &Figures::serverUs), 1))
                          .arg(medianText(values(target, &Figures::p50), 2)).arg(medianText(values(target, &Figures::p99), 2)));
        }
        if (options.rooms > 0)
            continue;
        const auto ratio = [&](Target a, Target b) {
            QList<double> r;
            const auto &as = results.value({size, a});
            const auto &bs = results.value({size, b});
            for (qsizetype i = 0; i < std::min(as.size(), bs.size()); ++i)
                r << as[i].delivered / bs[i].delivered;
            return r;
        };
        const auto has = [&](Target t) { return options.targets.contains(t); };
        const auto printRatio = [&](Target a, Target b, const QString &why) {
            if (has(a) && has(b))
                printLine(u"N=%1 %2 / %3: %4%5"_s.arg(size).arg(targetName(a), targetName(b), medianText(ratio(a, b), 2), why));
        };
        const auto printP99 = [&](Target a, Target b, const QString &why) {
            if (!has(a) || !has(b))
                return;
            QList<double> d;
            const auto &as = results.value({size, a});
            const auto &bs = results.value({size, b});
            for (qsizetype i = 0; i < std::min(as.size(), bs.size()); ++i)
                d << as[i].p99 - bs[i].p99;
            printLine(u"N=%1 p99 %2 − %3: %4 ms%5"_s.arg(size).arg(targetName(a), targetName(b), medianText(d, 2), why));
        };
        printRatio(Target::Qmuc, Target::Nothing, u" (target ≥ 0.85)"_s);
        printRatio(Target::QmucArchive, Target::Qmuc, u" (target ≥ 0.90)"_s);
        printRatio(Target::Qmuc, Target::NothingOid, u" (the same copies)"_s);
        printRatio(Target::QmucArchive, Target::NothingIds, u" (the same copies)"_s);
        printRatio(Target::NothingOid, Target::Nothing, u" (the server's price for the occupant id)"_s);
        printRatio(Target::NothingIds, Target::NothingOid, u" (the server's price for the stanza id)"_s);
        printRatio(Target::NothingIds, Target::Nothing, u" (the server's price for both ids)"_s);
        printRatio(Target::Qmuc, Target::Builtin, {});
        printP99(Target::Qmuc, Target::Nothing, u" (target ≤ 2)"_s);
        printP99(Target::Qmuc, Target::NothingOid, u" (the same copies)"_s);
        printP99(Target::QmucArchive, Target::NothingIds, u" (the same copies)"_s);
    }
    return 0;
}
