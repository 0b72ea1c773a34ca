#pragma once

#include "muc/Types.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace qmuc::gui {

// The chosen room at a glance: its avatar, name, JID, subject and a summary of its configuration.
class RoomDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RoomDetailsPanel(QWidget *parent = nullptr);

    // archivedMessages: how many messages the room's archive holds, shown if it keeps one.
    void showRoom(const std::optional<RoomInfo> &room, int messagesPerMinute = 0, qint64 archivedMessages = 0);

    // The configuration in a line, e.g. "Public · Persistent · Members only · No password · … ·
    // Messages archived (42 so far)".
    static QString summary(const RoomInfo &room, qint64 archivedMessages = 0);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Asks for the height the wrapped lines need at the current width.
    void keepLinesWhole();
    // The room's avatar (XEP-0486), scaled to fit; the initial of its name when it has none.
    void showAvatar(const std::optional<RoomInfo> &room);

    QLabel *m_avatar;
    QByteArray m_avatarImage; // what m_avatar shows (empty: the placeholder)...
    QString m_avatarInitial;  // ...and the placeholder's letter, so a refresh decodes nothing

    QLabel *m_name;
    QLabel *m_jid;
    QLabel *m_subject;
    QLabel *m_configuration;
    QLabel *m_activity;
};

} // namespace qmuc::gui
