#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The icons live in this static library: register them before use.
static void initResources()
{
    Q_INIT_RESOURCE(qmuc);
}

namespace qmuc::gui {

namespace {

QString stateColor(ComponentConnection::State state)
{
    switch (state) {
    case ComponentConnection::State::Connected: return u"#2e9e44"_s;
    case ComponentConnection::State::Connecting:
    case ComponentConnection::State::Authenticating: return u"#d99a00"_s;
    case ComponentConnection::State::WaitingToReconnect: return u"#e06c00"_s;
    case ComponentConnection::State::Failed: return u"#c62828"_s;
    case ComponentConnection::State::Disconnected: break;
    }
    return u"#8a8a8a"_s;
}

} // namespace

MainWindow::MainWindow(MucService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_stateLabel(new QLabel)
    , m_stateIcon(new QLabel)
    , m_errorLabel(new QLabel)
    , m_events(new QPlainTextEdit)
{
    initResources();
    setWindowTitle(tr("qmuc admin — %1").arg(service->domain()));
    setWindowIcon(QIcon(u":/icons/qmuc.svg"_s));

    auto *connectionBox = new QGroupBox(tr("Connection"));
    auto *form = new QFormLayout(connectionBox);
    const auto &settings = service->settings();
    form->addRow(tr("Server:"), new QLabel(u"%1:%2"_s.arg(settings.host).arg(settings.port)));
    form->addRow(tr("Component domain:"), new QLabel(settings.domain));
    auto *stateRow = new QHBoxLayout;
    m_stateIcon->setFixedSize(14, 14);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateLabel, 1);
    form->addRow(tr("State:"), stateRow);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setObjectName(u"errorText"_s);
    form->addRow(tr("Server says:"), m_errorLabel);
    m_stateLabel->setObjectName(u"connectionState"_s);

    auto *eventsBox = new QGroupBox(tr("Events"));
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    m_events->setReadOnly(true);
    m_events->setMaximumBlockCount(5000); // bounded in memory
    m_events->setObjectName(u"events"_s);
    eventsLayout->addWidget(m_events);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(connectionBox);
    layout->addWidget(eventsBox, 1);
    setCentralWidget(central);

    m_connectAction = new QAction(QIcon(u":/icons/connect.svg"_s), tr("&Connect"), this);
    m_connectAction->setShortcut(tr("Ctrl+R"));
    m_connectAction->setToolTip(tr("Connect to the server now"));
    connect(m_connectAction, &QAction::triggered, m_service, &MucService::start);
    m_disconnectAction = new QAction(QIcon(u":/icons/disconnect.svg"_s), tr("&Disconnect"), this);
    m_disconnectAction->setShortcut(tr("Ctrl+D"));
    connect(m_disconnectAction, &QAction::triggered, m_service, &MucService::stop);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto *aboutAction = new QAction(tr("&About qmuc"), this);
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About qmuc"),
                           tr("<h3>qmuc %1</h3><p>Multi-user chat (XEP-0045) for any XMPP server, "
                              "as an external component (XEP-0114).</p>").arg(QStringLiteral(QMUC_VERSION)));
    });

    auto *serviceMenu = menuBar()->addMenu(tr("&Service"));
    serviceMenu->addAction(m_connectAction);
    serviceMenu->addAction(m_disconnectAction);
    serviceMenu->addSeparator();
    serviceMenu->addAction(quitAction);
    menuBar()->addMenu(tr("&Help"))->addAction(aboutAction);
    auto *toolBar = addToolBar(tr("Connection"));
    toolBar->setObjectName(u"connectionToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_connectAction);
    toolBar->addAction(m_disconnectAction);

    connect(service, &MucService::connectionStateChanged, this, [this](auto state, const QString &errorText) {
        showState(state, errorText);
        appendEvent(errorText.isEmpty() ? ComponentConnection::stateName(state)
                                        : tr("%1: %2").arg(ComponentConnection::stateName(state), errorText));
    });
    showState(service->connectionState(), service->connectionErrorText());

    QSettings state;
    if (!restoreGeometry(state.value(u"window/geometry"_s).toByteArray()))
        resize(720, 480);
    restoreState(state.value(u"window/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings state;
    state.setValue(u"window/geometry"_s, saveGeometry());
    state.setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::showState(ComponentConnection::State state, const QString &errorText)
{
    const auto name = ComponentConnection::stateName(state);
    m_stateLabel->setText(name);
    m_stateIcon->setStyleSheet(u"background: %1; border-radius: 7px;"_s.arg(stateColor(state)));
    if (state == ComponentConnection::State::Connected)
        m_errorLabel->setText(tr("—"));
    else if (!errorText.isEmpty())
        m_errorLabel->setText(errorText);
    const bool active = state == ComponentConnection::State::Connected
        || state == ComponentConnection::State::Connecting
        || state == ComponentConnection::State::Authenticating;
    m_connectAction->setEnabled(!active);
    m_disconnectAction->setEnabled(state != ComponentConnection::State::Disconnected
                                   && state != ComponentConnection::State::Failed);
    statusBar()->showMessage(name);
}

void MainWindow::appendEvent(const QString &text)
{
    m_events->appendPlainText(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), text));
}

} // namespace qmuc::gui
