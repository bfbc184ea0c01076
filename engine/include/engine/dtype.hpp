// Element types: the fourteen NumPy dtypes the engine supports, each in native or swapped byte order, their
// sizes and names, and NumPy's promotion table and casting-safety rules between them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace engine {

// A dtype is a NumPy descriptor: one of the fourteen types and the order of its bytes in memory. The
// enumerators are the native-order types (little-endian on every machine the engine targets); a type whose
// elements are stored byte-reversed ('>i4', what a.newbyteorder() views through) is the same value with
// `byte_swapped_bit` set. One-byte types have no byte order (NumPy's '|'), so they never carry the bit.
// Element loops work on native types only: an operand in swapped order is converted on the way in and out,
// as NumPy's casting buffers do, and promotion always answers in native order.
enum class dtype : std::uint8_t {
    bool_,
    int8, int16, int32, int64,
    uint8, uint16, uint32, uint64,
    float16, float32, float64,
    complex64, complex128,
};
inline constexpr std::uint8_t byte_swapped_bit = 0x80;

// NumPy's default dtype: what a dtype argument of None means (PyArray_DescrConverter), np.zeros((2,)) makes, and
// a.view(None), a.astype(None), a.dtype = None give.
inline constexpr dtype default_dtype = dtype::float64;

constexpr bool is_byte_swapped(dtype t) { return (static_cast<std::uint8_t>(t) & byte_swapped_bit) != 0; }
// The same type in native byte order (NumPy's dtype.newbyteorder('=')).
constexpr dtype native_order(dtype t) {
    return static_cast<dtype>(static_cast<std::uint8_t>(t) & ~byte_swapped_bit);
}
// The type with its byte order reversed (dtype.newbyteorder('S')); a one-byte type is its own swap.
dtype swapped_order(dtype t);

inline constexpr dtype all_dtypes[] = {
    dtype::bool_,  dtype::int8,    dtype::int16,   dtype::int32,     dtype::int64,
    dtype::uint8,  dtype::uint16,  dtype::uint32,  dtype::uint64,    dtype::float16, dtype::float32,
    dtype::float64, dtype::complex64, dtype::complex128,
};
inline constexpr std::size_t dtype_count = sizeof(all_dtypes) / sizeof(all_dtypes[0]);

// NumPy's kind characters: 'b', 'i', 'u', 'f', 'c'.
enum class dtype_kind : char { boolean = 'b', signed_int = 'i', unsigned_int = 'u', floating = 'f', complex = 'c' };

namespace detail {

struct dtype_info {
    dtype type;
    dtype_kind kind;
    std::int64_t size;
    std::string_view name;
    std::string_view code;  // the type code of dtype.str, after the byte-order character
};

// Indexed by the native type (the enumerators' order). Inline: every layout computation asks for an itemsize.
inline constexpr std::array<dtype_info, dtype_count> dtype_info_table{{
    {dtype::bool_, dtype_kind::boolean, 1, "bool", "b1"},
    {dtype::int8, dtype_kind::signed_int, 1, "int8", "i1"},
    {dtype::int16, dtype_kind::signed_int, 2, "int16", "i2"},
    {dtype::int32, dtype_kind::signed_int, 4, "int32", "i4"},
    {dtype::int64, dtype_kind::signed_int, 8, "int64", "i8"},
    {dtype::uint8, dtype_kind::unsigned_int, 1, "uint8", "u1"},
    {dtype::uint16, dtype_kind::unsigned_int, 2, "uint16", "u2"},
    {dtype::uint32, dtype_kind::unsigned_int, 4, "uint32", "u4"},
    {dtype::uint64, dtype_kind::unsigned_int, 8, "uint64", "u8"},
    {dtype::float16, dtype_kind::floating, 2, "float16", "f2"},
    {dtype::float32, dtype_kind::floating, 4, "float32", "f4"},
    {dtype::float64, dtype_kind::floating, 8, "float64", "f8"},
    {dtype::complex64, dtype_kind::complex, 8, "complex64", "c8"},
    {dtype::complex128, dtype_kind::complex, 16, "complex128", "c16"},
}};

constexpr const dtype_info& info(dtype t) { return dtype_info_table[static_cast<std::size_t>(native_order(t))]; }

}  // namespace detail

constexpr dtype_kind kind_of(dtype t) { return detail::info(t).kind; }
constexpr std::int64_t itemsize(dtype t) { return detail::info(t).size; }
// npy_uint_alignment, what NumPy's copy and cast loops are chosen by: the unsigned integer of the item's size, 8 for a
// 16-byte complex (copied as two uint64).
constexpr std::int64_t uint_alignment(dtype t) { return itemsize(t) < 8 ? itemsize(t) : 8; }
constexpr std::string_view name(dtype t) { return detail::info(t).name; }  // "int64", "bool", ... (either order)
// NumPy's dtype.str: byte order and type code, "<i4", ">f8", "|b1".
std::string dtype_str(dtype t);
// str(np.dtype): the name in native byte order ("int32"), dtype.str in swapped order (">i4").
std::string printed_name(dtype t);
std::optional<dtype> dtype_from_name(std::string_view name);  // accepts NumPy's names and "bool_"
// np.dtype(text) for the strings the engine understands: the names above, the Python type names int, float,
// complex, and the type codes ('i4', 'f8', 'd', 'e', ...), a code optionally after a byte-order character
// ('<', '>', '=', '|'; '>' swaps on this little-endian engine). None for any other text.
std::optional<dtype> dtype_from_string(std::string_view text);
// The scalar type that the attribute np.<name> is under the active semantics profile: the sized names and
// bool_, intp/uintp and int_ (int64/uint64/int64 on this 64-bit Linux engine, under both NumPys), half, NumPy 2's
// bool/long/ulong, NumPy 1's float_ and complex_ (which NumPy 2 removed), longlong/ulonglong (int64/uint64 of C type
// long long: long_long.hpp). None where that NumPy has no such attribute.
std::optional<dtype> numpy_scalar_type_attribute(std::string_view name);

inline bool is_integer(dtype t) {
    auto k = kind_of(t);
    return k == dtype_kind::signed_int || k == dtype_kind::unsigned_int;
}
inline bool is_complex(dtype t) { return kind_of(t) == dtype_kind::complex; }
inline bool is_inexact(dtype t) {
    auto k = kind_of(t);
    return k == dtype_kind::floating || k == dtype_kind::complex;
}

// The signed / unsigned integer type of a given byte size (1, 2, 4, 8).
dtype signed_of_size(std::int64_t bytes);
dtype unsigned_of_size(std::int64_t bytes);

// np.promote_types(a, b): always in native byte order.
dtype promote_types(dtype a, dtype b);

// NumPy's casting levels, weakest guarantee last.
enum class casting { no, equiv, safe, same_kind, unsafe };

// np.can_cast(from, to, casting) for dtypes. 'no' needs the same byte order too; 'equiv' allows a change of
// byte order only.
bool can_cast(dtype from, dtype to, casting rule);
// The rule's name as NumPy spells it in messages and in casting= ('same_kind').
std::string_view casting_name(casting rule);

}  // namespace engine
