// Memory-overlap questions about strided regions: may two regions touch a common byte, may one region
// touch a byte twice.  Answers match NumPy 1.24's mem_overlap.c, including max_work budgets and overflow.
#pragma once

#include <cstdint>

#include "engine/layout.hpp"

namespace engine {

// Answers that can be undecided are enums, not bools.
//   no       - proven: no byte is shared.
//   yes      - proven: at least one byte is shared.
//   too_hard - the max_work budget ran out first (or max_work == 0 and the extents overlap).
//   overflow - an intermediate quantity does not fit in 64 bits, so the question was not decided.
enum class overlap { no, yes, too_hard, overflow };

// One array's memory footprint, independent of any array class: the address of element (0,...,0)
// (a real or virtual byte address), the item size and the byte strides per dimension.
// shape and strides must have the same length, shape entries and itemsize must be >= 0;
// the functions below throw std::invalid_argument otherwise.
struct strided_region {
    std::intptr_t start = 0;
    std::int64_t itemsize = 1;
    dims shape;
    dims strides;
};

// Lowest and one-past-highest byte touched (NumPy's get_array_memory_extents); empty regions give
// start==end.  Throws std::overflow_error when a bound is not representable as an intptr_t (NumPy would
// silently wrap around in that case).
struct memory_extent {
    std::intptr_t low, high;
};
memory_extent extent_of(const strided_region&);

// max_work values with a special meaning, named as in NumPy (NPY_MAY_SHARE_EXACT / NPY_MAY_SHARE_BOUNDS).
inline constexpr std::int64_t may_share_exact = -1;
inline constexpr std::int64_t may_share_bounds = 0;

// NumPy's solve_may_share_memory(a, b, max_work): max_work == 0 means "extents only" (returns too_hard
// when the extents overlap, as NumPy does); max_work < 0 means unbounded exact solving; otherwise the
// solver gives up with too_hard after max_work units of work, counted as NumPy counts them.  Answers
// overflow wherever NumPy raises OverflowError; stride x extent products, which NumPy computes unchecked
// (wrapping around into a meaningless answer), are checked here and also answer overflow.
overlap solve_may_share_memory(const strided_region& a, const strided_region& b, std::int64_t max_work);

// NumPy's solve_may_have_internal_overlap (does a region touch some byte through two different
// elements), same conventions.  C-contiguous regions (NumPy 1.24's relaxed-strides rule) and empty regions
// answer no without any work, exactly as in NumPy.  Where NumPy fails with a generic error because the
// target sum overflows, this answers overflow.
overlap solve_may_have_internal_overlap(const strided_region& a, std::int64_t max_work);

}  // namespace engine
