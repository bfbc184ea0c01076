// np.shares_memory / np.may_share_memory: NumPy's defaults (exact vs. bounds-only) and which undecided
// outcomes raise (shares_memory) or count as "may share" (may_share_memory).
#include "engine/shares_memory.hpp"

#include <cstdint>

#include "engine/error.hpp"
#include "engine/layout.hpp"

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

byte_bounds_result byte_bounds(const array& a) {
    array owner = a;
    std::shared_ptr<const object> block = a;
    for (std::shared_ptr<object> base = a->base(); base;) {
        block = base;
        if (const auto view_base = std::dynamic_pointer_cast<ndarray>(base)) {
            owner = view_base;
            base = view_base->base();
        } else if (const auto* dummy = dynamic_cast<const foreign_base*>(base.get())) {
            base = dummy->source();
        } else {
            break;
        }
    }
    std::int64_t low = a->data() - owner->data(), high = low;
    if (a->c_contiguous()) {
        high += wrapping_multiply(a->size(), a->itemsize());
    } else {
        for (std::size_t d = 0; d < a->shape().size(); ++d) {
            const std::int64_t span = wrapping_multiply(a->shape()[d] - 1, a->strides()[d]);
            (a->strides()[d] < 0 ? low : high) += span;
        }
        high += a->itemsize();
    }
    return {block, low, high};
}

}  // namespace engine
