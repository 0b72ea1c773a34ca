// A room's name, description and language (XEP-0045 §10.2, §15.5.4).
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class Description final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        return {
            ConfigField::text(u"muc#roomconfig_roomname"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Name"), u"roomname"_s, &RoomConfig::name),
            ConfigField::text(u"muc#roomconfig_roomdesc"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Description"), u"roomdesc"_s,
                              &RoomConfig::description),
            ConfigField::text(u"muc#roomconfig_lang"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Language"), u"lang"_s, &RoomConfig::language),
        };
    }
    void discover(const Room &room, QStringList &, QList<QXmppDataForm::Field> &info) const override
    {
        using Field = QXmppDataForm::Field;
        info << Field(Field::TextSingleField, u"muc#roomconfig_roomname"_s, room.config().name)
             << Field(Field::TextSingleField, u"muc#roominfo_description"_s, room.config().description)
             << Field(Field::TextSingleField, u"muc#roominfo_lang"_s, room.config().language);
    }
    void describe(const Room &room, RoomInfo &info) const override { info.name = room.config().name; }
};

} // namespace

std::unique_ptr<RoomFeature> makeDescription()
{
    return std::make_unique<Description>();
}

} // namespace qmuc
