// Tests of expectations files: entries with and without a pinned signature, comments, a file:line message for
// each mistake, paths resolved against the file's folder and matched by canonical path, and failing closed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "runner/expectations.hpp"

namespace conformance {
namespace {

namespace fs = std::filesystem;

std::string error_of(std::string_view text) {
    try {
        expected_divergences::parse(text, "expected.txt");
    } catch (const expectations_error& e) {
        return e.what();
    }
    return "no error";
}

std::string load_error(const fs::path& file) {
    try {
        expected_divergences::load(file);
    } catch (const expectations_error& e) {
        return e.what();
    }
    return "no error";
}

// A scratch folder with cases/here.py and cases/sub/there.py, removed afterwards.
class ExpectationsFolder : public testing::Test {
protected:
    void SetUp() override {
        folder = fs::temp_directory_path() / ("runner_expectations_test_" + std::to_string(::getpid()));
        fs::create_directories(folder / "cases" / "sub");
        fs::create_directories(folder / "lists");
        std::ofstream(folder / "cases" / "here.py") << "a = 1\n";
        std::ofstream(folder / "cases" / "sub" / "there.py") << "a = 1\n";
    }
    void TearDown() override { fs::remove_all(folder); }
    fs::path write(const std::string& text) {
        std::ofstream(folder / "lists" / "expected.txt") << text;
        return folder / "lists" / "expected.txt";
    }
    fs::path folder;
};

TEST(RunnerExpectations, ReadsEntriesSkippingCommentsAndBlankLines) {
    const auto expectations = expected_divergences::parse(
        "# known\n\ncorpus/cases/a/b.py: engine keeps the base of a copy\n  corpus/cases/c.py:  reason: with colon  \n"
        "x/d.py: DIVERGENCE: strides after reshape: pinned, with: colons\n",
        "expected.txt");
    ASSERT_EQ(expectations.entries().size(), 3u);
    const expected_divergence& b = expectations.entries().at("corpus/cases/a/b.py");
    EXPECT_EQ(b.reason, "engine keeps the base of a copy");
    EXPECT_FALSE(b.signature);
    EXPECT_EQ(b.line, 3);
    EXPECT_EQ(expectations.entries().at("corpus/cases/c.py").reason, "reason: with colon");
    const expected_divergence& d = expectations.entries().at("x/d.py");
    EXPECT_EQ(d.signature, "DIVERGENCE: strides after reshape");
    EXPECT_EQ(d.reason, "pinned, with: colons");
}

TEST(RunnerExpectations, MistakesAreReportedWithFileAndLine) {
    EXPECT_EQ(error_of("# ok\nno colon here\n"), "expected.txt:2: expected `path/to/case.py: reason`, got `no colon here`");
    EXPECT_EQ(error_of("a.py:\n"), "expected.txt:1: no reason given for a.py");
    EXPECT_EQ(error_of("a.py: one\n\na.py: two\n"), "expected.txt:3: a.py is already listed on line 1");
    EXPECT_EQ(error_of("a.py: DIVERGENCE: strides after reshape\n"),
              "expected.txt:1: a pinned signature needs a reason after it: `DIVERGENCE: strides after reshape`");
    EXPECT_EQ(error_of("a.py: DIVERGENCE: strides: why\n"),
              "expected.txt:1: a signature reads `DIVERGENCE: <field> after <operation>`, got `DIVERGENCE: strides`");
    EXPECT_EQ(error_of("a.py: on AVX2: why\n"), "expected.txt:1: `on AVX2` names no SIMD target (X86_V3, AVX512F, "
                                                "AVX512_SKX, AVX512_ICL, AVX512_SPR)");
    EXPECT_EQ(error_of("a.py: on !AVX2: why\n"), "expected.txt:1: `on AVX2` names no SIMD target (X86_V3, AVX512F, "
                                                 "AVX512_SKX, AVX512_ICL, AVX512_SPR)");
    EXPECT_EQ(error_of("a.py: on AVX512F\n"), "expected.txt:1: `on TARGET` needs `: ` and a reason after it: `on AVX512F`");
}

// `on TARGET:` keeps an entry only for a CPU with that SIMD target: elsewhere the case must pass. The case file is
// checked either way.
TEST_F(ExpectationsFolder, TargetEntriesApplyOnlyWhereTheCpuHasTheTarget) {
    const fs::path file = write("../cases/here.py: on AVX512F: DIVERGENCE: values after *: fused there\n"
                                "../cases/sub/there.py: everywhere\n");
    const auto avx512 = expected_divergences::load(file, engine::simd_targets::avx512_icl_machine());
    ASSERT_NE(avx512.find(folder / "cases" / "here.py"), nullptr);
    EXPECT_EQ(avx512.find(folder / "cases" / "here.py")->cpu_target, "AVX512F");
    EXPECT_EQ(avx512.find(folder / "cases" / "here.py")->signature, "DIVERGENCE: values after *");
    EXPECT_EQ(avx512.find(folder / "cases" / "here.py")->reason, "fused there");
    const auto avx2 = expected_divergences::load(file, engine::simd_targets{.x86_v3 = true});
    EXPECT_EQ(avx2.find(folder / "cases" / "here.py"), nullptr);
    EXPECT_NE(avx2.find(folder / "cases" / "sub" / "there.py"), nullptr);
    // `on !TARGET:` the other way round.
    const fs::path without = write("../cases/here.py: on !X86_V3: DIVERGENCE: values after +: baseline loop\n");
    EXPECT_EQ(expected_divergences::load(without, engine::simd_targets{.x86_v3 = true}).find(folder / "cases" / "here.py"),
              nullptr);
    const auto baseline = expected_divergences::load(without, engine::simd_targets{});
    ASSERT_NE(baseline.find(folder / "cases" / "here.py"), nullptr);
    EXPECT_EQ(baseline.find(folder / "cases" / "here.py")->cpu_target, "X86_V3");
    EXPECT_TRUE(baseline.find(folder / "cases" / "here.py")->without_cpu_target);
    const fs::path missing = write("../cases/absent.py: on AVX512_SPR: reason\n");
    EXPECT_EQ(load_error(missing), missing.string() + ":1: no case file ../cases/absent.py (relative paths start at "
                                                      "the expectations file's folder)");
}

TEST_F(ExpectationsFolder, RelativePathsStartAtTheFilesFolderAndAnySpellingMatches) {
    const auto expectations = expected_divergences::load(write("../cases/here.py: r1\n../cases/./sub/../sub/there.py: r2\n"));
    ASSERT_NE(expectations.find(folder / "cases" / "here.py"), nullptr);
    EXPECT_EQ(expectations.find(folder / "cases" / "here.py")->reason, "r1");
    EXPECT_NE(expectations.find(folder / "cases" / "sub" / ".." / "here.py"), nullptr);
    EXPECT_EQ(expectations.find(folder / "cases" / "sub" / "there.py")->reason, "r2");
    EXPECT_EQ(expectations.find(folder / "cases" / "other.py"), nullptr);
    // Unmatched: the entries naming no selected case.
    const auto stale = expectations.unmatched({canonical_case_path(folder / "cases" / "here.py")});
    ASSERT_EQ(stale.size(), 1u);
    EXPECT_EQ(stale[0]->written_path, "../cases/./sub/../sub/there.py");
}

TEST_F(ExpectationsFolder, FailsClosedOnMissingFilesAndCases) {
    const fs::path file = write("../cases/here.py: reason\ncases/here.py: reason\n");
    EXPECT_EQ(load_error(file), file.string() + ":2: no case file cases/here.py (relative paths start at the "
                                                "expectations file's folder)");
    EXPECT_EQ(load_error(folder / "absent.txt"), (folder / "absent.txt").string() + ": no such expectations file");
    const fs::path twice = write("../cases/here.py: one\n../cases/sub/../here.py: two\n");
    EXPECT_EQ(load_error(twice), twice.string() + ":2: ../cases/sub/../here.py names the same case as line 1");
}

}  // namespace
}  // namespace conformance
