// Subscripting: `x[i]` and `x[i] = v` for every value: tuples and lists with Python's sequence rules, a
// system's objects through its backend (NumPy's indexing, for the engine).
#pragma once

#include "interpreter/value.hpp"

namespace conformance::interpreter {

// container[index]; `index` is the Python index object (a tuple for `a[1, 2]`).
value get_item(const value& container, const value& index);

// container[index] = item.
void set_item(const value& container, const value& index, const value& item);

}  // namespace conformance::interpreter
