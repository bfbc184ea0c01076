// The version matrix: what NumPy itself does differently between two oracles, case by case. One run per
// oracle records NumPy's trace of every case (a process can import only one NumPy); comparing two such
// recordings with the contract's comparator names, for each case whose NumPy outcome changed, the first field
// that changed, grouped by signature with the smallest reproducer of each group: an executable changelog.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "runner/case_files.hpp"
#include "contract/compare.hpp"
#include "contract/implementation.hpp"

namespace conformance {

// Runs every case on `oracle` alone and returns the recording document:
//   {"numpy": "<oracle.name()>", "oracle": "<label>", "cases": {"<shown path>": CASE, ...}}
// where CASE is {"source": "<case text>", "trace": <trace>, "error_messages": [...]} for a case that ran,
// {"source": ..., "skipped": "<why>"} for one whose `# numpy:` header excludes this oracle, and
// {"source": ..., "failed": "<message>"} for one that does not parse or that the oracle could not run.
json record_oracle(const std::vector<case_file>& files, implementation& oracle, const std::string& oracle_label);

// One case whose NumPy outcome differs between the two recordings.
struct version_change {
    std::string case_path;
    std::string signature;        // `CHANGED: <field> after <operation>`
    int line = 0;                 // of the first statement whose outcome differs
    std::string statement;        // its source
    difference field;             // .oracle: the older NumPy's value, .engine: the newer one's
    std::string older_message;    // the exceptions' messages at that step, if any
    std::string newer_message;
    std::size_t statements = 0;   // statements up to and including the changed one (the reproducer's length)
    std::string reproducer;       // the case up to that statement, runnable on both versions
};

struct version_matrix {
    std::string older;  // "numpy 1.24.2"
    std::string newer;  // "numpy 2.4.6"
    std::size_t compared = 0;                   // cases that ran on both
    std::vector<version_change> changed;        // in case order
    std::vector<std::string> only_older;        // cases skipped (by their header) on the newer oracle
    std::vector<std::string> only_newer;        // cases skipped on the older oracle
    std::vector<std::string> failed;            // `path: message` for cases that could not run on one side
};

// Compares two recordings made by record_oracle. Throws std::runtime_error if either is malformed or if they
// have no case in common (a matrix of nothing is an error, not an empty report).
version_matrix compare_recordings(const json& older, const json& newer);

// The report: counts, then one section per signature (most cases first) with the group's smallest
// reproducer and every case in it, then the cases that run on one version only.
std::string format_version_matrix_markdown(const version_matrix& matrix);

}  // namespace conformance
