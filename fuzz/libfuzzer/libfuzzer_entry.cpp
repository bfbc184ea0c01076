// The libFuzzer target `strided_fuzz`: every input decodes to a valid program that runs in lockstep on
// NumPy and the engine; a divergence is shrunk, written as a runnable script, and aborts.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "libfuzzer/bundled_python.hpp"
#include "libfuzzer/fuzz_input_runner.hpp"
#include "libfuzzer/sha1.hpp"

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

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzzing::use_bundled_python_if_present((*argv)[0]);
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
    if (!result.found) return 0;
    write_reproducer(input, runner.minimized(result));
    std::abort();
}
