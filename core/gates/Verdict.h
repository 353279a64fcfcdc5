#pragma once

#include <QString>

namespace countersign {

// One vocabulary for outcomes, shared by gates, badges, tables and charts.
enum class Verdict { Pass, Warning, Fail, Error, Undefined };

QString verdictId(Verdict v);              // "pass", "warning", "fail", "error", "undefined"
QString verdictLabel(Verdict v);           // translated, for people: "Pass", "Fail", ...
Verdict verdictFromId(const QString& id);  // Undefined for anything unknown

// The worse of two verdicts: Error > Fail > Warning > Pass > Undefined.
Verdict worse(Verdict a, Verdict b);

}  // namespace countersign
