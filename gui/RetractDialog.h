#pragma once

#include "OccupantDialog.h"

class QLineEdit;
class QSpinBox;

namespace qmuc::gui {

// What the operator asked to retract (XEP-0425): everything one occupant sent in the last hours,
// and why.
struct RetractRequest {
    int hours = 0;
    QString reason;
};

// Asks how far back to retract an occupant's messages, and why; the reason goes to everyone in
// the room with each retraction.
class RetractDialog : public OccupantDialog
{
    Q_OBJECT
public:
    explicit RetractDialog(const OccupantInfo &occupant, QWidget *parent = nullptr);

    RetractRequest request() const;

private:
    QSpinBox *m_hours;
    QLineEdit *m_reason;
};

} // namespace qmuc::gui
