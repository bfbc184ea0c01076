// Encodes each decision the way byte_choices decodes it: decision_width(bound) bytes, little-endian, so
// that the value read back modulo the bound is the value decided.
#include "generator/recorded_choices.hpp"

namespace fuzzing {

std::uint64_t recorded_choices::below(std::uint64_t bound) {
    const std::uint64_t value = decider_.below(bound);
    for (std::size_t i = 0, width = decision_width(bound); i < width; ++i) {
        bytes_.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    }
    return value;
}

}  // namespace fuzzing
