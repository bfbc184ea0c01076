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

std::uint64_t byte_choices::below(std::uint64_t bound) {
    if (bound <= 1) return 0;
    std::uint64_t value = 0;
    for (std::uint64_t span = bound - 1, shift = 0; span != 0; span >>= 8, shift += 8) {
        if (position_ < bytes_.size()) value |= static_cast<std::uint64_t>(bytes_[position_]) << shift;
        ++position_;
    }
    return value % bound;
}

}  // namespace fuzzing
