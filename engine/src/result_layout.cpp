// Axis ordering for fresh results, transcribed in behaviour from NumPy 1.24's npyiter_find_best_axis_ordering
// and PyArray_CreateMultiSortedStridePerm. Both are the same custom insertion sort: the operands vote on each
// pair of axes, a pair on which no operand has a say is stepped over, and a swap needs every voter to agree
// (so on conflicts the order already there, C order, wins). The iterator sorts its axes fastest-first
// starting from the last array axis; concatenate sorts slowest-first starting from the first. With
// conflicting votes the sort is not a true sort, so the two are kept as NumPy runs them rather than unified.
#include "engine/result_layout.hpp"

#include <cstdlib>

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

}  // namespace engine
