// One fuzz input end to end, shared by the libFuzzer target, the replay tool and the throughput benchmark:
// the bytes are decoded into a program while it runs in lockstep on NumPy and the system under test.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "case/ast.hpp"
#include "differential/finding.hpp"
#include "differential/lockstep_run.hpp"
#include "contract/implementation.hpp"

namespace fuzzing {

// The generator's limits for a fuzz input: the selected oracle's (generator_limits_for_selected_oracle), programs
// of at least 20 statements, and at most STRIDED_FUZZ_MAX_STATEMENTS when that is set (a number from 1 to 1000;
// anything else throws std::invalid_argument).
generator_limits fuzz_input_limits();

class fuzz_input_runner {
public:
    fuzz_input_runner();  // starts both systems

    // Decodes and runs one input; stops at the first finding.
    lockstep_result run(std::span<const std::uint8_t> input);

    // Decodes one input on the oracle alone (for inputs that crash the system under test).
    std::vector<std::string> decode(std::span<const std::uint8_t> input);

    // The finding of `result` on the shortest program that still shows it (the finding itself when the
    // whole generated program, run from the start, does not).
    finding minimized(const lockstep_result& result);

    // Runs a whole case script (a committed reproducer) on both systems.
    std::optional<finding> check_script(const cases::program& program);

private:
    void restart_now_and_then();

    std::unique_ptr<conformance::implementation> oracle_;
    std::unique_ptr<conformance::implementation> system_;
    std::size_t inputs_since_start_ = 0;
};

}  // namespace fuzzing
