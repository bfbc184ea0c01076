// Subscripting: `x[i]` and `x[i] = v` for every value: arrays and NumPy scalars through the engine's
// indexing, tuples and lists with Python's sequence rules.
#pragma once

#include "engine_side/value.hpp"

namespace conformance::engine_side {

// container[index]; `index` is the Python index object (a tuple for `a[1, 2]`).
value get_item(const value& container, const value& index);

// container[index] = item. For an array, a non-array item is converted as NumPy does it: np.asarray(item,
// dtype=the array's dtype), so NaN into an int array is a ValueError and 300 into int8 wraps.
void set_item(const value& container, const value& index, const value& item);

}  // namespace conformance::engine_side
