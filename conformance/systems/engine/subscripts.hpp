// Subscripting: `x[i]` and `x[i] = v` for every value: arrays and NumPy scalars through the engine's
// indexing, tuples and lists with Python's sequence rules.
#pragma once

#include "systems/engine/value.hpp"

namespace conformance::engine_side {

// container[index]; `index` is the Python index object (a tuple for `a[1, 2]`).
value get_item(const value& container, const value& index);

// container[index] = item. For an array, a non-array item is converted as NumPy's setitem does it, with
// the array's dtype: NaN into an int array is a ValueError, 300 into int8 wraps (see subscripts.cpp).
void set_item(const value& container, const value& index, const value& item);

}  // namespace conformance::engine_side
