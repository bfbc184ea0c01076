// The known divergences (corpus/expected-divergences/numpy-<version>.txt): cases expected to differ from
// NumPy, each with its reason and optionally the exact signature. Such a case passes while it diverges that
// way and fails once it stops, or diverges another way, so the list cannot go stale.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/simd_targets.hpp"

namespace conformance {

// A malformed or unreadable expectations file; what() is `FILE:LINE: message` (or `FILE: message`).
class expectations_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One entry: why the case diverges and, if pinned, the one signature it may diverge with.
struct expected_divergence {
    std::string written_path;              // as the file spells it
    std::optional<std::string> cpu_target;  // `on AVX512F:`: expected only where NumPy dispatches for that target
    bool without_cpu_target = false;        // `on !AVX512F:`: expected only where it does not
    std::optional<std::string> signature;  // `DIVERGENCE: <field> after <operation>`
    std::string reason;
    int line = 0;
};

class expected_divergences {
public:
    // Lines are `path/to/case.py: reason` or `path/to/case.py: DIVERGENCE: <field> after <op>: reason`, either
    // with `on TARGET: ` after the path for a divergence that only NumPy's loops for that SIMD target show
    // (engine/simd_targets.hpp names them), blank, or `#` comments. Paths are taken as written (see load). Throws
    // expectations_error for a malformed line, an unknown target, an empty reason or a repeated case.
    static expected_divergences parse(std::string_view text, const std::string& file_name);

    // parse() over a file. Relative paths resolve against the file's own folder, and every entry is keyed
    // by its canonical path, so any spelling of a case matches. Fails closed: a missing or unreadable file,
    // or an entry naming no existing case file, throws expectations_error. Entries for a SIMD target `cpu`
    // lacks are checked, then left out: there the case must pass.
    static expected_divergences load(const std::filesystem::path& file,
                                     const engine::simd_targets& cpu = engine::simd_targets::of_this_cpu());

    // The entry for a case (any spelling of its path that exists), or null.
    const expected_divergence* find(const std::filesystem::path& case_path) const;

    // Entries whose case is not among `selected` (canonical paths): stale lines, an error on a whole-corpus run.
    std::vector<const expected_divergence*> unmatched(const std::set<std::filesystem::path>& selected) const;

    const std::map<std::filesystem::path, expected_divergence>& entries() const { return entries_; }
    const std::string& file_name() const { return file_name_; }

private:
    std::map<std::filesystem::path, expected_divergence> entries_;
    std::string file_name_;
};

// The canonical form used to match cases with entries (symlinks, `..` and `.` resolved).
std::filesystem::path canonical_case_path(const std::filesystem::path& path);

}  // namespace conformance
