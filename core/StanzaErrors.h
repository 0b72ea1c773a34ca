#pragma once

#include "WireText.h" // the language of the texts these replies carry

#include <QXmppIq.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

namespace qmuc {

// RFC 6120 §8.3 error replies: the request's id, its addressing reversed, type 'error', and one
// <error/> naming who generated it (XEP-0045's examples carry by='room@service').
using StanzaError = QXmppStanza::Error;

QXmppIq errorReply(const QXmppIq &request, StanzaError::Type type, StanzaError::Condition condition,
                   const QString &text = {});
QXmppMessage errorReply(const QXmppMessage &request, StanzaError::Type type,
                        StanzaError::Condition condition, const QString &text = {});
// Keeps the request's MUC <x/>, as XEP-0045's examples of refused joins do.
QXmppPresence errorReply(const QXmppPresence &request, StanzaError::Type type,
                         StanzaError::Condition condition, const QString &text = {});

// The error reply to any stanza as it arrived, serialised: picks the kind from the element.
QByteArray errorReplyTo(const QDomElement &request, StanzaError::Type type, StanzaError::Condition condition,
                        const QString &text = {});

} // namespace qmuc
