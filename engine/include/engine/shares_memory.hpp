// np.shares_memory and np.may_share_memory on engine arrays, on top of the overlap solver:
// the Python-level policy (defaults for max_work, which outcomes raise) lives here, the algorithm in overlap.
#pragma once

#include <cstdint>
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

}  // namespace engine
