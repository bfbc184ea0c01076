// Case discovery: folders are walked recursively and sorted so test order never depends on the file
// system; names are sanitised for GoogleTest and made unique, since two folders may hold the same stem.
#include "runner/case_files.hpp"

#include <fstream>
#include <sstream>

#include <algorithm>
#include <map>
#include <set>

namespace conformance {

namespace {

namespace fs = std::filesystem;

std::string shown(const fs::path& file, const fs::path& repository_root) {
    const fs::path absolute = fs::weakly_canonical(fs::absolute(file));
    const fs::path root = fs::weakly_canonical(fs::absolute(repository_root));
    const fs::path relative = absolute.lexically_relative(root);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
    return file.generic_string();
}

}  // namespace

std::string test_identifier(std::string_view text) {
    std::string identifier;
    for (const char c : text) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        identifier += allowed ? c : '_';
    }
    return identifier.empty() ? "_" : identifier;
}

std::vector<case_file> find_case_files(const std::vector<fs::path>& roots, const fs::path& repository_root) {
    std::vector<fs::path> files;
    for (const fs::path& root : roots) {
        if (fs::is_directory(root)) {
            std::vector<fs::path> found;
            for (const auto& entry : fs::recursive_directory_iterator(root)) {
                if (entry.is_regular_file() && entry.path().extension() == ".py") found.push_back(entry.path());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::is_regular_file(root) && root.extension() == ".py") {
            files.push_back(root);
        } else {
            throw case_files_error(root.string() + ": not a case file (.py) or a folder of them");
        }
    }

    std::vector<case_file> cases;
    std::set<std::string> seen;
    std::map<std::string, std::set<std::string>> names_in_suite;
    for (const fs::path& file : files) {
        std::string shown_path = shown(file, repository_root);
        if (!seen.insert(shown_path).second) continue;
        const std::string suite = test_identifier(file.parent_path().filename().string());
        const std::string stem = test_identifier(file.stem().string());
        std::string name = stem;
        for (int n = 2; !names_in_suite[suite].insert(name).second; ++n) name = stem + "_" + std::to_string(n);
        cases.push_back({file, std::move(shown_path), suite, std::move(name)});
    }
    return cases;
}

std::string read_case_text(const case_file& file) {
    std::ifstream in(file.path);
    if (!in) throw std::runtime_error(file.shown_path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace conformance
