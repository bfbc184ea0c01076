// Tests of the version matrix on hand-made recordings: changed cases grouped by signature, cases of one
// version only, failures, and the refusal of recordings with nothing in common.
#include <gtest/gtest.h>

#include "runner/version_matrix.hpp"

namespace conformance {
namespace {

json step(const std::string& source, const json& error, const json& arrays) {
    return {{"source", source}, {"error", error}, {"value", nullptr}, {"arrays", arrays}, {"scalars", json::object()}};
}

json recording(const std::string& numpy, const json& strides_of_b, const json& error_of_set) {
    const std::string source = "import numpy as np\na = np.arange(4)\nb = a[::2]\na[0] = 300\n";
    const json array_a = {{"dtype", "int64"}, {"shape", {4}}, {"strides", {8}}};
    const json array_b = {{"dtype", "int64"}, {"shape", {2}}, {"strides", strides_of_b}};
    json trace = {{"oracle", numpy},
                  {"steps", {step("a = np.arange(4)", nullptr, {{"a", array_a}}),
                             step("b = a[::2]", nullptr, {{"a", array_a}, {"b", array_b}}),
                             step("a[0] = 300", error_of_set, {{"a", array_a}, {"b", array_b}})}}};
    json cases = json::object();
    cases["x/changed_strides.py"] = {{"source", source}, {"trace", trace}, {"error_messages", {"", "", ""}}};
    json same = trace;
    same["steps"][1]["arrays"]["b"]["strides"] = {16};
    same["steps"][2]["arrays"]["b"]["strides"] = {16};
    same["steps"][2]["error"] = nullptr;
    cases["x/unchanged.py"] = {{"source", source}, {"trace", same}, {"error_messages", {"", "", ""}}};
    return {{"numpy", numpy}, {"oracle", numpy}, {"cases", cases}};
}

TEST(VersionMatrix, NamesTheFirstChangedFieldOfEachCase) {
    const json older = recording("numpy 1.24.2", {16}, nullptr);
    const json newer = recording("numpy 2.4.6", {24}, "OverflowError");
    const version_matrix matrix = compare_recordings(older, newer);
    EXPECT_EQ(matrix.compared, 2u);
    ASSERT_EQ(matrix.changed.size(), 1u);
    const version_change& change = matrix.changed[0];
    EXPECT_EQ(change.case_path, "x/changed_strides.py");
    EXPECT_EQ(change.signature, "CHANGED: strides after getitem");
    EXPECT_EQ(change.line, 3);
    EXPECT_EQ(change.statements, 2u);
    EXPECT_EQ(change.field.oracle, json({16}));
    EXPECT_EQ(change.field.engine, json({24}));
    const std::string report = format_version_matrix_markdown(matrix);
    EXPECT_NE(report.find("## `CHANGED: strides after getitem` (1 case)"), std::string::npos) << report;
    EXPECT_NE(report.find("```python\nimport numpy as np\na = np.arange(4)\nb = a[::2]"), std::string::npos) << report;
}

TEST(VersionMatrix, ListsCasesOfOneVersionAndFailures) {
    json older = recording("numpy 1.24.2", {16}, nullptr);
    json newer = recording("numpy 2.4.6", {16}, nullptr);
    newer["cases"]["x/unchanged.py"].erase("trace");
    newer["cases"]["x/unchanged.py"]["skipped"] = "needs numpy<2";
    older["cases"]["x/changed_strides.py"].erase("trace");
    older["cases"]["x/changed_strides.py"]["failed"] = "cannot parse";
    const version_matrix matrix = compare_recordings(older, newer);
    EXPECT_EQ(matrix.compared, 0u);
    EXPECT_EQ(matrix.only_older, (std::vector<std::string>{"x/unchanged.py"}));
    EXPECT_EQ(matrix.failed, (std::vector<std::string>{"x/changed_strides.py: cannot parse"}));
}

TEST(VersionMatrix, RefusesRecordingsWithNothingInCommonOrMalformed) {
    json older = recording("numpy 1.24.2", {16}, nullptr);
    json other = older;
    other["cases"] = json::object();
    EXPECT_THROW(compare_recordings(older, other), std::runtime_error);
    EXPECT_THROW(compare_recordings(older, json::object()), std::runtime_error);
}

}  // namespace
}  // namespace conformance
