// np.choose and three-argument np.where: every operand broadcast to one shape, each result element read
// from the operand the index (or condition) names, cast into a fresh result (or into `out` once complete).
#include "engine/choose.hpp"

#include <algorithm>
#include <string>

#include "engine/broadcast.hpp"
#include "engine/element_addresses.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/long_long.hpp"
#include "engine/memory_views.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/shares_memory.hpp"

namespace engine {

namespace {

// The elements of `a` broadcast to `shape`, in C order.
std::vector<scalar> broadcast_values(const array& a, const dims& shape) {
    return flat_values(*broadcast_to(a, shape));
}

}  // namespace

array choose(const array& a, const std::vector<operand>& choice_operands, const std::optional<array>& out,
             clip_mode mode) {
    // NumPy 2's choose fails on an invalid integer mode's pending ValueError before it reads anything.
    raise_pending_mode_error(mode, false);
    const std::int64_t n = static_cast<std::int64_t>(choice_operands.size());
    const dtype common = result_type(choice_operands);
    std::vector<array> choices;
    for (const operand& o : choice_operands) choices.push_back(as_array(o));
    // PyArray_FROM_OT(a, NPY_INTP): positions by the safe casting rule (TypeError for floats, uint64); an intp
    // `a` is used as it is, whatever its layout, and read element by element as the result is written.
    const array positions = a->type() == dtype::int64 ? a : positions_from(a, casting::safe);
    if (n + 1 > active_semantics().max_iterator_operands)
        raise(error_category::value_error, "Need at least 0 and at most " +
                                               std::to_string(active_semantics().max_iterator_operands) +
                                               " array objects.");
    std::vector<dims> shapes;
    for (const array& c : choices) shapes.push_back(c->shape());
    shapes.push_back(positions->shape());
    // PyArray_MultiIterFromObjects: the legacy multi-iterator checks the most dimensions before broadcasting.
    for (const dims& s : shapes) check_legacy_iterator_dimensions(static_cast<std::int64_t>(s.size()));
    const dims shape = broadcast_shapes(shapes);
    if (out) {
        if ((*out)->shape() != shape)
            raise(error_category::type_error, "choose: invalid shape for output array.");
        (*out)->require_writeable("output array is read-only");  // PyArray_FailUnlessWriteable: ends a warn-on-write
    }
    // Where the result goes: `out` itself when nothing forces a copy (no overlap with a choice as NumPy uses it,
    // which is itself when of the common type and C-contiguous, else a copy; not raise mode; `out` of the common
    // type) and `out` is C-contiguous, or whatever its layout under NumPy 2, which then walks `out`'s memory as
    // if it were C-contiguous. Else a fresh array, cast into `out` once complete.
    bool direct = false;
    if (out) {
        const ndarray& into = **out;
        bool overlap = false;
        for (const array& c : choices)
            overlap = overlap || (c->type() == common && c->c_contiguous() && c->writeable() && may_share_memory(into, *c));
        const bool copies = overlap || raises_out_of_range(mode) || into.type() != common;
        direct = !copies && (active_semantics().choose_out_written_as_contiguous || into.c_contiguous());
    }
    const array result = direct ? *out : ndarray::allocate(common, shape);
    // PyArray_NewFromDescr with the first converted choice's descriptor: the first choice's own when its type is the
    // common one (PyArray_FromAny leaves an equivalent array as it is: choose of [l, q] is l), else the common
    // type's built-in one.
    if (!direct) {
        const ndarray& first = *choices.front();
        const bool long_long = promotes_to_long_long(common, choice_operands);
        result->set_descriptor(first.type() == common ? first.descriptor() : builtin_descriptor(common, long_long));
    }
    if (direct && !result->c_contiguous()) {
        const std::int64_t start = result->data() - result->memory()->data();
        if (start < 0 || start + element_count(shape) * result->itemsize() >
                             static_cast<std::int64_t>(result->memory()->size()))
            raise(error_category::runtime_error, "np.choose(out=) would write outside the output's memory (NumPy 2 "
                                                 "writes a non-contiguous out as if it were contiguous)");
    }
    // Positions are read one at a time, between writes: when `a` is (a view of) `out`, earlier writes show.
    const std::vector<std::byte*> picks = element_addresses(*broadcast_to(positions, shape));
    // A choice NumPy converts (not C-contiguous, or of another type) is a copy taken before the first write;
    // one it uses as it is does not overlap a direct `out` (that forces the copy above).
    std::vector<std::vector<std::byte*>> sources;
    for (array& c : choices) {
        if (direct && may_share_memory(**out, *c)) c = copy_of(*c, order::C, c->type());
        sources.push_back(element_addresses(*broadcast_to(c, shape)));
    }
    std::byte* target = result->data();
    for (std::size_t i = 0; i < picks.size(); ++i, target += result->itemsize()) {
        std::int64_t k = load_element(dtype::int64, picks[i]).as_int64();
        if (k < 0 || k >= n) {
            if (raises_out_of_range(mode)) raise(error_category::value_error, "invalid entry in choice array");
            if (mode == clip_mode::wrap) {
                k %= n;
                if (k < 0) k += n;
            } else {
                k = k < 0 ? 0 : n - 1;
            }
        }
        const auto chosen = static_cast<std::size_t>(k);
        copy_element(common, target, choices[chosen]->type(), sources[chosen][i]);
    }
    if (!out || direct) return out ? *out : result;
    assign(**out, *result);
    return *out;
}

array where(const array& condition, const operand& x_operand, const operand& y_operand) {
    const dtype common = result_type(std::vector<operand>{x_operand, y_operand});
    const array x = as_array(x_operand), y = as_array(y_operand);
    const dims shape = broadcast_shapes({condition->shape(), x->shape(), y->shape()});
    std::vector<dims> strides;
    for (const array& operand : {condition, x, y})
        strides.push_back(broadcast_strides(operand->shape(), operand->strides(), shape));
    const array result =
        ndarray::allocate_strided(common, shape, iterator_output_strides(shape, nditer_operands(shape, strides),
                                                                          itemsize(common)));
    result->set_descriptor(builtin_descriptor(common, promotes_to_long_long(common, {x_operand, y_operand})));
    const std::vector<scalar> pick = broadcast_values(condition, shape);
    const std::vector<std::byte*> from_x = element_addresses(*broadcast_to(x, shape));
    const std::vector<std::byte*> from_y = element_addresses(*broadcast_to(y, shape));
    const std::vector<std::byte*> targets = element_addresses(*result);
    for (std::size_t i = 0; i < pick.size(); ++i) {
        const bool take_x = pick[i].cast_to(dtype::bool_).as_bool();
        copy_element(common, targets[i], take_x ? x->type() : y->type(), take_x ? from_x[i] : from_y[i]);
    }
    return result;
}

}  // namespace engine
