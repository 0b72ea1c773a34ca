#include "DestroyRoomDialog.h"

#include "RoomListModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

DestroyRoomDialog::DestroyRoomDialog(const RoomInfo &room, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit)
    , m_venue(new QLineEdit)
{
    setWindowTitle(tr("Destroy %1").arg(RoomListModel::displayName(room)));

    auto *icon = new QLabel;
    const int size = fontMetrics().height() * 3;
    icon->setPixmap(QIcon(u":/icons/destroy.svg"_s).pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    auto *warning = new QLabel(
        tr("<p><b>Destroy the room %1?</b></p><p>Its occupants (%2 right now) will be removed and told why. The "
           "room, its configuration and its affiliations will be gone; this cannot be undone.</p>")
            .arg(room.jid.toHtmlEscaped())
            .arg(room.occupants));
    warning->setWordWrap(true);

    m_reason->setPlaceholderText(tr("Shown to everyone in the room (optional)"));
    m_venue->setPlaceholderText(tr("room@%1 (optional)").arg(room.jid.section(u'@', 1)));
    m_venue->setToolTip(tr("A room the occupants are invited to go to instead"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Alternate venue:"), m_venue);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *destroy = buttons->addButton(tr("&Destroy room"), QDialogButtonBox::DestructiveRole);
    destroy->setIcon(QIcon(u":/icons/destroy.svg"_s));
    // Enter keeps the room: destroying takes a deliberate click.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    destroy->setAutoDefault(false);
    connect(destroy, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(warning, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

DestroyRequest DestroyRoomDialog::request() const
{
    return {m_reason->text().trimmed(), m_venue->text().trimmed()};
}

} // namespace qmuc::gui
