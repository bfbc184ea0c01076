// The shape operations other than reshape (reshape.cpp): each builds a new (shape, strides, offset) over the
// same memory and hands it to ndarray::view_of, which applies NumPy's base-collapsing rule and inherits the
// writeable flag. What each must reproduce beyond the layout is noted where it is done; in short:
//
// - Identity. NumPy sometimes returns the very same object: real of a non-complex array, squeeze with nothing
//   to remove. Everything else is a new array, even when nothing moved (transpose of 1-d, view()).
// - Base. A view's base is the first array owning its data up the chain, so broadcast_to(x), diagonal(x),
//   x.real all have base x when x owns its data, and x's base when x is itself a view. as_strided is the
//   exception: NumPy builds it from a DummyArray holding x, so its base is a new non-array object per call,
//   and views of it stop there.
// - Writeable. broadcast_to and diagonal clear it; as_strided keeps the source's (and clears it on request,
//   for good: the DummyArray base offers no writable buffer to re-enable it from).
// - Copies. flatten, and ravel when no view exists, return fresh arrays with base None; x.imag of a real x is
//   a fresh read-only zero array.
// - Axis arguments. Python ints reach NumPy's C code as C ints, and every entry point converts them its own
//   way (truncation, OverflowError, ValueError), so each operation names the conversion it goes through.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/attribute_setters.hpp"
#include "engine/broadcast.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/shape_ops.hpp"

namespace engine {

std::int64_t wrapping_multiply(std::int64_t a, std::int64_t b) {
    std::int64_t product;
    (void)__builtin_mul_overflow(a, b, &product);  // stores the product modulo 2^64 when it overflows
    return product;
}

std::int64_t wrapping_add(std::int64_t a, std::int64_t b) {
    std::int64_t sum;
    (void)__builtin_add_overflow(a, b, &sum);
    return sum;
}

void check_array_size(const dims& shape, std::int64_t itemsize) {
    // As PyArray_NewFromDescr: dimensions of length 0 are skipped, so an empty array still may not have
    // non-zero dimensions whose byte count would overflow (the dimension count is checked by ndarray itself).
    std::int64_t bytes = itemsize;
    for (const auto d : shape) {
        if (d == 0) continue;
        if (d < 0) raise(error_category::value_error, "negative dimensions are not allowed");
        if (__builtin_mul_overflow(bytes, d, &bytes))
            raise(error_category::value_error,
                  "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    }
}

namespace {

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

dtype component_type(dtype complex_type) {
    return complex_type == dtype::complex64 ? dtype::float32 : dtype::float64;
}

// The real (byte_offset 0) or imaginary part of a complex array: the same strides over the component dtype.
array complex_part(const array& a, std::int64_t byte_offset) {
    return ndarray::view_of(a, component_type(a->type()), a->shape(), a->strides(), byte_offset);
}

}  // namespace

// ---- Flattening ----

array ravel(const array& a, order o) {
    if (o == order::K) {
        if (a->c_contiguous()) o = order::C;
        else if (a->f_contiguous()) o = order::F;
    } else {
        o = resolve_order_a(*a, o);
    }
    if ((o == order::C && a->c_contiguous()) || (o == order::F && a->f_contiguous())) return reshape(a, {-1}, o);
    if (o == order::K && is_dense_in_stride_order(*a))
        return ndarray::view_of(a, a->type(), {a->size()}, {a->itemsize()});
    return flatten(a, o);
}

array flatten(const array& a, order o) {
    o = resolve_order_a(*a, o);
    const array flat = ndarray::allocate(a->type(), {a->size()});
    // The flat result described with a's shape, so that one strided copy lays a's elements out in order o.
    const array flat_as_source = ndarray::view_of(flat, a->type(), a->shape(), flat_strides(*a, o));
    assign(*flat_as_source, *a);
    return flat;
}

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

// ---- Views with another dtype ----

array view(const array& a) { return ndarray::view_of(a, a->type(), a->shape(), a->strides()); }

array view_as(const array& a, dtype t) {
    auto [shape, strides] = retyped_layout(*a, t);  // NumPy 1.24's array_descr_set on the new view
    return ndarray::view_of(a, t, shape, strides);
}

// ---- Views NumPy builds from explicit layouts ----

array broadcast_to(const array& a, const dims& shape) {
    if (shape.empty() && a->ndim() > 0)
        raise(error_category::value_error, "cannot broadcast a non-scalar to a scalar array");
    for (const auto d : shape)
        if (d < 0) raise(error_category::value_error, "all elements of broadcast shape must be non-negative");
    // NumPy takes the view from an nditer over `a` with the requested itershape: its broadcasting errors,
    // its size limit (the running product of the shape), and its zero stride on every length-1 axis,
    // stretched or not.
    dims strides = broadcast_strides(a->shape(), a->strides(), shape);
    std::int64_t iteration_size = 1;
    for (const auto d : shape)
        if (__builtin_mul_overflow(iteration_size, d, &iteration_size))
            raise(error_category::value_error, "iterator is too large");
    check_array_size(shape, a->itemsize());
    for (std::size_t i = 0; i < shape.size(); ++i)
        if (shape[i] == 1) strides[i] = 0;
    array result = ndarray::view_of(a, a->type(), shape, strides);
    result->set_writeable(false);
    return result;
}

array as_strided(const array& a, const std::optional<dims>& shape, const std::optional<dims>& strides,
                 bool writeable) {
    // NumPy goes through a.__array_interface__, which reports no strides for a C-contiguous array; the new
    // array then gets C strides for its (possibly new) shape, and otherwise a's strides, which must then
    // match the new shape in length.
    const dims new_shape = shape.value_or(a->shape());
    check_array_size(new_shape, a->itemsize());
    const dims new_strides = strides              ? *strides
                             : a->c_contiguous() ? contiguous_strides(new_shape, a->itemsize(), order::C)
                                                 : a->strides();
    if (new_strides.size() != new_shape.size())
        raise(error_category::value_error, "mismatch in length of strides and shape");
    // The DummyArray's interface reports a warn-on-write array (broadcast_arrays' views) as read-only.
    return ndarray::view_with_foreign_base(a, a->type(), new_shape, new_strides,
                                           a->writeable() && !a->warn_on_write() && writeable);
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

// ---- Complex components ----

array real(const array& a) { return is_complex(a->type()) ? complex_part(a, 0) : a; }

array imag(const array& a) {
    if (is_complex(a->type())) return complex_part(a, itemsize(component_type(a->type())));
    // A real array has no imaginary memory: NumPy allocates zeros of the same dtype, Fortran-ordered when `a`
    // is (F- but not C-contiguous), and makes them read-only so writes cannot silently vanish.
    array zeros = ndarray::allocate(a->type(), a->shape(), resolve_order_a(*a, order::A));
    zeros->set_writeable(false);
    return zeros;
}

}  // namespace engine
