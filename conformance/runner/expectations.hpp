// The known divergences (corpus/expected-divergences.txt): cases expected to differ from NumPy, each with
// the reason. Such a case passes while it diverges and fails once it stops, so the list cannot go stale.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace conformance {

// A malformed expectations file; what() is `FILE:LINE: message`.
class expectations_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class expected_divergences {
public:
    // Lines are `path/to/case.py: reason` (the case's path relative to the repository root), blank, or
    // `#` comments. Throws expectations_error for a malformed line, an empty reason or a repeated case.
    static expected_divergences parse(std::string_view text, const std::string& file_name);

    // parse() over a file, whose entries must also name existing cases under `repository_root`.
    // A missing file means no expectations.
    static expected_divergences load(const std::filesystem::path& file, const std::filesystem::path& repository_root);

    // The reason `case_path` is expected to diverge, or null.
    const std::string* reason_for(const std::string& case_path) const;

    const std::map<std::string, std::string>& entries() const { return reasons_; }

private:
    std::map<std::string, std::string> reasons_;
    std::map<std::string, int> lines_;  // where each entry was written, for messages
};

}  // namespace conformance
