// Unit tests of the shape operations. Every expected shape, stride, flag, base relation, value and message
// below was read off NumPy 1.24 (/usr/bin/python3) for the same layout; the reshape no-copy rule is
// additionally checked against brute force: a view must address exactly the elements a copy would hold.
#include <gtest/gtest.h>

#include <complex>
#include <cstdint>
#include <random>
#include <string>

#include "engine/array.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/shape_ops.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::doubles;
using engine::testing::iota;
using engine::testing::ints;

namespace {

using values = std::vector<std::int64_t>;

// A view of fresh np.arange-like memory with an arbitrary layout, as as_strided(buffer[offset:], ...) makes
// it in the oracle scripts: the buffer holds 0, 1, 2, ... and the view starts where the layout needs it to
// (after the elements that negative strides reach back to).
array strided_iota(const dims& shape, const dims& strides, std::int64_t itemsize) {
    std::int64_t low = 0, high = 0;
    if (element_count(shape) > 0)
        for (std::size_t i = 0; i < shape.size(); ++i) (strides[i] < 0 ? low : high) += (shape[i] - 1) * strides[i];
    const dtype t = signed_of_size(itemsize);
    const array memory = iota({(high - low) / itemsize + 1}, t);
    return ndarray::view_of(memory, t, shape, strides, -low);
}

template <class Operation>
void expect_error(Operation&& operation, error_category category, const std::string& message) {
    try {
        operation();
        ADD_FAILURE() << "expected " << category_name(category) << ": " << message;
    } catch (const error& e) {
        EXPECT_EQ(e.category(), category) << e.what();
        EXPECT_EQ(std::string(e.what()), message);
    }
}

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

// Whether `a` addresses the memory `source` does (a view) rather than a copy's.
bool shares_buffer(const array& a, const array& source) { return a->memory() == source->memory(); }

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

// ============================================================================================= transposes

TEST(Transpose, PermutesShapeAndStridesAsAView) {
    const array x = iota({2, 3});
    const array t = transpose(x);
    EXPECT_EQ(t->shape(), (dims{3, 2}));
    EXPECT_EQ(t->strides(), (dims{8, 24}));
    EXPECT_EQ(t->base(), x);
    EXPECT_TRUE(t->f_contiguous());
    EXPECT_EQ(transpose(x, dims{1, -2})->strides(), (dims{8, 24}));
    const array one_d = iota({3});
    EXPECT_NE(transpose(one_d), one_d);  // always a new object
    EXPECT_EQ(transpose(one_d)->base(), one_d);
    // The axes pass through a C int: 2**32 becomes 0 and 2**32 + 1 becomes 1.
    EXPECT_EQ(transpose(x, dims{std::int64_t{1} << 32, 1})->strides(), (dims{24, 8}));
    EXPECT_EQ(transpose(x, dims{(std::int64_t{1} << 32) + 1, 0})->strides(), (dims{8, 24}));
}

TEST(Transpose, AxesErrors) {
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { transpose(x, dims{0}); }, value_error, "axes don't match array");
    expect_error([&] { transpose(x, dims{5, 0, 0}); }, value_error, "axes don't match array");
    expect_error([&] { transpose(x, dims{0, 0}); }, value_error, "repeated axis in transpose");
    expect_error([&] { transpose(x, dims{0, 2}); }, value_error, "axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { transpose(x, dims{0, -3}); }, value_error, "axis -3 is out of bounds for array of dimension 2");
    expect_error([&] { transpose(x, dims{std::int64_t{1} << 31, 1}); }, value_error,
                 "axis -2147483648 is out of bounds for array of dimension 2");
}

TEST(Swapaxes, ViewAndNamedAxisErrors) {
    const array x = iota({2, 3});
    const array s = swapaxes(x, -1, 0);
    EXPECT_EQ(s->strides(), (dims{8, 24}));
    EXPECT_EQ(s->base(), x);
    expect_error([&] { swapaxes(x, 0, 2); }, error_category::value_error,
                 "axis2: axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { swapaxes(x, 3, 0); }, error_category::value_error,
                 "axis1: axis 3 is out of bounds for array of dimension 2");
    expect_error([&] { swapaxes(x, std::int64_t{1} << 32, 0); }, error_category::overflow_error,
                 "signed integer is greater than maximum");
    expect_error([&] { swapaxes(x, -(std::int64_t{1} << 32), 0); }, error_category::overflow_error,
                 "signed integer is less than minimum");
}

TEST(Moveaxis, TransposesAndValidatesLikeNumeric) {
    const array z = ndarray::allocate(dtype::float64, {2, 3, 4});
    const array m = moveaxis(z, {0, 1}, {2, 0});
    EXPECT_EQ(m->shape(), (dims{3, 4, 2}));
    EXPECT_EQ(m->strides(), (dims{32, 8, 96}));
    EXPECT_EQ(m->base(), z);
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { moveaxis(x, {0}, {2}); }, value_error,
                 "destination: axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { moveaxis(x, {5}, {9}); }, value_error, "source: axis 5 is out of bounds for array of dimension 2");
    expect_error([&] { moveaxis(x, {0, 0}, {1, 0}); }, value_error, "repeated axis in `source` argument");
    expect_error([&] { moveaxis(x, {0}, {1, 0}); }, value_error,
                 "`source` and `destination` arguments must have the same number of elements");
    expect_error([&] { moveaxis(x, {0}, {-(std::int64_t{1} << 31) - 1}); }, error_category::overflow_error,
                 "Python int too large to convert to C int");
}

// ============================================================================================= squeeze / expand_dims

TEST(Squeeze, RemovesLengthOneAxesOrReturnsTheSameObject) {
    const array o = ndarray::allocate(dtype::float64, {1, 2, 1});
    const array s = squeeze(o);
    EXPECT_EQ(s->shape(), (dims{2}));
    EXPECT_EQ(s->strides(), (dims{8}));
    EXPECT_EQ(s->base(), o);
    EXPECT_EQ(squeeze(o, dims{0, -1})->shape(), (dims{2}));
    EXPECT_EQ(squeeze(o, dims{})->shape(), (dims{1, 2, 1}));
    EXPECT_EQ(squeeze(o, dims{}), o);
    const array x = iota({2, 3});
    EXPECT_EQ(squeeze(x), x);
    const array zero_d = iota({});
    EXPECT_EQ(squeeze(zero_d), zero_d);
    EXPECT_EQ(squeeze_axis(zero_d, 0), zero_d);
    EXPECT_EQ(squeeze_axis(zero_d, -1), zero_d);
}

TEST(Squeeze, Errors) {
    const array x = iota({2, 3});
    const array o = ndarray::allocate(dtype::float64, {1, 2, 1});
    const auto value_error = error_category::value_error;
    expect_error([&] { squeeze_axis(x, 0); }, value_error,
                 "cannot select an axis to squeeze out which has size not equal to one");
    expect_error([&] { squeeze(o, dims{0, 0}); }, value_error, "duplicate value in 'axis'");
    expect_error([&] { squeeze_axis(x, 2); }, value_error, "axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { squeeze(o, dims{std::int64_t{1} << 32}); }, value_error, "integer won't fit into a C int");
    const array zero_d = iota({});
    expect_error([&] { squeeze(zero_d, dims{0}); }, value_error, "axis 0 is out of bounds for array of dimension 0");
    expect_error([&] { squeeze_axis(zero_d, 1); }, value_error, "axis 1 is out of bounds for array of dimension 0");
}

TEST(ExpandDims, InsertsAxesThroughReshape) {
    const array x = iota({2, 3});
    const array e = expand_dims(x, {0, -1});
    EXPECT_EQ(e->shape(), (dims{1, 2, 3, 1}));
    EXPECT_EQ(e->strides(), (dims{48, 24, 8, 8}));
    EXPECT_EQ(e->base(), x);
    const array t = expand_dims(transpose(x), {0, 2, 4});
    EXPECT_EQ(t->shape(), (dims{1, 3, 1, 2, 1}));
    EXPECT_EQ(t->strides(), (dims{24, 8, 48, 24, 24}));
    const array unchanged = expand_dims(x, {});
    EXPECT_NE(unchanged, x);
    EXPECT_EQ(unchanged->strides(), (dims{24, 8}));
    const auto value_error = error_category::value_error;
    expect_error([&] { expand_dims(x, {3}); }, value_error, "axis 3 is out of bounds for array of dimension 3");
    expect_error([&] { expand_dims(x, {-4}); }, value_error, "axis -4 is out of bounds for array of dimension 3");
    expect_error([&] { expand_dims(x, {0, 0}); }, value_error, "repeated axis");
    expect_error([&] { expand_dims(x, {std::int64_t{1} << 32}); }, error_category::overflow_error,
                 "Python int too large to convert to C int");
}

// ============================================================================================= dtype views

TEST(View, NewObjectOverTheSameMemory) {
    const array x = iota({2, 3});
    const array v = view(x);
    EXPECT_NE(v, x);
    EXPECT_EQ(v->base(), x);
    EXPECT_EQ(v->strides(), x->strides());
    EXPECT_EQ(view(v)->base(), x);
    const array t = view(transpose(x));
    EXPECT_EQ(t->base(), x);
    EXPECT_EQ(t->strides(), (dims{8, 24}));
}

TEST(ViewAs, ItemsizeChangesRescaleTheLastAxis) {
    const array x = iota({2, 3});
    const array bytes = view_as(x, dtype::int8);
    EXPECT_EQ(bytes->shape(), (dims{2, 24}));
    EXPECT_EQ(bytes->strides(), (dims{24, 1}));
    EXPECT_EQ(bytes->base(), x);
    const auto first = ints(*bytes);
    EXPECT_EQ(values(first.begin(), first.begin() + 12), (values{0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0}));

    const array pairs = view_as(ndarray::view_of(x, dtype::int64, {2, 2}, {24, 8}), dtype::complex128);  // x[:, :2]
    EXPECT_EQ(pairs->shape(), (dims{2, 1}));
    EXPECT_EQ(pairs->strides(), (dims{24, 16}));

    // x.reshape(6, 1)[::2].view(np.int32): a length-1 last axis may have any stride.
    const array column = ndarray::view_of(x, dtype::int64, {3, 1}, {16, 8});
    const array halves = view_as(column, dtype::int32);
    EXPECT_EQ(halves->shape(), (dims{3, 2}));
    EXPECT_EQ(halves->strides(), (dims{16, 4}));
    EXPECT_EQ(ints(*halves), (values{0, 0, 2, 0, 4, 0}));

    // Empty: np.arange(6.).reshape(2,3)[:, :0].view(np.int8) -> shape (2, 0), strides (24, 1).
    const array empty = view_as(ndarray::view_of(x, dtype::int64, {2, 0}, {24, 8}), dtype::int8);
    EXPECT_EQ(empty->shape(), (dims{2, 0}));
    EXPECT_EQ(empty->strides(), (dims{24, 1}));

    const array zero_d = view_as(iota({}), dtype::float64);
    EXPECT_EQ(zero_d->shape(), dims{});
    EXPECT_EQ(zero_d->type(), dtype::float64);
}

TEST(ViewAs, Errors) {
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { view_as(transpose(x), dtype::int8); }, value_error,
                 "To change to a dtype of a different size, the last axis must be contiguous");
    expect_error([&] { view_as(x, dtype::complex128); }, value_error,
                 "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last "
                 "axis of the array.");
    expect_error([&] { view_as(iota({}), dtype::int8); }, value_error,
                 "Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
    const array narrow = ndarray::view_of(iota({2, 2}, dtype::int8), dtype::int8, {2, 1}, {2, 1});
    expect_error([&] { view_as(narrow, dtype::int16); }, value_error,
                 "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last "
                 "axis of the array.");
}

// ============================================================================================= broadcast_to

TEST(BroadcastTo, ReadOnlyZeroStrideViewOfTheOwner) {
    const array a = iota({6});
    const array b = broadcast_to(a, {2, 6});
    EXPECT_EQ(b->strides(), (dims{0, 8}));
    EXPECT_FALSE(b->writeable());
    EXPECT_FALSE(b->owndata());
    EXPECT_EQ(b->base(), a);  // two broadcasts of a share that base: a itself
    EXPECT_EQ(broadcast_to(a, {2, 6})->base(), b->base());
    EXPECT_NO_THROW(b->set_writeable(true));  // allowed in 1.24: the owner is writeable

    const array m = reshape(a, {2, 3});
    const array bm = broadcast_to(m, {2, 2, 3});
    EXPECT_EQ(bm->base(), a);  // not m: the base collapses to the owner
    EXPECT_EQ(bm->strides(), (dims{0, 24, 8}));

    const array reversed = ndarray::view_of(a, dtype::int64, {3}, {-16}, 40);  // a[::-2]
    const array br = broadcast_to(reversed, {2, 3});
    EXPECT_EQ(br->strides(), (dims{0, -16}));
    EXPECT_EQ(ints(*br), (values{5, 3, 1, 5, 3, 1}));
}

TEST(BroadcastTo, EveryLengthOneAxisGetsStrideZero) {
    const array row = ndarray::allocate(dtype::float64, {1, 3});
    EXPECT_EQ(broadcast_to(row, {1, 3})->strides(), (dims{0, 8}));
    EXPECT_EQ(broadcast_to(row, {2, 1, 3})->strides(), (dims{0, 0, 8}));
    EXPECT_EQ(broadcast_to(row, {0, 3})->strides(), (dims{0, 8}));
    const array column = ndarray::allocate(dtype::float64, {3, 1});
    EXPECT_EQ(broadcast_to(column, {3, 4})->strides(), (dims{8, 0}));
    const array x = iota({2, 3});
    const array empty_rows = ndarray::view_of(x, dtype::int64, {0, 3}, {24, 8});  // x[:0]
    EXPECT_EQ(broadcast_to(empty_rows, {5, 0, 3})->strides(), (dims{0, 24, 8}));
    const array zero_d = iota({});
    EXPECT_EQ(broadcast_to(zero_d, {})->shape(), dims{});
    EXPECT_EQ(broadcast_to(zero_d, {2})->strides(), (dims{0}));
}

TEST(BroadcastTo, Errors) {
    const array a = iota({6});
    const auto value_error = error_category::value_error;
    expect_error([&] { broadcast_to(a, {}); }, value_error, "cannot broadcast a non-scalar to a scalar array");
    expect_error([&] { broadcast_to(a, {-1, 6}); }, value_error, "all elements of broadcast shape must be non-negative");
    expect_error([&] { broadcast_to(a, {4}); }, value_error,
                 "operands could not be broadcast together with remapped shapes [original->remapped]: (6,)  and "
                 "requested shape (4,)");
    expect_error([&] { broadcast_to(iota({2, 3}), {3}); }, value_error,
                 "input operand has more dimensions than allowed by the axis remapping");
    constexpr std::int64_t huge = std::int64_t{1} << 62;
    const array one = iota({1});
    expect_error([&] { broadcast_to(one, {huge, huge}); }, value_error, "iterator is too large");
    expect_error([&] { broadcast_to(one, {std::int64_t{1} << 60}); }, value_error,
                 "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    expect_error([&] { broadcast_to(iota({3}), {huge, huge, 3}); }, value_error, "iterator is too large");
}

// ============================================================================================= as_strided

TEST(AsStrided, BaseIsAFreshForeignObjectHoldingTheSource) {
    const array a = iota({6});
    const array s = as_strided(a, dims{3}, dims{16});
    EXPECT_EQ(s->base_array(), nullptr);
    ASSERT_NE(s->base(), nullptr);
    const auto dummy = std::dynamic_pointer_cast<foreign_base>(s->base());
    ASSERT_NE(dummy, nullptr);
    EXPECT_EQ(dummy->source(), a);  // a DummyArray's .base is the source
    EXPECT_NE(as_strided(a, dims{3}, dims{16})->base(), s->base());
    EXPECT_FALSE(s->owndata());
    EXPECT_TRUE(s->writeable());
    EXPECT_EQ(ints(*s), (values{0, 2, 4}));
    store_element(dtype::int64, s->data() + 16, make_int64(20));  // s[1] = 20
    EXPECT_EQ(ints(*a), (values{0, 1, 20, 3, 4, 5}));

    // Views of it stop collapsing there.
    const array v = ndarray::view_of(s, dtype::int64, {2}, {16}, 16);  // s[1:]
    EXPECT_EQ(v->base(), s);
    EXPECT_EQ(reshape(v, {-1})->base(), s);
}

TEST(AsStrided, WriteabilityFollowsTheSourceAndStaysOffOnceCleared) {
    const array a = iota({6});
    const array r = as_strided(a, std::nullopt, std::nullopt, false);
    EXPECT_FALSE(r->writeable());
    expect_error([&] { r->set_writeable(true); }, error_category::value_error,
                 "cannot set WRITEABLE flag to True of this array");
    EXPECT_FALSE(view(r)->writeable());
    EXPECT_EQ(view(r)->base(), r);
    const array read_only = iota({3});
    read_only->set_writeable(false);
    EXPECT_FALSE(as_strided(read_only, std::nullopt, std::nullopt)->writeable());
    EXPECT_FALSE(as_strided(broadcast_to(a, {2, 6}), std::nullopt, std::nullopt)->writeable());
}

TEST(AsStrided, DefaultStridesComeFromTheArrayInterface) {
    const array a = iota({6});
    EXPECT_EQ(as_strided(a, dims{3, 2}, std::nullopt)->strides(), (dims{16, 8}));  // C-contiguous: none reported
    const array every_other = ndarray::view_of(a, dtype::int64, {3}, {16});
    EXPECT_EQ(as_strided(every_other, dims{3}, std::nullopt)->strides(), (dims{16}));
    EXPECT_EQ(ints(*as_strided(every_other, std::nullopt, dims{8})), (values{0, 1, 2}));
    const array t = transpose(iota({2, 3}));
    EXPECT_EQ(as_strided(t, std::nullopt, std::nullopt)->strides(), (dims{8, 24}));
    EXPECT_EQ(as_strided(t, dims{2, 3}, std::nullopt)->strides(), (dims{8, 24}));
    const array empty = strided_iota({0, 3}, {24, 8}, 8);
    EXPECT_EQ(as_strided(empty, std::nullopt, std::nullopt)->strides(), (dims{24, 8}));
    EXPECT_EQ(as_strided(empty, dims{3, 0}, std::nullopt)->strides(), (dims{8, 8}));

    const auto value_error = error_category::value_error;
    expect_error([&] { as_strided(every_other, dims{3, 1}, std::nullopt); }, value_error,
                 "mismatch in length of strides and shape");
    expect_error([&] { as_strided(a, std::nullopt, dims{8, 8}); }, value_error, "mismatch in length of strides and shape");
    expect_error([&] { as_strided(a, dims{2, -1}, dims{8}); }, value_error, "negative dimensions are not allowed");
    expect_error([&] { as_strided(iota({0}), dims{std::int64_t{1} << 60, 0}, dims{8, 8}); }, value_error,
                 "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
}

// ============================================================================================= diagonal

TEST(Diagonal, ReadOnlyViewWithSummedStride) {
    const array x = iota({2, 3});
    const array d = diagonal(x);
    EXPECT_EQ(d->shape(), (dims{2}));
    EXPECT_EQ(d->strides(), (dims{32}));
    EXPECT_FALSE(d->writeable());
    EXPECT_EQ(d->base(), x);
    EXPECT_EQ(ints(*d), (values{0, 4}));
    EXPECT_NO_THROW(d->set_writeable(true));  // allowed in 1.24: x is writeable
    EXPECT_EQ(ints(*diagonal(x, 1)), (values{1, 5}));
    EXPECT_EQ(ints(*diagonal(x, -1)), (values{3}));
    EXPECT_EQ(ints(*diagonal(x, 0, -1, 0)), (values{0, 4}));
    const array beyond = diagonal(x, 5);  // empty, and the start does not move
    EXPECT_EQ(beyond->shape(), (dims{0}));
    EXPECT_EQ(beyond->strides(), (dims{32}));
    EXPECT_EQ(beyond->data(), x->data());
    EXPECT_EQ(diagonal(x, 3)->shape(), (dims{0}));

    // m = np.arange(9).reshape(3, 3): m.diagonal().base is m.base, not m.
    const array a = iota({9});
    const array m = reshape(a, {3, 3});
    EXPECT_EQ(diagonal(m)->base(), a);
}

TEST(Diagonal, OverOtherAxesOfAThreeDimensionalArray) {
    const array z = iota({2, 3, 4});
    const array d = diagonal(z, 0, 0, 2);
    EXPECT_EQ(d->shape(), (dims{3, 2}));
    EXPECT_EQ(d->strides(), (dims{32, 104}));
    EXPECT_EQ(ints(*d), (values{0, 13, 4, 17, 8, 21}));
    const array e = diagonal(z, 1, 2, 0);
    EXPECT_EQ(e->shape(), (dims{3, 1}));
    EXPECT_EQ(e->data() - z->data(), 96);
    EXPECT_EQ(ints(*e), (values{12, 16, 20}));
    const array f = diagonal(z, -1, 1, 2);
    EXPECT_EQ(f->shape(), (dims{2, 2}));
    EXPECT_EQ(f->strides(), (dims{96, 40}));
    EXPECT_EQ(ints(*f), (values{4, 9, 16, 21}));
}

TEST(Diagonal, Errors) {
    const array x = iota({2, 3});
    const auto value_error = error_category::value_error;
    expect_error([&] { diagonal(iota({6})); }, value_error, "diag requires an array of at least two dimensions");
    expect_error([&] { diagonal(x, 0, 0, 0); }, value_error, "axis1 and axis2 cannot be the same");
    expect_error([&] { diagonal(x, 0, 0, 2); }, value_error, "axis2: axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { diagonal(x, 0, 0, -(std::int64_t{1} << 31)); }, value_error,
                 "axis2: axis -2147483648 is out of bounds for array of dimension 2");
    expect_error([&] { diagonal(x, std::int64_t{1} << 31); }, error_category::overflow_error,
                 "signed integer is greater than maximum");
    expect_error([&] { diagonal(x, 0, -(std::int64_t{1} << 31) - 1, 1); }, error_category::overflow_error,
                 "signed integer is less than minimum");
}

// ============================================================================================= flip

TEST(Flip, NegativeStrideViewsFromTheLastElement) {
    const array x = iota({2, 3});
    const array all = flip(x);
    EXPECT_EQ(all->strides(), (dims{-24, -8}));
    EXPECT_EQ(all->data() - x->data(), 40);
    EXPECT_EQ(all->base(), x);
    EXPECT_EQ(ints(*all), (values{5, 4, 3, 2, 1, 0}));
    const array columns = flip(x, dims{-1});
    EXPECT_EQ(columns->strides(), (dims{24, -8}));
    EXPECT_EQ(columns->data() - x->data(), 16);
    EXPECT_EQ(ints(*columns), (values{2, 1, 0, 5, 4, 3}));
    const array every_other = ndarray::view_of(x, dtype::int64, {2, 2}, {24, 16});  // x[:, ::2]
    EXPECT_EQ(ints(*flip(every_other)), (values{5, 3, 2, 0}));
    EXPECT_EQ(flip(every_other)->strides(), (dims{-24, -16}));
    const array none = flip(x, dims{});
    EXPECT_NE(none, x);
    EXPECT_EQ(none->strides(), (dims{24, 8}));
    EXPECT_EQ(none->base(), x);
}

TEST(Flip, EmptyAxesKeepTheirStride) {
    const array x = iota({2, 3});
    const array rows = ndarray::view_of(x, dtype::int64, {0, 3}, {24, 8});  // x[:0]
    const array f = flip(rows);
    EXPECT_EQ(f->strides(), (dims{24, -8}));
    EXPECT_EQ(f->data() - x->data(), 16);
    const array columns = ndarray::view_of(x, dtype::int64, {2, 0}, {24, 8});  // x[:, :0]
    const array g = flip(columns, dims{0});
    EXPECT_EQ(g->strides(), (dims{-24, 8}));
    EXPECT_EQ(g->data() - x->data(), 24);
}

TEST(Flip, ZeroDimensionalGivesAScalarLikeCopyAndErrors) {
    const array zero_d = iota({});
    const array s = flip(zero_d);
    EXPECT_EQ(s->base(), nullptr);
    EXPECT_TRUE(s->owndata());
    EXPECT_FALSE(s->writeable());
    EXPECT_EQ(ints(*s), (values{0}));
    const auto value_error = error_category::value_error;
    expect_error([&] { flip(zero_d, dims{0}); }, value_error, "axis 0 is out of bounds for array of dimension 0");
    const array x = iota({2, 3});
    expect_error([&] { flip(x, dims{2}); }, value_error, "axis 2 is out of bounds for array of dimension 2");
    expect_error([&] { flip(x, dims{0, -2}); }, value_error, "repeated axis");
    expect_error([&] { flip(x, dims{std::int64_t{1} << 31}); }, error_category::overflow_error,
                 "Python int too large to convert to C int");
}

// ============================================================================================= real / imag

TEST(RealImag, ComplexPartsAreViewsAtOffsetZeroAndHalfAnItem) {
    const array c = ndarray::allocate(dtype::complex128, {2});
    store_element(dtype::complex128, c->data(), make_complex128({1, 2}));
    store_element(dtype::complex128, c->data() + 16, make_complex128({3, 4}));
    const array re = real(c), im = imag(c);
    EXPECT_EQ(re->type(), dtype::float64);
    EXPECT_EQ(re->strides(), (dims{16}));
    EXPECT_EQ(re->base(), c);
    EXPECT_TRUE(re->writeable());
    EXPECT_EQ(doubles(*re), (std::vector<double>{1, 3}));
    EXPECT_EQ(im->data() - c->data(), 8);
    EXPECT_EQ(im->base(), c);
    EXPECT_EQ(doubles(*im), (std::vector<double>{2, 4}));
    store_element(dtype::float64, re->data(), make_float64(10));  // c.real[0] = 10
    EXPECT_EQ(load_element(dtype::complex128, c->data()).as_complex(), std::complex<double>(10, 2));

    const array c64 = transpose(iota({2, 2}, dtype::complex64));
    EXPECT_EQ(real(c64)->type(), dtype::float32);
    EXPECT_EQ(imag(c64)->strides(), (dims{8, 16}));
    c->set_writeable(false);
    EXPECT_FALSE(real(c)->writeable());
    EXPECT_FALSE(imag(c)->writeable());
}

TEST(RealImag, RealArraysGiveThemselvesAndFreshReadOnlyZeros) {
    const array f = iota({3}, dtype::float64);
    EXPECT_EQ(real(f), f);
    const array z = imag(f);
    EXPECT_EQ(z->base(), nullptr);
    EXPECT_TRUE(z->owndata());
    EXPECT_FALSE(z->writeable());
    EXPECT_EQ(z->type(), dtype::float64);
    EXPECT_EQ(doubles(*z), (std::vector<double>{0, 0, 0}));
    EXPECT_EQ(imag(iota({3}, dtype::int8))->type(), dtype::int8);
    EXPECT_EQ(imag(iota({1}, dtype::bool_))->type(), dtype::bool_);

    const array x = iota({2, 3}, dtype::float64);
    EXPECT_EQ(imag(x)->strides(), (dims{24, 8}));
    EXPECT_EQ(imag(transpose(x))->strides(), (dims{8, 24}));  // Fortran-ordered like its source
    EXPECT_EQ(imag(ndarray::view_of(x, dtype::float64, {2, 2}, {24, 16}))->strides(), (dims{16, 8}));
    EXPECT_EQ(imag(ndarray::allocate(dtype::float64, {3, 1}))->strides(), (dims{8, 8}));
}
