#pragma once

#include <QLoggingCategory>

namespace qmuc {
Q_DECLARE_LOGGING_CATEGORY(lcComponent) // qmuc.component: the connection to the server
Q_DECLARE_LOGGING_CATEGORY(lcMuc)       // qmuc.muc: rooms and the service
Q_DECLARE_LOGGING_CATEGORY(lcStorage)   // qmuc.storage: the database file
Q_DECLARE_LOGGING_CATEGORY(lcTraffic)   // qmuc.traffic: every stanza in and out (debug only)
Q_DECLARE_LOGGING_CATEGORY(lcAdmin)     // qmuc.admin: the admin endpoint, who attached and what they did
} // namespace qmuc
