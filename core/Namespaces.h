#pragma once

#include <QString>

// Every namespace and feature string qmuc speaks, typed once.
namespace qmuc::ns {
inline const QString componentAccept = QStringLiteral("jabber:component:accept");
inline const QString stream = QStringLiteral("http://etherx.jabber.org/streams");
inline const QString streamErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
inline const QString stanzaErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
inline const QString discoInfo = QStringLiteral("http://jabber.org/protocol/disco#info");
inline const QString discoItems = QStringLiteral("http://jabber.org/protocol/disco#items");
inline const QString muc = QStringLiteral("http://jabber.org/protocol/muc");
inline const QString ping = QStringLiteral("urn:xmpp:ping");
inline const QString version = QStringLiteral("jabber:iq:version");
} // namespace qmuc::ns
