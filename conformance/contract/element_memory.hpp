// An array's elements where they lie: the address, element kind and buffer a system reports instead of
// values, so that steps compare memory directly and write values as text only for a trace or a divergence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>

#include <nlohmann/json.hpp>

namespace conformance {

// The element kinds the contract encodes itself (trace-format.md, "Element and scalar encoding").
enum class element_kind : std::uint8_t { boolean, signed_int, unsigned_int, floating, complex };

// The kind of NumPy's dtype kind letter and itemsize ('b' 1, 'i'/'u' 1 2 4 8, 'f' 2 4 8, 'c' 8 16); nothing
// for the others (their values are encoded by the system, as tolist() gives them).
std::optional<element_kind> decoded_kind(char numpy_kind, std::int64_t itemsize);

// Where an array's elements are: element (0, ..., 0) at `data`, the array's shape and byte strides beside it
// in array_state, every element inside [buffer_begin, buffer_begin + buffer_size) (readable_memory.hpp).
struct element_memory {
    const std::byte* data = nullptr;
    element_kind kind = element_kind::boolean;
    std::int64_t itemsize = 1;
    const std::byte* buffer_begin = nullptr;  // the buffer the memory belongs to (the owner's data)
    std::uint64_t buffer_size = 0;
    // Elements in the other byte order than this machine's (a dtype such as '>i4'): each number (each part of
    // a complex) is read with its bytes reversed.
    bool swapped = false;
    std::shared_ptr<const void> keep_alive;   // holds the buffer while a step reads it (may be empty)
};

// The flat C-order list of the elements in the contract's encoding (bool, integer, float with "nan", "inf",
// "-inf" as strings, complex as [re, im]). Throws std::length_error beyond max_text_elements.
nlohmann::ordered_json elements_text(const element_memory& memory, std::span<const std::int64_t> shape,
                                     std::span<const std::int64_t> strides);

// One element of `memory` (at `address`) in the contract's encoding.
nlohmann::ordered_json element_text(const element_memory& memory, const std::byte* address);

// Whether two arrays of the same kind, itemsize and shape hold equal elements under the contract's rules
// (numbers by value, nan equal to nan, 0.0 equal to -0.0, complex part by part, any nonzero bool byte True),
// read in place. `first_difference`, when given, receives the flat C-order index of the first unequal element.
bool same_elements(const element_memory& a, std::span<const std::int64_t> a_strides, const element_memory& b,
                   std::span<const std::int64_t> b_strides, std::span<const std::int64_t> shape,
                   std::int64_t* first_difference = nullptr);

}  // namespace conformance
