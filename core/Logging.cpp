#include "Logging.h"

namespace qmuc {
Q_LOGGING_CATEGORY(lcComponent, "qmuc.component")
Q_LOGGING_CATEGORY(lcMuc, "qmuc.muc")
Q_LOGGING_CATEGORY(lcStorage, "qmuc.storage")
Q_LOGGING_CATEGORY(lcAdmin, "qmuc.admin")
Q_LOGGING_CATEGORY(lcTraffic, "qmuc.traffic", QtWarningMsg)
} // namespace qmuc
