// The timing loop behind --bench: parsing is done before the clock starts (once per case, as the Python
// baseline does), so the figures measure running, snapshotting and comparing.
#include "runner/bench.hpp"

#include <chrono>
#include <cstdio>

#include "contract/step_recorder.hpp"

namespace conformance {

bench_figures run_bench(const std::vector<cases::program>& programs, implementation& oracle, implementation& engine,
                        int rounds) {
    bench_figures figures;
    const auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < rounds; ++round) {
        for (const cases::program& program : programs) {
            run_case(program, program.file, oracle, engine);
            ++figures.cases;
            figures.statements += program.statements.size();
        }
    }
    figures.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return figures;
}

std::string format_bench(const bench_figures& figures) {
    char line[256];
    std::snprintf(line, sizeof line, "runner: %zu cases, %zu statements in %.6f s: %.1f cases/s, %.1f statements/s",
                  figures.cases, figures.statements, figures.seconds, figures.cases / figures.seconds,
                  figures.statements / figures.seconds);
    return line;
}

}  // namespace conformance
