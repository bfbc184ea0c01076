// Divergences are described by conformance/runner/report (signature, report, reproducer) so that fuzz
// findings read exactly like corpus failures; failures get the same shape of signature and reproducer.
#include "differential/finding.hpp"

#include "case/printer.hpp"

namespace fuzzing {

finding divergence_finding(const cases::program& program, const conformance::divergence& found,
                           const conformance::reported_side& oracle, const conformance::reported_side& engine) {
    finding result;
    result.statement = found.step;
    result.signature = conformance::signature(program.statements.at(found.step), found.field);
    result.report = conformance::format_divergence(program.file, program, found, oracle, engine);
    result.reproducer = conformance::reproducer(program, found.step, found.field.path);
    return result;
}

finding failure_finding(const cases::program& program, std::size_t statement, const std::string& system_name,
                        const std::string& message) {
    finding result;
    result.statement = statement;
    result.signature =
        "FAILURE: " + system_name + " after " + conformance::operation_name(program.statements.at(statement));
    cases::program prefix = program;
    prefix.statements.resize(statement + 1);
    std::string script = cases::print_program(prefix, true);
    while (!script.empty() && script.back() == '\n') script.pop_back();
    result.reproducer = script + "  # " + result.signature + "\n";
    result.report = message + "\n" + result.signature + "\nreproducer:\n" + result.reproducer;
    return result;
}

}  // namespace fuzzing
