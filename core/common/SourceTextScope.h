#pragma once

namespace countersign {

// While a SourceTextScope lives on a thread, translators installed as SourceTextTranslator
// answer nothing on that thread, so core's texts come out in English, the source language.
// Audit records, gate results (whose digests are signed) and other machine-read payloads are
// made inside one: they never depend on the operator's language.
class SourceTextScope {
public:
    SourceTextScope();
    ~SourceTextScope();
    SourceTextScope(const SourceTextScope&) = delete;
    SourceTextScope& operator=(const SourceTextScope&) = delete;

    static bool active();

private:
    bool m_previous;
};

}  // namespace countersign
