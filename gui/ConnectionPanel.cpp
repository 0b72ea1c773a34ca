#include "ConnectionPanel.h"

#include "DotIconEngine.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

namespace {

QLabel *captionLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *valueLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QToolButton *button(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ConnectionPanel::ConnectionPanel(ServiceLink *service, QAction *connectAction, QAction *disconnectAction, QWidget *parent)
    : QFrame(parent)
    , m_dot(new QLabel)
    , m_stateLabel(new QLabel)
    , m_errorLabel(new QLabel)
    , m_layout(new QGridLayout(this))
    , m_connectButton(button(connectAction))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    m_stateLabel->setObjectName(u"connectionState"_s);
    auto font = m_stateLabel->font();
    font.setBold(true);
    m_stateLabel->setFont(font);
    m_errorLabel->setObjectName(u"errorText"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setTextFormat(Qt::PlainText);

    auto *layout = m_layout;
    layout->addWidget(m_dot, 0, 0);
    layout->addWidget(m_stateLabel, 0, 1);
    layout->addWidget(captionLabel(tr("Server")), 0, 3);
    layout->addWidget(valueLabel(service->serverAddress()), 0, 4);
    layout->addWidget(captionLabel(tr("Domain")), 0, 6);
    layout->addWidget(valueLabel(service->domain()), 0, 7);
    layout->addWidget(m_connectButton, 0, 9);
    layout->addWidget(button(disconnectAction), 0, 10);
    layout->addWidget(captionLabel(tr("Server says")), 1, 1);
    layout->addWidget(m_errorLabel, 1, 3, 1, 8);
    // Room to breathe between the groups, in font units.
    const int gap = fontMetrics().averageCharWidth() * 3;
    layout->setColumnMinimumWidth(2, gap);
    layout->setColumnMinimumWidth(5, gap);
    layout->setColumnStretch(8, 1);
}

void ConnectionPanel::addRow(const QString &caption, QWidget *widget)
{
    const int row = m_layout->rowCount();
    auto *label = captionLabel(caption);
    // Level with the widget's first line, which may hold buttons like the first row's, however
    // many lines follow it.
    label->setMinimumHeight(m_connectButton->sizeHint().height());
    m_layout->addWidget(label, row, 1, Qt::AlignLeft | Qt::AlignTop);
    m_layout->addWidget(widget, row, 3, 1, 8);
}

void ConnectionPanel::showState(ComponentConnection::State state, const QString &errorText)
{
    m_state = state;
    m_stateLabel->setText(ComponentConnection::stateName(state));
    if (state == ComponentConnection::State::Connected)
        m_errorLabel->setText(tr("—"));
    else if (!errorText.isEmpty())
        m_errorLabel->setText(errorText);
    else if (m_errorLabel->text().isEmpty())
        m_errorLabel->setText(tr("—"));
    paintDot();
}

QColor ConnectionPanel::stateColor(ComponentConnection::State state)
{
    switch (state) {
    case ComponentConnection::State::Connected: return QColor(0x2e, 0x9e, 0x44);
    case ComponentConnection::State::Connecting:
    case ComponentConnection::State::Authenticating: return QColor(0xd9, 0x9a, 0x00);
    case ComponentConnection::State::WaitingToReconnect: return QColor(0xe0, 0x6c, 0x00);
    case ComponentConnection::State::Failed: return QColor(0xc6, 0x28, 0x28);
    case ComponentConnection::State::Disconnected: break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

bool ConnectionPanel::event(QEvent *event)
{
    // Another font or screen means another size for the dot.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::DevicePixelRatioChange)
        paintDot();
    return QFrame::event(event);
}

void ConnectionPanel::paintDot()
{
    const int size = m_stateLabel->fontMetrics().height();
    m_dot->setPixmap(DotIconEngine::icon(stateColor(m_state)).pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace qmuc::gui
