// Structure-aware mutation of fuzz inputs for libFuzzer's custom mutator hooks: an input is cut into the
// byte segments from which each generated statement read its decisions, and mutated a statement at a time.
//
// Every byte string decodes to a valid program (generator/choice_source.hpp), so any rearrangement of bytes
// is a valid input; what a statement-level mutation buys is that it keeps the other statements whole. The
// segments of an input are known only from the run that decoded it (a decision's width depends on the state
// NumPy is in), so the target remembers them per input after running it (`statement_boundaries`), and an
// input whose segments are unknown gets libFuzzer's own byte mutation instead.
//
// The mutations, each on whole segments: delete a statement, duplicate one elsewhere, swap two, replace one
// with fresh random bytes, insert a fresh one, and mutate the bytes of a single statement (one argument or
// choice) with the byte mutator. Cross-over splices the statements of one input before a boundary to those
// of another after one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace fuzzing {

// libFuzzer's byte-level mutator (LLVMFuzzerMutate) or a stand-in: mutates data[0, size) in place within
// max_size bytes and returns the new size.
using byte_mutator = std::function<std::size_t(std::uint8_t* data, std::size_t size, std::size_t max_size)>;

// What a run read of an input: the input, extended by the bytes its program read past the end (the target's
// programs go on past a short input), and the offset in it where each statement's decisions start. Mutating the
// extended input keeps every statement the run made.
struct decoded_input {
    std::vector<std::uint8_t> bytes;
    std::vector<std::size_t> starts;
};

// The decoded form of the inputs run lately, looked up by content (the oldest forgotten first).
class statement_boundaries {
public:
    explicit statement_boundaries(std::size_t capacity = 50000) : capacity_(capacity) {}
    void remember(std::span<const std::uint8_t> input, decoded_input decoded);
    std::optional<decoded_input> find(std::span<const std::uint8_t> input) const;
    std::size_t size() const { return starts_of_.size(); }

private:
    std::size_t capacity_;
    std::unordered_map<std::string, decoded_input> starts_of_;
    std::deque<const std::string*> oldest_first_;  // the map's own keys (its nodes do not move): inputs held once
};

// The input cut at `starts` (offsets of statement starts, ascending, the first normally 0): one segment per
// statement, the last running to the end of the input (bytes past the last statement's decisions included).
std::vector<std::vector<std::uint8_t>> statement_segments(std::span<const std::uint8_t> input,
                                                          std::span<const std::size_t> starts);

// One statement-level mutation of `input`, at most max_size bytes long.
std::vector<std::uint8_t> mutate_statements(std::span<const std::uint8_t> input, std::span<const std::size_t> starts,
                                            std::size_t max_size, std::mt19937_64& random,
                                            const byte_mutator& mutate_bytes);

// The statements of `first` before one of its boundaries followed by those of `second` from one of its
// boundaries, at most max_size bytes long.
std::vector<std::uint8_t> cross_over_statements(std::span<const std::uint8_t> first,
                                                std::span<const std::size_t> first_starts,
                                                std::span<const std::uint8_t> second,
                                                std::span<const std::size_t> second_starts, std::size_t max_size,
                                                std::mt19937_64& random);

}  // namespace fuzzing
