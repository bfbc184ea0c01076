// NumPy's introselect, element for element (numpy/core/src/npysort/selection.cpp), so that the order it leaves the
// unselected elements in is reproduced too; NumPy 2's x86-simd-sort quickselect for one kth is x86_simd_sort.hpp.
//
// Quickselect on one lane: median-of-3 pivots moved to the front (the three sampled elements ordered so that the
// partition loop needs no bound checks), an unguarded Hoare partition, and a recursion depth budget of twice the
// lane length's highest bit, past which the pivot is the median of the medians of groups of five (linear worst
// case). A kth within three of the lane's low end is found by selection sort instead; for inexact types the last
// position is found by a scan for the maximum (NaNs count as largest). Several kth share a stack of at most 50
// pivots found so far, so each later (larger) kth searches only between the pivots around it. The order of
// comparison is NumPy's: numbers ascending, NaNs last (a NaN is never "less"), complex lexicographic with NaN parts
// last, bools as their bytes.
#include "engine/partition.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "engine/byteswap.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/reshape.hpp"
#include "engine/semantics.hpp"
#include "engine/sort.hpp"
#include "engine/strided_loop.hpp"
#include "cast_run.hpp"
#include "x86_simd_sort.hpp"

namespace engine {

namespace {

constexpr std::int64_t max_pivot_stack = 50;  // NPY_MAX_PIVOT_STACK

// Tag::less of npysort_common.h / numpy_tag.h.
template <class E>
bool less(const E& a, const E& b) {
    if constexpr (std::is_same_v<E, half>) {
        const float x = static_cast<float>(a), y = static_cast<float>(b);
        return std::isnan(y) ? !std::isnan(x) : (!std::isnan(x) && x < y);
    } else if constexpr (std::is_floating_point_v<E>) {
        return a < b || (b != b && a == a);
    } else if constexpr (std::is_same_v<E, std::complex<float>> || std::is_same_v<E, std::complex<double>>) {
        const auto ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
        if (ar < br) return ai == ai || bi != bi;
        if (ar > br) return bi != bi && ai == ai;
        if (ar == br || (ar != ar && br != br)) return ai < bi || (bi != bi && ai == ai);
        return br != br;
    } else {
        return a < b;
    }
}

// NumPy's inexact<type>(): not for float16, whose C++ type (npy_half) is an unsigned 16-bit integer, so a float16
// kth at the lane's end is selected by the quickselect, not by the scan for the maximum.
template <class E>
constexpr bool inexact = !std::is_integral_v<E> && !std::is_same_v<E, half>;

// npy_get_msb: the index of the highest set bit.
int highest_bit(std::int64_t n) {
    int depth = 0;
    while (n >>= 1) ++depth;
    return depth;
}

template <class E>
class selector {
public:
    explicit selector(std::vector<E>& v) : v_(v) {}

    void store_pivot(std::int64_t pivot, std::int64_t kth) {
        if (!pivots_) return;
        // The requested kth is stored even over a full stack; otherwise only pivots beyond the current kth help.
        if (pivot == kth && npiv_ == max_pivot_stack) pivots_[npiv_ - 1] = pivot;
        else if (pivot >= kth && npiv_ < max_pivot_stack) pivots_[npiv_++] = pivot;
    }

    // introselect_ over v_[offset, offset + num), the pivot stack in use or not.
    void introselect(std::int64_t offset, std::int64_t num, std::int64_t kth, bool use_pivots) {
        std::int64_t* const saved = pivots_;
        if (!use_pivots) pivots_ = nullptr;
        select(offset, num, kth);
        pivots_ = saved;
    }

    void reset_pivots() {
        npiv_ = 0;
        pivots_ = stack_;
    }

private:
    E& at(std::int64_t offset, std::int64_t i) { return v_[static_cast<std::size_t>(offset + i)]; }
    void swap(std::int64_t offset, std::int64_t i, std::int64_t j) { std::swap(at(offset, i), at(offset, j)); }

    void median3_swap(std::int64_t o, std::int64_t low, std::int64_t mid, std::int64_t high) {
        if (less(at(o, high), at(o, mid))) swap(o, high, mid);
        if (less(at(o, high), at(o, low))) swap(o, high, low);
        if (less(at(o, low), at(o, mid))) swap(o, low, mid);  // the pivot to low
        swap(o, mid, low + 1);                               // the lowest of the three to low + 1
    }

    std::int64_t median5(std::int64_t o) {
        if (less(at(o, 1), at(o, 0))) swap(o, 1, 0);
        if (less(at(o, 4), at(o, 3))) swap(o, 4, 3);
        if (less(at(o, 3), at(o, 0))) swap(o, 3, 0);
        if (less(at(o, 4), at(o, 1))) swap(o, 4, 1);
        if (less(at(o, 2), at(o, 1))) swap(o, 2, 1);
        if (less(at(o, 3), at(o, 2))) return less(at(o, 3), at(o, 1)) ? 1 : 3;
        return 2;
    }

    void unguarded_partition(std::int64_t o, const E pivot, std::int64_t& ll, std::int64_t& hh) {
        for (;;) {
            do ++ll;
            while (less(at(o, ll), pivot));
            do --hh;
            while (less(pivot, at(o, hh)));
            if (hh < ll) break;
            swap(o, ll, hh);
        }
    }

    std::int64_t median_of_median5(std::int64_t o, std::int64_t num) {
        const std::int64_t nmed = num / 5;
        for (std::int64_t i = 0, subleft = 0; i < nmed; ++i, subleft += 5) swap(o, subleft + median5(o + subleft), i);
        if (nmed > 2) introselect(o, nmed, nmed / 2, false);
        return nmed / 2;
    }

    void dumb_select(std::int64_t o, std::int64_t num, std::int64_t kth) {
        for (std::int64_t i = 0; i <= kth; ++i) {
            std::int64_t minidx = i;
            E minval = at(o, i);
            for (std::int64_t k = i + 1; k < num; ++k)
                if (less(at(o, k), minval)) {
                    minidx = k;
                    minval = at(o, k);
                }
            swap(o, i, minidx);
        }
    }

    void select(std::int64_t o, std::int64_t num, std::int64_t kth) {
        std::int64_t low = 0, high = num - 1;
        while (pivots_ && npiv_ > 0) {
            if (pivots_[npiv_ - 1] > kth) {  // a pivot beyond kth bounds the search
                high = pivots_[npiv_ - 1] - 1;
                break;
            }
            if (pivots_[npiv_ - 1] == kth) return;  // found by an earlier kth
            low = pivots_[npiv_ - 1] + 1;
            --npiv_;
        }
        if (kth - low < 3) {
            dumb_select(o + low, high - low + 1, kth - low);
            store_pivot(kth, kth);
            return;
        }
        if (inexact<E> && kth == num - 1) {
            std::int64_t maxidx = low;
            E maxval = at(o, low);
            for (std::int64_t k = low + 1; k < num; ++k)
                if (!less(at(o, k), maxval)) {
                    maxidx = k;
                    maxval = at(o, k);
                }
            swap(o, kth, maxidx);
            return;
        }
        int depth_limit = highest_bit(num) * 2;
        while (low + 1 < high) {
            std::int64_t ll = low + 1, hh = high;
            if (depth_limit > 0 || hh - ll < 5) {
                median3_swap(o, low, low + (high - low) / 2, high);
            } else {
                const std::int64_t mid = ll + median_of_median5(o + ll, hh - ll);
                swap(o, mid, low);
                --ll;
                ++hh;
            }
            --depth_limit;
            unguarded_partition(o, at(o, low), ll, hh);
            swap(o, low, hh);
            if (hh != kth) store_pivot(hh, kth);
            if (hh >= kth) high = hh - 1;
            if (hh <= kth) low = ll;
        }
        if (high == low + 1 && less(at(o, high), at(o, low))) swap(o, high, low);
        store_pivot(kth, kth);
    }

    std::vector<E>& v_;
    std::int64_t stack_[max_pivot_stack] = {};
    std::int64_t* pivots_ = stack_;
    std::int64_t npiv_ = 0;
};

// Every lane along `axis`, in C order of the other axes: read, partitioned for each kth in turn (or by x86-simd-sort's
// quickselect, where NumPy runs it: `simd`), written back.
template <dtype T>
void partition_lanes(const ndarray& a, std::int64_t axis, const std::vector<std::int64_t>& kth,
                     const std::optional<detail::x86_simd_sort_shape>& simd) {
    using E = element_t<T>;
    const std::int64_t extent = a.shape()[static_cast<std::size_t>(axis)];
    const std::int64_t stride = a.strides()[static_cast<std::size_t>(axis)];
    std::vector<E> lane(static_cast<std::size_t>(extent));
    selector<E> select(lane);
    for_each_lane(a, axis, [&](std::byte* start) {
        for (std::int64_t k = 0; k < extent; ++k)
            std::memcpy(&lane[static_cast<std::size_t>(k)], start + k * stride, sizeof(E));
        const auto write_back = [&] {
            for (std::int64_t k = 0; k < extent; ++k)
                std::memcpy(start + k * stride, &lane[static_cast<std::size_t>(k)], sizeof(E));
        };
        if constexpr (detail::x86_simd_sort_takes<E>) {
            if (simd) {
                detail::x86_simd_sort<E>(lane, *simd).select(kth.front());
                return write_back();
            }
        }
        select.reset_pivots();
        for (const std::int64_t k : kth) select.introselect(0, extent, k, true);
        write_back();
    });
}

template <std::size_t... Types>
constexpr auto make_partition_table(std::index_sequence<Types...>) {
    using lanes = void (*)(const ndarray&, std::int64_t, const std::vector<std::int64_t>&,
                           const std::optional<detail::x86_simd_sort_shape>&);
    return std::array<lanes, sizeof...(Types)>{&partition_lanes<static_cast<dtype>(Types)>...};
}

constexpr auto partition_table = make_partition_table(std::make_index_sequence<dtype_count>{});

}  // namespace

void partition_in_place(const array& a, const std::vector<std::int64_t>& kth_given, std::int64_t axis) {
    const std::int64_t along = normalize_axis(axis, a->ndim());
    a->require_writeable("partition array is read-only");
    const std::int64_t extent = a->shape()[static_cast<std::size_t>(along)];
    // partition_prep_kth_array: negative kth count from the end, bounds checked unless the array is empty, sorted.
    std::vector<std::int64_t> kth = kth_given;
    for (std::int64_t& k : kth) {
        if (k < 0) k += extent;
        if (a->size() != 0 && (k < 0 || k >= extent))
            raise(error_category::value_error,
                  "kth(=" + std::to_string(k) + ") out of bounds (" + std::to_string(extent) + ")");
    }
    std::sort(kth.begin(), kth.end());
    // _new_sortlike returns before making its iterator when there is nothing to select.
    if (extent <= 1 || a->size() == 0) return;
    check_legacy_iterator_dimensions(a->ndim());
    if (is_byte_swapped(a->type())) {
        // _new_sortlike selects each lane in a native buffer, lane after lane, so that a lane overlapping an earlier
        // one reads what that one wrote. NumPy 2 writes it back through its byteswap transfer (each element swapped
        // on its way, cast_run); NumPy 1.24 copies the lane back and then swaps it in place.
        const dtype native_type = native_order(a->type());
        const std::int64_t stride = a->strides()[static_cast<std::size_t>(along)];
        const bool copy_back_then_swap = active_semantics().sort_copies_back_then_swaps;
        for_each_lane(*a, along, [&](std::byte* start) {
            const array lane = copy_of(*ndarray::view_of(a, a->type(), {extent}, {stride}, start - a->data()), order::C,
                                       native_type);
            partition_in_place(lane, kth_given, 0);
            if (copy_back_then_swap)
                return copy_native_then_swap_in_place(a->type(), start, stride, lane->data(), extent);
            detail::cast_run(start, stride, a->type(), lane->data(), lane->itemsize(), native_type, extent,
                             a->uint_aligned());
        });
        return;
    }
    const std::optional<detail::x86_simd_sort_shape> simd =
        kth.size() == 1 ? detail::x86_simd_sort_shape_for(a->type()) : std::nullopt;
    partition_table[static_cast<std::size_t>(a->type())](*a, along, kth, simd);
}

array partitioned_copy(const array& a, const std::vector<std::int64_t>& kth, std::optional<std::int64_t> axis) {
    const array copy = axis ? copy_of(*a, order::K) : flatten(a);
    partition_in_place(copy, kth, axis.value_or(-1));
    return copy;
}

std::vector<std::int64_t> partition_kth(const array& kth) {
    if (!can_cast(kth->type(), dtype::int64, casting::safe))
        raise(error_category::type_error, "Partition index must be integer");
    if (kth->ndim() > 1) raise(error_category::value_error, "kth array must have dimension <= 1");
    std::vector<std::int64_t> positions;
    for (const scalar& s : flat_values(*kth)) positions.push_back(s.as_int64());
    return positions;
}

}  // namespace engine
