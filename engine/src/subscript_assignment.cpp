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

// NumPy's PyArray_Pack, which fills one element: a number converts by the dtype's setitem rules, an array of one
// element by a cast. Anything else is refused, except that a bool element takes the truth of a sequence or array;
// a complex element refuses it with a TypeError (complex() of it), others a ValueError.
array single_element_value(const assigned_value& v, dtype t) {
    using kind = assigned_value::kind;
    const bool is_array = v.what == kind::array;
    const bool is_sequence = v.what == kind::list || v.what == kind::tuple;
    if (is_array && v.values->size() == 1) return v.values;
    if (!is_array && !is_sequence) return packed(v.contents(t), t);
    if (t == dtype::bool_) {
        // BOOL_setitem takes the truth of anything; PyArray_Pack reports an array's refusal as a "sequence".
        if (!is_array) return asarray({make_bool(v.truth)}, t);
        try {
            return asarray({make_bool(truth_value(*v.values))}, t);
        } catch (const error&) {
            raise(error_category::value_error, "setting an array element with a sequence.");
        }
    }
    const std::string type_name = v.what == kind::list ? "list" : "tuple";
    // NumPy 2's integer setitem calls int() on a sequence (element_from_sequence_is_strict).
    if (is_sequence && is_integer(t) && active_semantics().element_from_sequence_is_strict) {
        raise(error_category::type_error,
              "int() argument must be a string, a bytes-like object or a real number, not '" + type_name + "'");
    }
    if (is_complex(t)) {
        raise(error_category::type_error, is_array ? "only length-1 arrays can be converted to Python scalars"
                                                   : "must be real number, not " + type_name);
    }
    raise(error_category::value_error, "setting an array element with a sequence.");
}

}  // namespace

void assign_subscript(const array& a, const std::function<index_expr()>& index, const assigned_value& v) {
    // NumPy refuses a read-only destination first, then a bad index, and converts the value only then.
    a->require_writeable();
    const index_expr where = index();
    const array view = check_index_for_assignment(a, where);
    if (selects_one_element(a, where)) return setitem(a, where, single_element_value(v, a->type()));
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
