// qmuc-admin: the operator's window, running the service in-process or attached to a running qmuc.
#include "AttachedLink.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include "MucService.h"
#include "SettingsOptions.h"
#include "Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

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

    // The window's language follows the system locale. These translators are the window's and
    // Qt's only: what the service says to XMPP users follows their stanzas' xml:lang (the core
    // keeps its own catalogues for that, WireText.h).
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
    const QCommandLineOption attachOption(u"attach"_s,
        QApplication::translate("main", "Attach to a running qmuc through its admin socket SOCKET (default: %1) instead of running the service here.")
            .arg(qmuc::gui::MainWindow::defaultSocketPath()));
    parser.addOption(attachOption);
    parser.addPositionalArgument(u"SOCKET"_s, QApplication::translate("main", "With --attach: the admin socket of the running qmuc."), u"[SOCKET]"_s);
    qmuc::SettingsOptions settingsOptions;
    settingsOptions.addTo(parser);
    parser.process(app);

    if (parser.isSet(attachOption)) {
        // The window opens once the service has sent its state; until then, a refusal ends here.
        const auto socket = parser.positionalArguments().value(0, qmuc::gui::MainWindow::defaultSocketPath());
        auto *link = qmuc::gui::MainWindow::attach(socket);
        QObject::connect(link, &qmuc::ServiceLink::lost, &app, [link](const QString &reason) {
            if (link->parent())
                return; // its window says it
            fprintf(stderr, "qmuc-admin: %s\n", qUtf8Printable(reason));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot attach to qmuc"), reason);
            QApplication::exit(1);
        });
        return app.exec();
    }

    // The settings file: the one given with --config, else qmuc-admin's own, which its Settings
    // dialog writes.
    const auto configPath = parser.isSet(u"config"_s) ? parser.value(u"config"_s) : qmuc::gui::SettingsDialog::defaultConfigPath();
    // Started as qmuc starts, with one difference: what stops qmuc is shown here, in the settings
    // dialog, for the operator to put right; cancelling gives up with qmuc's exit status.
    std::unique_ptr<qmuc::MucService> service;
    for (;;) {
        service = std::make_unique<qmuc::MucService>();
        // The refusals of the window's admin actions are for the operator, in the window's language.
        service->setOperatorLanguage(QLocale().bcp47Name());
        qmuc::Startup startup(settingsOptions, parser, qmuc::gui::SettingsDialog::defaultConfigPath());
        // Opened before the window, which then shows the persistent rooms at once.
        if (startup.prepare(*service) == qmuc::Startup::Status::Ready)
            break;
        qmuc::gui::SettingsDialog dialog(configPath, startup.configuredSettings());
        dialog.setProblems(startup.problems());
        if (dialog.exec() != QDialog::Accepted)
            return int(startup.status());
    }

    qmuc::gui::MainWindow window(service.get());
    window.setConfigPath(configPath);
    window.show();
    QTimer::singleShot(0, service.get(), &qmuc::MucService::start);
    return app.exec();
}
