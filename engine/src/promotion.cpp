// NumPy 1.24's legacy type resolution with value-based casting, as convert_datatype.c implements it
// (PyArray_ResultType -> PyArray_CheckLegacyResultType, min_scalar_type_num, can_cast_scalar_to).
//
// Value-based casting in NumPy 1.24
// ---------------------------------
// Before NEP 50 (NumPy 2.0), the dtype of a Python number or a 0-d array in a mixed operation depended on
// its *value*, not only on its type. The idea was that `int8_array + 1` should stay int8 rather than being
// widened to int64 by a literal that obviously fits. It works in two steps.
//
// 1. Whether values matter at all. Every dtype falls into a "kind category": bool 0, integers (signed or
//    unsigned) 1, inexact (float or complex — they share one category) 2. If at least one operand is an
//    array with ndim > 0, and the highest category among the scalars / 0-d arrays is not above the highest
//    category among the arrays, values matter. Otherwise the scalar is of a "higher kind" than every array
//    (int8_array + 1.5, bool_array + 1) and plain np.promote_types applies to the dtypes, as it also does
//    when every operand is a scalar (np.int8(3) + 1 -> int64).
//
// 2. When values matter, every scalar / 0-d array is replaced by np.min_scalar_type of its value before
//    promoting: the smallest type of its kind that holds the value. A non-negative integer gets the
//    smallest *unsigned* type (1 -> uint8, 300 -> uint16), a negative one the smallest signed type (-1 ->
//    int8). A float gets float16 when |x| < 65000 (or when it is inf/nan), float32 when |x| < 3.4e38, else
//    float64; a complex gets complex64 when both parts are below 3.4e38 in magnitude. Because uint8 + int8
//    promotes to int16, an unsigned minimum would widen signed arrays needlessly (int8_array + 1 would be
//    int16), so a non-negative value that also fits the signed type of the same size is marked "small
//    unsigned", and is promoted as that signed type against any signed or inexact type: int8_array + 1 ->
//    int8, int8_array + 200 -> int16 (200 needs uint8, which does not fit int8), uint8_array + (-1) -> int16.
//    Operands are folded left to right with this rule.
//
// The same minimum decides whether assigning a scalar is allowed: np.copyto(int8_array, 300) passes the
// same_kind check (300 -> int16, and int16 -> int8 is same_kind), np.copyto(uint8_array, -1) does not.
//
// A float scalar's minimum float16 matters next to a float16 array (float16_array + 1.5 stays float16) and
// meets integers as float16 does (int8 and uint8 fit it, int16 needs float32).
#include "engine/promotion.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "engine/array.hpp"
#include "engine/error.hpp"
#include "engine/semantics.hpp"

namespace engine {

namespace {

// NumPy's dtype_kind_to_simplified_ordering.
int kind_category(dtype t) {
    switch (kind_of(t)) {
        case dtype_kind::boolean: return 0;
        case dtype_kind::signed_int:
        case dtype_kind::unsigned_int: return 1;
        case dtype_kind::floating:
        case dtype_kind::complex: return 2;
    }
    return 2;
}

minimal_type minimal_unsigned(std::uint64_t v) {
    auto pick = [&](dtype t, std::uint64_t signed_max) { return minimal_type{t, v <= signed_max}; };
    if (v <= std::numeric_limits<std::uint8_t>::max()) return pick(dtype::uint8, 127);
    if (v <= std::numeric_limits<std::uint16_t>::max()) return pick(dtype::uint16, 32767);
    if (v <= std::numeric_limits<std::uint32_t>::max()) return pick(dtype::uint32, 2147483647);
    return pick(dtype::uint64, static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()));
}

minimal_type minimal_signed(std::int64_t v) {
    if (v >= 0) return minimal_unsigned(static_cast<std::uint64_t>(v));
    if (v >= std::numeric_limits<std::int8_t>::min()) return {dtype::int8};
    if (v >= std::numeric_limits<std::int16_t>::min()) return {dtype::int16};
    if (v >= std::numeric_limits<std::int32_t>::min()) return {dtype::int32};
    return {dtype::int64};
}

// NumPy's bounds, compared with strict inequalities so that nan fails them as it does in C.
bool fits_float16_rule(double v) { return (v > -65000.0 && v < 65000.0) || !std::isfinite(v); }
bool fits_float32_rule(double v) { return v > -3.4e38 && v < 3.4e38; }

}  // namespace

minimal_type min_scalar_type(const scalar& value) {
    switch (kind_of(value.type)) {
        case dtype_kind::boolean: return {dtype::bool_};
        case dtype_kind::signed_int: return minimal_signed(value.as_int64());
        case dtype_kind::unsigned_int: return minimal_unsigned(value.as_uint64());
        case dtype_kind::floating: {
            const double v = value.as_double();
            if (fits_float16_rule(v)) return {dtype::float16};
            if (value.type == dtype::float64 && !fits_float32_rule(v)) return {dtype::float64};
            return {dtype::float32};
        }
        case dtype_kind::complex: {
            const auto z = value.as_complex();
            if (value.type == dtype::complex128 && !(fits_float32_rule(z.real()) && fits_float32_rule(z.imag())))
                return {dtype::complex128};
            return {dtype::complex64};
        }
    }
    return {value.type};
}

namespace {

dtype as_signed(dtype t) { return kind_of(t) == dtype_kind::unsigned_int ? signed_of_size(itemsize(t)) : t; }

// convert_datatype.c's promote_types: a "small unsigned" side counts as its signed twin unless the other
// side is bool or unsigned.
dtype promote_with_small_unsigned(const minimal_type& a, const minimal_type& b) {
    auto signed_eligible = [](dtype other) {
        return kind_of(other) != dtype_kind::boolean && kind_of(other) != dtype_kind::unsigned_int;
    };
    if (a.fits_signed_of_same_size) {
        if (signed_eligible(b.type)) return promote_types(as_signed(a.type), b.type);
        return promote_types(a.type, b.type);
    }
    if (b.fits_signed_of_same_size && signed_eligible(a.type)) return promote_types(a.type, as_signed(b.type));
    return promote_types(a.type, b.type);
}

}  // namespace

// should_use_min_scalar: some operand is an array with ndim > 0 and no scalar is of a higher kind category.
bool scalar_values_matter(std::span<const typed_operand> operands) {
    bool all_scalars = true;
    int max_scalar_category = -1, max_array_category = -1;
    for (const auto& op : operands) {
        int& max = op.value ? max_scalar_category : max_array_category;
        if (!op.value) all_scalars = false;
        max = std::max(max, kind_category(op.type));
    }
    return !all_scalars && max_array_category >= max_scalar_category;
}

dtype legacy_result_type(std::span<const typed_operand> operands) {
    if (operands.empty()) raise(error_category::value_error, "at least one array or dtype is required");
    if (operands.size() == 1) return native_order(operands.front().type);  // result types are always native
    if (!scalar_values_matter(operands)) {
        dtype result = operands.front().type;
        for (const auto& op : operands.subspan(1)) result = promote_types(result, op.type);
        return result;
    }
    minimal_type result{};
    bool first = true;
    for (const auto& op : operands) {
        const minimal_type t = op.value ? min_scalar_type(*op.value) : minimal_type{native_order(op.type), false};
        if (first) {
            result = t;
            first = false;
            continue;
        }
        result = {promote_with_small_unsigned(t, result), t.fits_signed_of_same_size && result.fits_signed_of_same_size};
    }
    return result.type;
}

namespace {

// The value-based half of can_cast_scalar_to: the smallest type that holds the value, cast under the rule.
bool can_cast_by_value(const scalar& value, dtype to, casting rule) {
    const minimal_type minimal = min_scalar_type(value);
    dtype t = minimal.type;
    // A small unsigned value may also go to a signed type, as its signed twin.
    if (minimal.fits_signed_of_same_size && kind_of(to) != dtype_kind::unsigned_int) t = as_signed(t);
    return can_cast(t, to, rule);
}

}  // namespace

bool can_cast_value(const scalar& value, dtype to, casting rule) {
    if (value.type == to || rule == casting::unsafe || can_cast(value.type, to, rule)) return true;
    return can_cast_by_value(value, to, rule);
}

bool can_cast_array(const ndarray& a, dtype to, casting rule) {
    if (a.ndim() != 0 || active_semantics().nep50_weak_python_scalars) return can_cast(a.type(), to, rule);
    // The array's own dtype (its byte order included) first, then its value (a NumPy scalar is always native).
    if (a.type() == to || rule == casting::unsafe || can_cast(a.type(), to, rule)) return true;
    return can_cast_by_value(load_element(a.type(), a.data()), to, rule);
}

void check_can_cast_array(const ndarray& a, dtype to, casting rule) {
    if (!can_cast_array(a, to, rule)) raise_cannot_cast(a.ndim() == 0 ? "scalar" : "array data", a.type(), to, rule);
}

void raise_cannot_cast(std::string_view what, dtype from, dtype to, casting rule) {
    raise(error_category::type_error, "Cannot cast " + std::string(what) + " from " + dtype_repr(from) + " to " +
                                          dtype_repr(to) + " according to the rule '" + std::string(casting_name(rule)) +
                                          "'");
}

int nep50_category(dtype t) {
    switch (kind_of(t)) {
        case dtype_kind::boolean: return 0;
        case dtype_kind::signed_int:
        case dtype_kind::unsigned_int: return 1;
        case dtype_kind::floating: return 2;
        case dtype_kind::complex: return 3;
    }
    return 3;
}

namespace {

// The strong result `strong` met by a weak Python number of dtype `weak` (int64, float64, complex128 or bool).
dtype promote_weak(dtype strong, dtype weak) {
    if (nep50_category(weak) <= nep50_category(strong)) return strong;
    // A Python complex next to a float keeps the float's precision: float32 + 1j -> complex64.
    if (kind_of(weak) == dtype_kind::complex && kind_of(strong) == dtype_kind::floating) {
        return itemsize(strong) <= 4 ? dtype::complex64 : dtype::complex128;
    }
    // The Python number's default dtype: int64 (also for an int only uint64 holds: bool + 2**63 is an int64
    // operation, which it overflows), float64 or complex128.
    return is_integer(weak) ? dtype::int64 : weak;
}

}  // namespace

dtype nep50_result_type(std::span<const typed_operand> operands) {
    if (operands.empty()) raise(error_category::value_error, "at least one array or dtype is required");
    std::optional<dtype> strong;
    for (const auto& op : operands) {
        if (!op.python_number) strong = strong ? promote_types(*strong, op.type) : native_order(op.type);
    }
    if (!strong) {  // only Python numbers: their default dtypes promote as usual
        dtype result = native_order(operands.front().type);
        for (const auto& op : operands.subspan(1)) result = promote_types(result, op.type);
        return result;
    }
    dtype result = *strong;
    for (const auto& op : operands) {
        if (op.python_number) result = promote_weak(result, op.type);
    }
    return result;
}

dtype result_type(std::span<const typed_operand> operands) {
    return active_semantics().nep50_weak_python_scalars ? nep50_result_type(operands) : legacy_result_type(operands);
}

bool python_int_fits(const scalar& python_int, dtype target) {
    if (!is_integer(target)) return true;
    if (python_int.is_python_int_beyond_64_bits()) return false;
    if (const auto* big = std::get_if<std::uint64_t>(&python_int.value)) {
        return native_order(target) == dtype::uint64 ||  // in either byte order
               *big <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    }
    const std::int64_t v = python_int.as_int64();
    if (kind_of(target) == dtype_kind::unsigned_int) {
        if (v < 0) return false;
        return itemsize(target) == 8 || static_cast<std::uint64_t>(v) < (std::uint64_t{1} << (8 * itemsize(target)));
    }
    if (itemsize(target) == 8) return true;
    const std::int64_t limit = std::int64_t{1} << (8 * itemsize(target) - 1);
    return v >= -limit && v < limit;
}

void check_python_int_fits(const scalar& python_int, dtype target) {
    if (python_int_fits(python_int, target)) return;
    if (std::holds_alternative<std::uint64_t>(python_int.value) || python_int.is_python_int_beyond_64_bits()) {
        raise(error_category::overflow_error, "Python int too large to convert to C long");
    }
    raise(error_category::overflow_error, "Python integer " + std::to_string(python_int.as_int64()) +
                                              " out of bounds for " + std::string(name(target)));
}

void check_python_number_assignable(const scalar& python_number, dtype to, casting rule) {
    if (rule != casting::unsafe && nep50_category(to) < nep50_category(python_number.type))
        raise_cannot_cast("scalar", python_number.type, to, rule);
    if (is_integer(python_number.type)) check_python_int_fits(python_number, to);
}

std::string dtype_repr(dtype t) { return "dtype('" + printed_name(t) + "')"; }

}  // namespace engine
