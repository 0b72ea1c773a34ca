// Persistent rooms (XEP-0045 §10.2): kept when the last occupant leaves, and across restarts.
// Temporary ones are destroyed when empty (Room::isDisposable).
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class Persistence final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        return {ConfigField::boolean(u"muc#roomconfig_persistentroom"_s,
                                     QT_TRANSLATE_NOOP("qmuc::Room", "Keep the room when it is empty"), u"persistentroom"_s,
                                     &RoomConfig::persistent)};
    }
    void discover(const Room &room, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << (room.config().persistent ? u"muc_persistent"_s : u"muc_temporary"_s);
    }
    void describe(const Room &room, RoomInfo &info) const override { info.persistent = room.config().persistent; }
};

} // namespace

std::unique_ptr<RoomFeature> makePersistence()
{
    return std::make_unique<Persistence>();
}

} // namespace qmuc
