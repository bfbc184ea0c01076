// Sizes, names, promotion and casting rules of the supported dtypes.
// The promotion table follows NumPy's: same kind widens, signed/unsigned mixes into the next signed size.
#include "engine/dtype.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "engine/semantics.hpp"

namespace engine {

namespace {

struct dtype_info {
    dtype type;
    dtype_kind kind;
    std::int64_t size;
    std::string_view name;
};

constexpr std::array<dtype_info, dtype_count> info_table{{
    {dtype::bool_, dtype_kind::boolean, 1, "bool"},
    {dtype::int8, dtype_kind::signed_int, 1, "int8"},
    {dtype::int16, dtype_kind::signed_int, 2, "int16"},
    {dtype::int32, dtype_kind::signed_int, 4, "int32"},
    {dtype::int64, dtype_kind::signed_int, 8, "int64"},
    {dtype::uint8, dtype_kind::unsigned_int, 1, "uint8"},
    {dtype::uint16, dtype_kind::unsigned_int, 2, "uint16"},
    {dtype::uint32, dtype_kind::unsigned_int, 4, "uint32"},
    {dtype::uint64, dtype_kind::unsigned_int, 8, "uint64"},
    {dtype::float16, dtype_kind::floating, 2, "float16"},
    {dtype::float32, dtype_kind::floating, 4, "float32"},
    {dtype::float64, dtype_kind::floating, 8, "float64"},
    {dtype::complex64, dtype_kind::complex, 8, "complex64"},
    {dtype::complex128, dtype_kind::complex, 16, "complex128"},
}};

const dtype_info& info(dtype t) { return info_table[static_cast<std::size_t>(t)]; }

// Smallest float type whose "safe" range covers an integer of the given size (NumPy: int8 -> float16,
// int16 -> float32, wider -> float64).
dtype float_for_integer(std::int64_t size) {
    return size == 1 ? dtype::float16 : size == 2 ? dtype::float32 : dtype::float64;
}

// Order of kinds for the same_kind rule: b < u < i < f < c (so uint -> int is same-kind, int -> uint is not).
int same_kind_order(dtype_kind k) {
    switch (k) {
        case dtype_kind::boolean: return 0;
        case dtype_kind::unsigned_int: return 1;
        case dtype_kind::signed_int: return 2;
        case dtype_kind::floating: return 3;
        case dtype_kind::complex: return 4;
    }
    return 4;
}

}  // namespace

dtype_kind kind_of(dtype t) { return info(t).kind; }
std::int64_t itemsize(dtype t) { return info(t).size; }
std::string_view name(dtype t) { return info(t).name; }

std::optional<dtype> dtype_from_name(std::string_view n) {
    if (n == "bool_" || n == "?") return dtype::bool_;
    for (const auto& i : info_table)
        if (i.name == n) return i.type;
    return std::nullopt;
}

std::optional<dtype> numpy_scalar_type_attribute(std::string_view n) {
    const bool numpy2 = active_semantics().numpy2_names;
    if (n == "bool") return numpy2 ? std::optional(dtype::bool_) : std::nullopt;
    if (const auto sized = dtype_from_name(n)) return sized;
    if (n == "intp") return dtype::int64;
    if (n == "uintp") return dtype::uint64;
    if (n == "int_") return dtype::int64;  // C long under NumPy 1.x, intp under NumPy 2: int64 on Linux either way
    if (n == "half") return dtype::float16;
    if (numpy2 && (n == "long")) return dtype::int64;
    if (numpy2 && (n == "ulong")) return dtype::uint64;
    if (!numpy2 && n == "float_") return dtype::float64;
    if (!numpy2 && n == "complex_") return dtype::complex128;
    return std::nullopt;
}

dtype signed_of_size(std::int64_t bytes) {
    switch (bytes) {
        case 1: return dtype::int8;
        case 2: return dtype::int16;
        case 4: return dtype::int32;
        default: return dtype::int64;
    }
}

dtype unsigned_of_size(std::int64_t bytes) {
    switch (bytes) {
        case 1: return dtype::uint8;
        case 2: return dtype::uint16;
        case 4: return dtype::uint32;
        default: return dtype::uint64;
    }
}

dtype promote_types(dtype a, dtype b) {
    if (a == b) return a;
    const auto ka = kind_of(a), kb = kind_of(b);
    const auto sa = itemsize(a), sb = itemsize(b);
    if (ka == dtype_kind::boolean) return b;
    if (kb == dtype_kind::boolean) return a;
    if (ka == kb) return sa >= sb ? a : b;
    // Order the pair so that `lo` has the "lower" kind: u < i < f < c.
    auto rank = [](dtype_kind k) { return same_kind_order(k); };
    const bool a_lower = rank(ka) < rank(kb);
    const dtype lo = a_lower ? a : b, hi = a_lower ? b : a;
    const auto klo = kind_of(lo), khi = kind_of(hi);
    const auto slo = itemsize(lo), shi = itemsize(hi);
    if (klo == dtype_kind::unsigned_int && khi == dtype_kind::signed_int) {
        if (shi > slo) return hi;
        return slo < 8 ? signed_of_size(slo * 2) : dtype::float64;
    }
    if (khi == dtype_kind::floating) {
        // An integer needs a float that holds all its values "safely".
        dtype need = float_for_integer(slo);
        return itemsize(need) >= shi ? need : hi;
    }
    // khi is complex: the float part must hold the lower type.
    dtype need_float = klo == dtype_kind::floating ? lo : float_for_integer(slo);
    return itemsize(need_float) * 2 > shi ? dtype::complex128 : hi;
}

std::string_view casting_name(casting rule) {
    switch (rule) {
        case casting::no: return "no";
        case casting::equiv: return "equiv";
        case casting::safe: return "safe";
        case casting::same_kind: return "same_kind";
        case casting::unsafe: return "unsafe";
    }
    return "same_kind";
}

bool can_cast(dtype from, dtype to, casting rule) {
    switch (rule) {
        case casting::no:
        case casting::equiv: return from == to;
        case casting::safe: return promote_types(from, to) == to;
        case casting::same_kind:
            return promote_types(from, to) == to ||
                   same_kind_order(kind_of(from)) <= same_kind_order(kind_of(to));
        case casting::unsafe: return true;
    }
    return false;
}

}  // namespace engine
