// The same sequence as the runner's driver (analyse, execute, state, sharing, mask, step), one statement
// at a time, so that lockstep steps equal the steps of a whole-case run of the same program.
#include "differential/statement_recorder.hpp"

#include "runner/driver.hpp"
#include "runner/sharing.hpp"
#include "runner/snapshot.hpp"

namespace fuzzing {

using namespace conformance;

statement_recorder::statement_recorder(implementation& system) : system_(system) {
    try {
        system_.reset();
    } catch (const std::exception& e) {
        throw implementation_failure(system_.name() + " failed to reset: " + e.what(), 0);
    }
}

recorded_step statement_recorder::run(const cases::statement& statement) {
    const uninitialised_effect effect = uninitialised_.analyse(statement);
    try {
        const outcome result = system_.execute(statement);
        state_ = system_.state();
        const sharing_table sharing = sharing_table::ask(system_, state_);
        masked_ = uninitialised_.apply(effect, result, state_, sharing);
        return {make_step(statement, result, state_, sharing, masked_),
                result.error ? result.error_message : std::string()};
    } catch (const std::exception& e) {
        throw implementation_failure(system_.name() + " failed on `" + statement.source + "`: " + e.what(),
                                     statement.line);
    }
}

}  // namespace fuzzing
