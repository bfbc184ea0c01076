// The comparator: the contract's value equality and the walk that finds the first differing field of a step,
// descending into the per-name entries of "arrays", "scalars" and "flatiters" and comparing everything else whole.
#include "contract/compare.hpp"

#include <algorithm>
#include <set>
#include <vector>

namespace conformance {

namespace {

bool is_plain_number(const json& value) { return value.is_number() && !value.is_boolean(); }

bool same_number(const json& a, const json& b) {
    if (a.is_number_float() || b.is_number_float()) return a.get<double>() == b.get<double>();
    // Both integers: compare exactly, whatever their signedness.
    if (a.is_number_unsigned() && b.is_number_unsigned()) return a.get<std::uint64_t>() == b.get<std::uint64_t>();
    if (a.is_number_unsigned() || b.is_number_unsigned()) {
        const json& unsigned_one = a.is_number_unsigned() ? a : b;
        const json& signed_one = a.is_number_unsigned() ? b : a;
        const std::int64_t s = signed_one.get<std::int64_t>();
        return s >= 0 && static_cast<std::uint64_t>(s) == unsigned_one.get<std::uint64_t>();
    }
    return a.get<std::int64_t>() == b.get<std::int64_t>();
}

// The fields of both objects: the oracle's in its order, then the engine's extra ones.
std::vector<std::string> keys_of_both(const json& oracle, const json& engine) {
    std::vector<std::string> keys;
    std::set<std::string> seen;
    for (const json* side : {&oracle, &engine}) {
        if (!side->is_object()) continue;
        for (const auto& [key, value] : side->items()) {
            if (seen.insert(key).second) keys.push_back(key);
        }
    }
    return keys;
}

const json& field_or_null(const json& object, const std::string& key) {
    static const json null_value;
    if (!object.is_object()) return null_value;
    const auto found = object.find(key);
    return found == object.end() ? null_value : *found;
}

// The first differing field of two objects, each field compared whole.
std::optional<difference> first_differing_field(const std::string& prefix, const json& oracle, const json& engine) {
    for (const std::string& key : keys_of_both(oracle, engine)) {
        const json& a = field_or_null(oracle, key);
        const json& b = field_or_null(engine, key);
        if (!same_value(a, b)) return difference{prefix + key, a, b};
    }
    return std::nullopt;
}

// "arrays"/"scalars": the names bound on one side only, then each name's fields. Names are visited in order.
std::optional<difference> first_differing_entry(const std::string& section, const json& oracle, const json& engine) {
    std::set<std::string> names;
    for (const json* side : {&oracle, &engine}) {
        if (side->is_object()) {
            for (const auto& [name, entry] : side->items()) names.insert(name);
        }
    }
    for (const std::string& name : names) {
        const json& a = field_or_null(oracle, name);
        const json& b = field_or_null(engine, name);
        if (a.is_null() != b.is_null()) return difference{section + "." + name, a, b};
        if (auto found = first_differing_field(section + "." + name + ".", a, b)) return found;
    }
    return std::nullopt;
}

}  // namespace

bool same_value(const json& oracle, const json& engine) {
    if (is_plain_number(oracle) && is_plain_number(engine)) return same_number(oracle, engine);
    if (oracle.type() != engine.type()) return false;  // booleans never equal numbers, "nan" is a string
    if (oracle.is_array()) {
        if (oracle.size() != engine.size()) return false;
        for (std::size_t i = 0; i < oracle.size(); ++i) {
            if (!same_value(oracle[i], engine[i])) return false;
        }
        return true;
    }
    if (oracle.is_object()) {
        if (oracle.size() != engine.size()) return false;
        for (const auto& [key, value] : oracle.items()) {
            const auto other = engine.find(key);
            if (other == engine.end() || !same_value(value, *other)) return false;
        }
        return true;
    }
    return oracle == engine;
}

std::optional<difference> first_difference(const json& oracle_step, const json& engine_step) {
    // Most steps agree: one walk without building the field lists says so. "line" and "source" are equal
    // on both sides (the same statement), so equal steps have no differing field.
    if (same_value(oracle_step, engine_step)) return std::nullopt;
    // "line" and "source" name the statement both sides ran; they are not its outcome.
    for (const char* field : {"error", "value"}) {
        const json& a = field_or_null(oracle_step, field);
        const json& b = field_or_null(engine_step, field);
        if (!same_value(a, b)) return difference{field, a, b};
    }
    for (const char* section : {"arrays", "scalars", "flatiters"}) {
        if (auto found = first_differing_entry(section, field_or_null(oracle_step, section),
                                               field_or_null(engine_step, section))) {
            return found;
        }
    }
    for (const char* field : {"same_object", "shares_memory", "may_share_memory"}) {
        const json& a = field_or_null(oracle_step, field);
        const json& b = field_or_null(engine_step, field);
        if (!same_value(a, b)) return difference{field, a, b};
    }
    return std::nullopt;
}

std::optional<divergence> first_divergence(const json& oracle_trace, const json& engine_trace) {
    const json& oracle_steps = oracle_trace.at("steps");
    const json& engine_steps = engine_trace.at("steps");
    const std::size_t common = std::min(oracle_steps.size(), engine_steps.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (auto found = first_difference(oracle_steps[i], engine_steps[i])) return divergence{i, std::move(*found)};
    }
    if (oracle_steps.size() != engine_steps.size()) {
        return divergence{common, {"steps", oracle_steps.size(), engine_steps.size()}};
    }
    return std::nullopt;
}

}  // namespace conformance
