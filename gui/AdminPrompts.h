#pragma once

#include "DestroyRoomDialog.h"
#include "RetractDialog.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace qmuc::gui {

// What the admin actions ask the operator, each as a function object: the window uses dialogs,
// a test puts in its answers. An empty optional means the operator cancelled.
struct AdminPrompts {
    // A reason for a kick or ban.
    std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &label)> reason;
    // A room's new subject, starting from the current one.
    std::function<std::optional<QString>(QWidget *parent, const RoomInfo &room)> subject;
    // Reason and alternate venue for destroying a room, confirmed.
    std::function<std::optional<DestroyRequest>(QWidget *parent, const RoomInfo &room)> destroy;
    // A hat to put on the occupant's user (XEP-0317).
    std::function<std::optional<Hat>(QWidget *parent, const OccupantInfo &occupant)> hat;
    // Which of the occupant's hats to take off: its URI.
    std::function<std::optional<QString>(QWidget *parent, const OccupantInfo &occupant)> hatToTakeOff;
    // How far back to retract the occupant's messages, and why (XEP-0425).
    std::function<std::optional<RetractRequest>(QWidget *parent, const OccupantInfo &occupant)> retraction;
    // Tells the operator something went wrong, where a status line is too easy to miss.
    std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;

    // The dialogs.
    static AdminPrompts interactive();
};

} // namespace qmuc::gui
