#pragma once

#include <QString>

namespace countersign {

// The integrity gate's outcome for one file.
enum class FileVerdict {
    Pending,     // not checked yet (a run in progress)
    Ok,          // digest and size as the manifest says
    Mismatch,    // digest or size differ
    Missing,     // named in the manifest, not on disk
    Unreadable,  // on disk but could not be read (reason given)
    Extra,       // on disk, in a folder the manifest covers, but not named in it
    Refused,     // absolute, "..", or resolving outside the root: never opened
    Cancelled,   // the run was cancelled before this file was finished
};

QString fileVerdictId(FileVerdict v);     // "ok", "mismatch", "missing", ...
QString fileVerdictLabel(FileVerdict v);  // translated, for people
bool fileVerdictFails(FileVerdict v);     // everything except Ok and Pending

}  // namespace countersign
