#pragma once

#include <QString>

// Every namespace and feature string qmuc speaks, typed once.
namespace qmuc::ns {
inline const QString componentAccept = QStringLiteral("jabber:component:accept");
inline const QString stream = QStringLiteral("http://etherx.jabber.org/streams");
inline const QString streamErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
inline const QString discoInfo = QStringLiteral("http://jabber.org/protocol/disco#info");
inline const QString discoItems = QStringLiteral("http://jabber.org/protocol/disco#items");
inline const QString muc = QStringLiteral("http://jabber.org/protocol/muc");
inline const QString ping = QStringLiteral("urn:xmpp:ping");
inline const QString version = QStringLiteral("jabber:iq:version");
inline const QString commands = QStringLiteral("http://jabber.org/protocol/commands");
inline const QString registration = QStringLiteral("jabber:iq:register");
inline const QString mucUser = QStringLiteral("http://jabber.org/protocol/muc#user");
inline const QString mucOwner = QStringLiteral("http://jabber.org/protocol/muc#owner");
inline const QString mucAdmin = QStringLiteral("http://jabber.org/protocol/muc#admin");
// XEP-0045 §7.4 / §15.2: the service reflects each message with the id its sender gave it.
inline const QString mucStableId = QStringLiteral("http://jabber.org/protocol/muc#stable_id");
// XEP-0410 §4: the service answers self-pings itself.
inline const QString mucSelfPingOptimization = QStringLiteral("http://jabber.org/protocol/muc#self-ping-optimization");
// XEP-0045 §7.13: voice requests.
inline const QString mucRequest = QStringLiteral("http://jabber.org/protocol/muc#request");
inline const QString mucRoomInfo = QStringLiteral("http://jabber.org/protocol/muc#roominfo");
inline const QString mucRoomConfig = QStringLiteral("http://jabber.org/protocol/muc#roomconfig");
inline const QString dataForms = QStringLiteral("jabber:x:data");
inline const QString rsm = QStringLiteral("http://jabber.org/protocol/rsm");
inline const QString mam = QStringLiteral("urn:xmpp:mam:2");
// XEP-0060: the real-time block list (BlockList.h).
inline const QString pubsub = QStringLiteral("http://jabber.org/protocol/pubsub");
inline const QString mamExtended = QStringLiteral("urn:xmpp:mam:2#extended");
inline const QString stanzaId = QStringLiteral("urn:xmpp:sid:0");
inline const QString forward = QStringLiteral("urn:xmpp:forward:0");
inline const QString delay = QStringLiteral("urn:xmpp:delay");
inline const QString hints = QStringLiteral("urn:xmpp:hints");
inline const QString occupantId = QStringLiteral("urn:xmpp:occupant-id:0");
// XEP-0054 vCards: occupants' (forwarded) and the room's own (XEP-0486 avatars).
inline const QString vcard = QStringLiteral("vcard-temp");
// XEP-0317 hats, and its ad-hoc commands' form type (§2.2).
inline const QString hats = QStringLiteral("urn:xmpp:hats:0");
inline const QString hatsCommands = QStringLiteral("urn:xmpp:hats:commands");
// XEP-0425 moderation (v0.3: :1; v0.2, through XEP-0422 fastening: :0) with XEP-0424 retractions.
inline const QString messageModerate = QStringLiteral("urn:xmpp:message-moderate:1");
inline const QString messageModerate0 = QStringLiteral("urn:xmpp:message-moderate:0");
inline const QString messageRetract = QStringLiteral("urn:xmpp:message-retract:1");
inline const QString messageRetract0 = QStringLiteral("urn:xmpp:message-retract:0");
inline const QString fasten = QStringLiteral("urn:xmpp:fasten:0");
} // namespace qmuc::ns
