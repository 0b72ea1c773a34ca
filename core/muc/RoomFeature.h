#pragma once

#include "../StanzaErrors.h"
#include "Limits.h"
#include "RoomConfig.h"
#include "Stanza.h"
#include "Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <QXmppDataForm.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace qmuc {

class Room;
struct Actor;
struct Occupant;
struct RoomRecord;

// A change of one user's affiliation (XEP-0045 §9, §10).
struct AffiliationChange {
    QString bareJid;
    Affiliation affiliation;
    QString reason;
};

// Why a request was refused, as the stanza error to send.
struct Refusal {
    StanzaError::Type type;
    StanzaError::Condition condition;
    QString text;
};

// One muc#roomconfig field (XEP-0045 §10.2), declared once by the feature that owns it: what the
// form shows, how a submitted value is read, and where the value is kept across restarts.
struct ConfigField {
    QXmppDataForm::Field::Type type = QXmppDataForm::Field::TextSingleField;
    QString var;
    QStringList aliases;   // other vars that mean the same (another server's name for it)
    const char *label = nullptr; // translated when the form is built (context qmuc::Room)
    QList<std::pair<const char *, QString>> options; // list fields: label (translated), value
    QString storageKey;    // the JSON key in the stored configuration; empty: not stored
    std::function<QVariant(const RoomConfig &)> get;              // the form's value
    std::function<bool(RoomConfig &, const QString &text)> set;   // false: not a valid value
    std::function<QJsonValue(const RoomConfig &)> save;
    std::function<void(RoomConfig &, const QJsonValue &)> load;   // a missing key keeps the default

    // The usual shapes, for a RoomConfig member.
    static ConfigField boolean(const QString &var, const char *label, const QString &storageKey, bool RoomConfig::*member);
    static ConfigField text(const QString &var, const char *label, const QString &storageKey, QString RoomConfig::*member,
                            QXmppDataForm::Field::Type type = QXmppDataForm::Field::TextSingleField);
    // A list-single field whose value the feature maps itself (get/set/save/load to fill in).
    static ConfigField choice(const QString &var, const char *label, const QString &storageKey,
                              QList<std::pair<const char *, QString>> options);
    static ConfigField number(const QString &var, const char *label, const QString &storageKey, int RoomConfig::*member,
                              int min, int max);
};

// What a sender may join with, as the entry checks see it (XEP-0045 §7.2).
struct Entrant {
    const Stanza &stanza;
    QString bareJid;
    QString nick;
    Affiliation affiliation = Affiliation::None;
    bool alreadyHere = false; // the same user is in the room under this nick (another device)
};

// A message from the room to all its occupants as it goes out (groupchat or subject change):
// features stamp it (stanza id, occupant id), then hear that it was relayed.
struct OutgoingMessage {
    QString nick;          // the sender's, empty for the room itself
    QString senderJid;     // bare real JID, empty for the room itself
    QString id;            // the message's id
    QByteArray payload;    // the relayed children, serialised
    bool isSubject = false;
    bool archivable = false; // a body, or a storage hint (XEP-0334)
    QString stanzaId;      // XEP-0359, when the archive keeps it
    QByteArray stamps;     // elements the features add after the payload (stanza id, …)
    QByteArray marks;      // then the sender's (Occupant::marks)
};

// One feature of a room, in the spirit of Prosody's MUC modules: a class in its own file that
// implements the hook points it needs. The room calls every feature's hook in the order of
// registration (RoomFeatures.cpp). Each room has its own instance, so a feature may keep state.
class RoomFeature
{
public:
    virtual ~RoomFeature() = default;

    // The room was made, with its configuration (before restore(), for a room brought back).
    virtual void created(Room &) { }
    // XEP-0030 / XEP-0045 §6.4: disco#info features and muc#roominfo fields.
    virtual void discover(const Room &, QStringList &, QList<QXmppDataForm::Field> &) const { }
    // The room, and one occupant, as a view shows them.
    virtual void describe(const Room &, RoomInfo &) const { }
    virtual void describe(const Room &, const Occupant &, OccupantInfo &) const { }
    // XEP-0045 §10.2: the configuration fields this feature owns.
    virtual QList<ConfigField> configFields() const { return {}; }
    // A submitted configuration, after all its fields were read: a reason to refuse it.
    virtual std::optional<QString> checkConfig(const QXmppDataForm &, const RoomConfig & /*before*/, RoomConfig & /*next*/) const
    {
        return std::nullopt;
    }
    // The configuration changed (not while the room was locked): status codes for the notice to
    // occupants (§10.2.1), and what follows from the change.
    virtual void configured(Room &, const RoomConfig & /*before*/, QList<int> & /*codes*/) { }

    // Entering (§7.2): a reason to refuse the entrant.
    virtual std::optional<Refusal> refuseEntry(const Room &, const Entrant &) const { return std::nullopt; }
    // A nickname someone may not take, on entry or by changing it (§7.2.9, §7.6).
    virtual std::optional<Refusal> refuseNickname(const Room &, const QString & /*bareJid*/, const QString & /*nick*/) const { return std::nullopt; }
    // The role an affiliation gets on entry, where this feature decides it (§5.1.2).
    virtual std::optional<Role> defaultRole(const Room &, Affiliation) const { return std::nullopt; }
    // Status codes for the joiner's own presence (§7.2.4, §7.2.12).
    virtual void selfPresenceCodes(const Room &, QList<int> &) const { }
    // After the joiner got the occupants and its own presence, before the subject (§7.2.3).
    virtual void joined(Room &, const Stanza & /*join*/, Occupant &) { }

    // Elements the room writes itself, which a sender's presence or message may not carry.
    virtual bool isReserved(const QDomElement &) const { return false; }
    // Elements that go into every presence from this occupant.
    virtual QByteArray presenceExtras(const Room &, const Occupant &) const { return {}; }
    // Elements that go into a message from an occupant, stored or live (XEP-0421 and the like).
    virtual QByteArray senderMarks(const Room &, const QString & /*senderJid*/) const { return {}; }
    // A message to everyone, before it goes out (stamps) and after (archive, history).
    virtual void stamp(Room &, OutgoingMessage &) { }
    virtual void relayed(Room &, const OutgoingMessage &) { }
    // An archived message was retracted (XEP-0424/0425): its payload is now this tombstone.
    virtual void retracted(Room &, const QString & /*stanzaId*/, const QByteArray & /*tombstone*/) { }
    // Who may change the subject (§8.1): a refusal, where this feature decides it.
    virtual std::optional<Refusal> refuseSubjectChange(const Room &, Role) const { return std::nullopt; }

    // A stanza from an occupant before the room acts on it (message, presence update, IQ to an
    // occupant), of the kind given: true when this feature refused it (and answered it).
    virtual bool screen(Room &, const Stanza &, const Occupant & /*sender*/, LimitKind) { return false; }
    // A private message between occupants (§7.5): a refusal.
    virtual std::optional<Refusal> refusePrivateMessage(const Room &, const Occupant & /*sender*/) const { return std::nullopt; }
    // A message to the room that is not groupchat (invitations, declines, voice requests), or an
    // IQ to the room or to an occupant: true when this feature answered it.
    virtual bool handleMessage(Room &, const Stanza &, const Occupant * /*sender*/) { return false; }
    virtual bool handleIq(Room &, const Stanza &, const QDomElement & /*payload*/) { return false; }
    // An IQ to room/nick: a request from an occupant, or a response (sender may be null).
    virtual bool handleOccupantIq(Room &, const Stanza &, const Occupant * /*sender*/) { return false; }
    virtual bool handlePresence(Room &, const Stanza &) { return false; }
    // An affiliation changed (§9, §10), already applied; before the room recomputes the role of
    // the user's occupant, if present.
    virtual void affiliationChanged(Room &, const Actor &, const AffiliationChange &, Affiliation /*before*/) { }

    // What a restart must bring back, beyond the room's own state.
    virtual void save(const Room &, RoomRecord &) const { }
    virtual void restore(Room &, const RoomRecord &) { }
};

// Every feature a room has, in the order their hooks run.
std::vector<std::unique_ptr<RoomFeature>> makeRoomFeatures();
// Every configuration field, in the form's order.
const QList<ConfigField> &roomConfigFields();

} // namespace qmuc
