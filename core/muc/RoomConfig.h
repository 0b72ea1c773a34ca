#pragma once

#include <QByteArray>
#include <QString>

namespace qmuc {

// A room's configuration (XEP-0045 §10.2, the muc#roomconfig form): the values the room and its
// features share. Each value's form field, label and storage key are declared by the feature
// that owns it (features/*.cpp). Defaults are those of a newly created room unless the service's
// settings say otherwise.
struct RoomConfig {
    enum class Whois { Moderators, Anyone }; // who may see occupants' real JIDs
    enum class AllowPm { Anyone, Participants, Moderators, None }; // who may send private messages

    QString name;                    // Description
    QString description;
    QString language;
    bool persistent = false;         // Persistence
    bool isPublic = true;            // Visibility
    bool membersOnly = false;        // MembersOnly
    bool moderated = false;          // Moderated
    QString password;                // Password: empty for none
    int maxUsers = 0;                // Capacity: 0 for no limit
    Whois whois = Whois::Moderators; // Anonymity
    bool participantsMaySetSubject = false; // SubjectRights
    AllowPm allowPrivateMessages = AllowPm::Anyone; // PrivateMessages
    bool allowInvites = false;       // Invitations: members may invite (members-only rooms)
    int historyLength = 20;          // RecentHistory: messages replayed on join
    bool logging = false;            // Archive: messages are archived

    bool nonAnonymous() const { return whois == Whois::Anyone; }
    bool passwordProtected() const { return !password.isEmpty(); }
    bool operator==(const RoomConfig &) const = default;
};

// The configuration as storage keeps it (JSON keyed by each field's storage key).
QByteArray roomConfigToJson(const RoomConfig &config);
RoomConfig roomConfigFromJson(const QByteArray &json);

} // namespace qmuc
