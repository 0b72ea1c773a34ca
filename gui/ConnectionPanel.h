#pragma once

#include "MucService.h"

#include <QFrame>

class QLabel;
class QToolButton;
class QAction;

namespace qmuc::gui {

// The connection at a glance: server, domain, the state as a coloured dot and a word, and what
// the server said when it went wrong; with the connect and disconnect buttons beside it.
class ConnectionPanel : public QFrame
{
    Q_OBJECT
public:
    ConnectionPanel(MucService *service, QAction *connectAction, QAction *disconnectAction, QWidget *parent = nullptr);

    void showState(ComponentConnection::State state, const QString &errorText);

    static QColor stateColor(ComponentConnection::State state);

protected:
    bool event(QEvent *event) override;

private:
    void paintDot();

    ComponentConnection::State m_state = ComponentConnection::State::Disconnected;
    QLabel *m_dot;
    QLabel *m_stateLabel;
    QLabel *m_errorLabel;
};

} // namespace qmuc::gui
