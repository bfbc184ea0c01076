// The property test's command: one generated statement. NumPy (through the oracle replay) is the model,
// the system under test runs the same statement, and the two trace steps must be equal.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <rapidcheck.h>
#include <rapidcheck/state.h>

#include "case/ast.hpp"
#include "contract/step_recorder.hpp"
#include "property/oracle_replay.hpp"

namespace fuzzing {

// The model: the program so far. What NumPy makes of it is looked up in the replay, so copies are cheap.
struct numpy_model {
    oracle_replay* numpy = nullptr;
    std::vector<std::string> statements;
};

// The system under test, fresh for every program RapidCheck runs.
struct system_under_test {
    explicit system_under_test(conformance::implementation& system) : system(system), recorder(system) {}
    conformance::implementation& system;
    conformance::step_recorder recorder;
};

using program_command = rc::state::Command<numpy_model, system_under_test>;

class statement_command final : public program_command {
public:
    // Throws cases::parse_error for a line the generator should never have written.
    explicit statement_command(std::string text);

    // A shrunk program may have unbound a name the statement uses (NumPy raises NameError: not a program
    // the generator writes) or changed the source under an as_strided window (NumPy would read outside it).
    void checkPreconditions(const numpy_model& model) const override;
    void apply(numpy_model& model) const override { model.statements.push_back(text_); }
    // Fails with the runner's divergence report, whose reproducer is the program up to this statement.
    void run(const numpy_model& model, system_under_test& sut) const override;
    void show(std::ostream& out) const override { out << text_; }

private:
    std::vector<std::string> program_after(const numpy_model& model) const;

    std::string text_;
    std::shared_ptr<const cases::statement> statement_;
};

}  // namespace fuzzing
