// Where the program generator's decisions come from: a seeded PRNG (property tests, benchmarks) or the
// bytes of a fuzz input (libFuzzer), so that every byte string decodes to some valid program.
#pragma once

#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <random>
#include <span>
#include <vector>

namespace fuzzing {

class choice_source {
public:
    virtual ~choice_source() = default;
    // A number in [0, bound); bound >= 1.
    virtual std::uint64_t below(std::uint64_t bound) = 0;
    // False once a finite source has nothing left (the generator then ends the program).
    virtual bool exhausted() const { return false; }
    // For a source reading an input: how many bytes its decisions have read so far (where the next decision
    // starts), so that a statement's decisions can be found in the input again. None for other sources.
    virtual std::optional<std::size_t> input_position() const { return std::nullopt; }

    std::int64_t between(std::int64_t lo, std::int64_t hi) {  // inclusive
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    bool chance(std::uint64_t percent) { return below(100) < percent; }
    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[below(items.size())];
    }
    template <class T>
    T pick(std::initializer_list<T> items) {
        return items.begin()[below(items.size())];
    }
    // An index into `weights`, chosen proportionally.
    std::size_t weighted(std::span<const unsigned> weights);
};

class random_choices final : public choice_source {
public:
    explicit random_choices(std::uint64_t seed) : engine_(seed) {}
    std::uint64_t below(std::uint64_t bound) override {
        return std::uniform_int_distribution<std::uint64_t>(0, bound - 1)(engine_);
    }

private:
    std::mt19937_64 engine_;
};

// How many input bytes one decision in [0, bound) takes: as few as hold bound - 1.
std::size_t decision_width(std::uint64_t bound);

// What byte_choices reads past the end of its input.
enum class past_the_end {
    zeros,          // every decision is 0: short inputs give short programs
    pseudo_random,  // bytes drawn from a hash of the input, kept (read_past_the_end) so that the input can be
                    // extended by them: the program goes on as long as its reader lets it, the same on every run
};

// Reads decisions from fuzz input bytes, little-endian, decision_width(bound) bytes each, taken modulo
// the bound. Past the end exhausted() turns true and the bytes are as `rest` says.
class byte_choices final : public choice_source {
public:
    explicit byte_choices(std::span<const std::uint8_t> bytes, past_the_end rest = past_the_end::zeros);
    std::uint64_t below(std::uint64_t bound) override;
    bool exhausted() const override { return position_ >= bytes_.size(); }
    // Past the end of the input: with zeros, the input's size; with pseudo-random bytes, offsets into the input
    // extended by read_past_the_end().
    std::optional<std::size_t> input_position() const override {
        return rest_ == past_the_end::zeros ? std::min(position_, bytes_.size()) : position_;
    }
    // The pseudo-random bytes read past the end so far, in order (empty with zeros).
    const std::vector<std::uint8_t>& read_past_the_end() const { return extension_; }

private:
    std::uint8_t byte_past_the_end();

    std::span<const std::uint8_t> bytes_;
    past_the_end rest_;
    std::size_t position_ = 0;
    std::uint64_t state_ = 0;  // splitmix64's, seeded from the input's FNV-1a hash
    std::uint64_t word_ = 0;   // its last output, handed out a byte at a time
    std::vector<std::uint8_t> extension_;
};

}  // namespace fuzzing
