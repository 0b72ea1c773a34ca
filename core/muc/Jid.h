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

// RFC 7622 §3 preparation of a JID a person typed (an admin's ban, a configured JID): localpart
// by nodeprep (case-folded), domainpart by nameprep (lower-cased, without a trailing dot),
// resourcepart by resourceprep. nullopt if the text cannot be a JID (jid-malformed): a missing
// or malformed domain, a character a part may not hold, a part over 1023 bytes. So a ban on
// "Mallory@Evil.example" is a ban on mallory@evil.example.
std::optional<Jid> prepareJid(const QString &jid);

// Nicknames (the resourcepart of an occupant JID): Nickname.h.

} // namespace qmuc
