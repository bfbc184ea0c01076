// Tests of the in-place metadata changes: a.resize's reallocation (bytes kept, zero fill, strides) and its
// reference check.
#include <gtest/gtest.h>

#include <vector>

#include "engine/attribute_setters.hpp"
#include "engine/error.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::ints;
using engine::testing::iota;

TEST(ResizeInPlace, KeepsTheBytesZeroFillsAndRefusesWhileReferenced) {
    const array a = iota({2, 3});
    resize_in_place(a, {4, 2}, true, 1);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{0, 1, 2, 3, 4, 5, 0, 0}));
    EXPECT_EQ(a->strides(), (dims{16, 8}));
    EXPECT_EQ(category_of([&] { resize_in_place(a, {9}, true, 2); }), error_category::value_error);
    resize_in_place(a, {2, 4}, true, 2);  // the same byte count: only the shape changes
    EXPECT_EQ(a->shape(), (dims{2, 4}));
    resize_in_place(a, {3}, false, 2);
    EXPECT_EQ(ints(*a), (std::vector<std::int64_t>{0, 1, 2}));
}

TEST(ResizeInPlace, AViewOrANonContiguousArrayCannotChangeItsSize) {
    const array a = iota({6});
    const array view = ndarray::view_of(a, dtype::int64, {3}, {8}, 8);
    EXPECT_EQ(category_of([&] { resize_in_place(view, {4}, false, 0); }), error_category::value_error);
    const array strided = ndarray::view_of(a, dtype::int64, {3}, {16});
    EXPECT_EQ(category_of([&] { resize_in_place(strided, {3}, false, 0); }), error_category::value_error);
}

// setflags sets aligned first and puts it back when a later step fails: WRITEBACKIFCOPY=True, or writeable=True on a
// view of a read-only array (each can fail; checked with aligned cleared on an aligned array).
TEST(Setflags, AFailureAfterTheAlignedFlagPutsItBack) {
    const array a = iota({4}, dtype::float64);
    setflags(a, std::nullopt, false, std::nullopt);
    EXPECT_FALSE(a->aligned());
    setflags(a, std::nullopt, true, std::nullopt);
    EXPECT_TRUE(a->aligned());
    EXPECT_EQ(category_of([&] { setflags(a, std::nullopt, false, true); }), error_category::value_error);
    EXPECT_TRUE(a->aligned());
    a->set_writeable(false);
    const array v = ndarray::view_of(a, dtype::float64, {2}, {8});
    EXPECT_EQ(category_of([&] { setflags(v, true, false, std::nullopt); }), error_category::value_error);
    EXPECT_TRUE(v->aligned());
    EXPECT_FALSE(v->writeable());
    setflags(v, false, false, false);
    EXPECT_FALSE(v->aligned());
}
