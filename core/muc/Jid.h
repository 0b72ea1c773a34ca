#pragma once

#include <QString>

#include <optional>

namespace qmuc {

// A JID split into its parts (RFC 7622), without preparation.
struct Jid {
    QString node;
    QString domain;
    QString resource;

    static Jid parse(const QString &jid);
    QString bare() const;
    QString full() const;
};

// RFC 7622 localpart preparation (XMPP nodeprep, as Prosody does it, via libidn): case-folded
// and normalised; nullopt if the text cannot be a localpart. Room names go through this, so
// Lobby@ and lobby@ are one room.
std::optional<QString> prepareRoomName(const QString &node);

// XEP-0045 §7.2.1 / RFC 8265 OpaqueString-style nickname preparation: NFC-normalised, without
// control, unassigned, private-use or surrogate code points, not empty or only spaces, at most
// 1023 bytes. Returns the prepared nick, or nullopt and sets *why to a reason for the user.
std::optional<QString> prepareNickname(const QString &nick, QString *why);

} // namespace qmuc
