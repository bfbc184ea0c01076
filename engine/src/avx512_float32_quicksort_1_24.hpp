// NumPy 1.24's own AVX-512 quicksort of float32 (npysort/x86-qsort.dispatch.cpp, the default sort of a float32 lane on
// a CPU with AVX512_SKX), replayed element for element on one lane in a buffer.
//
// It is an early form of x86-simd-sort (x86_simd_sort.hpp has NumPy 2's), with its own networks, pivot and partition.
// Every NaN becomes +inf first, and at the end the last elements, as many as there were NaNs, become NPY_NANF, as in
// NumPy 2's: the caller does that for both (sort.cpp's sort_as). qsort_ has a budget of 2 * (int)log2(n) rounds, past
// which the stretch goes to NumPy's heapsort; a stretch of at most 128 elements is sorted by the networks; otherwise
// the pivot is the median of 9 vectors of 8 elements gathered at random (a vectorised xoroshiro128+ seeded from the
// stretch's ends: the same stretch always draws the same elements), the stretch is partitioned around it, and each side
// is sorted unless the pivot is its extreme value.
//
// The networks (sort_16 .. sort_128): the smallest power-of-two count of 16-lane vectors (at most 8) holding the
// stretch, the missing elements +inf; each vector sorted by a bitonic network on itself (sort_zmm), then merged in
// pairs, fours and eights. Inside a vector every step is cmp_merge: the vector against a lane permutation of itself,
// each lane taking min or max by a mask, which on a tie keeps the lane's own value. Between vectors the merges take
// min and max of two different vectors (vminps, vmaxps), which on a tie return the second operand, so an equal
// pair of -0.0 and 0.0 comes out as two copies of one zero: only the exact operand order gives NumPy's bits.
//
// The partition (partition_avx512): the stretch's length modulo 16 elements are taken one by one from the left,
// one above the pivot swapped with the stretch's last and the stretch shortened; then the first and last vectors
// are held, and each further vector, loaded from the end whose gap is smaller, is stored as its elements below the
// pivot, in lane order, at the left store and the others at the end of the right store (vcompress); the held left
// vector goes next, the same way, then the held right one into the 16 places left between the two stores.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace engine::detail {

template <class Heapsort>
class avx512_float32_quicksort_1_24 {
public:
    // `heapsort(first, count)`: NumPy's heapsort of that stretch of the lane (its fallback).
    avx512_float32_quicksort_1_24(std::vector<float>& lane, Heapsort heapsort) : v_(lane), heapsort_(heapsort) {}

    // x86_quicksort_float's qsort_ over the whole lane, whose NaNs the caller has made +inf.
    void sort() {
        const auto n = static_cast<std::int64_t>(v_.size());
        if (n > 1) sort(0, n - 1, 2 * static_cast<std::int32_t>(std::log2(static_cast<double>(n))));
    }

private:
    static constexpr int lanes = 16;
    using vector = std::array<float, lanes>;

    float& at(std::int64_t i) { return v_[static_cast<std::size_t>(i)]; }

    // vminps / vmaxps: the second operand unless the first compares below (min) or above (max) it.
    static vector min(const vector& x, const vector& y) {
        vector out{};
        for (int i = 0; i < lanes; ++i) out[i] = x[i] < y[i] ? x[i] : y[i];
        return out;
    }
    static vector max(const vector& x, const vector& y) {
        vector out{};
        for (int i = 0; i < lanes; ++i) out[i] = x[i] > y[i] ? x[i] : y[i];
        return out;
    }
    static void compare_exchange(vector& a, vector& b) {
        const vector low = min(a, b);
        b = max(a, b);
        a = low;
    }
    // The shuffles and permutexvar's NETWORK constants all map lane i to lane i ^ lane_xor.
    static vector permuted(const vector& v, int lane_xor) {
        vector out{};
        for (int i = 0; i < lanes; ++i) out[i] = v[i ^ lane_xor];
        return out;
    }
    static vector reversed(const vector& v) { return permuted(v, 15); }  // NETWORK5
    // cmp_merge(v, permuted(v), mask): min(in2, in1) and max(in2, in1), the mask's lanes taking the max.
    static vector cmp_merge(const vector& v, int lane_xor, std::uint16_t mask) {
        const vector other = permuted(v, lane_xor);
        vector out{};
        for (int i = 0; i < lanes; ++i) {
            const float low = other[i] < v[i] ? other[i] : v[i], high = other[i] > v[i] ? other[i] : v[i];
            out[i] = (mask >> i) & 1 ? high : low;
        }
        return out;
    }
    struct merge_step {
        int lane_xor;
        std::uint16_t mask;
    };
    static vector run(vector v, const auto& steps) {
        for (const merge_step& s : steps) v = cmp_merge(v, s.lane_xor, s.mask);
        return v;
    }
    static vector sort_vector(const vector& v) {  // sort_zmm
        static constexpr std::array<merge_step, 10> steps{{{1, 0xAAAA}, {3, 0xCCCC}, {1, 0xAAAA}, {7, 0xF0F0},
                                                             {2, 0xCCCC}, {1, 0xAAAA}, {15, 0xFF00}, {4, 0xF0F0},
                                                             {2, 0xCCCC}, {1, 0xAAAA}}};
        return run(v, steps);
    }
    static vector merge_vector(const vector& v) {  // bitonic_merge_zmm
        static constexpr std::array<merge_step, 4> steps{{{8, 0xFF00}, {4, 0xF0F0}, {2, 0xCCCC}, {1, 0xAAAA}}};
        return run(v, steps);
    }
    static void merge_two(vector& a, vector& b) {  // bitonic_merge_two_zmm
        b = reversed(b);
        const vector low = min(a, b), high = max(a, b);
        a = merge_vector(low);
        b = merge_vector(high);
    }
    static void merge_four(vector* z) {  // bitonic_merge_four_zmm
        const vector z2r = reversed(z[2]), z3r = reversed(z[3]);
        const vector t1 = min(z[0], z3r), t2 = min(z[1], z2r);
        const vector t3 = reversed(max(z[1], z2r)), t4 = reversed(max(z[0], z3r));
        z[0] = merge_vector(min(t1, t2));
        z[1] = merge_vector(max(t1, t2));
        z[2] = merge_vector(min(t3, t4));
        z[3] = merge_vector(max(t3, t4));
    }
    static void merge_eight(vector* z) {  // bitonic_merge_eight_zmm
        std::array<vector, 8> t{};
        for (int i = 0; i < 4; ++i) {
            t[static_cast<std::size_t>(i)] = min(z[i], reversed(z[7 - i]));
            t[static_cast<std::size_t>(7 - i)] = reversed(max(z[i], reversed(z[7 - i])));
        }
        for (const auto& [a, b] : {std::pair{0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 1}, {2, 3}, {4, 5}, {6, 7}})
            compare_exchange(t[static_cast<std::size_t>(a)], t[static_cast<std::size_t>(b)]);
        for (int i = 0; i < 8; ++i) z[i] = merge_vector(t[static_cast<std::size_t>(i)]);
    }

    // sort_128 and the smaller ones it hands a short stretch to.
    void sort_whole(std::int64_t left, std::int64_t n) {
        const int count = n <= 16 ? 1 : n <= 32 ? 2 : n <= 64 ? 4 : 8;
        std::array<vector, 8> z{};
        for (int i = 0; i < count * lanes; ++i)
            z[static_cast<std::size_t>(i / lanes)][static_cast<std::size_t>(i % lanes)] =
                i < n ? at(left + i) : std::numeric_limits<float>::infinity();
        for (int i = 0; i < count; ++i) z[static_cast<std::size_t>(i)] = sort_vector(z[static_cast<std::size_t>(i)]);
        for (std::size_t i = 0; i + 1 < static_cast<std::size_t>(count); i += 2) merge_two(z[i], z[i + 1]);
        for (int i = 0; i + 3 < count; i += 4) merge_four(z.data() + i);
        if (count == 8) merge_eight(z.data());
        for (std::int64_t i = 0; i < n; ++i)
            at(left + i) = z[static_cast<std::size_t>(i / lanes)][static_cast<std::size_t>(i % lanes)];
    }

    // get_pivot: 9 vectors of 8 elements at indices drawn by a vectorised xoroshiro128+ (4 64-bit states, each
    // giving two 32-bit numbers scaled to the stretch's length), from the left for the first 5 and from the right for
    // the others; the 5th element of the 5th vector after a median network over the 9.
    float pivot_of(std::int64_t left, std::int64_t right) {
        std::array<std::uint64_t, 4> s0{8265987198341093849ull, 3762817312854612374ull, 1324281658759788278ull,
                                        6214952190349879213ull};
        std::array<std::uint64_t, 4> s1{2874178529384792648ull, 1257248936691237653ull, 7874578921548791257ull,
                                        1998265912745817298ull};
        for (auto& s : s0) s += static_cast<std::uint64_t>(left);
        for (auto& s : s1) s -= static_cast<std::uint64_t>(right);
        const std::int64_t size = right - left + 1;
        const auto bound = static_cast<std::uint64_t>(std::min<std::int64_t>(size, INT32_MAX));
        const auto rotl = [](std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
        std::array<std::array<float, 8>, 9> v{};
        for (int i = 0; i < 9; ++i) {
            for (std::size_t k = 0; k < 4; ++k) {
                s1[k] ^= s0[k];
                s0[k] = rotl(s0[k], 24) ^ s1[k] ^ (s1[k] << 16);
                s1[k] = rotl(s1[k], 37);
                const std::uint64_t random = s0[k] + s1[k];
                const std::uint64_t low = ((random & 0xffffffffu) * bound) >> 32, high = ((random >> 32) * bound) >> 32;
                for (const auto& [slot, r] : {std::pair{2 * k, low}, {2 * k + 1, high}}) {
                    const std::int64_t index = i < 5 ? left + static_cast<std::int64_t>(r)
                                                     : right - static_cast<std::int64_t>(r);
                    v[static_cast<std::size_t>(i)][slot] = at(index);
                }
            }
        }
        static constexpr std::array<std::pair<int, int>, 19> median_network{
            {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 2},
             {5, 6}, {3, 7}, {1, 5}, {2, 6}, {3, 5}, {2, 4}, {3, 4}, {3, 8}, {4, 8}}};
        for (const auto& [a, b] : median_network)
            for (std::size_t k = 0; k < 8; ++k) {
                float& x = v[static_cast<std::size_t>(a)][k];
                float& y = v[static_cast<std::size_t>(b)][k];
                const float low = x < y ? x : y, high = x > y ? x : y;
                x = low;
                y = high;
            }
        return v[4][4];
    }

    // partition_vec: below the pivot to `l_store` in lane order, the others to the end of [.., r_end).
    int store(std::int64_t l_store, std::int64_t r_end, const vector& vec, float pivot, float& smallest,
              float& biggest) {
        vector others{};
        int count = 0;
        std::int64_t l = l_store;
        for (const float x : vec) {
            smallest = std::min(smallest, x);
            biggest = std::max(biggest, x);
            if (x >= pivot) others[static_cast<std::size_t>(count++)] = x;
            else at(l++) = x;
        }
        for (int k = 0; k < count; ++k) at(r_end - count + k) = others[static_cast<std::size_t>(k)];
        return count;
    }
    vector load(std::int64_t from) {
        vector v{};
        for (int k = 0; k < lanes; ++k) v[static_cast<std::size_t>(k)] = at(from + k);
        return v;
    }

    // partition_avx512 over [left, right): returns the index of the first element not below the pivot.
    std::int64_t partition(std::int64_t left, std::int64_t right, float pivot, float& smallest, float& biggest) {
        for (std::int64_t i = (right - left) % lanes; i > 0; --i) {
            smallest = std::min(smallest, at(left));
            biggest = std::max(biggest, at(left));
            if (at(left) > pivot) std::swap(at(left), at(--right));
            else ++left;
        }
        if (left == right) return left;
        if (right - left == lanes)
            return left + (lanes - store(left, left + lanes, load(left), pivot, smallest, biggest));
        const vector held_left = load(left), held_right = load(right - lanes);
        std::int64_t r_store = right - lanes, l_store = left;
        left += lanes;
        right -= lanes;
        while (right - left != 0) {
            vector current;
            if ((r_store + lanes) - right < left - l_store) {
                right -= lanes;
                current = load(right);
            } else {
                current = load(left);
                left += lanes;
            }
            const int others = store(l_store, r_store + lanes, current, pivot, smallest, biggest);
            r_store -= others;
            l_store += lanes - others;
        }
        l_store += lanes - store(l_store, r_store + lanes, held_left, pivot, smallest, biggest);
        l_store += lanes - store(l_store, l_store + lanes, held_right, pivot, smallest, biggest);
        return l_store;
    }

    // qsort_: [left, right] (inclusive).
    void sort(std::int64_t left, std::int64_t right, std::int32_t budget) {
        if (budget <= 0) return heapsort_(left, right + 1 - left);
        if (right + 1 - left <= 128) return sort_whole(left, right + 1 - left);
        const float pivot = pivot_of(left, right);
        float smallest = std::numeric_limits<float>::infinity(), biggest = -std::numeric_limits<float>::infinity();
        const std::int64_t pivot_index = partition(left, right + 1, pivot, smallest, biggest);
        if (pivot != smallest) sort(left, pivot_index - 1, budget - 1);
        if (pivot != biggest) sort(pivot_index, right, budget - 1);
    }

    std::vector<float>& v_;
    Heapsort heapsort_;
};

}  // namespace engine::detail
