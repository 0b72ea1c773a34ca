#pragma once

#include "muc/Types.h"

#include <QDialog>

class QLineEdit;

namespace qmuc::gui {

// What the operator said when destroying a room (XEP-0045 §10.9): why, and where to go instead.
struct DestroyRequest {
    QString reason;
    QString alternateVenue; // a room JID, or empty
};

// Asks for the reason and an alternate venue, and makes the operator confirm: destroying a room
// removes everyone in it.
class DestroyRoomDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DestroyRoomDialog(const RoomInfo &room, QWidget *parent = nullptr);

    DestroyRequest request() const;

private:
    QLineEdit *m_reason;
    QLineEdit *m_venue;
};

} // namespace qmuc::gui
