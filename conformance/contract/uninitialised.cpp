// The uninitialised-memory rule (stated in uninitialised.hpp): which expressions read garbage, which
// statements write it into arrays or clear it, and which names a step therefore leaves uncompared.
#include "contract/uninitialised.hpp"

#include <algorithm>
#include <type_traits>
#include <variant>

#include "case/numpy_surface.hpp"

namespace conformance {

namespace {

using cases::expr;

// "zeros_like" for `np.zeros_like`, "lib.stride_tricks.as_strided" for the long spelling, "as_strided" for
// the imported name; empty when the callee is not a NumPy function.
std::string numpy_function(const expr& callee) {
    if (const auto* name = std::get_if<cases::name_ref>(&callee.node)) {
        return name->name == "as_strided" ? name->name : std::string();
    }
    const auto* attr = std::get_if<cases::attribute>(&callee.node);
    if (attr == nullptr) return {};
    if (const auto* root = std::get_if<cases::name_ref>(&attr->object->node)) {
        return root->name == "np" ? attr->name : std::string();
    }
    const std::string prefix = numpy_function(*attr->object);
    return prefix.empty() ? std::string() : prefix + "." + attr->name;
}

// How many inputs the ufunc `function` takes (np.add: 2), or nothing for a function that is no ufunc.
std::optional<std::size_t> ufunc_inputs(const std::string& function) {
    // (Either release answers whether the surface has the entry at all: the lookup is indexed.)
    if (function.empty() || !cases::numpy_function_available(function, cases::numpy_release::numpy_2)) return {};
    const std::string_view parameters = cases::numpy_function_surface(function).parameters;
    // A ufunc's parameters are its inputs, then "/, out=None" (numpy_surface.cpp).
    const std::size_t slash = parameters.find(", /, out=");
    if (slash == std::string_view::npos) return std::nullopt;
    return static_cast<std::size_t>(std::count(parameters.begin(), parameters.begin() + slash, ',')) + 1;
}

// A ufunc called with a where= mask (not the literal True) and no out= (neither by keyword nor in the place after
// its inputs): NumPy allocates the result uninitialised and writes only where the mask is True.
bool masked_fresh_ufunc_result(const cases::call& c, const std::string& function) {
    const auto named = [&](const char* name) {
        return std::find_if(c.keywords.begin(), c.keywords.end(), [&](const auto& k) { return k.name == name; });
    };
    const auto where = named("where");
    if (function.empty() || where == c.keywords.end()) return false;
    if (const auto* flag = std::get_if<cases::bool_literal>(&where->value->node); flag != nullptr && flag->value)
        return false;
    if (named("out") != c.keywords.end()) return false;
    const std::optional<std::size_t> inputs = ufunc_inputs(function);
    return inputs && c.args.size() <= *inputs;
}

bool is_metadata_attribute(const std::string& name) {
    static const std::set<std::string> metadata = {"shape", "strides", "dtype", "ndim",  "size",
                                                   "itemsize", "nbytes", "flags"};
    return metadata.count(name) != 0;
}

// The name through which an expression reaches the array it denotes (`m` for `m[1][2]`, `m.T`,
// `m.reshape(6)` and `np.ravel(m)`), or nothing.
std::optional<std::string> reached_from(const expr& e) {
    if (const auto* name = std::get_if<cases::name_ref>(&e.node)) return name->name;
    if (const auto* sub = std::get_if<cases::subscript>(&e.node)) return reached_from(*sub->object);
    if (const auto* attr = std::get_if<cases::attribute>(&e.node)) {
        return numpy_function(e).empty() ? reached_from(*attr->object) : std::nullopt;
    }
    if (const auto* c = std::get_if<cases::call>(&e.node)) {
        if (!numpy_function(*c->callee).empty()) {
            return c->args.empty() ? std::nullopt : reached_from(*c->args.front());
        }
        return reached_from(*c->callee);
    }
    return std::nullopt;
}

// `[:]`, `[...]`, `[:, ...]`: an index that selects every element of the array it is applied to.
bool selects_everything(const cases::subscript& index) {
    return !index.items.empty() && std::all_of(index.items.begin(), index.items.end(), [](const cases::expr_ptr& item) {
        if (std::holds_alternative<cases::ellipsis_literal>(item->node)) return true;
        const auto* slice = std::get_if<cases::slice_expr>(&item->node);
        return slice != nullptr && !slice->start && !slice->stop && !slice->step;
    });
}

// A write made by a call: `X.fill(V)` or `np.copyto(X, V)` without where= (which may clear X's flag), or a partial one:
// `X.put(I, V)`, `np.put(X, I, V)`, `np.putmask(X, M, V)`, `np.place(X, M, V)`, `np.fill_diagonal(X, V)`,
// `np.put_along_axis(X, I, V)`, `np.add.at(X, I, V)` (any ufunc's at), `out=X` of any call and a ufunc's out in the
// place after its inputs (one entry per other argument), and `X.sort()` and `X.partition(k)`, which move X's own
// elements (X its own value).
struct call_write {
    const expr* target;
    const expr* value;
    bool clears = true;
};

// The np.* functions that write into their first argument, and the methods that write into their object.
bool writes_into_first_argument(const std::string& function) {
    return function == "put" || function == "putmask" || function == "place" || function == "fill_diagonal" ||
           function == "put_along_axis" || function.ends_with(".at");
}

void collect_call_writes(const expr& e, std::vector<call_write>& writes);

void collect_call_writes(const cases::expr_ptr& e, std::vector<call_write>& writes) {
    if (e) collect_call_writes(*e, writes);
}

void collect_call_writes(const expr& e, std::vector<call_write>& writes) {
    std::visit(
        [&](const auto& node) {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, cases::call>) {
                const auto* method = std::get_if<cases::attribute>(&node.callee->node);
                if (method != nullptr && method->name == "fill" && node.args.size() == 1 &&
                    numpy_function(*node.callee).empty()) {
                    writes.push_back({method->object.get(), node.args[0].get()});
                } else if (numpy_function(*node.callee) == "copyto" && node.args.size() >= 2) {
                    // With a where= mask (a keyword or the fourth argument) only some elements are written.
                    const bool masked = node.args.size() >= 4 ||
                                        std::any_of(node.keywords.begin(), node.keywords.end(),
                                                    [](const auto& keyword) { return keyword.name == "where"; });
                    writes.push_back({node.args[0].get(), node.args[1].get(), !masked});
                } else if (writes_into_first_argument(numpy_function(*node.callee)) && !node.args.empty()) {
                    for (std::size_t i = 1; i < node.args.size(); ++i)
                        writes.push_back({node.args[0].get(), node.args[i].get(), false});
                    for (const auto& keyword : node.keywords)
                        writes.push_back({node.args[0].get(), keyword.value.get(), false});
                } else if (method != nullptr && method->name == "put" && numpy_function(*node.callee).empty()) {
                    for (const auto& arg : node.args) writes.push_back({method->object.get(), arg.get(), false});
                } else if (method != nullptr && (method->name == "sort" || method->name == "partition") &&
                           numpy_function(*node.callee).empty()) {
                    writes.push_back({method->object.get(), method->object.get(), false});
                }
                const std::optional<std::size_t> inputs = ufunc_inputs(numpy_function(*node.callee));
                if (inputs && node.args.size() > *inputs) {  // a ufunc's out by position
                    for (std::size_t i = 0; i < node.args.size(); ++i)
                        if (i != *inputs) writes.push_back({node.args[*inputs].get(), node.args[i].get(), false});
                }
                for (const auto& keyword : node.keywords) {
                    if (keyword.name != "out") continue;
                    if (method != nullptr && numpy_function(*node.callee).empty())
                        writes.push_back({keyword.value.get(), method->object.get(), false});
                    for (const auto& arg : node.args) writes.push_back({keyword.value.get(), arg.get(), false});
                }
                collect_call_writes(node.callee, writes);
                for (const auto& arg : node.args) collect_call_writes(arg, writes);
                for (const auto& keyword : node.keywords) collect_call_writes(keyword.value, writes);
            } else if constexpr (std::is_same_v<node_type, cases::attribute>) {
                collect_call_writes(node.object, writes);
            } else if constexpr (std::is_same_v<node_type, cases::subscript>) {
                collect_call_writes(node.object, writes);
                for (const auto& item : node.items) collect_call_writes(item, writes);
            } else if constexpr (std::is_same_v<node_type, cases::slice_expr>) {
                collect_call_writes(node.start, writes);
                collect_call_writes(node.stop, writes);
                collect_call_writes(node.step, writes);
            } else if constexpr (std::is_same_v<node_type, cases::tuple_expr> ||
                                 std::is_same_v<node_type, cases::list_expr>) {
                for (const auto& element : node.elements) collect_call_writes(element, writes);
            } else if constexpr (std::is_same_v<node_type, cases::unary>) {
                collect_call_writes(node.operand, writes);
            } else if constexpr (std::is_same_v<node_type, cases::binary> ||
                                 std::is_same_v<node_type, cases::compare>) {
                collect_call_writes(node.left, writes);
                collect_call_writes(node.right, writes);
            }
        },
        e.node);
}

// Whether evaluating an expression reads uninitialised data, given the tainted names.
class garbage_reads {
public:
    explicit garbage_reads(const std::set<std::string>& tainted) : tainted_(tainted) {}

    bool operator()(const cases::expr_ptr& e) const { return e && (*this)(*e); }

    bool operator()(const expr& e) const {
        return std::visit([&](const auto& node) { return reads(node); }, e.node);
    }

    bool any_of(const std::vector<cases::expr_ptr>& elements) const {
        return std::any_of(elements.begin(), elements.end(), [&](const cases::expr_ptr& e) { return (*this)(e); });
    }

private:
    bool reads(const cases::name_ref& name) const { return tainted_.count(name.name) != 0; }

    bool reads(const cases::attribute& attr) const {
        return !is_metadata_attribute(attr.name) && (*this)(attr.object);
    }

    bool reads(const cases::call& c) const {
        const std::string function = numpy_function(*c.callee);
        if (function == "empty" || function == "empty_like") return true;
        if (masked_fresh_ufunc_result(c, function)) return true;
        if (function == "shares_memory" || function == "may_share_memory") return false;
        const auto* callee_name = std::get_if<cases::name_ref>(&c.callee->node);
        if (callee_name != nullptr && callee_name->name == "id") return false;
        const bool metadata_of_first = function == "zeros_like" || function == "ones_like" || function == "full_like";
        for (std::size_t i = metadata_of_first ? 1 : 0; i < c.args.size(); ++i) {
            if ((*this)(c.args[i])) return true;
        }
        for (const auto& keyword : c.keywords) {
            if ((*this)(keyword.value)) return true;
        }
        return function.empty() && callee_name == nullptr && (*this)(c.callee);  // a method of a tainted array
    }

    bool reads(const cases::subscript& s) const { return (*this)(s.object) || any_of(s.items); }
    bool reads(const cases::slice_expr& s) const { return (*this)(s.start) || (*this)(s.stop) || (*this)(s.step); }
    bool reads(const cases::tuple_expr& t) const { return any_of(t.elements); }
    bool reads(const cases::list_expr& l) const { return any_of(l.elements); }
    bool reads(const cases::unary& u) const { return (*this)(u.operand); }
    bool reads(const cases::binary& b) const { return (*this)(b.left) || (*this)(b.right); }

    bool reads(const cases::compare& c) const {
        if (c.op == cases::compare_op::is || c.op == cases::compare_op::is_not) return false;
        return (*this)(c.left) || (*this)(c.right);
    }

    // Literals.
    template <class Literal>
    bool reads(const Literal&) const {
        return false;
    }

    const std::set<std::string>& tainted_;
};

}  // namespace

void uninitialised_memory::reset() {
    flagged_.clear();
    tainted_.clear();
    garbage_seen_ = false;
}

uninitialised_effect uninitialised_memory::analyse(const cases::statement& statement) const {
    const garbage_reads reads(tainted_);
    uninitialised_effect effect;
    auto written = [&](const expr& target, bool with_garbage, bool in_full) {
        if (with_garbage) {
            if (auto name = reached_from(target)) effect.written_with_garbage.push_back(*name);
        } else if (const auto* name = std::get_if<cases::name_ref>(&target.node); name != nullptr && in_full) {
            effect.written_in_full.push_back(name->name);
        }
    };

    std::vector<call_write> call_writes;
    std::visit(
        [&](const auto& node) {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, cases::assign>) {
                effect.rebinds = node.name;
                effect.rebinding_reads_uninitialised = reads(node.value);
                collect_call_writes(node.value, call_writes);
            } else if constexpr (std::is_same_v<node_type, cases::setitem>) {
                const bool garbage = reads(node.value) || reads.any_of(node.target.items);
                written(*node.target.object, garbage, selects_everything(node.target));
                collect_call_writes(node.value, call_writes);
            } else if constexpr (std::is_same_v<node_type, cases::aug_assign>) {
                if (const auto* name = std::get_if<cases::name_ref>(&node.target)) {
                    if (reads(node.value)) effect.written_with_garbage.push_back(name->name);
                } else {
                    const auto& target = std::get<cases::subscript>(node.target);
                    written(*target.object, reads(node.value) || reads.any_of(target.items), false);
                }
                collect_call_writes(node.value, call_writes);
            } else if constexpr (std::is_same_v<node_type, cases::attribute_assign>) {
                collect_call_writes(node.value, call_writes);
                const bool part = node.path == std::vector<std::string>{"real"} ||
                                  node.path == std::vector<std::string>{"imag"} ||
                                  node.path == std::vector<std::string>{"flat"};
                // New strides may reach memory of the base that no name shows: garbage once there was any.
                const bool restrided = node.path == std::vector<std::string>{"strides"} && garbage_seen_;
                if ((part && reads(node.value)) || restrided) effect.written_with_garbage.push_back(node.name);
            } else if constexpr (std::is_same_v<node_type, cases::expression_statement>) {
                effect.value_reads_uninitialised = reads(node.value);
                if (const auto* c = std::get_if<cases::call>(&node.value->node))
                    if (const auto* method = std::get_if<cases::attribute>(&c->callee->node); method && method->name == "resize")
                        if (const auto* name = std::get_if<cases::name_ref>(&method->object->node)) effect.resized = name->name;
                collect_call_writes(node.value, call_writes);
            }
        },
        statement.node);

    for (const call_write& write : call_writes) written(*write.target, reads(*write.value), write.clears);
    return effect;
}

masked_values uninitialised_memory::apply(const uninitialised_effect& effect, const outcome& result,
                                          const raw_state& state, const sharing_table& sharing) {
    const bool ran = !result.error.has_value();
    auto array_key = [&](const std::string& name) -> std::optional<object_key> {
        const auto bound = state.names.find(name);
        if (bound == state.names.end() || bound->second.what != binding::kind::array) return std::nullopt;
        return bound->second.key;
    };

    if (ran && effect.rebinds) {
        if (effect.rebinding_reads_uninitialised) {
            flagged_.insert(*effect.rebinds);
        } else {
            flagged_.erase(*effect.rebinds);
        }
    }
    if (ran) {
        for (const std::string& cleared : effect.written_in_full) {
            const std::optional<object_key> key = array_key(cleared);
            if (!key) continue;
            std::erase_if(flagged_, [&](const std::string& name) { return array_key(name) == key; });
        }
    }
    flagged_.insert(effect.written_with_garbage.begin(), effect.written_with_garbage.end());
    // The garbage lands in memory that every array sharing the written one may show (a sort moving it into a view
    // a clean fill had cleared): their names are flagged too, so that they stay masked once the written name is
    // rebound.
    for (const std::string& written : effect.written_with_garbage) {
        const std::optional<object_key> key = array_key(written);
        if (!key) continue;
        for (const auto& [name, bound] : state.names)
            if (bound.what == binding::kind::array && sharing.between(bound.key, *key).may_share) flagged_.insert(name);
    }
    if (ran && effect.resized)
        if (const auto key = array_key(*effect.resized); key && !state.arrays.at(*key).writeable) flagged_.insert(*effect.resized);
    std::erase_if(flagged_, [&](const std::string& name) { return state.names.count(name) == 0; });

    std::set<object_key> flagged_arrays;
    for (const std::string& name : flagged_) {
        if (const auto key = array_key(name)) flagged_arrays.insert(*key);
        // The arrays inside a flagged tuple or list, named NAME[i] (np.split of garbage is garbage).
        for (auto item = state.names.upper_bound(name + "["); item != state.names.end() && item->first.starts_with(name + "[");
             ++item) {
            if (item->second.what == binding::kind::array) flagged_arrays.insert(item->second.key);
        }
    }

    masked_values masked;
    masked.statement_value = effect.value_reads_uninitialised;
    for (const auto& [name, bound] : state.names) {
        if (bound.what == binding::kind::array) {
            const object_key key = bound.key;  // clang 14 cannot capture a structured binding
            const bool near_garbage = std::any_of(flagged_arrays.begin(), flagged_arrays.end(), [&](object_key garbage) {
                return sharing.between(key, garbage).may_share;
            });
            if (near_garbage) masked.names.insert(name);
        } else if (flagged_.count(name) != 0 &&
                   (bound.what == binding::kind::numpy_scalar || bound.what == binding::kind::python_scalar)) {
            masked.names.insert(name);
        }
    }
    tainted_ = masked.names;
    tainted_.insert(flagged_.begin(), flagged_.end());
    garbage_seen_ = garbage_seen_ || !flagged_.empty();
    return masked;
}

}  // namespace conformance
