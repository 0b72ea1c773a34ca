#pragma once

#include "MucService.h"

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QAction;

namespace qmuc::gui {

// The operator's window on a running service: connection state and the server's words live.
// Rooms and occupants join it with the dashboard.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(MucService *service, QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showState(ComponentConnection::State state, const QString &errorText);
    void appendEvent(const QString &text);

    MucService *m_service;
    QLabel *m_stateLabel;
    QLabel *m_stateIcon;
    QLabel *m_errorLabel;
    QPlainTextEdit *m_events;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
};

} // namespace qmuc::gui
