// a.byteswap: PyArray_Byteswap. The swap of one element is its own inverse, so the order of the walk cannot show,
// only how many positions name each element.
#include "engine/byteswap.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "engine/element_addresses.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"

namespace engine {

void reverse_element_bytes(dtype t, std::byte* element) {
    const std::int64_t size = itemsize(t);
    const std::int64_t part = is_complex(t) ? size / 2 : size;
    if (part > 1)
        for (std::int64_t offset = 0; offset < size; offset += part)
            std::reverse(element + offset, element + offset + part);
}

void copy_native_then_swap_in_place(dtype swapped, std::byte* start, std::int64_t stride, const std::byte* native,
                                    std::int64_t n) {
    const std::int64_t size = itemsize(swapped);
    for (std::int64_t k = 0; k < n; ++k) std::memcpy(start + k * stride, native + k * size, static_cast<std::size_t>(size));
    for (std::int64_t k = 0; k < n; ++k) reverse_element_bytes(swapped, start + k * stride);
}

array byteswap(const array& a, bool inplace) {
    if (inplace) a->require_writeable("array to be byte-swapped is read-only");
    const array target = inplace ? a : copy_of(*a, resolve_order_a(*a, order::A));
    if (a->itemsize() > 1)
        for (std::byte* element : element_addresses(*target)) reverse_element_bytes(a->type(), element);
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
    view->set_descriptor(std::make_shared<descriptor_instance>());  // PyArray_DescrNewByteorder: always a new one
    return view;
}

}  // namespace engine
