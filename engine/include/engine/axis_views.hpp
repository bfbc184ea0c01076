// Views that permute, add, remove, reverse or pick axes of an array: transposes, squeeze/expand_dims, flips,
// the diagonal, and NumPy's Python-level functions built from them (fliplr, flipud, rot90, atleast_Nd, rollaxis).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "engine/array.hpp"
#include "engine/index.hpp"

namespace engine {

array transpose(const array& a, const std::optional<dims>& axes = std::nullopt);
array swapaxes(const array& a, std::int64_t axis1, std::int64_t axis2);
array moveaxis(const array& a, const dims& source, const dims& destination);
// NumPy 2's array-API views: np.matrix_transpose(x) (ValueError "Input array must be at least 2-dimensional, but
// it is 1") and x.mT (ValueError "matrix transpose with ndim < 2 is undefined"), both swapaxes(x, -1, -2); and
// np.unstack(x, axis=0), x[i] along the axis for each i: views, or scalars where x is 1-d (ValueError for 0-d).
array matrix_transpose(const array& a);
array matrix_transpose_attribute(const array& a);
std::vector<getitem_result> unstack(const array& a, std::int64_t axis);
// a.squeeze(axis=None / axis=tuple). Returns `a` itself (same object) when there is nothing to remove.
array squeeze(const array& a, const std::optional<dims>& axes = std::nullopt);
// a.squeeze(axis=int): as the tuple form, except that a 0-d array accepts axis 0 and -1 (and comes back
// itself), which NumPy allows for an integer axis only.
array squeeze_axis(const array& a, std::int64_t axis);
array expand_dims(const array& a, const dims& axes);
// a.diagonal(offset, axis1, axis2): a read-only view.
array diagonal(const array& a, std::int64_t offset = 0, std::int64_t axis1 = 0, std::int64_t axis2 = 1);
// np.flip(a, axis=): negative-stride view. For a 0-d array NumPy indexes with () and so returns a scalar,
// not an array; this returns a fresh read-only 0-d copy (flags as a NumPy scalar's) for the caller to
// present as that scalar.
array flip(const array& a, const std::optional<dims>& axes = std::nullopt);


// m[:, ::-1]; ValueError "Input must be >= 2-d." below two dimensions.
array fliplr(const array& m);
// m[::-1, ...]; ValueError "Input must be >= 1-d." for a 0-d array.
array flipud(const array& m);
// np.rot90(m, k, axes): k % 4 == 0 is m[:] (a new view), 2 is two flips, 1 and 3 a flip and a transpose.
// ValueError for equal or out-of-range axes, as NumPy checks them.
array rot90(const array& m, std::int64_t k = 1, std::pair<std::int64_t, std::int64_t> axes = {0, 1});
// The array itself when it has enough dimensions; else a view: a 0-d array reshaped, a 1-d one indexed
// with newaxis (atleast_2d: a[np.newaxis, :]; atleast_3d: a[np.newaxis, :, np.newaxis]; a 2-d one
// a[:, :, np.newaxis]), so the new axes get stride 0 where NumPy's indexing gives them that.
array atleast_1d(const array& a);
array atleast_2d(const array& a);
array atleast_3d(const array& a);

// np.array(a, copy=None, ndmin=n) of an array that needs no copy: `a` itself when it has n dimensions or
// more, else a view with leading length-1 axes whose stride is NumPy's (_prepend_ones): the itemsize for a
// 0-d or Fortran-ordered (F- and not C-contiguous) `a` or when order='F' was asked for, else
// strides[0] * shape[0].
array with_leading_ones(const array& a, std::int64_t ndmin, bool fortran_order_asked = false);

// np.rollaxis(a, axis, start): `axis` moved to sit before `start` — a transposed view, or a[...] (a new
// view of the same layout) when nothing moves. AxisError for an axis outside ndim or a start outside
// [-ndim, ndim].
array rollaxis(const array& a, std::int64_t axis, std::int64_t start = 0);

}  // namespace engine
