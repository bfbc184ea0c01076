// np.shares_memory and np.may_share_memory on engine arrays, on top of the overlap solver:
// the Python-level policy (defaults for max_work, which outcomes raise) lives here, the algorithm in overlap.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "engine/array.hpp"
#include "engine/overlap.hpp"

namespace engine {

// The memory footprint of an array for the solver.
strided_region region_of(const ndarray& a);

// np.shares_memory(a, b, max_work=None): exact by default; raises RuntimeError (TooHardError) when max_work
// is exceeded and OverflowError on integer overflow; ValueError for max_work < -2.
bool shares_memory(const ndarray& a, const ndarray& b, std::optional<std::int64_t> max_work = std::nullopt);
// np.may_share_memory(a, b, max_work=None): extents only by default; undecided answers count as True.
bool may_share_memory(const ndarray& a, const ndarray& b, std::optional<std::int64_t> max_work = std::nullopt);

// np.byte_bounds(a) (np.lib.array_utils.byte_bounds in NumPy 2): the first byte a's elements touch and one past
// the last, as offsets from the data of `block`, the object that owns a's memory (the end of a's chain of bases,
// through as_strided's base). A C-contiguous array spans size * itemsize bytes; any other adds (shape - 1) * stride
// per axis to the low or the high end by the stride's sign, then one itemsize (so an empty one can end below its
// start), exactly as numpy/lib/_array_utils_impl.py computes it.
struct byte_bounds_result {
    std::shared_ptr<const object> block;
    std::int64_t low, high;
};
byte_bounds_result byte_bounds(const array& a);

}  // namespace engine
