// Where the component secret comes from: the environment, systemd's credential, the secret file.
#include "Settings.h"

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

QTEST_GUILESS_MAIN(SettingsTest)
#include "tst_settings.moc"
