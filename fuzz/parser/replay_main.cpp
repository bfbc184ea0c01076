// `parser_fuzz_replay` (ctest parser_fuzz_replay): runs every file of the folders (or files) named through
// parser_fuzz's check once, without libFuzzer, so the seeds and past findings stay fixed in every build.
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

#include "libfuzzer/replay_inputs.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// The input being run, for the signal handler: a finding aborts, and the name must reach the log.
char current_input[4096] = "";

extern "C" void name_the_input(int signal_number) {
    constexpr char prefix[] = "\nparser_fuzz_replay: the input was ";
    [[maybe_unused]] ssize_t written = write(STDERR_FILENO, prefix, sizeof prefix - 1);
    written = write(STDERR_FILENO, current_input, std::strlen(current_input));
    written = write(STDERR_FILENO, "\n", 1);
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::string(argv[1]) == "-h" || std::string(argv[1]) == "--help") {
        std::cerr << "Usage: parser_fuzz_replay FOLDER_OR_FILE...\n";
        return argc < 2 ? 2 : 0;
    }
    for (int signal_number : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(signal_number, name_the_input);
    const std::vector<fs::path> inputs = fuzzing::replay_inputs(std::vector<fs::path>(argv + 1, argv + argc));
    if (inputs.empty()) {
        std::cerr << "parser_fuzz_replay: no inputs in the folders named\n";
        return 1;
    }
    for (const fs::path& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::cerr << "parser_fuzz_replay: " << path.string() << ": cannot be read\n";
            return 1;
        }
        const std::string contents{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        std::strncpy(current_input, path.c_str(), sizeof current_input - 1);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(contents.data()), contents.size());
    }
    std::cout << "parser_fuzz_replay: " << inputs.size() << " inputs, each parsed or refused with FILE:LINE:COL, "
              << "and every program printed back to itself\n";
    return 0;
}
