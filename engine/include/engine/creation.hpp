// Making arrays: np.array from nested sequences (NumPy's dtype discovery), arange, zeros/ones/empty/full
// and their *_like forms, copies, and the as*array family that returns the same object when nothing changes.
#pragma once

#include <optional>
#include <vector>

#include "engine/array.hpp"
#include "engine/array_coercion.hpp"
#include "engine/scalar.hpp"

namespace engine {

// np.array(obj, dtype=, copy=, order=). Unless it must copy, the same object may come back for an array obj.
// `descriptor`: the dtype argument's descriptor object (array.hpp). NumPy gives an array obj itself back only for
// its identical descriptor; for an equal but other one (a string '>i8' makes a new one each time), a view of obj
// with that descriptor.
array array_from(const nested& obj, std::optional<dtype> t = std::nullopt, copy_mode copy = copy_mode::always,
                 order o = order::K, const descriptor_handle& descriptor = nullptr);
// np.array(..., ndmin=n) after array_from made `made`: `made` itself when it has n dimensions or more (n <= 0
// counts as 0), else a view of it with leading length-1 axes (NumPy's _prepend_ones, whose base is `made`).
// ValueError for n above the most dimensions an array may have. `asked`: the order= of the call.
array with_ndmin(const array& made, std::int64_t ndmin, order asked);
// NumPy 2.4's np.array(obj, ndmin=, ndmax=n), before anything is made: ValueError for n outside [0, NPY_MAXDIMS],
// for ndmin above n, and for nested sequences that make more than n dimensions (array leaves count theirs); an
// array or scalar obj keeps its own dimensions.
void check_ndmax(const nested& obj, std::int64_t ndmax, std::int64_t ndmin);
// np.asarray(obj, dtype=, order=): array_from with copy=False.
array asarray(const nested& obj, std::optional<dtype> t = std::nullopt, order o = order::K,
              const descriptor_handle& descriptor = nullptr);
// np.ascontiguousarray / np.asfortranarray (ndmin=1, as NumPy 1.24).
array ascontiguousarray(const nested& obj, std::optional<dtype> t = std::nullopt, const descriptor_handle& descriptor = nullptr);
array asfortranarray(const nested& obj, std::optional<dtype> t = std::nullopt, const descriptor_handle& descriptor = nullptr);

// np.arange(start, stop, step, dtype=): dtype discovered from the arguments when not given.
array arange(const scalar& start, const scalar& stop, const scalar& step, std::optional<dtype> t = std::nullopt,
            const descriptor_handle& descriptor = nullptr);

// `descriptor`, here and below: the dtype object dtype= named (null: the type's built-in one), which a fresh array
// of that type holds (np.zeros(3, dtype='q') is a long long array, dtype='>i4' has a descriptor of its own).
array zeros(const dims& shape, dtype t = dtype::float64, order o = order::C,
            const descriptor_handle& descriptor = nullptr);
array ones(const dims& shape, dtype t = dtype::float64, order o = order::C,
           const descriptor_handle& descriptor = nullptr);
array empty(const dims& shape, dtype t = dtype::float64, order o = order::C,
            const descriptor_handle& descriptor = nullptr);
// np.full with one scalar: dtype defaults to the value's dtype (as np.array(value).dtype).
array full(const dims& shape, const scalar& value, std::optional<dtype> t = std::nullopt, order o = order::C,
           const descriptor_handle& descriptor = nullptr);
// np.full(shape, fill_value, dtype=None, order='C') as numeric.py runs it: without a dtype, np.asarray(fill_value)
// first, for its dtype; then np.empty(shape, dtype, order); then copyto(out, fill_value, casting='unsafe'), an
// array cast (NaN into an int gives INT_MIN, not setitem's ValueError) broadcast over the result, for which NumPy
// 2 still converts a Python int (a scalar of python_number origin) to the dtype first (NEP 50: OverflowError).
array full(const dims& shape, const nested& fill_value, std::optional<dtype> t = std::nullopt, order o = order::C,
           const descriptor_handle& descriptor = nullptr);

// np.eye(N, M=N, k=0, dtype, order='C'): zeros((N, M)) in C or F order with ones on the k-th diagonal (none
// when k is past the last column); np.identity(n, dtype) is np.eye(n, dtype=dtype). ValueError for negative N
// or M, or an order other than C and F.
array eye(std::int64_t n, std::optional<std::int64_t> m, std::int64_t k, dtype t = dtype::float64, order o = order::C,
          const descriptor_handle& descriptor = nullptr);
// np.tri(N, M=N, k=0, dtype): ones at and below the k-th diagonal, a fresh C-ordered array (greater_equal.outer
// of two aranges, cast); a negative N or M counts as 0.
array tri(std::int64_t n, std::optional<std::int64_t> m, std::int64_t k, dtype t = dtype::float64,
          const descriptor_handle& descriptor = nullptr);

// *_like(a, dtype=, order=K, shape=): layout follows `a` per order (K keeps a's stride order).
// Without dtype= the result holds the prototype's descriptor object.
array empty_like(const array& a, std::optional<dtype> t = std::nullopt, order o = order::K,
                 const std::optional<dims>& shape = std::nullopt, const descriptor_handle& descriptor = nullptr);
array zeros_like(const array& a, std::optional<dtype> t = std::nullopt, order o = order::K,
                 const std::optional<dims>& shape = std::nullopt, const descriptor_handle& descriptor = nullptr);
array ones_like(const array& a, std::optional<dtype> t = std::nullopt, order o = order::K,
                const std::optional<dims>& shape = std::nullopt, const descriptor_handle& descriptor = nullptr);
array full_like(const array& a, const scalar& value, std::optional<dtype> t = std::nullopt, order o = order::K,
                const std::optional<dims>& shape = std::nullopt, const descriptor_handle& descriptor = nullptr);
// np.full_like(a, fill_value, ...): empty_like, then np.full's copyto.
array full_like(const array& a, const nested& fill_value, std::optional<dtype> t = std::nullopt, order o = order::K,
                const std::optional<dims>& shape = std::nullopt, const descriptor_handle& descriptor = nullptr);

// a.copy(order='C') and np.copy(a, order='K') differ only in their default order.
array copy(const array& a, order o);
// a.astype(dtype, order='K', casting='unsafe', copy=True): TypeError when the cast is not allowed by the
// casting rule (by dtype alone); the same object when copy=False and nothing needs to change; else a copy laid
// out per order (K keeps a's stride order). A copy has the descriptor asked for (`descriptor`: null for the type's
// built-in one, as np.int32 or 'int32' give), not a's: PyArray_NewLikeArray is given astype's dtype.
array astype(const array& a, dtype t, bool copy = true, order o = order::K, casting rule = casting::unsafe,
             const descriptor_handle& descriptor = nullptr);
// a.astype(dtype, order, casting='same_value', copy) (NumPy 2.4; under NumPy 1.24 ValueError, the casting keyword
// unknown): astype's unsafe cast, then ValueError "could not cast 'same_value' double to byte" (the C types' names) if
// an element's value did not survive it: equal after the cast, a NaN still a NaN, anything cast to bool, a bool
// only as the byte 0 or 1 (any byte into float16), and a complex number into a real type only with an imaginary
// part of 0 (": imag is not 0"). Nothing is checked where copy=False returns the array itself, nor where either
// dtype is in swapped byte order (NumPy's wrapped cast).
array astype_same_value(const array& a, dtype t, bool copy = true, order o = order::K,
                        const descriptor_handle& descriptor = nullptr);

// np.copyto(dst, src): same_kind casting check (TypeError), broadcasting, read-only check.
void copyto(const array& dst, const array& src);
// The same assignment under another casting rule (PyArray_AssignArray, as np.copyto(casting=) and
// np.concatenate(out=) make it; a 0-d src is checked by its value under NumPy 1), and with where=: a boolean
// mask (the caller converts it safely to bool) broadcast to dst ("could not broadcast where mask ..." after the
// input's own broadcast check); only the elements it selects are written. A 0-d True mask is no mask, a 0-d False
// one writes nothing. A src overlapping dst is copied first where NumPy copies it (several dimensions, 1-d walked
// the other way; masked, any overlap, which NumPy's direction-chosen walk makes the same).
void copyto(const array& dst, const array& src, casting rule, const std::optional<array>& where = std::nullopt);

// np.copyto(dst, python_number). Under NEP 50 the number is weak and converted to dst's dtype first
// (`rule` by kind, OverflowError if an int does not fit), before the read-only check; under NumPy 1.x it
// is a 0-d array of its default dtype, checked by value (copyto above).
void copyto(const array& dst, const scalar& python_number, casting rule = casting::same_kind,
            const std::optional<array>& where = std::nullopt);

}  // namespace engine
