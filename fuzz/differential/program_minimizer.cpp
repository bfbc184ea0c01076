// Delta debugging over statements (chunks halve when a pass removes nothing). A program of at most 32
// statements needs a few hundred whole-program runs at worst; findings are rare, so that is cheap enough.
#include "differential/program_minimizer.hpp"

#include <algorithm>
#include <optional>

#include "differential/binding_order.hpp"
#include "differential/generated_script.hpp"
#include "differential/program_check.hpp"
#include "contract/step_recorder.hpp"
#include "differential/generator_rules.hpp"

namespace fuzzing {

namespace {

// Whether `statements`, run in this order, still keep the generator's rules that a removal can break
// (generator_rules.hpp), checked on the oracle before each statement runs.
bool program_follows_the_generator(const std::vector<std::string>& statements,
                                   conformance::implementation& oracle) {
    if (std::none_of(statements.begin(), statements.end(), may_break_the_generator)) return true;
    conformance::step_recorder recorder(oracle);
    binding_order order;
    for (const std::string& text : statements) {
        const auto parsed = statement_of(text);
        const cases::statement& statement = *parsed;
        if (!follows_the_generator(statement, order.context(recorder))) return false;
        recorder.run(statement);
        order.record(statement);
    }
    return true;
}

}  // namespace

std::vector<std::string> minimized_program(std::vector<std::string> statements, const std::string& signature,
                                           conformance::implementation& oracle, conformance::implementation& system) {
    // Where `candidate` shows the problem, or nothing.
    auto shows_problem = [&](const std::vector<std::string>& candidate) -> std::optional<std::size_t> {
        if (!program_follows_the_generator(candidate, oracle)) return std::nullopt;
        const program_outcome outcome = check_program(program_of(candidate), oracle, system);
        if (outcome.oracle_name_error || outcome.system_unsupported || !outcome.found ||
            outcome.found->signature != signature)
            return std::nullopt;
        return outcome.found->statement;
    };

    const auto whole = shows_problem(statements);
    if (!whole) return statements;
    statements.resize(*whole + 1);
    for (std::size_t chunk = statements.size() / 2; chunk >= 1;) {
        bool removed = false;
        for (std::size_t start = 0; start < statements.size();) {
            std::vector<std::string> candidate(statements.begin(), statements.begin() + start);
            candidate.insert(candidate.end(), statements.begin() + std::min(start + chunk, statements.size()),
                             statements.end());
            const auto at = candidate.empty() ? std::nullopt : shows_problem(candidate);
            if (at) {
                candidate.resize(*at + 1);
                statements = std::move(candidate);
                removed = true;
            } else {
                start += chunk;
            }
        }
        if (!removed) chunk /= 2;
    }
    return statements;
}

}  // namespace fuzzing
