// Password-protected rooms (XEP-0045 §7.2.5, §10.2).
#include "../Room.h"

#include "../../Namespaces.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

const QString ProtectedVar = u"muc#roomconfig_passwordprotectedroom"_s;

class Password final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        // Whether the room has a password follows from the password; the switch is read as a
        // whole in checkConfig().
        ConfigField protectedRoom;
        protectedRoom.type = QXmppDataForm::Field::BooleanField;
        protectedRoom.var = ProtectedVar;
        protectedRoom.label = QT_TRANSLATE_NOOP("qmuc::Room", "A password is required to enter");
        protectedRoom.get = [](const RoomConfig &c) { return QVariant(c.passwordProtected()); };
        protectedRoom.set = [](RoomConfig &, const QString &text) { return parseSwitch(text).has_value(); };
        return {protectedRoom,
                ConfigField::text(u"muc#roomconfig_roomsecret"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Password"), u"roomsecret"_s,
                                  &RoomConfig::password, QXmppDataForm::Field::TextPrivateField)};
    }
    std::optional<QString> checkConfig(const QXmppDataForm &form, const RoomConfig &before, RoomConfig &next) const override
    {
        bool required = before.passwordProtected();
        for (const auto &field : form.fields()) {
            if (field.key() == ProtectedVar)
                required = parseSwitch(field.value().toString()).value_or(required);
        }
        if (!required)
            next.password.clear();
        else if (next.password.isEmpty())
            return Room::tr("A password-protected room needs a password.");
        return std::nullopt;
    }
    void discover(const Room &room, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << (room.config().passwordProtected() ? u"muc_passwordprotected"_s : u"muc_unsecured"_s);
    }
    void describe(const Room &room, RoomInfo &info) const override { info.passwordProtected = room.config().passwordProtected(); }
    std::optional<Refusal> refuseEntry(const Room &room, const Entrant &entrant) const override
    {
        if (!room.config().passwordProtected())
            return std::nullopt;
        // Guessing is slowed down: past the limit of wrong passwords, every attempt is refused for
        // a while, the right password too. Prosody and ejabberd set no such limit; the refusal is
        // the one for a count (resource-constraint, wait).
        const auto &guesses = room.host().limits().passwordGuesses;
        if (m_wrongGuesses.exhausted(entrant.bareJid, guesses))
            return Refusal{StanzaError::Wait, StanzaError::ResourceConstraint,
                           Room::tr("Too many wrong passwords; wait a while, then try again.")};
        const auto given = entrant.stanza.child(u"x"_s, ns::muc).firstChildElement(u"password"_s).text();
        if (given == room.config().password)
            return std::nullopt;
        m_wrongGuesses.take(entrant.bareJid, guesses);
        if (m_wrongGuesses.exhausted(entrant.bareJid, guesses))
            room.host().overLimit(room, entrant.bareJid, LimitKind::Password); // the last guess of a burst
        return Refusal{StanzaError::Auth, StanzaError::NotAuthorized, Room::tr("A password is required to enter this room.")};
    }

private:
    mutable RateTable m_wrongGuesses{1000}; // by bare JID
    static std::optional<bool> parseSwitch(const QString &text)
    {
        if (text == u"1" || text == u"true")
            return true;
        if (text == u"0" || text == u"false")
            return false;
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<RoomFeature> makePassword()
{
    return std::make_unique<Password>();
}

} // namespace qmuc
