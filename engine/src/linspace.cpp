// np.linspace, step by step as numpy/_core/function_base.py (NumPy 2.4) and numpy/core/function_base.py (1.24)
// compute it: the arange of sample numbers, reshaped to take the endpoints' dimensions, scaled in place by the step
// when the step is one number (or by the difference, after dividing, when the step underflows to 0), shifted by
// start, its last sample set to stop; then moved to `axis`, floored for an integer dtype, and cast.
#include "engine/linspace.hpp"

#include <cmath>
#include <string>

#include "engine/axis_views.hpp"
#include "engine/creation.hpp"
#include "engine/error.hpp"
#include "engine/index.hpp"
#include "engine/reduction.hpp"
#include "engine/reshape.hpp"
#include "engine/semantics.hpp"

namespace engine {

namespace {

scalar python_float(double v) { return from_python_number(make_float64(v)); }
scalar python_int(std::int64_t v) { return from_python_number(make_int64(v)); }

std::int64_t ndim_of(const operand& x) {
    if (const auto* a = std::get_if<array>(&x)) return (*a)->ndim();
    return 0;
}

}  // namespace

linspace_result linspace(const operand& start_in, const operand& stop_in, std::int64_t num, bool endpoint,
                         std::optional<dtype> requested, std::int64_t axis, const descriptor_handle& descriptor) {
    if (num < 0) raise(error_category::value_error, "Number of samples, " + std::to_string(num) + ", must be non-negative.");
    const std::int64_t div = endpoint ? num - 1 : num;
    operand start = start_in, stop = stop_in, delta;
    dtype dt;
    if (active_semantics().nep50_weak_python_scalars) {
        // _array_converter: the endpoints' result type made inexact (as with a weak Python float), then
        // np.subtract(stop, start, dtype=type(dt)).
        dt = result_type({start, stop, python_float(0.0)});
        ufunc_keywords in_dt;
        in_dt.loop_dtype = dt;
        delta = call(binary_op::subtract, stop, start, in_dt);
    } else {
        // start = asanyarray(start) * 1.0 (a NumPy scalar for 0-d), the same for stop; float(num) in the result type.
        start = apply(binary_op::multiply, as_array(start), python_float(1.0));
        stop = apply(binary_op::multiply, as_array(stop), python_float(1.0));
        dt = result_type({start, stop, python_float(static_cast<double>(num))});
        delta = apply(binary_op::subtract, stop, start);
    }

    dims shape{-1};
    shape.insert(shape.end(), static_cast<std::size_t>(ndim_of(delta)), 1);
    array y = reshape(arange(make_int64(0), make_int64(num), make_int64(1), dt), shape);
    operand step = python_float(std::nan(""));
    if (div > 0) {
        const bool multiply_in_place = std::holds_alternative<scalar>(delta);  // np.isscalar(delta)
        step = apply(binary_op::true_divide, delta, python_int(div));
        const auto is_zero = apply(binary_op::equal, step, python_int(0));
        const bool any_step_zero =
            multiply_in_place ? std::get<scalar>(is_zero).as_bool()
                              : std::get<scalar>(reduce(reduction::any, as_array(is_zero), {})).as_bool();
        if (any_step_zero) {
            // Denormal steps: divide first, then multiply by the difference.
            apply_inplace(binary_op::true_divide, y, python_int(div));
            if (multiply_in_place) apply_inplace(binary_op::multiply, y, delta);
            else y = std::get<array>(apply(binary_op::multiply, y, delta));
        } else if (multiply_in_place) {
            apply_inplace(binary_op::multiply, y, step);
        } else {
            y = std::get<array>(apply(binary_op::multiply, y, step));
        }
    } else {
        y = std::get<array>(apply(binary_op::multiply, y, delta));
    }
    apply_inplace(binary_op::add, y, start);
    if (endpoint && num > 1) setitem(y, {std::int64_t{-1}, ellipsis_index{}}, as_array(stop));
    if (axis != 0) y = moveaxis(y, {0}, {axis});
    const bool integer_dtype = requested && (kind_of(*requested) == dtype_kind::signed_int ||
                                             kind_of(*requested) == dtype_kind::unsigned_int);
    if (integer_dtype) {
        ufunc_keywords in_place;
        in_place.out = y;
        call(unary_op::floor, y, in_place);
    }
    const descriptor_handle& held = requested ? descriptor : y->descriptor();
    return {astype(y, requested.value_or(y->type()), false, order::K, casting::unsafe, held), step};
}

}  // namespace engine
