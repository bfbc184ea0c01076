// order='K' in one place. Axis ordering for fresh results, transcribed in behaviour from NumPy 1.24's npyiter_find_best_axis_ordering
// and PyArray_CreateMultiSortedStridePerm. Both are the same custom insertion sort: the operands vote on each
// pair of axes, a pair on which no operand has a say is stepped over, and a swap needs every voter to agree
// (so on conflicts the order already there, C order, wins). The iterator sorts its axes fastest-first
// starting from the last array axis; concatenate sorts slowest-first starting from the first. With
// conflicting votes the sort is not a true sort, so the two are kept as NumPy runs them rather than unified.
#include "engine/result_layout.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace engine {

namespace {

// Each operand's stride per axis, and whether it has a say on that axis.
struct axis_votes {
    std::vector<dims> strides;
    std::vector<std::vector<bool>> has_say;
};

// Sorts `axes` (listed in their current order) so that an axis moves in front of another when every
// operand with a say on both prefers it (`prefers_first(stride_of_moving, stride_of_other)`).
template <class Prefers>
std::vector<std::size_t> insertion_sort_axes(std::vector<std::size_t> axes, const axis_votes& votes,
                                             Prefers prefers_first) {
    for (std::size_t i0 = 1; i0 < axes.size(); ++i0) {
        const std::size_t moving = axes[i0];
        std::size_t insert_at = i0;
        for (std::size_t i1 = i0; i1-- > 0;) {
            const std::size_t other = axes[i1];
            bool voted = false, all_prefer = true;
            for (std::size_t k = 0; k < votes.strides.size(); ++k) {
                if (!votes.has_say[k][moving] || !votes.has_say[k][other]) continue;
                voted = true;
                if (!prefers_first(std::llabs(votes.strides[k][moving]), std::llabs(votes.strides[k][other])))
                    all_prefer = false;
            }
            if (!voted) continue;
            if (!all_prefer) break;
            insert_at = i1;
        }
        if (insert_at != i0) {
            for (std::size_t i = i0; i > insert_at; --i) axes[i] = axes[i - 1];
            axes[insert_at] = moving;
        }
    }
    return axes;
}

// Dense strides laying out `shape` with the axes in `outer_to_inner` order.
dims dense_strides(const dims& shape, const std::vector<std::size_t>& outer_to_inner, std::int64_t itemsize) {
    dims strides(shape.size());
    std::int64_t stride = itemsize;
    for (std::size_t i = outer_to_inner.size(); i-- > 0;) {
        strides[outer_to_inner[i]] = stride;
        stride *= shape[outer_to_inner[i]] > 0 ? shape[outer_to_inner[i]] : 1;
    }
    return strides;
}

std::vector<std::size_t> axes_in_c_order(std::size_t ndim) {
    std::vector<std::size_t> axes(ndim);
    for (std::size_t i = 0; i < ndim; ++i) axes[i] = i;
    return axes;
}

bool larger_first(std::int64_t moving, std::int64_t other) { return moving > other; }

}  // namespace

dims strides_ordered_like(const dims& order_source, const dims& shape, std::int64_t itemsize) {
    // A single voter with a say everywhere: the insertion sort is then a stable sort by |stride|, descending.
    const axis_votes votes{{order_source}, {std::vector<bool>(shape.size(), true)}};
    return dense_strides(shape, insertion_sort_axes(axes_in_c_order(shape.size()), votes, larger_first), itemsize);
}

dims iterator_output_strides(const dims& shape, const std::vector<dims>& operand_strides, std::int64_t itemsize) {
    const std::size_t nd = shape.size();
    axis_votes votes{operand_strides, {}};
    for (const auto& st : operand_strides) {
        std::vector<bool> say(nd);
        for (std::size_t i = 0; i < nd; ++i) say[i] = st[i] != 0;
        votes.has_say.push_back(std::move(say));
    }
    // The iterator keeps its axes reversed (fastest first) and sorts them smallest stride first.
    std::vector<std::size_t> fastest_first(nd);
    for (std::size_t i = 0; i < nd; ++i) fastest_first[i] = nd - 1 - i;
    fastest_first = insertion_sort_axes(std::move(fastest_first), votes,
                                        [](std::int64_t moving, std::int64_t other) { return moving < other; });
    return dense_strides(shape, {fastest_first.rbegin(), fastest_first.rend()}, itemsize);
}

dims concatenation_strides(const dims& shape, const std::vector<array>& inputs, std::int64_t itemsize) {
    axis_votes votes;
    for (const auto& a : inputs) {
        std::vector<bool> say(shape.size());
        for (std::size_t i = 0; i < shape.size(); ++i) say[i] = a->shape()[i] != 1;
        votes.strides.push_back(a->strides());
        votes.has_say.push_back(std::move(say));
    }
    return dense_strides(shape, insertion_sort_axes(axes_in_c_order(shape.size()), votes, larger_first), itemsize);
}

dims strides_keeping_order(const ndarray& a, dtype as_type) {
    return strides_ordered_like(a.strides(), a.shape(), itemsize(as_type));
}

axis_order c_order(std::size_t ndim) {
    axis_order o;
    o.outer_to_inner.resize(ndim);
    std::iota(o.outer_to_inner.begin(), o.outer_to_inner.end(), std::size_t{0});
    o.reversed.assign(ndim, false);
    return o;
}

std::vector<dims> nditer_operands(const dims& shape, std::vector<dims> operand_strides) {
    for (auto& strides : operand_strides)
        for (std::size_t ax = 0; ax < shape.size(); ++ax)
            if (shape[ax] == 1) strides[ax] = 0;
    return operand_strides;
}

axis_order nditer_order(const dims& shape, const std::vector<dims>& operand_strides, bool may_reverse) {
    const std::size_t nd = shape.size();
    const auto operands = nditer_operands(shape, operand_strides);
    const dims layout = iterator_output_strides(shape, operands, 1);
    axis_order o = c_order(nd);
    std::stable_sort(o.outer_to_inner.begin(), o.outer_to_inner.end(),
                     [&](std::size_t i, std::size_t j) { return layout[i] > layout[j]; });
    if (may_reverse) {
        for (std::size_t ax = 0; ax < nd; ++ax) {
            bool backwards = false, forwards = false;
            for (const auto& strides : operands) {
                if (strides[ax] < 0) backwards = true;
                else if (strides[ax] > 0) forwards = true;
            }
            o.reversed[ax] = backwards && !forwards;
        }
    }
    return o;
}

dims keep_order_axes(const ndarray& a) {
    const axis_order o = nditer_order(a.shape(), {a.strides()}, false);
    return dims(o.outer_to_inner.begin(), o.outer_to_inner.end());
}

dims flat_strides(const ndarray& a, order o) {
    if (o != order::K) return contiguous_strides(a.shape(), a.itemsize(), o);
    dims strides(a.shape().size());
    std::int64_t stride = a.itemsize();
    const dims outermost_first = keep_order_axes(a);
    for (auto axis = outermost_first.rbegin(); axis != outermost_first.rend(); ++axis) {
        strides[*axis] = stride;
        stride *= a.shape()[*axis];  // bounded by the element count times the itemsize
    }
    return strides;
}

bool is_dense_in_stride_order(const ndarray& a) {
    const dims dense = strides_keeping_order(a, a.type());
    for (std::size_t i = 0; i < a.shape().size(); ++i)
        if (a.shape()[i] != 1 && a.strides()[i] != dense[i]) return false;
    return true;
}

std::vector<std::int64_t> offsets_in_order(const dims& shape, const dims& strides, const axis_order& order) {
    std::vector<std::int64_t> out;
    const std::int64_t n = element_count(shape);
    if (n == 0) return out;
    out.reserve(static_cast<std::size_t>(n));
    const std::size_t nd = shape.size();
    dims step(nd), counter(nd, 0);
    std::int64_t offset = 0;
    for (std::size_t ax = 0; ax < nd; ++ax) {
        step[ax] = order.reversed[ax] ? -strides[ax] : strides[ax];
        if (order.reversed[ax]) offset += (shape[ax] - 1) * strides[ax];
    }
    for (std::int64_t i = 0; i < n; ++i) {
        out.push_back(offset);
        for (std::size_t k = nd; k-- > 0;) {
            const std::size_t ax = order.outer_to_inner[k];
            offset += step[ax];
            if (++counter[ax] < shape[ax]) break;
            offset -= step[ax] * shape[ax];
            counter[ax] = 0;
        }
    }
    return out;
}

std::vector<std::int64_t> c_order_offsets(const dims& shape, const dims& strides) {
    return offsets_in_order(shape, strides, c_order(shape.size()));
}

}  // namespace engine
