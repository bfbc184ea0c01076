// Tests of the engine system's NumPy values: operators between arrays, NumPy scalars and Python values
// (result types, unary minus, == against None/str/unbroadcastable shapes), NumPy scalars and dtype objects.
#include "systems_engine_test_support.hpp"

namespace conformance::engine_system_test {
namespace {

TEST(EngineSideNumpyValues, OperatorsOnArraysAndScalars) {
    const numpy_1_24_rules numpy_1_24;
    expect_outcomes({
    {"a = np.arange(4, dtype=np.int8)\na + 1", R"(value {"dtype":"int8","shape":[4],"values":[1,2,3,4]})"},
    {"a = np.arange(3, dtype=np.uint8)\n-a", R"(value {"dtype":"uint8","shape":[3],"values":[0,255,254]})"},
    {"-np.array([True])", R"(error TypeError)"},
    {"-np.array(5)", R"(value {"dtype":"int64","value":-5})"},
    {"+np.float32(1.5)", R"(value {"dtype":"float32","value":1.5})"},
    {"np.int8(1) + 1", R"(value {"dtype":"int64","value":2})"},
    {"np.float32(1) + 1.0", R"(value {"dtype":"float64","value":2.0})"},
    {"a = np.arange(3)\na == None", R"(value {"dtype":"bool","shape":[3],"values":[false,false,false]})"},
    {"a = np.arange(3)\na == 'x'", R"(value false)"},
    {"a = np.arange(2)\na == [1, 2, 3]", R"(value false)"},
    {"a = np.arange(3)\na < None", R"(error TypeError)"},
    {"a = np.arange(3)\nnot a", R"(error ValueError)"},
    {"not np.array([])", R"(value true)"},
    });
}

TEST(EngineSideNumpyValues, ScalarTypeCalls) {
    const numpy_1_24_rules numpy_1_24;
    expect_outcomes({
    {"np.int8(300)", R"(value {"dtype":"int8","value":44})"},
    {"np.uint64(18446744073709551615)", R"(value {"dtype":"uint64","value":18446744073709551615})"},
    {"np.int64(9223372036854775808)", R"(error OverflowError)"},
    {"np.int8([1, 2])", R"(value {"dtype":"int8","shape":[2],"values":[1,2]})"},
    {"np.bool_()", R"(value {"dtype":"bool","value":false})"},
    {"np.int8('x')", R"(error ValueError)"},
    });
}

TEST(EngineSideNumpyValues, DtypeObjectsAndTypes) {
    expect_outcomes({
    {"a = np.arange(6).reshape(2, 3)\na.dtype == 'int64'", R"(value true)"},
    {"a = np.arange(6).reshape(2, 3)\na.dtype == np.int64", R"(value true)"},
    {"a = np.arange(6).reshape(2, 3)\na.dtype == int", R"(value true)"},
    {"a = np.arange(6).reshape(2, 3)\na.dtype is a.T.dtype", R"(value true)"},
    {"a = np.arange(6).reshape(2, 3)\na.dtype", R"(value "int64")"},
    {"np.int8", R"(value {"type":"type"})"},
    });
}

TEST(EngineSideNumpyValues, NumpyScalarAttributesAndMethods) {
    expect_outcomes({
    {"np.float32(0.1).item()", R"(value 0.10000000149011612)"},
    {"np.int8(3).T", R"(value {"dtype":"int8","value":3})"},
    {"s = np.int8(3)\ns.real is s", R"(value true)"},
    {"np.complex64(1 + 2j).imag", R"(value {"dtype":"float32","value":2.0})"},
    {"np.bool_(True).imag", R"(value {"dtype":"bool","value":false})"},
    {"np.int8(3).reshape(1)", R"(value {"dtype":"int8","shape":[1],"values":[3]})"},
    {"np.int8(3).copy()", R"(value {"dtype":"int8","value":3})"},
    {"np.int8(3).flags.writeable", R"(value false)"},
    {"np.int8(3)[()]", R"(value {"dtype":"int8","value":3})"},
    {"np.int8(3)[0]", R"(error IndexError)"},
    {"np.int8(3).astype(np.float32)", R"(value {"dtype":"float32","value":3.0})"},
    });
}

TEST(EngineSideNumpyValues, NumpyScalarsAreImmutable) {
    const numpy_1_24_rules numpy_1_24;
    expect_outcomes({
    {"s = np.int8(5)\ns -= 1\ns", R"(value {"dtype":"int64","value":4})"},
    {"s = np.float32(2.5)\ns.flags.writeable = True", R"(error ValueError)"},
    {"s = np.float32(2.5)\ns.shape = (1,)", R"(error AttributeError)"},
    });
}

}  // namespace
}  // namespace conformance::engine_system_test
