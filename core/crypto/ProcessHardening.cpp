#include "crypto/ProcessHardening.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace countersign {

Status ProcessHardening::disableCoreDumps() {
#if defined(Q_OS_UNIX)
    struct rlimit none {
        0, 0
    };
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        return Error::internal(
            QCoreApplication::translate("ProcessHardening", "cannot disable core dumps: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno))));
#endif
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return Error::internal(QCoreApplication::translate(
                                   "ProcessHardening", "cannot mark the process non-dumpable: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno))));
#endif
    return ok();
}

bool ProcessHardening::coreDumpsDisabled() {
    bool off = true;
#if defined(Q_OS_UNIX)
    struct rlimit lim {};
    off = getrlimit(RLIMIT_CORE, &lim) == 0 && lim.rlim_cur == 0 && lim.rlim_max == 0;
#endif
#if defined(Q_OS_LINUX)
    off = off && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return off;
}

}  // namespace countersign
