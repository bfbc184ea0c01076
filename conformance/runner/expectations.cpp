// Reading an expectations file: one `case path: [on TARGET:] [signature:] reason` per line, every mistake reported as
// `FILE:LINE: message` so a typo cannot silently turn an expectation off.
#include "runner/expectations.hpp"

#include <fstream>
#include <sstream>

namespace conformance {

namespace fs = std::filesystem;

namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return std::string(text.substr(first, last - first + 1));
}

const std::string signature_prefix = "DIVERGENCE: ";

}  // namespace

fs::path canonical_case_path(const fs::path& path) {
    std::error_code ignored;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(path), ignored);
    return canonical.empty() ? fs::absolute(path).lexically_normal() : canonical;
}

expected_divergences expected_divergences::parse(std::string_view text, const std::string& file_name) {
    expected_divergences expectations;
    expectations.file_name_ = file_name;
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
        expected_divergence entry;
        entry.written_path = content.substr(0, separator + 3);
        entry.line = line_number;
        std::string rest = trimmed(std::string_view(content).substr(separator + 4));
        if (rest.rfind("on ", 0) == 0) {
            const auto end = rest.find(": ");
            if (end == std::string::npos) fail("`on TARGET` needs `: ` and a reason after it: `" + rest + "`");
            std::string target = trimmed(std::string_view(rest).substr(3, end - 3));
            entry.without_cpu_target = target.rfind('!', 0) == 0;
            entry.cpu_target = entry.without_cpu_target ? trimmed(std::string_view(target).substr(1)) : target;
            if (!engine::simd_targets{}.has(*entry.cpu_target)) {
                fail("`on " + *entry.cpu_target + "` names no SIMD target (" + engine::simd_targets::known_names() + ")");
            }
            rest = trimmed(std::string_view(rest).substr(end + 2));
        }
        if (rest.rfind(signature_prefix, 0) == 0) {
            const auto end = rest.find(": ", signature_prefix.size());
            if (end == std::string::npos) fail("a pinned signature needs a reason after it: `" + rest + "`");
            entry.signature = trimmed(std::string_view(rest).substr(0, end));
            if (entry.signature->find(" after ") == std::string::npos) {
                fail("a signature reads `DIVERGENCE: <field> after <operation>`, got `" + *entry.signature + "`");
            }
            rest = trimmed(std::string_view(rest).substr(end + 2));
        }
        entry.reason = rest;
        if (entry.reason.empty()) fail("no reason given for " + entry.written_path);
        const fs::path key = entry.written_path;
        if (const auto earlier = expectations.entries_.find(key); earlier != expectations.entries_.end()) {
            fail(entry.written_path + " is already listed on line " + std::to_string(earlier->second.line));
        }
        expectations.entries_.emplace(key, std::move(entry));
    }
    return expectations;
}

expected_divergences expected_divergences::load(const fs::path& file, const engine::simd_targets& cpu) {
    std::ifstream in(file);
    if (!in) {
        throw expectations_error(file.string() + (fs::exists(file) ? ": cannot be read" : ": no such expectations file"));
    }
    std::ostringstream text;
    text << in.rdbuf();
    const expected_divergences written = parse(text.str(), file.string());
    expected_divergences resolved;
    resolved.file_name_ = written.file_name_;
    const fs::path folder = fs::absolute(file).parent_path();
    for (const auto& [written_path, entry] : written.entries_) {
        const fs::path path = written_path.is_absolute() ? written_path : folder / written_path;
        if (!fs::is_regular_file(path)) {
            throw expectations_error(file.string() + ":" + std::to_string(entry.line) + ": no case file " +
                                     entry.written_path + " (relative paths start at the expectations file's folder)");
        }
        const fs::path key = canonical_case_path(path);
        if (const auto earlier = resolved.entries_.find(key); earlier != resolved.entries_.end()) {
            throw expectations_error(file.string() + ":" + std::to_string(entry.line) + ": " + entry.written_path +
                                     " names the same case as line " + std::to_string(earlier->second.line));
        }
        if (entry.cpu_target && *cpu.has(*entry.cpu_target) == entry.without_cpu_target) continue;
        resolved.entries_.emplace(key, entry);
    }
    return resolved;
}

const expected_divergence* expected_divergences::find(const fs::path& case_path) const {
    const auto found = entries_.find(canonical_case_path(case_path));
    return found == entries_.end() ? nullptr : &found->second;
}

std::vector<const expected_divergence*> expected_divergences::unmatched(const std::set<fs::path>& selected) const {
    std::vector<const expected_divergence*> stale;
    for (const auto& [path, entry] : entries_) {
        if (!selected.contains(path)) stale.push_back(&entry);
    }
    return stale;
}

}  // namespace conformance
