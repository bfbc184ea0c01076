// Tests of the case interpreter's argument binding: signatures in Python syntax, and CPython's rules for
// positional, keyword, positional-only, keyword-only and *rest parameters, with TypeError otherwise.
#include <gtest/gtest.h>

#include "interpreter/arguments.hpp"
#include "interpreter/python_error.hpp"

namespace conformance::interpreter {
namespace {

py_int int_of(const value& v) { return *v.as<py_int>(); }

call_arguments positional(std::vector<value> args) { return {std::move(args), {}}; }

std::string binding_error(const signature& s, const call_arguments& args,
                          std::optional<cases::numpy_release> surface = std::nullopt) {
    try {
        interpreter::bind(s, args, surface);
    } catch (const python_error& e) {
        return e.class_name() + ": " + e.what();
    }
    return "no error";
}

const signature mixed("f", "a, b=None, /, c=1, *, d='K'");

TEST(EngineSideArguments, PositionalArgumentsFillParametersInOrderAndDefaultsTheRest) {
    const bound_arguments args =
        interpreter::bind(mixed, positional({value::integer(5), value::integer(6)}), std::nullopt);
    EXPECT_EQ(int_of(args["a"]), 5);
    EXPECT_EQ(int_of(args["b"]), 6);
    EXPECT_EQ(int_of(args["c"]), 1);
    EXPECT_EQ(*args["d"].as<std::string>(), "K");
    EXPECT_TRUE(args.given("b"));
    EXPECT_FALSE(args.given("c"));
}

TEST(EngineSideArguments, KeywordsBindByName) {
    const call_arguments args_given{{value::integer(5)}, {{"d", value::string("F")}, {"c", value::none()}}};
    const bound_arguments args = interpreter::bind(mixed, args_given, std::nullopt);
    EXPECT_TRUE(args["b"].is<none_type>());
    EXPECT_TRUE(args["c"].is<none_type>());
    EXPECT_TRUE(args.given("c"));
    EXPECT_EQ(*args["d"].as<std::string>(), "F");
}

TEST(EngineSideArguments, MismatchesAreTypeErrors) {
    EXPECT_EQ(binding_error(mixed, positional({})), "TypeError: f() missing required argument 'a' (pos 1)");
    EXPECT_EQ(binding_error(mixed, positional({value::integer(1), value::integer(2), value::integer(3), value::integer(4)})),
              "TypeError: f() takes at most 3 positional arguments (4 given)");
    EXPECT_EQ(binding_error(mixed, {{value::integer(1)}, {{"e", value::none()}}}),
              "TypeError: f() got an unexpected keyword argument 'e'");
    EXPECT_EQ(binding_error(mixed, {{value::integer(1)}, {{"b", value::none()}}}),
              "TypeError: f() got an unexpected keyword argument 'b'");  // positional-only
    EXPECT_EQ(binding_error(mixed, {{value::integer(1), value::integer(2), value::integer(3)}, {{"c", value::none()}}}),
              "TypeError: f() got multiple values for argument 'c'");
}

TEST(EngineSideArguments, StarParameterCollectsTheRemainingPositionals) {
    const signature reshape("reshape", "*shape, order='C'");
    const call_arguments args_given{{value::integer(2), value::integer(3)}, {{"order", value::string("F")}}};
    const bound_arguments args = interpreter::bind(reshape, args_given, std::nullopt);
    ASSERT_EQ(args.rest("shape").size(), 2u);
    EXPECT_EQ(int_of(args.rest("shape")[1]), 3);
    EXPECT_EQ(*args["order"].as<std::string>(), "F");
    EXPECT_TRUE(interpreter::bind(reshape, positional({}), std::nullopt).rest("shape").empty());
    EXPECT_EQ(binding_error(reshape, {{}, {{"shape", value::none()}}}),
              "TypeError: reshape() got an unexpected keyword argument 'shape'");
}

TEST(EngineSideArguments, DefaultsMayNamePythonTypes) {
    const signature zeros("zeros", "shape, dtype=float, flag=True, n=-1");
    const bound_arguments args = interpreter::bind(zeros, positional({value::integer(3)}), std::nullopt);
    EXPECT_EQ(args["dtype"].as<python_type_object>()->which, python_type::float_);
    EXPECT_TRUE(*args["flag"].as<bool>());
    EXPECT_EQ(int_of(args["n"]), -1);
}

// A surface entry's parameter that one NumPy release lacks is refused by keyword under that release only, and a
// binding without a release (Python's builtins) takes every parameter.
TEST(EngineSideArguments, ReleaseParametersAreRefusedWhereTheReleaseLacksThem) {
    const cases::surface_entry entry{"f", "a, /, *, shape=None, newshape=None", {"shape", "newshape"},
                                     cases::availability::both,
                                     {{"shape", cases::availability::numpy_2_only},
                                      {"newshape", cases::availability::numpy_1_24_only}}};
    const signature f("f", entry);
    const call_arguments by_shape{{value::integer(1)}, {{"shape", value::integer(2)}}};
    const call_arguments by_newshape{{value::integer(1)}, {{"newshape", value::integer(2)}}};
    EXPECT_EQ(binding_error(f, by_shape, cases::numpy_release::numpy_2), "no error");
    EXPECT_EQ(binding_error(f, by_shape, cases::numpy_release::numpy_1_24),
              "TypeError: f() got an unexpected keyword argument 'shape'");
    EXPECT_EQ(binding_error(f, by_newshape, cases::numpy_release::numpy_1_24), "no error");
    EXPECT_EQ(binding_error(f, by_newshape, cases::numpy_release::numpy_2),
              "TypeError: f() got an unexpected keyword argument 'newshape'");
    EXPECT_EQ(binding_error(f, by_shape, std::nullopt), "no error");
    EXPECT_EQ(binding_error(f, by_newshape, std::nullopt), "no error");
}

}  // namespace
}  // namespace conformance::interpreter
