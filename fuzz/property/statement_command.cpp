// Reports reuse the lockstep run's wording (finding.hpp), so a property failure reads like a fuzz finding.
#include "property/statement_command.hpp"

#include "differential/finding.hpp"
#include "differential/generated_script.hpp"
#include "runner/compare.hpp"
#include "runner/driver.hpp"

namespace fuzzing {

statement_command::statement_command(std::string text) : text_(std::move(text)), statement_(statement_of(text_)) {}

std::vector<std::string> statement_command::program_after(const numpy_model& model) const {
    std::vector<std::string> program = model.statements;
    program.push_back(text_);
    return program;
}

void statement_command::checkPreconditions(const numpy_model& model) const {
    const auto numpy = model.numpy->after(program_after(model));
    RC_PRE(numpy->last.step["error"] != "NameError");
}

void statement_command::run(const numpy_model& model, system_under_test& sut) const {
    const std::vector<std::string> program = program_after(model);
    const std::size_t index = program.size() - 1;
    const auto expected = model.numpy->after(program);
    recorded_step actual;
    try {
        actual = sut.recorder.run(statement_);
    } catch (const conformance::implementation_failure& e) {
        RC_FAIL(failure_finding(program_of(program), index, sut.system.name(), e.what()).report);
    }
    if (auto difference = conformance::first_difference(expected->last.step, actual.step)) {
        const conformance::divergence found{index, std::move(*difference)};
        RC_FAIL(divergence_finding(program_of(program), found, {model.numpy->name(), expected->last.error_message},
                                   {sut.system.name(), actual.error_message})
                    .report);
    }
}

}  // namespace fuzzing
