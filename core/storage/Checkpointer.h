#pragma once

#include <QString>
#include <QThread>

#include <chrono>

namespace qmuc {

// Copies SQLite's write-ahead log into the database file on a thread of its own, once a
// second, so that the fsyncs a checkpoint needs never hold up routing: the routing thread's
// connection has automatic checkpoints off (wal_autocheckpoint = 0) and only appends to the log,
// which the page cache takes without waiting for the disk. A checkpoint that finds a reader or
// writer in the way copies what it can and leaves the rest for the next one (PASSIVE).
class Checkpointer
{
public:
    explicit Checkpointer(const QString &path, std::chrono::milliseconds interval = std::chrono::seconds(1));
    // A last checkpoint, then the thread ends.
    ~Checkpointer();
    Q_DISABLE_COPY_MOVE(Checkpointer)

private:
    QThread m_thread;
};

} // namespace qmuc
