// Unit tests of byte order: dtype strings with an order, the swapped-order bit through casts (checked element by
// element against reversing the bytes by hand, fixed seeds), a.newbyteorder's view and its order argument.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "engine/array.hpp"
#include "engine/byteswap.hpp"
#include "engine/dtype.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/scalar.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::expect_error;
using engine::testing::iota;

namespace {

TEST(ByteOrder, DtypeStringsCarryTheirOrder) {
    EXPECT_EQ(dtype_from_string(">i4"), swapped_order(dtype::int32));
    EXPECT_EQ(dtype_from_string("<i4"), dtype::int32);
    EXPECT_EQ(dtype_from_string("=f8"), dtype::float64);
    EXPECT_EQ(dtype_from_string("|i4"), dtype::int32);   // '|' is "no order": native
    EXPECT_EQ(dtype_from_string(">i1"), dtype::int8);    // one byte has no order
    EXPECT_EQ(dtype_from_string(">?"), dtype::bool_);
    EXPECT_EQ(dtype_from_string(">d"), swapped_order(dtype::float64));
    EXPECT_EQ(dtype_from_string("int32"), dtype::int32);
    EXPECT_EQ(dtype_from_string(">int32"), std::nullopt);  // an order precedes codes only
    EXPECT_EQ(dtype_from_string(">>i4"), std::nullopt);
    EXPECT_EQ(dtype_from_string("> i4"), std::nullopt);
    EXPECT_EQ(dtype_str(swapped_order(dtype::complex128)), ">c16");
    EXPECT_EQ(dtype_str(dtype::int8), "|i1");
    EXPECT_EQ(dtype_str(dtype::float16), "<f2");
    EXPECT_EQ(name(swapped_order(dtype::uint16)), "uint16");
}

TEST(ByteOrder, PromotionIsNativeAndEquivCastingAllowsTheOrderOnly) {
    const dtype big_i4 = swapped_order(dtype::int32);
    EXPECT_EQ(promote_types(big_i4, big_i4), dtype::int32);
    EXPECT_EQ(promote_types(big_i4, swapped_order(dtype::int64)), dtype::int64);
    EXPECT_FALSE(can_cast(big_i4, dtype::int32, casting::no));
    EXPECT_TRUE(can_cast(big_i4, big_i4, casting::no));
    EXPECT_TRUE(can_cast(big_i4, dtype::int32, casting::equiv));
    EXPECT_FALSE(can_cast(big_i4, dtype::int64, casting::equiv));
    EXPECT_TRUE(can_cast(dtype::int32, swapped_order(dtype::int64), casting::safe));
    EXPECT_FALSE(can_cast(swapped_order(dtype::float64), dtype::int64, casting::same_kind));
}

// Every pair of types, either side swapped, through assign(): each element must equal the native cast of the
// source element, with the bytes reversed by hand where a side is swapped. Runs longer than the 128-element block
// and strided views cover the block boundaries.
TEST(ByteOrder, CastsThroughEitherOrderMatchTheNativeCastElementByElement) {
    std::mt19937_64 random(20261204);
    std::int64_t compared = 0;
    for (const dtype from : all_dtypes)
        for (const dtype to : all_dtypes)
            for (const int swaps : {1, 2, 3}) {
                const dtype src_type = (swaps & 1) ? swapped_order(from) : from;
                const dtype dst_type = (swaps & 2) ? swapped_order(to) : to;
                const std::int64_t n = 300;
                const array native_src = ndarray::allocate(from, {n});
                for (std::int64_t i = 0; i < n; ++i)
                    store_element(from, native_src->data() + i * native_src->itemsize(),
                                  make_int64(static_cast<std::int64_t>(random() % 2000) - 1000));
                const array src = copy_of(*native_src, order::C, src_type);
                const array dst = ndarray::allocate(dst_type, {n / 2});
                const array every_other = ndarray::view_of(src, src_type, {n / 2}, {2 * src->itemsize()});
                assign(*dst, *every_other);
                for (std::int64_t i = 0; i < n / 2; ++i) {
                    alignas(16) std::byte expected[16], actual[16];
                    store_element(to, expected, load_element(from, native_src->data() + 2 * i * native_src->itemsize()));
                    std::memcpy(actual, dst->data() + i * dst->itemsize(), static_cast<std::size_t>(itemsize(to)));
                    if (is_byte_swapped(dst_type)) reverse_element_bytes(dst_type, actual);
                    ASSERT_EQ(0, std::memcmp(expected, actual, static_cast<std::size_t>(itemsize(to))))
                        << name(from) << (swaps & 1 ? " swapped" : "") << " -> " << name(to)
                        << (swaps & 2 ? " swapped" : "") << " at " << i;
                    ++compared;
                }
            }
    EXPECT_EQ(compared, 14 * 14 * 3 * 150);
}

TEST(ByteOrder, SwappedElementsReadAndWriteInNativeOrder) {
    const dtype big_i4 = swapped_order(dtype::int32);
    alignas(4) std::byte cell[4];
    store_element(big_i4, cell, make_int64(1));
    EXPECT_EQ(std::to_integer<int>(cell[0]), 0);
    EXPECT_EQ(std::to_integer<int>(cell[3]), 1);
    const scalar back = load_element(big_i4, cell);
    EXPECT_EQ(back.type, dtype::int32);  // a NumPy scalar is native
    EXPECT_EQ(back.as_int64(), 1);
    EXPECT_EQ(make_int64(5).cast_to(big_i4).type, dtype::int32);
}

TEST(ByteOrder, NewbyteorderIsAViewWithANewDescriptor) {
    const array a = iota({2, 3}, dtype::int16);
    const array b = newbyteorder(a, "S");
    EXPECT_EQ(b->type(), swapped_order(dtype::int16));
    EXPECT_EQ(b->base(), a);
    EXPECT_EQ(b->data(), a->data());
    EXPECT_EQ(b->strides(), a->strides());
    EXPECT_NE(b->descriptor(), nullptr);
    EXPECT_EQ(load_element(b->type(), b->data() + 2).as_int64(), 256);  // element 1 read big-endian
    const array c = newbyteorder(b, "native");
    EXPECT_EQ(c->type(), dtype::int16);
    EXPECT_EQ(c->base(), a);
    EXPECT_NE(c->descriptor(), b->descriptor());
    EXPECT_EQ(newbyteorder(iota({3}, dtype::int8), "S")->type(), dtype::int8);
    EXPECT_EQ(with_new_byte_order(dtype::int32, "bigfoot"), swapped_order(dtype::int32));
    EXPECT_EQ(with_new_byte_order(swapped_order(dtype::int32), "|"), swapped_order(dtype::int32));
    EXPECT_EQ(with_new_byte_order(swapped_order(dtype::int32), "<"), dtype::int32);
    expect_error([&] { newbyteorder(a, "x"); }, error_category::value_error, "byteorder not recognized (got 'x')");
    expect_error([&] { newbyteorder(a, ""); }, error_category::value_error, "byteorder not recognized (got '')");
}

TEST(ByteOrder, ByteswappingTwiceRestoresEveryType) {
    for (const dtype t : all_dtypes) {
        const array a = iota({5}, t);
        const array twice = byteswap(byteswap(a, false), false);
        EXPECT_EQ(0, std::memcmp(a->data(), twice->data(), static_cast<std::size_t>(a->nbytes()))) << name(t);
    }
}

}  // namespace
