#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace qmuc::test {

// A private XMPP server for the tests: loopback only, on free ports chosen at the first start and
// kept for restarts, `conference.localhost` declared as a component with a fresh secret, and any
// user name of `localhost` logging in with any password over PLAIN without TLS. Prosody and
// ejabberd implement it; the same test code runs against each (see server()).
class XmppServer
{
public:
    enum class Kind { Prosody, Ejabberd };

    virtual ~XmppServer() = default;

    virtual Kind kind() const = 0;
    // "prosody" or "ejabberd", for messages and directory names.
    virtual QString name() const = 0;
    // Starts the server and waits until both ports accept connections.
    virtual bool start() = 0;
    // Stops it and waits until every process it started is gone.
    virtual void stop() = 0;
    // Ends it with SIGKILL, as a crash or a power cut would: it tells no one, and waits.
    virtual void crash() = 0;
    virtual bool isRunning() const = 0;
    // The last lines of its logs, for failure messages.
    virtual QString logTail(int lines = 30) const = 0;

    QString host() const { return QStringLiteral("localhost"); }
    QString domain() const { return QStringLiteral("conference.localhost"); }
    QString secret() const { return m_secret; }
    quint16 c2sPort() const { return m_c2sPort; }
    quint16 componentPort() const { return m_componentPort; }
    // The test's own directory for what it keeps (qmuc's data, for one).
    QString dir() const { return m_dir; }
    QString error() const { return m_error; }

    // For the benchmarks (bench/e2e), before start(): warnings only in the logs, the server's own
    // MUC at builtinMucDomain(), a second component domain (echoDomain(), same secret) and, when
    // cpu >= 0, every process of the server on that CPU.
    void setBenchmark(int cpu) { m_benchmark = true; m_cpu = cpu; }
    QString builtinMucDomain() const { return QStringLiteral("muc.localhost"); }
    QString echoDomain() const { return QStringLiteral("echo.localhost"); }
    // The process that does the server's work (for its CPU time and memory); 0 when not running.
    virtual qint64 workerPid() const = 0;

protected:
    // dir: a directory of the test's own (created, emptied).
    explicit XmppServer(const QString &dir);
    // Picks the ports on the first call.
    void choosePorts();
    // "--- path:" and the last `lines` lines of a file; empty if it cannot be read.
    static QString fileTail(const QString &path, int lines);
    // Waits until both ports accept connections while `alive` says the server still runs.
    bool waitForPorts(const std::function<bool()> &alive, int timeoutMs);
    // The command with the CPU pinning of setBenchmark() in front.
    QStringList pinned(const QStringList &command) const;

    QString m_dir;
    QString m_secret;
    quint16 m_c2sPort = 0;
    quint16 m_componentPort = 0;
    QString m_error;
    bool m_benchmark = false;
    int m_cpu = -1;
};

// The kind of server this test process runs against: QMUC_TEST_SERVER=prosody (the default) or
// ejabberd, set per CTest test (tst_rooms_prosody, tst_rooms_ejabberd, …).
XmppServer::Kind testServerKind();
// A server of that kind, its files under `dir` (not started).
std::unique_ptr<XmppServer> makeServer(const QString &dir);
std::unique_ptr<XmppServer> makeServer(XmppServer::Kind kind, const QString &dir);

// A port on 127.0.0.1 that nothing listens on right now.
quint16 freeLoopbackPort();

} // namespace qmuc::test
