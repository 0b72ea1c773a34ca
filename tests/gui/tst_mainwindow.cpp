// qmuc-admin's window on the offscreen platform, driving a real core against a real Prosody.
#include "MainWindow.h"
#include "ProsodyServer.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using qmuc::test::ProsodyServer;

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsConnectedStateLive();
    void showsServerRefusalInItsWords();
    void disconnectActionStopsTheService();

private:
    qmuc::Settings settingsFor() const;
    static QString text(const QWidget &window, const char *name)
    {
        auto *label = window.findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : u"(no label %1)"_s.arg(QLatin1StringView(name));
    }

    std::unique_ptr<ProsodyServer> m_prosody;
    QString m_dir;
};

void MainWindowTest::initTestCase()
{
    m_dir = qEnvironmentVariable("QMUC_TEST_DIR", QDir::tempPath() + u"/qmuc-gui-test"_s);
    m_prosody = std::make_unique<ProsodyServer>(m_dir + u"/prosody"_s);
    QVERIFY2(m_prosody->start(), qPrintable(m_prosody->error()));
}

qmuc::Settings MainWindowTest::settingsFor() const
{
    qmuc::Settings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_prosody->componentPort();
    settings.domain = m_prosody->domain();
    return settings;
}

void MainWindowTest::showsConnectedStateLive()
{
    qmuc::MucService service;
    service.configure(settingsFor(), m_prosody->secret());
    qmuc::gui::MainWindow window(&service);
    window.show();
    QCOMPARE(text(window, "connectionState"), u"Disconnected"_s);
    service.start();
    QTRY_COMPARE(text(window, "connectionState"), u"Connected"_s);
    const auto *events = window.findChild<QPlainTextEdit *>(u"events"_s);
    QVERIFY(events->toPlainText().contains(u"Connecting"_s));
    QVERIFY(events->toPlainText().contains(u"Connected"_s));

    // For people to look at: the window with a live connection.
    const auto path = m_dir + u"/qmuc-admin.png"_s;
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void MainWindowTest::showsServerRefusalInItsWords()
{
    qmuc::MucService service;
    service.configure(settingsFor(), u"wrong"_s);
    qmuc::gui::MainWindow window(&service);
    window.show();
    service.start();
    QTRY_COMPARE(text(window, "connectionState"), u"Failed"_s);
    QVERIFY2(text(window, "errorText").contains(u"wrong secret"_s), qPrintable(text(window, "errorText")));
    // Prosody's own explanation is shown too.
    QVERIFY2(text(window, "errorText").contains(u"Server says:"_s), qPrintable(text(window, "errorText")));
}

void MainWindowTest::disconnectActionStopsTheService()
{
    qmuc::MucService service;
    service.configure(settingsFor(), m_prosody->secret());
    qmuc::gui::MainWindow window(&service);
    window.show();
    service.start();
    QTRY_COMPARE(text(window, "connectionState"), u"Connected"_s);
    QAction *disconnect = nullptr;
    for (auto *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Disconnect")
            disconnect = action;
    }
    QVERIFY(disconnect);
    QVERIFY(disconnect->isEnabled());
    disconnect->trigger();
    QTRY_COMPARE(text(window, "connectionState"), u"Disconnected"_s);
    QCOMPARE(service.connectionState(), qmuc::ComponentConnection::State::Disconnected);
    QVERIFY(!disconnect->isEnabled());
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
