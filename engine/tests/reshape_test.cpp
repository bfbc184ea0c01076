// Unit tests of reshape, a.shape =, ravel and flatten. Every expected shape, stride, flag, base relation, value
// and message was read off NumPy 1.24 (/usr/bin/python3) for the same layout; the no-copy rule is additionally
// checked against brute force: a view must address exactly the elements a copy would hold.
#include <gtest/gtest.h>

#include <complex>
#include <cstdint>
#include <random>
#include <string>

#include "engine/array.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/axis_views.hpp"
#include "engine/memory_views.hpp"
#include "engine/reshape.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::doubles;
using engine::testing::expect_error;
using engine::testing::iota;
using engine::testing::ints;
using engine::testing::shares_buffer;
using engine::testing::strided_iota;

namespace {

using values = std::vector<std::int64_t>;

// Byte offsets of a layout's elements in C order (last axis fastest) or F order (first axis fastest).
std::vector<std::int64_t> byte_offsets(const dims& shape, const dims& strides, order o) {
    std::vector<std::int64_t> offsets;
    const std::int64_t n = element_count(shape);
    dims index(shape.size(), 0);
    for (std::int64_t k = 0; k < n; ++k) {
        std::int64_t offset = 0;
        for (std::size_t i = 0; i < shape.size(); ++i) offset += index[i] * strides[i];
        offsets.push_back(offset);
        for (std::size_t step = 0; step < shape.size(); ++step) {
            const std::size_t axis = o == order::F ? step : shape.size() - 1 - step;
            if (++index[axis] < shape[axis]) break;
            index[axis] = 0;
        }
    }
    return offsets;
}

}  // namespace

// ============================================================================================= reshape

struct reshape_case {
    dims shape, strides;
    std::int64_t itemsize;
    dims requested;
    order o;
    dims result_shape, result_strides;
    bool is_view;
};

// Random layouts (negative, zero and odd length-1 strides, empty and one-element arrays) reshaped in NumPy.
TEST(Reshape, MatchesNumPyOnAssortedLayouts) {
    const std::vector<reshape_case> cases = {
        {{2, 2, 1}, {-4, -2, 32}, 2, {4}, order::C, {4}, {-2}, true},
        {{}, {}, 1, {1}, order::C, {1}, {1}, true},
        {{4, 4, 2, 4}, {64, 64, -8, 16}, 4, {64, -1}, order::C, {64, 2}, {8, 4}, false},
        {{3, 3, 4, 4}, {8, 6, 2, 4}, 2, {1, 1, 144}, order::C, {1, 1, 144}, {288, 288, 2}, false},
        {{}, {}, 4, {1}, order::C, {1}, {4}, true},
        {{4, 4, 4}, {0, -8, 192}, 8, {8, 4, 2}, order::C, {8, 4, 2}, {64, 16, 8}, false},
        {{}, {}, 8, {1, 1}, order::C, {1, 1}, {8, 8}, true},
        {{4, 4, 3}, {4, 24, 4}, 4, {6, -1}, order::C, {6, 8}, {32, 4}, false},
        {{3, 1, 2, 3}, {48, 192, 32, -16}, 8, {1, 9, 2}, order::F, {1, 9, 2}, {8, 8, 72}, false},
        {{4}, {-16}, 8, {2, 2, 1}, order::C, {2, 2, 1}, {-32, -16, -16}, true},
        {{0}, {8}, 8, {3, 0}, order::C, {3, 0}, {8, 8}, true},
        {{3, 3}, {-4, 8}, 1, {3, 1, 1, 3}, order::C, {3, 1, 1, 3}, {-4, 24, 24, 8}, true},
        {{1, 4}, {4000, 8}, 4, {1, 4, 1}, order::C, {1, 4, 1}, {32, 8, 8}, true},
        {{3}, {-16}, 8, {1, 3, -1}, order::C, {1, 3, 1}, {-48, -16, -16}, true},
        {{4}, {2}, 2, {1, 2, 2, 1}, order::C, {1, 2, 2, 1}, {8, 4, 2, 2}, true},
        {{1, 3, 1, 3}, {8, -16, -16, 16}, 8, {9}, order::C, {9}, {8}, false},
        {{4}, {16}, 8, {2, 1, 2}, order::C, {2, 1, 2}, {32, 32, 16}, true},
        {{3}, {12}, 2, {3, 1, -1}, order::F, {3, 1, 1}, {12, 36, 36}, true},
        {{4, 2}, {2, -8}, 2, {2, 1, 1, 4}, order::C, {2, 1, 1, 4}, {8, 8, 8, 2}, false},
        {{4, 2}, {4, 2}, 2, {8}, order::F, {8}, {2}, false},
        {{1, 1, 3, 1}, {8, 8, 8, 8}, 8, {-1}, order::F, {3}, {8}, true},
        {{2, 1, 2, 1}, {4, 2, 1, 2}, 1, {4, 1, 1}, order::C, {4, 1, 1}, {1, 1, 1}, false},
        {{4, 2}, {16, 0}, 4, {1, 1, 8}, order::C, {1, 1, 8}, {32, 32, 4}, false},
        {{3, 1, 2}, {-32, 128, -8}, 8, {3, 1, 1, 2}, order::C, {3, 1, 1, 2}, {-32, -16, -16, -8}, true},
        {{1, 3, 3, 3}, {72, -16, 24, 72}, 8, {3, 3, 1, 3, 1}, order::F, {3, 3, 1, 3, 1}, {-16, 24, 72, 72, 216}, true},
        {{2}, {192}, 8, {2, 1}, order::C, {2, 1}, {192, 192}, true},
        {{3, 4, 1}, {16, -16, 56}, 8, {6, 2}, order::C, {6, 2}, {16, 8}, false},
        {{3, 1}, {6, -2}, 1, {-1, 1, 3}, order::F, {1, 1, 3}, {6, 6, 6}, true},
        {{4, 4, 4, 3}, {48, 48, 96, 24}, 4, {8, 2, 2, 6}, order::F, {8, 2, 2, 6}, {4, 32, 64, 128}, false},
        {{1, 2}, {7, 2}, 1, {2, 1, 1}, order::C, {2, 1, 1}, {2, 2, 2}, true},
        {{2, 1, 1}, {8, 12, 2}, 2, {2, 1}, order::C, {2, 1}, {8, 8}, true},
        {{2}, {24}, 1, {1, 2, 1}, order::C, {1, 2, 1}, {48, 24, 24}, true},
        {{4, 2, 3, 2}, {24, 48, 96, 32}, 4, {2, 1, 24}, order::F, {2, 1, 24}, {4, 8, 8}, false},
        {{4, 4, 1, 1}, {32, 0, 16, 8}, 4, {1, 1, 4, 4}, order::C, {1, 1, 4, 4}, {128, 128, 32, 0}, true},
        {{4, 2, 4}, {1, 4, 8}, 1, {4, 2, 2, 2, 1}, order::C, {4, 2, 2, 2, 1}, {1, 4, 16, 8, 8}, true},
        {{3, 0, 2, 1}, {24, 192, -32, -16}, 8, {0, 2}, order::F, {0, 2}, {8, 8}, true},
        {{0, 1, 3}, {128, 192, 24}, 8, {0, 1}, order::F, {0, 1}, {8, 8}, true},
        {{4, 2}, {24, 96}, 8, {1, 4, 1, 2}, order::F, {1, 4, 1, 2}, {24, 24, 96, 96}, true},
        {{4, 4}, {16, 192}, 8, {2, 2, 4}, order::C, {2, 2, 4}, {32, 16, 192}, true},
        {{0, 3}, {-4, -1}, 1, {1, 0, 1}, order::F, {1, 0, 1}, {1, 1, 1}, true},
        {{3}, {6}, 2, {3, 1, 1}, order::C, {3, 1, 1}, {6, 6, 6}, true},
        {{1, 2}, {2000, 2}, 2, {-1}, order::C, {2}, {2}, true},
        {{1, 4, 2}, {4, 4, 16}, 4, {8, 1, 1}, order::F, {8, 1, 1}, {4, 32, 32}, true},
        {{2, 2}, {1, 0}, 1, {1, 2, 2}, order::C, {1, 2, 2}, {2, 1, 0}, true},
        {{4, 2}, {1, -8}, 1, {4, -1}, order::F, {4, 2}, {1, -8}, true},
        {{1, 3, 1}, {3, 1, 2}, 1, {3}, order::F, {3}, {1}, true},
        {{3}, {4}, 2, {1, 3, -1}, order::C, {1, 3, 1}, {12, 4, 4}, true},
        {{2, 2}, {2, 4}, 2, {2, 1, 2, 1}, order::C, {2, 1, 2, 1}, {2, 8, 4, 4}, true},
        {{4}, {48}, 8, {2, 2}, order::F, {2, 2}, {48, 96}, true},
        {{2, 1}, {4, 4}, 1, {2}, order::C, {2}, {4}, true},
        {{2}, {0}, 8, {1, 2}, order::C, {1, 2}, {0, 0}, true},
        {{3, 1, 2, 1}, {32, 24, 0, 0}, 8, {3, 2}, order::C, {3, 2}, {32, 0}, true},
    };
    int views = 0, copies = 0;
    for (const auto& c : cases) {
        SCOPED_TRACE(::testing::Message() << "case " << (&c - cases.data()));
        const array source = strided_iota(c.shape, c.strides, c.itemsize);
        const array result = reshape(source, c.requested, c.o);
        EXPECT_EQ(result->shape(), c.result_shape);
        EXPECT_EQ(result->strides(), c.result_strides);
        EXPECT_FALSE(result->owndata());
        if (c.is_view) {
            ++views;
            EXPECT_TRUE(shares_buffer(result, source));
            EXPECT_EQ(result->data(), source->data());
            EXPECT_EQ(result->base(), source->base());
        } else {
            ++copies;
            EXPECT_FALSE(shares_buffer(result, source));
            ASSERT_NE(result->base_array(), nullptr);
            EXPECT_TRUE(result->base_array()->owndata());
            EXPECT_EQ(result->base_array()->shape(), c.shape);
        }
        if (c.o == order::C) {
            EXPECT_EQ(ints(*result), ints(*source));
        }
    }
    EXPECT_GE(views, 30);
    EXPECT_GE(copies, 10);
}

// The no-copy rule against brute force: for random layouts and target shapes, whenever reshaped_view_strides
// offers strides, reading the new layout in the requested order must visit the same bytes in the same order
// as reading the old one (which is what the copy would hold).
TEST(Reshape, ViewStridesAddressExactlyTheCopiedElements) {
    std::mt19937 random(20240611);
    auto pick = [&](std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(random);
    };
    constexpr std::int64_t itemsize = 4;
    int contiguous_views = 0, regrouped_views = 0, copies = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        dims shape(static_cast<std::size_t>(pick(0, 4)));
        for (auto& d : shape) d = pick(0, 12) == 0 ? 0 : pick(1, 4);
        dims strides(shape.size());
        if (pick(0, 1) == 0) {
            // A permuted dense layout, sometimes with one axis stepped or reversed: views are likely.
            std::vector<std::size_t> axes(shape.size());
            for (std::size_t i = 0; i < axes.size(); ++i) axes[i] = i;
            std::shuffle(axes.begin(), axes.end(), random);
            std::int64_t stride = itemsize;
            for (auto axis : axes) {
                strides[axis] = stride;
                stride *= std::max<std::int64_t>(shape[axis], 1);
            }
            if (!shape.empty() && pick(0, 2) == 0) strides[pick(0, static_cast<std::int64_t>(shape.size()) - 1)] *= pick(-2, 2);
        } else {
            for (auto& s : strides) s = pick(-4, 6) * itemsize;
        }
        const std::int64_t size = element_count(shape);
        dims new_shape;
        if (size == 0) {
            new_shape = {pick(0, 3), 0};
        } else {
            for (std::int64_t rest = size; rest > 1;) {
                std::int64_t factor = pick(2, rest);
                while (rest % factor != 0) --factor;
                new_shape.push_back(factor);
                rest /= factor;
            }
            for (auto ones = pick(0, 2); ones-- > 0;)
                new_shape.insert(new_shape.begin() + pick(0, static_cast<std::int64_t>(new_shape.size())), 1);
        }
        if (new_shape == shape) continue;
        const order o = pick(0, 1) == 0 ? order::C : order::F;
        const auto view_strides = reshaped_view_strides(shape, strides, itemsize, new_shape, o);
        if (!view_strides) {
            ++copies;
            continue;
        }
        ASSERT_EQ(view_strides->size(), new_shape.size());
        ASSERT_EQ(byte_offsets(new_shape, *view_strides, o), byte_offsets(shape, strides, o))
            << "trial " << trial;
        const bool contiguous = o == order::C ? is_c_contiguous(shape, strides, itemsize)
                                              : is_f_contiguous(shape, strides, itemsize);
        ++(contiguous || size <= 1 ? contiguous_views : regrouped_views);
    }
    EXPECT_GE(contiguous_views, 2000);
    EXPECT_GE(regrouped_views, 1500);
    EXPECT_GE(copies, 3000);
}

TEST(Reshape, CopyIsAViewOfAnUnnamedTemporary) {
    const array x = iota({2, 3});
    const array r = reshape(transpose(x), {6});  // x.T.reshape(6)
    EXPECT_EQ(ints(*r), (values{0, 3, 1, 4, 2, 5}));
    EXPECT_EQ(r->strides(), (dims{8}));
    EXPECT_FALSE(r->owndata());
    const array temporary = r->base_array();
    ASSERT_NE(temporary, nullptr);
    EXPECT_NE(temporary, x);
    EXPECT_TRUE(temporary->owndata());
    EXPECT_EQ(temporary->base(), nullptr);
    EXPECT_EQ(temporary->shape(), (dims{3, 2}));  // the transposed array copied in C order
    EXPECT_EQ(temporary->strides(), (dims{16, 8}));
    EXPECT_NE(r->memory(), x->memory());
}

TEST(Reshape, FortranOrderOfCArrayCopiesInFortranOrder) {
    const array x = iota({2, 3});
    const array r = reshape(x, {3, 2}, order::F);
    EXPECT_EQ(r->strides(), (dims{8, 24}));
    EXPECT_EQ(r->base_array()->shape(), (dims{2, 3}));
    EXPECT_EQ(r->base_array()->strides(), (dims{8, 16}));
    EXPECT_EQ(ints(*r), (values{0, 4, 3, 2, 1, 5}));
    // A 1-d array read in F order is still one run: a view.
    const array v = reshape(iota({6}), {2, 3}, order::F);
    EXPECT_EQ(v->strides(), (dims{8, 16}));
    EXPECT_NE(v->base_array(), nullptr);
    EXPECT_TRUE(v->base_array()->owndata());
    EXPECT_EQ(ints(*v), (values{0, 2, 4, 1, 3, 5}));
}

TEST(Reshape, OrderAFollowsTheSourceLayout) {
    const array t = transpose(iota({2, 3}));  // F-contiguous only
    const array r = reshape(t, {6}, order::A);
    EXPECT_EQ(r->base(), t->base());  // a view: read in F order the transpose is one run
    EXPECT_EQ(ints(*r), (values{0, 1, 2, 3, 4, 5}));
}

TEST(Reshape, ViewsCollapseToTheOwnerAndInheritWriteability) {
    const array a = iota({12});
    const array m = reshape(a, {3, 4});
    EXPECT_EQ(m->base(), a);
    EXPECT_EQ(reshape(m, {12})->base(), a);
    EXPECT_EQ(m->strides(), (dims{32, 8}));

    const array x = iota({2, 3});
    x->set_writeable(false);
    EXPECT_FALSE(reshape(x, {3, 2})->writeable());       // view of read-only memory
    EXPECT_TRUE(reshape(transpose(x), {6})->writeable());  // a copy is fresh, writeable memory
}

TEST(Reshape, UnchangedShapeKeepsStridesButResolvedOneIsRecomputed) {
    const array x = iota({2, 3});
    const array w = ndarray::view_of(x, dtype::int64, {2, 1, 3}, {24, 0, 8});  // x[:, None, :]
    EXPECT_EQ(reshape(w, {2, 1, 3})->strides(), (dims{24, 0, 8}));
    EXPECT_EQ(reshape(w, {2, -1, 3})->strides(), (dims{24, 24, 8}));
    EXPECT_NE(reshape(w, {2, 1, 3}), w);
    EXPECT_EQ(reshape(iota({6}), {1, 6})->strides(), (dims{48, 8}));
    EXPECT_EQ(reshape(iota({6}), {6, 1})->strides(), (dims{8, 8}));
}

TEST(Reshape, SizeMismatchAndUnknownDimensionErrors) {
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { reshape(x, {4}); }, value_error, "cannot reshape array of size 6 into shape (4,)");
    expect_error([&] { reshape(x, {-1, 4}); }, value_error, "cannot reshape array of size 6 into shape (4)");
    expect_error([&] { reshape(x, {2, -1, 4}); }, value_error, "cannot reshape array of size 6 into shape (2,newaxis,4)");
    expect_error([&] { reshape(x, {0, -1}); }, value_error, "cannot reshape array of size 6 into shape (0,newaxis)");
    expect_error([&] { reshape(x, {-1, -1}); }, value_error, "can only specify one unknown dimension");
    expect_error([&] { reshape(x, {6}, order::K); }, value_error, "order 'K' is not permitted for reshaping");
    constexpr std::int64_t huge = std::int64_t{1} << 62;
    expect_error([&] { reshape(x, {huge, huge}); }, value_error,
                 "cannot reshape array of size 6 into shape (4611686018427387904,4611686018427387904)");
    EXPECT_EQ(reshape(x, {-2, 3})->shape(), (dims{2, 3}));  // any negative entry is the unknown one

    const array empty = iota({0});
    expect_error([&] { reshape(empty, {0, -1}); }, value_error, "cannot reshape array of size 0 into shape (0,newaxis)");
    expect_error([&] { reshape(empty, {huge, huge, 0}); }, value_error,
                 "cannot reshape array of size 0 into shape (4611686018427387904,4611686018427387904,0)");
    expect_error([&] { reshape(empty, {0, std::int64_t{1} << 60}); }, value_error,
                 "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    const array r = reshape(empty, {0, std::int64_t{1} << 59});
    EXPECT_EQ(r->strides(), (dims{std::int64_t{1} << 62, 8}));
    EXPECT_EQ(reshape(empty, {5, -1})->shape(), (dims{5, 0}));
}

// as_strided(np.zeros(2), shape=(4,), strides=(2**62,)).reshape(...): NumPy's stride products wrap.
TEST(Reshape, StrideProductsWrapAsNumPysDo) {
    constexpr std::int64_t big = std::int64_t{1} << 62;
    EXPECT_EQ(reshaped_view_strides({4}, {big}, 8, {1, 4}, order::C), (dims{0, big}));
    EXPECT_EQ(reshaped_view_strides({4}, {big}, 8, {4, 1}, order::F), (dims{big, 0}));
    EXPECT_EQ(reshaped_view_strides({2, 2}, {big, 8}, 8, {1, 2, 2}, order::C), (dims{INT64_MIN, big, 8}));
}

// ============================================================================================= set_shape

TEST(SetShape, ChangesTheObjectInPlace) {
    const array a = iota({6});
    const array same = a;
    set_shape(a, {2, 3});
    EXPECT_EQ(same, a);
    EXPECT_EQ(a->shape(), (dims{2, 3}));
    EXPECT_EQ(a->strides(), (dims{24, 8}));
    EXPECT_TRUE(a->owndata());
    set_shape(a, {3, -1});
    EXPECT_EQ(a->strides(), (dims{16, 8}));

    // y = np.arange(12).reshape(3, 4)[:, :2]: not contiguous, yet some shapes need no copy.
    const array y = ndarray::view_of(iota({3, 4}), dtype::int64, {3, 2}, {32, 8});
    set_shape(y, {3, 2, 1});
    EXPECT_EQ(y->strides(), (dims{32, 8, 8}));
    set_shape(y, {1, 3, 2});
    EXPECT_EQ(y->strides(), (dims{96, 32, 8}));
}

TEST(SetShape, RefusesWhatWouldNeedACopyAndLeavesTheArrayAlone) {
    const array t = transpose(iota({2, 3}));
    expect_error([&] { set_shape(t, {6}); }, error_category::attribute_error,
                 "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.");
    EXPECT_EQ(t->shape(), (dims{3, 2}));
    EXPECT_EQ(t->strides(), (dims{8, 24}));
    expect_error([&] { set_shape(t, {4}); }, error_category::value_error,
                 "cannot reshape array of size 6 into shape (4,)");
}

// ============================================================================================= ravel / flatten

TEST(Ravel, ViewWhenContiguousInTheOrderElseFreshCopy) {
    const array x = iota({2, 3});
    const array r = ravel(x);
    EXPECT_EQ(r->base(), x);
    EXPECT_EQ(r->strides(), (dims{8}));

    const array f = ravel(x, order::F);
    EXPECT_EQ(f->base(), nullptr);
    EXPECT_TRUE(f->owndata());
    EXPECT_EQ(ints(*f), (values{0, 3, 1, 4, 2, 5}));

    const array t = transpose(x);
    const array c = ravel(t);  // x.T.ravel(): unlike reshape, the copy itself comes back
    EXPECT_EQ(c->base(), nullptr);
    EXPECT_TRUE(c->owndata());
    EXPECT_EQ(ints(*c), (values{0, 3, 1, 4, 2, 5}));
    EXPECT_EQ(ravel(t, order::A)->base(), x);
    EXPECT_EQ(ints(*ravel(t, order::A)), (values{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(ravel(t, order::K)->base(), x);

    const array zero_d = iota({});
    const array z = ravel(zero_d);
    EXPECT_EQ(z->shape(), (dims{1}));
    EXPECT_EQ(z->base(), zero_d);
}

TEST(Ravel, KeepOrderViewsPermutedDenseArrays) {
    const array owner = iota({2, 3, 4});
    const array y = transpose(owner, dims{2, 0, 1});
    const array r = ravel(y, order::K);
    EXPECT_EQ(r->base(), owner);
    EXPECT_EQ(r->strides(), (dims{8}));
    EXPECT_EQ(ints(*r), (values{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23}));

    // np.arange(24).reshape(2,3,4)[:, :1].transpose(2,1,0).ravel('K'): strides (8, 32, 96) are not dense.
    const array sliced = ndarray::view_of(owner, dtype::int64, {4, 1, 2}, {8, 32, 96});
    const array s = ravel(sliced, order::K);
    EXPECT_EQ(s->base(), nullptr);
    EXPECT_EQ(ints(*s), (values{0, 1, 2, 3, 12, 13, 14, 15}));
}

TEST(Flatten, AlwaysAFreshCopyInTheRequestedOrder) {
    const array x = iota({2, 3});
    for (const order o : {order::C, order::F, order::A, order::K}) {
        const array f = flatten(x, o);
        EXPECT_EQ(f->base(), nullptr);
        EXPECT_TRUE(f->owndata());
        EXPECT_TRUE(f->writeable());
        EXPECT_NE(f->memory(), x->memory());
    }
    EXPECT_EQ(ints(*flatten(x, order::F)), (values{0, 3, 1, 4, 2, 5}));
    EXPECT_EQ(ints(*flatten(transpose(x), order::A)), (values{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(ints(*flatten(transpose(x), order::K)), (values{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(flatten(iota({}))->shape(), (dims{1}));
}

TEST(Flatten, KeepOrderReadsReversedAxesBackwards) {
    const array a = iota({5});
    const array reversed = ndarray::view_of(a, dtype::int64, {5}, {-8}, 32);  // a[::-1]
    EXPECT_EQ(ints(*flatten(reversed, order::K)), (values{4, 3, 2, 1, 0}));
    EXPECT_EQ(ints(*ravel(reversed, order::K)), (values{4, 3, 2, 1, 0}));
    EXPECT_EQ(ravel(reversed, order::K)->base(), nullptr);
    const array x = iota({2, 3});
    EXPECT_EQ(ints(*flatten(flip(x, dims{1}), order::K)), (values{2, 1, 0, 5, 4, 3}));
}

// as_strided(np.arange(6), shape, strides).flatten('K'): zero strides do not order against other axes.
TEST(Flatten, KeepOrderAroundZeroStrides) {
    const array a = iota({6});
    auto keep_order = [&](const dims& shape, const dims& strides) {
        return ints(*flatten(as_strided(a, shape, strides), order::K));
    };
    EXPECT_EQ(keep_order({2, 2, 2}, {8, 0, 16}), (values{0, 1, 2, 3, 0, 1, 2, 3}));
    EXPECT_EQ(keep_order({2, 2, 2}, {0, 8, 16}), (values{0, 1, 2, 3, 0, 1, 2, 3}));
    EXPECT_EQ(keep_order({2, 2, 2}, {16, 8, 0}), (values{0, 0, 1, 1, 2, 2, 3, 3}));
    EXPECT_EQ(keep_order({2, 3, 2}, {8, 16, 0}), (values{0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
    EXPECT_EQ(ints(*ravel(as_strided(a, dims{3, 2, 2}, dims{8, 0, 16}), order::K)),
              (values{0, 1, 2, 2, 3, 4, 0, 1, 2, 2, 3, 4}));
}

// NumPy 1.24 gives freshly allocated empty arrays all-zero strides (np.zeros((0, 3)).strides == (0, 0),
// np.zeros((0, 3)).flatten().strides == (0,)), while views keep theirs.
TEST(Flatten, EmptyCopyHasZeroStrides) {
    const array empty = strided_iota({0, 3}, {24, 8}, 8);
    EXPECT_EQ(flatten(empty)->strides(), (dims{0}));
    EXPECT_EQ(imag(empty)->strides(), (dims{0, 0}));
}
