// Where the component secret comes from: the environment, systemd's credential, the secret file;
// and where PostgreSQL's password may and may not come from.
#include "Settings.h"
#include "SettingsOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class SettingsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secretComesFromTheSecretFile();
    void systemdCredentialOverridesTheSecretFile();
    void environmentOverridesTheCredential();
    void emptyCredentialDirectoryFallsBackToTheSecretFile();
    void postgresPasswordIsRefusedOnTheCommandLine();
    void postgresPasswordFromTheFileIsUsedButNotPrinted();
    void postgresPasswordComesFromItsFile();

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QTemporaryDir m_dir;
    qmuc::Settings m_settings;
};

void SettingsTest::init()
{
    qunsetenv(qmuc::SecretEnvironmentVariable);
    qunsetenv("CREDENTIALS_DIRECTORY");
    QDir(m_dir.path()).mkpath(u"credentials"_s);
    write(m_dir.filePath(u"secret-file"_s), "from the file\n");
    m_settings.secretFile = m_dir.filePath(u"secret-file"_s);
}

void SettingsTest::cleanup()
{
    QFile::remove(m_dir.filePath(u"credentials/secret"_s));
    qunsetenv(qmuc::SecretEnvironmentVariable);
    qunsetenv("CREDENTIALS_DIRECTORY");
}

void SettingsTest::secretComesFromTheSecretFile()
{
    QString error;
    QCOMPARE(qmuc::readSecret(m_settings, &error), u"from the file"_s);
}

// qmuc.service: LoadCredential=secret:/etc/qmuc/secret, which the dynamic user may not read.
void SettingsTest::systemdCredentialOverridesTheSecretFile()
{
    write(m_dir.filePath(u"credentials/secret"_s), "from systemd\n");
    qputenv("CREDENTIALS_DIRECTORY", m_dir.filePath(u"credentials"_s).toUtf8());
    QString error;
    QCOMPARE(qmuc::readSecret(m_settings, &error), u"from systemd"_s);
    m_settings.secretFile.clear();
    QCOMPARE(qmuc::readSecret(m_settings, &error), u"from systemd"_s);
}

void SettingsTest::environmentOverridesTheCredential()
{
    write(m_dir.filePath(u"credentials/secret"_s), "from systemd\n");
    qputenv("CREDENTIALS_DIRECTORY", m_dir.filePath(u"credentials"_s).toUtf8());
    qputenv(qmuc::SecretEnvironmentVariable, "from the environment");
    QString error;
    QCOMPARE(qmuc::readSecret(m_settings, &error), u"from the environment"_s);
}

// Other credentials, but no secret among them.
void SettingsTest::emptyCredentialDirectoryFallsBackToTheSecretFile()
{
    qputenv("CREDENTIALS_DIRECTORY", m_dir.filePath(u"credentials"_s).toUtf8());
    QString error;
    QCOMPARE(qmuc::readSecret(m_settings, &error), u"from the file"_s);
}

// Every user of the machine can read a process's command line: a PostgreSQL password there is
// refused, and named where it may go instead.
void SettingsTest::postgresPasswordIsRefusedOnTheCommandLine()
{
    for (const auto &conninfo : {u"host=db dbname=qmuc password=hunter2"_s, u"host=db password = 'hunter 2'"_s}) {
        QCommandLineParser parser;
        qmuc::SettingsOptions options;
        options.addTo(parser);
        QVERIFY(parser.parse({u"qmuc"_s, u"--storage"_s, u"postgres"_s, u"--postgres"_s, conninfo}));
        qmuc::Settings settings;
        const auto problems = options.apply(parser, settings);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"--postgres-password-file"_s), qPrintable(problems.first()));
        QVERIFY2(!problems.first().contains(u"hunter"_s), qPrintable(problems.first()));
        QVERIFY(settings.postgres.isEmpty());
        QCOMPARE(settings.storageDriver, u"postgres"_s);
    }
}

// From the configuration file it is taken, but --print-config does not print it.
void SettingsTest::postgresPasswordFromTheFileIsUsedButNotPrinted()
{
    write(m_dir.filePath(u"qmuc.ini"_s), "[storage]\ndriver=postgres\npostgres=host=db user=qmuc password='hunter 2' dbname=qmuc\n");
    qmuc::Settings settings;
    QCOMPARE(qmuc::loadSettings(m_dir.filePath(u"qmuc.ini"_s), settings), QStringList());
    QCOMPARE(settings.postgres, u"host=db user=qmuc password='hunter 2' dbname=qmuc"_s);
    const auto printed = qmuc::describeSettings(settings);
    QVERIFY2(printed.contains(u"postgres=host=db user=qmuc dbname=qmuc\n"_s), qPrintable(printed));
    QVERIFY(!printed.contains(u"hunter"_s));
}

void SettingsTest::postgresPasswordComesFromItsFile()
{
    write(m_dir.filePath(u"pg-password"_s), " spaced out \n");
    m_settings.postgresPasswordFile = m_dir.filePath(u"pg-password"_s);
    QString error;
    QCOMPARE(qmuc::readPostgresPassword(m_settings, &error), u" spaced out "_s);
    QVERIFY(error.isEmpty());
    m_settings.postgresPasswordFile = m_dir.filePath(u"missing"_s);
    QVERIFY(qmuc::readPostgresPassword(m_settings, &error).isEmpty());
    QVERIFY2(error.contains(u"missing"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(SettingsTest)
#include "tst_settings.moc"
