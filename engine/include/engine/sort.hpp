// Sorting in place and into a copy: a.sort(axis) writes every lane along the axis back into the array's own
// memory (through views too), np.sort(a, axis) sorts a copy (a.flatten() for axis=None) the same way.
#pragma once

#include <cstdint>
#include <optional>

#include "engine/array.hpp"

namespace engine {

// a.sort(axis): ValueError when read-only, AxisError for an axis outside ndim (a 0-d array has none).
// NumPy's order: numbers ascending, NaN last; complex by real part, then imaginary part, NaN parts last.
// NumPy's default sort is not stable: the order it gives to elements that compare equal but differ in their
// bits (-0.0 and +0.0, complex numbers with such parts) follows its partitioning or its AVX-512 sorting
// networks, which the engine does not reproduce (it sorts stably). Exact for bool and integers (equal
// elements are identical) and for float16 under NumPy 2 (by sign, semantics.hpp); a known limit for float32,
// float64, complex and NumPy 1.24's float16 lanes that hold both zeros (docs/oracles.md).
// The lanes are sorted one after the other in C order of the other axes, each read just before it is
// written back (so overlapping writeable lanes see the earlier ones sorted).
void sort_in_place(const array& a, std::int64_t axis = -1);

// np.sort(a, axis): a.copy(order='K') sorted along the axis, or a.flatten() sorted for no axis.
array sorted_copy(const array& a, std::optional<std::int64_t> axis);

}  // namespace engine
