#include "StorageStatus.h"

#include "ConnectionPanel.h"
#include "storage/StorageTarget.h"

#include <QCursor>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

StorageStatus::StorageStatus(ServiceLink *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_path(new QLabel)
    , m_openFolder(new QToolButton)
    , m_problemIcon(new QLabel)
    , m_problem(new QLabel)
{
    m_path->setObjectName(u"databasePath"_s);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->installEventFilter(this);

    m_openFolder->setObjectName(u"openDataFolder"_s);
    m_openFolder->setIcon(QIcon(u":/icons/folder.svg"_s));
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setToolTip(tr("Show the folder that holds the database in the file manager"));
    m_openFolder->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openFolder->setAutoRaise(true);
    connect(m_openFolder, &QToolButton::clicked, this, &StorageStatus::openFolder);
    // As tall with the button as without it.
    m_path->setMinimumHeight(m_openFolder->sizeHint().height());

    m_problem->setObjectName(u"storageProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemIcon->setAlignment(Qt::AlignTop);
    paintIcon();

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(m_openFolder);
    pathRow->addStretch(1);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon);
    problemRow->addWidget(m_problem, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pathRow);
    layout->addLayout(problemRow);

    connect(service, &ServiceLink::storageWriteFailed, this, [this](const QString &error) {
        m_writeError = error;
        showProblem();
    });
    connect(service, &ServiceLink::storageWriteRecovered, this, [this] {
        m_writeError.clear();
        showProblem();
    });
    // start() opens the database if nobody did, before it connects.
    connect(service, &ServiceLink::connectionStateChanged, this, &StorageStatus::refresh);
    refresh();
}

StorageStatus::~StorageStatus()
{
    // The count reads the file on a thread of its own; let it finish before the window goes.
    if (m_counter)
        m_counter->waitForFinished();
}

QString StorageStatus::filePath() const
{
    const auto path = m_service->databasePath();
    return path == u":memory:" ? QString() : path;
}

bool StorageStatus::isServer() const
{
    return StorageTarget::namesServer(m_service->databasePath());
}

bool StorageStatus::inUse() const
{
    const auto path = filePath();
    return !path.isEmpty() && m_service->storagePath() == path;
}

void StorageStatus::showOpenError(const QString &error)
{
    m_openError = error;
    refresh();
}

void StorageStatus::refresh()
{
    const auto path = filePath();
    m_path->setText(path.isEmpty() ? tr("In memory only — nothing is saved")
                                   : isServer() ? path : QDir::toNativeSeparators(path));
    // A database server's data is no folder of ours to open.
    m_openFolder->setVisible(!path.isEmpty() && !isServer());
    m_openFolder->setEnabled(!path.isEmpty() && QFileInfo(path).absoluteDir().exists());
    if (!m_report && inUse())
        count();
    showProblem();
    updateToolTip();
}

void StorageStatus::showProblem()
{
    const bool readOnly = m_service->isStorageReadOnly();
    QString text;
    bool readOnlyNote = false;
    QColor color = ConnectionPanel::stateColor(ComponentConnection::State::Failed);
    if (!m_openError.isEmpty()) {
        text = tr("The database cannot be used (%1). Rooms and messages are kept in memory only and are lost "
                  "when qmuc admin quits.")
                   .arg(m_openError);
    } else if (!m_writeError.isEmpty()) {
        text = readOnly
            ? tr("%1. Changes are kept in memory only and are lost when the service stops.").arg(m_writeError)
            : tr("%1. The changes wait in memory and qmuc keeps trying to write them.").arg(m_writeError);
    } else if (readOnly) {
        text = isServer() ? tr("Read-only: changes to rooms and new messages are not saved to this database.")
                          : tr("Read-only: changes to rooms and new messages are not saved to this file.");
        readOnlyNote = true;
        color = ConnectionPanel::stateColor(ComponentConnection::State::WaitingToReconnect);
    }
    auto palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, color);
    m_problem->setPalette(palette);
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_problemIcon->setVisible(!text.isEmpty() && !readOnlyNote);
}

void StorageStatus::updateToolTip()
{
    const auto path = filePath();
    if (path.isEmpty()) {
        m_path->setToolTip(tr("No data directory is set: rooms and the message archive are kept in memory and are "
                              "lost when the service stops."));
        return;
    }
    const bool open = inUse();
    QStringList lines{isServer() ? path : QDir::toNativeSeparators(path)};
    // When it could not be opened, the line in red says so.
    if (m_openError.isEmpty() && isServer()) {
        lines << (open ? tr("Rooms and the message archive are kept in this PostgreSQL database, which other qmuc "
                            "instances may share.")
                       : tr("Rooms and the message archive are kept in this PostgreSQL database once the service "
                            "starts."));
    } else if (m_openError.isEmpty()) {
        lines << (open ? tr("Rooms and the message archive are kept in this file.")
                       : tr("Rooms and the message archive are kept in this file once the service starts."));
    }
    if (m_report) {
        const QLocale locale;
        lines << tr("Persistent rooms: %1 · Archived messages: %2 · Size: %3")
                     .arg(locale.toString(m_report->persistentRooms), locale.toString(m_report->messages),
                          locale.formattedDataSize(m_report->bytes));
        if (!m_report->ok)
            lines << tr("The check found problems: %1").arg(m_report->problems.join(u"; "_s));
    } else if (m_counter) {
        lines << tr("Counting what it holds…");
    }
    if (open && m_service->isStorageReadOnly())
        lines << tr("Read-only: changes are not saved.");
    m_path->setToolTip(lines.join(u'\n'));
}

void StorageStatus::count()
{
    if (m_counter || !inUse())
        return;
    m_counter = new QFutureWatcher<StorageReport>(this);
    connect(m_counter, &QFutureWatcherBase::finished, this, [this] {
        m_report = m_counter->result();
        m_counter->deleteLater();
        m_counter = nullptr;
        updateToolTip();
        // The tooltip is open on the path: show the counts at once.
        if (QToolTip::isVisible() && m_path->underMouse())
            QToolTip::showText(QCursor::pos(), m_path->toolTip(), m_path);
    });
    m_counter->setFuture(m_service->checkStorage());
}

bool StorageStatus::event(QEvent *event)
{
    // Another font or screen means another size for the icon.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::DevicePixelRatioChange)
        paintIcon();
    return QWidget::event(event);
}

void StorageStatus::paintIcon()
{
    const int size = m_problem->fontMetrics().height();
    m_problemIcon->setPixmap(QIcon(u":/icons/refused.svg"_s).pixmap(QSize(size, size), devicePixelRatioF()));
}

bool StorageStatus::eventFilter(QObject *watched, QEvent *event)
{
    // Counted afresh each time the operator looks; the last count shows meanwhile.
    if (watched == m_path && event->type() == QEvent::ToolTip) {
        count();
        updateToolTip();
    }
    return QWidget::eventFilter(watched, event);
}

void StorageStatus::openFolder()
{
    const auto folder = QFileInfo(filePath()).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        Q_EMIT reported(tr("Could not open %1 in a file manager").arg(QDir::toNativeSeparators(folder)));
}

} // namespace qmuc::gui
