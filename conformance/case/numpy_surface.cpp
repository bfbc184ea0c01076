// The table of numpy_surface.hpp. Signatures are the union of NumPy 1.24's and NumPy 2's: each entry names the
// parameters one of them lacks, and the entries one of them lacks say which has them.
#include "case/numpy_surface.hpp"

#include <stdexcept>
#include <string>
#include <unordered_map>

namespace cases {

namespace {

constexpr std::string_view binary_ufunc =
    "x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None";
constexpr std::string_view unary_ufunc =
    "x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None";
// NumPy's default of initial= is "no value" (the identity, or none for max and min); None is no identity.
constexpr std::string_view reduction_with_dtype =
    "a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True";
constexpr std::string_view reduction = "a, axis=None, out=None, keepdims=False, initial=None, where=True";
constexpr std::string_view mean_function = "a, axis=None, dtype=None, out=None, keepdims=False, *, where=True";
constexpr std::string_view truth_reduction = "a, axis=None, out=None, keepdims=False, *, where=True";
constexpr std::string_view reduction_method_with_dtype =
    "axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True";
constexpr std::string_view reduction_method = "axis=None, out=None, keepdims=False, initial=None, where=True";
constexpr std::string_view mean_method = "axis=None, dtype=None, out=None, keepdims=False, *, where=True";
constexpr std::string_view truth_method = "axis=None, out=None, keepdims=False, *, where=True";
constexpr std::string_view ufunc_reduce =
    "array, axis=0, dtype=None, out=None, keepdims=False, initial=None, where=True";

constexpr availability numpy_2 = availability::numpy_2_only;
constexpr availability numpy_1_24 = availability::numpy_1_24_only;
// NumPy 2's device= of the creation functions, for the array API (None or "cpu").
const std::vector<std::pair<std::string_view, availability>> device_parameter = {{"device", numpy_2}};

// The entries by path: a system asks for every name a case reads, so each table is indexed once.
using entry_index = std::unordered_map<std::string_view, const surface_entry*>;

entry_index index_of(const std::vector<surface_entry>& table) {
    entry_index index;
    for (const surface_entry& entry : table) index.emplace(entry.path, &entry);
    return index;
}

const surface_entry* entry_in(const entry_index& index, std::string_view path) {
    const auto found = index.find(path);
    return found == index.end() ? nullptr : found->second;
}

const surface_entry* function_entry(std::string_view path) {
    static const entry_index index = index_of(numpy_functions_surface());
    return entry_in(index, path);
}

const surface_entry* method_entry(std::string_view name) {
    static const entry_index index = index_of(array_methods_surface());
    return entry_in(index, name);
}

const surface_entry& found_or_thrown(const surface_entry* entry, std::string_view path, const char* what) {
    if (entry != nullptr) return *entry;
    throw std::logic_error("the case language has no " + std::string(what) + " " + std::string(path));
}

std::optional<bool> available(const surface_entry* entry, numpy_release r) {
    if (entry == nullptr) return std::nullopt;
    return available_in(entry->in, r);
}

}  // namespace

const std::vector<surface_entry>& numpy_functions_surface() {
    static const std::vector<surface_entry> table = {
        {"array", "object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, ndmax=0, like=None",
         {"dtype", "copy", "order", "ndmin", "ndmax"}, availability::both, {{"ndmax", numpy_2}}},
        {"asarray", "a, dtype=None, order=None, *, device=None, copy=None, like=None",
         {"dtype", "order", "device", "copy"}, availability::both, {{"device", numpy_2}, {"copy", numpy_2}}},
        {"asanyarray", "a, dtype=None, order=None, *, device=None, copy=None, like=None",
         {"dtype", "order", "device", "copy"}, availability::both, {{"device", numpy_2}, {"copy", numpy_2}}},
        {"ascontiguousarray", "a, dtype=None, *, like=None", {"dtype"}},
        {"asfortranarray", "a, dtype=None, *, like=None", {"dtype"}},
        {"arange", "start=None, stop=None, step=None, dtype=None, *, device=None, like=None", {"dtype", "device"},
         availability::both, device_parameter},
        {"zeros", "shape, dtype=float, order='C', *, device=None, like=None", {"dtype", "order", "device"},
         availability::both, device_parameter},
        {"ones", "shape, dtype=None, order='C', *, device=None, like=None", {"dtype", "order", "device"},
         availability::both, device_parameter},
        {"empty", "shape, dtype=float, order='C', *, device=None, like=None", {"dtype", "order", "device"},
         availability::both, device_parameter},
        {"full", "shape, fill_value, dtype=None, order='C', *, device=None, like=None", {"dtype", "order", "device"},
         availability::both, device_parameter},
        {"zeros_like", "a, dtype=None, order='K', subok=True, shape=None, *, device=None",
         {"dtype", "order", "shape", "subok", "device"}, availability::both, device_parameter},
        {"ones_like", "a, dtype=None, order='K', subok=True, shape=None, *, device=None",
         {"dtype", "order", "shape", "subok", "device"}, availability::both, device_parameter},
        {"empty_like", "prototype, dtype=None, order='K', subok=True, shape=None, *, device=None",
         {"dtype", "order", "shape", "subok", "device"}, availability::both, device_parameter},
        {"full_like", "a, fill_value, dtype=None, order='K', subok=True, shape=None, *, device=None",
         {"dtype", "order", "shape", "subok", "device"}, availability::both, device_parameter},
        {"eye", "N, M=None, k=0, dtype=float, order='C', *, device=None, like=None",
         {"M", "k", "dtype", "order", "device"}, availability::both, device_parameter},
        {"identity", "n, dtype=None, *, like=None", {"dtype"}},
        {"tri", "N, M=None, k=0, dtype=float, *, like=None", {"M", "k", "dtype"}},
        {"linspace", "start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None",
         {"num", "endpoint", "retstep", "dtype", "axis", "device"}, availability::both, device_parameter},
        {"copy", "a, order='K', subok=False", {"order", "subok"}},
        // NumPy 2.4's (a, /, shape, order='C', *, copy=None) and NumPy 1.24's (a, newshape, order='C') in one.
        {"reshape", "a, shape_or_newshape=None, /, order='C', *, shape=None, newshape=None, copy=None",
         {"order", "copy", "shape", "newshape"},
         availability::both,
         {{"shape", numpy_2}, {"newshape", numpy_1_24}, {"copy", numpy_2}}},
        {"ravel", "a, order='C'", {"order"}},
        {"transpose", "a, axes=None", {}},
        {"swapaxes", "a, axis1, axis2", {}},
        // NumPy 2's array-API names.
        {"permute_dims", "a, axes=None", {}, numpy_2},
        {"matrix_transpose", "x, /", {}, numpy_2},
        {"unstack", "x, /, *, axis=0", {"axis"}, numpy_2},
        {"astype", "x, dtype, /, *, copy=True, device=None", {"copy", "device"}, numpy_2},
        {"moveaxis", "a, source, destination", {}},
        {"squeeze", "a, axis=None", {"axis"}},
        {"expand_dims", "a, axis", {}},
        {"broadcast_to", "array, shape, subok=False", {}},
        {"flip", "m, axis=None", {"axis"}},
        {"fliplr", "m", {}},
        {"flipud", "m", {}},
        {"rot90", "m, k=1, axes=(0, 1)", {"k", "axes"}},
        {"atleast_1d", "arys", {}},
        {"atleast_2d", "arys", {}},
        {"atleast_3d", "arys", {}},
        {"diagonal", "a, offset=0, axis1=0, axis2=1", {}},
        {"diag", "v, k=0", {"k"}},
        {"real", "val", {}},
        {"imag", "val", {}},
        {"split", "ary, indices_or_sections, axis=0", {"axis"}},
        {"array_split", "ary, indices_or_sections, axis=0", {"axis"}},
        {"hsplit", "ary, indices_or_sections", {}},
        {"vsplit", "ary, indices_or_sections", {}},
        {"dsplit", "ary, indices_or_sections", {}},
        {"concatenate", "arrays, axis=0, out=None, *, dtype=None, casting='same_kind'", {"axis", "out", "dtype", "casting"}},
        {"concat", "arrays, axis=0, out=None, *, dtype=None, casting='same_kind'", {"axis", "out", "dtype", "casting"},
         numpy_2},
        {"stack", "arrays, axis=0, out=None, *, dtype=None, casting='same_kind'", {"axis", "out", "dtype", "casting"}},
        {"hstack", "tup, *, dtype=None, casting='same_kind'", {"dtype", "casting"}},
        {"vstack", "tup, *, dtype=None, casting='same_kind'", {"dtype", "casting"}},
        {"dstack", "tup", {}},
        {"column_stack", "tup", {}},
        {"append", "arr, values, axis=None", {"axis"}},
        {"block", "arrays", {}},
        {"resize", "a, new_shape", {}},
        {"frombuffer", "buffer, dtype=float, count=-1, offset=0, *, like=None", {"dtype", "count", "offset"}},
        {"ndarray", "shape, dtype=float, buffer=None, offset=0, strides=None, order=None",
         {"dtype", "buffer", "offset", "strides", "order"}},
        {"take", "a, indices, axis=None, out=None, mode='raise'", {"axis", "out", "mode"}},
        {"take_along_axis", "arr, indices, axis=-1", {"axis"}},
        {"put", "a, ind, v, mode='raise'", {"mode"}},
        {"putmask", "a, /, mask, values", {}},
        {"place", "arr, mask, vals", {}},
        {"fill_diagonal", "a, val, wrap=False", {"wrap"}},
        {"put_along_axis", "arr, indices, values, axis", {"axis"}},
        {"where", "condition, x=None, y=None, /", {}},
        {"nonzero", "a", {}},
        {"extract", "condition, arr", {}},
        {"compress", "condition, a, axis=None, out=None", {"axis", "out"}},
        {"choose", "a, choices, out=None, mode='raise'", {"out", "mode"}},
        {"ix_", "*args", {}},
        {"einsum", "*operands, out=None, optimize=False", {}},
        {"sort", "a, axis=-1, kind=None, order=None, *, stable=None", {"axis", "kind", "stable"}, availability::both,
         {{"stable", numpy_2}}},
        {"require", "a, dtype=None, requirements=None, *, like=None", {"dtype", "requirements"}},
        {"copyto", "dst, src, casting='same_kind', where=True", {"casting", "where"}},
        {"shares_memory", "a, b, /, max_work=None", {"max_work"}},
        {"byte_bounds", "a", {}, numpy_1_24},  // NumPy 2 moved it to np.lib.array_utils
        {"lib.array_utils.byte_bounds", "a", {}, numpy_2},
        {"may_share_memory", "a, b, /, max_work=None", {"max_work"}},
        {"lib.stride_tricks.as_strided", "x, shape=None, strides=None, subok=False, writeable=True",
         {"shape", "strides", "writeable"}},
        {"lib.stride_tricks.sliding_window_view", "x, window_shape, axis=None, *, subok=False, writeable=False",
         {"axis", "writeable"}},
        {"rollaxis", "a, axis, start=0", {"start"}},
        {"broadcast_arrays", "*args, subok=False", {}},
        {"add", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"subtract", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"multiply", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"divide", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"true_divide", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"floor_divide", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"remainder", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"mod", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"power", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"bitwise_and", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"bitwise_or", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"bitwise_xor", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"left_shift", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"right_shift", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"equal", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"not_equal", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"less", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"less_equal", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"greater", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"greater_equal", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"maximum", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"minimum", binary_ufunc, {"out", "where", "dtype", "casting"}},
        {"negative", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"positive", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"absolute", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"abs", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"invert", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"square", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"sqrt", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"conjugate", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"conj", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"sum", reduction_with_dtype, {"axis", "dtype", "out", "keepdims", "initial", "where"}},
        {"prod", reduction_with_dtype, {"axis", "dtype", "out", "keepdims", "initial", "where"}},
        {"mean", mean_function, {"axis", "dtype", "out", "keepdims", "where"}},
        {"min", reduction, {"axis", "out", "keepdims", "initial", "where"}},
        {"amin", reduction, {"axis", "out", "keepdims", "initial", "where"}},
        {"max", reduction, {"axis", "out", "keepdims", "initial", "where"}},
        {"amax", reduction, {"axis", "out", "keepdims", "initial", "where"}},
        {"any", truth_reduction, {"axis", "out", "keepdims", "where"}},
        {"all", truth_reduction, {"axis", "out", "keepdims", "where"}},
        // The reduce method of the ufuncs that reductions are (np.sum is add.reduce, np.max maximum.reduce, ...):
        // axis=0 by default.
        {"add.reduce", ufunc_reduce, {"axis", "dtype", "out", "keepdims", "initial", "where"}},
        {"multiply.reduce", ufunc_reduce, {"axis", "dtype", "out", "keepdims", "initial", "where"}},
        {"maximum.reduce", ufunc_reduce, {"axis", "dtype", "out", "keepdims", "initial", "where"}},
        {"minimum.reduce", ufunc_reduce, {"axis", "dtype", "out", "keepdims", "initial", "where"}},
        {"cumsum", "a, axis=None, dtype=None, out=None", {"axis", "dtype", "out"}},
        {"cumprod", "a, axis=None, dtype=None, out=None", {"axis", "dtype", "out"}},
        {"round", "a, decimals=0, out=None", {"decimals", "out"}},
        {"around", "a, decimals=0, out=None", {"decimals", "out"}},
        {"rint", unary_ufunc, {"out", "where", "dtype", "casting"}},
        {"clip", "a, a_min=None, a_max=None, out=None, *, min=None, max=None, casting=None",
         {"a_min", "a_max", "out", "min", "max", "casting"},
         availability::both,
         {{"min", numpy_2}, {"max", numpy_2}}},
        {"matmul", "x1, x2, /, out=None, *, casting='same_kind', order='K', dtype=None, subok=True", {"out"}},
        {"partition", "a, kth, axis=-1, kind='introselect', order=None", {"axis", "kind"}},
        {"dot", "a, b, out=None", {"out"}},
    };
    return table;
}

const std::vector<surface_entry>& array_methods_surface() {
    static const std::vector<surface_entry> table = {
        {"copy", "order='C'", {"order"}},
        {"view", "dtype=None, type=None", {}},
        {"reshape", "*shape, order='C', copy=None", {"order", "copy"}, availability::both, {{"copy", numpy_2}}},
        {"ravel", "order='C'", {"order"}},
        {"flatten", "order='C'", {"order"}},
        {"transpose", "*axes", {}},
        {"swapaxes", "axis1, axis2, /", {}},
        {"squeeze", "axis=None", {"axis"}},
        {"fill", "value, /", {}},
        {"astype", "dtype, order='K', casting='unsafe', subok=True, copy=True", {"copy", "order", "casting"}},
        {"diagonal", "offset=0, axis1=0, axis2=1", {}},
        {"item", "*args", {}},
        {"tolist", "", {}},
        {"take", "indices, axis=None, out=None, mode='raise'", {"axis", "out", "mode"}},
        {"put", "indices, values, mode='raise'", {"mode"}},
        {"nonzero", "", {}},
        {"compress", "condition, axis=None, out=None", {"axis", "out"}},
        {"choose", "choices, out=None, mode='raise'", {"out", "mode"}},
        {"sort", "axis=-1, kind=None, order=None, *, stable=None", {"axis", "kind", "stable"}, availability::both,
         {{"stable", numpy_2}}},
        {"setflags", "write=None, align=None, uic=None", {"write", "align", "uic"}},
        {"sum", reduction_method_with_dtype, {"axis", "dtype", "out", "keepdims", "initial", "where"}},
        {"prod", reduction_method_with_dtype, {"axis", "dtype", "out", "keepdims", "initial", "where"}},
        {"mean", mean_method, {"axis", "dtype", "out", "keepdims", "where"}},
        {"min", reduction_method, {"axis", "out", "keepdims", "initial", "where"}},
        {"max", reduction_method, {"axis", "out", "keepdims", "initial", "where"}},
        {"any", truth_method, {"axis", "out", "keepdims", "where"}},
        {"all", truth_method, {"axis", "out", "keepdims", "where"}},
        {"conj", "", {}},
        {"conjugate", "", {}},
        {"cumsum", "axis=None, dtype=None, out=None", {"axis", "dtype", "out"}},
        {"cumprod", "axis=None, dtype=None, out=None", {"axis", "dtype", "out"}},
        {"byteswap", "inplace=False", {"inplace"}},
        {"newbyteorder", "new_order='S', /", {}, numpy_1_24},  // both removed in NumPy 2.0
        {"itemset", "*args", {}, numpy_1_24},
        {"round", "decimals=0, out=None", {"decimals", "out"}},
        {"clip", "min=None, max=None, out=None, *, casting=None", {"min", "max", "out", "casting"}},
        {"resize", "*new_shape, refcheck=True", {"refcheck"}},
        {"partition", "kth, axis=-1, kind='introselect', order=None", {"axis", "kind"}},
        {"to_device", "device, /, *, stream=None", {"stream"}, numpy_2},
    };
    return table;
}

const std::vector<attribute_entry>& array_attributes_surface() {
    static const std::vector<attribute_entry> table = {
        {"T"},    {"mT", numpy_2}, {"device", numpy_2}, {"base"},   {"shape"}, {"strides"}, {"ndim"},
        {"size"}, {"dtype"},       {"itemsize"},        {"nbytes"}, {"real"},  {"imag"},    {"flat"},
    };
    return table;
}

const surface_entry& numpy_function_surface(std::string_view path) {
    return found_or_thrown(function_entry(path), path, "function np.");
}

const surface_entry& array_method_surface(std::string_view name) {
    return found_or_thrown(method_entry(name), name, "ndarray method");
}

std::optional<bool> numpy_function_available(std::string_view path, numpy_release r) {
    return available(function_entry(path), r);
}

std::optional<bool> array_method_available(std::string_view name, numpy_release r) {
    return available(method_entry(name), r);
}

std::optional<bool> numpy_function_parameter_available(std::string_view path, std::string_view name,
                                                      numpy_release r) {
    const surface_entry* entry = function_entry(path);
    if (entry == nullptr) return std::nullopt;
    if (!available_in(entry->in, r)) return false;
    for (const auto& [parameter, in] : entry->release_parameters)
        if (parameter == name) return available_in(in, r);
    return true;
}

std::optional<bool> numpy_module_available(std::string_view path, numpy_release r) {
    // Each module's releases, from its functions' (every dotted prefix of a path is a module), found once.
    static const std::unordered_map<std::string_view, std::pair<bool, bool>> modules = [] {
        std::unordered_map<std::string_view, std::pair<bool, bool>> found;
        for (const surface_entry& entry : numpy_functions_surface()) {
            for (std::size_t dot = entry.path.find('.'); dot != std::string_view::npos;
                 dot = entry.path.find('.', dot + 1)) {
                auto& [in_numpy_1_24, in_numpy_2] = found[entry.path.substr(0, dot)];
                in_numpy_1_24 = in_numpy_1_24 || available_in(entry.in, numpy_release::numpy_1_24);
                in_numpy_2 = in_numpy_2 || available_in(entry.in, numpy_release::numpy_2);
            }
        }
        return found;
    }();
    const auto module = modules.find(path);
    if (module == modules.end()) return std::nullopt;
    return r == numpy_release::numpy_2 ? module->second.second : module->second.first;
}

std::optional<bool> array_attribute_available(std::string_view name, numpy_release r) {
    for (const attribute_entry& entry : array_attributes_surface())
        if (entry.name == name) return available_in(entry.in, r);
    return std::nullopt;
}

}  // namespace cases
