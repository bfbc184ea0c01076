// The contract's trace step, built from raw_state: names sorted, an object's canonical name is the smallest
// name bound to it, unnamed objects get "#1", "#2"... in order of first appearance, numbered afresh per step.
#include "contract/snapshot.hpp"

#include "contract/readable_memory.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>

namespace conformance {

namespace {

// How this step refers to objects: by canonical name where a name is bound to the array, else by an
// opaque id given in order of first appearance (bases while visiting arrays in name order, then the value).
class object_names {
public:
    explicit object_names(const raw_state& state) {
        for (const auto& [name, bound] : state.names) {
            if (bound.what == binding::kind::array) canonical_.try_emplace(bound.key, name);  // names are sorted
        }
    }

    std::string_view canonical(object_key key) const { return canonical_.at(key); }

    // Valid while the state and this object live (the names are the state's, the ids this object's).
    std::string_view name_for(object_key key) {
        if (const auto named = canonical_.find(key); named != canonical_.end()) return named->second;
        if (const auto known = opaque_.find(key); known != opaque_.end()) return known->second;
        std::string id = "#";  // appended, not `"#" + ...`, which trips GCC 12's -Wrestrict false positive
        id += std::to_string(opaque_.size() + 1);
        return opaque_.emplace(key, std::move(id)).first->second;
    }

private:
    // Hash maps where nothing is iterated (steps_certainly_equal makes these for both sides at every statement):
    // one allocation each, not one per entry. opaque_ stays a map: name_for hands out views of its strings.
    absl::flat_hash_map<object_key, std::string_view> canonical_;
    std::map<object_key, std::string> opaque_;
};

// An empty object with room for `fields` members. nlohmann's ordered_map is a vector whose pairs have const
// keys, so growing it copies every member, values included: reserving keeps steps cheap to build.
json object_with_room(std::size_t fields) {
    json object = json::object();
    object.get_ref<json::object_t&>().reserve(fields);
    return object;
}

json array_entry(const array_state& array, json values, object_names& names) {
    json entry = object_with_room(9);
    entry["dtype"] = array.dtype;
    entry["shape"] = array.shape;
    entry["strides"] = array.strides;
    entry["values"] = std::move(values);
    entry["base"] = array.base ? json(std::string(names.name_for(*array.base))) : json(nullptr);
    entry["owndata"] = array.owndata;
    entry["writeable"] = array.writeable;
    entry["c_contiguous"] = array.c_contiguous;
    entry["f_contiguous"] = array.f_contiguous;
    return entry;
}

// An {"id": key} placeholder, as implementations encode `id(X)` results.
bool is_id_placeholder(const json& value) {
    return value.is_object() && value.size() == 1 && value.contains("id") && value["id"].is_number_unsigned();
}

json with_ids_named(const json& value, object_names& names) {
    if (is_id_placeholder(value)) return std::string(names.name_for(value["id"].get<object_key>()));
    if (value.is_array()) {
        json named = json::array();
        for (const json& element : value) named.push_back(with_ids_named(element, names));
        return named;
    }
    if (value.is_object()) {
        json named = json::object();
        for (const auto& [key, element] : value.items()) named[key] = with_ids_named(element, names);
        return named;
    }
    return value;
}

json same_object_groups(const raw_state& state) {
    std::map<object_key, std::vector<std::string>> names_of;
    for (const auto& [name, bound] : state.names) {
        if (bound.what == binding::kind::array || bound.what == binding::kind::flatiter) names_of[bound.key].push_back(name);
    }
    std::vector<std::vector<std::string>> groups;
    for (auto& [key, group] : names_of) {
        if (group.size() >= 2) groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end());
    return groups;
}

// Every pair of the sharing table by the names a step gives its objects: (smaller name, larger name, shares,
// may_share), sorted, as the steps' two lists give them.
std::vector<std::tuple<std::string_view, std::string_view, bool, bool>> named_sharing(const sharing_table& sharing,
                                                                                        const object_names& names) {
    std::vector<std::tuple<std::string_view, std::string_view, bool, bool>> pairs;
    pairs.reserve(sharing.pairs().size());
    for (const auto& [keys, answer] : sharing.pairs()) {
        std::string_view a = names.canonical(keys.first);
        std::string_view b = names.canonical(keys.second);
        if (b < a) std::swap(a, b);
        pairs.emplace_back(a, b, answer.shares, answer.may_share);
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

// The pairs of named_sharing for which one answer (shares or may_share) is true, as a step lists them.
json sharing_pairs(const sharing_table& sharing, const object_names& names, bool sharing_answer::*which) {
    json list = json::array();
    for (const auto& [a, b, shares, may_share] : named_sharing(sharing, names)) {
        if (sharing_answer{shares, may_share}.*which) list.push_back(json::array({a, b}));
    }
    return list;
}

// The step, with each bound array's values given by values_of(name, key, array) (masked names excepted).
template <class ValuesOf>
json step_with(const cases::statement& statement, const outcome& result, const raw_state& state,
               const sharing_table& sharing, const masked_values& masked, ValuesOf&& values_of) {
    object_names names(state);
    json arrays = object_with_room(state.names.size());
    json scalars = json::object();
    for (const auto& [name, bound] : state.names) {
        const bool is_masked = masked.names.count(name) != 0;
        if (bound.what == binding::kind::array) {
            const array_state& array = state.arrays.at(bound.key);
            arrays[name] = array_entry(array, is_masked ? json(nullptr) : values_of(name, bound.key, array), names);
        } else if (bound.what == binding::kind::numpy_scalar || bound.what == binding::kind::python_scalar) {
            json scalar = bound.scalar;
            if (is_masked) scalar["value"] = nullptr;
            scalars[name] = std::move(scalar);
        }
    }
    // Flat iterators (only when some name is bound to one, so that other steps read as before): the array each walks.
    json flatiters = json::object();
    for (const auto& [name, bound] : state.names)
        if (bound.what == binding::kind::flatiter)
            flatiters[name] = json{{"base", std::string(names.name_for(bound.walks))}};
    // After the arrays: opaque ids in the value continue the numbering their bases started.
    json value = masked.statement_value ? json(nullptr) : with_ids_named(result.value, names);

    json step = object_with_room(9);
    step["line"] = statement.line;
    step["source"] = statement.source;
    step["error"] = result.error ? json(*result.error) : json(nullptr);
    step["value"] = std::move(value);
    step["arrays"] = std::move(arrays);
    step["scalars"] = std::move(scalars);
    if (!flatiters.empty()) step["flatiters"] = std::move(flatiters);
    step["same_object"] = same_object_groups(state);
    step["shares_memory"] = sharing_pairs(sharing, names, &sharing_answer::shares);
    step["may_share_memory"] = sharing_pairs(sharing, names, &sharing_answer::may_share);
    return step;
}

std::int64_t element_count(const array_state& array) {
    std::int64_t count = 1;
    for (const std::int64_t extent : array.shape) count *= extent;
    return count;
}

// The text of each array object once, copied for its aliases.
class text_cache {
public:
    const json& of(object_key key, const array_state& array) {
        auto found = texts_.find(key);
        if (found == texts_.end()) found = texts_.emplace(key, array_values_text(array)).first;
        return found->second;
    }

private:
    std::map<object_key, json> texts_;
};

// An array's values where text would be too long: its element count, and where it differs from the other
// side, the first differing C-order position and the element there.
json values_summary(const array_state& array, std::optional<std::int64_t> first_difference) {
    json summary = json::object();
    summary["elements"] = element_count(array);
    if (first_difference) {
        std::int64_t offset = 0;
        std::int64_t rest = *first_difference;
        for (std::size_t axis = array.shape.size(); axis-- > 0;) {
            offset += rest % array.shape[axis] * array.strides[axis];
            rest /= array.shape[axis];
        }
        summary["first difference at"] = *first_difference;
        summary["element"] = element_text(*array.memory, array.memory->data + offset);
    }
    return summary;
}

// Element-by-element comparison of the arrays of two systems' states, each pair of objects once.
class memory_comparison {
public:
    // Whether the two arrays' elements compare equal; on false, `first_difference` holds the first unequal
    // C-order position when the arrays could be compared at all.
    bool same(const array_state& oracle, const array_state& engine, std::optional<std::int64_t>& first_difference) {
        const element_memory& a = *oracle.memory;
        const element_memory& b = *engine.memory;
        if (a.kind != b.kind || a.itemsize != b.itemsize || oracle.shape != engine.shape) return false;
        if (same_place_in_equal_buffers(oracle, engine)) return true;
        std::int64_t at = 0;
        if (same_elements(a, oracle.strides, b, engine.strides, oracle.shape, &at)) return true;
        first_difference = at;
        return false;
    }

private:
    // Arrays at the same offset with the same strides in buffers of one size that hold the same bytes have the
    // same elements. The buffers are compared once per step, and only for an array that spans at least half
    // of its buffer (a small view of a large buffer is cheaper to read on its own).
    bool same_place_in_equal_buffers(const array_state& oracle, const array_state& engine) {
        const element_memory& a = *oracle.memory;
        const element_memory& b = *engine.memory;
        if (a.buffer_size != b.buffer_size || a.data - a.buffer_begin != b.data - b.buffer_begin ||
            a.swapped != b.swapped || oracle.strides != engine.strides) {
            return false;
        }
        const std::pair key{a.buffer_begin, b.buffer_begin};
        auto known = buffers_equal_.find(key);
        if (known == buffers_equal_.end()) {
            const auto bytes = static_cast<std::uint64_t>(element_count(oracle) * a.itemsize);
            if (bytes * 2 < a.buffer_size) return false;
            const bool equal = a.buffer_size == 0 || std::memcmp(a.buffer_begin, b.buffer_begin, a.buffer_size) == 0;
            known = buffers_equal_.emplace(key, equal).first;
        }
        return known->second;
    }

    absl::flat_hash_map<std::pair<const std::byte*, const std::byte*>, bool> buffers_equal_;
};

bool comparable_in_memory(const array_state* oracle, const array_state* engine) {
    return oracle != nullptr && engine != nullptr && oracle->memory && engine->memory && oracle->dtype == engine->dtype &&
           oracle->shape == engine->shape;
}

const array_state* array_bound(const observation& side, const std::string& name, object_key* key) {
    const auto bound = side.state.names.find(name);
    if (bound == side.state.names.end() || bound->second.what != binding::kind::array) return nullptr;
    if (side.masked.names.count(name) != 0) return nullptr;
    *key = bound->second.key;
    return &side.state.arrays.at(bound->second.key);
}

// Whether an id(X) placeholder appears anywhere in an encoded value.
bool holds_object_id(const json& value) {
    if (is_id_placeholder(value)) return true;
    if (value.is_array() || value.is_object()) {
        for (const json& element : value) {
            if (holds_object_id(element)) return true;
        }
    }
    return false;
}

// One side's step as steps_certainly_equal reads it: the names the step gives objects, and the smallest name
// bound to each array or flat iterator object (its same_object group).
struct side_names {
    explicit side_names(const raw_state& state) : objects(state) {}
    object_names objects;
    absl::flat_hash_map<object_key, const std::string*> first_name;
};

}  // namespace

json make_step(const cases::statement& statement, const outcome& result, const raw_state& state,
               const sharing_table& sharing, const masked_values& masked) {
    text_cache texts;
    return step_with(statement, result, state, sharing, masked,
                     [&](const std::string&, object_key key, const array_state& array) { return texts.of(key, array); });
}

json array_values_text(const array_state& array) {
    return array.memory ? elements_text(*array.memory, array.shape, array.strides) : array.values;
}

json values_compared_equal() { return json{{"compared in memory", "equal"}}; }

std::pair<json, json> make_compared_steps(const cases::statement& statement, const observation& oracle,
                                          const observation& engine, values_text text) {
    if (text == values_text::always) {
        return {make_step(statement, oracle.result, oracle.state, oracle.sharing, oracle.masked),
                make_step(statement, engine.result, engine.state, engine.sharing, engine.masked)};
    }
    // Each name's values on both sides, decided first: the largest arrays first, so that the buffers they
    // span are compared whole and the views into them need no reading.
    struct pair_of_values {
        json oracle, engine;
    };
    std::map<std::string, pair_of_values> decided;
    std::vector<std::pair<std::int64_t, std::string>> by_size;
    for (const auto& [name, bound] : oracle.state.names) {
        object_key a = 0, b = 0;
        const array_state* x = array_bound(oracle, name, &a);
        const array_state* y = array_bound(engine, name, &b);
        if (comparable_in_memory(x, y)) by_size.emplace_back(-element_count(*x), name);
    }
    std::sort(by_size.begin(), by_size.end());
    memory_comparison comparison;
    std::map<std::pair<object_key, object_key>, bool> compared;  // aliases are compared once
    text_cache oracle_texts, engine_texts;
    for (const auto& [negative_size, name] : by_size) {
        object_key a = 0, b = 0;
        const array_state& x = *array_bound(oracle, name, &a);
        const array_state& y = *array_bound(engine, name, &b);
        std::optional<std::int64_t> first_difference;
        auto known = compared.find({a, b});
        if (known == compared.end()) known = compared.emplace(std::pair{a, b}, comparison.same(x, y, first_difference)).first;
        if (known->second && text == values_text::on_divergence) {
            decided[name] = {values_compared_equal(), values_compared_equal()};
        } else if (!known->second && text == values_text::on_divergence && -negative_size > max_text_elements) {
            if (!first_difference) same_elements(*x.memory, x.strides, *y.memory, y.strides, x.shape, &first_difference.emplace());
            decided[name] = {values_summary(x, first_difference), values_summary(y, first_difference)};
        } else {
            decided[name] = {oracle_texts.of(a, x), engine_texts.of(b, y)};
        }
    }
    // Values not compared in place (one side only, masked on one side, another dtype or shape, encoded by the
    // system): text, or for an array too long for it, its element count.
    const auto values_of = [&](text_cache& texts, bool is_oracle) {
        return [&, is_oracle](const std::string& name, object_key key, const array_state& array) -> json {
            if (const auto found = decided.find(name); found != decided.end()) {
                return is_oracle ? found->second.oracle : found->second.engine;
            }
            if (text == values_text::on_divergence && array.memory && element_count(array) > max_text_elements) {
                return values_summary(array, std::nullopt);
            }
            return texts.of(key, array);
        };
    };
    return {step_with(statement, oracle.result, oracle.state, oracle.sharing, oracle.masked, values_of(oracle_texts, true)),
            step_with(statement, engine.result, engine.state, engine.sharing, engine.masked, values_of(engine_texts, false))};
}

bool steps_certainly_equal(const observation& oracle, const observation& engine) {
    const outcome& r = oracle.result;
    const outcome& s = engine.result;
    if (r.error != s.error || oracle.masked.statement_value != engine.masked.statement_value ||
        oracle.masked.names != engine.masked.names) {
        return false;
    }
    if (!oracle.masked.statement_value &&
        (holds_object_id(r.value) || holds_object_id(s.value) || !same_value(r.value, s.value))) {
        return false;
    }
    const auto& x_bound = oracle.state.names;
    const auto& y_bound = engine.state.names;
    if (oracle.sharing.pairs().size() != engine.sharing.pairs().size()) return false;
    side_names x(oracle.state);
    side_names y(engine.state);
    memory_comparison comparison;
    std::vector<std::pair<object_key, object_key>> engine_key_of;  // each array object of the oracle's, the engine's
    engine_key_of.reserve(x_bound.size());
    // Names bound to anything else (a module, a function, a list) are not in a step: both walks pass them by.
    const auto in_step = [](const std::pair<const std::string, binding>& bound) {
        return bound.second.what != binding::kind::other;
    };
    auto i = std::find_if(x_bound.begin(), x_bound.end(), in_step);
    auto j = std::find_if(y_bound.begin(), y_bound.end(), in_step);
    // Both sides visit the same names in the same order, so the opaque ids they give bases match exactly when
    // the steps' would (the steps number them in another order, but a numbering by first appearance agrees on
    // two sides in every order or in none).
    for (; i != x_bound.end() || j != y_bound.end();
         i = std::find_if(std::next(i), x_bound.end(), in_step), j = std::find_if(std::next(j), y_bound.end(), in_step)) {
        if (i == x_bound.end() || j == y_bound.end()) return false;  // a name on one side only
        const auto& [name, a_bound] = *i;
        const binding& b_bound = j->second;
        if (name != j->first || a_bound.what != b_bound.what) return false;
        const bool masked = oracle.masked.names.count(name) != 0;  // on both sides: the sets are equal
        if (a_bound.what == binding::kind::numpy_scalar || a_bound.what == binding::kind::python_scalar) {
            if (masked) {
                if (!a_bound.scalar.is_object() || !b_bound.scalar.is_object()) return false;
                json a_scalar = a_bound.scalar, b_scalar = b_bound.scalar;
                a_scalar["value"] = b_scalar["value"] = nullptr;
                if (!same_value(a_scalar, b_scalar)) return false;
            } else if (!same_value(a_bound.scalar, b_bound.scalar)) {
                return false;
            }
            continue;
        }
        // same_object: the smallest name bound to each side's object (names are visited in order).
        const bool x_alias = !x.first_name.try_emplace(a_bound.key, &name).second;
        const bool y_alias = !y.first_name.try_emplace(b_bound.key, &name).second;
        if (*x.first_name.at(a_bound.key) != *y.first_name.at(b_bound.key)) return false;
        if (a_bound.what == binding::kind::flatiter) {
            if (x.objects.name_for(a_bound.walks) != y.objects.name_for(b_bound.walks)) return false;
            continue;
        }
        if (!x_alias) engine_key_of.emplace_back(a_bound.key, b_bound.key);
        const array_state& a = oracle.state.arrays.at(a_bound.key);
        const array_state& b = engine.state.arrays.at(b_bound.key);
        if (a.dtype != b.dtype || a.shape != b.shape || a.strides != b.strides || a.owndata != b.owndata ||
            a.writeable != b.writeable || a.c_contiguous != b.c_contiguous || a.f_contiguous != b.f_contiguous ||
            a.base.has_value() != b.base.has_value()) {
            return false;
        }
        if (a.base && x.objects.name_for(*a.base) != y.objects.name_for(*b.base)) return false;
        if (masked || (x_alias && y_alias)) continue;  // values left out, or compared under the object's first name
        if (comparable_in_memory(&a, &b)) {
            std::optional<std::int64_t> first_difference;
            if (!comparison.same(a, b, first_difference)) return false;
        } else if (a.memory || b.memory || !same_value(a.values, b.values)) {
            return false;
        }
    }
    // Both sides bind the same names to their arrays alike (checked above), so each oracle array has one engine
    // array: the tables are equal when every oracle pair has the same answer for the engine's pair (and the
    // counts match, checked first). Keys, not names: no strings are sorted on every statement.
    std::sort(engine_key_of.begin(), engine_key_of.end());
    const auto engine_key = [&](object_key key) -> std::optional<object_key> {
        const auto found = std::lower_bound(engine_key_of.begin(), engine_key_of.end(), std::pair{key, object_key{0}});
        if (found == engine_key_of.end() || found->first != key) return std::nullopt;
        return found->second;
    };
    for (const auto& [keys, answer] : oracle.sharing.pairs()) {
        const std::optional<object_key> a = engine_key(keys.first), b = engine_key(keys.second);
        if (!a || !b) return false;
        const sharing_answer* found = engine.sharing.find(*a, *b);
        if (found == nullptr || found->shares != answer.shares || found->may_share != answer.may_share) {
            return false;
        }
    }
    return true;
}

std::optional<difference> observed_difference(const cases::statement& statement, const observation& oracle,
                                              const observation& engine) {
    const bool equal = steps_certainly_equal(oracle, engine);
#ifdef NDEBUG
    if (equal) return std::nullopt;
#endif
    const auto steps = make_compared_steps(statement, oracle, engine, values_text::on_divergence);
    std::optional<difference> found = first_difference(steps.first, steps.second);
    if (equal && found) {  // debug builds check the shortcut against the steps on every statement they run
        throw std::logic_error("steps_certainly_equal called the steps of `" + statement.source + "` equal, but " +
                               found->path + " differs");
    }
    return found;
}

}  // namespace conformance
