#include "NowOption.h"

#include <QFileInfo>

#include "workspace/TrainingWorkspace.h"

namespace countersign::cli {
namespace {
const QString kName = QStringLiteral("now");
}  // namespace

void NowOption::add(QCommandLineParser& parser) {
    parser.addOption(
        {kName,
         QStringLiteral("Take this UTC time (ISO 8601) as now; training workspaces only "
                        "(controls.json \"training\": true)."),
         QStringLiteral("TIME")});
}

Result<std::shared_ptr<const Clock>> NowOption::clock(const QCommandLineParser& parser,
                                                      const QString& workspaceRoot) {
    if (!parser.isSet(kName))
        return std::shared_ptr<const Clock>(&SystemClock::instance(), [](const Clock*) {});
    if (auto training =
            TrainingWorkspace::requireForClockOption(workspaceRoot, QStringLiteral("--now"));
        !training)
        return training.error();
    const QDateTime at = QDateTime::fromString(parser.value(kName), Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return Error::badInput(
            QStringLiteral(
                "--now: \"%1\" is not an ISO 8601 time with a zone (e.g. 2026-11-03T08:00:00Z)")
                .arg(parser.value(kName)));
    return std::shared_ptr<const Clock>(std::make_shared<FixedClock>(at));
}

}  // namespace countersign::cli
