// Decision sources for the program generator: weighted choice and the byte decoder used by libFuzzer.
// The byte decoder consumes only as many bytes as the bound needs, so mutations stay local.
#include "generator/choice_source.hpp"

namespace fuzzing {

std::size_t choice_source::weighted(std::span<const unsigned> weights) {
    std::uint64_t total = 0;
    for (auto w : weights) total += w;
    std::uint64_t r = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i]) return i;
        r -= weights[i];
    }
    return weights.size() - 1;
}

std::size_t decision_width(std::uint64_t bound) {
    std::size_t width = 0;
    for (std::uint64_t span = bound <= 1 ? 0 : bound - 1; span != 0; span >>= 8) ++width;
    return width;
}

std::uint64_t byte_choices::below(std::uint64_t bound) {
    std::uint64_t value = 0;
    for (std::size_t i = 0, width = decision_width(bound); i < width; ++i, ++position_) {
        if (position_ < bytes_.size()) value |= static_cast<std::uint64_t>(bytes_[position_]) << (8 * i);
    }
    return bound <= 1 ? 0 : value % bound;
}

}  // namespace fuzzing
