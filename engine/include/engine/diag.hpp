// np.diag: the k-th diagonal of a 2-D array, which is np.diagonal's read-only view, or a fresh square
// array with a 1-D array laid on its k-th diagonal.
#pragma once

#include <cstdint>

#include "engine/array.hpp"

namespace engine {

// np.diag(v, k): for a 2-D `v` the view v.diagonal(k) (read-only, base collapsed as for any view); for a
// 1-D `v` a fresh C-ordered zero array of shape (n + |k|, n + |k|) and v's dtype holding v on its k-th
// diagonal; ValueError "Input must be 1- or 2-d." for any other number of dimensions.
array diag(const array& v, std::int64_t k = 0);

}  // namespace engine
