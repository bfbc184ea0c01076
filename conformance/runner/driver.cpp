// The per-case driver: statement, outcome, state, sharing answers, uninitialised-memory masking, step.
// Both systems always run the whole case, so both traces are complete even after a divergence.
#include "runner/driver.hpp"

#include "runner/sharing.hpp"
#include "runner/snapshot.hpp"
#include "runner/uninitialised.hpp"

namespace conformance {

recorded_trace record_trace(const cases::program& program, const std::string& case_path, implementation& system) {
    recorded_trace recorded;
    recorded.trace = json::object();
    recorded.trace["oracle"] = system.name();
    recorded.trace["case"] = case_path;
    json steps = json::array();

    uninitialised_memory uninitialised;
    try {
        system.reset();
    } catch (const std::exception& e) {
        throw implementation_failure(case_path + ": " + system.name() + " failed to reset: " + e.what(), 0);
    }
    for (const cases::statement& statement : program.statements) {
        const uninitialised_effect effect = uninitialised.analyse(statement);
        try {
            const outcome result = system.execute(statement);
            raw_state state = system.state();
            const sharing_table sharing = sharing_table::ask(system, state);
            const masked_values masked = uninitialised.apply(effect, result, state, sharing);
            steps.push_back(make_step(statement, result, std::move(state), sharing, masked));
            recorded.error_messages.push_back(result.error ? result.error_message : std::string());
        } catch (const std::exception& e) {
            throw implementation_failure(case_path + ":" + std::to_string(statement.line) + ": " + system.name() +
                                         " failed on `" + statement.source + "`: " + e.what(),
                                         statement.line);
        }
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
