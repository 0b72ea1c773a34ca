// Who may change the subject (XEP-0045 §8.1): moderators always; participants where the owner
// allows it (muc#roomconfig_changesubject).
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class SubjectRights final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        return {ConfigField::boolean(u"muc#roomconfig_changesubject"_s,
                                     QT_TRANSLATE_NOOP("qmuc::Room", "Participants may change the subject"), u"changesubject"_s,
                                     &RoomConfig::participantsMaySetSubject)};
    }
    void discover(const Room &room, QStringList &, QList<QXmppDataForm::Field> &info) const override
    {
        using Field = QXmppDataForm::Field;
        // The registry's name (§15.5.4), and the one Prosody and Conversations use.
        info << Field(Field::BooleanField, u"muc#roominfo_subjectmod"_s, room.config().participantsMaySetSubject)
             << Field(Field::BooleanField, u"muc#roomconfig_changesubject"_s, room.config().participantsMaySetSubject);
    }
    std::optional<Refusal> refuseSubjectChange(const Room &room, Role) const override
    {
        if (room.config().participantsMaySetSubject)
            return std::nullopt;
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, Room::tr("You are not allowed to change the subject of this room.")};
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeSubjectRights()
{
    return std::make_unique<SubjectRights>();
}

} // namespace qmuc
