// Tests of subscript assignment and indexing on the engine system: NumPy's three setitem paths (one element,
// a view filled in place, an advanced index through a temporary), augmented assignment on subscripts, and
// how Python index objects become engine indices.
#include "systems_engine_test_support.hpp"

namespace conformance::engine_system_test {
namespace {

TEST(EngineSideSetitem, ValueConversionPaths) {
    const numpy_1_24_rules numpy_1_24;
    expect_outcomes({
    {"a = np.arange(3)\na[0] = [1]", R"(error ValueError)"},
    {"a = np.arange(3)\na[:] = [1, np.nan, 3]", R"(error ValueError)"},
    {"a = np.arange(3)\na[:] = [1, np.nan, 3]\na", R"(value {"dtype":"int64","shape":[3],"values":[1,1,2]})"},
    {"a = np.arange(3)\na[[0, 1, 2]] = [1, np.nan, 3]\na", R"(value {"dtype":"int64","shape":[3],"values":[0,1,2]})"},
    {"a = np.arange(3)\na[:] = [[1, 2, 3]]", R"(error ValueError)"},
    {"a = np.arange(3)\na[[0, 1, 2]] = [[1, 2, 3]]\na", R"(value {"dtype":"int64","shape":[3],"values":[1,2,3]})"},
    {"a = np.arange(3)\na[0] = np.array([7])\na", R"(value {"dtype":"int64","shape":[3],"values":[7,1,2]})"},
    {"a = np.zeros(2, dtype=np.int8)\na[0] = '300'\na", R"(value {"dtype":"int8","shape":[2],"values":[44,0]})"},
    {"z = np.array(1)\nz[()] = [5]", R"(error ValueError)"},
    });
}

TEST(EngineSideSetitem, ReadOnlyAndFill) {
    const numpy_1_24_rules numpy_1_24;  // a table of NumPy 1.24's answers; NumPy 2's are decided by the corpus
    expect_outcomes({
    {"a = np.arange(3)\na.flags.writeable = False\na[10] = 1", R"(error ValueError)"},
    {"a = np.arange(3)\na.fill([7])", R"(error ValueError)"},
    {"a = np.arange(3)\na.fill(np.array([[7]]))\na", R"(value {"dtype":"int64","shape":[3],"values":[7,7,7]})"},
    {"a = np.arange(3)\na.fill('7')\na", R"(value {"dtype":"int64","shape":[3],"values":[7,7,7]})"},
    });
}

TEST(EngineSideSetitem, AugmentedAssignmentOnSubscripts) {
    expect_outcomes({
    {"a = np.zeros(3, dtype=np.float32)\na[0] += 0.1\na", R"(value {"dtype":"float32","shape":[3],"values":[0.10000000149011612,0.0,0.0]})"},
    {"b = np.array([True, False])\nb[0] += 1\nb", R"(value {"dtype":"bool","shape":[2],"values":[true,false]})"},
    {"b = np.array([True, False])\nb += 1", R"(error TypeError)"},
    {"a = np.arange(6)\na[[0, 0, 1]] += 1\na", R"(value {"dtype":"int64","shape":[6],"values":[1,2,2,3,4,5]})"},
    });
}

TEST(EngineSideSetitem, IndexBeforeValueAndPerDtypeElementRules) {
    const numpy_1_24_rules numpy_1_24;
    expect_outcomes({
    {"a = np.zeros(3)\na[32] = [1, 2]", R"(error IndexError)"},
    {"a = np.zeros(3, dtype=complex)\na[0] = [1]", R"(error TypeError)"},
    {"a = np.zeros(3, dtype=bool)\na[0] = [1]\na", R"(value {"dtype":"bool","shape":[3],"values":[true,false,false]})"},
    {"a = np.zeros(3, dtype=complex)\na[0] = np.array([1, 2])", R"(error TypeError)"},
    {"a = np.zeros(3)\na[[0, 5]] = 1j", R"(error TypeError)"},
    {"a = np.zeros((3, 3))\na[5, [0]] = 1j", R"(error IndexError)"},
    {"a = np.zeros((3, 3))\na[5:, [0]] = 1j", R"(error TypeError)"},
    {"a = np.arange(3)\na[0] = np.complex128(1 + 1j)\na", R"(value {"dtype":"int64","shape":[3],"values":[1,1,2]})"},
    {"a = np.zeros(3, dtype=bool)\na[0] = np.complex128(1j)\na", R"(value {"dtype":"bool","shape":[3],"values":[true,false,false]})"},
    {"a = np.arange(3)\na[0] = np.complex128(np.nan)", R"(error ValueError)"},
    {"a = np.arange(3)\na[0] = np.float64(np.nan)", R"(error ValueError)"},
    {"a = np.zeros(3)\na.fill(np.complex128(3))\na", R"(value {"dtype":"float64","shape":[3],"values":[3.0,3.0,3.0]})"},
    {"a = np.arange(60, dtype=np.int8).reshape((5, 3, 4, 1, 1))\na[-2, None, [True, True, False, False], :-2, ::0] = a", R"(error IndexError)"},
    {"a = np.zeros(3, dtype=bool)\na[0] = np.array([])\na", R"(value {"dtype":"bool","shape":[3],"values":[false,false,false]})"},
    {"a = np.zeros(3, dtype=bool)\na[0] = np.array([1, 2])", R"(error ValueError)"},
    {"a = np.zeros(3)\na[0] = np.array([[2.5]])\na", R"(value {"dtype":"float64","shape":[3],"values":[2.5,0.0,0.0]})"},
    {"a = np.zeros(3)\na[0] = np.array([])", R"(error ValueError)"},
    {"a = np.arange(6).reshape(2, 3)\na[[0, 5], ::0] = 1j", R"(error ValueError)"},
    {"a = np.arange(6).reshape(2, 3)\na[[True, False, True], 0] = 1j", R"(error IndexError)"},
    });
}

TEST(EngineSideSetitem, NumpyScalarsAreCastExceptIntoSignedIntegers) {
    const numpy_1_24_rules numpy_1_24;
    expect_outcomes({
    {"a = np.zeros(3, dtype=np.uint16)\na[0] = np.float64(np.nan)\na", R"(value {"dtype":"uint16","shape":[3],"values":[0,0,0]})"},
    {"a = np.zeros(3, dtype=np.uint32)\na[1] -= np.inf\na", R"(value {"dtype":"uint32","shape":[3],"values":[0,0,0]})"},
    {"a = np.zeros(3, dtype=np.int32)\na[0] = np.float32(np.inf)", R"(error OverflowError)"},
    {"a = np.zeros(3, dtype=np.uint8)\na[0] = np.int64(300)\na", R"(value {"dtype":"uint8","shape":[3],"values":[44,0,0]})"},
    {"a = np.zeros(3, dtype=np.uint8)\na[0] = 300.5\na", R"(value {"dtype":"uint8","shape":[3],"values":[44,0,0]})"},
    {"a = np.zeros(3, dtype=np.uint8)\na[0] = np.nan", R"(error ValueError)"},
    {"a = np.zeros(3, dtype=np.float32)\na[0] = np.complex128(2 + 1j)\na", R"(value {"dtype":"float32","shape":[3],"values":[2.0,0.0,0.0]})"},
    {"np.array([np.float64(np.nan), 1], dtype=np.uint8)", R"(value {"dtype":"uint8","shape":[2],"values":[0,1]})"},
    {"np.array([np.float64(np.nan), 1], dtype=np.int8)", R"(error ValueError)"},
    });
}

TEST(EngineSideIndexing, PythonIndexObjects) {
    expect_outcomes({
    {"a = np.arange(4)\na[True:3]", R"(value {"dtype":"int64","shape":[2],"values":[1,2]})"},
    {"a = np.arange(4)\na[1.0:]", R"(error TypeError)"},
    {"a = np.arange(4)\na[9223372036854775808]", R"(error OverflowError)"},
    {"a = np.arange(4)\na[18446744073709551616]", R"(error IndexError)"},
    {"a = np.arange(4)\na[1:1180591620717411303424]", R"(value {"dtype":"int64","shape":[3],"values":[1,2,3]})"},
    {"a = np.arange(4)\na[[1.0]]", R"(error IndexError)"},
    {"a = np.arange(4)\na['x']", R"(error IndexError)"},
    {"a = np.arange(4)\na[np.uint8(1)]", R"(value {"dtype":"int64","value":1})"},
    {"a = np.arange(6).reshape(2, 3)\na[(0, 1),]", R"(value {"dtype":"int64","shape":[2,3],"values":[0,1,2,3,4,5]})"},
    {"a = np.arange(6).reshape(2, 3)\na[[]].shape", R"(value [0,3])"},
    });
}

}  // namespace
}  // namespace conformance::engine_system_test
