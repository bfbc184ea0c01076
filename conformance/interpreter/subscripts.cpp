// Subscript rules of Python's sequences: CPython's indexing and slicing of tuples and lists, item assignment
// of lists; a system object's subscripts go to its backend.
#include "interpreter/subscripts.hpp"

#include "interpreter/array_backend.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"

namespace conformance::interpreter {

namespace {

// A Python sequence position: an integer (negative counts from the end) that must be in range.
std::size_t sequence_position(const value& container, std::size_t length, const value& index) {
    const std::optional<py_int> i = index_value(index);
    if (!i) {
        raise_type_error(class_name(container) + " indices must be integers or slices, not " + class_name(index));
    }
    const py_int position = *i < 0 ? *i + static_cast<py_int>(length) : *i;
    if (position < 0 || position >= static_cast<py_int>(length)) {
        raise_index_error(class_name(container) + " index out of range");
    }
    return static_cast<std::size_t>(position);
}

// CPython's PySlice_GetIndicesEx: bounds clamped to the sequence, then stepped.
std::vector<value> sliced(const std::vector<value>& items, const py_slice& s) {
    const auto bound = [](const value& v, py_int fallback) {
        if (v.is<none_type>()) return fallback;
        const std::optional<py_int> i = index_value(v);
        if (!i) raise_type_error("slice indices must be integers or None or have an __index__ method");
        return *i;
    };
    const py_int length = static_cast<py_int>(items.size());
    const py_int step = bound(s.step, 1);
    if (step == 0) raise_value_error("slice step cannot be zero");
    const auto clamp = [&](py_int i, py_int low, py_int high) {
        if (i < 0) i += length;
        return i < low ? low : (i > high ? high : i);
    };
    std::vector<value> result;
    if (step > 0) {
        const py_int start = clamp(bound(s.start, 0), 0, length);
        const py_int stop = clamp(bound(s.stop, length), 0, length);
        for (py_int i = start; i < stop; i += step) result.push_back(items[static_cast<std::size_t>(i)]);
    } else {
        const py_int start = clamp(bound(s.start, length - 1), -1, length - 1);
        const py_int stop = s.stop.is<none_type>() ? -1 : clamp(bound(s.stop, -1), -1, length - 1);
        for (py_int i = start; i > stop; i += step) result.push_back(items[static_cast<std::size_t>(i)]);
    }
    return result;
}

value sequence_item(const value& container, const std::vector<value>& items, const value& index) {
    if (const auto* s = index.as<py_slice>()) {
        std::vector<value> part = sliced(items, *s);
        return container.is<py_tuple>() ? value::tuple(std::move(part)) : value::list(std::move(part));
    }
    return items[sequence_position(container, items.size(), index)];
}

}  // namespace

value get_item(const value& container, const value& index) {
    if (const array_backend* backend = backend_of(container)) return backend->get_item(container, index);
    if (const auto* t = container.as<py_tuple>()) return sequence_item(container, t->items, index);
    if (const auto* l = container.as<py_list>()) return sequence_item(container, l->items, index);
    raise_type_error("'" + class_name(container) + "' object is not subscriptable");
}

void set_item(const value& container, const value& index, const value& item) {
    if (const array_backend* backend = backend_of(container)) return backend->set_item(container, index, item);
    if (container.is<py_list>() && !index.is<py_slice>()) {
        value list = container;
        std::vector<value>& items = list.list_items_for_update();
        items[sequence_position(container, items.size(), index)] = item;
        return;
    }
    if (container.is<py_list>()) {
        throw python_error("NotImplementedError", "slice assignment to a list is outside the interpreter's subset");
    }
    raise_type_error("'" + class_name(container) + "' object does not support item assignment");
}

}  // namespace conformance::interpreter
