#pragma once

#include "OccupantDialog.h"

class QLineEdit;

namespace qmuc::gui {

// Asks which hat (XEP-0317) to put on an occupant's user: its title, which everyone sees, and
// its URI, which names it (putting on a hat of the same URI again renames it).
class HatDialog : public OccupantDialog
{
    Q_OBJECT
public:
    explicit HatDialog(const OccupantInfo &occupant, QWidget *parent = nullptr);

    Hat hat() const;

private:
    QLineEdit *m_title;
    QLineEdit *m_uri;
};

} // namespace qmuc::gui
