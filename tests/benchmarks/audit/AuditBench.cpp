// Audit store benchmark driver.
//   audit_bench append DB N   N durable single appends (one process); prints appends/s
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

#include "audit/AuditStore.h"

using namespace countersign;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 || args[1] != QLatin1String("append")) {
        std::fprintf(stderr, "usage: audit_bench append DB N\n");
        return 2;
    }
    auto store = AuditStore::open(args[2], {}, SystemClock::instance());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 3;
    }
    const qint64 n = args[3].toLongLong();
    QElapsedTimer t;
    t.start();
    for (qint64 i = 0; i < n; ++i) {
        AuditEntry e{QStringLiteral("r.ahmed"), QStringLiteral("risk_officer"),
                     QStringLiteral("gate.bias"), QStringLiteral("fraud-detection@2026.11.0"),
                     QJsonObject{{QStringLiteral("run"), i},
                                 {QStringLiteral("verdict"), QStringLiteral("pass")}}};
        if (!store.value()->append(e))
            return 1;
    }
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    std::printf("%lld appends in %.3f s: %.1f appends/s\n", static_cast<long long>(n), s,
                static_cast<double>(n) / s);
    return 0;
}
