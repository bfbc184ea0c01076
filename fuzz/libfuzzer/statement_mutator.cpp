// Statement-level mutation and cross-over of fuzz inputs (see statement_mutator.hpp for why and how).
#include "libfuzzer/statement_mutator.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace fuzzing {

namespace {

using segment = std::vector<std::uint8_t>;

std::string key_of(std::span<const std::uint8_t> input) { return {input.begin(), input.end()}; }

std::size_t below(std::mt19937_64& random, std::size_t bound) {
    return bound <= 1 ? 0 : std::uniform_int_distribution<std::size_t>(0, bound - 1)(random);
}

std::vector<std::uint8_t> joined(const std::vector<segment>& segments, std::size_t max_size) {
    std::vector<std::uint8_t> bytes;
    for (const auto& s : segments) bytes.insert(bytes.end(), s.begin(), s.end());
    if (bytes.size() > max_size) bytes.resize(max_size);
    return bytes;
}

// Fresh decisions for one statement, as long as a typical statement of this input.
segment random_segment(const std::vector<segment>& segments, std::mt19937_64& random) {
    std::size_t total = 0;
    for (const auto& s : segments) total += s.size();
    const std::size_t typical = segments.empty() ? 8 : std::max<std::size_t>(total / segments.size(), 2);
    segment fresh(1 + below(random, 2 * typical));
    for (auto& byte : fresh) byte = static_cast<std::uint8_t>(below(random, 256));
    return fresh;
}

enum class mutation { remove, duplicate, swap, replace, insert, mutate_one };
constexpr std::array<std::pair<mutation, unsigned>, 6> mutation_weights = {{
    {mutation::remove, 2},
    {mutation::duplicate, 2},
    {mutation::swap, 2},
    {mutation::replace, 1},
    {mutation::insert, 1},
    {mutation::mutate_one, 4},
}};

mutation pick_mutation(std::size_t statements, std::mt19937_64& random) {
    unsigned total = 0;
    for (const auto& [kind, weight] : mutation_weights) total += weight;
    for (;;) {
        auto r = static_cast<unsigned>(below(random, total));
        mutation kind = mutation_weights.back().first;
        for (const auto& [candidate, weight] : mutation_weights) {
            if (r < weight) {
                kind = candidate;
                break;
            }
            r -= weight;
        }
        // A lone statement can only be replaced, mutated or joined by another.
        if (statements >= 2 || (kind != mutation::remove && kind != mutation::swap)) return kind;
    }
}

}  // namespace

void statement_boundaries::remember(std::span<const std::uint8_t> input, decoded_input decoded) {
    std::string key = key_of(input);
    if (starts_of_.contains(key)) return;
    if (starts_of_.size() >= capacity_ && !oldest_first_.empty()) {
        starts_of_.erase(starts_of_.find(*oldest_first_.front()));
        oldest_first_.pop_front();
    }
    const auto [added, inserted] = starts_of_.emplace(std::move(key), std::move(decoded));
    oldest_first_.push_back(&added->first);
}

std::optional<decoded_input> statement_boundaries::find(std::span<const std::uint8_t> input) const {
    const auto found = starts_of_.find(key_of(input));
    if (found == starts_of_.end()) return std::nullopt;
    return found->second;
}

std::vector<segment> statement_segments(std::span<const std::uint8_t> input, std::span<const std::size_t> starts) {
    std::vector<segment> segments;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= starts.size(); ++i) {
        const std::size_t to = i < starts.size() ? std::min(starts[i], input.size()) : input.size();
        if (to <= from) continue;  // an empty statement (no decisions read) or one before the first start
        segments.emplace_back(input.begin() + static_cast<std::ptrdiff_t>(from),
                              input.begin() + static_cast<std::ptrdiff_t>(to));
        from = to;
    }
    return segments;
}

std::vector<std::uint8_t> mutate_statements(std::span<const std::uint8_t> input, std::span<const std::size_t> starts,
                                            std::size_t max_size, std::mt19937_64& random,
                                            const byte_mutator& mutate_bytes) {
    std::vector<segment> segments = statement_segments(input, starts);
    if (segments.empty()) segments.push_back(random_segment(segments, random));
    const std::size_t n = segments.size();
    const std::size_t i = below(random, n);
    switch (pick_mutation(n, random)) {
        case mutation::remove: segments.erase(segments.begin() + static_cast<std::ptrdiff_t>(i)); break;
        case mutation::duplicate: {
            const segment copy = segments[i];
            segments.insert(segments.begin() + static_cast<std::ptrdiff_t>(below(random, n + 1)), copy);
            break;
        }
        case mutation::swap: {
            std::size_t j = below(random, n - 1);
            if (j >= i) ++j;
            std::swap(segments[i], segments[j]);
            break;
        }
        case mutation::replace: segments[i] = random_segment(segments, random); break;
        case mutation::insert:
            segments.insert(segments.begin() + static_cast<std::ptrdiff_t>(below(random, n + 1)),
                            random_segment(segments, random));
            break;
        case mutation::mutate_one: {
            segment& s = segments[i];
            const std::size_t room = s.size() + 16;
            s.resize(room);
            s.resize(mutate_bytes(s.data(), room - 16, room));
            break;
        }
    }
    return joined(segments, max_size);
}

std::vector<std::uint8_t> cross_over_statements(std::span<const std::uint8_t> first,
                                                std::span<const std::size_t> first_starts,
                                                std::span<const std::uint8_t> second,
                                                std::span<const std::size_t> second_starts, std::size_t max_size,
                                                std::mt19937_64& random) {
    const std::vector<segment> head = statement_segments(first, first_starts);
    const std::vector<segment> tail = statement_segments(second, second_starts);
    // Keep 1..all statements of the first (at least one, so the splice keeps its start) and 0..all of the second.
    const std::size_t keep = head.empty() ? 0 : 1 + below(random, head.size());
    const std::size_t from = below(random, tail.size() + 1);
    std::vector<segment> spliced(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(keep));
    spliced.insert(spliced.end(), tail.begin() + static_cast<std::ptrdiff_t>(from), tail.end());
    return joined(spliced, max_size);
}

}  // namespace fuzzing
