// Array creation as NumPy 1.24 does it: np.array and the as*array family (multiarraymodule.c's
// _array_fromobject_generic: when the same object comes back, and which order a copy gets), zeros / ones /
// empty / full, the *_like functions (PyArray_NewLikeArrayWithShape), copy and astype, and
// copyto. Nested-sequence discovery lives in array_coercion, np.arange in arange.cpp.
#include "engine/creation.hpp"

#include <array>
#include <cmath>
#include <complex>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/array_coercion.hpp"
#include "engine/axis_views.hpp"
#include "engine/broadcast.hpp"
#include "engine/element_addresses.hpp"
#include "engine/element_setitem.hpp"
#include "engine/error.hpp"
#include "engine/index.hpp"
#include "engine/kernels.hpp"
#include "engine/long_long.hpp"
#include "engine/promotion.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"

namespace engine {

namespace {

// NumPy's STRIDING_OK: the existing layout satisfies the requested order.
bool layout_satisfies(const ndarray& a, order o) {
    return o == order::A || o == order::K || (o == order::C && a.c_contiguous()) ||
           (o == order::F && a.f_contiguous());
}

// NumPy's PyArray_ISFORTRAN: F-contiguous and not C-contiguous (what order 'A' resolves to F for).
bool is_fortran(const ndarray& a) { return resolve_order_a(a, order::A) == order::F; }

[[noreturn]] void raise_copy_needed() {
    raise(error_category::value_error, "Unable to avoid copy while creating an array as requested.");
}

// np.array(existing_array, ...).
array array_from_array(const array& a, std::optional<dtype> t, copy_mode copy, order o, const descriptor_handle& descriptor) {
    if (!t || *t == a->type()) {
        if (copy != copy_mode::always && layout_satisfies(*a, o)) {
            // _array_fromobject_generic: an equal but not identical descriptor gets a view of its own.
            if (t && descriptor != a->descriptor()) {
                const array view = ndarray::view_of(a, *t, a->shape(), a->strides());
                view->set_descriptor(descriptor);
                return view;
            }
            return a;
        }
        if (copy == copy_mode::never) raise_copy_needed();
        return copy_of(*a, o);
    }
    if (copy == copy_mode::never) raise_copy_needed();
    // A dtype change always copies, through PyArray_FromArray, whose requirement flags turn order A into
    // "keep the layout" unless the input is Fortran-ordered (np.array(p, dtype=float, order='A') keeps p's
    // axis order where the same call without dtype would make it C).
    order copy_order = order::K;
    if (o == order::C) copy_order = order::C;
    else if (o == order::F || is_fortran(*a)) copy_order = order::F;
    const array copied = copy_of(*a, copy_order, *t);
    copied->set_descriptor(descriptor);  // the dtype object asked for ('q': a long long array)
    return copied;
}

// ndmin=1 for a 0-d result: a (1,)-shaped view of it (NumPy's _prepend_ones), so its base is that array.
array at_least_1d(const array& a) {
    if (a->ndim() > 0) return a;
    return ndarray::view_of(a, a->type(), {1}, {a->itemsize()});
}

void require_c_or_f(order o) {
    if (o != order::C && o != order::F) raise(error_category::value_error, "only 'C' or 'F' order is permitted");
}

// PyArray_NewLikeArrayWithShape: the layout a *_like result gets, and its descriptor: without dtype= the
// prototype's descriptor object itself (a newbyteorder('<') view's own native descriptor too, which
// np.asarray(x, dtype=int) then tells apart from the built-in one), with dtype= the one it names.
array allocate_like(const ndarray& a, std::optional<dtype> requested, order o, const std::optional<dims>& shape,
                    const descriptor_handle& descriptor) {
    const dtype t = requested.value_or(a.type());
    const dims& result_shape = shape ? *shape : a.shape();
    o = resolve_order_a(a, o);
    if (o == order::K) {
        if (a.c_contiguous() || result_shape.size() != a.shape().size()) o = order::C;
        else if (a.f_contiguous()) o = order::F;
    }
    const array out = o != order::K ? ndarray::allocate(t, result_shape, o)
                                    : ndarray::allocate_strided(t, result_shape,
                                                                strides_ordered_like(a.strides(), result_shape, itemsize(t)));
    out->set_descriptor(requested ? descriptor : a.descriptor());
    return out;
}

}  // namespace

array array_from(const nested& obj, std::optional<dtype> t, copy_mode copy, order o, const descriptor_handle& descriptor) {
    if (const auto* a = std::get_if<array>(&obj.node)) return array_from_array(*a, t, copy, o, descriptor);
    if (copy == copy_mode::never) raise_copy_needed();  // anything but an array needs a new one
    if (const auto* s = std::get_if<scalar>(&obj.node); s && t && !s->is_python_number()) {
        // A NumPy scalar on its own is cast like a 0-d array (np.array(np.uint64(2**64 - 3), dtype=np.int32)
        // is -3, np.array(np.float64(nan), dtype=np.int8) no error), where inside a list it would be packed
        // (pack_element) and raise.
        const array out = ndarray::allocate(*t, {});
        store_element(*t, out->data(), *s);
        out->set_descriptor(descriptor);
        return out;
    }
    const discovered_array found = discover_shape_and_dtype(obj, !t);
    const dtype type = t ? *t : found.type.value_or(dtype::float64);
    const array out = ndarray::allocate(type, found.shape, o == order::F ? order::F : order::C);
    out->set_descriptor(t ? descriptor : builtin_descriptor(type, found.long_long));
    fill_from_nested(out, obj);
    return out;
}

array with_ndmin(const array& made, std::int64_t ndmin, order asked) {
    const int most = active_semantics().max_dimensions;
    if (ndmin > most)
        raise(error_category::value_error,
              most == 64 ? "ndmin must be <= ndmax (64)"
                         : "ndmin bigger than allowable number of dimensions NPY_MAXDIMS (=" + std::to_string(most) + ")");
    return with_leading_ones(made, ndmin, asked == order::F);
}

void check_ndmax(const nested& obj, std::int64_t ndmax, std::int64_t ndmin) {
    const int most = active_semantics().max_dimensions;
    if (ndmax < 0 || ndmax > most)
        raise(error_category::value_error,
              "ndmax must be in the range [0, NPY_MAXDIMS (" + std::to_string(most) + ")] ");
    if (ndmin > ndmax)
        raise(error_category::value_error, "ndmin must be <= ndmax (" + std::to_string(ndmax) + ")");
    if (!std::holds_alternative<std::vector<nested>>(obj.node)) return;
    if (static_cast<std::int64_t>(discover_shape_and_dtype(obj, false).shape.size()) > ndmax)
        raise(error_category::value_error,
              "setting an array element with a sequence. The requested array would exceed the maximum number of "
              "dimension of " + std::to_string(ndmax) + ".");
}

array asarray(const nested& obj, std::optional<dtype> t, order o, const descriptor_handle& descriptor) {
    return array_from(obj, t, copy_mode::if_needed, o, descriptor);
}

array ascontiguousarray(const nested& obj, std::optional<dtype> t, const descriptor_handle& descriptor) {
    return at_least_1d(array_from(obj, t, copy_mode::if_needed, order::C, descriptor));
}

array asfortranarray(const nested& obj, std::optional<dtype> t, const descriptor_handle& descriptor) {
    return at_least_1d(array_from(obj, t, copy_mode::if_needed, order::F, descriptor));
}

array zeros(const dims& shape, dtype t, order o, const descriptor_handle& descriptor) {
    require_c_or_f(o);
    const array out = ndarray::allocate(t, shape, o);  // fresh buffers are zero-filled
    out->set_descriptor(descriptor);
    return out;
}

array ones(const dims& shape, dtype t, order o, const descriptor_handle& descriptor) {
    return full(shape, make_int64(1), t, o, descriptor);
}

array empty(const dims& shape, dtype t, order o, const descriptor_handle& descriptor) {
    return zeros(shape, t, o, descriptor);
}

array full(const dims& shape, const scalar& value, std::optional<dtype> t, order o,
           const descriptor_handle& descriptor) {
    require_c_or_f(o);
    // np.full copies the value in with casting='unsafe' (an array cast, not setitem: NaN -> int gives INT_MIN).
    const array out = ndarray::allocate(t.value_or(value.type), shape, o);
    out->set_descriptor(t ? descriptor : builtin_descriptor(value.type, value.long_long));
    fill(*out, value);
    return out;
}

namespace {

// copyto(out, fill_value, casting='unsafe') of np.full and np.full_like.
array filled_unsafely(const array& out, const nested& fill_value, const std::optional<array>& converted = std::nullopt) {
    const auto* s = std::get_if<scalar>(&fill_value.node);
    if (s != nullptr && s->is_python_number() && active_semantics().nep50_weak_python_scalars) {
        check_python_number_assignable(*s, out->type(), casting::unsafe);
    }
    setitem(out, {ellipsis_index{}}, converted ? *converted : asarray(fill_value));
    return out;
}

}  // namespace

array full(const dims& shape, const nested& fill_value, std::optional<dtype> t, order o,
           const descriptor_handle& descriptor) {
    const std::optional<array> converted = t ? std::nullopt : std::optional(asarray(fill_value));
    // empty(shape, dtype=array(fill_value).dtype): that array's descriptor object when no dtype was given.
    const array out =
        empty(shape, t ? *t : (*converted)->type(), o, converted ? (*converted)->descriptor() : descriptor);
    return filled_unsafely(out, fill_value, converted);
}

array full_like(const array& a, const nested& fill_value, std::optional<dtype> t, order o,
                const std::optional<dims>& shape, const descriptor_handle& descriptor) {
    return filled_unsafely(empty_like(a, t, o, shape, descriptor), fill_value);
}

array empty_like(const array& a, std::optional<dtype> t, order o, const std::optional<dims>& shape,
                 const descriptor_handle& descriptor) {
    return allocate_like(*a, t, o, shape, descriptor);
}

array eye(std::int64_t n, std::optional<std::int64_t> m, std::int64_t k, dtype t, order o,
          const descriptor_handle& descriptor) {
    const std::int64_t columns = m.value_or(n);
    const array out = zeros({n, columns}, t, o, descriptor);
    if (k >= columns) return out;
    // NumPy writes m[:M-k].flat[i::M+1] = 1 (i = k, or -k * M below the diagonal): the elements (r, r + k).
    const scalar one = make_int64(1);
    for (std::int64_t r = std::max<std::int64_t>(0, -k); r < n && r + k < columns; ++r)
        store_element(t, out->data() + r * out->strides()[0] + (r + k) * out->strides()[1], one.cast_to(t));
    return out;
}

array tri(std::int64_t n, std::optional<std::int64_t> m, std::int64_t k, dtype t, const descriptor_handle& descriptor) {
    const std::int64_t rows = std::max<std::int64_t>(n, 0), columns = std::max<std::int64_t>(m.value_or(n), 0);
    const array out = ndarray::allocate(t, {rows, columns}, order::C, initial_contents::unwritten);
    out->set_descriptor(descriptor);
    const scalar one = make_int64(1).cast_to(t), zero = make_int64(0).cast_to(t);
    std::byte* element = out->data();
    for (std::int64_t i = 0; i < rows; ++i)
        for (std::int64_t j = 0; j < columns; ++j, element += out->itemsize())
            store_element(t, element, i >= j - k ? one : zero);
    return out;
}

array zeros_like(const array& a, std::optional<dtype> t, order o, const std::optional<dims>& shape,
                 const descriptor_handle& descriptor) {
    return allocate_like(*a, t, o, shape, descriptor);  // fresh buffers are zero-filled
}

array ones_like(const array& a, std::optional<dtype> t, order o, const std::optional<dims>& shape,
                const descriptor_handle& descriptor) {
    return full_like(a, make_int64(1), t, o, shape, descriptor);
}

array full_like(const array& a, const scalar& value, std::optional<dtype> t, order o, const std::optional<dims>& shape,
                const descriptor_handle& descriptor) {
    const array out = allocate_like(*a, t, o, shape, descriptor);
    fill(*out, value);  // casting='unsafe', as np.full_like's copyto
    return out;
}

array copy(const array& a, order o) { return copy_of(*a, o); }

array astype(const array& a, dtype t, bool copy, order o, casting rule, const descriptor_handle& descriptor) {
    check_can_cast_array(*a, t, rule);  // NumPy 1.x judges a 0-d array by its value, NumPy 2 by dtype
    // array_astype: with copy=False the input itself comes back when the dtype matches and its layout
    // already satisfies the order (for 'A': C- or F-contiguous).
    const bool layout_fine = o == order::K || (o == order::A && (a->c_contiguous() || a->f_contiguous())) ||
                             (o == order::C && a->c_contiguous()) || (o == order::F && a->f_contiguous());
    if (!copy && layout_fine && t == a->type()) return a;
    const array out = copy_of(*a, o, t);
    out->set_descriptor(descriptor);
    return out;
}

namespace {

// NumPy's names of the C types, as its cast errors give them.
std::string c_type_name(dtype t) {
    static constexpr std::array<const char*, dtype_count> names{
        "bool", "byte", "short", "int", "long", "ubyte", "ushort", "uint", "ulong", "half", "float", "double",
        "cfloat", "cdouble"};
    return names[static_cast<std::size_t>(native_order(t))];
}

// Whether `to` holds the value `from` had: a real value exactly (a NaN as a NaN), integers compared beyond 64 bits.
bool same_value(const scalar& from, const scalar& to) {
    const auto exact = [](const scalar& x) -> std::optional<__int128> {
        if (const auto* i = std::get_if<std::int64_t>(&x.value)) return *i;
        if (const auto* u = std::get_if<std::uint64_t>(&x.value)) return static_cast<__int128>(*u);
        if (const auto* b = std::get_if<bool>(&x.value)) return *b ? 1 : 0;
        return std::nullopt;
    };
    const std::complex<double> f = from.as_complex(), t = to.as_complex();
    if (f.imag() != t.imag() && !(std::isnan(f.imag()) && std::isnan(t.imag()))) return false;
    const std::optional<__int128> fi = exact(from), ti = exact(to);
    if (fi && ti) return *fi == *ti;
    if (fi || ti) {  // an integer against a real: the real must be that integer
        const double real = fi ? t.real() : f.real();
        const __int128 integer = fi ? *fi : *ti;
        return std::isfinite(real) && real == std::trunc(real) && std::fabs(real) < 0x1p126 &&
               static_cast<__int128>(real) == integer;
    }
    return f.real() == t.real() || (std::isnan(f.real()) && std::isnan(t.real()));
}

}  // namespace

array astype_same_value(const array& a, dtype t, bool copy, order o, const descriptor_handle& descriptor) {
    if (!active_semantics().astype_casting_same_value)
        raise(error_category::value_error, "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'");
    const array out = astype(a, t, copy, o, casting::unsafe, descriptor);
    if (out == a || kind_of(t) == dtype_kind::boolean) return out;
    // NumPy 2.4.6 checks nothing where either side is in swapped byte order: its wrapped cast (the swap around the
    // native cast) leaves the check out (measured: 0.1 into '>i4', or a '>f8' 0.1 into int8, gives 0).
    if (is_byte_swapped(a->type()) || is_byte_swapped(t)) return out;
    if (kind_of(a->type()) == dtype_kind::boolean) {
        // NumPy's check casts the value back (bool -> number -> bool gives 0 or 1) and compares it with the bool's
        // own byte, so a byte other than 0 or 1 (a bool view of other memory) fails; into float16 its round trip
        // is the byte itself, and nothing fails (property test, NumPy 2, seed 1933).
        if (t == dtype::float16) return out;
        for (const std::byte* element : element_addresses(*a))
            if (std::to_integer<unsigned>(*element) > 1)
                raise(error_category::value_error, "could not cast 'same_value' bool to " + c_type_name(t));
        return out;
    }
    const std::vector<scalar> before = flat_values(*a), after = flat_values(*out);
    for (std::size_t i = 0; i < before.size(); ++i) {
        // Into float16 the imaginary part must be +0.0 itself (NumPy tests the half's bits, so -0.0 fails too).
        const double imag = before[i].as_complex().imag();
        const bool imaginary_lost = is_complex(a->type()) && !is_complex(t) &&
                                    (imag != 0 || (t == dtype::float16 && std::signbit(imag)));
        if (imaginary_lost || !same_value(before[i], after[i]))
            raise(error_category::value_error, "could not cast 'same_value' " + c_type_name(a->type()) + " to " +
                                                   c_type_name(t) + (imaginary_lost ? ": imag is not 0" : ""));
    }
    return out;
}

void copyto(const array& dst, const array& src) { copyto(dst, src, casting::same_kind); }

namespace {

// np.copyto's where= as NumPy converts it (PyArray_FromAny to bool): an array of another dtype must cast safely.
std::optional<array> boolean_mask(const std::optional<array>& where) {
    if (!where) return std::nullopt;
    return astype(*where, dtype::bool_, false, order::K, casting::safe);
}

// The where= mask as a view of dst's shape: NumPy's broadcast_strides, which drops no leading axes.
array mask_like(const array& where, const ndarray& dst) {
    check_stretches_to(where->shape(), dst.shape(), "where mask");
    return ndarray::view_of(where, where->type(), dst.shape(),
                            broadcast_strides(where->shape(), where->strides(), dst.shape()));
}

// dst[mask] = value, the value stretched to dst's shape as assign() stretches it (its broadcast checked before the
// mask's, as NumPy checks them).
void masked_write(const array& dst, const array& value, const std::optional<array>& where) {
    const array stretched = stretched_for_assignment(*dst, value);
    masked_assign(*dst, *stretched, *mask_like(*where, *dst));
}

}  // namespace

void copyto(const array& dst, const array& src, casting rule, const std::optional<array>& where_given) {
    const std::optional<array> where = boolean_mask(where_given);
    if (src->ndim() == 0) {
        // PyArray_AssignRawScalar: the casting check looks at the value (np.copyto(int8_array, 300) is allowed).
        dst->require_writeable();
        const scalar value = load_element(src->type(), src->data());
        // Under NEP 50 a NumPy scalar or 0-d array is as strong as any array: its dtype alone decides.
        check_can_cast_array(*src, dst->type(), rule);
        if (!where) {
            fill(*dst, value);
            return;
        }
        // A value of another dtype (or unaligned) is cast into a scratch element first, once, where dst has more
        // than one element; otherwise NumPy's masked loop reads it in place, where the writes may reach it
        // (property test, NumPy 2, seed 301: np.copyto(x.ravel().view('float16'), x, where=...) of a 0-d int64 x).
        if ((src->type() != dst->type() || !src->uint_aligned()) && dst->size() > 1)
            return masked_write(dst, copy_of(*src, order::K, dst->type()), where);
        return masked_write(dst, src, where);
    }
    // PyArray_AssignArray skips copying an array onto exactly itself, before even checking writeability; "exactly"
    // includes the same descriptor object (a newbyteorder('<') view of a native array is not skipped).
    if (src->data() == dst->data() && src->type() == dst->type() && src->descriptor() == dst->descriptor() &&
        src->shape() == dst->shape() && src->strides() == dst->strides())
        return;
    dst->require_writeable();
    check_can_cast_array(*src, dst->type(), rule);  // an array of one or more dimensions: by its dtype
    const bool scalar_mask = where && (*where)->ndim() == 0;
    if (!where || scalar_mask) {
        // A 0-d mask is read once: True is no mask, False writes nothing (after the input's broadcast check).
        if (scalar_mask && !load_element((*where)->type(), (*where)->data()).as_bool()) {
            check_assignable(*dst, *src);
            return;
        }
        assign(*dst, *src);
        return;
    }
    // PyArray_AssignArray copies an overlapping src where assign() does, cast into dst's dtype and memory order;
    // otherwise its masked loop casts straight from src, run by run (masked_assign).
    if (assignment_copies_source(*dst, *src)) {
        const array copy = empty_like(dst);  // PyArray_NewLikeArray(dst, NPY_KEEPORDER)
        assign(*copy, *src);
        return masked_write(dst, copy, where);
    }
    masked_write(dst, src, where);
}

void copyto(const array& dst, const scalar& python_number, casting rule, const std::optional<array>& where_given) {
    if (!active_semantics().nep50_weak_python_scalars)
        return copyto(dst, array_from(nested{python_number}), rule, where_given);
    // NumPy 2's array_copyto: the number becomes a 0-d array of the type NEP 50 finds for it next to dst (dst's
    // own type, native, when the number's kind fits), made from the Python value (OverflowError for an int that
    // does not fit), which casting='equiv' refuses unless no conversion is needed. Then the mask is converted and
    // PyArray_AssignRawScalar checks writeability and the cast to dst by dtype.
    const std::array<typed_operand, 2> pair{typed_operand{native_order(dst->type()), std::nullopt},
                                            typed_operand{python_number.type, python_number, true}};
    // A Python bool is not weak: it stays bool.
    const dtype found = python_number.type == dtype::bool_ ? dtype::bool_ : nep50_result_type(pair);
    const bool python_int = python_number.type != dtype::bool_ && is_integer(python_number.type);
    if (found != python_number.type && rule == casting::equiv) {
        const char* python_type = python_int ? "int" : is_complex(python_number.type) ? "complex" : "float";
        raise(error_category::type_error, std::string("cannot cast Python ") + python_type + " to " +
                                              std::string(name(found)) + " under the casting rule 'equiv'");
    }
    if (python_int && is_integer(found)) check_python_int_fits(python_number, found);
    const std::optional<array> where = boolean_mask(where_given);
    dst->require_writeable();
    if (!can_cast(found, dst->type(), rule)) raise_cannot_cast("scalar", found, dst->type(), rule);
    const scalar value = python_number.cast_to(found);
    if (where) return masked_write(dst, array_from(nested{value}, found), where);
    fill(*dst, value);
}

}  // namespace engine
