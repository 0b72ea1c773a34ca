// qmuc-admin: the operator's window, running the service in-process.
#include "MainWindow.h"

#include "MucService.h"
#include "Settings.h"
#include "SettingsOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
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

    qmuc::Settings settings;
    QStringList problems = settingsOptions.apply(parser, settings);
    problems << settings.validate();
    QString secretError;
    const auto secret = qmuc::readSecret(settings, &secretError);
    if (secret.isEmpty())
        problems << secretError;
    if (!problems.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "qmuc admin"),
                              QApplication::translate("main", "The configuration cannot be used:\n\n%1")
                                  .arg(problems.join(u'\n')));
        return 2;
    }

    qmuc::MucService service;
    service.configure(settings, secret);
    qmuc::gui::MainWindow window(&service);
    window.show();
    QTimer::singleShot(0, &service, &qmuc::MucService::start);
    return app.exec();
}
