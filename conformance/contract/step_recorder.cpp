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

json trace_document(const implementation& system, const std::string& case_path) {
    json trace = json::object();
    trace["oracle"] = system.name();
    trace["case"] = case_path;
    trace["steps"] = json::array();
    return trace;
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

std::string error_message_of(const observation& seen) {
    return seen.result.error ? seen.result.error_message : std::string();
}

recorded_step step_recorder::run(const cases::statement& statement) {
    const observation& seen = observe(statement);
    try {
        return {make_step(statement, seen.result, seen.state, seen.sharing, seen.masked),
                error_message_of(seen)};
    } catch (const std::exception& e) {
        throw implementation_failure(prefixed(case_path_, ":" + std::to_string(statement.line) + ": ") + system_.name() +
                                         " failed on `" + statement.source + "`: " + e.what(),
                                     statement.line);
    }
}

const observation& step_recorder::observe(const cases::statement& statement) {
    const uninitialised_effect effect = uninitialised_.analyse(statement);
    try {
        last_ = observation{};  // a failure below leaves no half-made observation behind
        last_.result = system_.execute(statement);
        last_.state = system_.state();
        last_.sharing = sharing_table::ask(system_, last_.state);
        last_.masked = uninitialised_.apply(effect, last_.result, last_.state, last_.sharing);
        return last_;
    } catch (const std::exception& e) {
        throw implementation_failure(prefixed(case_path_, ":" + std::to_string(statement.line) + ": ") + system_.name() +
                                         " failed on `" + statement.source + "`: " + e.what(),
                                     statement.line);
    }
}

recorded_trace record_trace(const cases::program& program, const std::string& case_path, implementation& system) {
    recorded_trace recorded;
    recorded.trace = trace_document(system, case_path);
    step_recorder recorder(system, case_path);
    for (const cases::statement& statement : program.statements) {
        recorded_step step = recorder.run(statement);
        recorded.raised.push_back(step.step["error"].is_string() ? step.step["error"].get<std::string>() : std::string());
        recorded.trace["steps"].push_back(std::move(step.step));
        recorded.error_messages.push_back(std::move(step.error_message));
    }
    return recorded;
}

case_result run_case(const cases::program& program, const std::string& case_path, implementation& oracle,
                     implementation& engine, values_text text) {
    const bool tracing = text == values_text::always;
    case_result result;
    if (tracing) {
        result.oracle.trace = trace_document(oracle, case_path);
        result.engine.trace = trace_document(engine, case_path);
    }
    step_recorder oracle_side(oracle, case_path);
    step_recorder engine_system(engine, case_path);
    for (std::size_t index = 0; index < program.statements.size(); ++index) {
        const cases::statement& statement = program.statements[index];
        const observation& oracle_seen = oracle_side.observe(statement);
        const observation& engine_seen = engine_system.observe(statement);
        try {
            if (tracing) {
                std::pair<json, json> steps = make_compared_steps(statement, oracle_seen, engine_seen, text);
                if (!result.first_divergence) {
                    if (auto found = first_difference(steps.first, steps.second))
                        result.first_divergence = divergence{index, std::move(*found)};
                }
                result.oracle.trace["steps"].push_back(std::move(steps.first));
                result.engine.trace["steps"].push_back(std::move(steps.second));
            } else if (!result.first_divergence) {  // past the first divergence only the errors are kept
                if (auto found = observed_difference(statement, oracle_seen, engine_seen))
                    result.first_divergence = divergence{index, std::move(*found)};
            }
        } catch (const std::exception& e) {  // values too long for the text a trace needs (or, in a debug build,
                                             // observed_difference's shortcut caught disagreeing with the steps)
            throw implementation_failure(prefixed(case_path, ":" + std::to_string(statement.line) + ": ") + "failed on `" +
                                             statement.source + "`: " + e.what(),
                                         statement.line);
        }
        for (auto [seen, recorded] : {std::pair{&oracle_seen, &result.oracle}, std::pair{&engine_seen, &result.engine}}) {
            recorded->raised.push_back(seen->result.error.value_or(std::string()));
            recorded->error_messages.push_back(error_message_of(*seen));
        }
    }
    return result;
}

}  // namespace conformance
