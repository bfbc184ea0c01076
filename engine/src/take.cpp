// np.take and the along-axis index, as item_selection.c's PyArray_TakeFrom and _shape_base_impl.py build
// them: positions are checked and resolved first, then the elements are gathered into a fresh C-ordered
// array, which `out` (if any) receives only once it is complete.
#include "engine/take.hpp"

#include <cstdint>
#include <limits>
#include <string>

#include "engine/array_flags.hpp"
#include "engine/error.hpp"
#include "engine/flat_iterator.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/promotion.hpp"
#include "engine/reshape.hpp"
#include "engine/semantics.hpp"
#include "engine/shares_memory.hpp"

namespace engine {

namespace {

// A position resolved against an axis of `extent` elements by the mode; none when raise mode refuses it.
std::optional<std::int64_t> resolve_position(std::int64_t position, std::int64_t extent, clip_mode mode) {
    switch (mode) {
        case clip_mode::raise:
        case clip_mode::raise_with_value_error_pending:
            if (position < -extent || position >= extent) return std::nullopt;
            return position < 0 ? position + extent : position;
        case clip_mode::wrap: {
            const std::int64_t wrapped = position % extent;
            return wrapped < 0 ? wrapped + extent : wrapped;
        }
        case clip_mode::clip: return position < 0 ? 0 : position >= extent ? extent - 1 : position;
    }
    return std::nullopt;
}

}  // namespace

clip_mode clip_mode_named(std::string_view name) {
    const char first = name.empty() ? '\0' : name.front();
    clip_mode mode;
    std::string_view exact;
    if (first == 'c' || first == 'C') {
        mode = clip_mode::clip, exact = "clip";
    } else if (first == 'w' || first == 'W') {
        mode = clip_mode::wrap, exact = "wrap";
    } else if (first == 'r' || first == 'R') {
        mode = clip_mode::raise, exact = "raise";
    } else {
        raise(error_category::value_error,
              "clipmode must be one of 'clip', 'raise', or 'wrap' (got '" + std::string(name) + "')");
    }
    if (name != exact && active_semantics().inexact_clip_mode_is_error)
        raise(error_category::value_error, "Use one of 'clip', 'raise', or 'wrap' for clip mode");
    return mode;
}

clip_mode clip_mode_numbered(std::int64_t number) {
    // PyArray_PyIntAsInt: a number beyond a C int fails the conversion itself.
    if (number < std::numeric_limits<std::int32_t>::min() || number > std::numeric_limits<std::int32_t>::max())
        raise(error_category::type_error, "clipmode not understood");
    if (number == 0) return clip_mode::clip;
    if (number == 1) return clip_mode::wrap;
    if (number == 2) return clip_mode::raise;
    if (active_semantics().invalid_integer_clip_mode_is_left_pending) return clip_mode::raise_with_value_error_pending;
    raise(error_category::value_error, "integer clipmode must be RAISE, WRAP, or CLIP");
}

void raise_pending_mode_error(clip_mode mode, bool returns_result) {
    if (mode != clip_mode::raise_with_value_error_pending) return;
    if (returns_result)
        raise(error_category::system_error, "returned a result with an exception set (the ValueError of an integer "
                                            "clipmode outside RAISE, WRAP and CLIP)");
    raise(error_category::value_error, "integer clipmode must be RAISE, WRAP, or CLIP");
}

bool is_carray(const ndarray& a) { return array_flags::of(a).carray(); }

void check_writebackifcopy_base(const ndarray& arr, dtype wanted, bool copy_asked) {
    if (copy_asked || !is_carray(arr) || arr.type() != wanted)
        arr.require_writeable("WRITEBACKIFCOPY base is read-only");
}

array carray_from(const array& values, dtype t, casting rule) {
    if (!can_cast_array(*values, t, rule)) raise_cannot_cast("array data", values->type(), t, rule);
    if (values->type() == t && is_carray(*values)) return values;
    return copy_of(*values, order::C, t);
}

array positions_from(const array& given, casting rule) { return carray_from(given, dtype::int64, rule); }

casting take_indices_rule() {
    return active_semantics().take_indices_cast_same_kind ? casting::same_kind : casting::safe;
}

array take(const array& a, const array& given_indices, std::optional<std::int64_t> axis,
           const std::optional<array>& out, clip_mode mode) {
    // NumPy 1.24's PyArray_CheckAxis reads exactly NPY_MAXDIMS (32) as None; 33 and beyond are AxisErrors
    // (np.concatenate, which checks the axis its own way, takes every axis >= 32 as None).
    const bool raveled = !axis || (active_semantics().maxdims_axis_means_none && *axis == 32);
    // PyArray_CheckAxis: no axis, or a 0-d `a` whatever the axis, means the raveled array.
    const array source = !raveled && a->ndim() > 0 ? a : ravel(a);
    const std::int64_t along = normalize_axis(raveled ? 0 : *axis, source->ndim());
    const array indices = positions_from(given_indices, take_indices_rule());
    dims shape(source->shape().begin(), source->shape().begin() + along);
    shape.insert(shape.end(), indices->shape().begin(), indices->shape().end());
    shape.insert(shape.end(), source->shape().begin() + along + 1, source->shape().end());
    // Without out, NumPy creates the result before reading a position: too many dimensions is the ValueError
    // of array creation, ahead of any IndexError.
    const auto max_dimensions = static_cast<std::size_t>(active_semantics().max_dimensions);
    if (!out && shape.size() > max_dimensions)
        raise(error_category::value_error,
              "number of dimensions must be within [0, " + std::to_string(max_dimensions) + "]");
    if (out) {
        if ((*out)->shape() != shape)
            raise(error_category::value_error, "output array does not match result of ndarray.take");
        // PyArray_FromArray(out, a's dtype, CARRAY | WRITEBACKIFCOPY): out's dtype must cast safely to a's.
        if (!can_cast((*out)->type(), a->type(), casting::safe))
            raise_cannot_cast("array data", (*out)->type(), a->type(), casting::safe);
        // take asks for a copy where out overlaps the array it reads (`a` itself where `a` is C-contiguous and
        // aligned, a copy otherwise) and in the raise mode.
        const bool reads_a_itself = a->c_contiguous() && a->aligned();
        check_writebackifcopy_base(**out, a->type(),
                                   raises_out_of_range(mode) || (reads_a_itself && may_share_memory(**out, *a)));
    }
    const std::int64_t extent = source->shape()[along];
    if (extent == 0 && element_count(shape) != 0)
        raise(error_category::index_error, "cannot do a non-empty take from an empty axes.");
    // The positions resolved by the mode, in the index's C order. NumPy's loop checks them once per
    // position along the axes before `axis`, so with none of those (an empty leading axis) nothing is checked.
    std::int64_t leading = 1;
    for (std::int64_t i = 0; i < along; ++i) leading *= source->shape()[i];
    const std::vector<scalar> given = leading == 0 ? std::vector<scalar>{} : flat_values(*indices);
    const array resolved = ndarray::allocate(dtype::int64, indices->shape());
    auto* slots = reinterpret_cast<std::int64_t*>(resolved->data());
    for (std::size_t i = 0; i < given.size(); ++i) {
        if (mode == clip_mode::wrap && extent == 0)  // NumPy's wrap loop would never end here
            raise(error_category::index_error, "cannot wrap a position around an empty axis");
        const std::int64_t position = given[i].as_int64();
        const std::optional<std::int64_t> at = resolve_position(position, extent, mode);
        if (!at)
            raise(error_category::index_error, "index " + std::to_string(position) + " is out of bounds for axis " +
                                                   std::to_string(along) + " with size " + std::to_string(extent));
        slots[i] = *at;
    }
    index_expr where(static_cast<std::size_t>(along), slice_spec{});
    where.emplace_back(resolved);
    const array result = element_count(shape) == 0 ? ndarray::allocate(a->type(), shape)
                                                   : copy_of(*getitem_array(source, where), order::C);
    result->set_descriptor(a->descriptor());
    if (!out) {
        raise_pending_mode_error(mode, false);
        return result;
    }
    assign(**out, *result);
    raise_pending_mode_error(mode, true);
    return *out;
}

array array_of_flat(const array& a) {
    if (a->c_contiguous()) return ravel(a);
    // np.array(arr.flat) is 1-d whatever arr's shape: the read-only copy in C order, flattened.
    const array copy = ravel(copy_of(*a, order::C));
    copy->set_writeable(false);
    return copy;
}

index_expr along_axis_index(const dims& arr_shape, const array& indices, std::int64_t axis) {
    if (!is_integer(indices->type())) raise(error_category::index_error, "`indices` must be an integer array");
    if (static_cast<std::int64_t>(arr_shape.size()) != indices->ndim())
        raise(error_category::value_error, "`indices` and `arr` must have the same number of dimensions");
    index_expr fancy;
    for (std::size_t dim = 0; dim < arr_shape.size(); ++dim) {
        if (static_cast<std::int64_t>(dim) == axis) {
            fancy.emplace_back(indices);
            continue;
        }
        // np.arange(n).reshape((1,) * dim + (-1,) + (1,) * rest)
        dims shape(arr_shape.size(), 1);
        shape[dim] = arr_shape[dim];
        const array range = ndarray::allocate(dtype::int64, shape);
        auto* values = reinterpret_cast<std::int64_t*>(range->data());
        for (std::int64_t i = 0; i < arr_shape[dim]; ++i) values[i] = i;
        fancy.emplace_back(range);
    }
    return fancy;
}

void check_indices_for_axis_none(const ndarray& indices) {
    if (active_semantics().along_axis_none_uses_array_of_flat && indices.ndim() != 1)
        raise(error_category::value_error, "when axis=None, `indices` must have a single dimension.");
}

getitem_result take_along_axis(const array& arr, const array& indices, std::optional<std::int64_t> axis) {
    if (!axis) {
        check_indices_for_axis_none(*indices);
        const array flat = flatten(arr);  // arr.flat's elements in C order, as np.array(arr.flat) and arr.flat give
        return getitem(flat, along_axis_index(flat->shape(), indices, 0));
    }
    return getitem(arr, along_axis_index(arr->shape(), indices, normalize_axis(*axis, arr->ndim())));
}

void put_along_axis(const array& arr, const array& indices, const assigned_value& values,
                    std::optional<std::int64_t> axis) {
    if (!axis) {
        if (!active_semantics().along_axis_none_uses_array_of_flat) {  // NumPy 1.24: arr.flat[index] = values
            const index_expr positions = along_axis_index({arr->size()}, indices, 0);
            return flat_assign_item(arr, [&]() -> flat_index { return positions; }, values);
        }
        check_indices_for_axis_none(*indices);
        const array flat = array_of_flat(arr);
        return assign_subscript(flat, [&] { return along_axis_index(flat->shape(), indices, 0); }, values);
    }
    const std::int64_t along = normalize_axis(*axis, arr->ndim());
    assign_subscript(arr, [&] { return along_axis_index(arr->shape(), indices, along); }, values);
}

}  // namespace engine
