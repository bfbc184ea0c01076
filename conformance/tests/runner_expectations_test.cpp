// Tests of expected-divergences.txt parsing: entries, comments, and a file:line message for each mistake.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "runner/expectations.hpp"

namespace conformance {
namespace {

std::string error_of(std::string_view text) {
    try {
        expected_divergences::parse(text, "expected.txt");
    } catch (const expectations_error& e) {
        return e.what();
    }
    return "no error";
}

TEST(RunnerExpectations, ReadsEntriesSkippingCommentsAndBlankLines) {
    const auto expectations = expected_divergences::parse(
        "# known\n\ncorpus/cases/a/b.py: engine keeps the base of a copy\n  corpus/cases/c.py:  reason: with colon  \n",
        "expected.txt");
    ASSERT_NE(expectations.reason_for("corpus/cases/a/b.py"), nullptr);
    EXPECT_EQ(*expectations.reason_for("corpus/cases/a/b.py"), "engine keeps the base of a copy");
    EXPECT_EQ(*expectations.reason_for("corpus/cases/c.py"), "reason: with colon");
    EXPECT_EQ(expectations.reason_for("corpus/cases/other.py"), nullptr);
    EXPECT_EQ(expectations.entries().size(), 2u);
}

TEST(RunnerExpectations, MistakesAreReportedWithFileAndLine) {
    EXPECT_EQ(error_of("# ok\nno colon here\n"), "expected.txt:2: expected `path/to/case.py: reason`, got `no colon here`");
    EXPECT_EQ(error_of("a.py:\n"), "expected.txt:1: no reason given for a.py");
    EXPECT_EQ(error_of("a.py: one\n\na.py: two\n"), "expected.txt:3: a.py is already listed on line 1");
}

TEST(RunnerExpectations, LoadRequiresListedCasesToExist) {
    const auto folder = std::filesystem::temp_directory_path() / "runner_expectations_test";
    std::filesystem::create_directories(folder / "cases");
    std::ofstream(folder / "cases" / "here.py") << "a = 1\n";
    std::ofstream(folder / "expected.txt") << "cases/here.py: reason\ncases/gone.py: reason\n";
    try {
        expected_divergences::load(folder / "expected.txt", folder);
        FAIL() << "a missing case was accepted";
    } catch (const expectations_error& e) {
        EXPECT_EQ(std::string(e.what()), (folder / "expected.txt").string() + ":2: no case file cases/gone.py");
    }
    EXPECT_TRUE(expected_divergences::load(folder / "absent.txt", folder).entries().empty());
    std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace conformance
