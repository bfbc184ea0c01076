// `fuzz_replay` (scripts/replay, ctest): runs fuzz inputs (decoded, in lockstep) and .py reproducers
// (whole) once on both systems, without mutation; exit status 1 when anything diverges.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

#include "case/parser.hpp"
#include "differential/generated_script.hpp"
#include "libfuzzer/fuzz_input_runner.hpp"
#include "libfuzzer/replay_inputs.hpp"

namespace {

namespace fs = std::filesystem;
using namespace fuzzing;

std::string contents_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path.string() + ": cannot be read");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::span<const std::uint8_t> bytes_of(const std::string& contents) {
    return {reinterpret_cast<const std::uint8_t*>(contents.data()), contents.size()};
}

int run(int argc, char** argv) {
    CLI::App app{"Runs fuzz inputs and .py reproducers once on NumPy and the system under test"};
    std::vector<fs::path> paths;
    std::optional<fs::path> emit_python;
    app.add_option("paths", paths, "input files, .py reproducers, or directories of them")->required();
    // Decoding runs NumPy alone, so that an input that crashes the engine still gets its script.
    app.add_option("--emit-python", emit_python, "only decode the inputs and write DIR/<input name>.py");
    CLI11_PARSE(app, argc, argv);

    fuzz_input_runner runner;
    std::size_t inputs = 0, scripts = 0, statements = 0, findings = 0;
    for (const fs::path& path : fuzzing::replay_inputs(paths)) {
        const std::string contents = contents_of(path);
        if (emit_python) {
            fs::create_directories(*emit_python);
            std::ofstream(*emit_python / (path.filename().string() + ".py"))
                << script_of(runner.decode(bytes_of(contents)));
            ++inputs;
            continue;
        }
        std::optional<finding> found;
        if (path.extension() == ".py") {
            ++scripts;
            found = runner.check_script(cases::parse_program(contents, path.string()));
        } else {
            ++inputs;
            const lockstep_result result = runner.run(bytes_of(contents));
            statements += result.statements.size();
            if (result.found) found = runner.minimized(result);
        }
        if (found) {
            ++findings;
            std::cout << path.string() << ": " << found->signature << "\n" << found->report << "\n";
        }
    }
    std::cout << "fuzz_replay: " << inputs << " inputs (" << statements << " statements), " << scripts
              << " reproducer scripts, " << findings << " findings\n";
    return findings == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "fuzz_replay: " << e.what() << "\n";
        return 2;
    }
}
