#pragma once

#include <QString>

namespace qmuc {

// A room's configuration (XEP-0045 §10.2, the muc#roomconfig form). Defaults are those of a
// newly created room unless the service's settings say otherwise.
struct RoomConfig {
    enum class Whois { Moderators, Anyone }; // who may see occupants' real JIDs

    QString name;                    // muc#roomconfig_roomname
    QString description;             // muc#roomconfig_roomdesc
    QString language;                // muc#roomconfig_lang
    bool persistent = false;         // muc#roomconfig_persistentroom
    bool isPublic = true;            // muc#roomconfig_publicroom
    bool membersOnly = false;        // muc#roomconfig_membersonly
    bool moderated = false;          // muc#roomconfig_moderatedroom
    QString password;                // muc#roomconfig_roomsecret, empty for none
    int maxUsers = 0;                // muc#roomconfig_maxusers, 0 for no limit
    Whois whois = Whois::Moderators; // muc#roomconfig_whois
    bool participantsMaySetSubject = false; // muc#roomconfig_changesubject
    bool allowPrivateMessages = true;       // muc#roomconfig_allowpm (anyone / none)
    bool allowInvites = false;       // muc#roomconfig_allowinvites: members may invite (members-only rooms)
    int historyLength = 20;          // messages replayed on join (muc#maxhistoryfetch)
    bool logging = false;            // muc#roomconfig_enablelogging: messages are archived

    bool nonAnonymous() const { return whois == Whois::Anyone; }
    bool passwordProtected() const { return !password.isEmpty(); }
    bool operator==(const RoomConfig &) const = default;
};

} // namespace qmuc
