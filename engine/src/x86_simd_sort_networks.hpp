// x86-simd-sort's bitonic networks, the sort NumPy 2 runs on a stretch of at most `network_sort_threshold` numbers
// (sort_n in xss-network-qsort.hpp), replayed lane for lane on vectors held as arrays.
//
// Why replay them rather than sort: the networks are made of compare-exchanges, COEX(a, b), a <- min(a, b) and
// b <- max(a, b), lane by lane, with the CPU's min and max (vminpd, vmaxpd and their float and AVX2 forms), which
// return their second operand where the two compare equal. So where a lane holds -0.0 in `a` and 0.0 in `b`, both
// come out 0.0: the network does not move zeros, it copies one over the other, and how many -0.0 a sorted array
// holds depends on every comparison's operands. Only the exact sequence of compare-exchanges gives NumPy's bits.
//
// The sequence, for a stretch of N numbers and vectors of `lanes` numbers: the smallest power-of-two count of
// vectors holding N (at most threshold / lanes), loaded in order, the missing numbers +inf (rightmostPossibleVec:
// they sort last and are never stored). The vectors first sort their columns with a minimal network over whole
// registers (Bertrand Dobbelaere's optimal networks for 2, 4, 8, 16 and 32 inputs; xss-optimal-networks.hpp).
// Then a bitonic merge for block sizes 2, 4, ... up to `lanes`: across vectors, the upper half's blocks reversed
// and each vector compared with its mirror (i with count - 1 - i), halving the group down to single vectors; then
// inside each vector, a block compared with itself reversed and the halves blended, then with itself half-swapped
// at each smaller block size. The swizzles are pure permutations (swap_n, reverse_n, merge_n in the per-type files,
// the same permutation for every vector width), so only the order of COEX's operands decides values.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace engine::detail::x86_simd_sort_networks {

struct comparator_pair {
    std::uint8_t first, second;
};

// Generated from xss-optimal-networks.hpp (optimal_sort_4 .. optimal_sort_32), COEX(vecs[first], vecs[second]) each.
inline constexpr std::array<comparator_pair, 5> optimal_network_4{{
    {0, 2}, {1, 3}, {0, 1}, {2, 3}, {1, 2}}};
inline constexpr std::array<comparator_pair, 19> optimal_network_8{{
    {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}, {0, 1}, {2, 3}, {4, 5}, {6, 7}, {2, 4}, {3, 5},
    {1, 4}, {3, 6}, {1, 2}, {3, 4}, {5, 6}}};
inline constexpr std::array<comparator_pair, 60> optimal_network_16{{
    {0, 13}, {1, 12}, {2, 15}, {3, 14}, {4, 8}, {5, 6}, {7, 11}, {9, 10}, {0, 5}, {1, 7}, {2, 9}, {3, 4}, {6, 13},
    {8, 14}, {10, 15}, {11, 12}, {0, 1}, {2, 3}, {4, 5}, {6, 8}, {7, 9}, {10, 11}, {12, 13}, {14, 15}, {0, 2},
    {1, 3}, {4, 10}, {5, 11}, {6, 7}, {8, 9}, {12, 14}, {13, 15}, {1, 2}, {3, 12}, {4, 6}, {5, 7}, {8, 10}, {9, 11},
    {13, 14}, {1, 4}, {2, 6}, {5, 8}, {7, 10}, {9, 13}, {11, 14}, {2, 4}, {3, 6}, {9, 12}, {11, 13}, {3, 5}, {6, 8},
    {7, 9}, {10, 12}, {3, 4}, {5, 6}, {7, 8}, {9, 10}, {11, 12}, {6, 7}, {8, 9}}};
inline constexpr std::array<comparator_pair, 185> optimal_network_32{{
    {0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}, {10, 11}, {12, 13}, {14, 15}, {16, 17}, {18, 19}, {20, 21}, {22, 23},
    {24, 25}, {26, 27}, {28, 29}, {30, 31}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {8, 10}, {9, 11}, {12, 14}, {13, 15},
    {16, 18}, {17, 19}, {20, 22}, {21, 23}, {24, 26}, {25, 27}, {28, 30}, {29, 31}, {0, 4}, {1, 5}, {2, 6}, {3, 7},
    {8, 12}, {9, 13}, {10, 14}, {11, 15}, {16, 20}, {17, 21}, {18, 22}, {19, 23}, {24, 28}, {25, 29}, {26, 30},
    {27, 31}, {0, 8}, {1, 9}, {2, 10}, {3, 11}, {4, 12}, {5, 13}, {6, 14}, {7, 15}, {16, 24}, {17, 25}, {18, 26},
    {19, 27}, {20, 28}, {21, 29}, {22, 30}, {23, 31}, {0, 16}, {1, 8}, {2, 4}, {3, 12}, {5, 10}, {6, 9}, {7, 14},
    {11, 13}, {15, 31}, {17, 24}, {18, 20}, {19, 28}, {21, 26}, {22, 25}, {23, 30}, {27, 29}, {1, 2}, {3, 5}, {4, 8},
    {6, 22}, {7, 11}, {9, 25}, {10, 12}, {13, 14}, {17, 18}, {19, 21}, {20, 24}, {23, 27}, {26, 28}, {29, 30},
    {1, 17}, {2, 18}, {3, 19}, {4, 20}, {5, 10}, {7, 23}, {8, 24}, {11, 27}, {12, 28}, {13, 29}, {14, 30}, {21, 26},
    {3, 17}, {4, 16}, {5, 21}, {6, 18}, {7, 9}, {8, 20}, {10, 26}, {11, 23}, {13, 25}, {14, 28}, {15, 27}, {22, 24},
    {1, 4}, {3, 8}, {5, 16}, {7, 17}, {9, 21}, {10, 22}, {11, 19}, {12, 20}, {14, 24}, {15, 26}, {23, 28}, {27, 30},
    {2, 5}, {7, 8}, {9, 18}, {11, 17}, {12, 16}, {13, 22}, {14, 20}, {15, 19}, {23, 24}, {26, 29}, {2, 4}, {6, 12},
    {9, 16}, {10, 11}, {13, 17}, {14, 18}, {15, 22}, {19, 25}, {20, 21}, {27, 29}, {5, 6}, {8, 12}, {9, 10},
    {11, 13}, {14, 16}, {15, 17}, {18, 20}, {19, 23}, {21, 22}, {25, 26}, {3, 5}, {6, 7}, {8, 9}, {10, 12}, {11, 14},
    {13, 16}, {15, 18}, {17, 20}, {19, 21}, {22, 23}, {24, 25}, {26, 28}, {3, 4}, {5, 6}, {7, 8}, {9, 10}, {11, 12},
    {13, 14}, {15, 16}, {17, 18}, {19, 20}, {21, 22}, {23, 24}, {25, 26}, {27, 28}}};

inline constexpr int max_lanes = 16;    // 64 bytes of float32
inline constexpr int max_vectors = 32;  // network_sort_threshold / numlanes for every float vtype

template <class E>
using vector = std::array<E, max_lanes>;

// COEX with vminp/vmaxp: each takes its second operand unless the first compares below (min) or above (max) it.
template <class E>
void compare_exchange(vector<E>& a, vector<E>& b, int lanes) {
    for (int i = 0; i < lanes; ++i) {
        const E x = a[static_cast<std::size_t>(i)], y = b[static_cast<std::size_t>(i)];
        a[static_cast<std::size_t>(i)] = x < y ? x : y;
        b[static_cast<std::size_t>(i)] = x > y ? x : y;
    }
}

// swap_n<scale>: the two halves of every block of `scale` lanes exchanged. reverse_n<scale>: every block reversed.
template <class E>
vector<E> permuted(const vector<E>& v, int lanes, int lane_xor) {
    vector<E> out{};
    for (int i = 0; i < lanes; ++i) out[static_cast<std::size_t>(i)] = v[static_cast<std::size_t>(i ^ lane_xor)];
    return out;
}

// merge_n<scale>(reg, other): the lower half of every block from `other`, the upper half from `reg`.
template <class E>
vector<E> blended(const vector<E>& reg, const vector<E>& other, int lanes, int scale) {
    vector<E> out{};
    for (int i = 0; i < lanes; ++i)
        out[static_cast<std::size_t>(i)] = (i % scale < scale / 2 ? other : reg)[static_cast<std::size_t>(i)];
    return out;
}

// internal_merge_n_vec: inside each vector, from block size `scale` down to 2.
template <class E>
void merge_inside_vectors(vector<E>* regs, int count, int lanes, int scale) {
    for (bool first = true; scale > 1; scale /= 2, first = false) {
        for (int i = 0; i < count; ++i) {
            vector<E>& v = regs[i];
            vector<E> other = permuted(v, lanes, first ? scale - 1 : scale / 2);
            compare_exchange(other, v, lanes);
            v = blended(v, other, lanes, scale);
        }
    }
}

// merge_substep_n_vec: across vectors, the group halved down to single vectors.
template <class E>
void merge_across_vectors(vector<E>* regs, int count, int lanes, int scale) {
    if (count <= 1) return;
    for (int i = count / 2; i < count; ++i) regs[i] = permuted(regs[i], lanes, scale - 1);
    for (int i = 0; i < count / 2; ++i) compare_exchange(regs[i], regs[count - 1 - i], lanes);
    merge_across_vectors(regs, count / 2, lanes, scale);
    merge_across_vectors(regs + count / 2, count / 2, lanes, scale);
}

// sort_vectors: the columns by the optimal network, then the bitonic merges.
template <class E>
void sort_vectors(vector<E>* regs, int count, int lanes) {
    const auto run = [&](const auto& network) {
        for (const comparator_pair& p : network) compare_exchange(regs[p.first], regs[p.second], lanes);
    };
    switch (count) {
        case 1: break;
        case 2: compare_exchange(regs[0], regs[1], lanes); break;
        case 4: run(optimal_network_4); break;
        case 8: run(optimal_network_8); break;
        case 16: run(optimal_network_16); break;
        case 32: run(optimal_network_32); break;
        default: throw std::logic_error("x86-simd-sort networks: no network for " + std::to_string(count) + " vectors");
    }
    for (int scale = 2; scale <= lanes; scale *= 2) {
        merge_across_vectors(regs, count, lanes, scale);
        merge_inside_vectors(regs, count, lanes, scale);
    }
}

// sort_n<vtype, comparator, threshold>(data, n): n <= threshold numbers sorted in place, ascending.
template <class E>
void sort_n(E* data, std::int64_t n, int lanes, std::int64_t threshold) {
    static_assert(std::is_floating_point_v<E>, "the networks are replayed for float32 and float64");
    if (lanes < 2 || lanes > max_lanes || threshold % lanes != 0 || threshold / lanes > max_vectors || n > threshold)
        throw std::logic_error("x86-simd-sort networks: " + std::to_string(n) + " numbers in vectors of " +
                               std::to_string(lanes));
    int count = static_cast<int>(threshold / lanes);
    while (count > 1 && n * 2 <= count * lanes) count /= 2;
    std::array<vector<E>, max_vectors> regs{};
    for (int i = 0; i < count * lanes; ++i)
        regs[static_cast<std::size_t>(i / lanes)][static_cast<std::size_t>(i % lanes)] =
            i < n ? data[i] : std::numeric_limits<E>::infinity();
    sort_vectors(regs.data(), count, lanes);
    for (std::int64_t i = 0; i < n; ++i)
        data[i] = regs[static_cast<std::size_t>(i / lanes)][static_cast<std::size_t>(i % lanes)];
}

}  // namespace engine::detail::x86_simd_sort_networks
