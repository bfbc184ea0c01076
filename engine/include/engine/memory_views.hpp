// Views that re-describe the same bytes without moving axes: a.view() and a.view(dtype), np.broadcast_to's
// zero strides, as_strided's explicit layout over a foreign base, and the complex components .real / .imag.
#pragma once

#include <optional>

#include "engine/array.hpp"

namespace engine {

// a.view(): a new array object over the same memory, same dtype.
array view(const array& a);
// a.view(dtype): reinterprets the last axis when the itemsize changes (ValueError as NumPy when impossible).
array view_as(const array& a, dtype t);

// np.broadcast_to: read-only, zero strides on stretched dims.
array broadcast_to(const array& a, const dims& shape);
// np.lib.stride_tricks.as_strided: base is a foreign DummyArray-like object.
array as_strided(const array& a, const std::optional<dims>& shape, const std::optional<dims>& strides,
                 bool writeable = true);
// a.real / a.imag: views for complex arrays; for real arrays real is `a` itself (same object) and imag a
// fresh read-only zero array.
array real(const array& a);
array imag(const array& a);

}  // namespace engine
