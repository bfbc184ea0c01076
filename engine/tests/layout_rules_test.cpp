// Tests of the layout rules without an oracle: broadcasting (against a brute-force definition), the strided
// walk (coalescing never changes which addresses are visited, nor their order in memory order), and order='K'
// (fresh layouts are dense permutations ordered like their source; flat_strides number every element once).
// Fixed seeds; every property is checked on random shapes and strides, both outcomes counted where there are two.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <set>
#include <vector>

#include "engine/array.hpp"
#include "engine/broadcast.hpp"
#include "engine/error.hpp"
#include "engine/result_layout.hpp"
#include "engine/strided_loop.hpp"

namespace engine {
namespace {

dims random_shape(std::mt19937& rng, int max_ndim = 4, int max_extent = 4) {
    dims shape(std::uniform_int_distribution<int>(0, max_ndim)(rng));
    for (auto& n : shape) n = std::uniform_int_distribution<int>(0, max_extent)(rng);
    return shape;
}

dims random_strides(std::mt19937& rng, std::size_t ndim) {
    dims strides(ndim);
    for (auto& s : strides) s = 8 * std::uniform_int_distribution<int>(-6, 6)(rng);
    return strides;
}

// Every byte offset a (shape, strides) layout visits, in C order of its index.
std::vector<std::int64_t> offsets_in_c_order(const dims& shape, const dims& strides) {
    std::vector<std::int64_t> out;
    std::int64_t n = 1;
    for (auto e : shape) n *= e;
    if (n == 0) return out;
    dims index(shape.size(), 0);
    for (std::int64_t k = 0; k < n; ++k) {
        std::int64_t offset = 0;
        for (std::size_t i = 0; i < shape.size(); ++i) offset += index[i] * strides[i];
        out.push_back(offset);
        for (std::size_t i = shape.size(); i-- > 0;) {
            if (++index[i] < shape[i]) break;
            index[i] = 0;
        }
    }
    return out;
}

TEST(BroadcastRules, ShapesAgreeWithTheDefinition) {
    std::mt19937 rng(1);
    int broadcastable = 0, not_broadcastable = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        const dims a = random_shape(rng, 3, 3), b = random_shape(rng, 3, 3);
        // The definition: right-aligned, each pair equal or one of them 1.
        const std::size_t nd = std::max(a.size(), b.size());
        dims want(nd);
        bool ok = true;
        for (std::size_t i = 0; i < nd; ++i) {
            const std::int64_t x = i < nd - a.size() ? 1 : a[i - (nd - a.size())];
            const std::int64_t y = i < nd - b.size() ? 1 : b[i - (nd - b.size())];
            if (x != y && x != 1 && y != 1) ok = false;
            want[i] = x == 1 ? y : x;
        }
        if (ok) {
            EXPECT_EQ(broadcast_shapes({a, b}), want);
            ++broadcastable;
        } else {
            EXPECT_THROW(broadcast_shapes({a, b}), error);
            ++not_broadcastable;
        }
    }
    EXPECT_GT(broadcastable, 300);
    EXPECT_GT(not_broadcastable, 300);
}

TEST(BroadcastRules, StretchedStridesVisitTheSourceElementOfEachIndex) {
    std::mt19937 rng(2);
    int checked = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        const dims target = random_shape(rng, 4, 3);
        dims source(target.end() - std::uniform_int_distribution<std::ptrdiff_t>(0, target.size())(rng), target.end());
        for (auto& n : source)
            if (rng() % 3 == 0) n = 1;
        const dims strides = random_strides(rng, source.size());
        const dims stretched = broadcast_strides(source, strides, target);
        // Index i of the target reads source index (i with stretched axes at 0, leading axes dropped).
        const auto got = offsets_in_c_order(target, stretched);
        dims index(target.size(), 0);
        for (std::int64_t offset : got) {
            std::int64_t want = 0;
            for (std::size_t k = 0; k < source.size(); ++k) {
                const std::size_t t = target.size() - source.size() + k;
                want += (source[k] == 1 ? 0 : index[t]) * strides[k];
            }
            ASSERT_EQ(offset, want);
            for (std::size_t i = target.size(); i-- > 0;) {
                if (++index[i] < target[i]) break;
                index[i] = 0;
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 1000);
}

TEST(StridedWalk, CoalescingKeepsEveryOperandsAddressesInOrder) {
    std::mt19937 rng(3);
    int merged = 0, unchanged = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        const dims shape = random_shape(rng, 4, 3);
        // Operand 0 is often contiguous so that merging happens; operand 1 is random.
        dims first(shape.size());
        std::int64_t step = 8;
        for (std::size_t i = shape.size(); i-- > 0;) {
            first[i] = step;
            step *= std::max<std::int64_t>(shape[i], 1);
        }
        if (rng() % 2) first = random_strides(rng, shape.size());
        const std::vector<dims> strides{first, random_strides(rng, shape.size())};
        const strided_iteration it = coalesce(shape, strides);
        (it.shape.size() < shape.size() ? merged : unchanged)++;
        for (std::size_t k = 0; k < 2; ++k)
            EXPECT_EQ(offsets_in_c_order(it.shape, it.strides[k]), offsets_in_c_order(shape, strides[k]));
        // The walk hands out exactly those runs.
        std::vector<std::int64_t> walked;
        std::array<std::byte*, 2> base{reinterpret_cast<std::byte*>(std::uintptr_t{1} << 20),
                                      reinterpret_cast<std::byte*>(std::uintptr_t{1} << 20)};
        if (!offsets_in_c_order(shape, strides[0]).empty()) {
            for_each_inner_run<2>(it, base, [&](std::array<std::byte*, 2> p, std::array<std::int64_t, 2> inner, std::int64_t n) {
                for (std::int64_t i = 0; i < n; ++i) walked.push_back(p[0] - base[0] + i * inner[0]);
            });
        }
        EXPECT_EQ(walked, offsets_in_c_order(shape, strides[0]));
    }
    EXPECT_GT(merged, 100);
    EXPECT_GT(unchanged, 100);
}

TEST(KeepOrderLayout, FreshStridesAreADensePermutationOrderedLikeTheSource) {
    std::mt19937 rng(4);
    for (int trial = 0; trial < 2000; ++trial) {
        const dims shape = random_shape(rng, 4, 4);
        const dims source = random_strides(rng, shape.size());
        const dims strides = strides_ordered_like(source, shape, 2);
        // Dense: the offsets are exactly 0, 2, 4, ... when no extent is 0.
        auto offsets = offsets_in_c_order(shape, strides);
        std::sort(offsets.begin(), offsets.end());
        for (std::size_t i = 0; i < offsets.size(); ++i) ASSERT_EQ(offsets[i], 2 * static_cast<std::int64_t>(i));
        // Ordered like the source: a larger |source stride| never gets a smaller stride (extents > 1).
        for (std::size_t i = 0; i < shape.size(); ++i)
            for (std::size_t j = 0; j < shape.size(); ++j)
                if (shape[i] > 1 && shape[j] > 1 && std::llabs(source[i]) > std::llabs(source[j])) {
                    ASSERT_GT(strides[i], strides[j]);
                }
    }
}

TEST(KeepOrderLayout, FlatStridesNumberEveryElementOnceAndFollowMemoryForDenseArrays) {
    std::mt19937 rng(5);
    const array parent = ndarray::allocate(dtype::int64, {4096});
    int dense_sources = 0;
    for (int trial = 0; trial < 1000; ++trial) {
        const dims shape = random_shape(rng, 4, 4);
        dims strides = random_strides(rng, shape.size());
        const bool dense = rng() % 2;
        if (dense) strides = strides_ordered_like(strides, shape, 8);
        dense_sources += dense;
        std::int64_t lowest = 0;
        for (std::size_t i = 0; i < shape.size(); ++i) lowest += std::min<std::int64_t>(0, strides[i] * std::max<std::int64_t>(shape[i] - 1, 0));
        const array a = ndarray::view_of(parent, dtype::int64, shape, strides, 8 * 2048 + lowest);
        for (order o : {order::C, order::F, order::K}) {
            auto positions = offsets_in_c_order(shape, flat_strides(*a, o));
            std::sort(positions.begin(), positions.end());
            for (std::size_t i = 0; i < positions.size(); ++i) ASSERT_EQ(positions[i], 8 * static_cast<std::int64_t>(i));
        }
        // A dense array with positive strides is read in its memory order by 'K' (axes of extent 1 or 0 take
        // any stride: they move nothing).
        const bool positive = std::all_of(strides.begin(), strides.end(), [](std::int64_t s) { return s > 0; });
        if (dense && positive && a->size() > 0) {
            const dims flat = flat_strides(*a, order::K);
            for (std::size_t i = 0; i < shape.size(); ++i)
                if (shape[i] > 1) {
                    EXPECT_EQ(flat[i], strides[i]) << "axis " << i;
                }
        }
    }
    EXPECT_GT(dense_sources, 300);
}

}  // namespace
}  // namespace engine
