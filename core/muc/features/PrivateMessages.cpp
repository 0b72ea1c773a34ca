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
                                     {QT_TRANSLATE_NOOP("qmuc::Room", "Participants and moderators"), u"participants"_s},
                                     {QT_TRANSLATE_NOOP("qmuc::Room", "Moderators only"), u"moderators"_s},
                                     {QT_TRANSLATE_NOOP("qmuc::Room", "Nobody"), u"none"_s}});
        f.get = [](const RoomConfig &c) { return QVariant(valueNames().at(int(c.allowPrivateMessages))); };
        f.set = [](RoomConfig &c, const QString &text) { return fromName(text, c.allowPrivateMessages); };
        f.save = [](const RoomConfig &c) { return QJsonValue(valueNames().at(int(c.allowPrivateMessages))); };
        f.load = [](RoomConfig &c, const QJsonValue &v) {
            // Before the four values, the stored value was a boolean: anyone, or moderators.
            if (v.isBool())
                c.allowPrivateMessages = v.toBool() ? AllowPm::Anyone : AllowPm::Moderators;
            else
                fromName(v.toString(), c.allowPrivateMessages);
        };
        return {f};
    }
    void discover(const Room &room, QStringList &, QList<QXmppDataForm::Field> &info) const override
    {
        info << QXmppDataForm::Field(QXmppDataForm::Field::ListSingleField, u"muc#roomconfig_allowpm"_s, valueNames().at(int(room.config().allowPrivateMessages)));
    }
    std::optional<Refusal> refusePrivateMessage(const Room &room, const Occupant &sender) const override
    {
        // XEP-0045 §10.2 (muc#roomconfig_allowpm): the roles that may send private messages.
        // Refused as Prosody does: policy-violation, cancel.
        switch (room.config().allowPrivateMessages) {
        case AllowPm::Anyone:
            return std::nullopt;
        case AllowPm::Participants:
            if (sender.role >= Role::Participant)
                return std::nullopt;
            return refusal(Room::tr("Visitors may not send private messages in this room."));
        case AllowPm::Moderators:
            if (sender.role == Role::Moderator)
                return std::nullopt;
            return refusal(Room::tr("Private messages are not allowed in this room."));
        case AllowPm::None:
            break;
        }
        return refusal(Room::tr("Private messages are not allowed in this room."));
    }

private:
    using AllowPm = RoomConfig::AllowPm;
    // In the order of RoomConfig::AllowPm.
    static const QStringList &valueNames()
    {
        static const QStringList names{u"anyone"_s, u"participants"_s, u"moderators"_s, u"none"_s};
        return names;
    }
    static bool fromName(const QString &name, AllowPm &value)
    {
        const auto index = valueNames().indexOf(name);
        if (index < 0)
            return false;
        value = AllowPm(index);
        return true;
    }
    static Refusal refusal(const QString &text) { return Refusal{StanzaError::Cancel, StanzaError::PolicyViolation, text}; }
};

} // namespace

std::unique_ptr<RoomFeature> makePrivateMessages()
{
    return std::make_unique<PrivateMessages>();
}

} // namespace qmuc
