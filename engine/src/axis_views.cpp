// The views that move axes. Each builds a new (shape, strides, offset) over the same memory and hands it to
// ndarray::view_of, which applies NumPy's base-collapsing rule and inherits the writeable flag; fliplr,
// flipud, rot90 and atleast_Nd are built the way NumPy's own Python code builds them (indexing, flip,
// transpose), so that strides, base and flags come out as NumPy's do. Beyond the layout:
//
// - Identity. squeeze with nothing to remove, and atleast_Nd of an array with enough dimensions, return the
//   very same object; everything else is a new array, even when nothing moved (transpose of 1-d).
// - Writeable. diagonal clears it ("for numpy 1.9 the diagonal view is not writeable", still so in 2.x).
// - Axis arguments. Python ints reach NumPy's C code as C ints, and every entry point converts them its own
//   way (truncation, OverflowError, ValueError), so each operation names the conversion it goes through.
#include "engine/axis_views.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/error.hpp"
#include "engine/index.hpp"
#include "engine/kernels.hpp"
#include "engine/reshape.hpp"

namespace engine {

namespace {

const slice_spec all{};
const slice_spec reversed{std::nullopt, std::nullopt, -1};

// How an entry point turns a Python int axis (here already an int64) into the C int NumPy works with.
enum class c_int_conversion {
    truncation,         // transpose: the axes pass through npy_intp and are then stored into an int
    argument_parsing,   // PyArg_ParseTuple "i" (swapaxes, diagonal): OverflowError naming the bound
    multi_axis,         // PyArray_ConvertMultiAxis (squeeze): ValueError
    python_index,       // normalize_axis_index (moveaxis, expand_dims, flip): OverflowError
};

std::int64_t as_c_int(std::int64_t value, c_int_conversion conversion) {
    if (conversion == c_int_conversion::truncation) return static_cast<std::int32_t>(value);  // modular in C++20
    if (value >= INT32_MIN && value <= INT32_MAX) return value;
    if (conversion == c_int_conversion::argument_parsing)
        raise(error_category::overflow_error, value > 0 ? "signed integer is greater than maximum"
                                                        : "signed integer is less than minimum");
    if (conversion == c_int_conversion::multi_axis)
        raise(error_category::value_error, "integer won't fit into a C int");
    raise(error_category::overflow_error, "Python int too large to convert to C int");
}

// normalize_axis with NumPy's optional message prefix ("axis1: axis 5 is out of bounds ...").
std::int64_t normalize_named_axis(std::int64_t axis, std::int64_t ndim, std::string_view name) {
    try {
        return normalize_axis(axis, ndim);
    } catch (const error& e) {
        if (name.empty()) throw;
        raise(e.category(), std::string(name) + ": " + e.what());
    }
}

// numpy.core.numeric.normalize_axis_tuple: every axis normalised in turn, then duplicates refused.
dims normalize_axis_tuple(const dims& axes, std::int64_t ndim, std::string_view name = {}) {
    dims normalized;
    for (const auto axis : axes)
        normalized.push_back(normalize_named_axis(as_c_int(axis, c_int_conversion::python_index), ndim, name));
    dims sorted = normalized;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        raise(error_category::value_error,
              name.empty() ? std::string("repeated axis") : "repeated axis in `" + std::string(name) + "` argument");
    return normalized;
}

bool contains(const dims& values, std::int64_t value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

// A view whose axis i is a's axis permutation[i].
array permuted_view(const array& a, const dims& permutation) {
    dims shape, strides;
    for (const auto axis : permutation) {
        shape.push_back(a->shape()[axis]);
        strides.push_back(a->strides()[axis]);
    }
    return ndarray::view_of(a, a->type(), shape, strides);
}

// PyArray_SqueezeSelected: every selected axis must have length 1; with none selected `a` comes back itself.
array squeeze_selected(const array& a, const std::vector<bool>& selected) {
    dims shape, strides;
    bool removes_any = false;
    for (std::size_t i = 0; i < selected.size(); ++i) {
        if (!selected[i]) {
            shape.push_back(a->shape()[i]);
            strides.push_back(a->strides()[i]);
        } else if (a->shape()[i] != 1) {
            raise(error_category::value_error,
                  "cannot select an axis to squeeze out which has size not equal to one");
        } else {
            removes_any = true;
        }
    }
    if (!removes_any) return a;
    return ndarray::view_of(a, a->type(), shape, strides);
}

}  // namespace

// ---- Axis permutations ----

array transpose(const array& a, const std::optional<dims>& axes) {
    const std::int64_t nd = a->ndim();
    dims permutation;
    if (!axes) {
        for (std::int64_t i = nd; i-- > 0;) permutation.push_back(i);
        return permuted_view(a, permutation);
    }
    if (static_cast<std::int64_t>(axes->size()) != nd) raise(error_category::value_error, "axes don't match array");
    for (const auto axis : *axes) {
        const std::int64_t normalized = normalize_axis(as_c_int(axis, c_int_conversion::truncation), nd);
        if (contains(permutation, normalized)) raise(error_category::value_error, "repeated axis in transpose");
        permutation.push_back(normalized);
    }
    return permuted_view(a, permutation);
}

array swapaxes(const array& a, std::int64_t axis1, std::int64_t axis2) {
    const std::int64_t nd = a->ndim();
    const auto first = normalize_named_axis(as_c_int(axis1, c_int_conversion::argument_parsing), nd, "axis1");
    const auto second = normalize_named_axis(as_c_int(axis2, c_int_conversion::argument_parsing), nd, "axis2");
    dims permutation(static_cast<std::size_t>(nd));
    for (std::int64_t i = 0; i < nd; ++i) permutation[i] = i;
    std::swap(permutation[first], permutation[second]);
    return permuted_view(a, permutation);
}

array matrix_transpose(const array& a) {
    if (a->ndim() < 2)
        raise(error_category::value_error,
              "Input array must be at least 2-dimensional, but it is " + std::to_string(a->ndim()));
    return swapaxes(a, -1, -2);
}

array matrix_transpose_attribute(const array& a) {
    if (a->ndim() < 2) raise(error_category::value_error, "matrix transpose with ndim < 2 is undefined");
    return swapaxes(a, -1, -2);
}

std::vector<getitem_result> unstack(const array& a, std::int64_t axis) {
    if (a->ndim() == 0) raise(error_category::value_error, "Input array must be at least 1-d.");
    // tuple(np.moveaxis(x, axis, 0)): iteration gives moved[i], a scalar where moved is 1-d.
    const array moved = moveaxis(a, {axis}, {0});
    std::vector<getitem_result> items;
    for (std::int64_t i = 0; i < moved->shape()[0]; ++i) items.push_back(getitem(moved, {index_item{i}}));
    return items;
}

array moveaxis(const array& a, const dims& source, const dims& destination) {
    const dims from = normalize_axis_tuple(source, a->ndim(), "source");
    const dims to = normalize_axis_tuple(destination, a->ndim(), "destination");
    if (from.size() != to.size())
        raise(error_category::value_error,
              "`source` and `destination` arguments must have the same number of elements");
    // As numeric.moveaxis: the axes that stay, in order, then each moved axis inserted at its destination,
    // lowest destination first (so every insertion position already exists).
    dims permutation;
    for (std::int64_t axis = 0; axis < a->ndim(); ++axis)
        if (!contains(from, axis)) permutation.push_back(axis);
    std::vector<std::pair<std::int64_t, std::int64_t>> moves;
    for (std::size_t i = 0; i < from.size(); ++i) moves.emplace_back(to[i], from[i]);
    std::sort(moves.begin(), moves.end());
    for (const auto& [position, axis] : moves) permutation.insert(permutation.begin() + position, axis);
    return transpose(a, permutation);
}

// ---- Adding and removing length-1 axes ----

array squeeze(const array& a, const std::optional<dims>& axes) {
    const std::int64_t nd = a->ndim();
    std::vector<bool> selected(static_cast<std::size_t>(nd), false);
    if (!axes) {
        for (std::int64_t i = 0; i < nd; ++i) selected[i] = a->shape()[i] == 1;
        return squeeze_selected(a, selected);
    }
    for (const auto axis : *axes) {
        const auto normalized = normalize_axis(as_c_int(axis, c_int_conversion::multi_axis), nd);
        if (selected[normalized]) raise(error_category::value_error, "duplicate value in 'axis'");
        selected[normalized] = true;
    }
    return squeeze_selected(a, selected);
}

array squeeze_axis(const array& a, std::int64_t axis) {
    if (a->ndim() == 0 && (axis == 0 || axis == -1)) return a;  // NumPy's backwards-compatibility exception
    return squeeze(a, dims{axis});
}

array expand_dims(const array& a, const dims& axes) {
    // numpy.lib.shape_base.expand_dims: the new shape with 1s at the given positions, then a.reshape — so the
    // new axes get reshape's strides, not zeros.
    const auto out_ndim = a->ndim() + static_cast<std::int64_t>(axes.size());
    const dims inserted = normalize_axis_tuple(axes, out_ndim);
    dims shape;
    auto kept = a->shape().begin();
    for (std::int64_t axis = 0; axis < out_ndim; ++axis) shape.push_back(contains(inserted, axis) ? 1 : *kept++);
    return reshape(a, shape);
}

array diagonal(const array& a, std::int64_t offset, std::int64_t axis1, std::int64_t axis2) {
    // The method parses all three arguments as C ints before looking at the array.
    for (const auto argument : {offset, axis1, axis2}) as_c_int(argument, c_int_conversion::argument_parsing);
    const std::int64_t nd = a->ndim();
    if (nd < 2) raise(error_category::value_error, "diag requires an array of at least two dimensions");
    const auto first = normalize_named_axis(axis1, nd, "axis1");
    const auto second = normalize_named_axis(axis2, nd, "axis2");
    if (first == second) raise(error_category::value_error, "axis1 and axis2 cannot be the same");

    // A non-negative offset starts the diagonal `offset` steps along axis2, a negative one along axis1.
    // (NumPy negates the offset as a C int, so offset = INT32_MIN gives it a wild data pointer; here that
    // offset simply leaves an empty diagonal.)
    std::int64_t extent1 = a->shape()[first], extent2 = a->shape()[second];
    const std::int64_t steps = offset >= 0 ? offset : -offset;
    const std::int64_t step_stride = a->strides()[offset >= 0 ? second : first];
    (offset >= 0 ? extent2 : extent1) -= steps;
    const std::int64_t length = std::min(extent1, extent2);
    // An empty diagonal keeps the original start, as NumPy moves the data pointer only for a real one.
    const std::int64_t byte_offset = length >= 0 ? wrapping_multiply(steps, step_stride) : 0;

    dims shape, strides;
    for (std::int64_t i = 0; i < nd; ++i) {
        if (i == first || i == second) continue;
        shape.push_back(a->shape()[i]);
        strides.push_back(a->strides()[i]);
    }
    shape.push_back(std::max<std::int64_t>(length, 0));
    strides.push_back(wrapping_add(a->strides()[first], a->strides()[second]));
    array result = ndarray::view_of(a, a->type(), shape, strides, byte_offset);
    result->set_writeable(false);  // "for numpy 1.9 the diagonal view is not writeable" — still so in 1.24
    return result;
}

array flip(const array& a, const std::optional<dims>& axes) {
    const std::int64_t nd = a->ndim();
    std::vector<bool> reversed(static_cast<std::size_t>(nd), !axes);
    if (axes)
        for (const auto axis : normalize_axis_tuple(*axes, nd)) reversed[axis] = true;
    if (nd == 0) {
        // np.flip indexes with an empty tuple, which yields a scalar; see the header.
        array scalar_like = copy_of(*a, order::C);
        scalar_like->set_writeable(false);
        return scalar_like;
    }
    // Each reversed axis is a[::-1]: start at its last element and step backwards. An empty axis is left
    // alone — NumPy turns an empty slice into start 0, step 1.
    dims strides = a->strides();
    std::int64_t byte_offset = 0;
    for (std::int64_t i = 0; i < nd; ++i) {
        if (!reversed[i] || a->shape()[i] == 0) continue;
        byte_offset = wrapping_add(byte_offset, wrapping_multiply(a->shape()[i] - 1, strides[i]));
        strides[i] = wrapping_multiply(strides[i], -1);
    }
    return ndarray::view_of(a, a->type(), a->shape(), strides, byte_offset);
}

// ---- NumPy's Python-level compositions ----

array fliplr(const array& m) {
    if (m->ndim() < 2) raise(error_category::value_error, "Input must be >= 2-d.");
    return getitem_array(m, {all, reversed});
}

array flipud(const array& m) {
    if (m->ndim() < 1) raise(error_category::value_error, "Input must be >= 1-d.");
    return getitem_array(m, {reversed, ellipsis_index{}});
}

array rot90(const array& m, std::int64_t k, std::pair<std::int64_t, std::int64_t> axes) {
    const std::int64_t nd = m->ndim();
    auto [first, second] = axes;
    if (first == second || first - second == nd || second - first == nd)
        raise(error_category::value_error, "Axes must be different.");
    if (first >= nd || first < -nd || second >= nd || second < -nd) {
        raise(error_category::value_error, "Axes=(" + std::to_string(first) + ", " + std::to_string(second) +
                                               ") out of range for array of ndim=" + std::to_string(nd) + ".");
    }
    k = ((k % 4) + 4) % 4;
    if (k == 0) return getitem_array(m, {all});
    if (k == 2) return flip(flip(m, dims{first}), dims{second});
    dims permutation(static_cast<std::size_t>(nd));
    for (std::int64_t i = 0; i < nd; ++i) permutation[static_cast<std::size_t>(i)] = i;
    const auto wrap = [nd](std::int64_t axis) { return static_cast<std::size_t>(axis < 0 ? axis + nd : axis); };
    std::swap(permutation[wrap(first)], permutation[wrap(second)]);
    if (k == 1) return transpose(flip(m, dims{second}), permutation);
    return flip(transpose(m, permutation), dims{second});
}

array atleast_1d(const array& a) { return a->ndim() == 0 ? reshape(a, {1}) : a; }

array atleast_2d(const array& a) {
    if (a->ndim() == 0) return reshape(a, {1, 1});
    if (a->ndim() == 1) return getitem_array(a, {newaxis_index{}, all});
    return a;
}

array atleast_3d(const array& a) {
    if (a->ndim() == 0) return reshape(a, {1, 1, 1});
    if (a->ndim() == 1) return getitem_array(a, {newaxis_index{}, all, newaxis_index{}});
    if (a->ndim() == 2) return getitem_array(a, {all, all, newaxis_index{}});
    return a;
}

array rollaxis(const array& a, std::int64_t axis, std::int64_t start) {
    const std::int64_t n = a->ndim();
    const std::int64_t moved = normalize_axis(axis, n);
    const std::int64_t given_start = start;
    if (start < 0) start += n;
    if (!(0 <= start && start < n + 1))
        raise(error_category::value_error, "'start' arg requires " + std::to_string(-n) + " <= start < " +
                                               std::to_string(n + 1) + ", but " + std::to_string(given_start) +
                                               " was passed in");
    if (moved < start) --start;  // the axis has been taken out in front of it
    if (moved == start) return getitem_array(a, {ellipsis_index{}});
    dims axes;
    for (std::int64_t i = 0; i < n; ++i)
        if (i != moved) axes.push_back(i);
    axes.insert(axes.begin() + start, moved);
    return transpose(a, axes);
}

array with_leading_ones(const array& a, std::int64_t ndmin, bool fortran_order_asked) {
    if (a->ndim() >= ndmin) return a;
    const bool fortran = fortran_order_asked || (a->f_contiguous() && !a->c_contiguous());
    const std::int64_t stride =
        a->ndim() == 0 || fortran ? a->itemsize() : wrapping_multiply(a->strides()[0], a->shape()[0]);
    dims shape(static_cast<std::size_t>(ndmin - a->ndim()), 1), strides(shape.size(), stride);
    shape.insert(shape.end(), a->shape().begin(), a->shape().end());
    strides.insert(strides.end(), a->strides().begin(), a->strides().end());
    return ndarray::view_of(a, a->type(), shape, strides);
}

}  // namespace engine
