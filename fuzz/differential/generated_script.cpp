// Every generated program imports as_strided: the generator uses the bare name, and the case language
// knows it only after its import line.
#include "differential/generated_script.hpp"

#include <stdexcept>
#include <unordered_map>

#include "case/parser.hpp"

namespace fuzzing {

namespace {

const std::string script_header = "import numpy as np\nfrom numpy.lib.stride_tricks import as_strided\n";
const std::string script_name = "generated.py";

}  // namespace

std::string script_of(const std::vector<std::string>& statements) {
    std::string script = script_header;
    for (const std::string& statement : statements) script += statement + "\n";
    return script;
}

cases::program program_of(const std::vector<std::string>& statements) {
    return cases::parse_program(script_of(statements), script_name);
}

std::shared_ptr<const cases::statement> statement_of(const std::string& line) {
    // Parsing a line was a tenth of a sanitised fuzz run. The lines parsed lately, at most this many, forgotten
    // all at once when full: a bound on memory, and cheap to keep.
    constexpr std::size_t lines_kept = 1 << 14;
    thread_local std::unordered_map<std::string, std::shared_ptr<const cases::statement>> parsed_lines;
    if (const auto known = parsed_lines.find(line); known != parsed_lines.end()) return known->second;
    // The header's two lines are taken as read, not lexed again: blank lines in their place keep the
    // statement on the line it has in the script (program_of).
    cases::program parsed =
        cases::parse_program("\n\n" + line + "\n", script_name, cases::imports_before::numpy_and_as_strided);
    if (parsed.statements.size() != 1) {
        throw std::logic_error("generated line is not one statement: " + line);
    }
    if (parsed_lines.size() >= lines_kept) parsed_lines.clear();
    auto statement = std::make_shared<const cases::statement>(std::move(parsed.statements.front()));
    parsed_lines.emplace(line, statement);
    return statement;
}

}  // namespace fuzzing
