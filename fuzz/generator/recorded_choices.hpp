// A choice source that forwards every decision to another and writes down the bytes byte_choices would
// have to read to make the same decisions: how chosen programs become fuzz inputs (seeds, dictionary).
#pragma once

#include <cstdint>
#include <vector>

#include "generator/choice_source.hpp"

namespace fuzzing {

class recorded_choices final : public choice_source {
public:
    explicit recorded_choices(choice_source& decider) : decider_(decider) {}

    std::uint64_t below(std::uint64_t bound) override;
    bool exhausted() const override { return decider_.exhausted(); }

    // The input that replays every decision made so far.
    const std::vector<std::uint8_t>& bytes() const { return bytes_; }

private:
    choice_source& decider_;
    std::vector<std::uint8_t> bytes_;
};

}  // namespace fuzzing
