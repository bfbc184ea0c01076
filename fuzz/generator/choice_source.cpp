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

byte_choices::byte_choices(std::span<const std::uint8_t> bytes, past_the_end rest) : bytes_(bytes), rest_(rest) {
    if (rest_ != past_the_end::pseudo_random) return;
    state_ = 0xcbf29ce484222325u;  // FNV-1a: the continuation depends on every byte of the input
    for (const std::uint8_t byte : bytes_) state_ = (state_ ^ byte) * 0x100000001b3u;
}

std::uint8_t byte_choices::byte_past_the_end() {
    if (rest_ == past_the_end::zeros) return 0;
    if (extension_.size() % 8 == 0) {  // splitmix64: eight bytes per step
        state_ += 0x9e3779b97f4a7c15u;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
        word_ = z ^ (z >> 31);
    }
    const auto byte = static_cast<std::uint8_t>(word_ >> (8 * (extension_.size() % 8)));
    extension_.push_back(byte);
    return byte;
}

std::uint64_t byte_choices::below(std::uint64_t bound) {
    std::uint64_t value = 0;
    for (std::size_t i = 0, width = decision_width(bound); i < width; ++i, ++position_) {
        const std::uint8_t byte = position_ < bytes_.size() ? bytes_[position_] : byte_past_the_end();
        value |= static_cast<std::uint64_t>(byte) << (8 * i);
    }
    return bound <= 1 ? 0 : value % bound;
}

}  // namespace fuzzing
