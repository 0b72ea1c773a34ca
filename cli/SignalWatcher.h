#pragma once

#include <QObject>

class QSocketNotifier;

namespace qmuc::cli {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop (self-pipe: the C handler
// only writes one byte).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace qmuc::cli
