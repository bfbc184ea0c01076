// Tests of reading elements in place: the contract's text of every kind, and the in-place equality with its
// rules (nan equals nan, 0.0 equals -0.0, complex part by part, any nonzero bool byte is True), over strided,
// coalescable and zero-stride layouts, with the first differing C-order position.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdint>
#include <limits>
#include <vector>

#include "contract/element_memory.hpp"
#include "contract/readable_memory.hpp"

namespace conformance {
namespace {

using json = nlohmann::ordered_json;

template <class T>
element_memory memory_of(const std::vector<T>& elements, element_kind kind) {
    element_memory memory;
    memory.data = reinterpret_cast<const std::byte*>(elements.data());
    memory.kind = kind;
    memory.itemsize = static_cast<std::int64_t>(sizeof(T));
    memory.buffer_begin = memory.data;
    memory.buffer_size = elements.size() * sizeof(T);
    return memory;
}

template <class T>
bool same_flat(const std::vector<T>& a, const std::vector<T>& b, element_kind kind, std::int64_t* at = nullptr) {
    const std::vector<std::int64_t> shape{static_cast<std::int64_t>(a.size())};
    const std::vector<std::int64_t> strides{static_cast<std::int64_t>(sizeof(T))};
    return same_elements(memory_of(a, kind), strides, memory_of(b, kind), strides, shape, at);
}

TEST(ElementMemory, KindsAreTheContractsOwn) {
    EXPECT_EQ(decoded_kind('b', 1), element_kind::boolean);
    EXPECT_EQ(decoded_kind('i', 2), element_kind::signed_int);
    EXPECT_EQ(decoded_kind('u', 8), element_kind::unsigned_int);
    EXPECT_EQ(decoded_kind('f', 2), element_kind::floating);
    EXPECT_EQ(decoded_kind('f', 4), element_kind::floating);
    EXPECT_EQ(decoded_kind('c', 16), element_kind::complex);
    EXPECT_FALSE(decoded_kind('f', 16));  // longdouble
    EXPECT_FALSE(decoded_kind('M', 8));   // datetime64
    EXPECT_FALSE(decoded_kind('O', 8));
}

TEST(ElementMemory, TextFollowsTheContractsEncoding) {
    const std::vector<double> floats{std::nan(""), INFINITY, -INFINITY, -0.0, 0.5};
    const std::vector<std::int64_t> shape{5}, strides{8};
    EXPECT_EQ(elements_text(memory_of(floats, element_kind::floating), shape, strides).dump(),
              R"(["nan","inf","-inf",-0.0,0.5])");
    const std::vector<std::uint64_t> big{std::numeric_limits<std::uint64_t>::max()};
    EXPECT_EQ(elements_text(memory_of(big, element_kind::unsigned_int), std::vector<std::int64_t>{1},
                            std::vector<std::int64_t>{8}).dump(),
              "[18446744073709551615]");
    const std::vector<std::uint8_t> bools{0, 1, 7};
    EXPECT_EQ(elements_text(memory_of(bools, element_kind::boolean), std::vector<std::int64_t>{3},
                            std::vector<std::int64_t>{1}).dump(),
              "[false,true,true]");
    const std::vector<std::complex<float>> complexes{{1.0F, -2.0F}};
    EXPECT_EQ(elements_text(memory_of(complexes, element_kind::complex), std::vector<std::int64_t>{1},
                            std::vector<std::int64_t>{8}).dump(),
              "[[1.0,-2.0]]");
}

TEST(ElementMemory, HalfFloatsReadAsTheirExactValues) {
    // float16 bits: 1.0, -2.5, the smallest subnormal (2^-24), the largest finite (65504), -0.0, inf, nan.
    const std::vector<std::uint16_t> halves{0x3c00, 0xc100, 0x0001, 0x7bff, 0x8000, 0x7c00, 0x7e01};
    EXPECT_EQ(elements_text(memory_of(halves, element_kind::floating), std::vector<std::int64_t>{7},
                            std::vector<std::int64_t>{2}).dump(),
              R"([1.0,-2.5,5.960464477539063e-08,65504.0,-0.0,"inf","nan"])");
    // By value: -0.0 equals 0.0, nan equals a nan of another payload, 1.0 differs from the next half up.
    EXPECT_TRUE(same_flat(std::vector<std::uint16_t>{0x8000, 0x7e01}, std::vector<std::uint16_t>{0x0000, 0xfc01},
                          element_kind::floating));
    EXPECT_FALSE(same_flat(std::vector<std::uint16_t>{0x3c00}, std::vector<std::uint16_t>{0x3c01}, element_kind::floating));
}

// The same numbers stored with their bytes reversed (a '>' dtype on this machine), each part of a complex on its own.
template <class T>
std::vector<T> byte_reversed(std::vector<T> elements, std::size_t part = sizeof(T)) {
    for (T& element : elements) {
        auto* bytes = reinterpret_cast<std::byte*>(&element);
        for (std::size_t at = 0; at < sizeof(T); at += part) std::reverse(bytes + at, bytes + at + part);
    }
    return elements;
}

TEST(ElementMemory, SwappedBytesReadAsTheirNumbers) {
    const std::vector<std::int32_t> ints{1, -2, 300000};
    const std::vector<std::int32_t> reversed_ints = byte_reversed(ints);
    element_memory swapped_ints = memory_of(reversed_ints, element_kind::signed_int);
    swapped_ints.swapped = true;
    EXPECT_EQ(elements_text(swapped_ints, std::vector<std::int64_t>{3}, std::vector<std::int64_t>{4}).dump(),
              "[1,-2,300000]");
    const std::vector<std::complex<double>> complexes{{1.5, -0.0}, {std::nan(""), 2.0}};
    const std::vector<std::complex<double>> reversed_complexes = byte_reversed(complexes, 8);
    element_memory swapped_complexes = memory_of(reversed_complexes, element_kind::complex);
    swapped_complexes.swapped = true;
    EXPECT_EQ(elements_text(swapped_complexes, std::vector<std::int64_t>{2}, std::vector<std::int64_t>{16}).dump(),
              R"([[1.5,-0.0],["nan",2.0]])");

    // Against the native order: by value, with the first difference.
    const std::vector<std::int64_t> shape{3}, strides{4};
    const element_memory& swapped = swapped_ints;
    EXPECT_TRUE(same_elements(swapped, strides, memory_of(ints, element_kind::signed_int), strides, shape));
    const std::vector<std::int32_t> other{1, -2, 7};
    std::int64_t at = -1;
    EXPECT_FALSE(same_elements(memory_of(other, element_kind::signed_int), strides, swapped, strides, shape, &at));
    EXPECT_EQ(at, 2);
    // Both swapped: equal bytes are equal numbers, and unequal bytes are decoded (nan against another nan).
    const std::vector<double> nans{std::nan(""), 1.0}, other_nans{-std::nan(""), 1.0};
    const std::vector<double> reversed_nans = byte_reversed(nans), reversed_other_nans = byte_reversed(other_nans);
    element_memory x = memory_of(reversed_nans, element_kind::floating), y = memory_of(reversed_other_nans, element_kind::floating);
    x.swapped = y.swapped = true;
    EXPECT_TRUE(same_elements(x, std::vector<std::int64_t>{8}, y, std::vector<std::int64_t>{8}, std::vector<std::int64_t>{2}));
    const std::vector<double> ones{1.0, 1.0};
    const std::vector<double> reversed_ones = byte_reversed(ones);
    element_memory z = memory_of(reversed_ones, element_kind::floating);
    z.swapped = true;
    EXPECT_FALSE(same_elements(x, std::vector<std::int64_t>{8}, z, std::vector<std::int64_t>{8}, std::vector<std::int64_t>{2}));
}

TEST(ElementMemory, TextWalksStridesInCOrder) {
    const std::vector<std::int16_t> elements{0, 1, 2, 3, 4, 5};
    // A transposed 2x3 (strides 2, 6) and a reversed row (stride -2 from the last element).
    EXPECT_EQ(elements_text(memory_of(elements, element_kind::signed_int), std::vector<std::int64_t>{3, 2},
                            std::vector<std::int64_t>{2, 6}).dump(),
              "[0,3,1,4,2,5]");
    element_memory reversed = memory_of(elements, element_kind::signed_int);
    reversed.data += 10;
    EXPECT_EQ(elements_text(reversed, std::vector<std::int64_t>{6}, std::vector<std::int64_t>{-2}).dump(),
              "[5,4,3,2,1,0]");
    EXPECT_EQ(elements_text(reversed, std::vector<std::int64_t>{0, 3}, std::vector<std::int64_t>{0, 2}).dump(), "[]");
    EXPECT_EQ(elements_text(reversed, std::vector<std::int64_t>{}, std::vector<std::int64_t>{}).dump(), "[5]");
}

TEST(ElementMemory, TextRefusesWhatWouldNotFit) {
    const std::vector<double> one{1.0};
    const std::vector<std::int64_t> huge{max_text_elements + 1}, zero{0};
    EXPECT_THROW(elements_text(memory_of(one, element_kind::floating), huge, zero), std::length_error);
}

TEST(ElementMemory, FloatsCompareByValueWithNanEqualToNan) {
    const double quiet = std::numeric_limits<double>::quiet_NaN();
    const double other_nan = -std::numeric_limits<double>::signaling_NaN();
    EXPECT_TRUE(same_flat(std::vector<double>{quiet, 0.0, 1.5}, std::vector<double>{other_nan, -0.0, 1.5},
                          element_kind::floating));
    std::int64_t at = -1;
    EXPECT_FALSE(same_flat(std::vector<double>{quiet, 0.0, 1.5}, std::vector<double>{quiet, 0.0, 2.5},
                           element_kind::floating, &at));
    EXPECT_EQ(at, 2);
    EXPECT_FALSE(same_flat(std::vector<float>{1.0F}, std::vector<float>{std::nanf("")}, element_kind::floating));
    EXPECT_FALSE(same_flat(std::vector<float>{INFINITY}, std::vector<float>{-INFINITY}, element_kind::floating));
}

TEST(ElementMemory, ComplexComparesPartByPart) {
    using c = std::complex<double>;
    const double nan = std::nan("");
    EXPECT_TRUE(same_flat(std::vector<c>{{nan, -0.0}}, std::vector<c>{{nan, 0.0}}, element_kind::complex));
    EXPECT_FALSE(same_flat(std::vector<c>{{nan, 1.0}}, std::vector<c>{{nan, 2.0}}, element_kind::complex));
    EXPECT_FALSE(same_flat(std::vector<c>{{1.0, nan}}, std::vector<c>{{2.0, nan}}, element_kind::complex));
}

TEST(ElementMemory, BoolsCompareAsTruthAndIntegersByBits) {
    EXPECT_TRUE(same_flat(std::vector<std::uint8_t>{0, 1, 1}, std::vector<std::uint8_t>{0, 1, 255}, element_kind::boolean));
    EXPECT_FALSE(same_flat(std::vector<std::uint8_t>{0, 1}, std::vector<std::uint8_t>{1, 1}, element_kind::boolean));
    EXPECT_FALSE(same_flat(std::vector<std::uint8_t>{0, 1}, std::vector<std::uint8_t>{0, 255}, element_kind::unsigned_int));
    EXPECT_TRUE(same_flat(std::vector<std::int32_t>{-1, 7}, std::vector<std::int32_t>{-1, 7}, element_kind::signed_int));
}

TEST(ElementMemory, StridedSidesCompareInCOrderWithTheFirstDifference) {
    // a: a 3x4 C-order block; b: the same values stored transposed (F order), then one changed.
    std::vector<std::int64_t> a(12), b(12);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 4; ++j) a[i * 4 + j] = b[j * 3 + i] = 10 * i + j;
    const std::vector<std::int64_t> shape{3, 4}, c_strides{32, 8}, f_strides{8, 24};
    const element_memory ma = memory_of(a, element_kind::signed_int), mb = memory_of(b, element_kind::signed_int);
    EXPECT_TRUE(same_elements(ma, c_strides, mb, f_strides, shape));
    b[3 * 3 + 1] = 99;  // element (1, 3): flat position 7
    std::int64_t at = -1;
    EXPECT_FALSE(same_elements(ma, c_strides, mb, f_strides, shape, &at));
    EXPECT_EQ(at, 7);
    // Length-1 axes and zero strides.
    const std::vector<std::int64_t> broadcast_shape{2, 1, 3}, zero{0, 0, 0}, one_row{0, 0, 8};
    const std::vector<std::int64_t> same_value{5, 5, 5};
    EXPECT_TRUE(same_elements(memory_of(same_value, element_kind::signed_int), zero,
                              memory_of(same_value, element_kind::signed_int), one_row, broadcast_shape));
    const std::vector<std::int64_t> empty_shape{0, 3};
    EXPECT_TRUE(same_elements(ma, c_strides, mb, f_strides, empty_shape));
}

}  // namespace
}  // namespace conformance
