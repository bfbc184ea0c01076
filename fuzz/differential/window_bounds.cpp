// A window lies inside its source when its lowest and highest byte lie inside the source's lowest and
// highest byte: then it lies inside the source's allocation, whatever views lead there. np.ndarray's strides are
// checked by NumPy against the buffer, except over an empty buffer, which a shrink must not leave under them.
#include "differential/window_bounds.hpp"

#include "engine/dtype.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace fuzzing {

namespace {

using cases::expr;

std::int64_t itemsize_of(const std::string& dtype) {
    const std::optional<engine::dtype> type = engine::dtype_from_string(dtype);  // ">i4" as well as "int32"
    return type ? engine::itemsize(*type) : 16;  // unknown: the widest, so a window is never judged inside wrongly
}

bool is_as_strided(const expr& callee) {
    if (const auto* name = std::get_if<cases::name_ref>(&callee.node)) return name->name == "as_strided";
    const auto* attribute = std::get_if<cases::attribute>(&callee.node);
    return attribute != nullptr && attribute->name == "as_strided";  // np.lib.stride_tricks.as_strided
}

std::optional<std::int64_t> int_value(const expr& e) {
    if (const auto* literal = std::get_if<cases::int_literal>(&e.node)) {
        if (!literal->value || *literal->value > 1u << 30) return std::nullopt;
        return static_cast<std::int64_t>(*literal->value);
    }
    const auto* negated = std::get_if<cases::unary>(&e.node);
    if (negated == nullptr || negated->op != cases::unary_op::negate) return std::nullopt;
    const auto magnitude = int_value(*negated->operand);
    return magnitude ? std::optional(-*magnitude) : std::nullopt;
}

std::optional<std::vector<std::int64_t>> int_tuple(const expr& e) {
    const auto* tuple = std::get_if<cases::tuple_expr>(&e.node);
    if (tuple == nullptr) return std::nullopt;
    std::vector<std::int64_t> values;
    for (const auto& element : tuple->elements) {
        const auto value = int_value(*element);
        if (!value) return std::nullopt;
        values.push_back(*value);
    }
    return values;
}

// The byte range [low, high) a layout reaches from its first element at `start`; nothing when it is empty.
struct byte_range {
    std::int64_t low = 0;
    std::int64_t high = 0;
};

std::optional<byte_range> reach(std::int64_t start, std::span<const std::int64_t> shape,
                                std::span<const std::int64_t> strides, std::int64_t itemsize) {
    byte_range range{start, start + itemsize};
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (shape[axis] == 0) return std::nullopt;
        const std::int64_t extent = (shape[axis] - 1) * strides[axis];
        (extent < 0 ? range.low : range.high) += extent;
    }
    return range;
}

// The array a window is taken over (NAME or NAME[::-1]) and where the window's first element is.
struct window_source {
    const live_array* array = nullptr;
    std::int64_t start = 0;
};

std::optional<window_source> source_of(const expr& e, const generation_context& context) {
    const expr* named = &e;
    bool reversed = false;
    if (const auto* subscript = std::get_if<cases::subscript>(&e.node)) {
        const cases::slice_expr* slice =
            subscript->items.size() == 1 ? std::get_if<cases::slice_expr>(&subscript->items[0]->node) : nullptr;
        if (slice == nullptr || slice->start || slice->stop || !slice->step || int_value(*slice->step) != -1)
            return std::nullopt;
        named = subscript->object.get();
        reversed = true;
    }
    const auto* name = std::get_if<cases::name_ref>(&named->node);
    if (name == nullptr) return std::nullopt;
    const live_array* found = context.array_named(name->name);
    if (found == nullptr) return std::nullopt;
    window_source source{found, 0};
    if (reversed && !found->shape.empty() && found->shape[0] > 0)
        source.start = (found->shape[0] - 1) * found->strides[0];
    return source;
}

bool window_inside(const cases::call& call, const generation_context& context) {
    if (call.args.size() != 1 || call.keywords.size() != 2) return false;
    const auto source = source_of(*call.args[0], context);
    std::optional<std::vector<std::int64_t>> shape, strides;
    for (const auto& keyword : call.keywords) (keyword.name == "shape" ? shape : strides) = int_tuple(*keyword.value);
    if (!source || !shape || !strides || shape->size() != strides->size()) return false;
    if (std::any_of(shape->begin(), shape->end(), [](std::int64_t n) { return n < 0; })) return false;

    const live_array& array = *source->array;
    const std::int64_t itemsize = itemsize_of(array.dtype);
    const auto window = reach(source->start, *shape, *strides, itemsize);
    if (!window) return true;  // no elements: nothing is read
    const auto inside = reach(0, array.shape, array.strides, itemsize);
    return inside && inside->low <= window->low && window->high <= inside->high;
}

bool is_ndarray_constructor(const expr& callee) {
    const auto* attribute = std::get_if<cases::attribute>(&callee.node);
    if (attribute == nullptr || attribute->name != "ndarray") return false;
    const auto* module = std::get_if<cases::name_ref>(&attribute->object->node);
    return module != nullptr && module->name == "np";
}

// np.ndarray(..., buffer=NAME, strides=...) reads only inside its buffer when the buffer is not empty: over an
// empty one NumPy checks the strides against the requested array's own size instead (the generator writes strides
// only over a buffer with elements).
bool strides_stay_in_buffer(const cases::call& call, const generation_context& context) {
    const auto keyword = [&](const char* name) -> const expr* {
        const auto found = std::find_if(call.keywords.begin(), call.keywords.end(),
                                        [&](const cases::keyword_arg& k) { return k.name == name; });
        return found == call.keywords.end() ? nullptr : found->value.get();
    };
    const expr* buffer = keyword("buffer");
    if (buffer == nullptr || keyword("strides") == nullptr) return true;
    const auto* name = std::get_if<cases::name_ref>(&buffer->node);
    if (name == nullptr) return false;
    const live_array* found = context.array_named(name->name);
    return found != nullptr &&
           std::none_of(found->shape.begin(), found->shape.end(), [](std::int64_t n) { return n == 0; });
}

// Every as_strided call in `e` is a window inside its source, and every np.ndarray call with strides has a buffer
// with elements.
bool windows_inside(const expr& e, const generation_context& context);

bool all_inside(const std::vector<cases::expr_ptr>& items, const generation_context& context) {
    return std::all_of(items.begin(), items.end(),
                       [&](const cases::expr_ptr& item) { return !item || windows_inside(*item, context); });
}

bool windows_inside(const expr& e, const generation_context& context) {
    return std::visit(
        [&](const auto& node) -> bool {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, cases::call>) {
                if (is_as_strided(*node.callee) && !window_inside(node, context)) return false;
                if (is_ndarray_constructor(*node.callee) && !strides_stay_in_buffer(node, context)) return false;
                std::vector<cases::expr_ptr> children = node.args;
                children.push_back(node.callee);
                for (const auto& keyword : node.keywords) children.push_back(keyword.value);
                return all_inside(children, context);
            } else if constexpr (std::is_same_v<node_type, cases::attribute>) {
                return all_inside({node.object}, context);
            } else if constexpr (std::is_same_v<node_type, cases::subscript>) {
                std::vector<cases::expr_ptr> children = node.items;
                children.push_back(node.object);
                return all_inside(children, context);
            } else if constexpr (std::is_same_v<node_type, cases::slice_expr>) {
                return all_inside({node.start, node.stop, node.step}, context);
            } else if constexpr (std::is_same_v<node_type, cases::tuple_expr> ||
                                 std::is_same_v<node_type, cases::list_expr>) {
                return all_inside(node.elements, context);
            } else if constexpr (std::is_same_v<node_type, cases::unary>) {
                return all_inside({node.operand}, context);
            } else if constexpr (std::is_same_v<node_type, cases::binary> ||
                                 std::is_same_v<node_type, cases::compare>) {
                return all_inside({node.left, node.right}, context);
            } else {
                return true;  // literals and names
            }
        },
        e.node);
}

}  // namespace

bool windows_stay_inside(const cases::statement& statement, const generation_context& context) {
    return std::visit(
        [&](const auto& node) -> bool {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, cases::setitem>) {
                return windows_inside(cases::expr{{}, node.target}, context) && windows_inside(*node.value, context);
            } else if constexpr (std::is_same_v<node_type, cases::aug_assign>) {
                const auto* target = std::get_if<cases::subscript>(&node.target);
                return (target == nullptr || windows_inside(cases::expr{{}, *target}, context)) &&
                       windows_inside(*node.value, context);
            } else {
                return windows_inside(*node.value, context);
            }
        },
        statement.node);
}

}  // namespace fuzzing
