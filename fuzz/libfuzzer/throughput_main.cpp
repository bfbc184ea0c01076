// `fuzz_throughput` (scripts/bench-fuzz, not a test): how many fuzz inputs and statements per second the
// fuzz target's per-input work runs, on a fixed stream of random inputs; findings are printed, not shrunk.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>

#include "libfuzzer/fuzz_input_runner.hpp"

int main(int argc, char** argv) {
    CLI::App app{"Measures the fuzz target's execs/s and statements/s"};
    double seconds = 10;
    std::uint64_t seed = 1;
    std::size_t max_input_bytes = 512;
    app.add_option("--seconds", seconds, "how long to run");
    app.add_option("--seed", seed, "seed of the random inputs");
    app.add_option("--max-input-bytes", max_input_bytes, "inputs are 0 to this many bytes long");
    CLI11_PARSE(app, argc, argv);

    fuzzing::fuzz_input_runner runner;
    std::mt19937_64 random(seed);
    std::size_t inputs = 0, statements = 0, findings = 0;
    const auto start = std::chrono::steady_clock::now();
    std::chrono::duration<double> elapsed{};
    while (elapsed.count() < seconds) {
        std::vector<std::uint8_t> input(random() % (max_input_bytes + 1));
        for (auto& byte : input) byte = static_cast<std::uint8_t>(random());
        const fuzzing::lockstep_result result = runner.run(input);
        ++inputs;
        statements += result.statements.size();
        if (result.found) {  // a benchmark still must not hide a divergence: report it, unshrunk
            ++findings;
            std::cerr << result.found->signature << " (input " << inputs << ", not minimized)\n"
                      << result.found->report << "\n";
        }
        elapsed = std::chrono::steady_clock::now() - start;
    }
    std::printf("execs/s: %.1f  statements/s: %.1f  (%zu inputs, %zu statements, %zu findings in %.1f s)\n",
                static_cast<double>(inputs) / elapsed.count(), static_cast<double>(statements) / elapsed.count(),
                inputs, statements, findings, elapsed.count());
    return 0;
}
