// NumPy's flatiter subscripts (iterators.c) over the engine's arrays: positions are C-order element numbers, found
// by indexing a 1-D arange with the same index, so every index rule and error is the 1-D array's own.
#include "engine/flat_iterator.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "engine/creation.hpp"
#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/reshape.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/subscript_assignment.hpp"

namespace engine {

namespace {

// The C-order numbers of the elements `index` selects, in the order a 1-D array indexed so lists them.
std::vector<std::int64_t> selected_positions(const ndarray& a, const index_expr& index) {
    const array numbers = arange(make_int64(0), make_int64(a.size()), make_int64(1), dtype::int64);
    std::vector<std::int64_t> positions;
    for (const scalar& s : flat_values(*getitem_array(numbers, index))) positions.push_back(s.as_int64());
    return positions;
}

// Writes the values into the elements at `positions`, repeating them. PyArray_FromAny (NPY_ARRAY_FORCECAST) hands
// over a copy of a value of another dtype, cast in the value's own memory order (K: the cast loops see its runs),
// or in Fortran order where one was asked for (`fortran`: then also a copy of a value of a's dtype that is not
// F-contiguous); otherwise NumPy's loop reads each value from the value array itself as it writes (an iterator
// over it in C order), so a value sharing memory with `a` sees the earlier writes. Elements move as their bytes
// (copyswap: a bool view may hold bytes besides 0 and 1). `position_of` checks and normalises a position just
// before its write.
template <class Position>
void write_repeating(const ndarray& a, const std::vector<std::int64_t>& positions, const array& given, bool fortran,
                     Position&& position_of) {
    const bool copy = given->type() != a.type() || (fortran && !given->f_contiguous());
    const array values = copy ? copy_of(*given, fortran ? order::F : order::K, a.type()) : given;
    if (values->size() == 0) return;
    const std::vector<std::int64_t> from = c_order_offsets(values->shape(), values->strides());
    const std::vector<std::int64_t> to = c_order_offsets(a.shape(), a.strides());
    for (std::size_t k = 0; k < positions.size(); ++k)
        std::memmove(a.data() + to[static_cast<std::size_t>(position_of(positions[k]))],
                     values->data() + from[k % from.size()], static_cast<std::size_t>(a.itemsize()));
}

// The boolean array an index is (a 0-d one stands for a Python True or False), if it is one.
const ndarray* boolean_array_index(const index_expr& index) {
    const auto* item = std::get_if<array>(&index.front());
    return item != nullptr && (*item)->type() == dtype::bool_ ? item->get() : nullptr;
}

bool truth_of(const ndarray& zero_d_bool) { return load_element(dtype::bool_, zero_d_bool.data()).as_bool(); }

// NumPy 1.24's iter_subscript_Bool and iter_ass_sub_Bool: a boolean array of one dimension and at most a.size
// elements, read as a prefix (the elements after it are not selected); ValueError otherwise.
std::vector<std::int64_t> prefix_mask_positions(const ndarray& a, const ndarray& mask, bool assigning) {
    if (mask.ndim() != 1) raise(error_category::value_error, "boolean index array should have 1 dimension");
    if (mask.shape()[0] > a.size())
        raise(error_category::value_error,
              assigning ? "boolean index array has too many values" : "too many boolean indices");
    std::vector<std::int64_t> positions;
    const std::byte* flag = mask.data();
    for (std::int64_t i = 0; i < mask.shape()[0]; ++i, flag += mask.strides()[0])
        if (std::to_integer<std::uint8_t>(*flag) != 0) positions.push_back(i);  // the byte, as npy_bool is read
    return positions;
}

}  // namespace

void check_flat_index(const index_expr& index) {
    if (index.size() != 1)
        raise(error_category::index_error, "too many indices for flat iterator: flat iterator is 1-dimensional, but " +
                                               std::to_string(index.size()) + " were indexed");
    if (std::holds_alternative<newaxis_index>(index.front()))
        raise(error_category::index_error, "only integers, slices (`:`), ellipsis (`...`) and integer or boolean "
                                           "arrays are valid indices");
}

std::variant<array, scalar> flat_getitem_truth(const array& a, bool truth) {
    // True reads the iterator's first element (NumPy reads past the end of an empty array: refused here).
    if (truth) return flat_getitem(a, index_expr{std::int64_t{0}});
    return flat_getitem(a, index_expr{slice_spec{0, 0, std::nullopt}});
}

std::variant<array, scalar> flat_getitem(const array& a, const index_expr& index) {
    check_flat_index(index);
    if (const ndarray* mask = boolean_array_index(index)) {
        if (active_semantics().flat_prefix_boolean_masks)
            return flat_getitem(a, {int64_index_array(prefix_mask_positions(*a, *mask, false))});
        if (mask->ndim() == 0) return flat_getitem_truth(a, truth_of(*mask));
    }
    const getitem_result picked = getitem(flatten(a, order::C), index);
    if (const auto* one = std::get_if<scalar>(&picked)) return *one;
    const array& result = std::get<array>(picked);
    // A slice of the flattened copy is a view of it; NumPy hands back an array of its own.
    return result->base() ? copy_of(*result, order::C) : result;
}

namespace {

// A C-order position (negative from the end) as a position from the start; IndexError outside.
std::int64_t checked_position(const ndarray& a, std::int64_t position) {
    const std::int64_t n = a.size();
    if (position < -n || position >= n)
        raise(error_category::index_error,
              "index " + std::to_string(position) + " is out of bounds for size " + std::to_string(n));
    return position < 0 ? position + n : position;
}

// The element at a C-order position (negative from the end) as a 0-d view.
array flat_element(const array& a, std::int64_t position) {
    std::int64_t rest = checked_position(*a, position);
    std::int64_t offset = 0;
    for (std::int64_t d = a->ndim() - 1; d >= 0; --d) {
        const auto axis = static_cast<std::size_t>(d);
        offset += rest % a->shape()[axis] * a->strides()[axis];
        rest /= a->shape()[axis];
    }
    return ndarray::view_of(a, a->type(), {}, {}, offset);
}

// it[index] = values for an index of more than one position (flat_assign_item): `value_of` converts the value once
// the index has passed.
void flat_setitem(const array& a, const index_expr& index, const std::function<array()>& value_of) {
    if (const ndarray* mask = boolean_array_index(index)) {
        if (active_semantics().flat_prefix_boolean_masks) {
            // NumPy 1.24 converts the value first; an empty one writes nothing, and the mask is then never checked.
            const array values = value_of();
            if (values->size() == 0) return;
            check_legacy_iterator_dimensions(values->ndim());
            const std::vector<std::int64_t> positions = prefix_mask_positions(*a, *mask, true);
            return write_repeating(*a, positions, values, false, [](std::int64_t position) { return position; });
        }
    }
    // iter_ass_subscript: the index first, then the value (PyArray_FromAny forced to a's dtype: copied only to
    // cast), then the writes; integer positions are checked one by one as they are written.
    std::vector<std::int64_t> positions;
    const auto* numbers = std::get_if<array>(&index.front());
    if (numbers != nullptr && (*numbers)->type() != dtype::bool_)
        for (const scalar& s : flat_values(**numbers)) positions.push_back(s.as_int64());
    else positions = selected_positions(*a, index);
    const array values = value_of();
    check_legacy_iterator_dimensions(values->ndim());  // NumPy walks the value with an iterator too
    write_repeating(*a, positions, values, false, [&](std::int64_t p) { return checked_position(*a, p); });
}

}  // namespace

void raise_for_numpy_bool_scalar_index() {
    if (!active_semantics().flat_iterator_refuses_bool_lists) raise(error_category::index_error, "unsupported iterator index");
    raise(error_category::index_error, "boolean indices for iterators are not supported because of previous behavior "
                                       "that was confusing (valid boolean indices are expected to work in the future)");
}

void flat_assign_item(const array& a, const std::function<flat_index()>& index, const assigned_value& v) {
    using kind = assigned_value::kind;
    const semantics& rules = active_semantics();
    a->require_writeable("underlying array is read-only");
    // The value as NumPy converts it for a's dtype (PyArray_FromAny, forced): an array as it is.
    const auto values_for_a = [&] { return v.what == kind::array ? v.values : asarray(v.contents(a->type()), a->type()); };
    flat_index where = index();
    if (std::holds_alternative<numpy_bool_scalar_index>(where)) {
        // NumPy 1.24 tries the index as an integer, fails, converts the value, and returns for an empty one.
        if (!rules.flat_iterator_refuses_bool_lists && values_for_a()->size() == 0) return;
        raise_for_numpy_bool_scalar_index();
    }
    if (auto* given = std::get_if<index_expr>(&where); given != nullptr && given->size() == 1 && rules.flat_zero_d_index_is_its_item) {
        // NumPy 2.4 reads a 0-d index array as what it holds (prepare_index): an integer's is one position, a bool's
        // the 0-d boolean index.
        if (const auto* zero_d = std::get_if<array>(&given->front()); zero_d != nullptr && (*zero_d)->ndim() == 0) {
            const scalar held = load_element((*zero_d)->type(), (*zero_d)->data());
            if ((*zero_d)->type() == dtype::bool_) where = held.as_bool();
            else if (is_integer((*zero_d)->type())) given->front() = held.as_int64();
        }
    }
    if (const bool* truth = std::get_if<bool>(&where)) {
        // PyArray_Pack of v into the first element, its errors raised as they are (NumPy writes past the end of an
        // empty array: nothing is written here).
        if (!*truth || a->size() == 0) return;
        return assign_element(ndarray::view_of(a, a->type(), {}, {}, 0), v);
    }
    const index_expr& items = std::get<index_expr>(where);
    check_flat_index(items);
    if (const auto* position = std::get_if<std::int64_t>(&items.front())) {
        // One element: PyArray_Pack, whose every failure - a sequence, a value the dtype cannot take - NumPy
        // reports as this ValueError.
        const array element = flat_element(a, *position);
        try {
            assign_element(element, v);
        } catch (const error&) {
            raise(error_category::value_error, "Error setting single item of array.");
        }
        return;
    }
    flat_setitem(a, items, values_for_a);
}

void flat_assign(const array& a, const array& values) {
    a->require_writeable("array is read-only");
    check_legacy_iterator_dimensions(values->ndim());
    check_legacy_iterator_dimensions(a->ndim());
    std::vector<std::int64_t> every(static_cast<std::size_t>(a->size()));
    for (std::size_t i = 0; i < every.size(); ++i) every[i] = static_cast<std::int64_t>(i);
    // array_flat_set asks PyArray_FromAny for an F-contiguous value when `a` is F-contiguous (PyArray_FORTRAN_IF):
    // a 1-D a.flat = a[::-1] reads a copy, a 2-D C array reads its value as it writes.
    write_repeating(*a, every, values, a->f_contiguous(),
                    [](std::int64_t position) { return position; });
}

}  // namespace engine
