// Fuzz target drift-csv: the drift gate over a baseline and a current CSV sample. The input is
// the baseline, a form feed (\f), then the current sample; without a form feed both are the
// input.
#include "FuzzTarget.h"
#include "gates/DriftGate.h"
#include "metrics/CsvReader.h"

using namespace countersign;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text = fuzz::bytes(data, size);
    const qsizetype split = text.indexOf('\f');
    const QByteArray baselineText = split < 0 ? text : text.left(split);
    const QByteArray currentText = split < 0 ? text : text.mid(split + 1);
    for (const bool detect : {true, false}) {
        DriftOptions options;
        options.detectCategorical = detect;
        options.categorical = {QStringLiteral("channel"), QStringLiteral("country")};
        options.ignore = {QStringLiteral("id")};
        options.hashInputs = true;
        CsvReader baseline(64), current(64);
        baseline.openBytes(baselineText, QStringLiteral("fuzz-baseline"));
        current.openBytes(currentText, QStringLiteral("fuzz-current"));
        fuzz::consume(DriftGate::evaluate(baseline, current, options));
    }
    return 0;
}
