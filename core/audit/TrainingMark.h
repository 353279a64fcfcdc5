#pragma once

#include <QJsonObject>
#include <QString>

namespace countersign {

// The mark a training workspace's store puts in the payload of every record it appends
// ("training": true; controls.json "training": true, docs/formats.md): a record made on a
// clock a person may set says so wherever it is listed, exported or copied, and `release
// verify` refuses a trail that carries it. The mark is part of the record's hash, so it cannot
// be removed without breaking the chain; adding it only makes a record count for less.
namespace TrainingMark {
QString key();  // "training"
bool carries(const QJsonObject& payload);
QJsonObject marked(QJsonObject payload);
// The payload as its author wrote it: for comparing a record with the statement signed
// inside it (acceptances, revocations), which never carries the mark.
QJsonObject withoutMark(QJsonObject payload);
}  // namespace TrainingMark

}  // namespace countersign
