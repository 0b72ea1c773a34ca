#include "PostgresServer.h"

#include "XmppServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace qmuc::test {

namespace {

// Whether another user (postgres) may enter `path`: every directory on the way is open to others.
bool openToOthers(const QString &path)
{
    for (auto dir = QFileInfo(path).absoluteFilePath(); !dir.isEmpty() && dir != u"/"; dir = QFileInfo(dir).path()) {
        if (!(QFileInfo(dir).permissions() & QFileDevice::ExeOther))
            return false;
    }
    return true;
}

// The newest PostgreSQL Debian installed: /usr/lib/postgresql/<major>/bin.
QString postgresBinDir()
{
    auto versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString() : u"/usr/lib/postgresql/%1/bin"_s.arg(versions.last());
}

// One connection of our own for a few statements.
bool run(const QString &connectionString, const QStringList &statements, QString *error)
{
    const auto name = u"qmuc-test-pg-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setConnectOptions(connectionString + u" connect_timeout=5"_s);
        ok = db.open();
        if (!ok && error)
            *error = db.lastError().text();
        {
            QSqlQuery q(db);
            for (const auto &sql : statements) {
                if (!ok)
                    break;
                ok = q.exec(sql);
                if (!ok && error)
                    *error = sql + u": "_s + q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

PostgresServer::PostgresServer(const QString &dir)
    : m_binDir(postgresBinDir())
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    if (openToOthers(dir) || ::geteuid() != 0) {
        m_root = dir + u"/postgres"_s;
    } else {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/qmuc-postgres-XXXXXX"_s);
        m_root = m_tempDir->path();
    }
    QDir().mkpath(m_root);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_root + u"/postgres.log"_s, QIODevice::Append);
    // Not root (no setpriv): a test that crashes takes its cluster with it all the same.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

PostgresServer::~PostgresServer()
{
    stop();
}

QStringList PostgresServer::asPostgres(const QStringList &command) const
{
    if (::geteuid() != 0)
        return command;
    // PostgreSQL refuses root. --pdeathsig: a test that crashes takes its cluster with it.
    return QStringList{u"setpriv"_s, u"--reuid=postgres"_s, u"--regid=postgres"_s, u"--init-groups"_s,
                       u"--pdeathsig=KILL"_s} + command;
}

bool PostgresServer::initialise()
{
    if (m_binDir.isEmpty()) {
        m_error = u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin; Debian: postgresql)"_s;
        return false;
    }
    if (::geteuid() == 0)
        QProcess::execute(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_root});
    auto command = asPostgres({m_binDir + u"/initdb"_s, u"-D"_s, m_root + u"/data"_s, u"-U"_s, u"postgres"_s,
                               u"--auth=trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s,
                               u"--no-instructions"_s});
    QProcess initdb;
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.setWorkingDirectory(m_root);
    initdb.start(command.takeFirst(), command);
    if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0) {
        m_error = u"initdb failed: %1"_s.arg(QString::fromLocal8Bit(initdb.readAll()));
        return false;
    }
    // The superuser without a password on loopback; the password role only with its password.
    QFile hba(m_root + u"/data/pg_hba.conf"_s);
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = u"cannot write %1"_s.arg(hba.fileName());
        return false;
    }
    hba.write(QByteArrayLiteral("local all all trust\n"
                                "host all qmuc_pw 127.0.0.1/32 scram-sha-256\n"
                                "host all all 127.0.0.1/32 trust\n"));
    hba.close();
    if (::geteuid() == 0)
        QProcess::execute(u"chown"_s, {u"postgres:postgres"_s, hba.fileName()});
    m_initialised = true;
    return true;
}

bool PostgresServer::start()
{
    if (isRunning())
        return true;
    if (!m_initialised && !initialise())
        return false;
    // A port chosen free may be taken by the time the server binds it (ctest -j): another one.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freeLoopbackPort();
        auto command = asPostgres({m_binDir + u"/postgres"_s, u"-D"_s, m_root + u"/data"_s, u"-p"_s, QString::number(m_port),
                                   // Loopback TCP only: a socket path in a deep build tree would pass
                                   // the 107 bytes a Unix socket's name may have.
                                   u"-k"_s, QString(), u"-c"_s, u"listen_addresses=127.0.0.1"_s,
                                   // A test cluster: no syncs to disk (a crash of the server, not of the
                                   // machine, loses nothing committed all the same), little memory.
                                   u"-c"_s, u"fsync=off"_s,
                                   u"-c"_s, u"full_page_writes=off"_s, u"-c"_s, u"shared_buffers=16MB"_s,
                                   u"-c"_s, u"max_connections=40"_s, u"-c"_s, u"log_min_messages=warning"_s});
        m_process.start(command.takeFirst(), command);
        if (!m_process.waitForStarted(5000)) {
            m_error = u"cannot start postgres: %1"_s.arg(m_process.errorString());
            return false;
        }
        if (waitUntilReady(60000))
            return true;
        stop();
        if (!logTail(5).contains(u"Address already in use"_s))
            return false;
    }
    return false;
}

bool PostgresServer::waitUntilReady(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString why;
    while (!deadline.hasExpired()) {
        if (m_process.waitForFinished(100)) {
            m_error = u"postgres exited before it took connections:\n%1"_s.arg(logTail());
            return false;
        }
        if (run(connectionString(u"postgres"_s), {u"SELECT 1"_s}, &why))
            return true;
    }
    m_error = u"postgres did not take connections within %1 s (%2):\n%3"_s.arg(timeoutMs / 1000).arg(why, logTail());
    return false;
}

void PostgresServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGINT); // setpriv has become the postmaster
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void PostgresServer::crash()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGQUIT);
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString PostgresServer::logTail(int lines) const
{
    QFile file(m_root + u"/postgres.log"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"(no postgres output)"_s;
    const auto all = QString::fromUtf8(file.readAll()).split(u'\n');
    return all.mid(qMax(0, all.size() - lines)).join(u'\n');
}

QString PostgresServer::connectionString(const QString &database, const QString &user) const
{
    return u"host=127.0.0.1 port=%1 user=%2 dbname=%3"_s.arg(m_port).arg(user, database);
}

QString PostgresServer::createDatabase(const QString &hint)
{
    auto name = u"qmuc_%1"_s.arg(++m_databases);
    if (!hint.isEmpty())
        name += u'_' + QString(hint).toLower().replace(QRegularExpression(u"[^a-z0-9]+"_s), u"_"_s).left(40);
    if (!exec(u"postgres"_s, {u"CREATE DATABASE %1"_s.arg(name)}, &m_error))
        return {};
    return connectionString(name);
}

bool PostgresServer::exec(const QString &database, const QStringList &statements, QString *error)
{
    return run(connectionString(database), statements, error);
}

bool testsPostgres()
{
    return qEnvironmentVariable("QMUC_TEST_STORAGE") == u"postgres";
}

PostgresServer *sharedPostgres()
{
    static std::unique_ptr<PostgresServer> server;
    static bool tried = false;
    if (!tried) {
        tried = true;
        auto dir = qEnvironmentVariable("QMUC_TEST_DIR");
        if (dir.isEmpty())
            dir = QDir::tempPath() + u"/qmuc-test-%1"_s.arg(QCoreApplication::applicationPid());
        server = std::make_unique<PostgresServer>(dir + u"/shared-postgres"_s);
        if (!server->start()) {
            fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(server->error()));
            server.reset();
        } else {
            // Stopped by PID before Qt SQL's driver is unloaded.
            qAddPostRoutine([] { server.reset(); });
        }
    }
    return server.get();
}

} // namespace qmuc::test
