// Reshape and flattening: a.reshape / a.shape = as NumPy's attempt_nocopy_reshape decides them (a view of
// the same memory or a copy), and ravel / flatten, which build on it. The algorithm is described in reshape.cpp.
#pragma once

#include <optional>

#include "engine/array.hpp"

namespace engine {

// a.reshape(shape, order=, copy=): a view when NumPy's attempt_nocopy_reshape succeeds, else a copy (whose
// result is a view of a fresh temporary, as in NumPy). One -1 allowed. ValueError on size mismatch. NumPy
// 2.1's copy=: `always` reshapes a fresh copy (again a view of it), `never` raises ValueError where a copy
// would be needed.
array reshape(const array& a, const dims& shape, order o = order::C, copy_mode copy = copy_mode::if_needed);
// a.shape = shape: in place; AttributeError "Incompatible shape for in-place modification..." when no view.
void set_shape(const array& a, const dims& shape);
// a.ravel(order=) / np.ravel: a view when the data is already contiguous in that order, else a copy.
array ravel(const array& a, order o = order::C);
// a.flatten(order=): always a fresh copy.
array flatten(const array& a, order o = order::C);

// The strides of the view that a.reshape(new_shape, order=o) returns for an array laid out as
// (shape, strides), or nullopt when NumPy has to copy. `new_shape` is resolved (no -1), holds as many
// elements as `shape`, and differs from it (an unchanged shape is NumPy's plain view); `o` is C or F.
std::optional<dims> reshaped_view_strides(const dims& shape, const dims& strides, std::int64_t itemsize,
                                          const dims& new_shape, order o);

}  // namespace engine
