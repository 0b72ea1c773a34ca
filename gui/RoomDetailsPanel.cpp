#include "RoomDetailsPanel.h"

#include "RoomListModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

RoomDetailsPanel::RoomDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_avatar(new QLabel)
    , m_name(new QLabel)
    , m_jid(new QLabel)
    , m_subject(new QLabel)
    , m_configuration(new QLabel)
    , m_activity(new QLabel)
{
    auto font = m_name->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.35);
    m_name->setFont(font);
    m_name->setObjectName(u"roomName"_s);
    m_jid->setForegroundRole(QPalette::PlaceholderText);
    m_subject->setObjectName(u"roomSubject"_s);
    m_configuration->setObjectName(u"roomConfiguration"_s);
    for (auto *label : {m_jid, m_subject, m_configuration})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setWordWrap(true);
    m_configuration->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);

    auto *title = new QHBoxLayout;
    title->addWidget(m_name, 0, Qt::AlignBaseline);
    title->addWidget(m_jid, 0, Qt::AlignBaseline);
    title->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Configuration:"), m_configuration);
    form->addRow(tr("Activity:"), m_activity);
    // The avatar heads the panel beside the name, not beside the wrapped lines: their height
    // then depends on the width as it did without one (keepLinesWhole()).
    m_avatar->setObjectName(u"roomAvatar"_s);
    const int side = fontMetrics().height() * 3;
    m_avatar->setFixedSize(side, side);
    m_avatar->setAlignment(Qt::AlignCenter);
    auto *header = new QHBoxLayout;
    header->addWidget(m_avatar);
    header->addLayout(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(form);
    showRoom(std::nullopt);
}

void RoomDetailsPanel::showRoom(const std::optional<RoomInfo> &room, int messagesPerMinute, qint64 archivedMessages)
{
    if (!room) {
        m_name->setText(tr("No room selected"));
        m_jid->setText(tr("Choose a room on the left to see its occupants."));
        for (auto *label : {m_subject, m_configuration, m_activity})
            label->setText(tr("—"));
        showAvatar(room);
        keepLinesWhole();
        return;
    }
    showAvatar(room);
    m_name->setText(RoomListModel::displayName(*room));
    m_jid->setText(room->jid);
    m_subject->setText(room->subject.isEmpty() ? tr("(none)") : room->subject);
    m_configuration->setText(summary(*room, archivedMessages));
    m_activity->setText(tr("Occupants: %1 · Messages in the last minute: %2").arg(room->occupants).arg(messagesPerMinute));
    keepLinesWhole();
}

void RoomDetailsPanel::showAvatar(const std::optional<RoomInfo> &room)
{
    const auto image = room ? room->avatar : QByteArray();
    const auto initial = room ? RoomListModel::displayName(*room).left(1).toUpper() : QString();
    if (!m_avatar->pixmap().isNull() && image == m_avatarImage && initial == m_avatarInitial)
        return; // the details are shown again on every message: decode only what changed
    m_avatarImage = image;
    m_avatarInitial = initial;
    const qreal ratio = devicePixelRatioF();
    const QSize size = m_avatar->size() * ratio;
    QPixmap pixmap;
    if (!image.isEmpty() && pixmap.loadFromData(image)) {
        m_avatar->setToolTip(tr("The room's avatar (%1 × %2 pixels)").arg(pixmap.width()).arg(pixmap.height()));
        pixmap = pixmap.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    } else {
        m_avatar->setToolTip(image.isEmpty() ? tr("This room has no avatar")
                                             : tr("The room's avatar is not an image this window can show (%1)")
                                                   .arg(room->avatarType.isEmpty() ? tr("unknown type") : room->avatarType));
        // The placeholder: the room's initial on a quiet disc.
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Midlight));
        painter.drawEllipse(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(1, 1, -1, -1));
        auto font = m_name->font();
        font.setPixelSize(size.height() / 2);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Dark));
        painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, initial);
    }
    pixmap.setDevicePixelRatio(ratio);
    m_avatar->setPixmap(pixmap);
}

void RoomDetailsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepLinesWhole();
}

void RoomDetailsPanel::keepLinesWhole()
{
    // The splitter above knows nothing of height-for-width: without a minimum height, the second
    // line of a long configuration or subject would be cut off.
    if (layout()->hasHeightForWidth())
        setMinimumHeight(layout()->totalHeightForWidth(width()));
}

QString RoomDetailsPanel::summary(const RoomInfo &room, qint64 archivedMessages)
{
    QStringList parts;
    if (room.locked)
        parts << tr("Locked until its owner configures it");
    parts << (room.isPublic ? tr("Public") : tr("Hidden"));
    parts << (room.persistent ? tr("Persistent") : tr("Temporary"));
    parts << (room.membersOnly ? tr("Members only") : tr("Open to anyone"));
    parts << (room.passwordProtected ? tr("Password required") : tr("No password"));
    parts << (room.moderated ? tr("Moderated") : tr("Everyone may speak"));
    parts << (room.logging ? tr("Messages archived (%1 so far)").arg(QLocale().toString(archivedMessages))
                           : tr("Not archived"));
    // A wrapped line breaks between settings, never inside one.
    for (auto &part : parts)
        part.replace(u' ', QChar::Nbsp);
    return parts.join(u" · "_s);
}

} // namespace qmuc::gui
