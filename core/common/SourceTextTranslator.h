#pragma once

#include <QTranslator>

namespace countersign {

// A QTranslator that stays silent on a thread inside a SourceTextScope (the text then stays
// in English). The console installs its translations as these.
class SourceTextTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
};

}  // namespace countersign
