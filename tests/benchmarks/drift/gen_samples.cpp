// Writes a synthetic baseline or current feature sample for the drift benchmark: 20 numeric
// features f00..f19 (16 continuous, 4 discrete with few values), a few missing values.
// Usage: gen_samples ROWS SEED SHIFT > sample.csv   (SHIFT 0 baseline, 1 current)
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char** argv) {
    const long long rows = argc > 1 ? std::atoll(argv[1]) : 1000000;
    const unsigned seed = argc > 2 ? unsigned(std::atoi(argv[2])) : 1;
    const int shift = argc > 3 ? std::atoi(argv[3]) : 0;
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> n01(0.0, 1.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int f = 0; f < 20; ++f) std::printf(f ? ",f%02d" : "f%02d", f);
    std::printf("\n");
    for (long long i = 0; i < rows; ++i) {
        for (int f = 0; f < 20; ++f) {
            if (f)
                std::putchar(',');
            if (u(rng) < 0.001)
                continue;  // missing
            if (f % 5 == 4) {
                // discrete: 0..5, current leans higher on f04
                int v = int(u(rng) * 6);
                if (shift && f == 4 && u(rng) < 0.3)
                    v = 5;
                std::printf("%d", v);
            } else {
                double v = n01(rng) * (1.0 + f * 0.1) + f;
                if (shift && f < 3)
                    v += 0.1 * (f + 1);  // mild to strong drift on f00..f02
                std::printf("%.5f", v);
            }
        }
        std::putchar('\n');
    }
    return 0;
}
