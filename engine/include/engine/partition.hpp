// a.partition(kth) in place and np.partition(a, kth) on a copy: every lane along the axis rearranged so that the
// elements at the kth positions are where a full sort would put them, smaller ones before, larger ones after,
// by NumPy's own introselect (npysort/selection.cpp), whose order of the other elements is part of the result.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/array.hpp"

namespace engine {

// The kth positions as partition_prep_kth_array takes them: an array whose dtype casts safely to intp (bools and
// integers; TypeError "Partition index must be integer"), of at most one dimension (ValueError "kth array must
// have dimension <= 1").
std::vector<std::int64_t> partition_kth(const array& kth);

// a.partition(kth, axis) (PyArray_Partition): AxisError for the axis, ValueError "partition array is read-only",
// ValueError "kth(=5) out of bounds (5)" for a kth outside the axis (unless the array is empty; negative ones count
// from the end), then the kth sorted ascending and each lane partitioned for each of them in turn, sharing the
// pivots found on the way. NumPy 2 hands a single kth of a 16-, 32- or 64-bit number type to x86-simd-sort's
// quickselect instead where the CPU has one for it (semantics.hpp): a lane of up to 512 elements (AVX-512; fewer
// with AVX2) comes out sorted by its networks, a longer one partitioned in vectors, which the engine replays element
// for element (engine/src/x86_simd_sort.hpp).
void partition_in_place(const array& a, const std::vector<std::int64_t>& kth, std::int64_t axis = -1);

// np.partition(a, kth, axis): a.copy(order='K') partitioned along the axis, or a.flatten() for no axis.
array partitioned_copy(const array& a, const std::vector<std::int64_t>& kth, std::optional<std::int64_t> axis);

}  // namespace engine
