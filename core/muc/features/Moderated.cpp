// Moderated rooms (XEP-0045 §10.2): only occupants with voice speak; a newcomer without an
// affiliation enters as a visitor (§5.1.2).
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class Moderated final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        return {ConfigField::boolean(u"muc#roomconfig_moderatedroom"_s,
                                     QT_TRANSLATE_NOOP("qmuc::Room", "Only participants with voice may speak"),
                                     u"moderatedroom"_s, &RoomConfig::moderated)};
    }
    void discover(const Room &room, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << (room.config().moderated ? u"muc_moderated"_s : u"muc_unmoderated"_s);
    }
    void describe(const Room &room, RoomInfo &info) const override { info.moderated = room.config().moderated; }
    std::optional<Role> defaultRole(const Room &room, Affiliation affiliation) const override
    {
        if (room.config().moderated && affiliation == Affiliation::None)
            return Role::Visitor;
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeModerated()
{
    return std::make_unique<Moderated>();
}

} // namespace qmuc
