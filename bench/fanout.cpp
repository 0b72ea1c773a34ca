// fanout: how fast qmuc relays groupchat messages to the occupants of one room.
//
// It plays the XMPP server's side of XEP-0114 on a loopback port and starts the real qmuc binary
// against it, a fresh one per run. Each run joins N occupants into one room, then pushes M
// groupchat messages into it as fast as qmuc takes them (with a bounded number in flight) and
// counts the M×N messages qmuc sends back. One line of figures per run goes to stdout, progress
// to stderr:
//
//   scripts/dev.sh build && scripts/dev.sh exec build/bench/fanout [--quick] [--occupants 10,100,1000] ...
//
// With --logging the room keeps an archive (muc#roomconfig_enablelogging, set with the form that
// unlocks it), so each message is also queued for qmuc.sqlite in the run's data directory; after
// the run `qmuc --check-db` must find every message there. --data-dir puts those directories on
// the disk under test (the default is the system's temporary directory, often a tmpfs).
//
// "qmuc CPU" is the utime+stime of the qmuc process (from /proc/<pid>/stat) spent during the
// message phase; "driver CPU" is this program's own, to show whether the driver kept up.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray domain = "muc.bench"_ba;
const QByteArray room = "room@muc.bench"_ba;
// About 100 bytes, nothing that needs escaping.
const QByteArray body = "The quick brown fox jumps over the lazy dog while the room relays "
                        "every word of it to all occupants."_ba;

struct Options {
    QString qmuc = QStringLiteral(QMUC_BINARY);
    QStringList wrapper;        // e.g. valgrind --tool=callgrind
    QList<int> occupants = {10, 100, 1000};
    qint64 stanzas = 8'000'000; // stanzas out per run; messages = stanzas / occupants
    qint64 messages = 0;        // or this many messages per run
    qint64 window = 100'000;    // stanzas out that may be outstanding
    int stallSeconds = 30;      // how long qmuc may stay silent while we wait for it
    bool logging = false;       // the room archives every message
    QString dataDirParent;      // where each run's data directory is made; empty: the temporary directory
};

struct Result {
    int occupants = 0;
    qint64 messagesIn = 0;
    qint64 stanzasOut = 0;
    double wallSeconds = 0;
    double qmucCpuSeconds = 0;
    double driverCpuSeconds = 0;
};

// utime + stime of a process: fields 14 and 15 of /proc/<pid>/stat, in clock ticks.
std::optional<double> processCpuSeconds(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // Field 2, the command name, is in parentheses and may hold spaces: count from after it.
    const auto fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (auto &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

// Counts the stanzas in qmuc's output as it arrives, however the reads split it. Tags are told
// apart by their first bytes; one cut off at the end of a read waits for the next read.
class Tally
{
public:
    qint64 messages = 0;     // </message>
    qint64 presences = 0;    // </presence>
    qint64 iqs = 0;          // <iq ...
    qint64 problems = 0;     // <error>, <stream:error>, </stream:stream>
    QByteArray firstProblem; // what surrounded the first of them

    void feed(const QByteArray &bytes)
    {
        m_pending += bytes;
        const char *data = m_pending.constData();
        const qsizetype size = m_pending.size();
        qsizetype pos = 0;
        qsizetype keep = size;
        while (const void *hit = std::memchr(data + pos, '<', size_t(size - pos))) {
            const qsizetype at = static_cast<const char *>(hit) - data;
            if (classify(QByteArrayView(data + at, size - at), at) == NeedMore) {
                keep = at;
                break;
            }
            pos = at + 1;
        }
        m_pending.remove(0, keep);
    }

private:
    enum Outcome { Counted, Other, NeedMore };

    Outcome classify(QByteArrayView rest, qsizetype at)
    {
        const std::pair<QByteArrayView, qint64 *> tags[] = {
            {"</message>", &messages}, {"</presence>", &presences}, {"<iq ", &iqs},
            {"<error", &problems}, {"<stream:error", &problems}, {"</stream:stream>", &problems},
        };
        for (const auto &[tag, counter] : tags) {
            if (rest.startsWith(tag)) {
                if (counter == &problems && firstProblem.isEmpty())
                    firstProblem = m_pending.mid(qMax<qsizetype>(0, at - 400), 800);
                ++*counter;
                return Counted;
            }
        }
        for (const auto &[tag, counter] : tags) {
            if (rest.size() < tag.size() && tag.startsWith(rest))
                return NeedMore;
        }
        return Other;
    }

    QByteArray m_pending;
};

// One qmuc, one room of N occupants, M messages into it.
class Run
{
public:
    Run(const Options &options, int occupants, qint64 messages)
        : m_options(options)
        , m_occupants(occupants)
        , m_messages(messages)
        , m_windowMessages(qMax<qint64>(1, options.window / occupants))
        , m_dataDir((options.dataDirParent.isEmpty() ? QDir::tempPath() : options.dataDirParent)
                    + u"/fanout-XXXXXX"_s)
    {
        m_heartbeat.setInterval(200);
        QObject::connect(&m_heartbeat, &QTimer::timeout, &m_heartbeat, [this] { showProgress(); });
    }

    ~Run()
    {
        if (m_socket)
            m_socket->disconnect();
        m_server.disconnect();
        m_qmuc.disconnect();
        if (m_qmuc.state() != QProcess::NotRunning) {
            m_qmuc.kill();
            m_qmuc.waitForFinished(5000);
        }
    }

    // The figures, or nothing when qmuc misbehaved: error() says how.
    std::optional<Result> exec()
    {
        Result result;
        if (!start() || !join() || !talk(result) || !stop() || !checkArchive())
            return std::nullopt;
        return result;
    }

    QString error() const { return m_error; }

private:
    bool start()
    {
        if (!m_dataDir.isValid())
            return fail(u"cannot make a temporary data directory: %1"_s.arg(m_dataDir.errorString()));
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return fail(u"cannot listen on 127.0.0.1: %1"_s.arg(m_server.errorString()));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            if (m_socket)
                return;
            m_socket = m_server.nextPendingConnection();
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(m_socket, &QTcpSocket::readyRead, m_socket, [this] { onReadyRead(); });
            QObject::connect(m_socket, &QTcpSocket::disconnected, m_socket, [this] {
                if (!m_stopping)
                    fail(u"qmuc closed the connection"_s);
            });
            m_server.close();
        });

        m_secret = randomHex(16);
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QMUC_SECRET"_s, QString::fromLatin1(m_secret));
        m_qmuc.setProcessEnvironment(environment);
        m_qmuc.setProcessChannelMode(QProcess::ForwardedChannels);
        QObject::connect(&m_qmuc, &QProcess::finished, &m_qmuc, [this](int code, QProcess::ExitStatus status) {
            if (!m_stopping)
                fail(status == QProcess::CrashExit ? u"qmuc crashed"_s : u"qmuc exited with status %1"_s.arg(code));
        });
        QObject::connect(&m_qmuc, &QProcess::errorOccurred, &m_qmuc, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                fail(u"cannot start %1: %2"_s.arg(m_qmuc.program(), m_qmuc.errorString()));
        });
        // The bench measures relaying, not the limits: one process plays every user, from one
        // domain, as fast as qmuc takes them.
        const auto config = m_dataDir.filePath(u"bench.ini"_s);
        QFile ini(config);
        if (!ini.open(QIODevice::WriteOnly)
            || ini.write("[limits]\ngroupchat_rate=0\nkick_after=0\njoin_rate_per_user=0\njoin_rate_per_domain=0\n"
                         "occupants_per_room=100000000\n") < 0)
            return fail(u"cannot write %1"_s.arg(config));
        ini.close();
        QStringList arguments = m_options.wrapper;
        arguments << m_options.qmuc << u"--config"_s << config << u"--host"_s << u"127.0.0.1"_s
                  << u"--port"_s << QString::number(m_server.serverPort())
                  << u"--domain"_s << QString::fromLatin1(domain)
                  << u"--data-dir"_s << m_dataDir.path()
                  << u"--log-level"_s << u"warning"_s;
        m_qmuc.start(arguments.takeFirst(), arguments);

        return waitFor(u"qmuc to connect"_s, [this] { return m_socket != nullptr; })
            && waitFor(u"qmuc's handshake"_s, [this] { return m_handshaken; });
    }

    // XEP-0114 §3, the server's side: answer the stream header with an id, check the digest.
    void onHandshakeBytes(const QByteArray &bytes)
    {
        m_handshakeBuffer += bytes;
        if (m_streamId.isEmpty()) {
            const auto open = m_handshakeBuffer.indexOf("<stream:stream");
            const auto end = open < 0 ? -1 : m_handshakeBuffer.indexOf('>', open);
            if (end < 0)
                return;
            const auto header = m_handshakeBuffer.mid(open, end + 1 - open);
            if (!header.contains("jabber:component:accept") || !header.contains(domain)) {
                fail(u"unexpected stream header: %1"_s.arg(QString::fromUtf8(header)));
                return;
            }
            m_streamId = randomHex(8);
            send("<?xml version='1.0'?><stream:stream xmlns='jabber:component:accept' "
                 "xmlns:stream='http://etherx.jabber.org/streams' from='" + domain + "' id='" + m_streamId + "'>");
            m_handshakeBuffer.remove(0, end + 1);
        }
        const QByteArrayView open = "<handshake>", close = "</handshake>";
        const auto from = m_handshakeBuffer.indexOf(open);
        const auto to = m_handshakeBuffer.indexOf(close);
        if (from < 0 || to < from)
            return;
        const auto digest = m_handshakeBuffer.mid(from + open.size(), to - from - open.size());
        const auto expected = QCryptographicHash::hash(m_streamId + m_secret, QCryptographicHash::Sha1).toHex();
        if (digest != expected) {
            fail(u"wrong handshake digest %1 (expected %2)"_s.arg(QString::fromLatin1(digest), QString::fromLatin1(expected)));
            return;
        }
        send("<handshake/>"_ba);
        m_handshaken = true;
        m_tally.feed(m_handshakeBuffer.mid(to + close.size()));
        m_handshakeBuffer.clear();
    }

    void onReadyRead()
    {
        const QByteArray bytes = m_socket->readAll();
        m_sinceData.restart();
        if (!m_handshaken) {
            onHandshakeBytes(bytes);
            return;
        }
        m_tally.feed(bytes);
        if (m_tally.problems > 0 && !m_stopping) {
            fail(u"qmuc sent an error:\n%1"_s.arg(QString::fromUtf8(m_tally.firstProblem)));
            return;
        }
        if (m_talking)
            topUp();
    }

    static QByteArray joinOf(int i)
    {
        const auto user = "user"_ba + QByteArray::number(i);
        return "<presence from='" + user + "@bench/r' to='" + room + '/' + user
            + "'><x xmlns='http://jabber.org/protocol/muc'/></presence>";
    }

    bool join()
    {
        QElapsedTimer timer;
        timer.start();
        // The first join creates the room, locked until its owner takes the instant room (§10.1.2).
        send(joinOf(0));
        if (!waitFor(u"the room's creation"_s, [this] { return m_tally.presences >= 1 && m_tally.messages >= 1; }))
            return false;
        // Said either way: new rooms are logged unless the service says otherwise (rooms/logging).
        const QByteArray fields = "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                                  "<field var='muc#roomconfig_enablelogging'><value>"_ba
            + (m_options.logging ? "1" : "0") + "</value></field>";
        send("<iq from='user0@bench/r' to='" + room + "' type='set' id='unlock'>"
             "<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>" + fields
             + "</x></query></iq>");
        if (!waitFor(u"the room's unlocking"_s, [this] { return m_tally.iqs >= 1; }))
            return false;

        QByteArray joins;
        for (int i = 1; i < m_occupants; ++i)
            joins += joinOf(i);
        send(joins);
        // The k-th joiner is told of the k-1 already there and all k learn of it: N² presences,
        // and a subject message to each.
        const qint64 presences = qint64(m_occupants) * m_occupants;
        const bool joined = waitFor(u"%1 joins"_s.arg(m_occupants), [=, this] {
            return m_tally.presences >= presences && m_tally.messages >= m_occupants;
        }, [=, this] { return u"joining: %1 of %2 presences"_s.arg(m_tally.presences).arg(presences); });
        if (joined) {
            fprintf(stderr, "fanout: %d occupants joined in %.2f s (%lld presences out)\n", m_occupants,
                    double(timer.nsecsElapsed()) / 1e9, qint64(m_tally.presences));
        }
        return joined;
    }

    QByteArray messageOf(qint64 i) const
    {
        return "<message from='user" + QByteArray::number(i % m_occupants) + "@bench/r' to='" + room
            + "' type='groupchat' id='m" + QByteArray::number(i) + "'><body>" + body + "</body></message>";
    }

    qint64 delivered() const { return m_tally.messages - m_baseline; }

    // Writes more messages, keeping at most a window of them whose fan-out has not come back.
    void topUp()
    {
        const qint64 allowed = qMin(m_messages, delivered() / m_occupants + m_windowMessages);
        if (m_sent >= allowed)
            return;
        QByteArray batch;
        batch.reserve((allowed - m_sent) * (body.size() + 128));
        for (; m_sent < allowed; ++m_sent)
            batch += messageOf(m_sent);
        send(batch);
    }

    bool talk(Result &result)
    {
        const qint64 expected = m_messages * m_occupants;
        m_baseline = m_tally.messages;
        const auto cpuBefore = processCpuSeconds(m_qmuc.processId());
        const double driverBefore = ownCpuSeconds();
        QElapsedTimer wall;
        wall.start();
        m_talking = true;
        topUp();
        const bool done = waitFor(u"the fan-out of %1 messages"_s.arg(m_messages), [=, this] {
            return delivered() >= expected;
        }, [=, this] {
            return u"messages: %1 of %2 in, %3 of %4 stanzas out"_s.arg(m_sent).arg(m_messages).arg(delivered()).arg(expected);
        });
        m_talking = false;
        if (!done)
            return false;
        result.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
        const auto cpuAfter = processCpuSeconds(m_qmuc.processId());
        if (!cpuBefore || !cpuAfter)
            return fail(u"cannot read qmuc's CPU time from /proc"_s);
        result.occupants = m_occupants;
        result.messagesIn = m_sent;
        result.stanzasOut = delivered();
        result.qmucCpuSeconds = *cpuAfter - *cpuBefore;
        result.driverCpuSeconds = ownCpuSeconds() - driverBefore;
        return true;
    }

    bool stop()
    {
        m_stopping = true;
        m_qmuc.terminate();
        if (!m_qmuc.waitForFinished(60'000))
            return fail(u"qmuc did not stop within 60 s of SIGTERM"_s);
        if (m_qmuc.exitStatus() != QProcess::NormalExit || m_qmuc.exitCode() != 0)
            return fail(u"qmuc did not stop cleanly on SIGTERM (exit status %1)"_s.arg(m_qmuc.exitCode()));
        return true;
    }

    // With --logging, every message must be in the archive once qmuc has stopped (a clean stop
    // writes what is queued): what `qmuc --check-db` counts in the run's data directory.
    bool checkArchive()
    {
        if (!m_options.logging)
            return true;
        QProcess check;
        check.start(m_options.qmuc, {u"--check-db"_s, u"--data-dir"_s, m_dataDir.path()});
        if (!check.waitForFinished(600'000))
            return fail(u"qmuc --check-db did not finish"_s);
        const auto report = QString::fromUtf8(check.readAllStandardOutput());
        qint64 archived = -1;
        QString size;
        for (const auto &line : report.split(u'\n')) {
            if (line.startsWith(u"archived messages: "_s))
                archived = line.mid(19).section(u',', 0, 0).toLongLong();
            else if (line.startsWith(u"size: "_s))
                size = line.mid(6);
        }
        if (check.exitCode() != 0 || archived != m_sent) {
            return fail(u"the archive holds %1 of the %2 messages (qmuc --check-db said:\n%3%4)"_s.arg(archived)
                            .arg(m_sent)
                            .arg(report, QString::fromUtf8(check.readAllStandardError())));
        }
        fprintf(stderr, "fanout: the archive holds all %lld messages (%s)\n", qint64(archived), qUtf8Printable(size));
        return true;
    }

    void send(const QByteArray &xml)
    {
        m_socket->write(xml);
        // Now, not one buffered block per turn of the event loop (QAbstractSocket's pace).
        m_socket->flush();
    }

    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    // Runs the event loop until done(), an error, or qmuc staying silent for too long.
    bool waitFor(const QString &what, const std::function<bool()> &done,
                 const std::function<QString()> &progress = {})
    {
        m_progress = progress;
        m_sinceProgress.start();
        m_sinceData.start();
        m_heartbeat.start();
        while (m_error.isEmpty() && !done()) {
            if (m_sinceData.elapsed() > m_options.stallSeconds * 1000)
                fail(u"nothing from qmuc for %1 s while waiting for %2"_s.arg(m_options.stallSeconds).arg(what));
            else
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        m_heartbeat.stop();
        if (m_progress && m_shownProgress)
            fputs(isatty(STDERR_FILENO) ? "\r\033[K" : "", stderr);
        m_progress = {};
        m_shownProgress = false;
        return m_error.isEmpty();
    }

    void showProgress()
    {
        if (!m_progress || m_sinceProgress.elapsed() < 1000)
            return;
        m_sinceProgress.restart();
        m_shownProgress = true;
        const bool terminal = isatty(STDERR_FILENO);
        fprintf(stderr, terminal ? "\r\033[K  %s" : "  %s\n", qUtf8Printable(m_progress()));
        fflush(stderr);
    }

    const Options &m_options;
    const int m_occupants;
    const qint64 m_messages;
    const qint64 m_windowMessages;

    QString m_error;
    QTemporaryDir m_dataDir;
    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr; // a child of m_server
    QProcess m_qmuc;
    QTimer m_heartbeat;             // wakes waitFor() to check for stalls and show progress
    QElapsedTimer m_sinceData;
    QElapsedTimer m_sinceProgress;
    std::function<QString()> m_progress;
    bool m_shownProgress = false;

    QByteArray m_secret;
    QByteArray m_streamId;
    QByteArray m_handshakeBuffer;
    bool m_handshaken = false;
    bool m_stopping = false;
    Tally m_tally;

    bool m_talking = false;
    qint64 m_sent = 0;      // messages written
    qint64 m_baseline = 0;  // messages out before the message phase (the subjects)
};

void printResult(const Result &r)
{
    const double perSecond = double(r.stanzasOut) / r.wallSeconds;
    const double cpuPer1k = r.qmucCpuSeconds * 1000.0 / double(r.stanzasOut);
    printf("%9d %11lld %11lld %8.3f %13.0f %17.6f %12.2f\n", r.occupants, qint64(r.messagesIn),
           qint64(r.stanzasOut), r.wallSeconds, perSecond, cpuPer1k, r.driverCpuSeconds);
    fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fanout"_s);

    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures qmuc's groupchat fan-out: plays the XMPP server (XEP-0114) on "
                                     "loopback, joins N occupants into one room of a fresh qmuc, pushes M "
                                     "groupchat messages into it and counts the M*N stanzas qmuc sends out."_s);
    parser.addHelpOption();
    const QCommandLineOption occupantsOption({u"n"_s, u"occupants"_s},
        u"Comma-separated room sizes, one run each (default 10,100,1000)."_s, u"LIST"_s);
    const QCommandLineOption stanzasOption({u"s"_s, u"stanzas"_s},
        u"Stanzas out per run; messages = stanzas / occupants (default %1)."_s.arg(options.stanzas), u"COUNT"_s);
    const QCommandLineOption messagesOption({u"m"_s, u"messages"_s},
        u"Messages per run, whatever the room size (overrides --stanzas)."_s, u"COUNT"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"A quick look: 400000 stanzas out per run."_s);
    const QCommandLineOption windowOption(u"window"_s,
        u"Stanzas out that may be outstanding before writing pauses (default %1)."_s.arg(options.window), u"COUNT"_s);
    const QCommandLineOption stallOption(u"stall-timeout"_s,
        u"Seconds qmuc may stay silent before the run fails (default %1)."_s.arg(options.stallSeconds), u"SECONDS"_s);
    const QCommandLineOption qmucOption(u"qmuc"_s, u"The qmuc binary (default %1)."_s.arg(options.qmuc), u"PATH"_s);
    const QCommandLineOption loggingOption(u"logging"_s,
        u"Make the room logged (muc#roomconfig_enablelogging): every message is archived too."_s);
    const QCommandLineOption dataDirOption(u"data-dir"_s,
        u"Make each run's qmuc data directory in DIR (default: the temporary directory)."_s, u"DIR"_s);
    const QCommandLineOption wrapperOption(u"wrapper"_s,
        u"Run qmuc under this command, e.g. \"valgrind --tool=callgrind\" (words are split as by "
          "QProcess::splitCommand: only double quotes group)."_s, u"COMMAND"_s);
    parser.addOptions({occupantsOption, stanzasOption, messagesOption, quickOption, windowOption, stallOption,
                       qmucOption, loggingOption, dataDirOption, wrapperOption});
    parser.process(app);

    const auto die = [](const QString &message) {
        fprintf(stderr, "fanout: %s\n", qUtf8Printable(message));
        return 2;
    };
    const auto positive = [&](const QCommandLineOption &option, qint64 *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        return ok && *value > 0;
    };
    if (parser.isSet(occupantsOption)) {
        options.occupants.clear();
        for (const auto &item : parser.value(occupantsOption).split(u',')) {
            bool ok = false;
            const int n = item.trimmed().toInt(&ok);
            if (!ok || n < 1)
                return die(u"--occupants wants positive numbers, not '%1'"_s.arg(item));
            options.occupants << n;
        }
    }
    if (parser.isSet(quickOption))
        options.stanzas = 400'000;
    qint64 stall = options.stallSeconds;
    if (!positive(stanzasOption, &options.stanzas) || !positive(messagesOption, &options.messages)
        || !positive(windowOption, &options.window) || !positive(stallOption, &stall)) {
        return die(u"--stanzas, --messages, --window and --stall-timeout want positive numbers"_s);
    }
    options.stallSeconds = int(stall);
    if (parser.isSet(qmucOption))
        options.qmuc = parser.value(qmucOption);
    if (parser.isSet(wrapperOption))
        options.wrapper = QProcess::splitCommand(parser.value(wrapperOption));
    options.logging = parser.isSet(loggingOption);
    if (parser.isSet(dataDirOption)) {
        options.dataDirParent = QDir(parser.value(dataDirOption)).absolutePath();
        if (!QDir().mkpath(options.dataDirParent))
            return die(u"cannot create %1"_s.arg(options.dataDirParent));
    }

    printf("occupants messages_in stanzas_out   wall_s stanzas_out/s qmuc_cpu_s/1k_out driver_cpu_s\n");
    fflush(stdout);
    for (const int occupants : std::as_const(options.occupants)) {
        const qint64 messages = options.messages > 0 ? options.messages
                                                     : qMax<qint64>(1, (options.stanzas + occupants - 1) / occupants);
        fprintf(stderr, "fanout: %d occupants, %lld messages%s\n", occupants, qint64(messages),
                options.logging ? ", logged room" : "");
        Run run(options, occupants, messages);
        const auto result = run.exec();
        if (!result) {
            fprintf(stderr, "fanout: run with %d occupants failed: %s\n", occupants, qUtf8Printable(run.error()));
            return 1;
        }
        printResult(*result);
    }
    return 0;
}
