// Matching on the operation alone keeps the search cheap (statements are parsed, not run, until one
// matches) and still reproduces the case's shape: creations, then views of views, writes and queries.
#include "seeds/case_encoder.hpp"

#include <algorithm>

#include "differential/binding_order.hpp"
#include "differential/generated_script.hpp"
#include "contract/step_recorder.hpp"
#include "generator/recorded_choices.hpp"
#include "contract/report.hpp"

namespace fuzzing {

std::vector<std::uint8_t> encoded_case::input() const {
    std::vector<std::uint8_t> bytes;
    for (const encoded_statement& statement : statements)
        bytes.insert(bytes.end(), statement.bytes.begin(), statement.bytes.end());
    return bytes;
}

encoded_case encode_case(const cases::program& program, conformance::implementation& oracle, std::uint64_t seed,
                         const generator_limits& limits, int attempts) {
    encoded_case encoded;
    random_choices random(seed);
    conformance::step_recorder recorder(oracle);
    binding_order order;
    encoded.case_statements = std::min<std::size_t>(program.statements.size(), limits.max_statements);
    for (std::size_t i = 0; i < encoded.case_statements; ++i) {
        const std::string wanted = conformance::operation_name(program.statements[i]);
        const generation_context context = order.context(recorder);
        for (int attempt = 0; attempt < attempts; ++attempt) {
            recorded_choices recording(random);
            program_generator generator(recording, limits);
            const std::string text = generator.next_statement(context).text;
            const auto parsed = statement_of(text);
            const cases::statement& statement = *parsed;
            if (conformance::operation_name(statement) != wanted) continue;
            recorder.run(statement);
            order.record(statement);
            encoded.statements.push_back({wanted, text, recording.bytes()});
            break;
        }
    }
    return encoded;
}

}  // namespace fuzzing
