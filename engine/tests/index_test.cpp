// Tests of indexing (engine/index.hpp). The tables were produced by running each index through NumPy 1.24
// (Debian's /usr/bin/python3) and recording shape, strides, whether `.base` is None / the source / another
// array, the contiguity and owndata flags and the values — or the exact exception, and for assignments
// the array's values afterwards (a failed assignment must leave them unchanged) — so every row is an
// oracle check. The hand-written tests after them cover identity, the temporaries behind advanced
// results, writeability and the array form used by in-place operators, also checked against NumPy.
#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <limits>
#include <string>
#include <variant>

#include "engine/error.hpp"
#include "engine/semantics.hpp"
#include "engine/index.hpp"
#include "test_support.hpp"

using namespace engine;
using engine::testing::doubles;
using engine::testing::ints;
using engine::testing::iota;

namespace {

// A fresh C-ordered array with the given values (np.array(values, dtype).reshape(shape)).
array arr(dtype t, const dims& shape, const std::vector<std::int64_t>& values) {
    array out = ndarray::allocate(t, shape);
    for (std::size_t i = 0; i < values.size(); ++i)
        store_element(t, out->data() + static_cast<std::int64_t>(i) * out->itemsize(), make_int64(values[i]));
    return out;
}

// The same from floating-point values (np.array(values, dtype)).
array farr(const dims& shape, const std::vector<double>& values, dtype t = dtype::float64) {
    array out = ndarray::allocate(t, shape);
    for (std::size_t i = 0; i < values.size(); ++i)
        store_element(t, out->data() + static_cast<std::int64_t>(i) * out->itemsize(), make_float64(values[i]));
    return out;
}

array carr(const dims& shape, const std::vector<std::complex<double>>& values) {
    array out = ndarray::allocate(dtype::complex128, shape);
    for (std::size_t i = 0; i < values.size(); ++i)
        store_element(dtype::complex128, out->data() + static_cast<std::int64_t>(i) * 16, make_complex128(values[i]));
    return out;
}

// a.T
array transposed(const array& a) {
    dims shape(a->shape().rbegin(), a->shape().rend()), strides(a->strides().rbegin(), a->strides().rend());
    return ndarray::view_of(a, a->type(), shape, strides);
}

// a[::-1, ::-1, ...]
array reversed_all(const array& a) {
    dims strides = a->strides();
    std::int64_t offset = 0;
    for (std::size_t i = 0; i < strides.size(); ++i) {
        offset += (a->shape()[i] - 1) * strides[i];
        strides[i] = -strides[i];
    }
    return ndarray::view_of(a, a->type(), a->shape(), strides, offset);
}

// The first n elements of the memory under a C-ordered array (or view of one), as a 1-d view.
array memory_prefix(const array& a, std::int64_t n) {
    const array owner = a->base_array() ? a->base_array() : a;
    return ndarray::view_of(owner, owner->type(), {n}, {owner->itemsize()});
}

// The arrays the tables index, by name (fresh for every row).
array fixture(const std::string& name) {
    if (name == "x") return iota({2, 3, 4});
    if (name == "a") return iota({10});
    if (name == "y") return iota({4, 5});
    if (name == "yT") return transposed(iota({4, 5}));
    if (name == "z") return arr(dtype::int64, {}, {5});
    if (name == "e") return iota({2, 0});
    if (name == "f") return iota({2, 3}, dtype::float32);
    if (name == "xF") return iota({2, 3, 4}, dtype::int64, order::F);
    if (name == "ys") return ndarray::view_of(iota({4, 5}), dtype::int64, {4, 3}, {40, 16});
    if (name == "xr") {
        array x = iota({2, 3, 4});
        x->set_writeable(false);
        return x;
    }
    throw std::invalid_argument("unknown fixture " + name);
}

enum class base_kind { none, source, other };

struct array_result {
    dims shape, strides;
    base_kind base;
    bool c_contiguous, f_contiguous, owndata;
    std::vector<std::int64_t> values;
};
struct scalar_result {
    dtype type;
    std::int64_t value;
};
struct error_result {
    error_category category;
    std::string message;
};

struct getitem_case {
    std::string label, source;
    index_expr index;
    std::variant<array_result, scalar_result, error_result> expected;
};

struct setitem_case {
    std::string label, source;
    index_expr index;
    array (*value)(const array& source);
    std::variant<std::vector<double>, error_result> expected;  // the source's values afterwards
};

const std::vector<getitem_case> basic_cases = {
{"x[1]", "x", {std::int64_t{1}}, array_result{{3,4}, {32,8}, base_kind::source, true, false, false, {12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[-1]", "x", {std::int64_t{-1}}, array_result{{3,4}, {32,8}, base_kind::source, true, false, false, {12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[(0, 2)]", "x", {std::int64_t{0}, std::int64_t{2}}, array_result{{4}, {8}, base_kind::source, true, true, false, {8,9,10,11}}},
{"x[(1, -1, -2)]", "x", {std::int64_t{1}, std::int64_t{-1}, std::int64_t{-2}}, scalar_result{dtype::int64, 22}},
{"x[5]", "x", {std::int64_t{5}}, error_result{error_category::index_error, "index 5 is out of bounds for axis 0 with size 2"}},
{"x[-3]", "x", {std::int64_t{-3}}, error_result{error_category::index_error, "index -3 is out of bounds for axis 0 with size 2"}},
{"x[(0, 3)]", "x", {std::int64_t{0}, std::int64_t{3}}, error_result{error_category::index_error, "index 3 is out of bounds for axis 1 with size 3"}},
{"x[(0, 0, 0, 0)]", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, error_result{error_category::index_error, "too many indices for array: array is 3-dimensional, but 4 were indexed"}},
{"x[(slice(None, None, None), 1)]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{1}}, array_result{{2,4}, {96,8}, base_kind::source, false, false, false, {4,5,6,7,16,17,18,19}}},
{"x[(Ellipsis, 1)]", "x", {ellipsis_index{}, std::int64_t{1}}, array_result{{2,3}, {96,32}, base_kind::source, false, false, false, {1,5,9,13,17,21}}},
{"x[(1, Ellipsis, 1)]", "x", {std::int64_t{1}, ellipsis_index{}, std::int64_t{1}}, array_result{{3}, {32}, base_kind::source, false, false, false, {13,17,21}}},
{"x[Ellipsis]", "x", {ellipsis_index{}}, array_result{{2,3,4}, {96,32,8}, base_kind::source, true, false, false, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[()]", "x", {}, array_result{{2,3,4}, {96,32,8}, base_kind::source, true, false, false, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[(0, 0, 0, Ellipsis)]", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}, ellipsis_index{}}, array_result{{}, {}, base_kind::source, true, true, false, {0}}},
{"x[(Ellipsis, Ellipsis)]", "x", {ellipsis_index{}, ellipsis_index{}}, error_result{error_category::index_error, "an index can only have a single ellipsis ('...')"}},
{"x[(None, 0, None, slice(None, None, None), None)]", "x", {newaxis_index{}, std::int64_t{0}, newaxis_index{}, slice_spec{std::nullopt, std::nullopt, std::nullopt}, newaxis_index{}}, array_result{{1,1,3,1,4}, {0,0,32,0,8}, base_kind::source, true, false, false, {0,1,2,3,4,5,6,7,8,9,10,11}}},
{"x[(slice(None, None, -1), slice(1, None, None), slice(None, None, 2))]", "x", {slice_spec{std::nullopt, std::nullopt, -1}, slice_spec{1, std::nullopt, std::nullopt}, slice_spec{std::nullopt, std::nullopt, 2}}, array_result{{2,2,2}, {-96,32,16}, base_kind::source, false, false, false, {16,18,20,22,4,6,8,10}}},
{"x[(slice(None, None, None), slice(5, 1, None))]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, slice_spec{5, 1, std::nullopt}}, array_result{{2,0,4}, {96,32,8}, base_kind::source, true, true, false, {}}},
{"x[(slice(None, None, 0),)]", "x", {slice_spec{std::nullopt, std::nullopt, 0}}, error_result{error_category::value_error, "slice step cannot be zero"}},
{"x[(slice(None, None, 0), 5)]", "x", {slice_spec{std::nullopt, std::nullopt, 0}, std::int64_t{5}}, error_result{error_category::value_error, "slice step cannot be zero"}},
{"x[(5, slice(None, None, 0))]", "x", {std::int64_t{5}, slice_spec{std::nullopt, std::nullopt, 0}}, error_result{error_category::index_error, "index 5 is out of bounds for axis 0 with size 2"}},
{"x[(slice(-100, 100, None), slice(100, -100, -1))]", "x", {slice_spec{-100, 100, std::nullopt}, slice_spec{100, -100, -1}}, array_result{{2,3,4}, {96,-32,8}, base_kind::source, false, false, false, {8,9,10,11,4,5,6,7,0,1,2,3,20,21,22,23,16,17,18,19,12,13,14,15}}},
{"a[slice(2, 8, 3)]", "a", {slice_spec{2, 8, 3}}, array_result{{2}, {24}, base_kind::source, false, false, false, {2,5}}},
{"a[slice(8, 2, -3)]", "a", {slice_spec{8, 2, -3}}, array_result{{2}, {-24}, base_kind::source, false, false, false, {8,5}}},
{"a[slice(None, None, -4)]", "a", {slice_spec{std::nullopt, std::nullopt, -4}}, array_result{{3}, {-32}, base_kind::source, false, false, false, {9,5,1}}},
{"a[slice(-3, None, None)]", "a", {slice_spec{-3, std::nullopt, std::nullopt}}, array_result{{3}, {8}, base_kind::source, true, true, false, {7,8,9}}},
{"a[slice(100, None, -1)]", "a", {slice_spec{100, std::nullopt, -1}}, array_result{{10}, {-8}, base_kind::source, false, false, false, {9,8,7,6,5,4,3,2,1,0}}},
{"a[(slice(None, None, -2),)]", "a", {slice_spec{std::nullopt, std::nullopt, -2}}, array_result{{5}, {-16}, base_kind::source, false, false, false, {9,7,5,3,1}}},
{"yT[(slice(None, None, -1), 1)]", "yT", {slice_spec{std::nullopt, std::nullopt, -1}, std::int64_t{1}}, array_result{{5}, {-8}, base_kind::source, false, false, false, {9,8,7,6,5}}},
{"yT[2]", "yT", {std::int64_t{2}}, array_result{{4}, {40}, base_kind::source, false, false, false, {2,7,12,17}}},
{"xF[(slice(None, None, None), 1)]", "xF", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{1}}, array_result{{2,4}, {8,48}, base_kind::source, false, false, false, {4,5,6,7,16,17,18,19}}},
{"z[()]", "z", {}, scalar_result{dtype::int64, 5}},
{"z[Ellipsis]", "z", {ellipsis_index{}}, array_result{{}, {}, base_kind::source, true, true, false, {5}}},
{"z[None]", "z", {newaxis_index{}}, array_result{{1}, {0}, base_kind::source, true, true, false, {5}}},
{"z[(None, Ellipsis, None)]", "z", {newaxis_index{}, ellipsis_index{}, newaxis_index{}}, array_result{{1,1}, {0,0}, base_kind::source, true, true, false, {5}}},
{"z[0]", "z", {std::int64_t{0}}, error_result{error_category::index_error, "too many indices for array: array is 0-dimensional, but 1 were indexed"}},
{"f[(1, 2)]", "f", {std::int64_t{1}, std::int64_t{2}}, scalar_result{dtype::float32, 5}},
{"f[1]", "f", {std::int64_t{1}}, array_result{{3}, {4}, base_kind::source, true, true, false, {3,4,5}}},
{"a[(None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)]", "a", {newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}}, error_result{error_category::index_error, "number of dimensions must be within [0, 32], indexing result would have 33"}},
{"a[(None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)]", "a", {newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}}, array_result{{1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,10}, {0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8}, base_kind::source, true, true, false, {0,1,2,3,4,5,6,7,8,9}}},
{"a[(None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None)]", "a", {newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}, newaxis_index{}}, error_result{error_category::index_error, "too many indices for array"}},
};

const std::vector<getitem_case> zero_d_integer_array_cases = {
{"x[int64(1)]", "x", {arr(dtype::int64, {}, {1})}, array_result{{3,4}, {32,8}, base_kind::none, true, false, true, {12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[(int64(1), 0)]", "x", {arr(dtype::int64, {}, {1}), std::int64_t{0}}, array_result{{4}, {8}, base_kind::none, true, true, true, {12,13,14,15}}},
{"x[(int64(1), 0, int64(-1))]", "x", {arr(dtype::int64, {}, {1}), std::int64_t{0}, arr(dtype::int64, {}, {-1})}, scalar_result{dtype::int64, 15}},
{"x[(int64(1), slice(None, None, None), 1)]", "x", {arr(dtype::int64, {}, {1}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{1}}, array_result{{3}, {8}, base_kind::none, true, true, true, {13,17,21}}},
{"a[int64(5)]", "a", {arr(dtype::int64, {}, {5})}, scalar_result{dtype::int64, 5}},
{"x[(uint8(1), Ellipsis)]", "x", {arr(dtype::uint8, {}, {1}), ellipsis_index{}}, array_result{{3,4}, {32,8}, base_kind::none, true, false, true, {12,13,14,15,16,17,18,19,20,21,22,23}}},
{"yT[int64(1)]", "yT", {arr(dtype::int64, {}, {1})}, array_result{{4}, {8}, base_kind::none, true, true, true, {1,6,11,16}}},
{"z[int64(0)]", "z", {arr(dtype::int64, {}, {0})}, error_result{error_category::index_error, "too many indices for array: array is 0-dimensional, but 1 were indexed"}},
{"e[int64(1)]", "e", {arr(dtype::int64, {}, {1})}, array_result{{0}, {0}, base_kind::none, true, true, true, {}}},
{"a[uint64(18446744073709551615)]", "a", {arr(dtype::uint64, {}, {-1})}, error_result{error_category::overflow_error, "Python int too large to convert to C long"}},
{"a[(int8(3), Ellipsis)]", "a", {arr(dtype::int8, {}, {3}), ellipsis_index{}}, array_result{{}, {}, base_kind::none, true, true, true, {3}}},
};

const std::vector<getitem_case> integer_array_cases = {
{"a[[1, 3, -1]]", "a", {arr(dtype::int64, {3}, {1,3,-1})}, array_result{{3}, {8}, base_kind::none, true, true, true, {1,3,9}}},
{"a[int64([[1, 2], [3, 4]])]", "a", {arr(dtype::int64, {2,2}, {1,2,3,4})}, array_result{{2,2}, {16,8}, base_kind::none, true, false, true, {1,2,3,4}}},
{"a[T([[1, 2, 3], [4, 5, 6]])]", "a", {transposed(arr(dtype::int64, {2,3}, {1,2,3,4,5,6}))}, array_result{{3,2}, {8,24}, base_kind::none, false, true, true, {1,4,2,5,3,6}}},
{"a[T([[1, 2, 3], [4, 5, 6]], int32)]", "a", {transposed(arr(dtype::int32, {2,3}, {1,2,3,4,5,6}))}, array_result{{3,2}, {8,24}, base_kind::none, false, true, true, {1,4,2,5,3,6}}},
{"a[R([[1, 2, 3], [4, 5, 6]])]", "a", {reversed_all(arr(dtype::int64, {2,3}, {1,2,3,4,5,6}))}, array_result{{2,3}, {24,8}, base_kind::none, true, false, true, {6,5,4,3,2,1}}},
{"a[[10]]", "a", {arr(dtype::int64, {1}, {10})}, error_result{error_category::index_error, "index 10 is out of bounds for axis 0 with size 10"}},
{"a[[-11]]", "a", {arr(dtype::int64, {1}, {-11})}, error_result{error_category::index_error, "index -11 is out of bounds for axis 0 with size 10"}},
{"a[uint64([18446744073709551615])]", "a", {arr(dtype::uint64, {1}, {-1})}, array_result{{1}, {8}, base_kind::none, true, true, true, {9}}},
{"a[uint8([255])]", "a", {arr(dtype::uint8, {1}, {255})}, error_result{error_category::index_error, "index 255 is out of bounds for axis 0 with size 10"}},
{"x[[0, 1]]", "x", {arr(dtype::int64, {2}, {0,1})}, array_result{{2,3,4}, {96,32,8}, base_kind::none, true, false, true, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[(slice(None, None, None), [0, 1])]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, array_result{{2,2,4}, {32,64,8}, base_kind::other, false, false, false, {0,1,2,3,4,5,6,7,12,13,14,15,16,17,18,19}}},
{"x[(slice(None, None, None), slice(None, None, None), [3, 0])]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {3,0})}, array_result{{2,3,2}, {24,8,48}, base_kind::other, false, false, false, {3,0,7,4,11,8,15,12,19,16,23,20}}},
{"x[([0, 1], [2, 0])]", "x", {arr(dtype::int64, {2}, {0,1}), arr(dtype::int64, {2}, {2,0})}, array_result{{2,4}, {32,8}, base_kind::none, true, false, true, {8,9,10,11,12,13,14,15}}},
{"x[([0, 1], slice(None, None, None), [0, 1])]", "x", {arr(dtype::int64, {2}, {0,1}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, array_result{{2,3}, {24,8}, base_kind::none, true, false, true, {0,4,8,13,17,21}}},
{"x[(0, slice(None, None, None), [0, 1])]", "x", {std::int64_t{0}, slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, array_result{{2,3}, {24,8}, base_kind::none, true, false, true, {0,4,8,1,5,9}}},
{"x[(slice(None, None, None), 0, [0, 1])]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{0}, arr(dtype::int64, {2}, {0,1})}, array_result{{2,2}, {8,16}, base_kind::other, false, true, false, {0,1,12,13}}},
{"x[([1, 0], 0)]", "x", {arr(dtype::int64, {2}, {1,0}), std::int64_t{0}}, array_result{{2,4}, {32,8}, base_kind::none, true, false, true, {12,13,14,15,0,1,2,3}}},
{"x[(slice(None, None, None), [0, 1], 0)]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1}), std::int64_t{0}}, array_result{{2,2}, {8,16}, base_kind::other, false, true, false, {0,4,12,16}}},
{"x[([1], [2], [3])]", "x", {arr(dtype::int64, {1}, {1}), arr(dtype::int64, {1}, {2}), arr(dtype::int64, {1}, {3})}, array_result{{1}, {8}, base_kind::none, true, true, true, {23}}},
{"x[([[0], [1]], [0, 1, 2])]", "x", {arr(dtype::int64, {2,1}, {0,1}), arr(dtype::int64, {3}, {0,1,2})}, array_result{{2,3,4}, {96,32,8}, base_kind::none, true, false, true, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[([[0], [1]], slice(None, None, None), [0, 1, 2, 3])]", "x", {arr(dtype::int64, {2,1}, {0,1}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {4}, {0,1,2,3})}, array_result{{2,4,3}, {96,24,8}, base_kind::none, true, false, true, {0,4,8,1,5,9,2,6,10,3,7,11,12,16,20,13,17,21,14,18,22,15,19,23}}},
{"x[(slice(None, None, None), None, [0, 1])]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, newaxis_index{}, arr(dtype::int64, {2}, {0,1})}, array_result{{2,1,2,4}, {32,8,64,8}, base_kind::other, false, false, false, {0,1,2,3,4,5,6,7,12,13,14,15,16,17,18,19}}},
{"x[(None, slice(None, None, None), [0, 1])]", "x", {newaxis_index{}, slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, array_result{{1,2,2,4}, {8,32,64,8}, base_kind::other, false, false, false, {0,1,2,3,4,5,6,7,12,13,14,15,16,17,18,19}}},
{"x[(slice(None, None, None), [0, 1], None)]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1}), newaxis_index{}}, array_result{{2,2,1,4}, {32,64,8,8}, base_kind::other, false, false, false, {0,1,2,3,4,5,6,7,12,13,14,15,16,17,18,19}}},
{"x[(Ellipsis, T([[0, 1], [1, 0], [0, 0]]))]", "x", {ellipsis_index{}, transposed(arr(dtype::int64, {3,2}, {0,1,1,0,0,0}))}, array_result{{2,3,2,3}, {24,8,144,48}, base_kind::other, false, false, false, {0,1,0,1,0,0,4,5,4,5,4,4,8,9,8,9,8,8,12,13,12,13,12,12,16,17,16,17,16,16,20,21,20,21,20,20}}},
{"x[T([[0, 1], [1, 0], [0, 0]])]", "x", {transposed(arr(dtype::int64, {3,2}, {0,1,1,0,0,0}))}, array_result{{2,3,3,4}, {288,96,32,8}, base_kind::none, true, false, true, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,0,1,2,3,4,5,6,7,8,9,10,11,0,1,2,3,4,5,6,7,8,9,10,11}}},
{"x[([0, 1], [0, 1, 2])]", "x", {arr(dtype::int64, {2}, {0,1}), arr(dtype::int64, {3}, {0,1,2})}, error_result{error_category::index_error, "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) "}},
{"x[([0, 1], slice(None, None, None), [0, 1, 2])]", "x", {arr(dtype::int64, {2}, {0,1}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {3}, {0,1,2})}, error_result{error_category::index_error, "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) "}},
{"x[(slice(None, None, None), [5])]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {1}, {5})}, error_result{error_category::index_error, "index 5 is out of bounds for axis 1 with size 3"}},
{"x[([0, 9], slice(1, 2, None), 7)]", "x", {arr(dtype::int64, {2}, {0,9}), slice_spec{1, 2, std::nullopt}, std::int64_t{7}}, error_result{error_category::index_error, "index 7 is out of bounds for axis 2 with size 4"}},
{"x[([9], slice(None, None, 0))]", "x", {arr(dtype::int64, {1}, {9}), slice_spec{std::nullopt, std::nullopt, 0}}, error_result{error_category::value_error, "slice step cannot be zero"}},
{"x[(5, [0, 1])]", "x", {std::int64_t{5}, arr(dtype::int64, {2}, {0,1})}, error_result{error_category::index_error, "index 5 is out of bounds for axis 0 with size 2"}},
{"x[(0, [0, 1], 5)]", "x", {std::int64_t{0}, arr(dtype::int64, {2}, {0,1}), std::int64_t{5}}, error_result{error_category::index_error, "index 5 is out of bounds for axis 2 with size 4"}},
{"x[float64([1.0])]", "x", {arr(dtype::float64, {1}, {1})}, error_result{error_category::index_error, "arrays used as indices must be of integer (or boolean) type"}},
{"x[(9, float64([1.0]))]", "x", {std::int64_t{9}, arr(dtype::float64, {1}, {1})}, error_result{error_category::index_error, "arrays used as indices must be of integer (or boolean) type"}},
{"x[int64([])]", "x", {arr(dtype::int64, {0}, {})}, array_result{{0,3,4}, {0,0,0}, base_kind::none, true, true, true, {}}},
{"x[(slice(None, None, None), int64([]))]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {0}, {})}, array_result{{2,0,4}, {0,0,0}, base_kind::other, true, true, false, {}}},
{"x[(slice(None, 0, None), [0, 1])]", "x", {slice_spec{std::nullopt, 0, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, array_result{{0,2,4}, {0,0,0}, base_kind::other, true, true, false, {}}},
{"x[([0, 1], slice(None, 0, None))]", "x", {arr(dtype::int64, {2}, {0,1}), slice_spec{std::nullopt, 0, std::nullopt}}, array_result{{2,0,4}, {0,0,0}, base_kind::none, true, true, true, {}}},
{"x[(int64([]), [5])]", "x", {arr(dtype::int64, {0}, {}), arr(dtype::int64, {1}, {5})}, array_result{{0,4}, {0,0}, base_kind::none, true, true, true, {}}},
{"x[([5], slice(None, 0, None))]", "x", {arr(dtype::int64, {1}, {5}), slice_spec{std::nullopt, 0, std::nullopt}}, array_result{{1,0,4}, {0,0,0}, base_kind::none, true, true, true, {}}},
{"e[[5]]", "e", {arr(dtype::int64, {1}, {5})}, array_result{{1,0}, {0,0}, base_kind::none, true, true, true, {}}},
{"e[([1], [0])]", "e", {arr(dtype::int64, {1}, {1}), arr(dtype::int64, {1}, {0})}, error_result{error_category::index_error, "index 0 is out of bounds for axis 1 with size 0"}},
{"y[(T([[0, 1, 2], [3, 0, 1]]), T([[0, 1, 2], [3, 4, 0]]))]", "y", {transposed(arr(dtype::int64, {2,3}, {0,1,2,3,0,1})), transposed(arr(dtype::int64, {2,3}, {0,1,2,3,4,0}))}, array_result{{3,2}, {8,24}, base_kind::none, false, true, true, {0,18,6,4,12,5}}},
{"y[(T([[0, 1, 2]]), int64([[0, 1, 2]]))]", "y", {transposed(arr(dtype::int64, {1,3}, {0,1,2})), arr(dtype::int64, {1,3}, {0,1,2})}, array_result{{3,3}, {24,8}, base_kind::none, true, false, true, {0,1,2,5,6,7,10,11,12}}},
{"y[(T([[0, 1, 2], [3, 0, 1]]), 0)]", "y", {transposed(arr(dtype::int64, {2,3}, {0,1,2,3,0,1})), std::int64_t{0}}, array_result{{3,2}, {8,24}, base_kind::none, false, true, true, {0,15,5,0,10,5}}},
{"y[(T([[0, 1, 2], [3, 0, 1]]), slice(0, 1, None))]", "y", {transposed(arr(dtype::int64, {2,3}, {0,1,2,3,0,1})), slice_spec{0, 1, std::nullopt}}, array_result{{3,2,1}, {8,24,8}, base_kind::none, false, true, true, {0,15,5,0,10,5}}},
{"y[(T([[0, 1, 2], [3, 0, 1]]), slice(None, None, None))]", "y", {transposed(arr(dtype::int64, {2,3}, {0,1,2,3,0,1})), slice_spec{std::nullopt, std::nullopt, std::nullopt}}, array_result{{3,2,5}, {80,40,8}, base_kind::none, true, false, true, {0,1,2,3,4,15,16,17,18,19,5,6,7,8,9,0,1,2,3,4,10,11,12,13,14,5,6,7,8,9}}},
{"y[(slice(None, None, None), T([[0, 1, 2], [3, 0, 1]]))]", "y", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, transposed(arr(dtype::int64, {2,3}, {0,1,2,3,0,1}))}, array_result{{4,3,2}, {8,64,32}, base_kind::other, false, false, false, {0,3,1,0,2,1,5,8,6,5,7,6,10,13,11,10,12,11,15,18,16,15,17,16}}},
{"yT[[0, 1]]", "yT", {arr(dtype::int64, {2}, {0,1})}, array_result{{2,4}, {32,8}, base_kind::none, true, false, true, {0,5,10,15,1,6,11,16}}},
{"yT[(slice(None, None, None), [0, 1])]", "yT", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, array_result{{5,2}, {8,40}, base_kind::other, false, true, false, {0,5,1,6,2,7,3,8,4,9}}},
{"yT[(slice(None, None, -1), [3, 1])]", "yT", {slice_spec{std::nullopt, std::nullopt, -1}, arr(dtype::int64, {2}, {3,1})}, array_result{{5,2}, {8,40}, base_kind::other, false, true, false, {19,9,18,8,17,7,16,6,15,5}}},
{"xF[(slice(None, None, None), [0, 2])]", "xF", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,2})}, array_result{{2,2,4}, {8,64,16}, base_kind::other, false, false, false, {0,1,2,3,8,9,10,11,12,13,14,15,20,21,22,23}}},
{"xF[[1, 0]]", "xF", {arr(dtype::int64, {2}, {1,0})}, array_result{{2,3,4}, {96,8,24}, base_kind::none, false, false, true, {12,13,14,15,16,17,18,19,20,21,22,23,0,1,2,3,4,5,6,7,8,9,10,11}}},
{"f[(slice(None, None, None), [2, 0])]", "f", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {2,0})}, array_result{{2,2}, {4,8}, base_kind::other, false, true, false, {2,0,5,3}}},
{"x[(0, int64([[1]]), int64(2))]", "x", {std::int64_t{0}, arr(dtype::int64, {1,1}, {1}), arr(dtype::int64, {}, {2})}, array_result{{1,1}, {8,8}, base_kind::none, true, true, true, {6}}},
{"x[int8([0, 1])]", "x", {arr(dtype::int8, {2}, {0,1})}, array_result{{2,3,4}, {96,32,8}, base_kind::none, true, false, true, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[(slice(None, None, None), int16([-1, 0]), slice(1, 3, None))]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int16, {2}, {-1,0}), slice_spec{1, 3, std::nullopt}}, array_result{{2,2,2}, {16,32,8}, base_kind::other, false, false, false, {9,10,1,2,21,22,13,14}}},
{"x[(slice(None, None, None), uint32([0, 2]), None, slice(1, 3, None))]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::uint32, {2}, {0,2}), newaxis_index{}, slice_spec{1, 3, std::nullopt}}, array_result{{2,2,1,2}, {16,32,8,8}, base_kind::other, false, false, false, {1,2,9,10,13,14,21,22}}},
{"x[(R([0, 7, 5], int8), [0, 0, 0])]", "x", {reversed_all(arr(dtype::int8, {3}, {0,7,5})), arr(dtype::int64, {3}, {0,0,0})}, error_result{error_category::index_error, "index 7 is out of bounds for axis 0 with size 2"}},
{"x[R([0, 7, 5], int8)]", "x", {reversed_all(arr(dtype::int8, {3}, {0,7,5}))}, error_result{error_category::index_error, "index 5 is out of bounds for axis 0 with size 2"}},
{"x[(R([0, 7, 5]), [0, 0, 0])]", "x", {reversed_all(arr(dtype::int64, {3}, {0,7,5})), arr(dtype::int64, {3}, {0,0,0})}, error_result{error_category::index_error, "index 5 is out of bounds for axis 0 with size 2"}},
{"x[T([[0, 7], [5, 0]])]", "x", {transposed(arr(dtype::int64, {2,2}, {0,7,5,0}))}, error_result{error_category::index_error, "index 5 is out of bounds for axis 0 with size 2"}},
{"x[(T([[0, 7], [5, 0]]), T([[0, 7], [5, 0]]))]", "x", {transposed(arr(dtype::int64, {2,2}, {0,7,5,0})), transposed(arr(dtype::int64, {2,2}, {0,7,5,0}))}, error_result{error_category::index_error, "index 7 is out of bounds for axis 0 with size 2"}},
{"x[(0, T([[0, 7], [5, 0]]), 0)]", "x", {std::int64_t{0}, transposed(arr(dtype::int64, {2,2}, {0,7,5,0})), std::int64_t{0}}, error_result{error_category::index_error, "index 7 is out of bounds for axis 1 with size 3"}},
{"x[(0, T([[0, 7], [5, 0]]))]", "x", {std::int64_t{0}, transposed(arr(dtype::int64, {2,2}, {0,7,5,0}))}, error_result{error_category::index_error, "index 5 is out of bounds for axis 1 with size 3"}},
{"x[(R([[0, 7], [5, 0]]), R([[0, 7], [5, 0]]))]", "x", {reversed_all(arr(dtype::int64, {2,2}, {0,7,5,0})), reversed_all(arr(dtype::int64, {2,2}, {0,7,5,0}))}, error_result{error_category::index_error, "index 7 is out of bounds for axis 0 with size 2"}},
{"a[T([[0, 7], [5, 0]])]", "a", {transposed(arr(dtype::int64, {2,2}, {0,7,5,0}))}, array_result{{2,2}, {8,16}, base_kind::none, false, true, true, {0,5,7,0}}},
};

const std::vector<getitem_case> boolean_cases = {
{"a[bool([True, False, True, False, True, False, True, False, True, False])]", "a", {arr(dtype::bool_, {10}, {1,0,1,0,1,0,1,0,1,0})}, array_result{{5}, {8}, base_kind::none, true, true, true, {0,2,4,6,8}}},
{"a[bool([True, False])]", "a", {arr(dtype::bool_, {2}, {1,0})}, error_result{error_category::index_error, "boolean index did not match indexed array along dimension 0; dimension is 10 but corresponding boolean dimension is 2"}},
{"y[bool([[True, False, True, False, True], [True, False, True, False, True], [True, False, True, False, True], [True, False, True, False, True]])]", "y", {arr(dtype::bool_, {4,5}, {1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1})}, array_result{{12}, {8}, base_kind::none, true, true, true, {0,2,4,5,7,9,10,12,14,15,17,19}}},
{"y[(bool([[True, False, True, False, True], [True, False, True, False, True], [True, False, True, False, True], [True, False, True, False, True]]),)]", "y", {arr(dtype::bool_, {4,5}, {1,0,1,0,1,1,0,1,0,1,1,0,1,0,1,1,0,1,0,1})}, array_result{{12}, {8}, base_kind::none, true, true, true, {0,2,4,5,7,9,10,12,14,15,17,19}}},
{"y[(bool([[True, True, True, True, True], [True, True, True, True, True], [True, True, True, True, True], [True, True, True, True, True]]), Ellipsis)]", "y", {arr(dtype::bool_, {4,5}, {1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1}), ellipsis_index{}}, array_result{{20}, {8}, base_kind::none, true, true, true, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19}}},
{"y[(bool([[True, True, True, True, True], [True, True, True, True, True], [True, True, True, True, True], [True, True, True, True, True]]), None)]", "y", {arr(dtype::bool_, {4,5}, {1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1}), newaxis_index{}}, array_result{{20,1}, {8,8}, base_kind::none, true, true, true, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19}}},
{"y[bool([[True, True, True, True], [True, True, True, True], [True, True, True, True], [True, True, True, True], [True, True, True, True]])]", "y", {arr(dtype::bool_, {5,4}, {1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1})}, error_result{error_category::index_error, "boolean index did not match indexed array along dimension 0; dimension is 4 but corresponding boolean dimension is 5"}},
{"x[bool([[True, False, True], [False, True, True]])]", "x", {arr(dtype::bool_, {2,3}, {1,0,1,0,1,1})}, array_result{{4,4}, {32,8}, base_kind::none, true, false, true, {0,1,2,3,8,9,10,11,16,17,18,19,20,21,22,23}}},
{"x[(slice(None, None, None), bool([[True, False, True, False], [True, False, True, False], [True, False, True, False]]))]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::bool_, {3,4}, {1,0,1,0,1,0,1,0,1,0,1,0})}, array_result{{2,6}, {8,16}, base_kind::other, false, true, false, {0,2,4,6,8,10,12,14,16,18,20,22}}},
{"x[bool([[True, True], [True, True]])]", "x", {arr(dtype::bool_, {2,2}, {1,1,1,1})}, error_result{error_category::index_error, "boolean index did not match indexed array along dimension 1; dimension is 3 but corresponding boolean dimension is 2"}},
{"x[(bool([[True, False, True], [False, True, True]]), [0, 1, 2, 3])]", "x", {arr(dtype::bool_, {2,3}, {1,0,1,0,1,1}), arr(dtype::int64, {4}, {0,1,2,3})}, array_result{{4}, {8}, base_kind::none, true, true, true, {0,9,18,23}}},
{"x[([0, 1], bool([[True, True, True, True], [True, True, True, True], [True, True, True, True]]))]", "x", {arr(dtype::int64, {2}, {0,1}), arr(dtype::bool_, {3,4}, {1,1,1,1,1,1,1,1,1,1,1,1})}, error_result{error_category::index_error, "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (12,) (12,) "}},
{"x[bool([False, True])]", "x", {arr(dtype::bool_, {2}, {0,1})}, array_result{{1,3,4}, {96,32,8}, base_kind::none, true, false, true, {12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[(slice(None, None, None), bool([False, True, True]), 1)]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::bool_, {3}, {0,1,1}), std::int64_t{1}}, array_result{{2,2}, {8,16}, base_kind::other, false, true, false, {5,9,17,21}}},
{"x[bool([[], []])]", "x", {arr(dtype::bool_, {2,0}, {})}, array_result{{0,4}, {0,0}, base_kind::none, true, true, true, {}}},
{"x[bool([])]", "x", {arr(dtype::bool_, {0,3}, {})}, array_result{{0,4}, {0,0}, base_kind::none, true, true, true, {}}},
{"x[bool([])]", "x", {arr(dtype::bool_, {0,5}, {})}, error_result{error_category::index_error, "boolean index did not match indexed array along dimension 1; dimension is 3 but corresponding boolean dimension is 5"}},
{"x[bool([[], [], [], [], []])]", "x", {arr(dtype::bool_, {5,0}, {})}, error_result{error_category::index_error, "boolean index did not match indexed array along dimension 0; dimension is 2 but corresponding boolean dimension is 5"}},
{"x[bool([])]", "x", {arr(dtype::bool_, {0}, {})}, array_result{{0,3,4}, {0,0,0}, base_kind::none, true, true, true, {}}},
{"x[bool([[[[True], [True], [True], [True]], [[True], [True], [True], [True]], [[True], [True], [True], [True]]], [[[True], [True], [True], [True]], [[True], [True], [True], [True]], [[True], [True], [True], [True]]]])]", "x", {arr(dtype::bool_, {2,3,4,1}, {1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1})}, error_result{error_category::index_error, "too many indices for array: array is 3-dimensional, but 4 were indexed"}},
{"x[(bool([[True, True], [True, True]]), 9)]", "x", {arr(dtype::bool_, {2,2}, {1,1,1,1}), std::int64_t{9}}, error_result{error_category::index_error, "boolean index did not match indexed array along dimension 1; dimension is 3 but corresponding boolean dimension is 2"}},
{"x[(bool([[True, True], [True, True]]), slice(None, None, 0))]", "x", {arr(dtype::bool_, {2,2}, {1,1,1,1}), slice_spec{std::nullopt, std::nullopt, 0}}, error_result{error_category::index_error, "boolean index did not match indexed array along dimension 1; dimension is 3 but corresponding boolean dimension is 2"}},
{"x[bool([[[False, False, False, False], [False, False, False, False], [False, False, False, False]], [[False, False, False, False], [False, False, False, False], [False, False, False, False]]])]", "x", {arr(dtype::bool_, {2,3,4}, {0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0})}, array_result{{0}, {0}, base_kind::none, true, true, true, {}}},
{"x[bool([[[True, False, False, False], [False, True, False, False], [False, False, True, False]], [[False, False, False, True], [False, False, False, False], [True, False, False, False]]])]", "x", {arr(dtype::bool_, {2,3,4}, {1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0})}, array_result{{5}, {8}, base_kind::none, true, true, true, {0,5,10,15,20}}},
{"e[bool([[], []])]", "e", {arr(dtype::bool_, {2,0}, {})}, array_result{{0}, {0}, base_kind::none, true, true, true, {}}},
{"x[True]", "x", {arr(dtype::bool_, {}, {1})}, array_result{{1,2,3,4}, {192,96,32,8}, base_kind::none, true, false, true, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[False]", "x", {arr(dtype::bool_, {}, {0})}, array_result{{0,2,3,4}, {0,0,0,0}, base_kind::none, true, true, true, {}}},
{"x[(1, True)]", "x", {std::int64_t{1}, arr(dtype::bool_, {}, {1})}, array_result{{1,3,4}, {96,32,8}, base_kind::none, true, false, true, {12,13,14,15,16,17,18,19,20,21,22,23}}},
{"x[(slice(None, None, None), True, [0, 1])]", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::bool_, {}, {1}), arr(dtype::int64, {2}, {0,1})}, array_result{{2,2,4}, {32,64,8}, base_kind::other, false, false, false, {0,1,2,3,4,5,6,7,12,13,14,15,16,17,18,19}}},
{"x[(True, 0)]", "x", {arr(dtype::bool_, {}, {1}), std::int64_t{0}}, array_result{{1,3,4}, {96,32,8}, base_kind::none, true, false, true, {0,1,2,3,4,5,6,7,8,9,10,11}}},
{"x[(0, False, slice(None, None, None), 1)]", "x", {std::int64_t{0}, arr(dtype::bool_, {}, {0}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{1}}, array_result{{0,3}, {0,0}, base_kind::none, true, true, true, {}}},
{"a[(True, True)]", "a", {arr(dtype::bool_, {}, {1}), arr(dtype::bool_, {}, {1})}, array_result{{1,10}, {80,8}, base_kind::none, true, true, true, {0,1,2,3,4,5,6,7,8,9}}},
{"a[([0, 1], True)]", "a", {arr(dtype::int64, {2}, {0,1}), arr(dtype::bool_, {}, {1})}, array_result{{2}, {8}, base_kind::none, true, true, true, {0,1}}},
{"a[(True, [0, 1])]", "a", {arr(dtype::bool_, {}, {1}), arr(dtype::int64, {2}, {0,1})}, array_result{{2}, {8}, base_kind::none, true, true, true, {0,1}}},
{"a[([[0, 1]], False)]", "a", {arr(dtype::int64, {1,2}, {0,1}), arr(dtype::bool_, {}, {0})}, error_result{error_category::index_error, "shape mismatch: indexing arrays could not be broadcast together with shapes (1,2) (0,) "}},
{"z[True]", "z", {arr(dtype::bool_, {}, {1})}, array_result{{1}, {8}, base_kind::none, true, true, true, {5}}},
{"z[False]", "z", {arr(dtype::bool_, {}, {0})}, array_result{{0}, {0}, base_kind::none, true, true, true, {}}},
{"z[(True, True)]", "z", {arr(dtype::bool_, {}, {1}), arr(dtype::bool_, {}, {1})}, array_result{{1}, {8}, base_kind::none, true, true, true, {5}}},
{"z[[True]]", "z", {arr(dtype::bool_, {1}, {1})}, error_result{error_category::index_error, "too many indices for array: array is 0-dimensional, but 1 were indexed"}},
{"z[int64([0])]", "z", {arr(dtype::int64, {1}, {0})}, error_result{error_category::index_error, "too many indices for array: array is 0-dimensional, but 1 were indexed"}},
{"z[(None, False)]", "z", {newaxis_index{}, arr(dtype::bool_, {}, {0})}, array_result{{1,0}, {0,0}, base_kind::other, true, true, false, {}}},
};

const std::vector<setitem_case> set_basic_cases = {
{"x[(0, 1)] = int64(7)", "x", {std::int64_t{0}, std::int64_t{1}}, [](const array&) { return arr(dtype::int64, {}, {7}); }, std::vector<double>{0.0,1.0,2.0,3.0,7.0,7.0,7.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(0, 0, 0)] = float64(2.9)", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return farr({}, {2.9}, dtype::float64); }, std::vector<double>{2.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(1, 2, 3)] = float64(-2.9)", "x", {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}}, [](const array&) { return farr({}, {-2.9}, dtype::float64); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,-2.0}},
{"x[(0, 0, 0)] = float64([7.0])", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return farr({1}, {7.0}, dtype::float64); }, std::vector<double>{7.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(0, 0, 0)] = float64([[7.5]])", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return farr({1,1}, {7.5}, dtype::float64); }, std::vector<double>{7.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(0, 0, 0)] = int64([1, 2])", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "setting an array element with a sequence."}},
{"x[(0, 0, 0)] = float64([])", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return farr({0}, {}, dtype::float64); }, error_result{error_category::value_error, "setting an array element with a sequence."}},
{"x[(0, 0, 0)] = float64(nan)", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return farr({}, {std::nan("")}, dtype::float64); }, std::vector<double>{-9.223372036854776e+18,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(0, 0, 0)] = float64([nan])", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return farr({1}, {std::nan("")}, dtype::float64); }, error_result{error_category::value_error, "setting an array element with a sequence."}},
{"x[(0, 0, 0)] = float64([1e+20])", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return farr({1}, {1e+20}, dtype::float64); }, error_result{error_category::value_error, "setting an array element with a sequence."}},
{"x[(0, 0, 0)] = float64(1e+20)", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return farr({}, {1e+20}, dtype::float64); }, std::vector<double>{-9.223372036854776e+18,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(1, 1, 1)] = float64([[2.7]])", "x", {std::int64_t{1}, std::int64_t{1}, std::int64_t{1}}, [](const array&) { return farr({1,1}, {2.7}, dtype::float64); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,2.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(0, 0, 0)] = complex128([(1+2j)])", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return carr({1}, {{1.0, 2.0}}); }, error_result{error_category::value_error, "setting an array element with a sequence."}},
{"f[(0, 0)] = complex128((1+2j))", "f", {std::int64_t{0}, std::int64_t{0}}, [](const array&) { return carr({}, {{1.0, 2.0}}); }, std::vector<double>{1.0,1.0,2.0,3.0,4.0,5.0}},
{"a[0] = uint64([9223372036854775808])", "a", {std::int64_t{0}}, [](const array&) { return arr(dtype::uint64, {1}, {std::numeric_limits<std::int64_t>::min()}); }, error_result{error_category::value_error, "setting an array element with a sequence."}},
{"a[1] = uint8([255])", "a", {std::int64_t{1}}, [](const array&) { return arr(dtype::uint8, {1}, {255}); }, std::vector<double>{0.0,255.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"a[2] = float32([-3.5])", "a", {std::int64_t{2}}, [](const array&) { return farr({1}, {-3.5}, dtype::float32); }, std::vector<double>{0.0,1.0,-3.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"x[(slice(None, None, None), 1)] = int64([1, 2, 3, 4])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{1}}, [](const array&) { return arr(dtype::int64, {4}, {1,2,3,4}); }, std::vector<double>{0.0,1.0,2.0,3.0,1.0,2.0,3.0,4.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,1.0,2.0,3.0,4.0,20.0,21.0,22.0,23.0}},
{"x[1] = int64([[1], [2], [3]])", "x", {std::int64_t{1}}, [](const array&) { return arr(dtype::int64, {3,1}, {1,2,3}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,1.0,1.0,1.0,1.0,2.0,2.0,2.0,2.0,3.0,3.0,3.0,3.0}},
{"x[Ellipsis] = int64([1, 2, 3, 4])", "x", {ellipsis_index{}}, [](const array&) { return arr(dtype::int64, {4}, {1,2,3,4}); }, std::vector<double>{1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0}},
{"x[()] = int64(-1)", "x", {}, [](const array&) { return arr(dtype::int64, {}, {-1}); }, std::vector<double>{-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0,-1.0}},
{"x[0] = int64([1, 2])", "x", {std::int64_t{0}}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "could not broadcast input array from shape (2,) into shape (3,4)"}},
{"x[0] = int64([[[1, 2, 3, 4]]])", "x", {std::int64_t{0}}, [](const array&) { return arr(dtype::int64, {1,1,4}, {1,2,3,4}); }, std::vector<double>{1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[0] = int64([[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]], [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]])", "x", {std::int64_t{0}}, [](const array&) { return arr(dtype::int64, {2,3,4}, {1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1}); }, error_result{error_category::value_error, "could not broadcast input array from shape (2,3,4) into shape (3,4)"}},
{"x[5] = int64(1)", "x", {std::int64_t{5}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::index_error, "index 5 is out of bounds for axis 0 with size 2"}},
{"x[(slice(None, None, 0),)] = int64(1)", "x", {slice_spec{std::nullopt, std::nullopt, 0}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::value_error, "slice step cannot be zero"}},
{"x[(slice(None, None, -1), None, slice(1, None, None))] = int64([9, 8, 7, 6])", "x", {slice_spec{std::nullopt, std::nullopt, -1}, newaxis_index{}, slice_spec{1, std::nullopt, std::nullopt}}, [](const array&) { return arr(dtype::int64, {4}, {9,8,7,6}); }, std::vector<double>{0.0,1.0,2.0,3.0,9.0,8.0,7.0,6.0,9.0,8.0,7.0,6.0,12.0,13.0,14.0,15.0,9.0,8.0,7.0,6.0,9.0,8.0,7.0,6.0}},
{"x[(Ellipsis, Ellipsis)] = int64(1)", "x", {ellipsis_index{}, ellipsis_index{}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::index_error, "an index can only have a single ellipsis ('...')"}},
{"x[(0, 0, 0, 0)] = int64(1)", "x", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::index_error, "too many indices for array: array is 3-dimensional, but 4 were indexed"}},
{"x[(int64(1), slice(None, None, None), 1)] = int64([5, 6, 7])", "x", {arr(dtype::int64, {}, {1}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{1}}, [](const array&) { return arr(dtype::int64, {3}, {5,6,7}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,5.0,14.0,15.0,16.0,6.0,18.0,19.0,20.0,7.0,22.0,23.0}},
{"z[()] = int64(3)", "z", {}, [](const array&) { return arr(dtype::int64, {}, {3}); }, std::vector<double>{3.0}},
{"z[()] = float64([[4.5]])", "z", {}, [](const array&) { return farr({1,1}, {4.5}, dtype::float64); }, std::vector<double>{4.0}},
{"z[Ellipsis] = int64([1, 2])", "z", {ellipsis_index{}}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "could not broadcast input array from shape (2,) into shape ()"}},
{"z[()] = int64([1, 2])", "z", {}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "setting an array element with a sequence."}},
{"z[None] = int64([4])", "z", {newaxis_index{}}, [](const array&) { return arr(dtype::int64, {1}, {4}); }, std::vector<double>{4.0}},
{"z[True] = int64([3])", "z", {arr(dtype::bool_, {}, {1})}, [](const array&) { return arr(dtype::int64, {1}, {3}); }, std::vector<double>{3.0}},
{"z[False] = int64([3])", "z", {arr(dtype::bool_, {}, {0})}, [](const array&) { return arr(dtype::int64, {1}, {3}); }, std::vector<double>{5.0}},
{"z[0] = int64(1)", "z", {std::int64_t{0}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::index_error, "too many indices for array: array is 0-dimensional, but 1 were indexed"}},
{"f[(slice(None, None, None), 1)] = float64([1.5, -2.5])", "f", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{1}}, [](const array&) { return farr({2}, {1.5,-2.5}, dtype::float64); }, std::vector<double>{0.0,1.5,2.0,3.0,-2.5,5.0}},
{"f[[1, 0]] = int64([[7], [8]])", "f", {arr(dtype::int64, {2}, {1,0})}, [](const array&) { return arr(dtype::int64, {2,1}, {7,8}); }, std::vector<double>{8.0,8.0,8.0,7.0,7.0,7.0}},
};

const std::vector<setitem_case> set_advanced_cases = {
{"a[[0, 0, 0]] = int64([1, 2, 3])", "a", {arr(dtype::int64, {3}, {0,0,0})}, [](const array&) { return arr(dtype::int64, {3}, {1,2,3}); }, std::vector<double>{3.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"a[[1, -1]] = float64(2.7)", "a", {arr(dtype::int64, {2}, {1,-1})}, [](const array&) { return farr({}, {2.7}, dtype::float64); }, std::vector<double>{0.0,2.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,2.0}},
{"a[[0, 1, 10]] = int64(9)", "a", {arr(dtype::int64, {3}, {0,1,10})}, [](const array&) { return arr(dtype::int64, {}, {9}); }, error_result{error_category::index_error, "index 10 is out of bounds for axis 0 with size 10"}},
{"a[[0, 1, 10]] = int64([7, 8, 9])", "a", {arr(dtype::int64, {3}, {0,1,10})}, [](const array&) { return arr(dtype::int64, {3}, {7,8,9}); }, error_result{error_category::index_error, "index 10 is out of bounds for axis 0 with size 10"}},
{"a[int32([0, 1, 10])] = int64(9)", "a", {arr(dtype::int32, {3}, {0,1,10})}, [](const array&) { return arr(dtype::int64, {}, {9}); }, error_result{error_category::index_error, "index 10 is out of bounds for axis 0 with size 10"}},
{"a[[2, 3]] = int64([[5, 6]])", "a", {arr(dtype::int64, {2}, {2,3})}, [](const array&) { return arr(dtype::int64, {1,2}, {5,6}); }, std::vector<double>{0.0,1.0,5.0,6.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"a[[2, 3]] = int64([[5], [6]])", "a", {arr(dtype::int64, {2}, {2,3})}, [](const array&) { return arr(dtype::int64, {2,1}, {5,6}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (2,1) could not be broadcast to indexing result of shape (2,)"}},
{"a[[2, 3]] = int64([5, 6, 7])", "a", {arr(dtype::int64, {2}, {2,3})}, [](const array&) { return arr(dtype::int64, {3}, {5,6,7}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)"}},
{"a[int64([[1, 2], [3, 4]])] = int64([10, 20])", "a", {arr(dtype::int64, {2,2}, {1,2,3,4})}, [](const array&) { return arr(dtype::int64, {2}, {10,20}); }, std::vector<double>{0.0,10.0,20.0,10.0,20.0,5.0,6.0,7.0,8.0,9.0}},
{"a[T([[1, 2, 3], [1, 2, 3]])] = int64([[10, 20], [30, 40], [50, 60]])", "a", {transposed(arr(dtype::int64, {2,3}, {1,2,3,1,2,3}))}, [](const array&) { return arr(dtype::int64, {3,2}, {10,20,30,40,50,60}); }, std::vector<double>{0.0,20.0,40.0,60.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"a[[1, 2, 3]] = memory[:3]", "a", {arr(dtype::int64, {3}, {1,2,3})}, [](const array& s) { return memory_prefix(s, 3); }, std::vector<double>{0.0,0.0,0.0,0.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"a[[3, 2, 1]] = memory[:3]", "a", {arr(dtype::int64, {3}, {3,2,1})}, [](const array& s) { return memory_prefix(s, 3); }, std::vector<double>{0.0,1.0,1.0,0.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"a[int64([])] = int64(5)", "a", {arr(dtype::int64, {0}, {})}, [](const array&) { return arr(dtype::int64, {}, {5}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"a[int64([])] = int64([1, 2])", "a", {arr(dtype::int64, {0}, {})}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (0,)"}},
{"x[[0, 5]] = int64(9)", "x", {arr(dtype::int64, {2}, {0,5})}, [](const array&) { return arr(dtype::int64, {}, {9}); }, error_result{error_category::index_error, "index 5 is out of bounds for axis 0 with size 2"}},
{"x[([0, 1], [0, 5])] = int64(9)", "x", {arr(dtype::int64, {2}, {0,1}), arr(dtype::int64, {2}, {0,5})}, [](const array&) { return arr(dtype::int64, {}, {9}); }, error_result{error_category::index_error, "index 5 is out of bounds for axis 1 with size 3"}},
{"x[(slice(None, None, None), [0, 1])] = int64([[[0, -1, -2, -3], [-4, -5, -6, -7]], [[-8, -9, -10, -11], [-12, -13, -14, -15]]])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, [](const array&) { return arr(dtype::int64, {2,2,4}, {0,-1,-2,-3,-4,-5,-6,-7,-8,-9,-10,-11,-12,-13,-14,-15}); }, std::vector<double>{0.0,-1.0,-2.0,-3.0,-4.0,-5.0,-6.0,-7.0,8.0,9.0,10.0,11.0,-8.0,-9.0,-10.0,-11.0,-12.0,-13.0,-14.0,-15.0,20.0,21.0,22.0,23.0}},
{"x[([0, 1], slice(None, None, None), [0, 1])] = int64([[0, 1, 2], [3, 4, 5]])", "x", {arr(dtype::int64, {2}, {0,1}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, [](const array&) { return arr(dtype::int64, {2,3}, {0,1,2,3,4,5}); }, std::vector<double>{0.0,1.0,2.0,3.0,1.0,5.0,6.0,7.0,2.0,9.0,10.0,11.0,12.0,3.0,14.0,15.0,16.0,4.0,18.0,19.0,20.0,5.0,22.0,23.0}},
{"x[([0, 1], slice(None, None, None), [0, 1])] = int64([[0, 1], [2, 3], [4, 5]])", "x", {arr(dtype::int64, {2}, {0,1}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {0,1})}, [](const array&) { return arr(dtype::int64, {3,2}, {0,1,2,3,4,5}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (3,2) could not be broadcast to indexing result of shape (2,3)"}},
{"x[[0, 1]] = int64([1, 2])", "x", {arr(dtype::int64, {2}, {0,1})}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (2,3,4)"}},
{"x[[0, 1]] = int64([[[1, 2, 3, 4]]])", "x", {arr(dtype::int64, {2}, {0,1})}, [](const array&) { return arr(dtype::int64, {1,1,4}, {1,2,3,4}); }, std::vector<double>{1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0}},
{"x[[0, 1]] = int64([[[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]]])", "x", {arr(dtype::int64, {2}, {0,1})}, [](const array&) { return arr(dtype::int64, {1,1,3,4}, {1,1,1,1,1,1,1,1,1,1,1,1}); }, std::vector<double>{1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0}},
{"x[[0, 1]] = int64([[[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]], [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]], [[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]], [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]]])", "x", {arr(dtype::int64, {2}, {0,1})}, [](const array&) { return arr(dtype::int64, {2,2,3,4}, {1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (2,2,3,4) could not be broadcast to indexing result of shape (2,3,4)"}},
{"x[[0, 1]] = int64([[]])", "x", {arr(dtype::int64, {2}, {0,1})}, [](const array&) { return arr(dtype::int64, {1,0}, {}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (1,0) could not be broadcast to indexing result of shape (2,3,4)"}},
{"x[(slice(None, None, None), [0, 1, 2])] = int64([1, 1, 1, 1, 1])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {3}, {0,1,2})}, [](const array&) { return arr(dtype::int64, {5}, {1,1,1,1,1}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (5,) could not be broadcast to indexing result of shape (2,3,4)"}},
{"x[(slice(None, None, None), [0, 1, 2], slice(0, 1, None))] = int64([1, 1, 1])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {3}, {0,1,2}), slice_spec{0, 1, std::nullopt}}, [](const array&) { return arr(dtype::int64, {3}, {1,1,1}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,3,1)"}},
{"x[(slice(None, None, None), [0, 1, 2], slice(0, 1, None))] = int64([[0], [1], [2]])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {3}, {0,1,2}), slice_spec{0, 1, std::nullopt}}, [](const array&) { return arr(dtype::int64, {3,1}, {0,1,2}); }, std::vector<double>{0.0,1.0,2.0,3.0,1.0,5.0,6.0,7.0,2.0,9.0,10.0,11.0,0.0,13.0,14.0,15.0,1.0,17.0,18.0,19.0,2.0,21.0,22.0,23.0}},
{"x[(slice(None, None, None), [0, 1, 2], slice(0, 1, None))] = int64([[[0], [1], [2]], [[3], [4], [5]]])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {3}, {0,1,2}), slice_spec{0, 1, std::nullopt}}, [](const array&) { return arr(dtype::int64, {2,3,1}, {0,1,2,3,4,5}); }, std::vector<double>{0.0,1.0,2.0,3.0,1.0,5.0,6.0,7.0,2.0,9.0,10.0,11.0,3.0,13.0,14.0,15.0,4.0,17.0,18.0,19.0,5.0,21.0,22.0,23.0}},
{"x[([0, 1], [0, 1], slice(0, 1, None))] = int64([1, 2])", "x", {arr(dtype::int64, {2}, {0,1}), arr(dtype::int64, {2}, {0,1}), slice_spec{0, 1, std::nullopt}}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (2,1)"}},
{"x[([0, 1], [0, 1], slice(0, 1, None))] = int64([[1], [2]])", "x", {arr(dtype::int64, {2}, {0,1}), arr(dtype::int64, {2}, {0,1}), slice_spec{0, 1, std::nullopt}}, [](const array&) { return arr(dtype::int64, {2,1}, {1,2}); }, std::vector<double>{1.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,2.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[([0, 0], [1, 1], [2, 2])] = int64([5, 6])", "x", {arr(dtype::int64, {2}, {0,0}), arr(dtype::int64, {2}, {1,1}), arr(dtype::int64, {2}, {2,2})}, [](const array&) { return arr(dtype::int64, {2}, {5,6}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(0, slice(None, None, None), [1, 1])] = int64([[1, 2, 3], [4, 5, 6]])", "x", {std::int64_t{0}, slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {1,1})}, [](const array&) { return arr(dtype::int64, {2,3}, {1,2,3,4,5,6}); }, std::vector<double>{0.0,4.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,6.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(slice(None, None, None), 0, [1, 1])] = int64([[1, 2], [3, 4]])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, std::int64_t{0}, arr(dtype::int64, {2}, {1,1})}, [](const array&) { return arr(dtype::int64, {2,2}, {1,2,3,4}); }, std::vector<double>{0.0,2.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,4.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(slice(None, None, None), [1, 1], slice(None, None, None))] = int64([[[0, 1, 2, 3], [4, 5, 6, 7]], [[8, 9, 10, 11], [12, 13, 14, 15]]])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {2}, {1,1}), slice_spec{std::nullopt, std::nullopt, std::nullopt}}, [](const array&) { return arr(dtype::int64, {2,2,4}, {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,12.0,13.0,14.0,15.0,20.0,21.0,22.0,23.0}},
{"x[([5], slice(None, 0, None))] = int64(1)", "x", {arr(dtype::int64, {1}, {5}), slice_spec{std::nullopt, 0, std::nullopt}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(slice(None, None, None), int64([]))] = int64([[], []])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {0}, {})}, [](const array&) { return arr(dtype::int64, {2,0,4}, {}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[([9], slice(None, None, 0))] = int64(1)", "x", {arr(dtype::int64, {1}, {9}), slice_spec{std::nullopt, std::nullopt, 0}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::value_error, "slice step cannot be zero"}},
{"x[([0, 1], [0, 1, 2])] = int64(1)", "x", {arr(dtype::int64, {2}, {0,1}), arr(dtype::int64, {3}, {0,1,2})}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::index_error, "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) "}},
{"x[(float64([1.0]),)] = int64(1)", "x", {arr(dtype::float64, {1}, {1})}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::index_error, "arrays used as indices must be of integer (or boolean) type"}},
{"y[(T([[0, 0], [0, 0]]), T([[1, 1], [1, 1]]))] = int64([[1, 2], [3, 4]])", "y", {transposed(arr(dtype::int64, {2,2}, {0,0,0,0})), transposed(arr(dtype::int64, {2,2}, {1,1,1,1}))}, [](const array&) { return arr(dtype::int64, {2,2}, {1,2,3,4}); }, std::vector<double>{0.0,4.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0}},
{"y[(T([[0, 0, 1], [1, 0, 0]]), 2)] = int64([[1, 2], [3, 4], [5, 6]])", "y", {transposed(arr(dtype::int64, {2,3}, {0,0,1,1,0,0})), std::int64_t{2}}, [](const array&) { return arr(dtype::int64, {3,2}, {1,2,3,4,5,6}); }, std::vector<double>{0.0,1.0,6.0,3.0,4.0,5.0,6.0,5.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0}},
{"y[(R([[0, 0], [0, 0]]), R([[1, 1], [1, 1]]))] = int64([[1, 2], [3, 4]])", "y", {reversed_all(arr(dtype::int64, {2,2}, {0,0,0,0})), reversed_all(arr(dtype::int64, {2,2}, {1,1,1,1}))}, [](const array&) { return arr(dtype::int64, {2,2}, {1,2,3,4}); }, std::vector<double>{0.0,4.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0}},
{"y[(R([[0, 0], [0, 0]]), R([[1, 1], [1, 1]]))] = R([[1, 2], [3, 4]])", "y", {reversed_all(arr(dtype::int64, {2,2}, {0,0,0,0})), reversed_all(arr(dtype::int64, {2,2}, {1,1,1,1}))}, [](const array&) { return reversed_all(arr(dtype::int64, {2,2}, {1,2,3,4})); }, std::vector<double>{0.0,4.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0}},
{"y[(int64([[0, 0], [0, 0]]), 1)] = T([[1, 2], [3, 4]])", "y", {arr(dtype::int64, {2,2}, {0,0,0,0}), std::int64_t{1}}, [](const array&) { return transposed(arr(dtype::int64, {2,2}, {1,2,3,4})); }, std::vector<double>{0.0,4.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0}},
};

const std::vector<setitem_case> set_boolean_cases = {
{"x[bool([[[True, False, False, False], [False, True, False, False], [False, False, True, False]], [[False, False, False, True], [False, False, False, False], [True, False, False, False]]])] = int64(-1)", "x", {arr(dtype::bool_, {2,3,4}, {1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0})}, [](const array&) { return arr(dtype::int64, {}, {-1}); }, std::vector<double>{-1.0,1.0,2.0,3.0,4.0,-1.0,6.0,7.0,8.0,9.0,-1.0,11.0,12.0,13.0,14.0,-1.0,16.0,17.0,18.0,19.0,-1.0,21.0,22.0,23.0}},
{"y[bool([[True, False, False, True, False], [False, True, False, False, True], [False, False, True, False, False], [True, False, False, True, False]])] = int64([1, 2, 3, 4, 5, 6, 7])", "y", {arr(dtype::bool_, {4,5}, {1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0})}, [](const array&) { return arr(dtype::int64, {7}, {1,2,3,4,5,6,7}); }, std::vector<double>{1.0,1.0,2.0,2.0,4.0,5.0,3.0,7.0,8.0,4.0,10.0,11.0,5.0,13.0,14.0,6.0,16.0,17.0,7.0,19.0}},
{"y[bool([[True, False, False, True, False], [False, True, False, False, True], [False, False, True, False, False], [True, False, False, True, False]])] = int64([[1]])", "y", {arr(dtype::bool_, {4,5}, {1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0})}, [](const array&) { return arr(dtype::int64, {1,1}, {1}); }, error_result{error_category::type_error, "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has 2 dimensions"}},
{"y[bool([[True, False, False, True, False], [False, True, False, False, True], [False, False, True, False, False], [True, False, False, True, False]])] = int64([1, 2])", "y", {arr(dtype::bool_, {4,5}, {1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0})}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "NumPy boolean array indexing assignment cannot assign 2 input values to the 7 output values where the mask is true"}},
{"y[bool([[True, False, False, True, False], [False, True, False, False, True], [False, False, True, False, False], [True, False, False, True, False]])] = float64([2.5])", "y", {arr(dtype::bool_, {4,5}, {1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0,0,1,0})}, [](const array&) { return farr({1}, {2.5}, dtype::float64); }, std::vector<double>{2.0,1.0,2.0,2.0,4.0,5.0,2.0,7.0,8.0,2.0,10.0,11.0,2.0,13.0,14.0,2.0,16.0,17.0,2.0,19.0}},
{"y[bool([[False, False, False, False, False], [False, False, False, False, False], [False, False, False, False, False], [False, False, False, False, False]])] = int64([])", "y", {arr(dtype::bool_, {4,5}, {0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0})}, [](const array&) { return arr(dtype::int64, {0}, {}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0}},
{"y[bool([[False, False, False, False, False], [False, False, False, False, False], [False, False, False, False, False], [False, False, False, False, False]])] = int64([1, 2])", "y", {arr(dtype::bool_, {4,5}, {0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0})}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "NumPy boolean array indexing assignment cannot assign 2 input values to the 0 output values where the mask is true"}},
{"a[bool([True, False, True, False, True, False, True, False, True, False])] = memory[:5]", "a", {arr(dtype::bool_, {10}, {1,0,1,0,1,0,1,0,1,0})}, [](const array& s) { return memory_prefix(s, 5); }, std::vector<double>{0.0,1.0,1.0,3.0,1.0,5.0,3.0,7.0,1.0,9.0}},
{"x[bool([[True, False, True], [False, True, True]])] = int64([0, 1, 2, 3])", "x", {arr(dtype::bool_, {2,3}, {1,0,1,0,1,1})}, [](const array&) { return arr(dtype::int64, {4}, {0,1,2,3}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,0.0,1.0,2.0,3.0,12.0,13.0,14.0,15.0,0.0,1.0,2.0,3.0,0.0,1.0,2.0,3.0}},
{"x[bool([[True, False, True], [False, True, True]])] = int64([1, 2])", "x", {arr(dtype::bool_, {2,3}, {1,0,1,0,1,1})}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (4,4)"}},
{"x[True] = int64([1, 2, 3, 4])", "x", {arr(dtype::bool_, {}, {1})}, [](const array&) { return arr(dtype::int64, {4}, {1,2,3,4}); }, std::vector<double>{1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0,1.0,2.0,3.0,4.0}},
{"x[False] = int64([1, 2, 3, 4])", "x", {arr(dtype::bool_, {}, {0})}, [](const array&) { return arr(dtype::int64, {4}, {1,2,3,4}); }, std::vector<double>{0.0,1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
{"x[(slice(None, None, None), bool([True, False, True]))] = int64([[1], [2]])", "x", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::bool_, {3}, {1,0,1})}, [](const array&) { return arr(dtype::int64, {2,1}, {1,2}); }, std::vector<double>{1.0,1.0,1.0,1.0,4.0,5.0,6.0,7.0,2.0,2.0,2.0,2.0,1.0,1.0,1.0,1.0,16.0,17.0,18.0,19.0,2.0,2.0,2.0,2.0}},
{"x[bool([True, False])] = int64(1)", "x", {arr(dtype::bool_, {2}, {1,0})}, [](const array&) { return arr(dtype::int64, {}, {1}); }, std::vector<double>{1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0,20.0,21.0,22.0,23.0}},
};

const std::vector<setitem_case> set_overlapping_value_cases = {
{"a[bool([False, False, False, True, True, True, True, True, True, True])] = memory[:7]", "a", {arr(dtype::bool_, {10}, {0,0,0,1,1,1,1,1,1,1})}, [](const array& s) { return memory_prefix(s, 7); }, std::vector<double>{0.0,1.0,2.0,0.0,1.0,2.0,3.0,4.0,5.0,6.0}},
{"a[bool([False, False, True, True, True, False, True, True, True, True])] = memory[:7]", "a", {arr(dtype::bool_, {10}, {0,0,1,1,1,0,1,1,1,1})}, [](const array& s) { return memory_prefix(s, 7); }, std::vector<double>{0.0,1.0,0.0,1.0,2.0,5.0,1.0,2.0,5.0,6.0}},
{"y[bool([[False, True, True, True, True], [False, True, True, True, True], [False, True, True, True, True], [False, True, True, True, True]])] = memory[:16]", "y", {arr(dtype::bool_, {4,5}, {0,1,1,1,1,0,1,1,1,1,0,1,1,1,1,0,1,1,1,1})}, [](const array& s) { return memory_prefix(s, 16); }, std::vector<double>{0.0,0.0,1.0,2.0,3.0,5.0,3.0,5.0,6.0,7.0,10.0,6.0,7.0,10.0,11.0,15.0,7.0,10.0,11.0,15.0}},
{"ys[bool([[False, True, True], [True, True, True], [True, True, True], [True, True, True]])] = memory[:11]", "ys", {arr(dtype::bool_, {4,3}, {0,1,1,1,1,1,1,1,1,1,1,1})}, [](const array& s) { return memory_prefix(s, 11); }, std::vector<double>{0.0,0.0,1.0,0.0,3.0,1.0,0.0,6.0,3.0,8.0,1.0,0.0}},
{"y[([0, 0, 0], [1, 2, 3])] = memory[:3]", "y", {arr(dtype::int64, {3}, {0,0,0}), arr(dtype::int64, {3}, {1,2,3})}, [](const array& s) { return memory_prefix(s, 3); }, std::vector<double>{0.0,0.0,0.0,0.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0,11.0,12.0,13.0,14.0,15.0,16.0,17.0,18.0,19.0}},
{"y[[1, 2, 3]] = memory[:15]", "y", {arr(dtype::int64, {3}, {1,2,3})}, [](const array& s) { return memory_prefix(s, 15); }, error_result{error_category::value_error, "shape mismatch: value array of shape (15,) could not be broadcast to indexing result of shape (3,5)"}},
{"y[(slice(None, None, None), [1, 2, 3])] = int64([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]])", "y", {slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {3}, {1,2,3})}, [](const array&) { return arr(dtype::int64, {4,3}, {0,1,2,3,4,5,6,7,8,9,10,11}); }, std::vector<double>{0.0,0.0,1.0,2.0,4.0,5.0,3.0,4.0,5.0,9.0,10.0,6.0,7.0,8.0,14.0,15.0,9.0,10.0,11.0,19.0}},
{"a[int32([1, 2, 3])] = memory[:3]", "a", {arr(dtype::int32, {3}, {1,2,3})}, [](const array& s) { return memory_prefix(s, 3); }, std::vector<double>{0.0,0.0,0.0,0.0,4.0,5.0,6.0,7.0,8.0,9.0}},
{"a[R([1, 2, 3])] = memory[:3]", "a", {reversed_all(arr(dtype::int64, {3}, {1,2,3}))}, [](const array& s) { return memory_prefix(s, 3); }, std::vector<double>{0.0,1.0,1.0,0.0,4.0,5.0,6.0,7.0,8.0,9.0}},
};

const std::vector<setitem_case> set_error_order_cases = {
{"a[R([0, 7, 5], int8)] = int64(1)", "a", {reversed_all(arr(dtype::int8, {3}, {0,7,5}))}, [](const array&) { return arr(dtype::int64, {}, {1}); }, std::vector<double>{1.0,1.0,2.0,3.0,4.0,1.0,6.0,1.0,8.0,9.0}},
{"a[R([0, 7, 5])] = int64(1)", "a", {reversed_all(arr(dtype::int64, {3}, {0,7,5}))}, [](const array&) { return arr(dtype::int64, {}, {1}); }, std::vector<double>{1.0,1.0,2.0,3.0,4.0,1.0,6.0,1.0,8.0,9.0}},
{"x[(0, T([[0, 7], [5, 0]]), 0)] = int64(1)", "x", {std::int64_t{0}, transposed(arr(dtype::int64, {2,2}, {0,7,5,0})), std::int64_t{0}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::index_error, "index 7 is out of bounds for axis 1 with size 3"}},
{"a[[10]] = int64([1, 2])", "a", {arr(dtype::int64, {1}, {10})}, [](const array&) { return arr(dtype::int64, {2}, {1,2}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (1,)"}},
{"x[([5], slice(None, None, None), [0, 1, 2])] = int64([1, 1, 1, 1, 1, 1, 1])", "x", {arr(dtype::int64, {1}, {5}), slice_spec{std::nullopt, std::nullopt, std::nullopt}, arr(dtype::int64, {3}, {0,1,2})}, [](const array&) { return arr(dtype::int64, {7}, {1,1,1,1,1,1,1}); }, error_result{error_category::value_error, "shape mismatch: value array of shape (7,) could not be broadcast to indexing result of shape (3,3)"}},
{"xr[10] = int64(1)", "xr", {std::int64_t{10}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::value_error, "assignment destination is read-only"}},
{"xr[(0, 0, 0)] = int64(1)", "xr", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::value_error, "assignment destination is read-only"}},
{"xr[[0]] = int64(1)", "xr", {arr(dtype::int64, {1}, {0})}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::value_error, "assignment destination is read-only"}},
{"xr[bool([[[True, True, True, True], [True, True, True, True], [True, True, True, True]], [[True, True, True, True], [True, True, True, True], [True, True, True, True]]])] = int64(1)", "xr", {arr(dtype::bool_, {2,3,4}, {1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1})}, [](const array&) { return arr(dtype::int64, {}, {1}); }, error_result{error_category::value_error, "assignment destination is read-only"}},
};

// The base as NumPy would name it: None, the indexed array's owner, or something else (a temporary).
base_kind base_of(const ndarray& r, const array& source) {
    const array owner = source->base_array() ? source->base_array() : source;
    if (!r.base()) return base_kind::none;
    return r.base() == owner ? base_kind::source : base_kind::other;
}

void expect_error(const error& e, const error_result& want) {
    EXPECT_EQ(category_name(e.category()), category_name(want.category));
    EXPECT_EQ(e.what(), want.message);
}

void check_getitem_table(const std::vector<getitem_case>& cases) {
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        const array source = fixture(c.source);
        const auto before = ints(*source);
        if (const auto* want = std::get_if<error_result>(&c.expected)) {
            try {
                (void)getitem(source, c.index);
                ADD_FAILURE() << "expected " << want->message;
            } catch (const error& e) {
                expect_error(e, *want);
            }
            continue;
        }
        const getitem_result got = getitem(source, c.index);
        if (const auto* want = std::get_if<scalar_result>(&c.expected)) {
            ASSERT_TRUE(std::holds_alternative<scalar>(got));
            EXPECT_EQ(std::get<scalar>(got).type, want->type);
            EXPECT_EQ(std::get<scalar>(got).as_int64(), want->value);
            continue;
        }
        const auto& want = std::get<array_result>(c.expected);
        ASSERT_TRUE(std::holds_alternative<array>(got));
        const array& r = std::get<array>(got);
        EXPECT_NE(r, source);
        EXPECT_EQ(r->type(), source->type());
        EXPECT_EQ(r->shape(), want.shape);
        EXPECT_EQ(r->strides(), want.strides);
        EXPECT_EQ(base_of(*r, source), want.base);
        EXPECT_EQ(r->c_contiguous(), want.c_contiguous);
        EXPECT_EQ(r->f_contiguous(), want.f_contiguous);
        EXPECT_EQ(r->owndata(), want.owndata);
        EXPECT_EQ(ints(*r), want.values);
        EXPECT_EQ(ints(*source), before);
    }
}

void check_setitem_table(const std::vector<setitem_case>& cases) {
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        const array source = fixture(c.source);
        const array value = c.value(source);
        const auto before = doubles(*source);
        if (const auto* want = std::get_if<error_result>(&c.expected)) {
            try {
                setitem(source, c.index, value);
                ADD_FAILURE() << "expected " << want->message;
            } catch (const error& e) {
                expect_error(e, *want);
            }
            EXPECT_EQ(doubles(*source), before) << "a failed assignment changed the array";
            continue;
        }
        setitem(source, c.index, value);
        EXPECT_EQ(doubles(*source), std::get<std::vector<double>>(c.expected));
    }
}

array expect_array(const getitem_result& r) { return std::get<array>(r); }

}  // namespace

TEST(Getitem, BasicIndicesGiveViewsAndScalars) {
    // Tables made with NumPy 1.24 (32 dimensions at most; NumPy 2 allows 64, decided live by the corpus).
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());
    check_getitem_table(basic_cases);
}
TEST(Getitem, ZeroDIntegerArraysActAsIntegersButCopy) { check_getitem_table(zero_d_integer_array_cases); }
TEST(Getitem, IntegerArraysPlaceAndLayOutLikeNumPy) {
    // Tables made with NumPy 1.24, which does not bounds-check an index that selects nothing (NumPy 2 does:
    // empty_result_checks_index_bounds, decided live by the corpus under both oracles).
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());
    check_getitem_table(integer_array_cases);
}
TEST(Getitem, BooleanIndices) { check_getitem_table(boolean_cases); }

TEST(Setitem, BasicAndFullIntegerIndices) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // tables made with NumPy 1.24
    check_setitem_table(set_basic_cases);
}
TEST(Setitem, AdvancedIndicesBroadcastTheValueAndLastWriteWins) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // tables made with NumPy 1.24
    check_setitem_table(set_advanced_cases);
}
TEST(Setitem, BooleanIndices) { check_setitem_table(set_boolean_cases); }
TEST(Setitem, ValuesOverlappingTheDestination) {
    const engine::scoped_semantics numpy_1_24(engine::semantics::numpy_1_24());  // tables made with NumPy 1.24
    check_setitem_table(set_overlapping_value_cases);
}
TEST(Setitem, ReadOnlyAndValueShapeAreCheckedFirst) { check_setitem_table(set_error_order_cases); }

TEST(Getitem, EllipsisAndEmptyTupleGiveNewViewObjects) {
    const array x = iota({2, 3, 4});
    for (const index_expr& idx : {index_expr{ellipsis_index{}}, index_expr{}}) {
        const array v = expect_array(getitem(x, idx));
        EXPECT_NE(v, x);
        EXPECT_EQ(v->base(), x);
        EXPECT_EQ(v->data(), x->data());
    }
}

TEST(Getitem, ViewOfViewHasTheOwnerAsBaseAndWritesThrough) {
    const array x = iota({2, 3, 4});
    const array row = expect_array(getitem(x, {std::int64_t{1}}));
    const array col = expect_array(getitem(row, {slice_spec{}, std::int64_t{2}}));
    EXPECT_EQ(col->base(), x);
    setitem(col, {std::int64_t{0}}, arr(dtype::int64, {}, {-7}));
    EXPECT_EQ(ints(*x)[14], -7);
}

TEST(Getitem, AdvancedResultIsTransposedViewOfNumPysTemporary) {
    // NumPy: x[:, [0,1]].base has shape (2,2,4), strides (64,32,8), owns its data, base None;
    // x[None, :, [0,1]].base: (2,1,2,4) / (64,8,32,8); x[:, :, [3,0]].base: (2,2,3) / (48,24,8).
    const array x = iota({2, 3, 4});
    struct expectation {
        index_expr index;
        dims temp_shape, temp_strides;
    };
    const std::vector<expectation> cases = {
        {{slice_spec{}, arr(dtype::int64, {2}, {0, 1})}, {2, 2, 4}, {64, 32, 8}},
        {{newaxis_index{}, slice_spec{}, arr(dtype::int64, {2}, {0, 1})}, {2, 1, 2, 4}, {64, 8, 32, 8}},
        {{slice_spec{}, slice_spec{}, arr(dtype::int64, {2}, {3, 0})}, {2, 2, 3}, {48, 24, 8}},
    };
    for (const auto& c : cases) {
        const array r = expect_array(getitem(x, c.index));
        const array temp = r->base_array();
        ASSERT_TRUE(temp);
        EXPECT_EQ(temp->shape(), c.temp_shape);
        EXPECT_EQ(temp->strides(), c.temp_strides);
        EXPECT_TRUE(temp->owndata());
        EXPECT_EQ(temp->base(), nullptr);
        EXPECT_EQ(r->data(), temp->data());
        EXPECT_NE(temp->memory(), x->memory());
    }
}

TEST(Getitem, WriteabilityOfViewsAndCopiesOfAReadOnlyArray) {
    // NumPy: y[1:] is read-only; y[[1]], y[:, [1]] (and its temporary) and y[np.array(1)] are writeable.
    const array y = iota({4, 5});
    y->set_writeable(false);
    EXPECT_FALSE(expect_array(getitem(y, {slice_spec{1, std::nullopt, std::nullopt}}))->writeable());
    EXPECT_TRUE(expect_array(getitem(y, {arr(dtype::int64, {1}, {1})}))->writeable());
    const array cols = expect_array(getitem(y, {slice_spec{}, arr(dtype::int64, {1}, {1})}));
    EXPECT_TRUE(cols->writeable());
    EXPECT_TRUE(cols->base_array()->writeable());
    EXPECT_TRUE(expect_array(getitem(y, {arr(dtype::int64, {}, {1})}))->writeable());
}

TEST(GetitemArray, FullIntegerIndexGivesTheElementsZeroDView) {
    // What `x[1, 2, 3] += 5` reads: tmp = x[1,2,3]; tmp += 5; x[1,2,3] = tmp.
    const array x = iota({2, 3, 4});
    const array element = getitem_array(x, {std::int64_t{1}, std::int64_t{2}, std::int64_t{-1}});
    EXPECT_EQ(element->shape(), dims{});
    EXPECT_EQ(element->base(), x);
    EXPECT_EQ(element->data(), x->data() + 23 * 8);
    EXPECT_EQ(ints(*element), std::vector<std::int64_t>{23});
    const array zero_d = arr(dtype::int64, {}, {5});
    EXPECT_EQ(getitem_array(zero_d, {})->base(), zero_d);
    EXPECT_THROW(getitem_array(x, {std::int64_t{2}}), error);
}

TEST(GetitemArray, OtherIndicesGiveWhatGetitemGives) {
    const array x = iota({2, 3, 4});
    const array view = getitem_array(x, {slice_spec{}, std::int64_t{1}});
    EXPECT_EQ(view->base(), x);
    EXPECT_EQ(view->strides(), (dims{96, 8}));
    const array copy = getitem_array(x, {slice_spec{}, arr(dtype::int64, {2}, {0, 1})});
    EXPECT_EQ(copy->strides(), (dims{32, 64, 8}));
    EXPECT_NE(copy->memory(), x->memory());
    const array masked = getitem_array(x, {arr(dtype::bool_, {}, {1})});
    EXPECT_EQ(masked->shape(), (dims{1, 2, 3, 4}));
}

TEST(Setitem, CastsUnsafelyIncludingComplexToReal) {
    // NumPy: a = np.arange(3.); a[0] = np.array(1+2j) stores 1.0 (with a ComplexWarning);
    // b = np.zeros(3, np.uint8); b[[0, 1]] = np.array([-1, 256]) stores 255, 0.
    const array a = iota({3}, dtype::float64);
    const array c = ndarray::allocate(dtype::complex128, {});
    store_element(dtype::complex128, c->data(), make_complex128({1.0, 2.0}));
    setitem(a, {std::int64_t{0}}, c);
    EXPECT_EQ(doubles(*a), (std::vector<double>{1.0, 1.0, 2.0}));
    const array b = ndarray::allocate(dtype::uint8, {3});
    setitem(b, {arr(dtype::int64, {2}, {0, 1})}, arr(dtype::int64, {2}, {-1, 256}));
    EXPECT_EQ(ints(*b), (std::vector<std::int64_t>{255, 0, 0}));
}

// NumPy 1.24's compiled cast loops read some pairs' source a vector's worth at a time (contiguous_casts_read_ahead),
// which can only show where the source overlaps what the cast writes (decided live by the corpus,
// setitem/fancy_setitem_of_an_overlapping_value_cast_in_vector_chunks.py). From a separate value the chunked loop must
// write exactly what the element loop writes, float -> uint32 lanes included: every pair of dtypes, runs of 1 to 40
// (whole chunks, half chunks and leftovers), values in and out of every integer range and NaN.
TEST(Setitem, CastIntoBlocksReadingAheadWritesWhatTheElementLoopWrites) {
    for (const dtype from : all_dtypes) {
        for (const dtype to : all_dtypes) {
            if (from == to) continue;
            for (std::int64_t n = 1; n <= 40; ++n) {
                SCOPED_TRACE(std::string(name(from)) + " -> " + std::string(name(to)) + ", n = " + std::to_string(n));
                const array value = ndarray::allocate(from, {n});
                for (std::int64_t i = 0; i < n; ++i) {
                    const double x = i % 7 == 3 ? std::nan("") : (static_cast<double>(i) - 20.5) * 3.7e8;
                    store_element(from, value->data() + i * value->itemsize(),
                                  scalar{dtype::complex128, std::complex<double>(x, -x)});
                }
                const auto assigned = [&](const semantics& profile) {
                    const scoped_semantics rules(profile);
                    const array a = ndarray::allocate(to, {2, n});
                    fill(*a, scalar{dtype::int64, std::int64_t{0}});
                    setitem(a, {arr(dtype::int64, {1}, {1})}, value);
                    return std::vector<std::byte>(a->data(), a->data() + a->size() * a->itemsize());
                };
                semantics element_loop = semantics::numpy_1_24();
                element_loop.contiguous_casts_read_ahead = false;
                EXPECT_EQ(assigned(semantics::numpy_1_24()), assigned(element_loop));
            }
        }
    }
}
