#include "common/SourceTextScope.h"

namespace countersign {

namespace {
thread_local bool sourceTextOnly = false;
}

SourceTextScope::SourceTextScope() : m_previous(sourceTextOnly) {
    sourceTextOnly = true;
}

SourceTextScope::~SourceTextScope() {
    sourceTextOnly = m_previous;
}

bool SourceTextScope::active() {
    return sourceTextOnly;
}

}  // namespace countersign
