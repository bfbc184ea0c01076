// The `np` module as cases see it: its functions (with NumPy 1.24's signatures), scalar types, constants
// and the np.lib.stride_tricks submodule; and calls of the scalar types (np.int8(3)).
#pragma once

#include <string>

#include "interpreter/arguments.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// np.int8(x): np.array(x, dtype=int8), as a NumPy scalar when 0-d (np.int8([1, 2]) is an array); np.longlong(x)
// of the long long type.
value call_numpy_type(const numpy_type_object& type, const call_arguments& args);

}  // namespace conformance::engine_system
