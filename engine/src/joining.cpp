// The joining functions of numpy/_core/shape_base.py and numpy/lib/_function_base_impl.py (append) over
// the engine's concatenate, and concatenate into a given array (multiarraymodule.c).
#include "engine/joining.hpp"

#include "engine/axis_views.hpp"
#include "engine/creation.hpp"
#include "engine/error.hpp"
#include "engine/index.hpp"
#include "engine/layout.hpp"
#include "engine/reshape.hpp"

namespace engine {

array concatenate_into(const std::vector<array>& seq, std::int64_t axis, const array& out, casting rule) {
    if (seq.empty()) raise(error_category::value_error, "need at least one array to concatenate");
    const std::int64_t ndim = seq.front()->ndim();
    if (ndim == 0) raise(error_category::value_error, "zero-dimensional arrays cannot be concatenated");
    const auto along = static_cast<std::size_t>(normalize_axis(axis, ndim));
    const dims shape = concatenated_shape(seq, along);
    if (out->ndim() != ndim) raise(error_category::value_error, "Output array has wrong dimensionality");
    if (out->shape() != shape) raise(error_category::value_error, "Output array is the wrong shape");
    // A window sliding along the axis of a view of `out` receives each input in turn.
    dims window = shape;
    std::int64_t offset = 0;
    for (const array& a : seq) {
        window[along] = a->shape()[along];
        copyto(ndarray::view_of(out, out->type(), window, out->strides(), offset), a, rule);
        offset += window[along] * out->strides()[along];
    }
    return out;
}

array stack(const std::vector<array>& arrays, std::int64_t axis, const std::optional<array>& out, casting rule) {
    if (arrays.empty()) raise(error_category::value_error, "need at least one array to stack");
    for (const array& a : arrays)
        if (a->shape() != arrays.front()->shape())
            raise(error_category::value_error, "all input arrays must have the same shape");
    const std::int64_t result_ndim = arrays.front()->ndim() + 1;
    const std::int64_t along = normalize_axis(axis, result_ndim);
    // arr[(slice(None),) * axis + (np.newaxis,)]
    index_expr expansion(static_cast<std::size_t>(along), slice_spec{});
    expansion.emplace_back(newaxis_index{});
    std::vector<array> expanded;
    for (const array& a : arrays) expanded.push_back(getitem_array(a, expansion));
    return out ? concatenate_into(expanded, along, *out, rule) : concatenate(expanded, along);
}

namespace {

std::vector<array> each(const std::vector<array>& arrays, array (*make)(const array&)) {
    std::vector<array> made;
    for (const array& a : arrays) made.push_back(make(a));
    return made;
}

}  // namespace

array hstack(const std::vector<array>& arrays) {
    const std::vector<array> at_least_1d = each(arrays, &atleast_1d);
    // Dimension 0 of 1-D arrays is "horizontal".
    const bool one_dimensional = !at_least_1d.empty() && at_least_1d.front()->ndim() == 1;
    return concatenate(at_least_1d, one_dimensional ? 0 : 1);
}

array vstack(const std::vector<array>& arrays) { return concatenate(each(arrays, &atleast_2d), 0); }

array dstack(const std::vector<array>& arrays) { return concatenate(each(arrays, &atleast_3d), 2); }

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

array column_stack(const std::vector<array>& arrays) {
    std::vector<array> columns;
    for (const array& a : arrays) columns.push_back(a->ndim() < 2 ? transpose(with_leading_ones(a, 2)) : a);
    return concatenate(columns, 1);
}

array append(const array& arr, const array& values, std::optional<std::int64_t> axis) {
    if (axis) return concatenate({arr, values}, *axis);
    const array flat_arr = arr->ndim() != 1 ? ravel(arr) : arr;
    return concatenate({flat_arr, ravel(values)}, flat_arr->ndim() - 1);
}

}  // namespace engine
