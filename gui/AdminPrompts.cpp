#include "AdminPrompts.h"

#include "HatDialog.h"
#include "RoomListModel.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace qmuc::gui {

namespace {

// The translation context of the prompts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(qmuc::gui::AdminPrompts)
};

} // namespace

AdminPrompts AdminPrompts::interactive()
{
    AdminPrompts prompts;
    prompts.reason = [](QWidget *parent, const QString &title, const QString &label) -> std::optional<QString> {
        bool ok = false;
        const auto text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
        return ok ? std::optional(text.trimmed()) : std::nullopt;
    };
    prompts.subject = [](QWidget *parent, const RoomInfo &room) -> std::optional<QString> {
        bool ok = false;
        const auto text = QInputDialog::getText(parent, Text::tr("Subject of %1").arg(RoomListModel::displayName(room)),
                                                Text::tr("New subject (empty to clear it):"), QLineEdit::Normal,
                                                room.subject, &ok);
        return ok ? std::optional(text.trimmed()) : std::nullopt;
    };
    prompts.destroy = [](QWidget *parent, const RoomInfo &room) -> std::optional<DestroyRequest> {
        DestroyRoomDialog dialog(room, parent);
        return dialog.exec() == QDialog::Accepted ? std::optional(dialog.request()) : std::nullopt;
    };
    prompts.hat = [](QWidget *parent, const OccupantInfo &occupant) -> std::optional<Hat> {
        HatDialog dialog(occupant, parent);
        return dialog.exec() == QDialog::Accepted ? std::optional(dialog.hat()) : std::nullopt;
    };
    prompts.hatToTakeOff = [](QWidget *parent, const OccupantInfo &occupant) -> std::optional<QString> {
        QStringList titles;
        for (const auto &hat : occupant.hats)
            titles << Text::tr("%1 (%2)").arg(hat.title, hat.uri);
        bool ok = false;
        const auto chosen = QInputDialog::getItem(parent, Text::tr("Take a hat off %1").arg(occupant.nick),
                                                  Text::tr("Hat to take off:"), titles, 0, false, &ok);
        const auto index = titles.indexOf(chosen);
        return ok && index >= 0 ? std::optional(occupant.hats.at(index).uri) : std::nullopt;
    };
    prompts.retraction = [](QWidget *parent, const OccupantInfo &occupant) -> std::optional<RetractRequest> {
        RetractDialog dialog(occupant, parent);
        return dialog.exec() == QDialog::Accepted ? std::optional(dialog.request()) : std::nullopt;
    };
    prompts.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return prompts;
}

} // namespace qmuc::gui
