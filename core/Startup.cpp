#include "Startup.h"

#include "MucService.h"
#include "SettingsOptions.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace qmuc {

Startup::Startup(const SettingsOptions &options, const QCommandLineParser &parser, const QString &defaultConfigFile)
{
    QStringList problems;
    if (!defaultConfigFile.isEmpty() && !parser.isSet(u"config"_s) && QFileInfo::exists(defaultConfigFile))
        problems << loadSettings(defaultConfigFile, m_configured);
    problems << options.apply(parser, m_configured);
    m_settings = m_configured;
    if (m_settings.dataDir.isEmpty())
        m_settings.dataDir = defaultDataDir();
    // An empty data directory would mean a database in memory: rooms lost on every restart.
    if (m_settings.dataDir.isEmpty())
        problems << tr("there is no home directory for the data; set storage/data_dir or --data-dir");
    if (!problems.isEmpty())
        fail(Status::ConfigError, problems);
}

QString Startup::defaultDataDir()
{
    // Not AppDataLocation: that adds the organisation and application names, which differ
    // between qmuc and qmuc-admin, and both must find the same rooms.
    const auto base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base.isEmpty() ? QString() : base + u"/qmuc"_s;
}

Startup::Status Startup::configure(MucService &service)
{
    if (m_status != Status::Ready)
        return m_status;
    QStringList problems = m_settings.validate();
    QString secretError;
    const auto secret = readSecret(m_settings, &secretError);
    if (secret.isEmpty())
        problems << secretError;
    // Its password file, read now so that a missing one is a configuration error.
    if (QString passwordError; m_settings.storageDriver == u"postgres") {
        readPostgresPassword(m_settings, &passwordError);
        if (!passwordError.isEmpty())
            problems << passwordError;
    }
    if (!QDir().mkpath(m_settings.dataDir))
        problems << tr("cannot create the data directory %1").arg(m_settings.dataDir);
    if (!problems.isEmpty())
        return fail(Status::ConfigError, problems);
    service.configure(m_settings, secret);
    m_configuredService = &service;
    return m_status;
}

Startup::Status Startup::openStorage(MucService &service)
{
    if (m_status != Status::Ready)
        return m_status;
    // Unconfigured, the service would open a database in memory.
    Q_ASSERT(m_configuredService == &service);
    QString error;
    if (!service.openStorage(&error))
        return fail(Status::RuntimeError, {error});
    return m_status;
}

Startup::Status Startup::prepare(MucService &service)
{
    configure(service);
    return openStorage(service);
}

Startup::Status Startup::fail(Status status, const QStringList &problems)
{
    m_problems << problems;
    m_status = status;
    return status;
}

} // namespace qmuc
