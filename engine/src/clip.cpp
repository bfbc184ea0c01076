// np.clip's Python layer (numpy/_core/_methods.py _clip, and numpy/core/_methods.py in 1.24) in the engine's terms:
// which ufunc runs, with which bounds and casting rule. The element rules are the ufuncs' own (ufunc.cpp).
#include "engine/clip.hpp"

#include <cmath>
#include <cstdint>
#include <limits>

#include "engine/error.hpp"
#include "engine/promotion.hpp"
#include "engine/scalar.hpp"
#include "engine/semantics.hpp"

namespace engine {

namespace {

using wide_int = __int128;

// A Python int bound (type(x) is int: not a bool, not a NumPy integer) as an exact integer.
std::optional<wide_int> python_int_value(const std::optional<operand>& bound) {
    if (!bound) return std::nullopt;
    const auto* s = std::get_if<scalar>(&*bound);
    if (!s || !s->is_python_number()) return std::nullopt;
    if (const auto* i = std::get_if<std::int64_t>(&s->value)) return *i;
    if (const auto* u = std::get_if<std::uint64_t>(&s->value)) return *u;
    return std::nullopt;
}

// np.iinfo(t).min and .max.
std::pair<wide_int, wide_int> integer_range(dtype t) {
    const int bits = static_cast<int>(itemsize(t)) * 8;
    if (kind_of(t) == dtype_kind::unsigned_int) return {0, (wide_int{1} << bits) - 1};
    return {-(wide_int{1} << (bits - 1)), (wide_int{1} << (bits - 1)) - 1};
}

// NumPy 1.24's _clip_dep_is_scalar_nan: a 0-d bound (a number, a NumPy scalar or a 0-d array) that np.isnan holds.
bool is_scalar_nan(const operand& bound) {
    scalar value;
    if (const auto* s = std::get_if<scalar>(&bound)) value = *s;
    else if (const array& a = std::get<array>(bound); a->ndim() == 0) value = load_element(a->type(), a->data());
    else return false;
    if (!is_inexact(value.type)) return false;
    const std::complex<double> z = value.as_complex();
    return std::isnan(z.real()) || std::isnan(z.imag());
}

}  // namespace

std::variant<array, scalar> clip(const array& a, std::optional<operand> lo, std::optional<operand> hi,
                                 const std::optional<array>& out, std::optional<casting> given_rule) {
    casting rule = given_rule.value_or(casting::same_kind);
    // The ufunc that runs gets out= and the casting rule, nothing else.
    const auto keywords = [&] {
        return ufunc_keywords{
            .out = out, .where = std::nullopt, .loop_dtype = std::nullopt, .rule = rule, .loop_descriptor = {}};
    };
    if (active_semantics().clip_wrapper_numpy2) {
        if (is_integer(a->type())) {
            const auto [min, max] = integer_range(a->type());
            if (const auto v = python_int_value(lo); v && *v <= min) lo.reset();
            if (const auto v = python_int_value(hi); v && *v >= max) hi.reset();
        }
        if (!lo && !hi) return call(unary_op::positive, a, keywords());
    } else {
        if (!lo && !hi) raise(error_category::value_error, "One of max or min must be given");
        // The deprecated NaN-bound rule, skipped for a byte-swapped array or out (_clip_dep_is_byte_swapped): there
        // a NaN bound is compared as it is, and every result is NaN (property test, seed 903).
        constexpr double inf = std::numeric_limits<double>::infinity();
        const bool swapped = is_byte_swapped(a->type()) || (out && is_byte_swapped((*out)->type()));
        if (!swapped && lo && is_scalar_nan(*lo)) lo = from_python_number(make_float64(-inf));
        if (!swapped && hi && is_scalar_nan(*hi)) hi = from_python_number(make_float64(inf));
        // _clip_dep_invoke_with_casting: an output casting error (the ufuncs here resolve to the inputs' result
        // type) is retried with casting='unsafe'.
        std::vector<operand> inputs{a};
        if (lo) inputs.push_back(*lo);
        if (hi) inputs.push_back(*hi);
        if (!given_rule && out && !can_cast(result_type(inputs), (*out)->type(), casting::same_kind))
            rule = casting::unsafe;
    }
    if (!lo) return call(binary_op::minimum, a, *hi, keywords());
    if (!hi) return call(binary_op::maximum, a, *lo, keywords());
    return clip_ufunc(a, *lo, *hi, out, rule);
}

}  // namespace engine
