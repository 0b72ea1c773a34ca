#include "Checkpointer.h"

#include "../Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// Lives in the checkpoint thread: its connection is made, used and closed there.
class Worker : public QObject
{
public:
    Worker(const QString &path, std::chrono::milliseconds interval)
        : m_path(path)
        , m_name(u"qmuc-checkpoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, this, &Worker::checkpoint);
    }
    ~Worker() override
    {
        checkpoint();
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_name);
    }

    void start()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(m_path);
        if (!m_db.open()) {
            qCWarning(lcStorage).noquote() << "cannot open" << m_path << "for checkpoints:" << m_db.lastError().text()
                                           << "; its write-ahead log grows until qmuc stops";
            return;
        }
        QSqlQuery(m_db).exec(u"PRAGMA busy_timeout = 1000"_s);
        m_timer.start();
    }

private:
    void checkpoint()
    {
        if (!m_db.isOpen())
            return;
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
            qCDebug(lcStorage).noquote() << "checkpoint of" << m_path << "failed:" << q.lastError().text();
    }

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    QTimer m_timer{this};
};

} // namespace

Checkpointer::Checkpointer(const QString &path, std::chrono::milliseconds interval)
{
    m_thread.setObjectName(u"qmuc-checkpoint"_s);
    auto *worker = new Worker(path, interval);
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, worker, &Worker::start);
    // Emitted in the thread as it ends: the worker goes with it.
    QObject::connect(&m_thread, &QThread::finished, worker, [worker] { delete worker; }, Qt::DirectConnection);
    m_thread.start(QThread::LowPriority);
}

Checkpointer::~Checkpointer()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace qmuc
