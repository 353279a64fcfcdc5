// Test helper process: appends records to an audit store and acknowledges each one on stdout
// ("ack <seq> <hash hex>") only after append() returned (the record is durable).
// Usage: audit_append_helper DB COUNT TAG   (COUNT 0 = until killed)
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

#include "audit/AuditStore.h"

using namespace countersign;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const qint64 count = args[2].toLongLong();
    auto store = AuditStore::open(args[1], {}, SystemClock::instance());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 3;
    }
    for (qint64 i = 0; count == 0 || i < count; ++i) {
        AuditEntry e{args[3], QStringLiteral("ops_lead"), QStringLiteral("test.append"),
                     QStringLiteral("helper"), QJsonObject{{QStringLiteral("i"), i}}};
        auto r = store.value()->append(e);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        std::printf("ack %lld %s\n", static_cast<long long>(r->seq), r->hash.toHex().constData());
        std::fflush(stdout);
    }
    return 0;
}
