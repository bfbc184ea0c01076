// Finds the case scripts a run covers and names their tests: every `.py` under the given folders
// (recursively, in path order) or the given files, shown by their path relative to the repository.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace conformance {

struct case_file {
    std::filesystem::path path;  // to open
    std::string shown_path;      // in reports, traces and expected-divergences.txt: relative to the repository
                                 // when inside it, else as found
    std::string suite;           // test suite: the family folder the case sits in
    std::string name;            // test name: the file stem (made unique within its suite)
};

// A case path that names neither a .py file nor a folder.
class case_files_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The cases under `roots` (files or folders), each once, in path order.
std::vector<case_file> find_case_files(const std::vector<std::filesystem::path>& roots,
                                       const std::filesystem::path& repository_root);

// The case script's text; std::runtime_error naming the file if it cannot be read.
std::string read_case_text(const case_file& file);

// `text` with every character outside [A-Za-z0-9_] replaced by `_` (GoogleTest names), never empty.
std::string test_identifier(std::string_view text);

}  // namespace conformance
