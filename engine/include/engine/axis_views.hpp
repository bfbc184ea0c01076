// NumPy's Python-level functions that only rearrange or add axes, as the views NumPy's own code builds from
// indexing, flip and transpose: np.fliplr, np.flipud, np.rot90, np.atleast_1d/2d/3d (one array) and np.rollaxis.
#pragma once

#include <cstdint>
#include <utility>

#include "engine/array.hpp"

namespace engine {

// m[:, ::-1]; ValueError "Input must be >= 2-d." below two dimensions.
array fliplr(const array& m);
// m[::-1, ...]; ValueError "Input must be >= 1-d." for a 0-d array.
array flipud(const array& m);
// np.rot90(m, k, axes): k % 4 == 0 is m[:] (a new view), 2 is two flips, 1 and 3 a flip and a transpose.
// ValueError for equal or out-of-range axes, as NumPy checks them.
array rot90(const array& m, std::int64_t k = 1, std::pair<std::int64_t, std::int64_t> axes = {0, 1});
// The array itself when it has enough dimensions; else a view: a 0-d array reshaped, a 1-d one indexed
// with newaxis (atleast_2d: a[np.newaxis, :]; atleast_3d: a[np.newaxis, :, np.newaxis]; a 2-d one
// a[:, :, np.newaxis]), so the new axes get stride 0 where NumPy's indexing gives them that.
array atleast_1d(const array& a);
array atleast_2d(const array& a);
array atleast_3d(const array& a);

// np.rollaxis(a, axis, start): `axis` moved to sit before `start` — a transposed view, or a[...] (a new
// view of the same layout) when nothing moves. AxisError for an axis outside ndim or a start outside
// [-ndim, ndim].
array rollaxis(const array& a, std::int64_t axis, std::int64_t start = 0);

}  // namespace engine
