// NumPy 1.24's per-dtype setitem for Python numbers (arraytypes.c.src), reduced to the rules that show:
//  * same dtype: stored as is; bool target: truthiness.
//  * integer target: the number goes through int() (truncation; NaN -> ValueError, inf -> OverflowError)
//    and then through a C long / unsigned long, which raises OverflowError "Python int too large to convert
//    to C long" outside the accepted range, and finally wraps to the width (300 -> int8 gives 44; NumPy
//    1.24 only warns). The range is [-2**63, 2**63) except that uint32/uint64 take an unsigned long first
//    and so also accept [2**63, 2**64), as does any unsigned target for a NumPy uint64 value.
//  * float target: float(); a Python complex raises TypeError, a NumPy complex64 gives its real part.
//    Integers reach float32 through a double, as float() does.
//  * complex target: complex(), then narrowed.
// NumPy 2 (NEP 50, semantics.hpp's integer_setitem_checks_bounds) no longer wraps: the int() result must fit
// the target, else OverflowError "Python integer 300 out of bounds for int8".
// setitem_element takes every bool/int64/float64/complex128 value for the Python number; pack_element
// (PyArray_Pack) tells a NumPy scalar from a Python number by the scalar's origin and handles it first.
#include "engine/element_setitem.hpp"

#include <cmath>
#include <cstring>
#include <limits>

#include "engine/array.hpp"
#include "engine/error.hpp"
#include "engine/promotion.hpp"
#include "engine/semantics.hpp"

namespace engine {

namespace {

constexpr double two_to_63 = 9223372036854775808.0;
constexpr double two_to_64 = 18446744073709551616.0;

[[noreturn]] void raise_too_large() {
    raise(error_category::overflow_error, "Python int too large to convert to C long");
}

bool takes_unsigned_long_first(dtype t) {
    return native_order(t) == dtype::uint32 || native_order(t) == dtype::uint64;  // in either byte order
}

// int() of a real value, checked against the C long range the target converts through; the result as a
// scalar that wraps correctly when cast to the target.
scalar python_int_of_real(double v, dtype target) {
    if (std::isnan(v)) raise(error_category::value_error, "cannot convert float NaN to integer");
    if (std::isinf(v)) raise(error_category::overflow_error, "cannot convert float infinity to integer");
    const double truncated = std::trunc(v);
    const double upper = takes_unsigned_long_first(target) ? two_to_64 : two_to_63;
    if (!(truncated >= -two_to_63 && truncated < upper)) raise_too_large();
    if (truncated < two_to_63) return make_int64(static_cast<std::int64_t>(truncated));
    return {dtype::uint64, static_cast<std::uint64_t>(truncated)};
}

// Stores the Python int `i` into the integer element: wrapped to the width (NumPy 1.x) or bounds-checked.
void store_python_int(dtype t, std::byte* p, const scalar& i) {
    if (active_semantics().integer_setitem_checks_bounds) check_python_int_fits(i, t);
    store_element(t, p, i);
}

void store_integer(dtype t, std::byte* p, const scalar& value) {
    switch (kind_of(value.type)) {
        case dtype_kind::boolean: break;
        case dtype_kind::signed_int: store_python_int(t, p, value); return;
        case dtype_kind::unsigned_int:
            if (kind_of(t) == dtype_kind::signed_int && value.as_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                raise_too_large();
            store_python_int(t, p, value);
            return;
        case dtype_kind::floating: store_python_int(t, p, python_int_of_real(value.as_double(), t)); return;
        case dtype_kind::complex:
            if (value.type == dtype::complex128)
                raise(error_category::type_error,
                      "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
            store_python_int(t, p, python_int_of_real(value.as_double(), t));
            return;
    }
    store_element(t, p, value);  // wraps to the width
}

void store_real(dtype t, std::byte* p, const scalar& value) {
    if (value.type == dtype::complex128)
        raise(error_category::type_error, "float() argument must be a string or a real number, not 'complex'");
    store_element(t, p, value);  // cast as NumPy's casts do (a float16 into float keeps a signaling NaN)
}

}  // namespace

void setitem_element(dtype t, std::byte* p, const scalar& value) {
    if (value.type == t) {
        store_element(t, p, value);
        return;
    }
    // int() and float() of a NumPy complex take its real part (a Python complex refuses: store_integer, store_real).
    if (is_complex(value.type) && !value.is_python_number() && (is_integer(t) || kind_of(t) == dtype_kind::floating))
        return setitem_element(t, p, make_float64(value.as_double()));
    switch (kind_of(t)) {
        case dtype_kind::boolean: store_element(t, p, make_bool(value.as_bool())); return;
        case dtype_kind::signed_int:
        case dtype_kind::unsigned_int: store_integer(t, p, value); return;
        case dtype_kind::floating: store_real(t, p, value); return;
        case dtype_kind::complex: store_element(t, p, make_complex128(value.as_complex())); return;
    }
}

void pack_element(dtype t, std::byte* p, const scalar& value) {
    if (value.is_python_int_beyond_64_bits()) {
        // No C long holds it: an integer element refuses it; bool takes its truth, a float or complex its float().
        if (is_integer(t)) raise_too_large();
        return setitem_element(t, p, from_python_number(make_float64(std::get<double>(value.value))));
    }
    if (value.is_python_number()) {
        const bool beyond_c_long =
            value.type == dtype::uint64 && value.as_uint64() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        if (beyond_c_long && is_integer(t) && !takes_unsigned_long_first(t)) raise_too_large();
        setitem_element(t, p, value);
        return;
    }
    if (kind_of(t) == dtype_kind::signed_int) {
        setitem_element(t, p, is_inexact(value.type) ? make_float64(value.as_double()) : python_number_of(value));
        return;
    }
    store_element(t, p, value);  // cast there (a float16 into float keeps a signaling NaN)
}

void pack_array_element(const ndarray& element, const ndarray& value) {
    const dtype t = element.type();
    if (value.ndim() == 0) {
        if (value.type() == t) std::memmove(element.data(), value.data(), static_cast<std::size_t>(element.itemsize()));
        else store_element(t, element.data(), load_element(value.type(), value.data()));
        return;
    }
    const auto refuse_sequence = [] { raise(error_category::value_error, "setting an array element with a sequence."); };
    if (t == dtype::bool_) {
        // BOOL_setitem takes the truth of anything; PyArray_Pack reports the truth's refusal as a "sequence".
        bool truth = false;
        try {
            truth = truth_value(value);
        } catch (const error&) {
            refuse_sequence();
        }
        return store_element(t, element.data(), make_bool(truth));
    }
    const bool strict = active_semantics().element_from_sequence_is_strict;
    if (is_complex(t) && (strict || value.size() != 1)) {
        raise(error_category::type_error, strict ? "only 0-dimensional arrays can be converted to Python scalars"
                                                 : "only length-1 arrays can be converted to Python scalars");
    }
    if (strict || value.size() != 1) refuse_sequence();
    try {
        // As the Python number it becomes: an int past a C long reaches only uint32/uint64 (property test, NumPy
        // 1.24, seed 1001: a one-element uint64 array holding 2**64 - 4 into a uint8 element).
        pack_element(t, element.data(), python_number_of(load_element(value.type(), value.data())));
    } catch (const error&) {
        refuse_sequence();
    }
}

bool truth_value(const ndarray& a) {
    if (a.size() > 1) {
        raise(error_category::value_error,
              "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    }
    if (a.size() == 1) return load_element(a.type(), a.data()).as_bool();
    if (active_semantics().empty_array_truth_raises) {
        raise(error_category::value_error,
              "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is "
              "not empty.");
    }
    return false;
}

}  // namespace engine
