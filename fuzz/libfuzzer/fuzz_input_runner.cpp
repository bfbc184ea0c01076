// The NumPy side keeps every statement it ever compiled (a corpus runs each once); a campaign writes
// millions of distinct statements, so both systems are made afresh every few thousand inputs.
#include "libfuzzer/fuzz_input_runner.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "differential/environment_number.hpp"
#include "differential/generated_script.hpp"
#include "differential/program_check.hpp"
#include "differential/program_minimizer.hpp"
#include "systems/registry.hpp"

namespace fuzzing {

namespace {

constexpr std::size_t inputs_per_start = 5000;

// Every input runs a program of at least this many statements: past its end, decisions come from a hash of its
// bytes. A short input thus still builds the arrays an interesting statement needs (two views of one buffer
// before an operation between them), as the property test's random programs do, and a mutation that extends
// the input keeps those statements (fuzz_input_runner::run reports the extended input).
constexpr int statements_per_input = 20;
constexpr int most_statements_allowed = 1000;

// STRIDED_FUZZ_MAX_STATEMENTS, when set: the most statements a program may have (the generator's default else).
std::optional<int> max_statements_from_environment() {
    constexpr const char* variable = "STRIDED_FUZZ_MAX_STATEMENTS";
    const std::optional<std::uint64_t> statements = number_from_environment(variable);
    if (!statements) return std::nullopt;
    if (*statements < 1 || *statements > most_statements_allowed) {
        throw std::invalid_argument(std::string(variable) + " takes a number of statements from 1 to " +
                                    std::to_string(most_statements_allowed) + ", not " + std::to_string(*statements));
    }
    return static_cast<int>(*statements);
}

generator_limits limits_from_environment() {
    generator_limits limits = generator_limits_for_selected_oracle();
    if (const auto max_statements = max_statements_from_environment()) limits.max_statements = *max_statements;
    limits.min_statements = std::min(statements_per_input, limits.max_statements);
    return limits;
}

}  // namespace

generator_limits fuzz_input_limits() {
    static const generator_limits limits = limits_from_environment();  // the environment is read once per process
    return limits;
}

fuzz_input_runner::fuzz_input_runner() : oracle_(conformance::make_oracle()), system_(conformance::selected_system().make()) {}

void fuzz_input_runner::restart_now_and_then() {
    if (++inputs_since_start_ < inputs_per_start) return;
    system_.reset();
    oracle_.reset();
    oracle_ = conformance::make_oracle();
    system_ = conformance::selected_system().make();
    inputs_since_start_ = 0;
}

lockstep_result fuzz_input_runner::run(std::span<const std::uint8_t> input) {
    restart_now_and_then();
    byte_choices choices(input, past_the_end::pseudo_random);
    lockstep_result result = run_generated_program(choices, fuzz_input_limits(), *oracle_, system_.get());
    result.bytes_read.assign(input.begin(), input.end());
    result.bytes_read.insert(result.bytes_read.end(), choices.read_past_the_end().begin(),
                             choices.read_past_the_end().end());
    return result;
}

std::vector<std::string> fuzz_input_runner::decode(std::span<const std::uint8_t> input) {
    restart_now_and_then();
    byte_choices choices(input, past_the_end::pseudo_random);
    return run_generated_program(choices, fuzz_input_limits(), *oracle_, nullptr).statements;
}

finding fuzz_input_runner::minimized(const lockstep_result& result) {
    const finding& original = result.found.value();
    const std::vector<std::string> shortest =
        minimized_program(result.statements, original.signature, *oracle_, *system_);
    const program_outcome outcome = check_program(program_of(shortest), *oracle_, *system_);
    return outcome.found && outcome.found->signature == original.signature ? *outcome.found : original;
}

std::optional<finding> fuzz_input_runner::check_script(const cases::program& program) {
    return check_program(program, *oracle_, *system_).found;
}

}  // namespace fuzzing
