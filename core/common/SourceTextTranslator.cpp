#include "common/SourceTextTranslator.h"

#include "common/SourceTextScope.h"

namespace countersign {

QString SourceTextTranslator::translate(const char* context, const char* sourceText,
                                        const char* disambiguation, int n) const {
    if (SourceTextScope::active())
        return {};
    return QTranslator::translate(context, sourceText, disambiguation, n);
}

}  // namespace countersign
