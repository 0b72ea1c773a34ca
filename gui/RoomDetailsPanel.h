#pragma once

#include "muc/Types.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace qmuc::gui {

// The chosen room at a glance: name, JID, subject and a summary of its configuration.
class RoomDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RoomDetailsPanel(QWidget *parent = nullptr);

    void showRoom(const std::optional<RoomInfo> &room, int messagesPerMinute = 0);

    // The configuration in a line, e.g. "Public · Persistent · Members only · No password".
    static QString summary(const RoomInfo &room);

private:
    QLabel *m_name;
    QLabel *m_jid;
    QLabel *m_subject;
    QLabel *m_configuration;
    QLabel *m_activity;
};

} // namespace qmuc::gui
