// The features every room has, in the order their hooks run, and what follows from their
// declarations: the configuration form's fields and the stored configuration.
#include "RoomFeature.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace qmuc {

// One line per feature (features/*.cpp). The order is the configuration form's order and the
// order in which entry checks run.
std::unique_ptr<RoomFeature> makeDescription();
std::unique_ptr<RoomFeature> makePersistence();
std::unique_ptr<RoomFeature> makeVisibility();
std::unique_ptr<RoomFeature> makeSubjectRights();
std::unique_ptr<RoomFeature> makeModerated();
std::unique_ptr<RoomFeature> makeMembersOnly();
std::unique_ptr<RoomFeature> makePassword();
std::unique_ptr<RoomFeature> makeCapacity();
std::unique_ptr<RoomFeature> makeAnonymity();
std::unique_ptr<RoomFeature> makeInvitations();
std::unique_ptr<RoomFeature> makePrivateMessages();
std::unique_ptr<RoomFeature> makeVoiceRequests();
std::unique_ptr<RoomFeature> makeRegistration();
std::unique_ptr<RoomFeature> makeRecentHistory();
std::unique_ptr<RoomFeature> makeArchive();
std::unique_ptr<RoomFeature> makeModeration();
std::unique_ptr<RoomFeature> makeOccupantIds();
std::unique_ptr<RoomFeature> makeSelfPing();
std::unique_ptr<RoomFeature> makePresenceProbes();
std::unique_ptr<RoomFeature> makeOccupantIqs();
std::unique_ptr<RoomFeature> makeConfusableNicks();
std::unique_ptr<RoomFeature> makeRoomAvatar();
std::unique_ptr<RoomFeature> makeHats();
std::unique_ptr<RoomFeature> makeFlood();
std::unique_ptr<RoomFeature> makeSizes();
std::unique_ptr<RoomFeature> makeBlockedUsers();

std::vector<std::unique_ptr<RoomFeature>> makeRoomFeatures()
{
    std::vector<std::unique_ptr<RoomFeature>> features;
    // Flood, Sizes and BlockedUsers first: a stanza they refuse reaches no other feature.
    for (auto make : {makeFlood, makeSizes, makeBlockedUsers, makeDescription, makePersistence, makeVisibility, makeSubjectRights, makeModerated,
                      makeMembersOnly, makePassword, makeCapacity, makeAnonymity, makeInvitations,
                      makePrivateMessages, makeVoiceRequests, makeRegistration, makeRecentHistory, makeArchive,
                      makeModeration, makeOccupantIds, makeSelfPing, makePresenceProbes, makeOccupantIqs,
                      makeConfusableNicks, makeRoomAvatar, makeHats})
        features.push_back(make());
    return features;
}

const QList<ConfigField> &roomConfigFields()
{
    static const QList<ConfigField> fields = [] {
        QList<ConfigField> all;
        for (const auto &feature : makeRoomFeatures())
            all += feature->configFields();
        return all;
    }();
    return fields;
}

namespace {

bool parseBool(const QString &text, bool *value)
{
    // XEP-0004 §3.3: boolean is 0, 1, false or true.
    if (text == u"1" || text == u"true")
        *value = true;
    else if (text == u"0" || text == u"false")
        *value = false;
    else
        return false;
    return true;
}

} // namespace

ConfigField ConfigField::boolean(const QString &var, const char *label, const QString &storageKey, bool RoomConfig::*member)
{
    ConfigField f;
    f.type = QXmppDataForm::Field::BooleanField;
    f.var = var;
    f.label = label;
    f.storageKey = storageKey;
    f.get = [member](const RoomConfig &c) { return QVariant(c.*member); };
    f.set = [member](RoomConfig &c, const QString &text) { return parseBool(text, &(c.*member)); };
    f.save = [member](const RoomConfig &c) { return QJsonValue(c.*member); };
    f.load = [member](RoomConfig &c, const QJsonValue &v) { c.*member = v.toBool(c.*member); };
    return f;
}

ConfigField ConfigField::text(const QString &var, const char *label, const QString &storageKey, QString RoomConfig::*member,
                              QXmppDataForm::Field::Type type)
{
    ConfigField f;
    f.type = type;
    f.var = var;
    f.label = label;
    f.storageKey = storageKey;
    f.get = [member](const RoomConfig &c) { return QVariant(c.*member); };
    f.set = [member](RoomConfig &c, const QString &text) {
        c.*member = text;
        return true;
    };
    f.save = [member](const RoomConfig &c) { return QJsonValue(c.*member); };
    f.load = [member](RoomConfig &c, const QJsonValue &v) { c.*member = v.toString(c.*member); };
    return f;
}

ConfigField ConfigField::choice(const QString &var, const char *label, const QString &storageKey,
                                QList<std::pair<const char *, QString>> options)
{
    ConfigField f;
    f.type = QXmppDataForm::Field::ListSingleField;
    f.var = var;
    f.label = label;
    f.options = std::move(options);
    f.storageKey = storageKey;
    return f;
}

ConfigField ConfigField::number(const QString &var, const char *label, const QString &storageKey, int RoomConfig::*member,
                                int min, int max)
{
    ConfigField f;
    f.var = var;
    f.label = label;
    f.storageKey = storageKey;
    f.get = [member](const RoomConfig &c) { return QVariant(QString::number(c.*member)); };
    f.set = [member, min, max](RoomConfig &c, const QString &text) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < min || value > max)
            return false;
        c.*member = value;
        return true;
    };
    f.save = [member](const RoomConfig &c) { return QJsonValue(c.*member); };
    f.load = [member](RoomConfig &c, const QJsonValue &v) { c.*member = v.toInt(c.*member); };
    return f;
}

// The configuration as JSON, keyed by each field's storage key: new fields need no migration,
// and an older file simply lacks them (the defaults apply).
QByteArray roomConfigToJson(const RoomConfig &config)
{
    QJsonObject o;
    for (const auto &field : roomConfigFields()) {
        if (!field.storageKey.isEmpty())
            o.insert(field.storageKey, field.save(config));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

RoomConfig roomConfigFromJson(const QByteArray &json)
{
    const auto o = QJsonDocument::fromJson(json).object();
    RoomConfig config;
    for (const auto &field : roomConfigFields()) {
        if (!field.storageKey.isEmpty() && o.contains(field.storageKey))
            field.load(config, o.value(field.storageKey));
    }
    return config;
}

} // namespace qmuc
