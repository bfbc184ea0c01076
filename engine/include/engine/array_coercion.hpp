// Turning a nested sequence into an array's shape, dtype and contents, as NumPy 1.24's array_coercion.c
// does for np.array(list): shape discovery with its ragged-array errors, dtype discovery by promotion over
// the leaves, and filling the elements.
#pragma once

#include <optional>
#include <variant>
#include <vector>

#include "engine/array.hpp"
#include "engine/scalar.hpp"

namespace engine {

// What np.array accepts: a scalar leaf (a Python int/float/complex/bool arrives as int64/float64/
// complex128/bool), an existing array, or a sequence of these.
struct nested {
    std::variant<scalar, array, std::vector<nested>> node;
};

struct discovered_array {
    dims shape;
    std::optional<dtype> type;  // nullopt when there is no leaf to discover it from (np.array([]))
    bool long_long = false;     // an int64 or uint64 of C type long long (long_long.hpp)
};

// The shape of `obj` and, unless a dtype was requested (`discover_dtype` false), the promotion of its leaves'
// dtypes (an array leaf contributes its dtype). Raises ValueError "setting an array element with a sequence.
// The requested array has an inhomogeneous shape after N dimensions. ..." for ragged input.
discovered_array discover_shape_and_dtype(const nested& obj, bool discover_dtype);

// Writes the leaves of `obj` into `out`, whose shape is the discovered one: scalar leaves through the dtype's
// setitem (Python conversion rules), array leaves by an unsafe cast.
void fill_from_nested(const array& out, const nested& obj);

}  // namespace engine
