// The libFuzzer target `strided_fuzz`: every input decodes to a valid program that runs in lockstep on
// NumPy and the engine; a divergence is shrunk, written as a runnable script, and aborts. Mutation and
// cross-over work on whole statements where the input's statements are known (statement_mutator.hpp).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <string_view>

#include "libfuzzer/bundled_python.hpp"
#include "libfuzzer/fuzz_input_runner.hpp"
#include "libfuzzer/sha1.hpp"
#include "libfuzzer/statement_mutator.hpp"

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

// Where libFuzzer writes the input's artifact (the directory of -artifact_prefix, else ./): the reproducer
// goes next to it as crash-<sha1>.py. Memory errors in the engine are the sanitizers' to report.
std::string& reproducer_directory() {
    static std::string directory = "./";
    return directory;
}

// The script starts with the finding's signature, by which scripts/fuzz groups findings.
void write_reproducer(std::span<const std::uint8_t> input, const fuzzing::finding& found) {
    const std::string path = reproducer_directory() + "crash-" + fuzzing::sha1_hex(input) + ".py";
    std::ofstream(path) << "# " << found.signature << "\n" << found.reproducer;
    std::cerr << "\n" << found.report << "\nstrided_fuzz: reproducer written to " << path << "\n";
}

// The statements of every input run so far, for the mutators.
fuzzing::statement_boundaries& boundaries() {
    static fuzzing::statement_boundaries known;
    return known;
}

// Every this many inputs a line on stderr counts the inputs and statements this process ran: programs have 20
// to 32 statements, so execs/s alone does not say how much a campaign ran (scripts/fuzz reads the line).
constexpr std::size_t inputs_per_count_line = 1000;

void count_statements(std::size_t statements) {
    static std::size_t inputs_run = 0, statements_run = 0;
    statements_run += statements;
    if (++inputs_run % inputs_per_count_line == 0) {
        std::fprintf(stderr, "#strided inputs: %zu statements: %zu\n", inputs_run, statements_run);
    }
}

// One statement-level mutation in ten is left to libFuzzer's byte mutator, which also mutates the inputs
// whose statements are not known (not run in this process yet).
constexpr unsigned byte_mutation_percent = 10;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzzing::use_bundled_python_if_present((*argv)[0]);
    try {
        fuzzing::fuzz_input_limits();  // a bad setting is a usage error before any input, not a crash on the first
    } catch (const std::invalid_argument& e) {
        std::cerr << "strided_fuzz: " << e.what() << "\n";
        std::exit(2);
    }
    constexpr std::string_view prefix_flag = "-artifact_prefix=";
    for (int i = 1; i < *argc; ++i) {
        const std::string_view argument = (*argv)[i];
        if (!argument.starts_with(prefix_flag)) continue;
        const std::string_view prefix = argument.substr(prefix_flag.size());
        const auto slash = prefix.rfind('/');
        reproducer_directory() = slash == std::string_view::npos ? "./" : std::string(prefix.substr(0, slash + 1));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static fuzzing::fuzz_input_runner runner;
    const std::span<const std::uint8_t> input(data, size);
    const fuzzing::lockstep_result result = runner.run(input);
    count_statements(result.statements.size());
    boundaries().remember(input, {result.bytes_read, result.statement_starts});
    if (!result.found) return 0;
    write_reproducer(input, runner.minimized(result));
    std::abort();
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
    std::mt19937_64 random(seed);
    const auto decoded = boundaries().find({data, size});
    if (!decoded || std::uniform_int_distribution<unsigned>(0, 99)(random) < byte_mutation_percent)
        return LLVMFuzzerMutate(data, size, max_size);
    const auto mutated = fuzzing::mutate_statements(decoded->bytes, decoded->starts, max_size, random, LLVMFuzzerMutate);
    std::copy(mutated.begin(), mutated.end(), data);
    return mutated.size();
}

extern "C" std::size_t LLVMFuzzerCustomCrossOver(const std::uint8_t* first, std::size_t first_size,
                                                 const std::uint8_t* second, std::size_t second_size,
                                                 std::uint8_t* out, std::size_t max_out_size, unsigned int seed) {
    std::mt19937_64 random(seed);
    const auto first_decoded = boundaries().find({first, first_size});
    const auto second_decoded = boundaries().find({second, second_size});
    if (!first_decoded || !second_decoded) {  // libFuzzer's own cross-over is not callable from here: a plain splice
        const std::size_t head = std::min(first_size, max_out_size) / 2;
        const std::size_t tail = std::min(second_size, max_out_size - head);
        std::memcpy(out, first, head);
        std::memcpy(out + head, second + (second_size - tail), tail);
        return head + tail;
    }
    const auto spliced = fuzzing::cross_over_statements(first_decoded->bytes, first_decoded->starts, second_decoded->bytes,
                                                        second_decoded->starts, max_out_size, random);
    std::copy(spliced.begin(), spliced.end(), out);
    return spliced.size();
}
