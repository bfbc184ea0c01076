// Tests of the comparator: the contract's value equality and which field of a step is reported first.
#include <gtest/gtest.h>

#include "contract/compare.hpp"

namespace conformance {
namespace {

json step_with(const json& changes) {
    json step = {{"line", 3},         {"source", "b = a"}, {"error", nullptr},      {"value", nullptr},
                 {"arrays", json::object()}, {"scalars", json::object()}, {"same_object", json::array()},
                 {"shares_memory", json::array()}, {"may_share_memory", json::array()}};
    if (!changes.is_null()) step.update(changes);  // `{}` arrives as null
    return step;
}

json array_entry(json strides, json values) {
    return {{"dtype", "int64"}, {"shape", {2}},       {"strides", std::move(strides)}, {"values", std::move(values)},
            {"base", nullptr},  {"owndata", true},    {"writeable", true},           {"c_contiguous", true},
            {"f_contiguous", true}};
}

TEST(RunnerCompare, NumbersCompareByValueWhateverTheirEncoding) {
    EXPECT_TRUE(same_value(1, 1.0));
    EXPECT_TRUE(same_value(json(std::uint64_t{7}), json(std::int64_t{7})));
    EXPECT_TRUE(same_value(json(std::uint64_t{18446744073709551615u}), json(std::uint64_t{18446744073709551615u})));
    EXPECT_FALSE(same_value(json(std::uint64_t{18446744073709551615u}), json(std::int64_t{-1})));
    EXPECT_FALSE(same_value(1, 2));
    EXPECT_FALSE(same_value(0.1, 0.10000000149011612));  // float32(0.1) is not 0.1
}

TEST(RunnerCompare, NanEqualsNanAndInfinitiesHaveSigns) {
    EXPECT_TRUE(same_value("nan", "nan"));
    EXPECT_TRUE(same_value(json::array({"nan", 1.5}), json::array({"nan", 1.5})));
    EXPECT_FALSE(same_value("inf", "-inf"));
    EXPECT_FALSE(same_value("nan", 0.0));
}

TEST(RunnerCompare, BooleansNeverEqualNumbers) {
    EXPECT_FALSE(same_value(true, 1));
    EXPECT_FALSE(same_value(false, 0.0));
    EXPECT_FALSE(same_value(json::array({true}), json::array({1})));
    EXPECT_TRUE(same_value(true, true));
}

TEST(RunnerCompare, NullIsOnlyNull) {
    EXPECT_TRUE(same_value(nullptr, nullptr));
    EXPECT_FALSE(same_value(nullptr, json::array()));
    EXPECT_FALSE(same_value(nullptr, 0));
}

TEST(RunnerCompare, ObjectsCompareByMembersInAnyOrder) {
    EXPECT_TRUE(same_value(json{{"dtype", "int8"}, {"value", 3}}, json{{"value", 3.0}, {"dtype", "int8"}}));
    EXPECT_FALSE(same_value(json{{"dtype", "int8"}, {"value", 3}}, json{{"dtype", "int16"}, {"value", 3}}));
    EXPECT_FALSE(same_value(json{{"dtype", "int8"}}, json{{"dtype", "int8"}, {"value", 3}}));
}

TEST(RunnerCompare, EqualStepsHaveNoDifference) {
    const json step = step_with({{"arrays", {{"a", array_entry({8}, {1, 2})}}}});
    EXPECT_FALSE(first_difference(step, step).has_value());
}

TEST(RunnerCompare, LineAndSourceAreNotCompared) {
    EXPECT_FALSE(first_difference(step_with({{"line", 3}}), step_with({{"line", 4}, {"source", "x"}})).has_value());
}

TEST(RunnerCompare, ErrorIsReportedBeforeEverythingElse) {
    const json numpy = step_with({{"error", "ValueError"}, {"shares_memory", json::array({json::array({"a", "b"})})}});
    const json engine = step_with({{"error", nullptr}});
    const auto found = first_difference(numpy, engine);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->path, "error");
    EXPECT_EQ(found->oracle, "ValueError");
    EXPECT_EQ(found->engine, nullptr);
}

TEST(RunnerCompare, ArrayFieldsAreReportedByNameAndField) {
    const json numpy = step_with({{"arrays", {{"a", array_entry({8}, {1, 2})}, {"b", array_entry({8}, {1, 2})}}}});
    const json engine = step_with({{"arrays", {{"a", array_entry({8}, {1, 2})}, {"b", array_entry({16}, {1, 3})}}}});
    const auto found = first_difference(numpy, engine);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->path, "arrays.b.strides");  // strides come before values
    EXPECT_EQ(found->oracle, json::array({8}));
    EXPECT_EQ(found->engine, json::array({16}));
}

TEST(RunnerCompare, ANameBoundOnOneSideOnlyIsReportedWhole) {
    const json numpy = step_with({{"arrays", {{"a", array_entry({8}, {1, 2})}}}});
    const json engine = step_with({});
    const auto found = first_difference(numpy, engine);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->path, "arrays.a");
    EXPECT_EQ(found->engine, nullptr);
}

TEST(RunnerCompare, ScalarValuesAndSharingLists) {
    const json numpy = step_with({{"scalars", {{"s", {{"dtype", "int8"}, {"value", 3}}}}}});
    const json engine = step_with({{"scalars", {{"s", {{"dtype", "int8"}, {"value", 4}}}}}});
    ASSERT_TRUE(first_difference(numpy, engine).has_value());
    EXPECT_EQ(first_difference(numpy, engine)->path, "scalars.s.value");

    const json shares = step_with({{"shares_memory", json::array({json::array({"a", "b"})})}});
    ASSERT_TRUE(first_difference(shares, step_with({})).has_value());
    EXPECT_EQ(first_difference(shares, step_with({}))->path, "shares_memory");
}

TEST(RunnerCompare, FirstDivergenceNamesTheStep) {
    const json same = step_with({});
    const json numpy = {{"steps", {same, same, step_with({{"value", 1}})}}};
    const json engine = {{"steps", {same, same, step_with({{"value", true}})}}};
    const auto found = first_divergence(numpy, engine);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->step, 2u);
    EXPECT_EQ(found->field.path, "value");
    EXPECT_FALSE(first_divergence(numpy, numpy).has_value());
}

}  // namespace
}  // namespace conformance
