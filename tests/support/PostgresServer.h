#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace qmuc::test {

// A private PostgreSQL cluster for the tests: initdb into the test's own directory (or /tmp when
// the postgres user may not enter it), as the postgres user when the tests run as root, listening
// on a free loopback port only (no Unix socket), stopped by the postmaster's PID.
// The superuser `postgres` logs in over TCP without a password; the role PasswordRole only with
// its password (scram-sha-256), for the tests of how qmuc passes one.
class PostgresServer
{
public:
    static constexpr auto PasswordRole = "qmuc_pw";

    explicit PostgresServer(const QString &dir);
    ~PostgresServer();
    Q_DISABLE_COPY_MOVE(PostgresServer)

    // initdb on the first start, then the server; waits until it accepts connections.
    bool start();
    // Fast shutdown (SIGINT to the postmaster: sessions are ended, what is committed stays), and
    // waits; SIGKILL if it takes too long.
    void stop();
    // Immediate shutdown (SIGQUIT): every session cut as by a crash; restart() recovers.
    void crash();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString logTail(int lines = 30) const;

    // A new, empty database (named after `hint` when given) and its connection string, for the
    // superuser; empty with error() set if it cannot be made.
    QString createDatabase(const QString &hint = {});
    // The connection string for `database` as `user` (without any password).
    QString connectionString(const QString &database, const QString &user = QStringLiteral("postgres")) const;
    // Runs statements in `database` as the superuser; false with *error set on the first failure.
    bool exec(const QString &database, const QStringList &statements, QString *error);

private:
    bool initialise();
    bool waitUntilReady(int timeoutMs);
    // The command run as the postgres user when we are root.
    QStringList asPostgres(const QStringList &command) const;

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_root;     // data and log below it
    QString m_binDir;   // /usr/lib/postgresql/NN/bin
    quint16 m_port = 0;
    bool m_initialised = false;
    int m_databases = 0;
    QString m_error;
    QProcess m_process;
};

// Whether this test process runs against PostgreSQL: QMUC_TEST_STORAGE=postgres, set by the
// CTest variants labelled `postgres` (tst_store_postgres, …).
bool testsPostgres();
// The cluster of this test process, started on first use under QMUC_TEST_DIR (or a temporary
// directory) and stopped when the process ends; nullptr, with a message on stderr, if it cannot
// start.
PostgresServer *sharedPostgres();

} // namespace qmuc::test
