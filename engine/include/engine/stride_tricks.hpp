// numpy.lib.stride_tricks beyond as_strided (memory_views.hpp): np.broadcast_arrays, whose views stay
// writeable, and sliding_window_view, an as_strided view that is read-only unless asked otherwise.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "engine/array.hpp"

namespace engine {

// np.broadcast_arrays(*args): the arrays broadcast to their common shape (ValueError when impossible).
// NumPy 2 returns each array that already has that shape itself and a broadcast view of each other one;
// NumPy 1.24 returns the inputs themselves when they all have it, and otherwise a broadcast view of every
// one (semantics::broadcast_arrays_keeps_each_fitting_input). A broadcast view is broadcast_to's layout but
// writeable when its input is (NumPy only warns on writes to it).
std::vector<array> broadcast_arrays(const std::vector<array>& args);

// sliding_window_view(x, window_shape, axis, writeable): as_strided(x, shape=x.shape trimmed by each window
// along its axis + window_shape, strides=x.strides + the windowed axes' strides, writeable). No axis means
// every axis in order (ValueError unless one window per dimension); ValueError for a negative window, a
// window longer than its axis, or window and axis counts that differ; AxisError for a bad axis (axes may
// repeat).
array sliding_window_view(const array& x, const dims& window_shape, const std::optional<dims>& axes,
                          bool writeable);

}  // namespace engine
