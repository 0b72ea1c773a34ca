#include "EjabberdServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace qmuc::test {

namespace {

// The environment variable every process of one instance carries: "<test's PID>-<uuid>".
constexpr auto markerName = "QMUC_TEST_EJABBERD"_L1;

// Each process with our marker variable in its environment, and the variable's value.
QList<std::pair<qint64, QString>> markedProcesses()
{
    QList<std::pair<qint64, QString>> found;
    const QByteArray prefix = QByteArray(markerName.data(), markerName.size()) + '=';
    const auto entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const auto &entry : entries) {
        bool numeric = false;
        const auto pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile environ(u"/proc/%1/environ"_s.arg(pid));
        if (!environ.open(QIODevice::ReadOnly))
            continue; // gone, or not ours to read
        for (const auto &variable : environ.readAll().split('\0')) {
            if (variable.startsWith(prefix)) {
                found.append({pid, QString::fromLatin1(variable.mid(prefix.size()))});
                break;
            }
        }
    }
    return found;
}

QString processName(qint64 pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLatin1(comm.readAll().trimmed()) : QString();
}

// A test that crashed (or was killed on a timeout) leaves its ejabberd running: end the
// processes whose owning test is gone.
void endOrphans()
{
    for (const auto &[pid, marker] : markedProcesses()) {
        const auto owner = marker.section(u'-', 0, 0).toLongLong();
        if (owner > 0 && owner != QCoreApplication::applicationPid() && ::kill(pid_t(owner), 0) != 0 && errno == ESRCH)
            ::kill(pid_t(pid), SIGKILL);
    }
}

// Whether another user (ejabberd) may enter `path`: every directory on the way is open to others.
bool openToOthers(const QString &path)
{
    for (auto dir = QFileInfo(path).absoluteFilePath(); !dir.isEmpty() && dir != u"/"; dir = QFileInfo(dir).path()) {
        if (!(QFileInfo(dir).permissions() & QFileDevice::ExeOther))
            return false;
    }
    return true;
}

} // namespace

EjabberdServer::EjabberdServer(const QString &dir)
    : XmppServer(dir)
    , m_marker(u"%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(QUuid::createUuid().toString(QUuid::Id128)))
    // Node names must be unique among the nodes this one might meet; it meets none, but logs
    // and crash dumps say which test it was.
    , m_node(u"qmuc-test-%1@localhost"_s.arg(m_marker.right(12)))
{
    endOrphans();
    if (openToOthers(m_dir)) {
        m_runtimeDir = m_dir + u"/ejabberd"_s;
    } else {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/qmuc-ejabberd-XXXXXX"_s);
        m_runtimeDir = m_tempDir->path();
    }
    for (const auto *sub : {"spool", "logs", "home", "contrib"})
        QDir().mkpath(m_runtimeDir + u'/' + QLatin1StringView(sub));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_runtimeDir + u"/ejabberd.out"_s, QIODevice::Append);
}

EjabberdServer::~EjabberdServer()
{
    stop();
}

bool EjabberdServer::writeFile(const char *templatePath, const QString &target)
{
    QFile templateFile(QString::fromUtf8(templatePath));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1"_s.arg(templateFile.fileName());
        return false;
    }
    auto text = QString::fromUtf8(templateFile.readAll());
    text.replace(u"@DIR@"_s, m_runtimeDir)
        .replace(u"@LOG_LEVEL@"_s, m_benchmark ? u"warning"_s : u"info"_s)
        .replace(u"@C2S_PORT@"_s, QString::number(m_c2sPort))
        .replace(u"@COMPONENT_PORT@"_s, QString::number(m_componentPort))
        .replace(u"@DIST_PORT@"_s, QString::number(m_distPort))
        .replace(u"@NODE@"_s, m_node)
        .replace(u"@HOST@"_s, host())
        .replace(u"@DOMAIN@"_s, domain())
        .replace(u"@SECRET@"_s, m_secret)
        .replace(u"@EXTRA@"_s, m_extraConfig)
        .replace(u"@BENCH_COMPONENTS@"_s, m_benchmark ? u"      \"%1\":\n        password: \"%2\""_s.arg(echoDomain(), m_secret) : QString())
        .replace(u"@BENCH_MODULES@"_s, m_benchmark ? u"  mod_muc:\n    host: \"%1\"\n    access_create: all\n"
                                                     u"    max_user_conferences: 100000\n    max_users: 100000\n"_s.arg(builtinMucDomain()) : QString());
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = u"cannot write %1"_s.arg(target);
        return false;
    }
    out.write(text.toUtf8());
    return true;
}

bool EjabberdServer::start()
{
    choosePorts();
    while (m_distPort == 0 || m_distPort == m_c2sPort || m_distPort == m_componentPort)
        m_distPort = freeLoopbackPort();
    const auto config = m_runtimeDir + u"/ejabberd.yml"_s;
    const auto ctlConfig = m_runtimeDir + u"/ejabberdctl.cfg"_s;
    if (!writeFile(QMUC_EJABBERD_TEMPLATE, config) || !writeFile(QMUC_EJABBERDCTL_TEMPLATE, ctlConfig))
        return false;
    QStringList command{u"ejabberdctl"_s,
                        u"--config"_s, config,
                        u"--ctl-config"_s, ctlConfig,
                        u"--logs"_s, m_runtimeDir + u"/logs"_s,
                        u"--spool"_s, m_runtimeDir + u"/spool"_s,
                        u"foreground"_s};
    // The Erlang VM refuses root, and ejabberdctl runs only as root or as the ejabberd user the
    // package made: drop to it directly (ejabberdctl would use su, which takes our PID away).
    if (::geteuid() == 0) {
        QProcess::execute(u"chown"_s, {u"-R"_s, u"ejabberd:ejabberd"_s, m_runtimeDir});
        command = QStringList{u"setpriv"_s, u"--reuid=ejabberd"_s, u"--regid=ejabberd"_s, u"--init-groups"_s,
                              u"--pdeathsig=KILL"_s} + command;
    }
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_runtimeDir + u"/home"_s); // the Erlang cookie goes there
    environment.insert(QString(markerName), m_marker);
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(m_runtimeDir);
    command = pinned(command);
    m_process.start(command.takeFirst(), command);
    if (!m_process.waitForStarted(5000)) {
        m_error = u"cannot start ejabberdctl: %1"_s.arg(m_process.errorString());
        return false;
    }
    // Some 4 s on an idle machine, most of it loading the configuration and Mnesia.
    return waitForPorts([this] { return !m_process.waitForFinished(50); }, 60000);
}

QList<qint64> EjabberdServer::ownProcesses() const
{
    QList<qint64> pids;
    for (const auto &[pid, marker] : markedProcesses()) {
        if (marker == m_marker)
            pids << pid;
    }
    return pids;
}

void EjabberdServer::stop()
{
    const auto gone = [this] {
        return m_process.state() == QProcess::NotRunning && ownProcesses().isEmpty();
    };
    if (gone())
        return;
    // The VM stops ejabberd cleanly on SIGTERM. Not its helpers (erl_child_setup, inet_gethost)
    // nor the ejabberdctl shell: they go when it does, and the VM must not lose them first.
    bool signalled = false;
    for (const auto pid : ownProcesses()) {
        const auto name = processName(pid);
        if (name.startsWith(u"beam") || name == u"epmd") {
            ::kill(pid_t(pid), SIGTERM);
            signalled = true;
        }
    }
    if (!signalled)
        m_process.terminate(); // not yet past the shell
    const auto waitUntilGone = [&](int ms) {
        const QDeadlineTimer deadline(ms);
        while (!gone() && !deadline.hasExpired()) {
            if (!m_process.waitForFinished(50))
                QThread::msleep(50);
        }
        return gone();
    };
    if (waitUntilGone(15000))
        return;
    for (const auto pid : ownProcesses())
        ::kill(pid_t(pid), SIGKILL);
    m_process.kill();
    waitUntilGone(5000);
}

qint64 EjabberdServer::workerPid() const
{
    for (const auto pid : ownProcesses()) {
        if (processName(pid).startsWith(u"beam"))
            return pid;
    }
    return 0;
}

void EjabberdServer::crash()
{
    for (const auto pid : ownProcesses())
        ::kill(pid_t(pid), SIGKILL);
    stop(); // waits until they are gone
}

QString EjabberdServer::logTail(int lines) const
{
    // Startup errors go to its own output, the rest to its logs.
    const auto tail = fileTail(m_runtimeDir + u"/ejabberd.out"_s, lines)
        + fileTail(m_runtimeDir + u"/logs/error.log"_s, lines);
    return tail.isEmpty() ? u"(no ejabberd output)"_s : tail;
}

} // namespace qmuc::test
