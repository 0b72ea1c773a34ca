// How qmuc and qmuc-admin come up (Startup): where the data lives, which settings file counts, and
// that a service never starts on a database it cannot use.
#include "MucService.h"
#include "SettingsOptions.h"
#include "Startup.h"

#include <QCommandLineParser>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc;

class StartupTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void bothBinariesKeepTheirDataInTheSameDirectory();
    void dataDirectoryFromTheSettingsWins();
    void unusableDatabaseStopsTheStart();
    void dataDirectoryThatCannotBeMadeIsAConfigurationError();
    void everyConfigurationProblemIsReportedAtOnce();
    void ownSettingsFileCountsOnlyWithoutConfigOption();

private:
    // Parses `arguments` as qmuc would and reads the settings from them.
    Startup startupWith(const QStringList &arguments, const QString &defaultConfigFile = {});

    QTemporaryDir m_dir;
    std::unique_ptr<QCommandLineParser> m_parser;
    std::unique_ptr<SettingsOptions> m_options;
};

void StartupTest::init()
{
    QVERIFY(m_dir.isValid());
    // QStandardPaths' GenericDataLocation follows XDG_DATA_HOME.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"share"_s)));
    qputenv(SecretEnvironmentVariable, "a secret");
}

void StartupTest::cleanup()
{
    qunsetenv("XDG_DATA_HOME");
    qunsetenv(SecretEnvironmentVariable);
    QCoreApplication::setApplicationName(u"tst_startup"_s);
    QCoreApplication::setOrganizationName({});
}

Startup StartupTest::startupWith(const QStringList &arguments, const QString &defaultConfigFile)
{
    m_parser = std::make_unique<QCommandLineParser>();
    m_options = std::make_unique<SettingsOptions>();
    m_options->addTo(*m_parser);
    if (!m_parser->parse(QStringList{u"qmuc"_s} + arguments))
        qWarning("%s", qPrintable(m_parser->errorText()));
    return Startup(*m_options, *m_parser, defaultConfigFile);
}

void StartupTest::bothBinariesKeepTheirDataInTheSameDirectory()
{
    // README: ~/.local/share/qmuc for both, though their application (and, for qmuc-admin,
    // organisation) names differ.
    const auto expected = m_dir.filePath(u"share/qmuc"_s);
    QCoreApplication::setApplicationName(u"qmuc"_s);
    QCOMPARE(startupWith({u"--domain"_s, u"conference.localhost"_s}).settings().dataDir, expected);
    QCoreApplication::setApplicationName(u"qmuc-admin"_s);
    QCoreApplication::setOrganizationName(u"qmuc"_s);
    const auto admin = startupWith({u"--domain"_s, u"conference.localhost"_s});
    QCOMPARE(admin.settings().dataDir, expected);
    // A settings editor still sees that none was configured.
    QVERIFY(admin.configuredSettings().dataDir.isEmpty());

    MucService service;
    auto startup = startupWith({u"--domain"_s, u"conference.localhost"_s});
    QCOMPARE(startup.prepare(service), Startup::Status::Ready);
    QCOMPARE(service.storagePath(), expected + u"/qmuc.sqlite"_s);
}

void StartupTest::dataDirectoryFromTheSettingsWins()
{
    const auto dataDir = m_dir.filePath(u"elsewhere/data"_s);
    MucService service;
    auto startup = startupWith({u"--domain"_s, u"conference.localhost"_s, u"--data-dir"_s, dataDir});
    QCOMPARE(startup.prepare(service), Startup::Status::Ready);
    QVERIFY2(startup.problems().isEmpty(), qPrintable(startup.problems().join(u'\n')));
    QCOMPARE(service.storagePath(), dataDir + u"/qmuc.sqlite"_s);
}

void StartupTest::unusableDatabaseStopsTheStart()
{
    // qmuc.sqlite is there but is no database: neither binary runs on it, nor in memory instead.
    const auto dataDir = m_dir.filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(dataDir));
    QFile file(dataDir + u"/qmuc.sqlite"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    MucService service;
    auto startup = startupWith({u"--domain"_s, u"conference.localhost"_s, u"--data-dir"_s, dataDir});
    QCOMPARE(startup.prepare(service), Startup::Status::RuntimeError);
    QCOMPARE(int(startup.status()), 1); // README: exit status 1
    QCOMPARE(startup.problems().size(), 1);
    QVERIFY2(startup.problems().first().contains(file.fileName()), qPrintable(startup.problems().first()));
    QVERIFY(service.storagePath().isEmpty()); // none open, not even in memory
}

void StartupTest::dataDirectoryThatCannotBeMadeIsAConfigurationError()
{
    QFile blocker(m_dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MucService service;
    auto startup = startupWith({u"--domain"_s, u"conference.localhost"_s, u"--data-dir"_s, blocker.fileName() + u"/data"_s});
    QCOMPARE(startup.prepare(service), Startup::Status::ConfigError);
    QCOMPARE(int(startup.status()), 2); // README: exit status 2, nothing was started
    QCOMPARE(startup.problems(), QStringList{u"cannot create the data directory %1/data"_s.arg(blocker.fileName())});
    QVERIFY(service.storagePath().isEmpty()); // none open, not even in memory
}

void StartupTest::everyConfigurationProblemIsReportedAtOnce()
{
    qunsetenv(SecretEnvironmentVariable);
    MucService service;
    auto startup = startupWith({u"--port"_s, u"seventy"_s});
    QCOMPARE(startup.status(), Startup::Status::ConfigError);
    QCOMPARE(startup.prepare(service), Startup::Status::ConfigError);
    const auto problems = startup.problems().join(u'\n');
    QVERIFY2(problems.contains(u"--port"_s), qPrintable(problems));

    auto second = startupWith({});
    QCOMPARE(second.prepare(service), Startup::Status::ConfigError);
    const auto both = second.problems().join(u'\n');
    QVERIFY2(both.contains(u"no component domain"_s) && both.contains(u"no component secret"_s), qPrintable(both));
    QVERIFY(service.domain().isEmpty()); // nothing was handed to the service
}

void StartupTest::ownSettingsFileCountsOnlyWithoutConfigOption()
{
    const auto write = [this](const QString &name, const QString &domain) {
        const auto path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("[component]\ndomain=" + domain.toUtf8() + '\n');
        return path;
    };
    const auto own = write(u"own.ini"_s, u"own.localhost"_s);
    const auto given = write(u"given.ini"_s, u"given.localhost"_s);
    QCOMPARE(startupWith({}, own).settings().domain, u"own.localhost"_s);
    QCOMPARE(startupWith({u"--config"_s, given}, own).settings().domain, u"given.localhost"_s);
    // The command line overrides either file.
    QCOMPARE(startupWith({u"--domain"_s, u"cli.localhost"_s}, own).settings().domain, u"cli.localhost"_s);
    // qmuc has no file of its own.
    QCOMPARE(startupWith({}).settings().domain, QString());
}

QTEST_GUILESS_MAIN(StartupTest)
#include "tst_startup.moc"
