// Sizes, names, promotion and casting rules of the supported dtypes.
// The promotion table follows NumPy's: same kind widens, signed/unsigned mixes into the next signed size.
#include "engine/dtype.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "engine/semantics.hpp"

namespace engine {

namespace {

using detail::info;

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

dtype swapped_order(dtype t) {
    if (itemsize(t) == 1) return t;
    return static_cast<dtype>(static_cast<std::uint8_t>(t) ^ byte_swapped_bit);
}

std::string dtype_str(dtype t) {
    const char order = itemsize(t) == 1 ? '|' : is_byte_swapped(t) ? '>' : '<';
    return order + std::string(info(t).code);
}

std::string printed_name(dtype t) { return is_byte_swapped(t) ? dtype_str(t) : std::string(name(t)); }

std::optional<dtype> dtype_from_string(std::string_view text) {
    // Names: NumPy's, the Python type names and a few aliases. A byte order may not precede them ('>int32' is
    // not understood).
    static constexpr std::pair<std::string_view, dtype> names[] = {
        {"int", dtype::int64},    {"float", dtype::float64},  {"complex", dtype::complex128},
        {"half", dtype::float16}, {"intp", dtype::int64},     {"uintp", dtype::uint64},
        {"int_", dtype::int64},   {"longlong", dtype::int64}, {"ulonglong", dtype::uint64},
    };
    for (const auto& [alias, t] : names)
        if (text == alias) return t;
    if (const auto named = dtype_from_name(text)) return named;
    // Type codes: the sized ones of dtype.str and the one-character C-type codes (long is 64 bits here).
    static constexpr std::pair<std::string_view, dtype> codes[] = {
        {"?", dtype::bool_},    {"b1", dtype::bool_},     {"i1", dtype::int8},      {"i2", dtype::int16},
        {"i4", dtype::int32},   {"i8", dtype::int64},     {"u1", dtype::uint8},     {"u2", dtype::uint16},
        {"u4", dtype::uint32},  {"u8", dtype::uint64},    {"f2", dtype::float16},   {"e", dtype::float16},
        {"f4", dtype::float32}, {"f8", dtype::float64},   {"c8", dtype::complex64}, {"c16", dtype::complex128},
        {"b", dtype::int8},     {"h", dtype::int16},      {"i", dtype::int32},      {"l", dtype::int64},
        {"q", dtype::int64},    {"B", dtype::uint8},      {"H", dtype::uint16},     {"I", dtype::uint32},
        {"L", dtype::uint64},   {"Q", dtype::uint64},     {"f", dtype::float32},    {"d", dtype::float64},
        {"F", dtype::complex64}, {"D", dtype::complex128},
    };
    bool swap = false;
    if (!text.empty() && (text.front() == '<' || text.front() == '>' || text.front() == '=' || text.front() == '|')) {
        swap = text.front() == '>';  // this engine is little-endian: '<' and '=' are native, '|' means "no order"
        text.remove_prefix(1);
    }
    for (const auto& [code, t] : codes)
        if (text == code) return swap ? swapped_order(t) : t;
    return std::nullopt;
}

std::optional<dtype> dtype_from_name(std::string_view n) {
    if (n == "bool_" || n == "?") return dtype::bool_;
    for (const auto& i : detail::dtype_info_table)
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
    if (n == "longlong") return dtype::int64;  // C long long: built-in descriptors of their own (long_long.hpp)
    if (n == "ulonglong") return dtype::uint64;
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

namespace {

// np.promote_types of two native types, by NumPy's rules.
dtype promote_native_types(dtype a, dtype b) {
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

}  // namespace

dtype promote_types(dtype a, dtype b) {
    // Every ufunc call and cast check asks, often several times: the answers are tabled on first use.
    static const auto table = [] {
        std::array<std::array<dtype, dtype_count>, dtype_count> answers{};
        for (const dtype x : all_dtypes)
            for (const dtype y : all_dtypes)
                answers[static_cast<std::size_t>(x)][static_cast<std::size_t>(y)] = promote_native_types(x, y);
        return answers;
    }();
    return table[static_cast<std::size_t>(native_order(a))][static_cast<std::size_t>(native_order(b))];
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

namespace {

// The safe and same_kind rules for two native types: safe when promotion lands on `to`, same_kind also when
// `to`'s kind is not lower (b < u < i < f < c).
bool can_cast_natively(dtype from, dtype to, casting rule) {
    if (rule == casting::safe) return promote_types(from, to) == to;
    return promote_types(from, to) == to || same_kind_order(kind_of(from)) <= same_kind_order(kind_of(to));
}

}  // namespace

bool can_cast(dtype from, dtype to, casting rule) {
    switch (rule) {
        case casting::no: return from == to;
        case casting::equiv: return native_order(from) == native_order(to);
        case casting::safe:
        case casting::same_kind: {
            // A ufunc's loop search asks once per candidate loop: tabled on first use, as promote_types is.
            static const auto table = [] {
                std::array<std::array<std::array<bool, dtype_count>, dtype_count>, 2> answers{};
                for (const dtype x : all_dtypes)
                    for (const dtype y : all_dtypes)
                        for (const casting r : {casting::safe, casting::same_kind})
                            answers[r == casting::safe ? 0 : 1][static_cast<std::size_t>(x)][static_cast<std::size_t>(y)] =
                                can_cast_natively(x, y, r);
                return answers;
            }();
            return table[rule == casting::safe ? 0 : 1][static_cast<std::size_t>(native_order(from))]
                        [static_cast<std::size_t>(native_order(to))];  // byte order never matters to these rules
        }
        case casting::unsafe: return true;
    }
    return false;
}

}  // namespace engine
