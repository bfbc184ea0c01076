// Operations that re-describe an array's memory without touching its values where NumPy can: reshape,
// ravel, transposes, squeeze/expand, dtype views, broadcasting, as_strided, diagonal, flip, real/imag —
// and the copies NumPy falls back to where it cannot (reshape of a transpose, flatten).
#pragma once

#include <cstdint>
#include <optional>

#include "engine/array.hpp"

namespace engine {

// a.reshape(shape, order=): a view when NumPy's attempt_nocopy_reshape succeeds, else a copy (whose result
// is a view of a fresh temporary, as in NumPy). One -1 allowed. ValueError on size mismatch.
array reshape(const array& a, const dims& shape, order o = order::C);
// a.shape = shape: in place; AttributeError "Incompatible shape for in-place modification..." when no view.
void set_shape(const array& a, const dims& shape);
// a.ravel(order=) / np.ravel: a view when the data is already contiguous in that order, else a copy.
array ravel(const array& a, order o = order::C);
// a.flatten(order=): always a fresh copy.
array flatten(const array& a, order o = order::C);

array transpose(const array& a, const std::optional<dims>& axes = std::nullopt);
array swapaxes(const array& a, std::int64_t axis1, std::int64_t axis2);
array moveaxis(const array& a, const dims& source, const dims& destination);
array squeeze(const array& a, const std::optional<dims>& axes = std::nullopt);
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
// np.flip(a, axis=): negative-stride view.
array flip(const array& a, const std::optional<dims>& axes = std::nullopt);
// a.real / a.imag: views for complex arrays; for real arrays real is `a` itself (same object) and imag a
// fresh read-only zero array.
array real(const array& a);
array imag(const array& a);

}  // namespace engine
