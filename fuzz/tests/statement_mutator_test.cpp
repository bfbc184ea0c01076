// Tests of the statement-level mutator: segments put back together give the input, every mutation and
// cross-over is made of whole statements, and decoding a mutant with NumPy gives the original's statements
// up to the first byte the mutation changed (the decoder's statements are cut where the run said).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include "differential/lockstep_run.hpp"
#include "generator/choice_source.hpp"
#include "libfuzzer/statement_mutator.hpp"
#include "systems/registry.hpp"

using namespace fuzzing;

namespace {

using bytes = std::vector<std::uint8_t>;

bytes random_bytes(std::size_t size, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    bytes out(size);
    for (auto& b : out) b = static_cast<std::uint8_t>(random());
    return out;
}

// A stand-in for LLVMFuzzerMutate: flips one byte.
std::size_t flip_one_byte(std::uint8_t* data, std::size_t size, std::size_t) {
    if (size > 0) data[size / 2] ^= 0x5a;
    return size;
}

bytes joined(const std::vector<bytes>& segments, std::size_t from, std::size_t to) {
    bytes out;
    for (std::size_t i = from; i < to; ++i) out.insert(out.end(), segments[i].begin(), segments[i].end());
    return out;
}

}  // namespace

TEST(StatementSegments, CutAtTheStartsAndGiveTheInputBack) {
    const bytes input = random_bytes(40, 1);
    const std::vector<std::size_t> starts = {0, 5, 5, 12, 30, 55};  // an empty statement, a start past the end
    const auto segments = statement_segments(input, starts);
    ASSERT_EQ(segments.size(), 4u);
    EXPECT_EQ(segments[0].size(), 5u);
    EXPECT_EQ(segments[1].size(), 7u);
    EXPECT_EQ(segments[3].size(), 10u);  // the last statement runs to the end of the input
    EXPECT_EQ(joined(segments, 0, segments.size()), input);
}

TEST(StatementBoundaries, RemembersByContentAndForgetsTheOldestFirst) {
    statement_boundaries known(2);
    const bytes a = random_bytes(10, 1), b = random_bytes(10, 2), c = random_bytes(10, 3);
    bytes b_extended = b;
    b_extended.push_back(9);  // as the run read it: with a byte past the end
    known.remember(a, {a, {0, 4}});
    known.remember(b, {b_extended, {0, 7, 10}});
    ASSERT_TRUE(known.find(a).has_value());
    EXPECT_EQ(known.find(b)->starts, (std::vector<std::size_t>{0, 7, 10}));
    EXPECT_EQ(known.find(b)->bytes, b_extended);
    known.remember(c, {c, {0}});
    EXPECT_FALSE(known.find(a).has_value());
    EXPECT_TRUE(known.find(b).has_value() && known.find(c).has_value());
    EXPECT_FALSE(known.find(random_bytes(10, 4)).has_value());
}

// Whether `mutant` splits into segments of the input (each any number of times, in any order) and at most
// one other piece of at most `foreign_limit` bytes (a changed or fresh statement).
bool made_of_segments(const bytes& mutant, const std::vector<bytes>& segments, std::size_t foreign_limit) {
    // reachable[f][p]: the first p bytes split so, having used f foreign pieces.
    std::vector<std::vector<bool>> reachable(2, std::vector<bool>(mutant.size() + 1, false));
    reachable[0][0] = true;
    for (std::size_t p = 0; p < mutant.size(); ++p)
        for (int f = 0; f < 2; ++f) {
            if (!reachable[f][p]) continue;
            for (const auto& s : segments)
                if (p + s.size() <= mutant.size() && std::equal(s.begin(), s.end(), mutant.begin() + p))
                    reachable[f][p + s.size()] = true;
            if (f == 0)
                for (std::size_t n = 1; n <= foreign_limit && p + n <= mutant.size(); ++n) reachable[1][p + n] = true;
        }
    return reachable[0][mutant.size()] || reachable[1][mutant.size()];
}

// Every mutant is whole statements of the input with at most one statement changed or new, and every kind
// of change happens (shorter, longer, same length but different).
TEST(MutateStatements, KeepsWholeStatementsAndReachesEveryKindOfChange) {
    const bytes input = random_bytes(60, 7);
    const std::vector<std::size_t> starts = {0, 6, 13, 21, 30, 38, 47, 52};
    const auto segments = statement_segments(input, starts);
    std::size_t longest = 0;
    for (const auto& s : segments) longest = std::max(longest, s.size());
    int shorter = 0, longer = 0, changed_in_place = 0;
    for (unsigned seed = 0; seed < 500; ++seed) {
        std::mt19937_64 random(seed);
        const bytes mutant = mutate_statements(input, starts, 1024, random, flip_one_byte);
        EXPECT_TRUE(made_of_segments(mutant, segments, 2 * longest + 16)) << "seed " << seed;
        if (mutant.size() < input.size()) ++shorter;
        if (mutant.size() > input.size()) ++longer;
        if (mutant.size() == input.size() && mutant != input) ++changed_in_place;
    }
    EXPECT_GT(shorter, 20);
    EXPECT_GT(longer, 20);
    EXPECT_GT(changed_in_place, 20);
    // The check itself can fail: bytes that are no segment and too long for one changed statement.
    EXPECT_FALSE(made_of_segments(random_bytes(3 * longest + 40, 99), segments, 2 * longest + 16));
}

TEST(MutateStatements, StaysWithinMaxSize) {
    const bytes input = random_bytes(100, 3);
    for (unsigned seed = 0; seed < 200; ++seed) {
        std::mt19937_64 random(seed);
        EXPECT_LE(mutate_statements(input, std::vector<std::size_t>{0, 50, 90}, 100, random, flip_one_byte).size(),
                  100u);
    }
}

// A cross-over is statements 0..k of the first input (k >= 1) followed by statements j.. of the second; both a
// cut before the end of the first and a start after the beginning of the second happen.
TEST(CrossOverStatements, SplicesAtStatementBoundaries) {
    const bytes first = random_bytes(30, 11), second = random_bytes(40, 12);
    const std::vector<std::size_t> first_starts = {0, 8, 17, 25}, second_starts = {0, 9, 20, 33};
    const auto head = statement_segments(first, first_starts);
    const auto tail = statement_segments(second, second_starts);
    int cut_first = 0, skipped_second = 0;
    for (unsigned seed = 0; seed < 300; ++seed) {
        std::mt19937_64 random(seed);
        const bytes spliced = cross_over_statements(first, first_starts, second, second_starts, 1024, random);
        bool matched = false;
        for (std::size_t keep = 1; keep <= head.size() && !matched; ++keep)
            for (std::size_t from = 0; from <= tail.size() && !matched; ++from) {
                bytes expected = joined(head, 0, keep);
                const bytes rest = joined(tail, from, tail.size());
                expected.insert(expected.end(), rest.begin(), rest.end());
                if (expected == spliced) {
                    matched = true;
                    cut_first += keep < head.size();
                    skipped_second += from > 0;
                }
            }
        EXPECT_TRUE(matched) << "seed " << seed;
    }
    EXPECT_GT(cut_first, 50);
    EXPECT_GT(skipped_second, 50);
}

// With NumPy decoding: the statement starts a run reports cut the program where the decoder does, so a
// mutant decodes to the original's statements up to the first statement whose bytes it changed.
TEST(MutateStatements, MutantsDecodeToTheOriginalUpToTheFirstChangedStatement) {
    std::unique_ptr<conformance::implementation> oracle = conformance::make_oracle();
    const generator_limits limits = generator_limits_for_selected_oracle();
    int compared = 0, changed_programs = 0;
    for (unsigned input_seed = 0; input_seed < 12; ++input_seed) {
        const bytes input = random_bytes(240, 100 + input_seed);
        byte_choices decoding(input);
        const lockstep_result original = run_generated_program(decoding, limits, *oracle, nullptr);
        ASSERT_EQ(original.statement_starts.size(), original.statements.size());
        ASSERT_FALSE(original.statement_starts.empty());
        EXPECT_EQ(original.statement_starts.front(), 0u);
        EXPECT_TRUE(std::is_sorted(original.statement_starts.begin(), original.statement_starts.end()));
        for (unsigned seed = 0; seed < 4; ++seed) {
            std::mt19937_64 random(seed);
            const bytes mutant = mutate_statements(input, original.statement_starts, 1024, random, flip_one_byte);
            const auto first_change =
                static_cast<std::size_t>(std::mismatch(input.begin(), input.end(), mutant.begin(), mutant.end()).first -
                                         input.begin());
            // Statements whose decisions all lie before the first changed byte decode the same.
            std::size_t unchanged = 0;
            while (unchanged + 1 < original.statement_starts.size() &&
                   original.statement_starts[unchanged + 1] <= first_change)
                ++unchanged;
            byte_choices mutant_decoding(mutant);
            const lockstep_result decoded = run_generated_program(mutant_decoding, limits, *oracle, nullptr);
            ASSERT_GE(decoded.statements.size(), unchanged);
            for (std::size_t i = 0; i < unchanged; ++i) EXPECT_EQ(decoded.statements[i], original.statements[i]);
            ++compared;
            changed_programs += decoded.statements != original.statements;
        }
    }
    EXPECT_EQ(compared, 48);
    EXPECT_GT(changed_programs, 30);  // most change the program (35 of 48 with this stream)
}
