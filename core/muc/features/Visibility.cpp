// Public and hidden rooms (XEP-0045 §10.2): whether the service lists the room (§6.3) and shows
// its occupants in disco#items (§6.5).
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class Visibility final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        return {ConfigField::boolean(u"muc#roomconfig_publicroom"_s, QT_TRANSLATE_NOOP("qmuc::Room", "List the room publicly"),
                                     u"publicroom"_s, &RoomConfig::isPublic)};
    }
    void discover(const Room &room, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << (room.config().isPublic ? u"muc_public"_s : u"muc_hidden"_s);
    }
    void describe(const Room &room, RoomInfo &info) const override { info.isPublic = room.config().isPublic; }
};

} // namespace

std::unique_ptr<RoomFeature> makeVisibility()
{
    return std::make_unique<Visibility>();
}

} // namespace qmuc
