// Every generated program imports as_strided: the generator uses the bare name, and the case language
// knows it only after its import line.
#include "differential/generated_script.hpp"

#include <stdexcept>

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

cases::statement statement_of(const std::string& line) {
    cases::program parsed = cases::parse_program(script_header + line + "\n", script_name);
    if (parsed.statements.size() != 1) {
        throw std::logic_error("generated line is not one statement: " + line);
    }
    return std::move(parsed.statements.front());
}

}  // namespace fuzzing
