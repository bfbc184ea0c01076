// Writing into an existing array by position or mask: a.put / np.put (mode), np.putmask, np.place and
// np.fill_diagonal, with the order of reads and writes NumPy's loops have (item_selection.c, compiled_base.c,
// flatiter assignment), which decides what overlapping values and partial writes leave behind.
#pragma once

#include <cstdint>

#include "engine/array.hpp"
#include "engine/take.hpp"

namespace engine {

// a.put(indices, values, mode): ValueError when `a` is read-only; `indices` from positions_from (safe rule);
// IndexError "cannot replace elements of an empty array" for positions into an empty `a` (NumPy 2; NumPy
// 1.24 checks each position instead, semantics::put_into_empty_array_raises); `values` is cast unsafely to
// a's dtype and used cyclically (nothing happens when it is empty). Positions are flat C-order positions of
// `a`, the last write to a position wins. In raise mode an out-of-range position is IndexError; the writes
// before it stay when NumPy wrote straight into `a` (C-contiguous, overlapping neither values nor indices),
// else none do (NumPy wrote into a copy it then discarded).
void put(const array& a, const array& indices, const array& values, clip_mode mode);
// The checks a.put makes before it converts the values: read-only ValueError, then (NumPy 2) IndexError for
// positions into an empty array. put() makes them too; callers that convert values first call this before.
void check_put_destination(const array& a, const array& indices);

// np.putmask(a, mask, values): ValueError when `a` is read-only or mask and `a` differ in size; `mask` is
// cast to bool, `values` converted by carray_from(safe); where the flat C-order mask is true, the element
// takes values[i % len(values)] for its own flat position i (values read before any write).
void putmask(const array& a, const array& mask, const array& values);

// np.place(a, mask, values): ValueError when `a` is read-only or mask and `a` differ in size, or when values
// is empty and the mask is not all false; values converted by carray_from(safe). The true positions, in flat
// C order, take values[0], values[1], ... cyclically, each read just before its write (so a values array
// NumPy uses in place that overlaps a C-contiguous `a` shows earlier writes).
void place(const array& a, const array& mask, const array& values);
// place's checks of `a` and the mask, in NumPy's order, before it converts the values (for a caller converting them
// itself): `a` read-only where NumPy copies it (not a C-contiguous, aligned, writeable array; the copy's base check
// also ends a broadcast array's warn-on-write), then the sizes.
void check_place_destination(const ndarray& a, const ndarray& mask);

// np.fill_diagonal(a, values, wrap): ValueError below 2-d, or for unequal dimensions above 2-d; then NumPy's
// a.flat[:end:step] = values (flat_assign_item: read-only refused, values of another dtype cast in their own memory
// order, those of a's dtype read in place, taken cyclically in C order, each just before its write).
void fill_diagonal(const array& a, const array& values, bool wrap);
// Its checks before the values are converted (dimensions, then read-only), for callers that convert first.
void check_fill_diagonal_destination(const array& a);

}  // namespace engine
