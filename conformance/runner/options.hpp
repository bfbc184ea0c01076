// The conformance binary's own command-line flags (GoogleTest's --gtest_* flags are removed before these
// are read, and keep working as usual).
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace conformance {

struct options {
    std::vector<std::filesystem::path> cases;          // --cases PATH...: instead of corpus/cases
    std::optional<std::filesystem::path> trace;         // --trace FILE: the engine's trace of the one case
    std::optional<std::filesystem::path> trace_oracle;  // --trace-oracle FILE: NumPy's trace of the one case
    std::optional<std::filesystem::path> expected_divergences;  // --expected-divergences FILE
    std::optional<std::string> numpy;                   // --numpy 2|1.24: the oracle (default 2)
    bool self_check = false;                            // --self-check: NumPy against a second NumPy
    std::optional<std::string> system;                  // --system NAME: the system under test (default engine)
    std::optional<int> bench_rounds;                    // --bench N: time N rounds instead of testing
    std::optional<std::filesystem::path> record_oracle; // --record-oracle FILE: NumPy's traces of every case
    std::vector<std::filesystem::path> version_matrix;  // --version-matrix OLDER NEWER: compare two recordings
    std::optional<std::filesystem::path> report;        // --report FILE.md: where a report goes
    std::optional<std::filesystem::path> junit;         // --junit FILE.xml: our JUnit file
    std::optional<std::filesystem::path> reproducers;   // --reproducers DIR: every case's reproducer
    bool help = false;                                  // --help, -h
};

// A flag that is unknown, or lacks or has a malformed argument.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads argv[1..argc) (what GoogleTest left).
options parse_options(int argc, char** argv);

// Whether argv asks for help, checked before GoogleTest sees it (it prints its own help after ours).
bool asks_for_help(int argc, char** argv);

// Our flags, for --help.
std::string usage(const std::string& program_name, const std::string& systems);  // systems: registry help lines

}  // namespace conformance
