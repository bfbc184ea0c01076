// Shrinks a program that shows a problem to a shorter one that shows the same problem (same signature),
// for reproducers people can read: statements are removed, never rewritten.
#pragma once

#include <string>
#include <vector>

#include "contract/implementation.hpp"

namespace fuzzing {

// Tries removing runs of statements, long runs first and down to single statements, keeping a removal when
// the rest still shows `signature`, the oracle runs it without NameError, and its as_strided windows still
// lie inside their sources; the program ends at the
// statement that shows it. Returns `statements` as they are when the whole program does not show it.
std::vector<std::string> minimized_program(std::vector<std::string> statements, const std::string& signature,
                                           conformance::implementation& oracle, conformance::implementation& system);

}  // namespace fuzzing
