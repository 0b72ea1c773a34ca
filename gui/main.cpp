// qmuc-admin: the operator's window, running the service in-process.
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "MucService.h"
#include "Settings.h"
#include "SettingsOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"qmuc-admin"_s);
    QApplication::setOrganizationName(u"qmuc"_s);
    QApplication::setApplicationDisplayName(u"qmuc admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(QMUC_VERSION));
    QApplication::setDesktopFileName(u"org.qmuc.Admin"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/qmuc.svg"_s));

    // The language follows the system locale.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"qmuc"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The qmuc service with its admin window."));
    parser.addHelpOption();
    parser.addVersionOption();
    qmuc::SettingsOptions settingsOptions;
    settingsOptions.addTo(parser);
    parser.process(app);

    // The settings file: the one given with --config, else qmuc-admin's own, which its Settings
    // dialog writes.
    const bool configGiven = parser.isSet(u"config"_s);
    const auto configPath = configGiven ? parser.value(u"config"_s) : qmuc::gui::SettingsDialog::defaultConfigPath();
    const auto readConfiguration = [&](qmuc::Settings &settings, QString &secret) {
        settings = {};
        QStringList problems;
        if (!configGiven && QFileInfo::exists(configPath))
            problems << qmuc::loadSettings(configPath, settings);
        problems << settingsOptions.apply(parser, settings);
        problems << settings.validate();
        QString secretError;
        secret = qmuc::readSecret(settings, &secretError);
        if (secret.isEmpty())
            problems << secretError;
        return problems;
    };
    qmuc::Settings settings;
    QString secret;
    for (auto problems = readConfiguration(settings, secret); !problems.isEmpty();
         problems = readConfiguration(settings, secret)) {
        // Say what is wrong and let the operator put it right here; cancelling gives up.
        qmuc::gui::SettingsDialog dialog(configPath, settings);
        dialog.setProblems(problems);
        if (dialog.exec() != QDialog::Accepted)
            return 2;
    }

    // Rooms and the archive live where qmuc keeps them, unless the settings name a place.
    if (settings.dataDir.isEmpty())
        settings.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/qmuc"_s;

    qmuc::MucService service;
    service.configure(settings, secret);
    // Opened before the window, which then shows the persistent rooms at once. When the database
    // cannot be used the service still runs, in memory, and the window says so.
    QString storageError;
    if (!QDir().mkpath(settings.dataDir))
        storageError = QApplication::translate("main", "cannot create the data directory %1").arg(settings.dataDir);
    else
        service.openStorage(&storageError);
    qmuc::gui::MainWindow window(&service);
    window.setConfigPath(configPath);
    if (!storageError.isEmpty())
        window.showStorageError(storageError); // start() logs it
    window.show();
    QTimer::singleShot(0, &service, &qmuc::MucService::start);
    return app.exec();
}
