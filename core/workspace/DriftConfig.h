#pragma once

#include <QString>
#include <QStringList>

namespace countersign {

// bundle.json "drift": the feature samples the drift gate compares.
struct DriftConfig {
    QString baseline;         // relative path of the baseline sample CSV
    QString current;          // relative path of the current sample CSV
    QStringList categorical;  // binned one bin per value; every other column is numeric...
    QStringList ignore;       // ...except these, which are not compared at all
};

}  // namespace countersign
