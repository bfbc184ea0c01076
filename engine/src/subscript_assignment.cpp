// a[index] = value for every value NumPy accepts (subscript_assignment.hpp), as NumPy's array_assign_subscript
// (mapping.c) dispatches it.
#include "engine/subscript_assignment.hpp"

#include <string>
#include <variant>

#include "engine/creation.hpp"
#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/semantics.hpp"

namespace engine {

namespace {

// A value converted for assignment into an array of dtype t: a lone Python number or NumPy scalar is packed into
// a 0-d array as PyArray_Pack packs it (a NumPy integer scalar into a signed integer dtype is range-checked like a
// Python int), where np.asarray(scalar, dtype=t) would cast it.
array packed(const nested& data, dtype t) {
    const auto* s = std::get_if<scalar>(&data.node);
    if (s == nullptr) return asarray(data, t);
    const array cell = ndarray::allocate(t, {});
    pack_element(t, cell->data(), *s);
    return cell;
}

// An index of one integer per dimension: NumPy's fast path that packs a single value into one element.
// prepare_index reads a 0-d integer array as an integer, so `a[np.array(1), 0]` takes the same path.
bool selects_one_element(const array& a, const index_expr& where) {
    if (static_cast<std::int64_t>(where.size()) != a->ndim()) return false;
    for (const index_item& item : where) {
        if (std::holds_alternative<std::int64_t>(item)) continue;
        const array* zero_d = std::get_if<array>(&item);
        if (zero_d == nullptr || (*zero_d)->ndim() != 0 || !is_integer((*zero_d)->type())) return false;
    }
    return true;
}

bool is_basic(const index_expr& where) {
    for (const index_item& item : where)
        if (std::holds_alternative<array>(item)) return false;
    return true;
}

}  // namespace

void assign_element(const array& element, const assigned_value& v) {
    using kind = assigned_value::kind;
    const dtype t = element->type();
    if (v.what == kind::array) return pack_array_element(*element, *v.values);
    if (v.what == kind::scalar) return pack_array_element(*element, *packed(v.contents(t), t));
    // A list or tuple, never converted: the dtype's setitem asks bool(), int(), float() or complex() of it.
    if (t == dtype::bool_) return store_element(t, element->data(), make_bool(v.truth));
    const std::string type_name = v.what == kind::list ? "list" : "tuple";
    if (is_integer(t) && active_semantics().element_from_sequence_is_strict) {
        raise(error_category::type_error,
              "int() argument must be a string, a bytes-like object or a real number, not '" + type_name + "'");
    }
    if (is_complex(t)) raise(error_category::type_error, "must be real number, not " + type_name);
    raise(error_category::value_error, "setting an array element with a sequence.");
}

void assign_subscript(const array& a, const std::function<index_expr()>& index, const assigned_value& v) {
    // NumPy refuses a read-only destination first, then a bad index, and converts the value only then.
    a->require_writeable();
    const index_expr where = index();
    const array view = check_index_for_assignment(a, where);
    if (selects_one_element(a, where)) return assign_element(view, v);
    if (v.what == assigned_value::kind::array) return setitem(a, where, v.values);
    const nested data = v.contents(a->type());
    if (is_basic(where)) {
        const dims shape = discover_shape_and_dtype(data, false).shape;
        if (static_cast<std::int64_t>(shape.size()) > view->ndim()) {
            raise(error_category::value_error,
                  "setting an array element with a sequence. The requested array would exceed the maximum number "
                  "of dimension of " + std::to_string(view->ndim()) + ".");
        }
        if (shape == view->shape()) return fill_from_nested(view, data);
    }
    setitem(a, where, packed(data, a->type()));
}

}  // namespace engine
