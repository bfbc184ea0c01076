// Dimension coalescing for multi-operand strided loops. Merging (i, i+1) is valid when, for every operand,
// one step along dim i equals a whole run along dim i+1; the merged dimension then behaves as one long run.
#include "engine/strided_loop.hpp"

#include <algorithm>
#include <cstdlib>

namespace engine {

namespace {

// coalesce() of the axes taken in the order `axes` (nd of them), operand k's strides at *strides[k]. Builds the
// result in place, its vectors sized once: small operations are dominated by such set-up.
strided_iteration coalesce_axes(const dims& shape, const dims* const* strides, std::size_t operands,
                                const std::size_t* axes) {
    const std::size_t nd = shape.size();
    std::size_t kept = 0;
    for (std::size_t i = 0; i < nd; ++i) kept += shape[axes[i]] != 1 ? 1 : 0;
    strided_iteration it;
    it.shape.reserve(kept);
    it.strides.resize(operands);
    for (std::size_t k = 0; k < operands; ++k) it.strides[k].reserve(kept);
    for (std::size_t i = 0; i < nd; ++i) {
        const std::size_t axis = axes[i];
        if (shape[axis] == 1) continue;
        it.shape.push_back(shape[axis]);
        for (std::size_t k = 0; k < operands; ++k) it.strides[k].push_back((*strides[k])[axis]);
    }
    // From the innermost dimension outward, so that a merged pair can merge again with its outer neighbour.
    for (std::size_t i = it.shape.size(); i-- > 1;) {
        bool mergeable = true;
        for (const auto& st : it.strides)
            if (st[i - 1] != st[i] * it.shape[i]) mergeable = false;
        if (!mergeable) continue;
        it.shape[i - 1] *= it.shape[i];
        it.shape.erase(it.shape.begin() + static_cast<std::ptrdiff_t>(i));
        for (auto& st : it.strides) {
            st[i - 1] = st[i];
            st.erase(st.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    return it;
}

// Up to this many axes the axis order and the operands' stride lists live on the stack.
constexpr std::size_t small_rank = 16;
constexpr std::size_t small_operands = 8;

// Calls f(axes) with axes 0, 1, ..., nd - 1 in an array of nd indices (on the stack when nd is small).
template <class F>
strided_iteration with_axes(std::size_t nd, F&& f) {
    if (nd <= small_rank) {
        std::size_t axes[small_rank];
        for (std::size_t i = 0; i < nd; ++i) axes[i] = i;
        return f(axes);
    }
    std::vector<std::size_t> axes(nd);
    for (std::size_t i = 0; i < nd; ++i) axes[i] = i;
    return f(axes.data());
}

// The axes ordered by operand 0's absolute stride, largest outermost, ties in their order (a stable insertion
// sort, as std::stable_sort would order them, without its temporary buffer).
strided_iteration in_memory_order(const dims& shape, const dims* const* strides, std::size_t operands) {
    return with_axes(shape.size(), [&](std::size_t* axes) {
        const dims& first = *strides[0];
        for (std::size_t i = 1; i < shape.size(); ++i) {
            const std::size_t axis = axes[i];
            const std::int64_t key = std::abs(first[axis]);
            std::size_t j = i;
            for (; j > 0 && key > std::abs(first[axes[j - 1]]); --j) axes[j] = axes[j - 1];
            axes[j] = axis;
        }
        return coalesce_axes(shape, strides, operands, axes);
    });
}

// Calls f(pointers) with a pointer to each stride list.
template <class F>
strided_iteration with_pointers(const std::vector<dims>& strides, F&& f) {
    if (strides.size() <= small_operands) {
        const dims* pointers[small_operands];
        for (std::size_t k = 0; k < strides.size(); ++k) pointers[k] = &strides[k];
        return f(pointers);
    }
    std::vector<const dims*> pointers;
    for (const dims& st : strides) pointers.push_back(&st);
    return f(pointers.data());
}

}  // namespace

strided_iteration coalesce(const dims& shape, const std::vector<dims>& strides) {
    return with_pointers(strides, [&](const dims* const* pointers) {
        return with_axes(shape.size(), [&](const std::size_t* axes) {
            return coalesce_axes(shape, pointers, strides.size(), axes);
        });
    });
}

strided_iteration coalesce_in_memory_order(const dims& shape, const std::vector<dims>& strides) {
    return with_pointers(strides, [&](const dims* const* pointers) {
        return in_memory_order(shape, pointers, strides.size());
    });
}

strided_iteration coalesce_in_memory_order(const dims& shape, std::initializer_list<const dims*> strides) {
    return in_memory_order(shape, strides.begin(), strides.size());
}

}  // namespace engine
