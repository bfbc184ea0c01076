// The statement command's checks and run; reports reuse the lockstep run's wording (finding.hpp), so a
// property failure reads like a fuzz finding.
#include "property/statement_command.hpp"

#include "differential/finding.hpp"
#include "differential/generated_script.hpp"
#include "differential/window_bounds.hpp"
#include "contract/compare.hpp"
#include "contract/step_recorder.hpp"

namespace fuzzing {

namespace {

// What RC_FAIL does, without the macro's source location and expression text in the description: the
// description is all the report prints of a failure.
[[noreturn]] void fail_with(const finding& found) {
    throw rc::detail::CaseResult(rc::detail::CaseResult::Type::Failure, found.report);
}

// The generator's rule for np.ndarray(buffer=b, strides=...): b is not empty (NumPy would check the strides
// against the requested array's own size and read outside b, which the engine refuses as unsupported). A shrink
// that removes statements can rebind b; the statement then is not one the generator would write here.
bool buffer_strides_allowed(const std::string& text, const generation_context& context) {
    if (text.find("np.ndarray(") == std::string::npos || text.find("strides=") == std::string::npos) return true;
    const std::size_t at = text.find("buffer=");
    if (at == std::string::npos) return true;
    const std::size_t start = at + 7, end = text.find_first_of(",)", start);
    const std::string name = text.substr(start, end - start);
    for (const live_array& a : context.arrays) {
        if (a.name != name) continue;
        for (const std::int64_t length : a.shape)
            if (length == 0) return false;
    }
    return true;
}

}  // namespace

statement_command::statement_command(std::string text) : text_(std::move(text)), statement_(statement_of(text_)) {}

std::vector<std::string> statement_command::program_after(const numpy_model& model) const {
    std::vector<std::string> program = model.statements;
    program.push_back(text_);
    return program;
}

void statement_command::checkPreconditions(const numpy_model& model) const {
    const auto before = model.numpy->after(model.statements);  // kept alive: the context is a member of it
    RC_PRE(windows_stay_inside(statement_, before->context));
    RC_PRE(buffer_strides_allowed(text_, before->context));
    const auto numpy = model.numpy->after(program_after(model));
    RC_PRE(numpy->last.step["error"] != "NameError");
}

void statement_command::run(const numpy_model& model, system_under_test& sut) const {
    const std::vector<std::string> program = program_after(model);
    const std::size_t index = program.size() - 1;
    const auto expected = model.numpy->after(program);
    conformance::recorded_step actual;
    try {
        actual = sut.recorder.run(statement_);
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
