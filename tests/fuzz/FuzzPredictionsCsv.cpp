// Fuzz target predictions-csv: the bias gate over a predictions CSV (CsvReader, header, rows),
// once with a score column and once with a prediction column, as a bundle's evaluation names.
#include "FuzzTarget.h"
#include "gates/BiasGate.h"
#include "metrics/CsvReader.h"

using namespace countersign;

namespace {

BiasConfig config(bool score) {
    BiasConfig c;
    c.label = QStringLiteral("label");
    c.positiveLabel = QStringLiteral("1");
    if (score)
        c.score = QStringLiteral("score");
    else {
        c.prediction = QStringLiteral("prediction");
        c.predictedPositive = {QStringLiteral("1")};
    }
    c.protectedAttributes = {QStringLiteral("gender"), QStringLiteral("age_band")};
    c.minGroupSupport = 2;
    c.bootstrapReplicates = 20;  // the interval's arithmetic, not its precision
    c.hashInput = true;
    return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text = fuzz::bytes(data, size);
    for (const bool score : {true, false}) {
        CsvReader csv(64);  // a small block: records that span reads
        csv.openBytes(text, fuzz::inputName());
        fuzz::consume(BiasGate::evaluate(csv, config(score)));
    }
    return 0;
}
