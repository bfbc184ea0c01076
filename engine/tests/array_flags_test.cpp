// Tests of the flags NumPy derives in its flags object (array_flags.hpp), the farray quirk included.
#include <gtest/gtest.h>

#include "engine/array_flags.hpp"
#include "engine/memory_views.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::iota;

TEST(ArrayFlags, CombinedFlagsDeriveFromTheBits) {
    const array c = iota({2, 3});
    const array_flags fc = array_flags::of(*c);
    EXPECT_TRUE(fc.behaved() && fc.carray() && fc.forc());
    EXPECT_FALSE(fc.farray() || fc.fnc());
    const array f = iota({2, 3}, dtype::int64, order::F);
    const array_flags ff = array_flags::of(*f);
    EXPECT_TRUE(ff.farray() && ff.fnc() && ff.forc());
    EXPECT_FALSE(ff.carray());
    // NumPy's FARRAY getter: any of ALIGNED, WRITEABLE, F_CONTIGUOUS, and not C-contiguous; so a read-only
    // broadcast row (neither contiguous) reads True.
    const array row = broadcast_to(iota({3}), {2, 3});
    const array_flags fb = array_flags::of(*row);
    EXPECT_FALSE(fb.writeable || fb.f_contiguous || fb.c_contiguous);
    EXPECT_TRUE(fb.farray());
    EXPECT_FALSE(fb.behaved() || fb.fnc() || fb.forc());
    EXPECT_EQ(array_flags::of_scalar(), (array_flags{true, true, true, false, true}));
}
