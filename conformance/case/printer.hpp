// Turns syntax trees back into Python source that NumPy runs as it is, one line per statement,
// with just the parentheses the tree needs: parse_program(print_program(p)) == p.
#pragma once

#include <string>

#include "case/ast.hpp"

namespace cases {

std::string print_expr(const expr& e);

// The statement on one line, without its expect comment.
std::string print_statement(const statement& stmt);

// The whole script: the imports (when with_import), then each statement on its own line,
// preceded by a `# expect: X` line where it has an expect comment.
std::string print_program(const program& p, bool with_import = true);

}  // namespace cases
