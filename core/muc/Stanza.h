#pragma once

#include "Jid.h"

#include <QDomElement>

namespace qmuc {

// An incoming stanza with its addressing parsed once, as the rules see it.
struct Stanza {
    QDomElement element;
    QString kind;     // iq, message, presence
    QString type;     // the 'type' attribute, empty if none
    QString id;
    QString fromFull; // the sender's full JID, as the server stamped it
    Jid from;
    Jid to;

    static Stanza parse(const QDomElement &element);
    QDomElement child(const QString &name, const QString &ns) const;
};

} // namespace qmuc
