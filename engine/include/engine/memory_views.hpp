// Views that re-describe the same bytes without moving axes: a.view() and a.view(dtype), np.broadcast_to's
// zero strides, as_strided's explicit layout over a foreign base, the complex components .real / .imag, and
// arrays made over another array's buffer (np.frombuffer, np.ndarray(buffer=)).
#pragma once

#include <optional>
#include <utility>

#include "engine/array.hpp"

namespace engine {

// a.view(): a new array object over the same memory, same dtype.
array view(const array& a);
// a.view(dtype): reinterprets the last axis when the itemsize changes (ValueError as NumPy when impossible). The
// view holds the descriptor the dtype argument converts to (`descriptor`: null for a type's built-in one, as
// a.view(int) or a.view('int64') give, even of an array whose own descriptor is another object of the same type).
array view_as(const array& a, dtype t, descriptor_handle descriptor = nullptr);

// The shape and strides `a` has when its memory is read as dtype t (array_descr_set's rule, shared by
// a.view(t) and a.dtype = t): the last axis rescales when the itemsize changes, with NumPy's ValueErrors.
std::pair<dims, dims> retyped_layout(const ndarray& a, dtype t);

// np.broadcast_to: read-only, zero strides on stretched dims.
array broadcast_to(const array& a, const dims& shape);
// np.lib.stride_tricks.as_strided: base is a foreign DummyArray-like object.
array as_strided(const array& a, const std::optional<dims>& shape, const std::optional<dims>& strides,
                 bool writeable = true);
// a.real / a.imag: views for complex arrays; for real arrays real is `a` itself (same object) and imag a
// fresh read-only zero array.
array real(const array& a);
array imag(const array& a);

// np.frombuffer(buffer, dtype, count, offset) with an array as the buffer: a 1-d view of its bytes from `offset`
// (count < 0: all of them), based on the array (bases collapse as for any view). The array exports its memory
// only when C-contiguous (ValueError "ndarray is not C-contiguous"), writable when it is writeable (a write check,
// which clears a warn-on-write mark), else read-only. ValueErrors for an offset outside the buffer, a remainder
// that is not a whole number of elements, a count beyond the buffer.
// `descriptor`: the dtype object dtype= named (null: the type's built-in one), which the view holds.
array frombuffer(const array& buffer, dtype t, std::int64_t count, std::int64_t offset,
                 const descriptor_handle& descriptor = nullptr);

// np.ndarray(shape, dtype, buffer=array, offset=, strides=, order=): a view of the array's bytes (C- or
// F-contiguous: ValueError "ndarray is not contiguous"), with the given strides (which must keep every element
// inside the buffer: ValueError) or C/F-contiguous ones (TypeError "buffer is too small for requested array"
// when they do not fit); shape (-1,) takes what the buffer holds. Writeable as for frombuffer.
array ndarray_over_buffer(const array& buffer, dtype t, dims shape, std::int64_t offset,
                          const std::optional<dims>& strides, order o, const descriptor_handle& descriptor = nullptr);

}  // namespace engine
