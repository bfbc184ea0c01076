// Parsing of the conformance binary's flags: `--flag VALUE` and `--flag=VALUE` both work; --cases takes
// every following argument up to the next flag.
#include "runner/options.hpp"

#include <charconv>

#include "contract/numpy_oracle.hpp"

namespace conformance {

namespace {

bool is_flag(const std::string& argument) { return argument.size() > 1 && argument[0] == '-'; }

}  // namespace

bool asks_for_help(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--help" || argument == "-h") return true;
    }
    return false;
}

options parse_options(int argc, char** argv) {
    options parsed;
    for (int i = 1; i < argc; ++i) {
        std::string flag = argv[i];
        std::optional<std::string> inline_value;
        if (const auto equals = flag.find('='); flag.rfind("--", 0) == 0 && equals != std::string::npos) {
            inline_value = flag.substr(equals + 1);
            flag.resize(equals);
        }
        auto value = [&]() -> std::string {
            if (inline_value) return *inline_value;
            if (i + 1 >= argc || is_flag(argv[i + 1])) throw usage_error(flag + " needs an argument");
            return argv[++i];
        };

        if (flag == "--cases") {
            if (inline_value) parsed.cases.emplace_back(*inline_value);
            while (i + 1 < argc && !is_flag(argv[i + 1])) parsed.cases.emplace_back(argv[++i]);
            if (parsed.cases.empty()) throw usage_error("--cases needs at least one file or folder");
        } else if (flag == "--trace") {
            parsed.trace = value();
        } else if (flag == "--trace-oracle") {
            parsed.trace_oracle = value();
        } else if (flag == "--expected-divergences") {
            parsed.expected_divergences = value();
        } else if (flag == "--numpy") {
            parsed.numpy = value();
            if (!parse_numpy_oracle(*parsed.numpy)) throw usage_error("--numpy takes 2 or 1.24, not `" + *parsed.numpy + "`");
        } else if (flag == "--system") {
            parsed.system = value();
        } else if (flag == "--self-check") {
            parsed.self_check = true;
        } else if (flag == "--bench") {
            const std::string rounds = value();
            int n = 0;
            const auto [end, error] = std::from_chars(rounds.data(), rounds.data() + rounds.size(), n);
            if (error != std::errc() || end != rounds.data() + rounds.size() || n < 1) {
                throw usage_error("--bench needs a positive number of rounds, got `" + rounds + "`");
            }
            parsed.bench_rounds = n;
        } else if (flag == "--record-oracle") {
            parsed.record_oracle = value();
        } else if (flag == "--version-matrix") {
            if (inline_value) throw usage_error("--version-matrix takes two files: --version-matrix OLDER NEWER");
            while (i + 1 < argc && !is_flag(argv[i + 1]) && parsed.version_matrix.size() < 2)
                parsed.version_matrix.emplace_back(argv[++i]);
            if (parsed.version_matrix.size() != 2)
                throw usage_error("--version-matrix takes two recordings: --version-matrix OLDER.json NEWER.json");
        } else if (flag == "--junit") {
            parsed.junit = value();
        } else if (flag == "--reproducers") {
            parsed.reproducers = value();
        } else if (flag == "--report") {
            parsed.report = value();
        } else if (flag == "--help" || flag == "-h") {
            parsed.help = true;
        } else {
            throw usage_error("unknown argument `" + std::string(argv[i]) + "` (see --help)");
        }
    }
    return parsed;
}

std::string usage(const std::string& program_name, const std::string& systems) {
    std::string text = "Usage: " + program_name + R"( [FLAGS] [GTEST FLAGS]

Runs every case script under corpus/cases/ on NumPy (the oracle) and on the engine, comparing their
state after every statement; each case is one test named <family folder>.<file stem>.

Flags:
  --cases PATH...              run these case files or folders (recursively) instead of corpus/cases
  --trace FILE                 write the engine's JSON trace of the (single) selected case to FILE
  --trace-oracle FILE          write NumPy's JSON trace of the (single) selected case to FILE
  --numpy 2|1.24               the oracle: NumPy 2.x from .venv/ (default) or Debian's NumPy 1.24; the
                               engine follows the same version's semantics
  --system NAME                the system under test (default: engine; STRIDED_SYSTEM for the other tools):
SYSTEMS  --self-check                 the same as --system numpy: NumPy against a second NumPy (must never diverge);
                               expected divergences do not apply
  --expected-divergences FILE  known divergences (default: corpus/expected-divergences/numpy-<version>.txt)
  --bench N                    no tests: run the selected cases N times and print cases/s and statements/s
  --record-oracle FILE         no tests: run the selected cases on the oracle alone and write its traces
                               (one recording per NumPy version, for --version-matrix)
  --version-matrix OLDER NEWER no tests: compare two recordings case by case and print what NumPy changed,
                               grouped by signature (scripts/version-matrix runs all three steps)
  --report FILE.md|FILE.html   write a report: every family x compared field, each case that did not pass
                               with its status, signature and reproducer (with --version-matrix: the matrix);
                               under GitHub Actions the Markdown report also goes to $GITHUB_STEP_SUMMARY
  --junit FILE.xml             write JUnit XML: one testcase per case with file and line, failures typed
                               diverged / unsupported / unexpected pass / failed (--gtest_output=xml works too)
  --reproducers DIR            write each case's reproducer to DIR/<family>/<case>.py: cut at its divergence,
                               or the whole case, statements that raised on NumPy inside try/except
  --help                       this text, then GoogleTest's flags

)";
    text.replace(text.find("SYSTEMS"), 7, systems);
    return text;
}

}  // namespace conformance
