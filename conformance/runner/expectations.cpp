// Reading expected-divergences.txt: one `case path: reason` per line, every mistake reported as
// `FILE:LINE: message` so a typo cannot silently turn an expectation off.
#include "runner/expectations.hpp"

#include <fstream>
#include <sstream>

namespace conformance {

namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return std::string(text.substr(first, last - first + 1));
}

}  // namespace

expected_divergences expected_divergences::parse(std::string_view text, const std::string& file_name) {
    expected_divergences expectations;
    std::istringstream lines{std::string(text)};
    int line_number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++line_number;
        const std::string content = trimmed(line);
        if (content.empty() || content.front() == '#') continue;
        auto fail = [&](const std::string& message) {
            throw expectations_error(file_name + ":" + std::to_string(line_number) + ": " + message);
        };
        const auto separator = content.find(".py:");
        if (separator == std::string::npos) fail("expected `path/to/case.py: reason`, got `" + content + "`");
        const std::string path = content.substr(0, separator + 3);
        const std::string reason = trimmed(std::string_view(content).substr(separator + 4));
        if (reason.empty()) fail("no reason given for " + path);
        if (const auto earlier = expectations.lines_.find(path); earlier != expectations.lines_.end()) {
            fail(path + " is already listed on line " + std::to_string(earlier->second));
        }
        expectations.reasons_.emplace(path, reason);
        expectations.lines_.emplace(path, line_number);
    }
    return expectations;
}

expected_divergences expected_divergences::load(const std::filesystem::path& file,
                                                const std::filesystem::path& repository_root) {
    std::ifstream in(file);
    if (!in) {
        if (!std::filesystem::exists(file)) return {};
        throw expectations_error(file.string() + ": cannot be read");
    }
    std::ostringstream text;
    text << in.rdbuf();
    expected_divergences expectations = parse(text.str(), file.string());
    for (const auto& [path, line] : expectations.lines_) {
        if (!std::filesystem::is_regular_file(repository_root / path)) {
            throw expectations_error(file.string() + ":" + std::to_string(line) + ": no case file " + path);
        }
    }
    return expectations;
}

const std::string* expected_divergences::reason_for(const std::string& case_path) const {
    const auto found = reasons_.find(case_path);
    return found == reasons_.end() ? nullptr : &found->second;
}

}  // namespace conformance
