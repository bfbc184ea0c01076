// The version matrix: recording NumPy's traces under one oracle, comparing two recordings with the contract's
// comparator (the older NumPy in the oracle's seat), grouping the changed cases by signature.
#include "runner/version_matrix.hpp"

#include <algorithm>
#include <map>
#include <sstream>
#include <stdexcept>

#include "case/parser.hpp"
#include "contract/step_recorder.hpp"
#include "contract/numpy_oracle.hpp"
#include "contract/report.hpp"

namespace conformance {

namespace {

const json& member(const json& document, const char* key, const std::string& what) {
    if (!document.is_object() || !document.contains(key)) {
        throw std::runtime_error(what + " is not a version-matrix recording (no `" + key + "`)");
    }
    return document.at(key);
}

std::string message_at(const json& recorded_case, std::size_t step) {
    const json& messages = recorded_case.at("error_messages");
    return step < messages.size() ? messages.at(step).get<std::string>() : std::string();
}

std::string replace_prefix(const std::string& signature_line) {
    static const std::string divergence = "DIVERGENCE: ";
    return signature_line.rfind(divergence, 0) == 0 ? "CHANGED: " + signature_line.substr(divergence.size())
                                                     : signature_line;
}

}  // namespace

json record_oracle(const std::vector<case_file>& files, implementation& oracle, const std::string& oracle_label) {
    json document = json::object();
    document["numpy"] = oracle.name();
    document["oracle"] = oracle_label;
    json recorded_cases = json::object();
    for (const case_file& file : files) {
        json entry = json::object();
        const std::string text = read_case_text(file);
        entry["source"] = text;
        try {
            if (const auto requirement = case_numpy_requirement(text);
                requirement && !oracle_satisfies(selected_numpy_oracle(), *requirement)) {
                entry["skipped"] = "needs numpy" + *requirement;
            } else {
                const cases::program program = cases::parse_program(text, file.shown_path);
                recorded_trace recorded = record_trace(program, file.shown_path, oracle);
                entry["trace"] = std::move(recorded.trace);
                entry["error_messages"] = recorded.error_messages;
            }
        } catch (const std::exception& e) {
            entry["failed"] = e.what();
        }
        recorded_cases[file.shown_path] = std::move(entry);
    }
    document["cases"] = std::move(recorded_cases);
    return document;
}

version_matrix compare_recordings(const json& older, const json& newer) {
    version_matrix matrix;
    matrix.older = member(older, "numpy", "the older recording").get<std::string>();
    matrix.newer = member(newer, "numpy", "the newer recording").get<std::string>();
    const json& older_cases = member(older, "cases", "the older recording");
    const json& newer_cases = member(newer, "cases", "the newer recording");

    std::size_t common = 0;
    for (const auto& [path, old_entry] : older_cases.items()) {
        if (!newer_cases.contains(path)) continue;
        ++common;
        const json& new_entry = newer_cases.at(path);
        for (const auto* side : {&old_entry, &new_entry}) {
            if (side->contains("failed")) {
                matrix.failed.push_back(path + ": " + side->at("failed").get<std::string>());
            }
        }
        if (old_entry.contains("failed") || new_entry.contains("failed")) continue;
        const bool old_ran = old_entry.contains("trace");
        const bool new_ran = new_entry.contains("trace");
        if (!old_ran || !new_ran) {
            if (old_ran) matrix.only_older.push_back(path);
            if (new_ran) matrix.only_newer.push_back(path);
            continue;
        }
        ++matrix.compared;
        const auto found = first_divergence(old_entry.at("trace"), new_entry.at("trace"));
        if (!found) continue;

        const cases::program program = cases::parse_program(old_entry.at("source").get<std::string>(), path);
        const cases::statement& statement = program.statements.at(found->step);
        version_change change;
        change.case_path = path;
        change.signature = replace_prefix(signature(statement, found->field));
        change.line = statement.line;
        change.statement = statement.source;
        change.field = found->field;
        change.older_message = message_at(old_entry, found->step);
        change.newer_message = message_at(new_entry, found->step);
        change.statements = found->step + 1;
        // Statements before the changed one behave alike on both versions, so one try/except list serves.
        change.reproducer = reproducer(program, found->step, found->field.path, raised_categories(old_entry.at("trace")));
        matrix.changed.push_back(std::move(change));
    }
    if (common == 0) throw std::runtime_error("the two recordings have no case in common");
    return matrix;
}

std::string format_version_matrix_markdown(const version_matrix& matrix) {
    std::map<std::string, std::vector<const version_change*>> groups;
    for (const version_change& change : matrix.changed) groups[change.signature].push_back(&change);
    std::vector<const std::vector<const version_change*>*> ordered;
    for (const auto& [signature_line, members] : groups) ordered.push_back(&members);
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) { return a->size() > b->size(); });

    std::ostringstream out;
    out << "# What NumPy's memory semantics changed: " << matrix.older << " -> " << matrix.newer << "\n\n";
    out << matrix.compared << " cases ran on both versions; " << matrix.changed.size()
        << " behave differently, under " << groups.size() << " signatures. " << matrix.only_older.size()
        << " run on " << matrix.older << " only and " << matrix.only_newer.size() << " on " << matrix.newer
        << " only (their `# numpy:` header).";
    if (!matrix.failed.empty()) out << " " << matrix.failed.size() << " could not run (listed at the end).";
    out << "\n\nEach signature names the first field of the trace that differs and the statement's operation; ";
    out << "the reproducer is the smallest case of the group, cut at that statement, and runs under either "
           "version (`python3 reproducer.py`).\n";

    for (const auto* members : ordered) {
        const version_change* smallest = *std::min_element(
            members->begin(), members->end(), [](const auto* a, const auto* b) { return a->statements < b->statements; });
        out << "\n## `" << smallest->signature << "` (" << members->size() << (members->size() == 1 ? " case" : " cases")
            << ")\n\n";
        out << "Smallest: `" << smallest->case_path << "` line " << smallest->line << ", field `"
            << smallest->field.path << "`:\n\n";
        out << "- " << matrix.older << ": `" << smallest->field.oracle.dump() << "`"
            << (smallest->older_message.empty() ? "" : " (raised: " + smallest->older_message + ")") << "\n";
        out << "- " << matrix.newer << ": `" << smallest->field.engine.dump() << "`"
            << (smallest->newer_message.empty() ? "" : " (raised: " + smallest->newer_message + ")") << "\n\n";
        out << "```python\n" << smallest->reproducer << "```\n\n";
        out << "| case | line | statement | " << matrix.older << " | " << matrix.newer << " |\n";
        out << "|---|---|---|---|---|\n";
        for (const version_change* change : *members) {
            auto cell = [](std::string text) {
                std::string escaped;
                for (char c : text) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
                return escaped;
            };
            out << "| `" << change->case_path << "` | " << change->line << " | `" << cell(change->statement) << "` | `"
                << cell(change->field.oracle.dump()) << "` | `" << cell(change->field.engine.dump()) << "` |\n";
        }
    }
    auto list = [&](const std::string& heading, const std::vector<std::string>& paths) {
        if (paths.empty()) return;
        out << "\n## " << heading << "\n\n";
        for (const std::string& path : paths) out << "- `" << path << "`\n";
    };
    list("Cases for " + matrix.older + " only", matrix.only_older);
    list("Cases for " + matrix.newer + " only", matrix.only_newer);
    list("Cases that could not run", matrix.failed);
    return out.str();
}

}  // namespace conformance
