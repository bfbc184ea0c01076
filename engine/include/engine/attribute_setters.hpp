// In-place changes of an array's own metadata, as NumPy's attribute setters (getset.c) make them:
// `a.strides = ...`, `a.dtype = ...`, and where `a.real = v` / `a.imag = v` write.
#pragma once

#include <optional>
#include <utility>

#include "engine/array.hpp"

namespace engine {

// a.strides = strides: ValueError when the count differs from ndim, or when the new layout would reach
// outside the memory available to `a` (the extent of the last array up its base chain, NumPy's fallback
// because an array base exposes no buffer of its own here). Contiguity flags follow the new strides.
// NumPy 2.4 deprecated the setter (a DeprecationWarning only; it still works).
void set_strides(const array& a, const dims& strides);

// a.resize(shape, refcheck) (PyArray_Resize), in place. ValueError "resize only works on single-segment arrays"
// unless a is C- or F-contiguous, "negative dimensions not allowed". When the byte count changes: ValueError for an
// array that does not own its data, and, with refcheck, when the program holds more than one reference to `a`
// (`program_references`: names, list and tuple slots, arrays whose base it is; CPython counts one more for the
// call itself and refuses above 2). The memory is then reallocated: the bytes kept in memory order, the new ones
// zeroed when `a` is writeable and left unwritten otherwise. The new strides are F-ordered when `a` is F- and not
// C-contiguous, else C-ordered; the same byte count only changes shape and strides, whatever refers to `a`.
void resize_in_place(const array& a, const dims& shape, bool refcheck, std::int64_t program_references);

// a.setflags(write, align, uic) and the flag assignments (a.flags.writeable = ..., a.flags['A'] = ...), as NumPy's
// array_setflags runs them: the aligned flag first, then WRITEBACKIFCOPY (True is a ValueError, "cannot set
// WRITEBACKIFCOPY flag to True"), then writeable (its own errors); a failure after the aligned flag puts that flag
// back. An absent value leaves its flag alone.
void setflags(const array& a, std::optional<bool> write, std::optional<bool> align, std::optional<bool> uic);

// a.dtype = t: the same reinterpretation as a.view(t) (the last axis rescales when the itemsize changes,
// with NumPy's ValueErrors), applied to `a` itself. `descriptor` is the dtype object assigned (null: the type's
// built-in one; a type spelled in swapped byte order is a new one of its own, 'q' C long long's).
void set_dtype(const array& a, dtype t, descriptor_handle descriptor = nullptr);

// The array `a.imag = v` writes v into: the imaginary part of a complex array (a view); a real array has
// none to set (TypeError "array does not have imaginary part to set"). `a.real = v` writes into real(a),
// which is `a` itself for a real array.
array imag_for_assignment(const array& a);

// The write of `a.real = v` / `a.imag = v` into that part (PyArray_CopyObject): `value` is np.asarray(v),
// cast unsafely (so a Python int too large for the dtype wraps, unlike `a[...] = v` under NumPy 2) and
// broadcast; ValueError when the part is read-only or the shapes do not broadcast.
void assign_part(const array& part, const array& value);

}  // namespace engine
