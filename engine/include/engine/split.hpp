// np.split, np.array_split and their h/v/d forms: where an axis is divided, and the sub-arrays between the
// division points, each a view of the input (numpy/lib/_shape_base_impl.py).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/array.hpp"

namespace engine {

// np.array_split's division points for `sections` parts of an axis of length `total`: 0, then the
// total % sections longer parts (one element more) first; ValueError "number sections must be larger than
// 0." for sections <= 0.
dims equal_division_points(std::int64_t total, std::int64_t sections);

// np.split's check before it divides an axis of length `total` into `sections` parts: ZeroDivisionError
// for 0 sections, ValueError "array split does not result in an equal division" when they are unequal
// (Python's modulo: a negative count that divides passes here and fails in equal_division_points).
void check_equal_division(std::int64_t total, std::int64_t sections);

// The parts between consecutive division points along `axis`, as NumPy makes each:
// a.swapaxes(axis, 0)[start:stop].swapaxes(axis, 0), a view whose base is a's owner; points outside the
// axis clamp as slice bounds do (empty parts), a missing point is an open slice bound.
std::vector<array> split_at(const array& a, const std::vector<std::optional<std::int64_t>>& points,
                            std::int64_t axis);

}  // namespace engine
