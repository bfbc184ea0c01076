// Storing one value into an array element: a Python number the way NumPy's dtype `setitem` does, a NumPy scalar
// the way PyArray_Pack does. np.array of a list with dtype=, a[i] = v and np.arange fill their elements this way,
// and it is not an array cast: it goes through Python's int()/float() conversions, so NaN and infinity raise for
// integer dtypes and a Python complex raises for real dtypes, where a cast would quietly produce a value.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/scalar.hpp"

namespace engine { class ndarray; }

namespace engine {

// Writes `value` into the element of dtype `t` at `p`. A bool/int64/float64/complex128 value stands for the
// Python bool/int/float/complex it came from; other dtypes are NumPy scalars, and so is a NumPy complex128 (not of
// Python origin), which an integer or real dtype takes by its real part, as int() and float() of it do. Raises
// ValueError (NaN to integer), OverflowError (infinity, or an integer outside what NumPy converts through a C long)
// or TypeError (Python complex to a real dtype) with NumPy's messages, writing nothing.
void setitem_element(dtype t, std::byte* p, const scalar& value);

// NumPy's PyArray_Pack: stores one scalar into an element as `a[i] = v`, np.array([...], dtype=) and a.fill(v)
// do, by what the scalar stands for (scalar::origin). A Python number goes through the dtype's setitem
// (setitem_element; a Python int beyond a C long reaches only uint32/uint64, through an unsigned long). A NumPy
// scalar is cast, except into a signed integer dtype, whose setitem knows every NumPy scalar and takes int() of it
// (of the real part of a complex), so it is range-checked as a Python int is (np.uint64(2**64 - 1) into int64 is
// OverflowError under both NumPys, np.int32(300) into int8 wraps under 1.24 and raises under NumPy 2).
void pack_element(dtype t, std::byte* p, const scalar& value);

// NumPy's PyArray_Pack of an array into one element (`element`, a 0-d view): a 0-d array is cast (its own dtype's
// bytes copied as they are: a bool byte of 5 stays 5). An array with dimensions is converted as Python converts it
// to a number (int(), float(), complex(), bool()), any failure reading as ValueError "setting an array element with
// a sequence.": a bool element takes its truth; otherwise it must hold one element, which is first turned into a
// Python number (a complex one cannot go into a real dtype, where a complex 0-d array would be cast), and NumPy 2
// refuses it outright (semantics::element_from_sequence_is_strict). A complex element asks complex() of it, which
// says so as a TypeError.
void pack_array_element(const ndarray& element, const ndarray& value);

// The Python number NumPy's getitem makes of an element (as arr.item() does): bool, int, float or complex,
// in the dtype that stands for it, of Python origin. A uint64 beyond int64 stays uint64, as no int64 can stand for it.
inline scalar python_number_of(const scalar& element) {
    if (is_complex(element.type)) return from_python_number(make_complex128(element.as_complex()));
    if (kind_of(element.type) == dtype_kind::floating) return from_python_number(make_float64(element.as_double()));
    if (element.type == dtype::bool_) return from_python_number(element);
    if (element.type == dtype::uint64 && element.as_uint64() > static_cast<std::uint64_t>(INT64_MAX))
        return from_python_number(element);
    return from_python_number(make_int64(element.as_int64()));
}

// bool(a), NumPy's array_nonzero: the truth of the one element. More than one element is a ValueError; an
// empty array is False in NumPy 1.24 (a DeprecationWarning) and a ValueError since NumPy 2.2
// (semantics::empty_array_truth_raises).
bool truth_value(const ndarray& a);

}  // namespace engine
