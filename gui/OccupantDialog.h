#pragma once

#include "muc/Types.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;

namespace qmuc::gui {

// The shape of the dialogs an occupant action asks with (HatDialog, RetractDialog): what the
// action does in a sentence, the fields, then the buttons.
class OccupantDialog : public QDialog
{
    Q_OBJECT
protected:
    using QDialog::QDialog;
    // Lays out the dialog; the buttons' accepted and rejected close it.
    void setUp(const QString &title, const QString &intro, QFormLayout *form, QDialogButtonBox *buttons);
};

} // namespace qmuc::gui
