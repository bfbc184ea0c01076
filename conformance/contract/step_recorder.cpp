// The per-statement sequence of the contract (analyse, execute, state, sharing, mask, step), and whole cases
// recorded through it.
#include "contract/step_recorder.hpp"

#include "contract/sharing.hpp"
#include "contract/snapshot.hpp"

namespace conformance {

namespace {
std::string prefixed(const std::string& case_path, const std::string& rest) {
    return case_path.empty() ? rest : case_path + rest;
}
}  // namespace

step_recorder::step_recorder(implementation& system, std::string case_path)
    : system_(system), case_path_(std::move(case_path)) {
    try {
        system_.reset();
    } catch (const std::exception& e) {
        throw implementation_failure(prefixed(case_path_, ": ") + system_.name() + " failed to reset: " + e.what(), 0);
    }
}

recorded_step step_recorder::run(const cases::statement& statement) {
    const uninitialised_effect effect = uninitialised_.analyse(statement);
    try {
        const outcome result = system_.execute(statement);
        state_ = system_.state();
        const sharing_table sharing = sharing_table::ask(system_, state_);
        masked_ = uninitialised_.apply(effect, result, state_, sharing);
        return {make_step(statement, result, state_, sharing, masked_),
                result.error ? result.error_message : std::string()};
    } catch (const std::exception& e) {
        throw implementation_failure(prefixed(case_path_, ":" + std::to_string(statement.line) + ": ") + system_.name() +
                                         " failed on `" + statement.source + "`: " + e.what(),
                                     statement.line);
    }
}

recorded_trace record_trace(const cases::program& program, const std::string& case_path, implementation& system) {
    recorded_trace recorded;
    recorded.trace = json::object();
    recorded.trace["oracle"] = system.name();
    recorded.trace["case"] = case_path;
    json steps = json::array();
    step_recorder recorder(system, case_path);
    for (const cases::statement& statement : program.statements) {
        recorded_step step = recorder.run(statement);
        steps.push_back(std::move(step.step));
        recorded.error_messages.push_back(std::move(step.error_message));
    }
    recorded.trace["steps"] = std::move(steps);
    return recorded;
}

case_result run_case(const cases::program& program, const std::string& case_path, implementation& oracle,
                     implementation& engine) {
    case_result result;
    result.oracle = record_trace(program, case_path, oracle);
    result.engine = record_trace(program, case_path, engine);
    result.first_divergence = first_divergence(result.oracle.trace, result.engine.trace);
    return result;
}

}  // namespace conformance
