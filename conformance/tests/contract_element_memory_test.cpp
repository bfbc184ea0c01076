// Tests of reading elements in place: the contract's text of every kind, and the in-place equality with its
// rules (nan equals nan, 0.0 equals -0.0, complex part by part, any nonzero bool byte is True), over strided,
// coalescable and zero-stride layouts, with the first differing C-order position.
#include <gtest/gtest.h>

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
    EXPECT_EQ(decoded_kind('f', 4), element_kind::floating);
    EXPECT_EQ(decoded_kind('c', 16), element_kind::complex);
    EXPECT_FALSE(decoded_kind('f', 2));   // float16: encoded by the system
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
