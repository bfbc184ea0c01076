// Generated statements as case scripts: the import lines every generated program starts with, and the
// parsed forms the runner needs. A line that does not parse is a generator bug; parse_error propagates.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "case/ast.hpp"

namespace fuzzing {

// The script NumPy runs as it is: both imports, then one statement per line.
std::string script_of(const std::vector<std::string>& statements);

// The parsed script, under the file name reports show for generated programs.
cases::program program_of(const std::vector<std::string>& statements);

// One generated line, parsed as the statement after the imports (its line number is 3). Shared and immutable:
// a campaign writes the same lines again and again (a mutation keeps most of its parent's statements, a property
// run replays its prefixes), so each thread keeps the lines it parsed lately and parses a line only once.
std::shared_ptr<const cases::statement> statement_of(const std::string& line);

}  // namespace fuzzing
