// The contract's trace step, built from raw_state: names sorted, an object's canonical name is the smallest
// name bound to it, unnamed objects get "#1", "#2"... in order of first appearance, numbered afresh per step.
#include "contract/snapshot.hpp"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

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

    const std::string& canonical(object_key key) const { return canonical_.at(key); }

    std::string name_for(object_key key) {
        if (const auto named = canonical_.find(key); named != canonical_.end()) return named->second;
        if (const auto known = opaque_.find(key); known != opaque_.end()) return known->second;
        std::string id = "#";  // appended, not `"#" + ...`, which trips GCC 12's -Wrestrict false positive
        id += std::to_string(opaque_.size() + 1);
        return opaque_.emplace(key, std::move(id)).first->second;
    }

private:
    std::map<object_key, std::string> canonical_;
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
    entry["base"] = array.base ? json(names.name_for(*array.base)) : json(nullptr);
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
    if (is_id_placeholder(value)) return names.name_for(value["id"].get<object_key>());
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
        if (bound.what == binding::kind::array) names_of[bound.key].push_back(name);
    }
    std::vector<std::vector<std::string>> groups;
    for (auto& [key, group] : names_of) {
        if (group.size() >= 2) groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end());
    return groups;
}

json sharing_pairs(const sharing_table& sharing, const object_names& names, bool sharing_answer::*which) {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& [keys, answer] : sharing.pairs()) {
        if (!(answer.*which)) continue;
        std::string a = names.canonical(keys.first);
        std::string b = names.canonical(keys.second);
        if (b < a) std::swap(a, b);
        pairs.emplace_back(std::move(a), std::move(b));
    }
    std::sort(pairs.begin(), pairs.end());
    json list = json::array();
    for (const auto& [a, b] : pairs) list.push_back(json::array({a, b}));
    return list;
}

}  // namespace

json make_step(const cases::statement& statement, const outcome& result, raw_state state,
               const sharing_table& sharing, const masked_values& masked) {
    object_names names(state);
    // Each array's values are moved into the entry of the last name bound to it, copied for the others.
    std::map<object_key, std::size_t> names_left;
    for (const auto& [name, bound] : state.names) {
        if (bound.what == binding::kind::array) ++names_left[bound.key];
    }

    json arrays = object_with_room(state.names.size());
    json scalars = json::object();
    for (const auto& [name, bound] : state.names) {
        const bool is_masked = masked.names.count(name) != 0;
        if (bound.what == binding::kind::array) {
            array_state& array = state.arrays.at(bound.key);
            json values = is_masked ? json(nullptr) : --names_left[bound.key] == 0 ? std::move(array.values) : array.values;
            arrays[name] = array_entry(array, std::move(values), names);
        } else if (bound.what == binding::kind::numpy_scalar || bound.what == binding::kind::python_scalar) {
            json scalar = bound.scalar;
            if (is_masked) scalar["value"] = nullptr;
            scalars[name] = std::move(scalar);
        }
    }
    // After the arrays: opaque ids in the value continue the numbering their bases started.
    json value = masked.statement_value ? json(nullptr) : with_ids_named(result.value, names);

    json step = object_with_room(9);
    step["line"] = statement.line;
    step["source"] = statement.source;
    step["error"] = result.error ? json(*result.error) : json(nullptr);
    step["value"] = std::move(value);
    step["arrays"] = std::move(arrays);
    step["scalars"] = std::move(scalars);
    step["same_object"] = same_object_groups(state);
    step["shares_memory"] = sharing_pairs(sharing, names, &sharing_answer::shares);
    step["may_share_memory"] = sharing_pairs(sharing, names, &sharing_answer::may_share);
    return step;
}

}  // namespace conformance
