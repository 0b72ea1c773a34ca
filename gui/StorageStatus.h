#pragma once

#include "ServiceLink.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QToolButton;

namespace qmuc::gui {

// Where the service keeps its rooms and archive: the database file or PostgreSQL database
// (selectable, with what it holds in its tooltip), a button that opens a file's folder, and, in
// red, why the database cannot be used or written. Follows the service's storageWriteFailed and storageWriteRecovered.
class StorageStatus : public QWidget
{
    Q_OBJECT
public:
    explicit StorageStatus(ServiceLink *service, QWidget *parent = nullptr);
    ~StorageStatus() override;

    // The service could not open its database (openStorage failed) and keeps everything in memory.
    void showOpenError(const QString &error);
    // Reads the database again: its file, whether it is read-only, and what it holds (counted in the
    // background, since checking a large archive takes a while).
    void refresh();

Q_SIGNALS:
    // Something the operator asked for did not work, for the status bar.
    void reported(const QString &text);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The file the service uses or will use; empty when it keeps everything in memory.
    QString filePath() const;
    // The service has that file open.
    bool inUse() const;
    // It is a database server (PostgreSQL), not a file.
    bool isServer() const;
    void showProblem();
    void paintIcon();
    void updateToolTip();
    void count();
    void openFolder();

    ServiceLink *m_service;
    QLabel *m_path;
    QToolButton *m_openFolder;
    QLabel *m_problemIcon;
    QLabel *m_problem;
    QString m_openError;
    QString m_writeError;
    std::optional<StorageReport> m_report;
    QFutureWatcher<StorageReport> *m_counter = nullptr;
};

} // namespace qmuc::gui
