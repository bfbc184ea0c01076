// The statement command's checks and run; reports reuse the lockstep run's wording (finding.hpp), so a
// property failure reads like a fuzz finding.
#include "property/statement_command.hpp"

#include "differential/finding.hpp"
#include "differential/generated_script.hpp"
#include "differential/generator_rules.hpp"
#include "contract/compare.hpp"
#include "contract/step_recorder.hpp"

namespace fuzzing {

namespace {

// What RC_FAIL does, without the macro's source location and expression text in the description: the
// description is all the report prints of a failure.
[[noreturn]] void fail_with(const finding& found) {
    throw rc::detail::CaseResult(rc::detail::CaseResult::Type::Failure, found.report);
}

}  // namespace

statement_command::statement_command(std::string text) : text_(std::move(text)), statement_(statement_of(text_)) {}

std::vector<std::string> statement_command::program_after(const numpy_model& model) const {
    std::vector<std::string> program = model.statements;
    program.push_back(text_);
    return program;
}

void statement_command::checkPreconditions(const numpy_model& model) const {
    // Held: `after` hands out a shared result, which a reference into a temporary would outlive.
    const auto before = model.numpy->after(model.statements);
    RC_PRE(follows_the_generator(*statement_, before->context));
    const auto numpy = model.numpy->after(program_after(model));
    RC_PRE(numpy->last.step["error"] != "NameError");
}

void statement_command::run(const numpy_model& model, system_under_test& sut) const {
    const std::vector<std::string> program = program_after(model);
    const std::size_t index = program.size() - 1;
    const auto expected = model.numpy->after(program);
    conformance::recorded_step actual;
    try {
        actual = sut.recorder.run(*statement_);
    } catch (const conformance::implementation_failure& e) {
        fail_with(failure_finding(program_of(program), index, sut.system.name(), e.what()));
    }
    if (auto difference = conformance::first_difference(expected->last.step, actual.step)) {
        const conformance::divergence found{index, std::move(*difference)};
        fail_with(divergence_finding(program_of(program), found, {model.numpy->name(), expected->last.error_message},
                                     {sut.system.name(), actual.error_message}));
    }
}

}  // namespace fuzzing
