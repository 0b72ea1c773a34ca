// Private messages between occupants (XEP-0045 §7.5, muc#roomconfig_allowpm).
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class PrivateMessages final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        auto f = ConfigField::choice(u"muc#roomconfig_allowpm"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Who may send private messages"), u"allowpm"_s,
                                    {{QT_TRANSLATE_NOOP("qmuc::Room", "Anyone"), u"anyone"_s},
                                    {QT_TRANSLATE_NOOP("qmuc::Room", "Moderators only"), u"moderators"_s}});
        f.get = [](const RoomConfig &c) { return QVariant(value(c)); };
        f.set = [](RoomConfig &c, const QString &text) {
            if (!QStringList{u"anyone"_s, u"participants"_s, u"moderators"_s, u"none"_s}.contains(text))
                return false;
            c.allowPrivateMessages = text == u"anyone" || text == u"participants";
            return true;
        };
        f.save = [](const RoomConfig &c) { return QJsonValue(c.allowPrivateMessages); };
        f.load = [](RoomConfig &c, const QJsonValue &v) { c.allowPrivateMessages = v.toBool(c.allowPrivateMessages); };
        return {f};
    }
    void discover(const Room &room, QStringList &, QList<QXmppDataForm::Field> &info) const override
    {
        info << QXmppDataForm::Field(QXmppDataForm::Field::ListSingleField, u"muc#roomconfig_allowpm"_s, value(room.config()));
    }
    std::optional<Refusal> refusePrivateMessage(const Room &room, const Occupant &sender) const override
    {
        if (!room.config().allowPrivateMessages && sender.role != Role::Moderator)
            return Refusal{StanzaError::Cancel, StanzaError::NotAllowed, Room::tr("Private messages are not allowed in this room.")};
        return std::nullopt;
    }

private:
    static QString value(const RoomConfig &c) { return c.allowPrivateMessages ? u"anyone"_s : u"moderators"_s; }
};

} // namespace

std::unique_ptr<RoomFeature> makePrivateMessages()
{
    return std::make_unique<PrivateMessages>();
}

} // namespace qmuc
