#include "SettingsOptions.h"

#include "storage/StorageTarget.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace qmuc {

void SettingsOptions::addTo(QCommandLineParser &parser)
{
    m_config = QCommandLineOption(u"config"_s,
        QCoreApplication::translate("qmuc::Settings", "Read settings from the INI file FILE (options given here override it)."),
        u"FILE"_s);
    parser.addOption(m_config);
    for (const auto &spec : settingSpecs()) {
        if (spec.option.isEmpty())
            continue;
        m_options.append({QCommandLineOption(spec.option, QCoreApplication::translate("qmuc::Settings", spec.doc),
                                             spec.valueName),
                          &spec});
        parser.addOption(m_options.last().first);
    }
}

QStringList SettingsOptions::apply(const QCommandLineParser &parser, Settings &settings) const
{
    QStringList problems;
    if (parser.isSet(m_config))
        problems << loadSettings(parser.value(m_config), settings);
    for (const auto &[option, spec] : m_options) {
        if (!parser.isSet(option))
            continue;
        if (spec->mayNamePassword && StorageTarget::namesPassword(parser.value(option))) {
            // Not even stored: the process list shows it to every user already, say so.
            problems << QCoreApplication::translate("qmuc::Settings",
                            "--%1: a password on the command line is visible to every user of the machine; put it in the "
                            "configuration file, a password file (--postgres-password-file), PGPASSFILE or a libpq service file")
                            .arg(spec->option);
            continue;
        }
        const auto error = spec->set(settings, spec->repeatable ? parser.values(option).join(u',') : parser.value(option));
        if (!error.isEmpty())
            problems << u"--%1: %2"_s.arg(spec->option, error);
    }
    return problems;
}

} // namespace qmuc
