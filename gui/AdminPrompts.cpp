#include "AdminPrompts.h"

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
    prompts.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return prompts;
}

} // namespace qmuc::gui
