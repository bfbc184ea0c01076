// Tests of np.* functions and array methods on the engine system: NumPy's signatures (positional and keyword
// rules, defaults, explicit None), argument conversion (shapes, dtypes, orders, strings) and results.
#include "systems_engine_test_support.hpp"

namespace conformance::engine_system_test {
namespace {

TEST(EngineSideNumpyCalls, ReshapeTransposeAndItem) {
    expect_outcomes({
    {"a = np.arange(3)\na.reshape()", R"(error TypeError)"},
    {"a = np.arange(6)\na.reshape(2, 3, order='K')", R"(error ValueError)"},
    {"a = np.arange(6)\na.reshape([3, 2]).shape", R"(value [3,2])"},
    {"a = np.arange(6)\na.reshape(2, (3,))", R"(error TypeError)"},
    {"a = np.arange(6).reshape(2, 3)\na.transpose(1, 0).strides", R"(value [8,24])"},
    {"a = np.arange(6).reshape(2, 3)\na.transpose((1, 0)).strides", R"(value [8,24])"},
    {"a = np.arange(6).reshape(2, 3)\na.transpose(None).shape", R"(value [3,2])"},
    {"a = np.arange(6).reshape(2, 3)\na.item(1, 2)", R"(value 5)"},
    {"a = np.arange(6).reshape(2, 3)\na.item(-1)", R"(value 5)"},
    {"a = np.arange(6).reshape(2, 3)\na.item((0, 1))", R"(value 1)"},
    {"a = np.arange(6).reshape(2, 3)\na.item(6)", R"(error IndexError)"},
    {"a = np.arange(6).reshape(2, 3)\na.item()", R"(error ValueError)"},
    {"a = np.arange(6).reshape(2, 3)\na.item(0, 0, 0)", R"(error ValueError)"},
    {"a = np.arange(6).reshape(2, 3)\na.tolist()", R"(value [[0,1,2],[3,4,5]])"},
    {"np.array([1 + 2j], dtype=np.complex64).tolist()", R"(value [[1.0,2.0]])"},
    {"a = np.arange(6)\na.shape = 2, 3\na.strides", R"(value [24,8])"},
    });
}

TEST(EngineSideNumpyCalls, ViewAstypeCopyAndFriends) {
    expect_outcomes({
    {"np.arange(3).view(None).dtype", R"(value "float64")"},
    {"a = np.arange(3)\na.astype(np.int8, 'K', 'safe')", R"(error TypeError)"},
    {"a = np.arange(3)\na.astype(np.float32, True)", R"(error TypeError)"},
    {"a = np.arange(3)\na.astype().dtype", R"(error TypeError)"},
    {"a = np.arange(3)\na.astype(None).dtype", R"(value "float64")"},
    {"a = np.arange(3)\na.dtype.itemsize", R"(value 8)"},
    {"a = np.arange(3)\na.diagonal()", R"(error ValueError)"},
    {"a = np.arange(6).reshape(2, 3)\na.swapaxes(0, 1).strides", R"(value [8,24])"},
    {"a = np.arange(6).reshape(1, 2, 3)\na.squeeze(0).shape", R"(value [2,3])"},
    {"a = np.arange(3)\na.copy(None).strides", R"(value [8])"},
    {"a = np.arange(6).reshape(2, 3)\na.T.copy(order=None).strides", R"(value [16,8])"},
    });
}

TEST(EngineSideNumpyCalls, FunctionsDeferringToMethods) {
    expect_outcomes({
    {"a = np.arange(6)\nnp.reshape(a, (2, 3), order='F').strides", R"(value [8,16])"},
    {"np.transpose([[1, 2]])", R"(value {"dtype":"int64","shape":[2,1],"values":[1,2]})"},
    {"np.squeeze(np.int8(3))", R"(value {"dtype":"int8","value":3})"},
    {"np.flip(np.array(5))", R"(value {"dtype":"int64","value":5})"},
    {"np.moveaxis(np.int8(3), [], [])", R"(value {"dtype":"int8","value":3})"},
    {"np.ravel(np.int8(3))", R"(value {"dtype":"int8","shape":[1],"values":[3]})"},
    {"np.copy(np.int8(3))", R"(value {"dtype":"int8","shape":[],"values":[3]})"},
    {"a = np.arange(6).reshape(2, 3)\nnp.diagonal(a, 1)", R"(value {"dtype":"int64","shape":[2],"values":[1,5]})"},
    {"a = np.arange(6).reshape(1, 2, 3)\nnp.squeeze(a, axis=(0,)).shape", R"(value [2,3])"},
    });
}

TEST(EngineSideNumpyCalls, CreationArguments) {
    expect_outcomes({
    {"np.zeros(True)", R"(error TypeError)"},
    {"np.zeros(2.0)", R"(error TypeError)"},
    {"np.zeros(None)", R"(value {"dtype":"float64","shape":[],"values":[0.0]})"},
    {"np.zeros((2, 3), float, 'F').strides", R"(value [8,16])"},
    {"np.zeros(2, order='A')", R"(error ValueError)"},
    {"np.zeros(2, dtype='foo')", R"(error TypeError)"},
    {"np.zeros(2, dtype=5)", R"(error TypeError)"},
    {"np.ones(2, dtype='f4')", R"(value {"dtype":"float32","shape":[2],"values":[1.0,1.0]})"},
    {"np.array([1, 2], None, True)", R"(error TypeError)"},
    {"np.arange()", R"(error TypeError)"},
    {"np.arange(1, 7, 2, np.int8)", R"(value {"dtype":"int8","shape":[3],"values":[1,3,5]})"},
    {"np.ones_like(np.float32(1)).dtype", R"(value "float32")"},
    {"np.empty_like([1, 2.5]).dtype", R"(value "float64")"},
    {"np.expand_dims(np.arange(3), (0, 2)).shape", R"(value [1,3,1])"},
    {"np.broadcast_to(5, (2,))", R"(value {"dtype":"int64","shape":[2],"values":[5,5]})"},
    {"np.broadcast_to(np.arange(3), 3).flags.writeable", R"(value false)"},
    {"np.asarray([1, 2], order='F').flags.owndata", R"(value true)"},
    {"np.ascontiguousarray(np.array(5)).shape", R"(value [1])"},
    {"np.arange(3)[None].strides", R"(value [0,8])"},
    });
}

TEST(EngineSideNumpyCalls, FullAndStringConversion) {
    expect_outcomes({
    {"np.full((2, 2), [1, 2])", R"(value {"dtype":"int64","shape":[2,2],"values":[1,2,1,2]})"},
    {"np.full(2, np.nan, dtype=np.int64)", R"(value {"dtype":"int64","shape":[2],"values":[-9223372036854775808,-9223372036854775808]})"},
    {"np.full(2, '5', dtype=np.int64)", R"(value {"dtype":"int64","shape":[2],"values":[5,5]})"},
    {"np.full(2, 18446744073709551616, dtype=np.int64)", R"(error OverflowError)"},
    {"np.full_like(np.arange(3), 2.7)", R"(value {"dtype":"int64","shape":[3],"values":[2,2,2]})"},
    {"np.full_like(np.arange(3), [1, 2, 3.5])", R"(value {"dtype":"int64","shape":[3],"values":[1,2,3]})"},
    {"np.array(['1_0', ' 2 '], dtype=np.int64)", R"(value {"dtype":"int64","shape":[2],"values":[10,2]})"},
    {"np.array(['1e3', '-inf', 'nan'], dtype=np.float64)", R"(value {"dtype":"float64","shape":[3],"values":[1000.0,"-inf","nan"]})"},
    {"np.array(['1+2j', '3', '-2j'], dtype=np.complex128)", R"(value {"dtype":"complex128","shape":[3],"values":[[1.0,2.0],[3.0,0.0],[0.0,-2.0]]})"},
    {"np.array(['x', ''], dtype=bool)", R"(value {"dtype":"bool","shape":[2],"values":[true,false]})"},
    {"np.array(['1.5'], dtype=np.int64)", R"(error ValueError)"},
    });
}

TEST(EngineSideNumpyCalls, ConcatenateCopytoAndMemory) {
    expect_outcomes({
    {"np.concatenate(([1, 2], [3]))", R"(value {"dtype":"int64","shape":[3],"values":[1,2,3]})"},
    {"np.concatenate(np.arange(6).reshape(2, 3))", R"(value {"dtype":"int64","shape":[6],"values":[0,1,2,3,4,5]})"},
    {"np.concatenate(5)", R"(error TypeError)"},
    {"np.concatenate((np.arange(2), np.arange(2)), axis=None)", R"(value {"dtype":"int64","shape":[4],"values":[0,1,0,1]})"},
    {"a = np.arange(3)\nnp.copyto(a, [7, 8, 9])", R"(value null)"},
    {"np.copyto([1], 2)", R"(error TypeError)"},
    {"a = np.arange(3)\nnp.shares_memory(a, [1, 2])", R"(value false)"},
    {"a = np.arange(3)\nnp.shares_memory(a, a[1:], max_work=None)", R"(value true)"},
    {"from numpy.lib.stride_tricks import as_strided\na = np.arange(6)\nas_strided(a, shape=(3,), strides=(16,))", R"(value {"dtype":"int64","shape":[3],"values":[0,2,4]})"},
    {"a = np.arange(6)\nnp.lib.stride_tricks.as_strided(a, (2,), (8,), False, False).flags.writeable", R"(value false)"},
    {"from numpy.lib.stride_tricks import as_strided\na = np.arange(6)\nas_strided(a).base", R"(value {"type":"DummyArray"})"},
    });
}

TEST(EngineSideNumpyCalls, PythonIntsBeyondInt64) {
    const numpy_1_24_rules numpy_1_24;
    expect_outcomes({
    {"np.array([9223372036854775808], dtype=np.uint8)", R"(error OverflowError)"},
    {"np.array([9223372036854775808], dtype=np.uint32)", R"(value {"dtype":"uint32","shape":[1],"values":[0]})"},
    {"np.array([9223372036854775808], dtype=np.float32)", R"(value {"dtype":"float32","shape":[1],"values":[9.223372036854776e+18]})"},
    {"np.full(2, 9223372036854775808, dtype=np.int64)", R"(value {"dtype":"int64","shape":[2],"values":[-9223372036854775808,-9223372036854775808]})"},
    {"a = np.zeros(2, dtype=np.uint64)\na[0] = 18446744073709551615\na", R"(value {"dtype":"uint64","shape":[2],"values":[18446744073709551615,0]})"},
    });
}

}  // namespace
}  // namespace conformance::engine_system_test
