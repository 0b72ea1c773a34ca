#pragma once

#include "Settings.h"

#include <QCommandLineParser>

namespace qmuc {

// The command-line face of the settings, shared by qmuc and qmuc-admin: --config FILE plus one
// option per setting that has one (--host, --port, --domain, --secret-file, --data-dir, ...).
class SettingsOptions
{
public:
    void addTo(QCommandLineParser &parser);
    // Fills `settings` from the config file named by --config (if any), then from the options
    // given. Returns the problems found, for the operator.
    QStringList apply(const QCommandLineParser &parser, Settings &settings) const;

private:
    QCommandLineOption m_config{QStringLiteral("config")};
    QList<std::pair<QCommandLineOption, const SettingSpec *>> m_options;
};

} // namespace qmuc
