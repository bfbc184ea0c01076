// Conversions between Python values and the engine's types: array-likes (np.asarray semantics), ufunc
// operands, scalars, shapes, axes, dtypes, orders and indices in; NumPy scalars and Python numbers out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "engine/creation.hpp"
#include "engine/index.hpp"
#include "engine/subscript_assignment.hpp"
#include "engine/ufunc.hpp"
#include "interpreter/arguments.hpp"
#include "systems/engine/objects.hpp"

namespace conformance::engine_system {

// ------------------------------------------------------------------ Python values -> engine

// np.array's view of a value: Python numbers become bool/int64 (uint64 above int64)/float64/complex128
// scalars marked as Python numbers (the engine packs them into elements by Python's rules, NumPy scalars by
// NumPy's: engine::pack_element), tuples and lists become sequences. `target` is the dtype the data is
// converted to, if known: strings then become numbers as NumPy converts them (int('5')); without a target they
// are a TypeError.
engine::nested to_nested(const value& v, std::optional<engine::dtype> target = std::nullopt);

// np.asarray(v) / np.asarray(v, dtype=t): arrays come back as they are (cast when t differs).
engine::array to_array(const value& v);
engine::array to_array(const value& v, engine::dtype t);

// A ufunc operand (arrays and NumPy scalars as they are, Python numbers as scalars, sequences as arrays);
// TypeError for anything NumPy cannot make a numeric array of.
engine::operand to_operand(const value& v, const std::string& operation);
// The same for an operand of a binary operator or ufunc, where a Python int beyond int64 and uint64 is an operand
// too (engine::python_int_beyond_64_bits: NumPy 2 converts it as float() for a float loop); elsewhere it is an
// OverflowError.
engine::operand to_binary_operand(const value& v, const std::string& operation);

// A Python number, NumPy scalar or 0-d array as one engine scalar (fill values, arange bounds).
engine::scalar to_scalar(const value& v, const std::string& what);

// A Python int as the scalar NumPy makes of it: int64, else uint64; none beyond both (where NumPy makes an
// object array, or converts it for a dtype asked for).
std::optional<engine::scalar> python_int_scalar(py_int i);

// index_value, or TypeError "'float' object cannot be interpreted as an integer"; int64 range enforced.
std::int64_t to_int64(const value& v);

// A shape: one integer or a sequence of integers (NumPy's PyArray_IntpConverter).
engine::dims to_shape(const value& v);
// An axis argument or a list of integers (axes, strides): one integer or a sequence of them.
engine::dims to_int_list(const value& v);

// The right-hand side of a[index] = item or a.flat[index] = item as the engine asks for it: an array, or a Python
// value described (a list, a tuple or anything else, its Python truth) with its contents converted on demand
// (to_nested). `item` must outlive the result.
engine::assigned_value assigned_value_of(const value& item);

// A dtype argument: np.int8, np.dtype objects, Python types, names; none for None.
std::optional<engine::dtype> to_dtype(const value& v);
// The same where None means NumPy's default dtype (engine::default_dtype), as for dtype=None of np.zeros.
inline engine::dtype to_dtype_or_default(const value& v) { return to_dtype(v).value_or(engine::default_dtype); }
// The dtype a dtype-like value names, or none when it names none (for dtype == x).
std::optional<engine::dtype> dtype_named_by(const value& v);

// The copy= keyword of np.array, np.asarray and reshape under the active semantics profile: True copies
// always; False never copies under NumPy 2 (ValueError when it must) and means "if needed" under NumPy 1;
// None means "if needed" under NumPy 2 and is NumPy 1's ValueError "NoneType copy mode not allowed.".
engine::copy_mode to_copy_mode(const value& v);

// NumPy 2's device= of the creation functions and np.asarray (the array API's): None or "cpu", anything else
// ValueError (NumPy 1.24 has no such keyword: binding refuses it).
void check_device(const bound_arguments& args);

// An order argument ('C', 'F', 'A', 'K', any case); none for None.
std::optional<engine::order> to_order(const value& v);

// casting='no'|'equiv'|'safe'|'same_kind'|'unsafe'; ValueError for any other string, TypeError for a non-string.
engine::casting to_casting(const value& v);

// An index (a[v]): a tuple is one item per element; lists and nested tuples become index arrays.
engine::index_expr to_index(const value& v);

// ------------------------------------------------------------------ engine -> Python values

// The Python number that item()/tolist() give for an element: bool, int, float or complex.
value python_number_of(const engine::scalar& s);
// A ufunc or indexing result: an array, or a NumPy scalar.
value numpy_result(const std::variant<engine::array, engine::scalar>& r);
// NumPy's PyArray_Return: a 0-d array becomes the NumPy scalar of its element.
value scalar_if_0d(const engine::array& a);
// A NumPy scalar as a fresh 0-d array of its dtype (how NumPy runs scalar methods).
engine::array array_of_scalar(const engine::scalar& s);

}  // namespace conformance::engine_system
