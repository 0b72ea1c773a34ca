#pragma once

#include <QString>

#include <optional>

// Nicknames in rooms: the PRECIS Nickname profile (RFC 8266) for preparing and comparing them,
// and Unicode's confusable skeletons (UTS #39) for telling nicks apart that only look alike.
// Every place that takes a nick from a user, or asks whether two nicks are the same, goes
// through here.
namespace qmuc {

// RFC 8266 §2.2 enforcement: non-ASCII spaces become U+0020, leading and trailing spaces go and
// runs of spaces become one, NFKC (which includes the width mapping); then refused when empty,
// longer than 1023 bytes (RFC 7622 §3.4), or holding a character the FreeformClass (RFC 8264
// §4.3) does not allow: controls, format characters (bidi overrides and isolates, zero-width
// characters, BOM), other default-ignorable and unassigned code points, private use, lone
// surrogates, old Hangul jamo, line and paragraph separators. Returns the nick as the room
// shows it, or nullopt and sets *why to a text for the user (in the wire language).
std::optional<QString> prepareNickname(const QString &nick, QString *why);

// RFC 8266 §2.3 comparison: the string two nicks are the same nick by (enforcement, then case
// folding and NFKC). Meant for prepared nicks; a text that fails enforcement gets a key no
// prepared nick has.
QString nicknameKey(const QString &nick);

// Whether two nicks are the same nick in a room (RFC 8266 §2.3): "Alice", "alice" and "ＡＬＩＣＥ"
// are. Use this, never ==, wherever a nick from a user meets one the room knows.
bool sameNickname(const QString &a, const QString &b);

// The UTS #39 §4 skeleton of a nick (ICU's spoof checker), case-folded: two nicks with the same
// skeleton look alike ("Alice" with a Cyrillic А and "alice", "paypaI" and "paypal").
QString nicknameSkeleton(const QString &nick);

} // namespace qmuc
