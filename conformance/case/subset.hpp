// The subset check: which functions, methods, attributes, keywords and names a case may use,
// applied to a syntactically valid program before any of it runs.
#pragma once

#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "case/ast.hpp"

namespace cases {

// Throws parse_error ("unsupported construct: ...") at the first construct outside the
// subset, in file order. The bare name `as_strided` is in the subset only on the lines after
// `from numpy.lib.stride_tricks import as_strided` (before it, Python has no such name).
void check_subset(const program& p, std::optional<int> as_strided_import_line);

// The `np.` functions the subset accepts (dotted below `np.`, e.g. "lib.stride_tricks.as_strided"), each with
// the keywords a case may pass it: what every system under test must implement.
const std::map<std::string_view, std::vector<std::string_view>>& accepted_numpy_functions();

}  // namespace cases
