// The extent of a strided array's elements, overflow-checked, against its buffer (see readable_memory.hpp).
#include "contract/readable_memory.hpp"

#include <stdexcept>
#include <string>

namespace conformance {

bool inside_buffer(std::uintptr_t data, std::span<const std::int64_t> shape, std::span<const std::int64_t> strides,
                   std::int64_t itemsize, std::uintptr_t buffer_begin, std::uint64_t buffer_size) {
    // Offsets of the lowest and highest element from `data`, in 128 bits: stride x (extent - 1) cannot overflow.
    __int128 low = 0;
    __int128 high = 0;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (shape[axis] == 0) return true;
        const __int128 reach = static_cast<__int128>(strides[axis]) * (shape[axis] - 1);
        (reach < 0 ? low : high) += reach;
    }
    const __int128 first = static_cast<__int128>(data) + low;
    const __int128 end = static_cast<__int128>(data) + high + itemsize;
    return first >= static_cast<__int128>(buffer_begin) &&
           end <= static_cast<__int128>(buffer_begin) + static_cast<__int128>(buffer_size);
}

void check_compared_size(std::int64_t size) {
    if (size > max_compared_elements) {
        throw std::length_error("an array of " + std::to_string(size) + " elements is more than the " +
                                std::to_string(max_compared_elements) + " a snapshot compares");
    }
}

void check_text_size(std::int64_t size) {
    if (size > max_text_elements) {
        throw std::length_error("an array of " + std::to_string(size) + " elements is more than the " +
                                std::to_string(max_text_elements) + " a snapshot writes as text");
    }
}

}  // namespace conformance
