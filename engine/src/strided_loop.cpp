// Dimension coalescing for multi-operand strided loops. Merging (i, i+1) is valid when, for every operand,
// one step along dim i equals a whole run along dim i+1; the merged dimension then behaves as one long run.
#include "engine/strided_loop.hpp"

#include <algorithm>
#include <cstdlib>

namespace engine {

namespace {

// Up to this many axes the axis order, coalesce_axes' groups and the operands' stride lists live on the stack
// (absl::InlinedVector measured slower here: these run on every small operation).
constexpr std::size_t small_rank = 16;
constexpr std::size_t small_operands = 8;

// coalesce() of the axes taken in the order `axes` (nd of them), operand k's strides at *strides[k]. Decides which
// axes survive on the stack first and then writes the result once, its vectors sized once: small operations are
// dominated by such set-up.
strided_iteration coalesce_axes(const dims& shape, const dims* const* strides, std::size_t operands,
                                const std::size_t* axes) {
    const std::size_t nd = shape.size();
    // From the innermost axis outward, so that a merged pair can merge again with its outer neighbour: a group of
    // merged axes has the product of their extents and its innermost axis's strides.
    std::size_t inner_stack[small_rank];
    std::int64_t extent_stack[small_rank];
    std::vector<std::size_t> inner_heap;
    std::vector<std::int64_t> extent_heap;
    std::size_t* inner = inner_stack;
    std::int64_t* extent = extent_stack;
    if (nd > small_rank) {
        inner_heap.resize(nd);
        extent_heap.resize(nd);
        inner = inner_heap.data();
        extent = extent_heap.data();
    }
    std::size_t kept = 0;  // groups found so far, innermost first
    for (std::size_t i = nd; i-- > 0;) {
        const std::size_t axis = axes[i];
        if (shape[axis] == 1) continue;
        // One step along `axis` is a whole run of the group inside it, for every operand.
        bool merges = kept > 0;
        for (std::size_t k = 0; merges && k < operands; ++k) {
            const dims& st = *strides[k];
            merges = st[axis] == st[inner[kept - 1]] * extent[kept - 1];
        }
        if (merges) {
            extent[kept - 1] *= shape[axis];
        } else {
            inner[kept] = axis;
            extent[kept] = shape[axis];
            ++kept;
        }
    }
    strided_iteration it;
    it.shape.resize(kept);
    it.strides.resize(operands);
    for (std::size_t k = 0; k < operands; ++k) it.strides[k].resize(kept);
    for (std::size_t g = 0; g < kept; ++g) {  // outermost group first
        const std::size_t from = kept - 1 - g;
        it.shape[g] = extent[from];
        for (std::size_t k = 0; k < operands; ++k) it.strides[k][g] = (*strides[k])[inner[from]];
    }
    return it;
}

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
