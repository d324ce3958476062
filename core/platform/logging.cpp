#include "logging.h"

Q_LOGGING_CATEGORY(lcSupervisor, "wspulse.core.supervisor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "wspulse.core.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServer, "wspulse.core.server", QtWarningMsg)
