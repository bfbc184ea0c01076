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
// assign()'s broadcast check alone (ValueError "could not broadcast input array ..."), for a caller that then
// writes nothing.
void check_assignable(const ndarray& dst, const ndarray& src);
// Whether PyArray_AssignArray copies src before writing dst: where they may overlap (their extents in one buffer
// meet) and src is 0-d (read once), dst has several dimensions, or a 1-D dst is walked against src's last stride.
bool assignment_copies_source(const ndarray& dst, const ndarray& src);
// src as assign() reads it for dst: a view stretched to dst's shape (its leading length-1 dimensions beyond dst's
// dropped; the same ValueError where it does not broadcast).
array stretched_for_assignment(const ndarray& dst, const array& src);

// out[i] = result[i] where mask[i] (cast unsafely), walking out's memory upwards as NumPy's masked transfer does (an
// axis out walks backwards is flipped; one run reaching into out from below is walked backwards), which decides the
// survivor where out's elements overlap each other. Each stretch of selected elements is one run of NumPy's cast
// loop (detail::cast_run), whose rules for float -> uint32 depend on the run.
// `buffered`: the loop's output dtype differs from out's, so NumPy writes out through its iterator's buffer. Under
// NumPy 2 an out whose every element is the same one (stride 0 along every axis longer than 1) then gets one
// buffer cell per 8,192 elements: the masked loop leaves the last selected result (in C order) in it, and the
// masked write-back copies it once, if the chunk's first mask entry is True (found by the property test, seed
// 301: np.negative(np.int8(0), out=zero_stride_int64_view, where=[False, True]) keeps the old value).
void masked_assign(const ndarray& out, const ndarray& result, const ndarray& mask, bool buffered = false);

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
