// qmuc: the headless multi-user chat service.
#include "LogOutput.h"
#include "SignalWatcher.h"

#include "AdminServer.h"
#include "EventText.h"
#include "Logging.h"
#include "MucService.h"
#include "Settings.h"
#include "SettingsOptions.h"
#include "Startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace qmuc;

namespace {

// Exit codes, documented in --help and README; Startup::Status has those of a failed start.
enum ExitCode {
    ExitOk = 0,
    ExitRuntimeError = int(Startup::Status::RuntimeError), // something failed while running
    ExitConfigError = int(Startup::Status::ConfigError),   // bad command line or configuration: nothing was started
    ExitRefused = 3,       // the server refused the component (secret, domain, conflict)
};

void printError(const QString &message)
{
    fprintf(stderr, "qmuc: %s\n", qUtf8Printable(message));
}

int printProblems(const Startup &startup)
{
    for (const auto &problem : startup.problems())
        printError(problem);
    return int(startup.status());
}

// One log line per room and occupant change, from the core's signals, in the words qmuc-admin's
// event list uses. qmuc installs no translator, so they stay English for grep.
void logEvents(MucService &service)
{
    const auto log = [](const QString &room, const QString &text) { qCInfo(lcMuc).noquote() << room + u": "_s + text; };
    QObject::connect(&service, &MucService::roomCreated, &service, [=](const RoomInfo &room) {
        log(room.jid, EventText::roomCreated(room));
    });
    QObject::connect(&service, &MucService::roomDestroyed, &service, [=](const QString &room) {
        log(room, EventText::roomDestroyed(room));
    });
    QObject::connect(&service, &MucService::roomConfigurationChanged, &service, [=](const RoomInfo &room) {
        log(room.jid, EventText::roomConfigurationChanged(room));
    });
    QObject::connect(&service, &MucService::occupantJoined, &service, [=](const QString &room, const OccupantInfo &o) {
        log(room, EventText::occupantJoined(o));
    });
    QObject::connect(&service, &MucService::occupantLeft, &service, [=](const QString &room, const OccupantInfo &o, LeaveReason reason) {
        log(room, EventText::occupantLeft(o, reason));
    });
    QObject::connect(&service, &MucService::occupantNickChanged, &service, [=](const QString &room, const QString &oldNick, const OccupantInfo &o) {
        log(room, EventText::occupantNickChanged(oldNick, o));
    });
    QObject::connect(&service, &MucService::occupantRoleChanged, &service, [=](const QString &room, const OccupantInfo &o) {
        log(room, EventText::occupantRoleChanged(o));
    });
    QObject::connect(&service, &MucService::affiliationChanged, &service, [=](const QString &room, const QString &jid, Affiliation affiliation) {
        log(room, EventText::affiliationChanged(jid, affiliation));
    });
    QObject::connect(&service, &MucService::subjectChanged, &service, [=](const QString &room, const QString &subject, const QString &nick) {
        log(room, EventText::subjectChanged(subject, nick));
    });
}

// What --check-db prints; true if the database is sound.
bool printStorageReport(const StorageReport &report)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("main", text); };
    printf("%s\n", qUtf8Printable(tr("database: %1").arg(report.path)));
    if (report.bytes > 0)
        printf("%s\n", qUtf8Printable(tr("size: %1 bytes").arg(report.bytes)));
    if (report.schemaVersion > 0) {
        auto version = tr("schema version: %1").arg(report.schemaVersion);
        if (report.schemaVersion < report.currentSchemaVersion)
            version += tr(" (qmuc upgrades it to %1 on start)").arg(report.currentSchemaVersion);
        printf("%s\n", qUtf8Printable(version));
        printf("%s\n", qUtf8Printable(tr("rooms: %1 persistent, %2 in all").arg(report.persistentRooms).arg(report.rooms)));
        printf("%s\n", qUtf8Printable(tr("affiliations: %1").arg(report.affiliations)));
        auto messages = tr("archived messages: %1").arg(report.messages);
        if (report.messages > 0) {
            messages += tr(", from %1 to %2").arg(report.oldest.toString(Qt::ISODate), report.newest.toString(Qt::ISODate));
        }
        printf("%s\n", qUtf8Printable(messages));
    }
    for (const auto &problem : report.problems)
        printError(problem);
    printf("%s\n", qUtf8Printable(report.ok ? tr("status: ok") : tr("status: PROBLEMS FOUND")));
    return report.ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"qmuc"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QMUC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Multi-user chat (XEP-0045) for any XMPP server, as an external component (XEP-0114).\n\n"
        "The component secret is read from the QMUC_SECRET environment variable or from the\n"
        "secret file, never from the command line.\n\n"
        "Rooms and the message archive are kept in qmuc.sqlite in the data directory, or in\n"
        "PostgreSQL (--storage postgres --postgres CONNINFO).\n\n"
        "Exit status: 0 after a clean stop (SIGINT, SIGTERM), 1 on a runtime error,\n"
        "2 on a bad command line or configuration, 3 when the server refuses the component\n"
        "(wrong secret, unknown domain, another component already connected)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption printConfigOption(u"print-config"_s,
        QCoreApplication::translate("main", "Print the effective configuration as a commented INI file and exit."));
    parser.addOption(printConfigOption);
    const QCommandLineOption checkDbOption(u"check-db"_s,
        QCoreApplication::translate("main", "Check the database in the data directory without changing it, report what it holds, and exit (status 1 if it has problems)."));
    parser.addOption(checkDbOption);
    SettingsOptions settingsOptions;
    settingsOptions.addTo(parser);
    if (!parser.parse(app.arguments())) {
        printError(parser.errorText() + u"\nTry 'qmuc --help'."_s);
        return ExitConfigError;
    }
    if (parser.isSet(u"help"_s)) {
        fputs(qUtf8Printable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        printf("qmuc %s\n", QMUC_VERSION);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"unexpected argument '%1'\nTry 'qmuc --help'."_s.arg(parser.positionalArguments().first()));
        return ExitConfigError;
    }

    Startup startup(settingsOptions, parser);
    if (parser.isSet(printConfigOption)) {
        fputs(qUtf8Printable(describeSettings(startup.settings())), stdout);
        return int(startup.status());
    }
    if (parser.isSet(checkDbOption)) {
        if (startup.status() != Startup::Status::Ready)
            return printProblems(startup);
        QString error;
        const auto target = MucService::storageTarget(startup.settings(), &error);
        if (!error.isEmpty()) {
            printError(error);
            return ExitConfigError;
        }
        return printStorageReport(MucService::checkDatabase(target)) ? ExitOk : ExitRuntimeError;
    }

    MucService service;
    if (startup.configure(service) != Startup::Status::Ready)
        return printProblems(startup);
    cli::installLogHandler();
    cli::setLogLevel(startup.settings().logLevel);
    cli::traceTraffic(&service); // once the level says whether traffic is logged
    if (startup.openStorage(service) != Startup::Status::Ready)
        return printProblems(startup);

    int exitCode = ExitOk;
    QObject::connect(&service, &MucService::connectionStateChanged, &app,
                     [&](ComponentConnection::State state, const QString &errorText) {
        qCInfo(lcComponent).noquote() << u"state: "_s + EventText::connectionState(state, errorText);
        if (state == ComponentConnection::State::Failed) {
            exitCode = ExitRefused;
            app.quit();
        }
    });
    logEvents(service);
    // The socket qmuc-admin windows attach to; a service that cannot offer it still serves.
    std::unique_ptr<AdminServer> adminServer;
    if (startup.settings().adminEnabled) {
        adminServer = std::make_unique<AdminServer>(&service, startup.settings().adminAllow);
        const auto &configured = startup.settings().adminSocket;
        QString error;
        if (!adminServer->listen(configured.isEmpty() ? AdminServer::defaultPath() : configured, &error)) {
            qCWarning(lcAdmin).noquote() << u"no admin endpoint: "_s + error;
            adminServer.reset();
        }
    }
    cli::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &cli::SignalWatcher::terminationRequested, &app, [&](int number) {
        qCInfo(lcComponent) << "signal" << number << "received; stopping";
        service.stop();
        // Let the closing </stream:stream> reach the server before the process goes.
        QTimer::singleShot(100, &app, &QCoreApplication::quit);
    });

    QTimer::singleShot(0, &service, &MucService::start);
    app.exec();
    return exitCode;
}
