// Which NumPy is the oracle of a run: NumPy 2.x (the default, from the project's .venv/) or Debian's 1.24.
// One value chosen per process (--numpy, or STRIDED_NUMPY for tools without flags); it decides which NumPy the
// embedded interpreter imports and which semantics profile the engine follows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace conformance {

enum class numpy_oracle { numpy_2, numpy_1_24 };

// "2" or "1.24" (as --numpy spells them); none for anything else.
std::optional<numpy_oracle> parse_numpy_oracle(std::string_view text);
std::string_view label(numpy_oracle oracle);  // "2", "1.24"

// STRIDED_NUMPY from the environment, or NumPy 2 when unset; std::invalid_argument when malformed.
numpy_oracle numpy_oracle_from_environment();

// The oracle this process uses: set once by the driver (before any system starts), read by the systems.
numpy_oracle selected_numpy_oracle();
void select_numpy_oracle(numpy_oracle oracle);

// Whether a case's `# numpy: >=2` / `# numpy: <2` requirement admits this oracle; the requirement text is
// what follows "numpy:" in the header comment. std::invalid_argument for a requirement we cannot read.
bool oracle_satisfies(numpy_oracle oracle, std::string_view requirement);

// The `# numpy: REQUIREMENT` line of a case's leading comment block (the text after the colon), if any.
std::optional<std::string> case_numpy_requirement(const std::string& case_text);

}  // namespace conformance
