// x86-simd-sort, the sort and the one-kth partition NumPy 2 runs for 16-, 32- and 64-bit numbers on a CPU with
// AVX-512 or AVX2 (quicksort_dispatch and quickselect_dispatch), replayed element for element on one lane in a buffer.
//
// The order it leaves elements in is the order of its vector stores, and the bits of equal numbers (-0.0 and 0.0)
// are those its networks' min and max pick, so the engine makes the same stores in the same order, a vector being
// `lanes` elements (its bytes over the itemsize) copied when it is loaded (xss-common-qsort.h and
// xss-pivot-selection.hpp, x86-simd-sort as NumPy 2.4 vendors it; every step below measured against NumPy 2.4.6
// with AVX-512 and with AVX2, on lanes of 2 to 5,000 elements).
//
// The quickselect (np.partition with one kth): a float lane's NaNs go to its end first (move_nans_to_end_of_array:
// a NaN met from the front is swapped with the element at the back, which the front then looks at in its place);
// where kth falls among them nothing more happens. Then qselect_ over the others, with a budget of
// 2 * floor(log2(lane length)) rounds, past which the stretch is sorted (std::sort). A stretch of at most
// `sorted_whole_up_to` elements is sorted whole by the bitonic networks (x86_simd_sort_networks.hpp). Otherwise the
// pivot is the median (the upper one) of `lanes` samples taken (right - left) / lanes apart from the left, the
// stretch is partitioned around it, and the search goes on in the side holding kth, unless the pivot is that side's
// extreme value (every element there is equal).
//
// The quicksort (np.sort's default kind, float32 and float64 here; xss_qsort with hasnan): every NaN becomes +inf,
// qsort_ sorts with the same budget, networks and partition, recursing into both sides (each unless the pivot is its
// extreme), and the last elements, as many as there were NaNs, become the canonical quiet NaN (the NaN steps are the
// caller's: sort.cpp's sort_as, shared with NumPy 1.24's kernel). Its pivot (get_pivot_smart) is the quickselect's
// below 4 * 4 vectors of elements; from there, the median of 4 vectors loaded ((right - lanes) - left) / 4 apart,
// except where those samples are all equal (then a search for two other values: none means the stretch is sorted, one
// means the larger of the two values is the pivot and neither side is sorted further, more means the middle of the
// three) or the median is the smallest sample (then the next float above it).
//
// The partition: the stretch's length modulo `lanes` elements are taken one by one from the left first, one not
// below the pivot swapped with the stretch's last and the stretch shortened. Then whole vectors: the first and the
// last `unroll` vectors of the rest are held in registers (and, before them, from the left, as many as make the
// rest a multiple of `unroll`), which leaves a gap at both ends to store into; each further group of `unroll`
// vectors is loaded from the end whose gap is smaller, and each vector is stored as its elements below the pivot,
// in lane order, at the left store and the others at the end of the right store. The held vectors go last: the left
// ones, the right ones, then the leftovers. A stretch of fewer than 3 * unroll vectors is partitioned one vector at
// a time in the same way. AVX-512 stores with vpcompress, in lane order on both sides. AVX2 has no compress store:
// it permutes the vector (the elements below the pivot in lane order, then the others in reverse lane order) and
// stores all of it at both stores; the lanes that do not belong fall in the gap and are overwritten later.
//
// float16 has no vector compare on AVX512_ICL: it works on the bits, ordering -0.0 before 0.0, and its vector test
// for "not below the pivot" answers no for a negative element equal to the pivot (goes_right). (A CPU with
// AVX512_SPR runs a native _Float16 kernel instead, which this does not model: not measured.) Its networks and
// those of integers leave no two elements that compare equal with different bits, so they sort stably here.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "engine/dtype.hpp"
#include "engine/float16.hpp"
#include "engine/semantics.hpp"
#include "x86_simd_sort_networks.hpp"

namespace engine::detail {

// What x86-simd-sort is for one dtype on one CPU (its vtype's constants).
struct x86_simd_sort_shape {
    int lanes = 0;                        // elements per vector register: numlanes
    int unroll = 0;                       // vectors partitioned a step: partition_unroll_factor
    std::int64_t sorted_whole_up_to = 0;  // network_sort_threshold
    bool permuted_stores = false;         // AVX2's emulated compress store (above)
};

// x86-simd-sort as NumPy runs it for this dtype on this CPU (semantics.hpp); none where NumPy has none for it (other
// dtypes, or none for the CPU). NumPy 2 runs it for np.sort's default kind (float32 and float64 are the lanes whose
// result shows it) and for np.partition with one kth.
inline std::optional<x86_simd_sort_shape> x86_simd_sort_shape_for(dtype t) {
    if (!is_integer(t) && kind_of(t) != dtype_kind::floating) return std::nullopt;
    const semantics& s = active_semantics();
    const std::int64_t size = itemsize(t);
    const int sorted_whole_up_to = size == 2   ? s.simd_sort_networks_16bit_up_to
                                   : size == 4 ? s.simd_sort_networks_32bit_up_to
                                   : size == 8 ? s.simd_sort_networks_64bit_up_to
                                               : 0;
    if (sorted_whole_up_to == 0 || s.simd_sort_vector_bytes == 0) return std::nullopt;
    // The vtypes' constants: 8 vectors a step, but 4 for AVX2's 32-bit numbers; only AVX2 lacks a compress store.
    const bool avx2 = s.simd_sort_vector_bytes == 32;
    return x86_simd_sort_shape{.lanes = static_cast<int>(s.simd_sort_vector_bytes / size),
                               .unroll = avx2 && size == 4 ? 4 : 8,
                               .sorted_whole_up_to = sorted_whole_up_to,
                               .permuted_stores = avx2};
}

// The element types it is written for (NumPy dispatches only 16-, 32- and 64-bit ones to it).
template <class E>
constexpr bool x86_simd_sort_takes =
    (std::is_integral_v<E> && !std::is_same_v<E, bool>) || std::is_floating_point_v<E> || std::is_same_v<E, half>;

template <class E>
    requires x86_simd_sort_takes<E>
class x86_simd_sort {
public:
    x86_simd_sort(std::vector<E>& lane, const x86_simd_sort_shape& shape) : v_(lane), shape_(shape) {
        if (shape.lanes < 2 || shape.lanes > max_lanes || shape.unroll < 1 || shape.unroll > max_unroll)
            throw std::logic_error("x86_simd_sort: a vector of " + std::to_string(shape.lanes) + " lanes, " +
                                   std::to_string(shape.unroll) + " a step");
    }

    // xss_qselect(arr, kth, n, hasnan = true) over the whole lane.
    void select(std::int64_t kth) {
        const auto n = static_cast<std::int64_t>(v_.size());
        if (n <= 1) return;
        const std::int64_t last = move_nans_to_end(n);
        if (kth > last) return;
        select(kth, 0, last, budget(n));
    }

    // xss_qsort(arr, n, hasnan = true)'s qsort_ over the whole lane, whose NaNs the caller has made +inf (and turns
    // the last as many elements back into NaN after): np.sort's default kind of float32 and float64.
    void sort()
        requires std::is_floating_point_v<E>
    {
        const auto n = static_cast<std::int64_t>(v_.size());
        if (n > 1) sort(0, n - 1, budget(n));
    }

private:
    static constexpr int max_lanes = 32;  // 64 bytes of 16-bit numbers
    static constexpr int max_unroll = 8;
    using vector = std::array<E, max_lanes>;

    static constexpr bool is_half = std::is_same_v<E, half>;
    static auto value(const E& x) {
        if constexpr (is_half) return static_cast<float>(x);
        else return x;
    }
    static bool is_nan(const E& x) {
        if constexpr (std::is_floating_point_v<E> || is_half) return std::isnan(value(x));
        else return false;
    }
    static std::uint16_t bits(const E& x) {
        std::uint16_t b = 0;
        std::memcpy(&b, &x, sizeof b);
        return b;
    }
    // The scalar order (comparison_func): float16's is on the bits, -0.0 before 0.0.
    static bool lt(const E& a, const E& b) {
        if constexpr (is_half) {
            if (value(a) == 0 && value(b) == 0) return std::signbit(value(a)) && !std::signbit(value(b));
        }
        return value(a) < value(b);
    }
    // The vector test that sends an element to the right of the pivot (PartitionComparator: ge). float16's compares
    // sign, exponent and mantissa on the bits and flips the answer where both are negative, which makes a negative
    // element equal to the pivot "below" it.
    static bool goes_right(const E& x, const E& pivot) {
        if constexpr (is_half) {
            const std::uint16_t a = bits(x), b = bits(pivot);
            const unsigned sign_a = a & 0x8000u, sign_b = b & 0x8000u, exp_a = a & 0x7c00u, exp_b = b & 0x7c00u;
            bool ge = sign_a < sign_b;
            if (sign_a == sign_b) ge = ge || exp_a > exp_b || (exp_a == exp_b && (a & 0x3ffu) >= (b & 0x3ffu));
            return ge != (sign_a == sign_b && sign_a != 0);
        } else {
            return !lt(x, pivot);
        }
    }
    // The float16 kernel works on the bits (uint16_t): its "pivot is that side's extreme" test compares bits.
    static bool same(const E& a, const E& b) {
        if constexpr (is_half) return bits(a) == bits(b);
        else return a == b;
    }

    E& at(std::int64_t i) { return v_[static_cast<std::size_t>(i)]; }

    std::int64_t move_nans_to_end(std::int64_t n) {
        std::int64_t front = 0, back = n - 1, nans = 0;
        while (front < back) {
            if (!is_nan(at(front))) {
                ++front;
                continue;
            }
            std::swap(at(front), at(back));
            --back;
            ++nans;
        }
        if (is_nan(at(front))) ++nans;
        return n - nans - 1;
    }

    // 2 * (arrsize_t)log2(n): the rounds before std::sort takes over.
    static std::int64_t budget(std::int64_t n) {
        return 2 * static_cast<std::int64_t>(std::log2(static_cast<double>(n)));
    }

    // The networks' result. Where no two equal elements differ in their bits (integers, float16's bits ordering
    // -0.0 first) that is the stretch sorted stably.
    void sort_whole(std::int64_t left, std::int64_t right) {
        if constexpr (std::is_floating_point_v<E>)
            x86_simd_sort_networks::sort_n(v_.data() + left, right + 1 - left, shape_.lanes, shape_.sorted_whole_up_to);
        else
            std::stable_sort(v_.begin() + left, v_.begin() + right + 1, lt);
    }

    // qsort_: [left, right] (inclusive) sorted.
    void sort(std::int64_t left, std::int64_t right, std::int64_t budget)
        requires std::is_floating_point_v<E>
    {
        if (budget <= 0) {
            std::sort(v_.begin() + left, v_.begin() + right + 1, lt);
            return;
        }
        if (right + 1 - left <= shape_.sorted_whole_up_to) return sort_whole(left, right);
        const pivot_choice choice = smart_pivot_of(left, right);
        if (choice.kind == pivot_kind::sorted) return;
        E smallest{}, biggest{};
        bool seen = false;
        const std::int64_t pivot_index = partition(left, right + 1, choice.pivot, smallest, biggest, seen);
        if (choice.kind == pivot_kind::only_two_values) return;
        if (choice.pivot != smallest) sort(left, pivot_index - 1, budget - 1);
        if (choice.pivot != biggest) sort(pivot_index, right, budget - 1);
    }

    enum class pivot_kind { normal, sorted, only_two_values };
    struct pivot_choice {
        E pivot;
        pivot_kind kind = pivot_kind::normal;
    };

    // get_pivot_smart: up to 4 * 4 vectors, get_pivot's; beyond, the median of 4 vectors loaded
    // ((right - lanes) - left) / 4 apart, unless the samples are all equal or the median is the smallest of them.
    pivot_choice smart_pivot_of(std::int64_t left, std::int64_t right)
        requires std::is_floating_point_v<E>
    {
        constexpr int vectors = 4;
        const std::int64_t lanes = shape_.lanes;
        if (right - left + 1 <= 4 * vectors * lanes) return {pivot_of(left, right)};
        const std::int64_t delta = ((right - lanes) - left) / vectors;
        std::array<E, vectors * max_lanes> samples{};
        std::size_t count = 0;
        for (int i = 0; i < vectors; ++i)
            for (std::int64_t k = 0; k < lanes; ++k) samples[count++] = at(left + delta * i + k);
        std::stable_sort(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(count), lt);
        const E smallest = samples[0], largest = samples[count - 1], median = samples[count / 2];
        if (smallest == largest) return pivot_near_constant(median, left, right);
        if (median == smallest) return {std::nextafter(median, std::numeric_limits<E>::infinity())};
        return {median};
    }

    // get_pivot_near_constant: the samples were all `common`. A first other value, by vectors (the first holding
    // one) then one by one; a second value other than both, by vectors holding an element other than `common` and
    // one other than the first value, then one by one.
    pivot_choice pivot_near_constant(E common, std::int64_t left, std::int64_t right) {
        const std::int64_t lanes = shape_.lanes;
        const auto vector_has = [&](std::int64_t from, auto other_than) {
            for (std::int64_t k = 0; k < lanes; ++k)
                if (other_than(at(from + k))) return true;
            return false;
        };
        std::int64_t index = left;
        E first{}, second{};
        for (; index <= right - lanes; index += lanes)
            if (vector_has(index, [&](E x) { return x != common; })) break;
        for (; index <= right; ++index)
            if (at(index) != common) {
                first = at(index);
                break;
            }
        if (index == right + 1) return {common, pivot_kind::sorted};
        for (; index <= right - lanes; index += lanes) {
            const bool has_other = vector_has(index, [&](E x) { return x != common; });
            if (has_other && vector_has(index, [&](E x) { return x != first; })) break;
        }
        for (; index <= right; ++index)
            if (at(index) != common && at(index) != first) {
                second = at(index);
                break;
            }
        // std::max and std::min with the comparator: the first argument unless the order says otherwise.
        const auto max_of = [](E a, E b) { return a < b ? b : a; };
        const auto min_of = [](E a, E b) { return b < a ? b : a; };
        if (index == right + 1) return {max_of(first, common), pivot_kind::only_two_values};
        return {max_of(min_of(first, second), min_of(max_of(first, second), common))};
    }

    // qselect_: kth within [left, right] (inclusive).
    void select(std::int64_t kth, std::int64_t left, std::int64_t right, std::int64_t budget) {
        if (budget <= 0) {
            std::sort(v_.begin() + left, v_.begin() + right + 1, lt);
            return;
        }
        if (right + 1 - left <= shape_.sorted_whole_up_to) return sort_whole(left, right);
        const E pivot = pivot_of(left, right);
        E smallest{}, biggest{};
        bool seen = false;
        const std::int64_t pivot_index = partition(left, right + 1, pivot, smallest, biggest, seen);
        if (!same(pivot, smallest) && kth < pivot_index) select(kth, left, pivot_index - 1, budget - 1);
        else if (!same(pivot, biggest) && kth >= pivot_index) select(kth, pivot_index, right, budget - 1);
    }

    // get_pivot: the middle of `lanes` samples, sorted.
    E pivot_of(std::int64_t left, std::int64_t right) {
        vector samples{};
        const std::int64_t delta = (right - left) / shape_.lanes;
        for (int i = 0; i < shape_.lanes; ++i) samples[static_cast<std::size_t>(i)] = at(left + i * delta);
        std::stable_sort(samples.begin(), samples.begin() + shape_.lanes, lt);
        return samples[static_cast<std::size_t>(shape_.lanes / 2)];
    }

    void track(const E& x, E& smallest, E& biggest, bool& seen) {
        if (!seen) {
            smallest = biggest = x;
            seen = true;
            return;
        }
        if (lt(x, smallest)) smallest = x;
        if (lt(biggest, x)) biggest = x;
    }

    vector load(std::int64_t at_index) {
        vector v{};
        std::copy_n(v_.begin() + at_index, shape_.lanes, v.begin());
        return v;
    }

    // partition_vec: one vector's elements below the pivot to l_store, the others to the end of the right store
    // (r_store .. r_store + lanes); returns how many are not below the pivot.
    int store(std::int64_t l_store, std::int64_t r_store, const vector& vec, const E& pivot, E& smallest, E& biggest,
              bool& seen) {
        vector below{}, others{};
        int nb = 0, no = 0;
        for (int i = 0; i < shape_.lanes; ++i) {
            const E& x = vec[static_cast<std::size_t>(i)];
            track(x, smallest, biggest, seen);
            if (!goes_right(x, pivot)) below[static_cast<std::size_t>(nb++)] = x;
            else others[static_cast<std::size_t>(no++)] = x;
        }
        if (shape_.permuted_stores) {
            vector permuted = below;
            for (int i = 0; i < no; ++i)
                permuted[static_cast<std::size_t>(shape_.lanes - 1 - i)] = others[static_cast<std::size_t>(i)];
            std::copy_n(permuted.begin(), shape_.lanes, v_.begin() + l_store);
            std::copy_n(permuted.begin(), shape_.lanes, v_.begin() + r_store);
        } else {
            std::copy_n(below.begin(), nb, v_.begin() + l_store);
            std::copy_n(others.begin(), no, v_.begin() + r_store + shape_.lanes - no);
        }
        return no;
    }

    // partition_unrolled (partition below 3 * unroll vectors): [left, right) around the pivot; returns the index of
    // the first element not below it.
    std::int64_t partition(std::int64_t left, std::int64_t right, const E& pivot, E& smallest, E& biggest,
                           bool& seen) {
        const std::int64_t lanes = shape_.lanes;
        const bool unrolled = right - left >= 3 * shape_.unroll * lanes;
        const std::int64_t unroll = unrolled ? shape_.unroll : 1;
        for (std::int64_t i = (right - left) % lanes; i > 0; --i) {
            track(at(left), smallest, biggest, seen);
            if (!lt(at(left), pivot)) std::swap(at(left), at(--right));
            else ++left;
        }
        if (left == right) return left;
        std::int64_t unpartitioned = right - left - lanes, l_store = left;
        const auto partition_vector = [&](const vector& vec) {
            const int others = store(l_store, l_store + unpartitioned, vec, pivot, smallest, biggest, seen);
            l_store += lanes - others;
            unpartitioned -= lanes;
        };
        if (right - left == lanes) {
            partition_vector(load(left));
            return l_store;
        }
        std::array<vector, max_unroll> held_left{}, held_right{}, leftovers{}, current{};
        const std::int64_t leftover_count = ((right - left) / lanes) % unroll;
        for (std::int64_t i = 0; i < leftover_count; ++i)
            leftovers[static_cast<std::size_t>(i)] = load(left + i * lanes);
        left += leftover_count * lanes;
        for (std::int64_t i = 0; i < unroll; ++i) {
            held_left[static_cast<std::size_t>(i)] = load(left + lanes * i);
            held_right[static_cast<std::size_t>(i)] = load(right - lanes * (unroll - i));
        }
        left += unroll * lanes;
        right -= unroll * lanes;
        while (right - left != 0) {
            // Unsigned, as x86-simd-sort computes it.
            if (static_cast<std::uint64_t>(l_store + unpartitioned + lanes) - static_cast<std::uint64_t>(right) <
                static_cast<std::uint64_t>(left - l_store)) {
                right -= unroll * lanes;
                for (std::int64_t i = 0; i < unroll; ++i)
                    current[static_cast<std::size_t>(i)] = load(right + i * lanes);
            } else {
                for (std::int64_t i = 0; i < unroll; ++i) current[static_cast<std::size_t>(i)] = load(left + i * lanes);
                left += unroll * lanes;
            }
            for (std::int64_t i = 0; i < unroll; ++i) partition_vector(current[static_cast<std::size_t>(i)]);
        }
        for (std::int64_t i = 0; i < unroll; ++i) partition_vector(held_left[static_cast<std::size_t>(i)]);
        for (std::int64_t i = 0; i < unroll; ++i) partition_vector(held_right[static_cast<std::size_t>(i)]);
        for (std::int64_t i = 0; i < leftover_count; ++i) partition_vector(leftovers[static_cast<std::size_t>(i)]);
        return l_store;
    }

    std::vector<E>& v_;
    x86_simd_sort_shape shape_;
};

}  // namespace engine::detail
