// Tests of the differential harness against a system with a planted bug: the property test and the
// lockstep run find it, and both shrink the program to the few statements that show it.
#include <gtest/gtest.h>

#include <sstream>

#include "case/parser.hpp"
#include "differential/generated_script.hpp"
#include "differential/lockstep_run.hpp"
#include "differential/program_check.hpp"
#include "differential/program_minimizer.hpp"
#include "systems/registry.hpp"
#include "systems/numpy/numpy_implementation.hpp"
#include "property/random_programs_property.hpp"

namespace fuzzing {
namespace {

using conformance::object_key;

// NumPy, except that views which are not C-contiguous report the opposite writeable flag.
class misreporting_numpy final : public conformance::implementation {
public:
    std::string name() const override { return "misreporting numpy"; }
    void reset() override { numpy_.reset(); }
    conformance::outcome execute(const cases::statement& statement) override { return numpy_.execute(statement); }
    conformance::raw_state state() override {
        conformance::raw_state state = numpy_.state();
        for (auto& [key, array] : state.arrays) {
            if (array.base && !array.c_contiguous) array.writeable = !array.writeable;
        }
        return state;
    }
    bool shares_memory(object_key a, object_key b) override { return numpy_.shares_memory(a, b); }
    bool may_share_memory(object_key a, object_key b) override { return numpy_.may_share_memory(a, b); }

private:
    conformance::numpy_implementation numpy_;
};

// The statements of a reproducer script (its lines after the imports).
std::size_t statements_in(const std::string& reproducer) {
    return cases::parse_program(reproducer, "reproducer.py").statements.size();
}

class DifferentialHarness : public testing::Test {
protected:
    std::unique_ptr<conformance::implementation> oracle = conformance::make_oracle();
    misreporting_numpy planted_bug;
};

TEST_F(DifferentialHarness, PropertyFindsThePlantedBugAndShrinksItsProgram) {
    property_settings settings;
    settings.programs = 100;
    settings.seed = 3;
    std::ostringstream out;
    EXPECT_FALSE(check_random_programs(*oracle, planted_bug, settings, out));
    const std::string report = out.str();
    EXPECT_NE(report.find("DIVERGENCE: writeable after "), std::string::npos) << report;
    EXPECT_NE(report.find("STRIDED_PROPERTY_SEED=3"), std::string::npos) << report;
    const std::string reproducer = report.substr(report.find("import numpy as np"));
    EXPECT_LE(statements_in(reproducer.substr(0, reproducer.find("\n\n"))), 3u) << report;
}

TEST_F(DifferentialHarness, LockstepRunFindsThePlantedBugAndTheMinimizerShrinksIt) {
    std::optional<lockstep_result> found;
    for (std::uint64_t seed = 1; seed < 50 && !found; ++seed) {
        random_choices choices(seed);
        lockstep_result result = run_generated_program(choices, generator_limits{}, *oracle, &planted_bug);
        if (result.found) found = std::move(result);
    }
    ASSERT_TRUE(found);
    EXPECT_EQ(found->found->signature.rfind("DIVERGENCE: writeable after ", 0), 0u) << found->found->signature;
    EXPECT_EQ(found->found->statement + 1, found->statements.size());

    const std::vector<std::string> minimal =
        minimized_program(found->statements, found->found->signature, *oracle, planted_bug);
    // Deleting statements cannot shorten a chain the divergent one depends on: for the first program the seeds
    // find (since the generator draws ufunc.at, cumsum, block, ...), creation, the alias the rest names, a sort,
    // two operators, a comparison, astype and the view that diverges, each naming the one before: eight is the
    // floor.
    EXPECT_LT(minimal.size(), found->statements.size()) << script_of(minimal);
    EXPECT_LE(minimal.size(), 8u) << script_of(minimal);
    const program_outcome rerun = check_program(program_of(minimal), *oracle, planted_bug);
    ASSERT_TRUE(rerun.found);
    EXPECT_EQ(rerun.found->signature, found->found->signature);
    EXPECT_EQ(rerun.found->statement + 1, minimal.size());
}

TEST_F(DifferentialHarness, NumpyAgreesWithItself) {
    conformance::numpy_implementation second_numpy;
    for (std::uint64_t seed = 1; seed < 30; ++seed) {
        random_choices choices(seed);
        const lockstep_result result = run_generated_program(choices, generator_limits{}, *oracle, &second_numpy);
        EXPECT_FALSE(result.found) << result.found->report;
    }
}

TEST(GeneratedScript, AStatementIsParsedOnceAndAnUnparsableLineEveryTime) {
    const auto first = statement_of("q = np.arange(6).reshape(2, 3)");
    const auto again = statement_of("q = np.arange(6).reshape(2, 3)");
    EXPECT_EQ(first.get(), again.get());  // the parse of the first call, kept
    EXPECT_EQ(first->line, 3);            // after the two import lines
    EXPECT_EQ(first->source, "q = np.arange(6).reshape(2, 3)");
    EXPECT_NE(statement_of("q = np.arange(7)").get(), first.get());
    for (int attempt = 0; attempt < 2; ++attempt) EXPECT_THROW(statement_of("q = ("), cases::parse_error);
}

}  // namespace
}  // namespace fuzzing
