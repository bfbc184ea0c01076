// The flips, rotations and atleast_Nd views, built the way NumPy's numpy/lib and numpy/core Python code
// builds them, so that strides, base and flags come out as NumPy's do.
#include "engine/axis_views.hpp"

#include <string>

#include "engine/error.hpp"
#include "engine/index.hpp"
#include "engine/shape_ops.hpp"

namespace engine {

namespace {
const slice_spec all{};
const slice_spec reversed{std::nullopt, std::nullopt, -1};
}  // namespace

array fliplr(const array& m) {
    if (m->ndim() < 2) raise(error_category::value_error, "Input must be >= 2-d.");
    return getitem_array(m, {all, reversed});
}

array flipud(const array& m) {
    if (m->ndim() < 1) raise(error_category::value_error, "Input must be >= 1-d.");
    return getitem_array(m, {reversed, ellipsis_index{}});
}

array rot90(const array& m, std::int64_t k, std::pair<std::int64_t, std::int64_t> axes) {
    const std::int64_t nd = m->ndim();
    auto [first, second] = axes;
    if (first == second || first - second == nd || second - first == nd)
        raise(error_category::value_error, "Axes must be different.");
    if (first >= nd || first < -nd || second >= nd || second < -nd) {
        raise(error_category::value_error, "Axes=(" + std::to_string(first) + ", " + std::to_string(second) +
                                               ") out of range for array of ndim=" + std::to_string(nd) + ".");
    }
    k = ((k % 4) + 4) % 4;
    if (k == 0) return getitem_array(m, {all});
    if (k == 2) return flip(flip(m, dims{first}), dims{second});
    dims permutation(static_cast<std::size_t>(nd));
    for (std::int64_t i = 0; i < nd; ++i) permutation[static_cast<std::size_t>(i)] = i;
    const auto wrap = [nd](std::int64_t axis) { return static_cast<std::size_t>(axis < 0 ? axis + nd : axis); };
    std::swap(permutation[wrap(first)], permutation[wrap(second)]);
    if (k == 1) return transpose(flip(m, dims{second}), permutation);
    return flip(transpose(m, permutation), dims{second});
}

array atleast_1d(const array& a) { return a->ndim() == 0 ? reshape(a, {1}) : a; }

array atleast_2d(const array& a) {
    if (a->ndim() == 0) return reshape(a, {1, 1});
    if (a->ndim() == 1) return getitem_array(a, {newaxis_index{}, all});
    return a;
}

array atleast_3d(const array& a) {
    if (a->ndim() == 0) return reshape(a, {1, 1, 1});
    if (a->ndim() == 1) return getitem_array(a, {newaxis_index{}, all, newaxis_index{}});
    if (a->ndim() == 2) return getitem_array(a, {all, all, newaxis_index{}});
    return a;
}

array rollaxis(const array& a, std::int64_t axis, std::int64_t start) {
    const std::int64_t n = a->ndim();
    const std::int64_t moved = normalize_axis(axis, n);
    const std::int64_t given_start = start;
    if (start < 0) start += n;
    if (!(0 <= start && start < n + 1))
        raise(error_category::value_error, "'start' arg requires " + std::to_string(-n) + " <= start < " +
                                               std::to_string(n + 1) + ", but " + std::to_string(given_start) +
                                               " was passed in");
    if (moved < start) --start;  // the axis has been taken out in front of it
    if (moved == start) return getitem_array(a, {ellipsis_index{}});
    dims axes;
    for (std::int64_t i = 0; i < n; ++i)
        if (i != moved) axes.push_back(i);
    axes.insert(axes.begin() + start, moved);
    return transpose(a, axes);
}

}  // namespace engine
