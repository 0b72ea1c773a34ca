// Who sees occupants' real JIDs (XEP-0045 §4.2, muc#roomconfig_whois): non-anonymous rooms show
// them to everyone, semi-anonymous ones to moderators (Room::seesRealJids).
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class Anonymity final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        auto f = ConfigField::choice(u"muc#roomconfig_whois"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Who may see real JIDs"), u"whois"_s,
                                    {{QT_TRANSLATE_NOOP("qmuc::Room", "Moderators only"), u"moderators"_s},
                                    {QT_TRANSLATE_NOOP("qmuc::Room", "Anyone"), u"anyone"_s}});
        f.get = [](const RoomConfig &c) { return QVariant(name(c.whois)); };
        f.set = [](RoomConfig &c, const QString &text) {
            if (text != u"anyone" && text != u"moderators")
                return false;
            c.whois = text == u"anyone" ? RoomConfig::Whois::Anyone : RoomConfig::Whois::Moderators;
            return true;
        };
        f.save = [](const RoomConfig &c) { return QJsonValue(name(c.whois)); };
        f.load = [](RoomConfig &c, const QJsonValue &v) {
            c.whois = v.toString() == u"anyone" ? RoomConfig::Whois::Anyone : RoomConfig::Whois::Moderators;
        };
        return {f};
    }
    void discover(const Room &room, QStringList &features, QList<QXmppDataForm::Field> &info) const override
    {
        features << (room.config().nonAnonymous() ? u"muc_nonanonymous"_s : u"muc_semianonymous"_s);
        // §15.5.4: whom to contact, normally the owners; their JIDs only where the room shows
        // real JIDs to everyone anyway.
        QStringList owners;
        if (room.config().nonAnonymous()) {
            for (auto it = room.affiliates().cbegin(); it != room.affiliates().cend(); ++it) {
                if (it->affiliation == Affiliation::Owner)
                    owners << it.key();
            }
            owners.sort();
        }
        info << QXmppDataForm::Field(QXmppDataForm::Field::JidMultiField, u"muc#roominfo_contactjid"_s, owners);
    }
    void selfPresenceCodes(const Room &room, QList<int> &codes) const override
    {
        if (room.config().nonAnonymous())
            codes << 100; // §7.2.4
    }
    void configured(Room &room, const RoomConfig &before, QList<int> &codes) override
    {
        // §10.2.1: occupants learn how their privacy changed.
        if (before.nonAnonymous() != room.config().nonAnonymous())
            codes << (room.config().nonAnonymous() ? 172 : 173);
    }

private:
    static QString name(RoomConfig::Whois whois) { return whois == RoomConfig::Whois::Anyone ? u"anyone"_s : u"moderators"_s; }
};

} // namespace

std::unique_ptr<RoomFeature> makeAnonymity()
{
    return std::make_unique<Anonymity>();
}

} // namespace qmuc
