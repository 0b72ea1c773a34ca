#pragma once

#include "Settings.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace qmuc {

class MucService;
class SettingsOptions;

// How qmuc and qmuc-admin come up, the same way for both: the settings from the configuration
// file and the command line, checked; the component secret; the data directory, created; the
// database opened (a service never starts on a database it cannot use: it would forget its rooms
// without anyone noticing). What goes wrong comes back as a list for the operator, with the exit
// status it means (README, "Exit status"): qmuc prints them and exits, qmuc-admin shows them in
// its settings dialog.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(qmuc::Startup)
public:
    enum class Status {
        Ready = 0,
        RuntimeError = 1, // the database cannot be used
        ConfigError = 2,  // bad command line or configuration: nothing was started
    };

    // Reads the settings: `defaultConfigFile`, if it exists and no --config is given (qmuc-admin's
    // own file), then --config and the options in `parser`. Nothing is created yet.
    Startup(const SettingsOptions &options, const QCommandLineParser &parser, const QString &defaultConfigFile = {});

    // The settings in effect, with the data directory settled: as configured, or the default.
    // What --print-config prints and --check-db looks at.
    const Settings &settings() const { return m_settings; }
    // As the file and the options say, with no default filled in (for a settings editor).
    const Settings &configuredSettings() const { return m_configured; }
    // Every problem found so far, in words for the operator, and what they mean.
    const QStringList &problems() const { return m_problems; }
    Status status() const { return m_status; }

    // Checks the settings, reads the secret and creates the data directory; when all is well,
    // hands settings and secret to `service`. ConfigError otherwise.
    Status configure(MucService &service);
    // Then opens the database and brings back the persistent rooms. RuntimeError when it cannot.
    Status openStorage(MucService &service);
    // Both, for a caller with nothing to do in between.
    Status prepare(MucService &service);

    // Where rooms and archive live unless storage/data_dir says otherwise: ~/.local/share/qmuc
    // (QStandardPaths' GenericDataLocation, which follows XDG_DATA_HOME), for both binaries.
    static QString defaultDataDir();

private:
    Status fail(Status status, const QStringList &problems);

    Settings m_configured;
    Settings m_settings;
    QStringList m_problems;
    Status m_status = Status::Ready;
    const MucService *m_configuredService = nullptr;
};

} // namespace qmuc
