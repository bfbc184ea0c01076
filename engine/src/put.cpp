// The writes of a.put, np.putmask, np.place and np.fill_diagonal element by element, in the order NumPy's
// loops make them, against either the array itself or (where NumPy works on a copy it writes back) a
// snapshot of the values read before the first write.
#include "engine/put.hpp"

#include <string>
#include <vector>

#include "engine/element_addresses.hpp"
#include "engine/error.hpp"
#include "engine/flat_iterator.hpp"
#include "engine/kernels.hpp"
#include "engine/shares_memory.hpp"
#include "engine/scalar.hpp"
#include "engine/semantics.hpp"
#include "engine/take.hpp"

namespace engine {

namespace {

std::vector<bool> mask_of(const ndarray& mask) {
    std::vector<bool> flags;
    for (const scalar& s : flat_values(mask)) flags.push_back(s.cast_to(dtype::bool_).as_bool());
    return flags;
}

// put's and putmask's copy-or-not: they write straight into `a` when it is C-contiguous (PyArray_ISCONTIGUOUS,
// aligned or not; `a` is writeable by then) unless an argument they use in place overlaps it (arrays_overlap: the
// memory extents), in which case they write into a copy (property test, NumPy 2, seed 173: an unaligned `a` is
// written in place, and a raise keeps the writes before it).
bool writes_in_place(const ndarray& a, std::initializer_list<const ndarray*> used) {
    if (!a.c_contiguous()) return false;
    for (const ndarray* other : used)
        if (may_share_memory(a, *other)) return false;
    return true;
}

// Runs `write` against `a` itself when NumPy writes in place, else against a C-ordered copy (NumPy's
// WRITEBACKIFCOPY array) that is written back into `a` only once `write` completed; the write-back is an
// ordinary assignment, so where `a` overlaps itself the element NumPy copies last is the one that stays.
template <class Write>
void write_in_place_or_through_copy(const array& a, bool in_place, Write&& write) {
    if (in_place) return write(a);
    const array copy = copy_of(*a, order::C);
    write(copy);
    assign(*a, *copy);
}

}  // namespace

void check_put_destination(const array& a, const array& indices) {
    a->require_writeable("put: output array is read-only");
    if (indices->size() > 0 && a->size() == 0 && active_semantics().put_into_empty_array_raises)
        raise(error_category::index_error, "cannot replace elements of an empty array");
}

void put(const array& a, const array& indices, const array& values, clip_mode mode) {
    check_put_destination(a, indices);
    const std::int64_t extent = a->size();
    // NPY_ARRAY_DEFAULT | FORCECAST: a value that is not a C-contiguous, aligned, writeable array of a's dtype is
    // a converted copy, which overlaps nothing.
    const array converted = carray_from(values, a->type(), casting::unsafe);
    if (converted->size() == 0) return raise_pending_mode_error(mode, true);
    const std::vector<std::byte*> value_list = element_addresses(*converted);
    const std::vector<scalar> positions = flat_values(*indices);
    // In place unless it overlaps what NumPy uses in place, or is not C-contiguous: then into a copy, which
    // a raise-mode error discards with the writes made so far.
    const bool in_place = writes_in_place(*a, {converted.get(), indices.get()});
    write_in_place_or_through_copy(a, in_place, [&](const array& target) {
        const std::vector<std::byte*> targets = element_addresses(*target);
        for (std::size_t i = 0; i < positions.size(); ++i) {
            std::int64_t at = positions[i].as_int64();
            if (raises_out_of_range(mode) || extent == 0) {
                if (at < -extent || at >= extent)
                    raise(error_category::index_error, "index " + std::to_string(at) +
                                                           " is out of bounds for axis 0 with size " +
                                                           std::to_string(extent));
                if (at < 0) at += extent;
            } else if (mode == clip_mode::wrap) {
                at %= extent;
                if (at < 0) at += extent;
            } else {
                at = at < 0 ? 0 : at >= extent ? extent - 1 : at;
            }
            copy_element(a->type(), targets[static_cast<std::size_t>(at)], a->type(), value_list[i % value_list.size()]);
        }
    });
    raise_pending_mode_error(mode, true);
}

void putmask(const array& a, const array& mask, const array& values) {
    a->require_writeable("putmask: output array is read-only");
    if (mask->size() != a->size()) raise(error_category::value_error, "putmask: mask and data must be the same size");
    const array converted = carray_from(values, a->type(), casting::safe);
    if (converted->size() == 0) return;
    const array used_mask = mask->type() == dtype::bool_ && mask->c_contiguous() && mask->writeable()
                                ? mask
                                : copy_of(*mask, order::C, dtype::bool_);
    const std::vector<std::byte*> value_list = element_addresses(*converted);
    const std::vector<bool> selected = mask_of(*used_mask);
    write_in_place_or_through_copy(a, writes_in_place(*a, {converted.get(), used_mask.get()}), [&](const array& target) {
        const std::vector<std::byte*> targets = element_addresses(*target);
        for (std::size_t i = 0; i < targets.size(); ++i)
            if (selected[i]) copy_element(a->type(), targets[i], a->type(), value_list[i % value_list.size()]);
    });
}

void check_place_destination(const ndarray& a, const ndarray& mask) {
    // `a` itself is written as it is where it is a C-contiguous, aligned, writeable array, its warn-on-write kept
    // (property test, NumPy 2, seed 407: a failed place left it).
    check_writebackifcopy_base(a, a.type(), false);
    if (mask.size() != a.size()) raise(error_category::value_error, "place: mask and data must be the same size");
}

void place(const array& a, const array& mask, const array& values) {
    check_place_destination(*a, *mask);
    const array converted = carray_from(values, a->type(), casting::safe);
    const std::vector<bool> selected = mask_of(*mask);
    if (converted->size() == 0) {
        for (const bool s : selected)
            if (s) raise(error_category::value_error, "Cannot insert from an empty array!");
        return;
    }
    // A C-contiguous, aligned `a` is written in place, so values NumPy uses in place are read as the writes go;
    // otherwise NumPy writes into a copy of `a`, and the values it reads are the ones from before.
    const std::vector<std::byte*> sources = element_addresses(*converted);
    write_in_place_or_through_copy(a, is_carray(*a), [&](const array& target) {
        const std::vector<std::byte*> targets = element_addresses(*target);
        std::size_t next = 0;
        for (std::size_t i = 0; i < targets.size(); ++i) {
            if (!selected[i]) continue;
            if (next >= sources.size()) next = 0;
            copy_element(a->type(), targets[i], a->type(), sources[next]);
            ++next;
        }
    });
}

void check_fill_diagonal_destination(const array& a) {
    if (a->ndim() < 2) raise(error_category::value_error, "array must be at least 2-d");
    if (a->ndim() > 2)
        for (const std::int64_t d : a->shape())
            if (d != a->shape().front())
                raise(error_category::value_error, "All dimensions of input must be of equal length");
    // a.flat[...] = values: a.flat is a legacy iterator; its assignment refuses a read-only array before it
    // converts values.
    check_legacy_iterator_dimensions(a->ndim());
    a->require_writeable("underlying array is read-only");
}

void fill_diagonal(const array& a, const array& values, bool wrap) {
    check_fill_diagonal_destination(a);
    std::int64_t step = 0, end = a->size();
    if (a->ndim() == 2) {
        step = a->shape()[1] + 1;
        if (!wrap) end = std::min(end, a->shape()[1] * a->shape()[1]);
    } else {
        std::int64_t product = 1;
        step = 1;
        for (std::size_t i = 0; i + 1 < a->shape().size(); ++i) step += (product *= a->shape()[i]);
    }
    flat_assign_item(a, [&] { return flat_index{index_expr{slice_spec{std::nullopt, end, step}}}; },
                     assigned_value::of(values));
}

}  // namespace engine
