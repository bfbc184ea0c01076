// Operations that re-describe an array's memory without touching its values where NumPy can: reshape,
// ravel, transposes, squeeze/expand, dtype views, broadcasting, as_strided, diagonal, flip, real/imag —
// and the copies NumPy falls back to where it cannot (reshape of a transpose, flatten).
#pragma once

#include <cstdint>
#include <optional>

#include "engine/array.hpp"

namespace engine {

// a.reshape(shape, order=, copy=): a view when NumPy's attempt_nocopy_reshape succeeds, else a copy (whose
// result is a view of a fresh temporary, as in NumPy). One -1 allowed. ValueError on size mismatch. NumPy
// 2.1's copy=: `always` reshapes a fresh copy (again a view of it), `never` raises ValueError where a copy
// would be needed.
array reshape(const array& a, const dims& shape, order o = order::C, copy_mode copy = copy_mode::if_needed);
// a.shape = shape: in place; AttributeError "Incompatible shape for in-place modification..." when no view.
void set_shape(const array& a, const dims& shape);
// a.ravel(order=) / np.ravel: a view when the data is already contiguous in that order, else a copy.
array ravel(const array& a, order o = order::C);
// a.flatten(order=): always a fresh copy.
array flatten(const array& a, order o = order::C);

array transpose(const array& a, const std::optional<dims>& axes = std::nullopt);
array swapaxes(const array& a, std::int64_t axis1, std::int64_t axis2);
array moveaxis(const array& a, const dims& source, const dims& destination);
// a.squeeze(axis=None / axis=tuple). Returns `a` itself (same object) when there is nothing to remove.
array squeeze(const array& a, const std::optional<dims>& axes = std::nullopt);
// a.squeeze(axis=int): as the tuple form, except that a 0-d array accepts axis 0 and -1 (and comes back
// itself), which NumPy allows for an integer axis only.
array squeeze_axis(const array& a, std::int64_t axis);
array expand_dims(const array& a, const dims& axes);

// a.view(): a new array object over the same memory, same dtype.
array view(const array& a);
// a.view(dtype): reinterprets the last axis when the itemsize changes (ValueError as NumPy when impossible).
array view_as(const array& a, dtype t);

// np.broadcast_to: read-only, zero strides on stretched dims.
array broadcast_to(const array& a, const dims& shape);
// np.lib.stride_tricks.as_strided: base is a foreign DummyArray-like object.
array as_strided(const array& a, const std::optional<dims>& shape, const std::optional<dims>& strides,
                 bool writeable = true);
// a.diagonal(offset, axis1, axis2): a read-only view.
array diagonal(const array& a, std::int64_t offset = 0, std::int64_t axis1 = 0, std::int64_t axis2 = 1);
// np.flip(a, axis=): negative-stride view. For a 0-d array NumPy indexes with () and so returns a scalar,
// not an array; this returns a fresh read-only 0-d copy (flags as a NumPy scalar's) for the caller to
// present as that scalar.
array flip(const array& a, const std::optional<dims>& axes = std::nullopt);
// a.real / a.imag: views for complex arrays; for real arrays real is `a` itself (same object) and imag a
// fresh read-only zero array.
array real(const array& a);
array imag(const array& a);

// ---- Layout rules the operations above are built from, exposed for testing and for other operations ----

// The strides of the view that a.reshape(new_shape, order=o) returns for an array laid out as
// (shape, strides), or nullopt when NumPy has to copy. `new_shape` is resolved (no -1), holds as many
// elements as `shape`, and differs from it (an unchanged shape is NumPy's plain view); `o` is C or F.
std::optional<dims> reshaped_view_strides(const dims& shape, const dims& strides, std::int64_t itemsize,
                                          const dims& new_shape, order o);

// The check NumPy makes on every array it creates, views included: ValueError "negative dimensions are not
// allowed", or "array is too big; ..." when the non-zero dimensions times the itemsize overflow npy_intp.
void check_array_size(const dims& shape, std::int64_t itemsize);

// Stride and byte-offset arithmetic as NumPy's npy_intp does it: two's-complement wrap-around instead of
// undefined overflow. Only layouts no memory could back (as_strided can make them) ever wrap, and NumPy
// then reports the wrapped numbers, so the engine computes the same ones.
std::int64_t wrapping_multiply(std::int64_t a, std::int64_t b);
std::int64_t wrapping_add(std::int64_t a, std::int64_t b);

}  // namespace engine
