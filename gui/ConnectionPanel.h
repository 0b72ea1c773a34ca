#pragma once

#include "ServiceLink.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QToolButton;
class QAction;

namespace qmuc::gui {

// The connection at a glance: server, domain, the state as a coloured dot and a word, and what
// the server said when it went wrong; with the connect and disconnect buttons beside it. Rows the
// window adds below line up with "Server says" (such as where the data lives).
class ConnectionPanel : public QFrame
{
    Q_OBJECT
public:
    ConnectionPanel(ServiceLink *service, QAction *connectAction, QAction *disconnectAction, QWidget *parent = nullptr);

    void showState(ComponentConnection::State state, const QString &errorText);
    // One more row: a caption under "Server says", the widget beside it.
    void addRow(const QString &caption, QWidget *widget);

    static QColor stateColor(ComponentConnection::State state);

protected:
    bool event(QEvent *event) override;

private:
    void paintDot();

    ComponentConnection::State m_state = ComponentConnection::State::Disconnected;
    QLabel *m_dot;
    QLabel *m_stateLabel;
    QLabel *m_errorLabel;
    QGridLayout *m_layout;
    QToolButton *m_connectButton;
};

} // namespace qmuc::gui
