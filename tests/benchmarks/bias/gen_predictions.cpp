// Writes a synthetic predictions CSV for the bias benchmark: label, score, gender, age_band,
// region. Deterministic for a seed. Usage: gen_predictions ROWS SEED > predictions.csv
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
    const long long rows = argc > 1 ? std::atoll(argv[1]) : 10000000;
    const unsigned seed = argc > 2 ? unsigned(std::atoi(argv[2])) : 1;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const char* genders[] = {"F", "M", "X"};
    const char* ages[] = {"18-25", "26-40", "41-65", "65+"};
    const char* regions[] = {"north", "south", "east", "west", "\"central, inner\""};
    std::printf("label,score,gender,age_band,region\r\n");
    for (long long i = 0; i < rows; ++i) {
        const double g = u(rng);
        const int gi = g < 0.49 ? 0 : (g < 0.98 ? 1 : 2);
        const int ai = int(u(rng) * 4);
        const int ri = int(u(rng) * 5);
        const int label = u(rng) < 0.3 ? 1 : 0;
        // Scores lean towards the label; group M slightly more so (a biased model).
        double score = 0.35 * u(rng) + (label ? 0.4 : 0.15) + (gi == 1 && label ? 0.05 : 0.0);
        if (score > 1)
            score = 1;
        std::printf("%d,%.4f,%s,%s,%s\r\n", label, score, genders[gi], ages[ai], regions[ri]);
    }
    return 0;
}
