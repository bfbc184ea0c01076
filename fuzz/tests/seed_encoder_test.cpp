// Tests of the seed encoder: a case script becomes an input that decodes, on NumPy, into statements with
// the case's operations in the case's order.
#include <gtest/gtest.h>

#include "case/parser.hpp"
#include "differential/lockstep_run.hpp"
#include "systems/registry.hpp"
#include "contract/report.hpp"
#include "seeds/case_encoder.hpp"

namespace fuzzing {
namespace {

TEST(SeedEncoder, InputDecodesIntoTheCasesOperations) {
    const cases::program case_script = cases::parse_program(
        "import numpy as np\n"
        "a = np.arange(12).reshape(3, 4)\n"
        "b = a[1:, ::-1]\n"
        "c = b.T\n"
        "c[0] = 7\n"
        "np.shares_memory(a, c)\n",
        "case.py");
    const auto oracle = conformance::make_oracle();
    const encoded_case encoded = encode_case(case_script, *oracle, 1);
    ASSERT_EQ(encoded.case_statements, 5u);
    ASSERT_GE(encoded.statements.size(), 4u);

    const std::vector<std::uint8_t> input = encoded.input();
    byte_choices choices(input);
    const lockstep_result decoded = run_generated_program(choices, generator_limits{}, *oracle, nullptr);
    ASSERT_EQ(decoded.statements.size(), encoded.statements.size());
    for (std::size_t i = 0; i < decoded.statements.size(); ++i) {
        EXPECT_EQ(decoded.statements[i], encoded.statements[i].text);
        EXPECT_EQ(conformance::operation_name(
                      cases::parse_program(decoded.statements[i] + "\n", "decoded.py").statements.at(0)),
                  encoded.statements[i].operation);
    }
}

}  // namespace
}  // namespace fuzzing
