// np.shares_memory / np.may_share_memory: NumPy's defaults (exact vs. bounds-only) and which undecided
// outcomes raise (shares_memory) or count as "may share" (may_share_memory).
#include "engine/shares_memory.hpp"

#include <cstdint>

#include "engine/error.hpp"

namespace engine {

strided_region region_of(const ndarray& a) {
    return {reinterpret_cast<std::intptr_t>(a.data()), a.itemsize(), a.shape(), a.strides()};
}

namespace {

std::int64_t checked_max_work(std::optional<std::int64_t> max_work, std::int64_t default_work) {
    if (!max_work) return default_work;
    if (*max_work < -2) raise(error_category::value_error, "Invalid value for max_work");
    return *max_work;
}

}  // namespace

bool shares_memory(const ndarray& a, const ndarray& b, std::optional<std::int64_t> max_work) {
    switch (solve_may_share_memory(region_of(a), region_of(b), checked_max_work(max_work, may_share_exact))) {
        case overlap::no: return false;
        case overlap::yes: return true;
        case overlap::overflow: raise(error_category::overflow_error, "Integer overflow in computing overlap");
        case overlap::too_hard: raise(error_category::runtime_error, "Exceeded max_work");
    }
    return true;
}

bool may_share_memory(const ndarray& a, const ndarray& b, std::optional<std::int64_t> max_work) {
    return solve_may_share_memory(region_of(a), region_of(b), checked_max_work(max_work, may_share_bounds)) !=
           overlap::no;
}

}  // namespace engine
