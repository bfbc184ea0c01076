// The engine's only element loops: strided copy-with-cast, fill, and flat reads.
// Dimensions are coalesced first and the inner loop is chosen once per call from a dtype-pair table,
// so there is no per-element dispatch; 2-D transposing copies are blocked for the cache.
#pragma once

#include <vector>

#include "engine/array.hpp"
#include "engine/scalar.hpp"

namespace engine {

// dst[...] = src: `src` is broadcast to dst's shape (leading length-1 dims of src beyond dst's ndim are
// dropped, as NumPy's setitem does), values are cast unsafely, and overlapping memory is handled as if
// src had been copied first. Does not check writeability or casting rules: callers do.
void assign(const ndarray& dst, const ndarray& src);

// Every element of dst becomes `value` (cast unsafely to dst's dtype).
void fill(const ndarray& dst, const scalar& value);

// A fresh owning copy in the given memory order (K keeps the source's stride order, A is F only when
// the source is F- but not C-contiguous).
array copy_of(const ndarray& src, order o, dtype as_type);
inline array copy_of(const ndarray& src, order o = order::K) { return copy_of(src, o, src.type()); }

// The elements in C order.
std::vector<scalar> flat_values(const ndarray& a);


// Resolves order A / K against an array: A -> F if a is F- and not C-contiguous else C.
order resolve_order_a(const ndarray& a, order o);

}  // namespace engine
