// The subset check: which functions, methods, attributes, keywords and names a case may use,
// applied to a syntactically valid program before any of it runs.
#pragma once

#include <optional>

#include "case/ast.hpp"

namespace cases {

// Throws parse_error ("unsupported construct: ...") at the first construct outside the
// subset, in file order. The bare name `as_strided` is in the subset only on the lines after
// `from numpy.lib.stride_tricks import as_strided` (before it, Python has no such name).
void check_subset(const program& p, std::optional<int> as_strided_import_line);

}  // namespace cases
