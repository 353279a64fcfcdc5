#pragma once

#include <QString>

namespace countersign::test {

// Copies a folder tree (files and subfolders) into another folder, creating it.
bool copyTree(const QString& from, const QString& to);

}  // namespace countersign::test
