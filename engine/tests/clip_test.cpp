// Tests of np.clip: the ufunc it picks by the bounds given, and its tie rule for fixed float bounds, per profile.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "engine/clip.hpp"
#include "engine/error.hpp"
#include "engine/semantics.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::category_of;
using engine::testing::doubles;
using engine::testing::ints;
using engine::testing::iota;

TEST(Clip, AFixedFloatBoundKeepsATiedElementOnlyUnderNumpy2) {
    const array negative_zero = ndarray::allocate(dtype::float64, {1});
    store_element(dtype::float64, negative_zero->data(), make_float64(-0.0));
    const auto clipped_sign = [&] {
        const array r = std::get<array>(clip(negative_zero, make_float64(0.0), make_float64(1.0), std::nullopt));
        return std::signbit(doubles(*r).front());
    };
    EXPECT_TRUE(clipped_sign());  // NumPy 2: x < lo is false, the element stays
    const scoped_semantics legacy(semantics::numpy_1_24());
    EXPECT_FALSE(clipped_sign());  // NumPy 1.24: max(x, lo) gives the bound
}

TEST(Clip, NoBoundIsPositiveUnderNumpy2AndAValueErrorUnder124) {
    const array a = iota({3});
    const array r = std::get<array>(clip(a, std::nullopt, std::nullopt, std::nullopt));
    EXPECT_NE(r, a);
    EXPECT_EQ(ints(*r), (std::vector<std::int64_t>{0, 1, 2}));
    const scoped_semantics legacy(semantics::numpy_1_24());
    EXPECT_EQ(category_of([&] { clip(a, std::nullopt, std::nullopt, std::nullopt); }), error_category::value_error);
}
