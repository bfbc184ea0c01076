// The np.* functions and ndarray methods beyond numpy_functions.cpp and array_methods.cpp, one table per
// part of NumPy's surface; the module lookup and the method lookup search these after their own tables.
#pragma once

#include <optional>

#include <string_view>
#include <vector>

#include "engine/dtype.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// Views and metadata: np.diag, np.real, np.imag, the split family, np.rollaxis, np.broadcast_arrays and the
// stride tricks beyond as_strided.
const std::vector<function_entry>& view_functions();

// Joining: np.stack, np.hstack, np.vstack, np.dstack, np.column_stack, np.append.
const std::vector<function_entry>& joining_functions();

// Selecting and writing by position or mask: np.take, np.take_along_axis, np.put, np.putmask, np.place,
// np.fill_diagonal, np.put_along_axis (and the methods a.take, a.put).
const std::vector<function_entry>& selection_functions();
const std::vector<method_entry>& selection_methods();

// np.einsum's index-only forms, np.sort, np.require; the methods a.sort and a.setflags.
const std::vector<function_entry>& other_surface_functions();
const std::vector<method_entry>& other_surface_methods();

// The items Python's iteration gives: a list's or tuple's items, an array's sub-arrays along axis 0
// (TypeError "iteration over a 0-d array"); TypeError "'X' object is not iterable" for anything else.
std::vector<value> iterated_items(const value& v);


// NumPy's _wrapfunc: arrays and NumPy scalars run their own method (a scalar gives a scalar back where the
// result is 0-d); any other object runs it on np.asarray(obj).
value defer_to_method(const value& obj, std::string_view method, call_arguments args);

}  // namespace conformance::engine_system
