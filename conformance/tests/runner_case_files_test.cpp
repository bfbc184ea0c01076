// Tests of case discovery and of the command-line flags of the conformance binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "runner/case_files.hpp"
#include "runner/options.hpp"

namespace conformance {
namespace {

namespace fs = std::filesystem;

TEST(RunnerCaseFiles, TestIdentifiersKeepOnlyLettersDigitsAndUnderscores) {
    EXPECT_EQ(test_identifier("view-dtype.v2"), "view_dtype_v2");
    EXPECT_EQ(test_identifier("ok_name9"), "ok_name9");
    EXPECT_EQ(test_identifier(""), "_");
}

TEST(RunnerCaseFiles, FindsPyFilesRecursivelyInPathOrderWithUniqueNames) {
    const fs::path root = fs::temp_directory_path() / "runner_case_files_test";
    fs::remove_all(root);
    fs::create_directories(root / "cases" / "family" / "deeper" / "family");
    std::ofstream(root / "cases" / "family" / "b-case.py") << "a = 1\n";
    std::ofstream(root / "cases" / "family" / "a.py") << "a = 1\n";
    std::ofstream(root / "cases" / "family" / "notes.txt") << "not a case\n";
    std::ofstream(root / "cases" / "family" / "deeper" / "family" / "a.py") << "a = 1\n";

    const auto found = find_case_files({root / "cases", root / "cases" / "family" / "a.py"}, root);
    ASSERT_EQ(found.size(), 3u);  // the file named twice runs once
    EXPECT_EQ(found[0].shown_path, "cases/family/a.py");
    EXPECT_EQ(found[0].suite, "family");
    EXPECT_EQ(found[0].name, "a");
    EXPECT_EQ(found[1].shown_path, "cases/family/b-case.py");
    EXPECT_EQ(found[1].name, "b_case");
    EXPECT_EQ(found[2].shown_path, "cases/family/deeper/family/a.py");
    EXPECT_EQ(found[2].suite, "family");
    EXPECT_EQ(found[2].name, "a_2");

    EXPECT_THROW(find_case_files({root / "cases" / "family" / "notes.txt"}, root), case_files_error);
    EXPECT_THROW(find_case_files({root / "missing"}, root), case_files_error);
    fs::remove_all(root);
}

options parse(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "conformance");
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    return parse_options(static_cast<int>(argv.size()), argv.data());
}

TEST(RunnerOptions, ReadsOurFlags) {
    const options parsed = parse({"--cases", "a.py", "dir", "--trace=t.json", "--trace-oracle", "o.json", "--self-check",
                                  "--bench", "3", "--expected-divergences", "x.txt"});
    EXPECT_EQ(parsed.cases, (std::vector<fs::path>{"a.py", "dir"}));
    EXPECT_EQ(parsed.trace, fs::path("t.json"));
    EXPECT_EQ(parsed.trace_oracle, fs::path("o.json"));
    EXPECT_EQ(parsed.expected_divergences, fs::path("x.txt"));
    EXPECT_TRUE(parsed.self_check);
    EXPECT_EQ(parsed.bench_rounds, 3);
    EXPECT_FALSE(parse({}).self_check);
}

TEST(RunnerOptions, RejectsWhatItDoesNotKnow) {
    EXPECT_THROW(parse({"--frobnicate"}), usage_error);
    EXPECT_THROW(parse({"--trace"}), usage_error);
    EXPECT_THROW(parse({"--cases"}), usage_error);
    EXPECT_THROW(parse({"--bench", "0"}), usage_error);
    EXPECT_THROW(parse({"--bench", "x"}), usage_error);
    EXPECT_THROW(parse({"stray.py"}), usage_error);
}

}  // namespace
}  // namespace conformance
