// The long long descriptors and the rules that give them to results (the essay is in long_long.hpp).
#include "engine/long_long.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>

#include "engine/semantics.hpp"

namespace engine {

namespace {

// A vote for long long: an operand of the result's type that is of C type long long.
bool votes_long_long(const typed_operand& x, dtype result) { return x.long_long && native_order(x.type) == result; }

// NumPy 1.24's value-based promotion where it differs from the plain one: a value is np.min_scalar_type's type,
// an unsigned long long for an integer of at least 2**32 (min_scalar_type_num), a smaller type below that; a
// negative one past int32 keeps its own type. Arrays count by their descriptors.
bool value_based_long_long(dtype result, std::span<const typed_operand> operands) {
    return std::any_of(operands.begin(), operands.end(), [result](const typed_operand& x) {
        if (!x.value || !is_integer(x.value->type)) return votes_long_long(x, result);
        const scalar& v = *x.value;
        const bool negative = kind_of(v.type) == dtype_kind::signed_int && v.as_int64() < 0;
        if (negative) return votes_long_long(x, result) && v.as_int64() < -(std::int64_t{1} << 31);
        return result == dtype::uint64 && v.as_uint64() >= (std::uint64_t{1} << 32);
    });
}

}  // namespace

descriptor_handle builtin_descriptor(dtype t, bool long_long) {
    static const descriptor_handle longlong = std::make_shared<const descriptor_instance>(descriptor_instance{true});
    static const descriptor_handle ulonglong = std::make_shared<const descriptor_instance>(descriptor_instance{true});
    if (!long_long) return nullptr;
    if (t == dtype::int64) return longlong;
    if (t == dtype::uint64) return ulonglong;
    return nullptr;
}

descriptor_handle new_descriptor_like(const descriptor_handle& d) {
    return std::make_shared<const descriptor_instance>(descriptor_instance{is_long_long(d)});
}

descriptor_handle descriptor_from_string(std::string_view text) {
    const std::optional<dtype> t = dtype_from_string(text);
    if (!t) return nullptr;
    if (!text.empty() && (text.front() == '<' || text.front() == '>' || text.front() == '=' || text.front() == '|'))
        text.remove_prefix(1);
    const bool long_long = text == "q" || text == "Q" || text == "longlong" || text == "ulonglong";
    if (is_byte_swapped(*t)) return std::make_shared<const descriptor_instance>(descriptor_instance{long_long});
    return builtin_descriptor(*t, long_long);
}

bool promotes_to_long_long(dtype result, std::span<const typed_operand> operands) {
    if (result != dtype::int64 && result != dtype::uint64) return false;
    const bool nep50 = active_semantics().nep50_weak_python_scalars;
    const auto plain_vote = [&](const typed_operand& x) {
        return !(nep50 && x.python_number) && votes_long_long(x, result);
    };
    if (nep50 || !scalar_values_matter(operands))
        return std::any_of(operands.begin(), operands.end(), plain_vote);
    // PyArray_CheckLegacyResultType keeps the plain promotion's descriptor when the value-based type equals it.
    std::optional<dtype> plain;
    for (const typed_operand& x : operands) plain = plain ? promote_types(*plain, x.type) : native_order(x.type);
    if (plain == result) return std::any_of(operands.begin(), operands.end(), plain_vote);
    return value_based_long_long(result, operands);
}

bool exact_long_long_loop(dtype loop, std::span<const typed_operand> operands) {
    // NumPy 1.24 searches with its legacy resolver wherever values matter (q // q[0] is l), and its dispatch sees a
    // Python int as the array it converts it to (np.array(2**63) is Q): Q[0] // 2**63 is Q there.
    const bool nep50 = active_semantics().nep50_weak_python_scalars;
    const bool some_value =
        std::any_of(operands.begin(), operands.end(), [](const typed_operand& x) { return x.value.has_value(); });
    if (!nep50 && some_value && scalar_values_matter(operands)) return false;
    return !operands.empty() && std::all_of(operands.begin(), operands.end(), [&](const typed_operand& x) {
        return !(nep50 && x.python_number) && votes_long_long(x, loop);
    });
}

}  // namespace engine
