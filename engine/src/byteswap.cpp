// a.byteswap: PyArray_Byteswap. In place the walk is NumPy's, which shows where elements overlap each other (items
// closer than their size): runs along one axis, and within a run of complex numbers every real part before the
// imaginary parts (copyswapn swaps each half as its own strided run).
#include "engine/byteswap.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "engine/element_addresses.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/long_long.hpp"

namespace engine {

namespace {

// copyswapn over one run of n elements `stride` apart: each number's bytes reversed, a complex's halves as two runs
// (every real part before the imaginary parts, which shows where elements overlap each other).
void swap_run(dtype t, std::byte* start, std::int64_t stride, std::int64_t n) {
    const std::int64_t size = itemsize(t);
    const std::int64_t part = is_complex(t) ? size / 2 : size;
    if (part == 1) return;
    for (std::int64_t offset = 0; offset < size; offset += part)
        for (std::int64_t k = 0; k < n; ++k) std::reverse(start + k * stride + offset, start + k * stride + offset + part);
}

}  // namespace

void reverse_element_bytes(dtype t, std::byte* element) { swap_run(t, element, itemsize(t), 1); }

void copy_native_then_swap_in_place(dtype swapped, std::byte* start, std::int64_t stride, const std::byte* native,
                                    std::int64_t n) {
    const std::int64_t size = itemsize(swapped);
    for (std::int64_t k = 0; k < n; ++k) std::memcpy(start + k * stride, native + k * size, static_cast<std::size_t>(size));
    for (std::int64_t k = 0; k < n; ++k) reverse_element_bytes(swapped, start + k * stride);
}

namespace {

// PyArray_Byteswap in place: a C- or F-contiguous array as one run; otherwise runs along the axis of the smallest
// positive stride (PyArray_IterAllButAxis; the first axis when none is positive), the other axes in C order.
void swap_in_place(const array& target) {
    const ndarray& a = *target;
    if (a.c_contiguous() || a.f_contiguous()) return swap_run(a.type(), a.data(), a.itemsize(), a.size());
    const auto ndim = static_cast<std::size_t>(a.ndim());
    std::size_t axis = 0;
    std::int64_t smallest = 0;
    for (std::size_t i = 0; i < ndim && smallest == 0; ++i) smallest = a.strides()[i];
    for (std::size_t i = 1; i < ndim; ++i) {
        if (a.strides()[i] > 0 && a.strides()[i] < smallest) {
            axis = i;
            smallest = a.strides()[i];
        }
    }
    dims outer_shape = a.shape(), outer_strides = a.strides();
    outer_shape[axis] = 1;
    for (std::byte* start : element_addresses(*ndarray::view_of(target, a.type(), outer_shape, outer_strides)))
        swap_run(a.type(), start, a.strides()[axis], a.shape()[axis]);
}

}  // namespace

array byteswap(const array& a, bool inplace) {
    if (inplace) a->require_writeable("array to be byte-swapped is read-only");
    const array target = inplace ? a : copy_of(*a, resolve_order_a(*a, order::A));
    if (a->itemsize() > 1) swap_in_place(target);
    return target;
}

scalar byteswap(const scalar& s, bool inplace) {
    if (inplace) raise(error_category::value_error, "cannot byteswap a scalar in-place");
    alignas(16) std::byte bytes[16];
    store_element(s.type, bytes, s);
    reverse_element_bytes(s.type, bytes);
    return load_element(s.type, bytes);
}

dtype with_new_byte_order(dtype t, std::string_view new_order) {
    const char first = new_order.empty() ? '\0' : new_order.front();
    switch (first) {
        case 'S': case 's': return swapped_order(t);
        case 'B': case 'b': case '>': return is_byte_swapped(t) ? t : swapped_order(t);  // big: swapped here
        case 'L': case 'l': case '<':
        case 'N': case 'n': case '=': return native_order(t);
        case 'I': case 'i': case '|': return t;
        default:
            raise(error_category::value_error, "byteorder not recognized (got '" + std::string(new_order) + "')");
    }
}

array newbyteorder(const array& a, std::string_view new_order) {
    const array view = ndarray::view_of(a, with_new_byte_order(a->type(), new_order), a->shape(), a->strides());
    view->set_descriptor(new_descriptor_like(a->descriptor()));  // PyArray_DescrNewByteorder: always a new one
    return view;
}

}  // namespace engine
