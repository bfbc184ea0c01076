// Shape and dtype discovery for nested sequences, transcribed in behaviour from NumPy 1.24's
// PyArray_DiscoverDTypeAndShape_Recursive and update_shape. The walk is depth first. The first leaf (a scalar
// or an array) fixes the number of dimensions; later leaves and sequences must agree with the shape found so
// far, and a disagreement cuts the usable dimensions back to where it happened, which is the "after N
// dimensions" that the ragged-array error reports. An empty sequence also ends the dimensions (np.array([[],
// []]) has shape (2, 0)).
#include "engine/array_coercion.hpp"

#include "engine/long_long.hpp"
#include "engine/semantics.hpp"

#include <string>

#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"

namespace engine {

namespace {

constexpr int max_dimensions_capacity = 64;  // the largest NPY_MAXDIMS of any profile (semantics.hpp)

struct discovery_state {
    std::int64_t shape[max_dimensions_capacity] = {};
    bool max_dims_reached = false;  // some leaf has fixed the number of dimensions
    bool ragged = false;
    bool discover_dtype = true;
    std::optional<dtype> type;
    bool long_long_int64 = false, long_long_uint64 = false;  // a leaf of that type is of C type long long
};

// Records a leaf (not `is_sequence`) or a sequence level of `new_shape` found at depth `curr`; false when
// this makes the input ragged. `max_ndim` shrinks to the dimensions that are still consistent.
bool update_shape(int curr, int& max_ndim, const std::int64_t* new_shape, int new_ndim, bool is_sequence,
                  discovery_state& state) {
    bool ok = true;
    const bool reached = state.max_dims_reached;
    if (curr + new_ndim > max_ndim) {
        ok = false;
        new_ndim = max_ndim - curr;
    } else if (!is_sequence && max_ndim != curr + new_ndim) {
        max_ndim = curr + new_ndim;
        if (reached) ok = false;
    }
    for (int i = 0; i < new_ndim; ++i) {
        if (!reached) {
            state.shape[curr + i] = new_shape[i];
        } else if (new_shape[i] != state.shape[curr + i]) {
            ok = false;
            if (!is_sequence) max_ndim -= new_ndim - i;
            else max_ndim = curr;
            break;
        }
    }
    if (!is_sequence) state.max_dims_reached = true;
    return ok;
}

void promote_into(discovery_state& state, dtype t, bool long_long) {
    if (!state.discover_dtype) return;
    state.type = state.type ? promote_types(t, *state.type) : t;
    if (long_long && native_order(t) == dtype::int64) state.long_long_int64 = true;
    if (long_long && native_order(t) == dtype::uint64) state.long_long_uint64 = true;
}

int discover(const nested& obj, int curr, int max_ndim, discovery_state& state);

int discover_leaf_scalar(const scalar* value, int curr, int max_ndim, discovery_state& state) {
    if (!update_shape(curr, max_ndim, nullptr, 0, false, state)) {
        state.ragged = true;
        return max_ndim;
    }
    if (value) promote_into(state, value->type, value->long_long);
    return max_ndim;
}

int discover_leaf_array(const ndarray& a, int curr, int max_ndim, discovery_state& state) {
    const int nd = static_cast<int>(a.ndim());
    if (curr == 0) {
        // A lone array fixes the shape outright.
        for (int i = 0; i < nd; ++i) state.shape[i] = a.shape()[static_cast<std::size_t>(i)];
        max_ndim = nd;
    } else if (!update_shape(curr, max_ndim, a.shape().data(), nd, false, state)) {
        state.ragged = true;
        return max_ndim;
    }
    promote_into(state, a.type(), is_long_long(a));
    return max_ndim;
}

int discover_sequence(const std::vector<nested>& items, int curr, int max_ndim, discovery_state& state) {
    if (curr == max_ndim) {
        // No dimension left for this sequence: it stands where a scalar should, so the input is ragged
        // (or too deep).
        max_ndim = discover_leaf_scalar(nullptr, curr, max_ndim, state);
        state.ragged = true;
        return max_ndim;
    }
    const std::int64_t size = static_cast<std::int64_t>(items.size());
    if (!update_shape(curr, max_ndim, &size, 1, true, state)) {
        state.ragged = true;
        return max_ndim;
    }
    if (size == 0) {
        state.max_dims_reached = true;
        return curr + 1;
    }
    for (const auto& item : items) max_ndim = discover(item, curr + 1, max_ndim, state);
    return max_ndim;
}

int discover(const nested& obj, int curr, int max_ndim, discovery_state& state) {
    if (const auto* s = std::get_if<scalar>(&obj.node)) return discover_leaf_scalar(s, curr, max_ndim, state);
    if (const auto* a = std::get_if<array>(&obj.node)) return discover_leaf_array(**a, curr, max_ndim, state);
    return discover_sequence(std::get<std::vector<nested>>(obj.node), curr, max_ndim, state);
}

// A shape as Python prints a tuple: "(2,)", "(2, 3)".
std::string python_tuple_text(const std::int64_t* shape, int ndim) {
    std::string s = "(";
    for (int i = 0; i < ndim; ++i) {
        if (i) s += ", ";
        s += std::to_string(shape[i]);
    }
    if (ndim == 1) s += ",";
    return s + ")";
}

void fill_at(const array& out, std::size_t depth, std::int64_t byte_offset, const nested& obj) {
    if (const auto* s = std::get_if<scalar>(&obj.node)) {
        pack_element(out->type(), out->data() + byte_offset, *s);
    } else if (const auto* a = std::get_if<array>(&obj.node)) {
        const dims rest_shape(out->shape().begin() + static_cast<std::ptrdiff_t>(depth), out->shape().end());
        const dims rest_strides(out->strides().begin() + static_cast<std::ptrdiff_t>(depth), out->strides().end());
        assign(*ndarray::view_of(out, out->type(), rest_shape, rest_strides, byte_offset), **a);
    } else {
        const auto& items = std::get<std::vector<nested>>(obj.node);
        for (std::size_t i = 0; i < items.size(); ++i)
            fill_at(out, depth + 1, byte_offset + static_cast<std::int64_t>(i) * out->strides()[depth], items[i]);
    }
}

}  // namespace

discovered_array discover_shape_and_dtype(const nested& obj, bool discover_dtype) {
    discovery_state state;
    state.discover_dtype = discover_dtype;
    const int max_dimensions = active_semantics().max_dimensions;
    const int ndim = discover(obj, 0, max_dimensions, state);
    if (state.ragged) {
        if (ndim == max_dimensions)
            raise(error_category::value_error,
                  "setting an array element with a sequence. The requested array would exceed the maximum "
                  "number of dimension of " + std::to_string(max_dimensions) + ".");
        raise(error_category::value_error,
              "setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
                  std::to_string(ndim) + " dimensions. The detected shape was " +
                  python_tuple_text(state.shape, ndim) + " + inhomogeneous part.");
    }
    // Promotion keeps the long long type of a leaf of the result's type (long_long.hpp).
    const bool long_long = state.type == dtype::int64 ? state.long_long_int64
                                                      : state.type == dtype::uint64 && state.long_long_uint64;
    return {dims(state.shape, state.shape + ndim), state.type, long_long};
}

void fill_from_nested(const array& out, const nested& obj) {
    if (out->size() == 0) return;
    fill_at(out, 0, 0, obj);
}

}  // namespace engine
