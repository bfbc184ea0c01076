// Addresses in C order by an odometer over the shape, and the raw or casting copy of one element.
#include "engine/element_addresses.hpp"

#include <cstring>

#include "engine/scalar.hpp"

namespace engine {

std::vector<std::byte*> element_addresses(const ndarray& a) {
    std::vector<std::byte*> addresses;
    if (a.size() == 0) return addresses;
    addresses.reserve(static_cast<std::size_t>(a.size()));
    const dims& shape = a.shape();
    dims counter(shape.size(), 0);
    std::byte* p = a.data();
    for (;;) {
        addresses.push_back(p);
        std::size_t d = shape.size();
        for (;;) {
            if (d == 0) return addresses;
            --d;
            if (++counter[d] < shape[d]) {
                p += a.strides()[d];
                break;
            }
            p -= (shape[d] - 1) * a.strides()[d];
            counter[d] = 0;
        }
    }
}

void copy_element(dtype to_type, std::byte* to, dtype from_type, const std::byte* from) {
    if (to_type == from_type) {
        std::memmove(to, from, static_cast<std::size_t>(itemsize(to_type)));
        return;
    }
    store_element(to_type, to, load_element(from_type, from));
}

}  // namespace engine
