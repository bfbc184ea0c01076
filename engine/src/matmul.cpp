// Matrix products as NumPy computes them. Every result element is one sum of products, over k in increasing order,
// accumulated as NumPy's non-BLAS loops do (matmul.c.src *_matmul_inner_noblas, arraytypes.c.src *_dot): in the
// element type for integers (wrapping) and floats, in float for float16 (rounded once at the end), part by part for
// complex, and as "any pair both true" for bool. NumPy hands float32/float64/complex products to BLAS, which sums
// in its own order (blocked, fused multiply-adds): the values agree wherever every partial sum is exact, which is
// what the cases and the generator use; the memory behaviour (result layout, out rules, copies) never depends on it.
//
// np.matmul is a generalised ufunc (n?,k),(k,m?)->(n?,m?): its checks are a ufunc's (read-only out, the output
// cast under same_kind), then the core dimensions, then the stack's broadcast; its output is allocated by the
// iterator over the stack dimensions (order K, like any ufunc output) with the matrices C-contiguous inside; an out
// that shares memory with an input is written through a copy (COPY_IF_OVERLAP). np.dot (PyArray_MatrixProduct2)
// promotes dtypes the old way (PyArray_ObjectType: no weak Python numbers, no values), converts both operands,
// sends a 0-d operand to np.multiply unless BLAS takes the call (float and complex of at most 2 dimensions: a
// C-contiguous product), and allocates a C-contiguous result (new_array_for_sum), into which an out must fit exactly.
#include "engine/matmul.hpp"

#include <complex>
#include <cstring>
#include <string>
#include <type_traits>

#include "engine/broadcast.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/layout.hpp"
#include "engine/long_long.hpp"
#include "engine/promotion.hpp"
#include "engine/result_layout.hpp"
#include "engine/semantics.hpp"
#include "engine/shares_memory.hpp"
#include "engine/strided_loop.hpp"

namespace engine {

namespace {

// *out = sum over k < n of a[k * a_step] * b[k * b_step].
using sum_of_products = void (*)(const std::byte* a, std::int64_t a_step, const std::byte* b, std::int64_t b_step,
                                 std::int64_t n, std::byte* out);

template <dtype T>
void typed_sum_of_products(const std::byte* a, std::int64_t a_step, const std::byte* b, std::int64_t b_step,
                           std::int64_t n, std::byte* out) {
    using E = element_t<T>;
    const auto load = [](const std::byte* p) {
        E v;
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    E result{};
    if constexpr (T == dtype::bool_) {
        result = 0;
        for (std::int64_t k = 0; k < n && result == 0; ++k, a += a_step, b += b_step)
            if (load(a) != 0 && load(b) != 0) result = 1;
    } else if constexpr (T == dtype::float16) {
        float sum = 0.0f;
        for (std::int64_t k = 0; k < n; ++k, a += a_step, b += b_step)
            sum += static_cast<float>(load(a)) * static_cast<float>(load(b));
        result = half(sum);
    } else if constexpr (T == dtype::complex64 || T == dtype::complex128) {
        using R = typename E::value_type;
        R re = 0, im = 0;
        for (std::int64_t k = 0; k < n; ++k, a += a_step, b += b_step) {
            const E x = load(a), y = load(b);
            re += (x.real() * y.real()) - (x.imag() * y.imag());
            im += (x.real() * y.imag()) + (x.imag() * y.real());
        }
        result = E(re, im);
    } else if constexpr (std::is_floating_point_v<E>) {
        for (std::int64_t k = 0; k < n; ++k, a += a_step, b += b_step) result += load(a) * load(b);
    } else {
        // Integers wrap: the sum modulo 2**64, truncated to the width (two's complement).
        std::uint64_t sum = 0;
        for (std::int64_t k = 0; k < n; ++k, a += a_step, b += b_step)
            sum += static_cast<std::uint64_t>(load(a)) * static_cast<std::uint64_t>(load(b));
        result = static_cast<E>(sum);
    }
    std::memcpy(out, &result, sizeof result);
}

template <std::size_t... Types>
constexpr auto make_sum_table(std::index_sequence<Types...>) {
    return std::array<sum_of_products, sizeof...(Types)>{&typed_sum_of_products<static_cast<dtype>(Types)>...};
}

constexpr auto sum_table = make_sum_table(std::make_index_sequence<dtype_count>{});

sum_of_products sum_for(dtype t) { return sum_table[static_cast<std::size_t>(t)]; }

// An operand in dtype t: the array itself, or a cast copy in order K (PyArray_FromAny with no order flags); a scalar
// as the 0-d array of its value.
array converted(const operand& x, dtype t) {
    array a = as_array(x);
    if (a->type() != t) a = copy_of(*a, order::K, t);
    return a;
}

dims head(const dims& d, std::size_t n) { return dims(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(n)); }

// ---- matmul ---------------------------------------------------------------------------------------------

const std::string matmul_signature = "(n?,k),(k,m?)->(n?,m?)";

[[noreturn]] void raise_core_mismatch(const std::string& which, std::size_t dim, std::int64_t size, std::int64_t expected) {
    raise(error_category::value_error, "matmul: " + which + " has a mismatch in its core dimension " +
                                           std::to_string(dim) + ", with gufunc signature " + matmul_signature +
                                           " (size " + std::to_string(size) + " is different from " +
                                           std::to_string(expected) + ")");
}

[[noreturn]] void raise_too_few_dimensions(const std::string& which, std::size_t has) {
    raise(error_category::value_error, "matmul: " + which + " does not have enough dimensions (has " +
                                           std::to_string(has) + ", gufunc core with signature " + matmul_signature +
                                           " requires 1)");
}

// One operand of matmul seen as a stack of matrices: the stack's shape and strides, and the matrix's (a 1-D a is one
// row, a 1-D b one column: the missing dimension has length 1 and stride 0).
struct matrix_stack {
    const std::byte* data = nullptr;
    dims stack_shape, stack_strides;
    std::int64_t rows = 1, cols = 1, row_stride = 0, col_stride = 0;
};

// `vector`: the operand's flexible core dimension is missing (n? of a, m? of b), so its core is its last axis alone
// and every axis before it is a stack axis (a 1-D operand, or one whose flexible dimension an output without it
// made missing).
matrix_stack as_stack(const ndarray& x, bool is_left, bool vector) {
    matrix_stack s;
    s.data = x.data();
    const std::size_t nd = x.ndim();
    if (vector) {
        s.stack_shape = head(x.shape(), nd - 1);
        s.stack_strides = head(x.strides(), nd - 1);
        (is_left ? s.cols : s.rows) = x.shape()[nd - 1];
        (is_left ? s.col_stride : s.row_stride) = x.strides()[nd - 1];
        return s;
    }
    s.stack_shape = head(x.shape(), nd - 2);
    s.stack_strides = head(x.strides(), nd - 2);
    s.rows = x.shape()[nd - 2];
    s.cols = x.shape()[nd - 1];
    s.row_stride = x.strides()[nd - 2];
    s.col_stride = x.strides()[nd - 1];
    return s;
}

// Every matrix product of the stack, written into `out` (of shape stack + core, any strides).
void run_matmul(dtype t, const matrix_stack& a, const matrix_stack& b, const ndarray& out, const dims& stack_shape,
                bool a_is_vector, bool b_is_vector) {
    const std::size_t stack_nd = stack_shape.size();
    const dims out_stack_strides = head(out.strides(), stack_nd);
    const std::int64_t out_row = a_is_vector ? 0 : out.strides()[stack_nd];
    const std::int64_t out_col = b_is_vector ? 0 : out.strides()[out.ndim() - 1];
    const auto a_offsets = c_order_offsets(stack_shape, broadcast_strides(a.stack_shape, a.stack_strides, stack_shape));
    const auto b_offsets = c_order_offsets(stack_shape, broadcast_strides(b.stack_shape, b.stack_strides, stack_shape));
    const auto o_offsets = c_order_offsets(stack_shape, out_stack_strides);
    const sum_of_products sum = sum_for(t);
    for (std::size_t s = 0; s < o_offsets.size(); ++s) {
        for (std::int64_t i = 0; i < a.rows; ++i)
            for (std::int64_t j = 0; j < b.cols; ++j)
                sum(a.data + a_offsets[s] + i * a.row_stride, a.col_stride, b.data + b_offsets[s] + j * b.col_stride,
                    b.row_stride, a.cols, out.data() + o_offsets[s] + i * out_row + j * out_col);
    }
}

// The result dtype, after the checks NumPy's ufunc call makes before it looks at any core dimension: out
// writeable (argument conversion), the result cast to out's dtype under same_kind (type resolution), and under
// NEP 50 each Python int converted to an integer loop type (OverflowError: property test, seed 906, uint8 @= -3).
dtype checked_result_type(const operand& a, const operand& b, const std::optional<array>& out) {
    if (out) (*out)->require_writeable("output array is read-only");
    const dtype t = result_type({a, b});  // PyUFunc_SimpleUniformOperationTypeResolver
    if (out && !can_cast(t, (*out)->type(), casting::same_kind))
        raise(error_category::type_error, "Cannot cast ufunc 'matmul' output from " + dtype_repr(t) + " to " +
                                              dtype_repr((*out)->type()) + " with casting rule 'same_kind'");
    for (const operand* x : {&a, &b}) {
        const auto* number = std::get_if<scalar>(x);
        if (number && number->is_python_number() && active_semantics().nep50_weak_python_scalars && is_integer(t))
            check_python_int_fits(*number, t);
    }
    return t;
}

}  // namespace

std::variant<array, scalar> matmul(const operand& a_in, const operand& b_in, const std::optional<array>& out) {
    const dtype t = checked_result_type(a_in, b_in, out);
    const array a = converted(a_in, t), b = converted(b_in, t);
    if (a->ndim() == 0) raise_too_few_dimensions("Input operand 0", 0);
    if (b->ndim() == 0) raise_too_few_dimensions("Input operand 1", 0);
    // _validate_num_dims: a 1-D input's flexible dimension is missing; an output with fewer dimensions than the
    // core then makes n?, then m?, missing for every operand until it has enough (np.matmul(x, y, out=0-d) of 1 x 1
    // matrices works: property test, NumPy 1.24, seed 104); an input whose flexible dimension goes missing keeps
    // its last axis as its core and iterates over the axes before it.
    bool a_is_vector = a->ndim() == 1, b_is_vector = b->ndim() == 1;
    if (out) {
        std::int64_t core_dims = !a_is_vector + !b_is_vector;
        for (bool* missing : {&a_is_vector, &b_is_vector}) {
            if ((*out)->ndim() >= core_dims) break;
            if (!*missing) {
                *missing = true;
                --core_dims;
            }
        }
    }
    matrix_stack sa = as_stack(*a, true, a_is_vector), sb = as_stack(*b, false, b_is_vector);
    if (sb.rows != sa.cols) raise_core_mismatch("Input operand 1", 0, sb.rows, sa.cols);
    dims core;
    if (!a_is_vector) core.push_back(sa.rows);
    if (!b_is_vector) core.push_back(sb.cols);
    dims stack_shape;
    try {
        stack_shape = broadcast_shapes({sa.stack_shape, sb.stack_shape});
    } catch (const error&) {
        raise(error_category::value_error, "operands could not be broadcast together with remapped shapes "
                                           "[original->remapped]: " + shape_text(a->shape()) + " and " +
                                               shape_text(b->shape()));
    }
    if (out) {
        const ndarray& o = **out;
        if (o.ndim() < static_cast<std::int64_t>(core.size())) raise_too_few_dimensions("Output operand 0", o.ndim());
        const std::size_t out_stack_nd = o.ndim() - core.size();
        for (std::size_t d = 0; d < core.size(); ++d)
            if (o.shape()[out_stack_nd + d] != core[d]) raise_core_mismatch("Output operand 0", d, o.shape()[out_stack_nd + d], core[d]);
        const dims out_stack = head(o.shape(), out_stack_nd);
        // The iterator gives out the batch dimensions it lacks (op_axes -1): allowed where the broadcast batch
        // shape is 1 there (np.matmul(v, v[None], out=v) works; np.add would refuse). The inputs' stacks lose
        // those leading dimensions too, all of length 1.
        const auto drop_leading_ones = [&](dims& shape, dims* strides) {
            while (shape.size() > out_stack.size() && shape.front() == 1) {
                shape.erase(shape.begin());
                if (strides) strides->erase(strides->begin());
            }
        };
        drop_leading_ones(stack_shape, nullptr);
        drop_leading_ones(sa.stack_shape, &sa.stack_strides);
        drop_leading_ones(sb.stack_shape, &sb.stack_strides);
        dims joined;
        try {
            joined = broadcast_shapes({stack_shape, out_stack});
        } catch (const error&) {
            joined.clear();
        }
        if (joined != out_stack)
            raise(error_category::value_error, "non-broadcastable output operand with shape " + shape_text(o.shape()) +
                                                   " doesn't match the broadcast shape");
        stack_shape = out_stack;
        // Written directly only when no input shares its memory and no cast is needed (COPY_IF_OVERLAP).
        if (o.type() == t && !may_share_memory(o, *a, 1) && !may_share_memory(o, *b, 1)) {
            run_matmul(t, sa, sb, o, stack_shape, a_is_vector, b_is_vector);
        } else {
            dims shape = stack_shape;
            shape.insert(shape.end(), core.begin(), core.end());
            const array result = ndarray::allocate(t, shape);
            run_matmul(t, sa, sb, *result, stack_shape, a_is_vector, b_is_vector);
            assign(o, *result);
        }
        return *out;
    }
    dims shape = stack_shape;
    shape.insert(shape.end(), core.begin(), core.end());
    if (shape.empty()) {
        const array cell = ndarray::allocate(t, {});
        run_matmul(t, sa, sb, *cell, stack_shape, a_is_vector, b_is_vector);
        return element_scalar(t, cell->data(), promotes_to_long_long(t, {a_in, b_in}));
    }
    // The iterator orders the stack dimensions by the inputs' strides (broadcast and length-1 axes ignored), the
    // strides of the inputs as given: an input that needs a cast is cast in its buffers, not copied first
    // (property test, seed 905: a swapped broadcast input). Each matrix is C-contiguous inside.
    std::int64_t matrix_elements = 1;
    for (const std::int64_t n : core) matrix_elements *= n;
    const matrix_stack given_a = as_stack(*as_array(a_in), true, a_is_vector),
                       given_b = as_stack(*as_array(b_in), false, b_is_vector);
    std::vector<dims> votes;
    for (const matrix_stack* s : {&given_a, &given_b}) {
        dims st = broadcast_strides(s->stack_shape, s->stack_strides, stack_shape);
        for (std::size_t i = 0; i < stack_shape.size(); ++i)
            if (stack_shape[i] == 1) st[i] = 0;
        votes.push_back(std::move(st));
    }
    dims strides = iterator_output_strides(stack_shape, votes, itemsize(t) * matrix_elements);
    const dims core_strides = contiguous_strides(core, itemsize(t), order::C);
    strides.insert(strides.end(), core_strides.begin(), core_strides.end());
    const array result = ndarray::allocate_strided(t, shape, strides, initial_contents::unwritten);
    // A ufunc's rule: the first operand's descriptor, made canonical, for an output of its type and C type.
    const bool long_long = promotes_to_long_long(t, {a_in, b_in});
    const auto* first = std::get_if<array>(&a_in);
    result->set_descriptor(first ? descriptor_kept_from(**first, t, long_long) : builtin_descriptor(t, long_long));
    run_matmul(t, sa, sb, *result, stack_shape, a_is_vector, b_is_vector);
    return result;
}

void matmul_inplace(const array& a, const operand& b) {
    if (!active_semantics().inplace_matmul)
        raise(error_category::type_error,
              "In-place matrix multiplication is not (yet) supported. Use 'a = a @ b' instead of 'a @= b'.");
    const std::size_t b_ndim = std::holds_alternative<array>(b) ? std::get<array>(b)->ndim() : 0;
    // The axes NumPy passes (a @= b is matmul(a, b, out=a, axes=...)) fail, with AxisError reported as this
    // ValueError, unless b has two dimensions and a one; the ufunc meets them after its out= checks.
    checked_result_type(a, b, a);
    if (a->ndim() == 0 || b_ndim < 2)
        raise(error_category::value_error, "inplace matrix multiplication requires the first operand to have at least "
                                           "one and the second at least two dimensions.");
    matmul(a, b, a);
}

std::variant<array, scalar> dot(const operand& a_in, const operand& b_in, const std::optional<array>& out) {
    // PyArray_ObjectType: the dtypes promoted, a Python number as its default dtype.
    const auto type_of = [](const operand& x) {
        return std::holds_alternative<array>(x) ? std::get<array>(x)->type() : std::get<scalar>(x).type;
    };
    const std::array<typed_operand, 2> types{typed_operand{type_of(a_in), std::nullopt},
                                              typed_operand{type_of(b_in), std::nullopt}};
    const dtype t = legacy_result_type(types);
    const array a = converted(a_in, t), b = converted(b_in, t);
    const bool blas = a->ndim() <= 2 && b->ndim() <= 2 &&
                      (t == dtype::float32 || t == dtype::float64 || t == dtype::complex64 || t == dtype::complex128);
    // np.dot returns what PyArray_Return makes of the product: a 0-d array, out= too, as its scalar.
    const auto returned = [](const std::variant<array, scalar>& product) -> std::variant<array, scalar> {
        const auto* r = std::get_if<array>(&product);
        if (r && (*r)->ndim() == 0) return element_scalar(**r, (*r)->data());
        return product;
    };
    if (!blas && (a->ndim() == 0 || b->ndim() == 0)) {  // a 0-d operand: np.multiply
        ufunc_keywords keywords;
        if (active_semantics().dot_multiplies_a_0d_operand_into_out) keywords.out = out;
        return returned(call(binary_op::multiply, a, b, keywords));
    }

    dims shape;
    const sum_of_products sum = sum_for(t);
    // The rows of a and the columns of b, as element offsets in C order, and the summed axis's steps.
    std::vector<std::int64_t> rows{0}, cols{0};
    std::int64_t length = 1, a_step = 0, b_step = 0;
    if (a->ndim() == 0 || b->ndim() == 0) {
        // BLAS's scalar case: every element of the other times the scalar, in a C-contiguous result.
        const ndarray& other = a->ndim() == 0 ? *b : *a;
        shape = other.shape();
        cols = c_order_offsets(shape, other.strides());
    } else {
        const std::size_t match = b->ndim() > 1 ? b->ndim() - 2 : 0;
        length = a->shape().back();
        if (b->shape()[match] != length)
            raise(error_category::value_error, "shapes " + shape_text(a->shape()) + " and " + shape_text(b->shape()) +
                                                   " not aligned: " + std::to_string(length) + " (dim " +
                                                   std::to_string(a->ndim() - 1) + ") != " +
                                                   std::to_string(b->shape()[match]) + " (dim " + std::to_string(match) + ")");
        const dims a_outer = head(a->shape(), a->ndim() - 1);
        dims b_outer = b->shape(), b_outer_strides = b->strides();
        b_outer.erase(b_outer.begin() + static_cast<std::ptrdiff_t>(match));
        b_outer_strides.erase(b_outer_strides.begin() + static_cast<std::ptrdiff_t>(match));
        shape = a_outer;
        shape.insert(shape.end(), b_outer.begin(), b_outer.end());
        if (static_cast<int>(shape.size()) > active_semantics().max_dimensions)
            raise(error_category::value_error, "dot: too many dimensions in result");
        rows = c_order_offsets(a_outer, head(a->strides(), a->ndim() - 1));
        cols = c_order_offsets(b_outer, b_outer_strides);
        a_step = a->strides().back();
        b_step = b->strides()[match];
    }
    if (out) {
        const ndarray& o = **out;
        if (o.ndim() != static_cast<std::int64_t>(shape.size()) || o.type() != t || !o.c_contiguous() || !o.aligned() || !o.writeable())
            raise(error_category::value_error, "output array is not acceptable (must have the right datatype, number of "
                                               "dimensions, and be a C-Array)");
        if (o.shape() != shape) raise(error_category::value_error, "output array has wrong dimensions");
    }
    // The general product walks both operands with NumPy's old all-but-one-axis iterators (32 dimensions at most).
    if (!blas && a->ndim() > 0 && b->ndim() > 0) {
        check_legacy_iterator_dimensions(a->ndim());
        check_legacy_iterator_dimensions(b->ndim());
    }
    const bool through_copy = out && (may_share_memory(**out, *a, 1) || may_share_memory(**out, *b, 1));
    const array result = out && !through_copy ? *out : ndarray::allocate(t, shape, order::C, initial_contents::unwritten);
    // PyArray_ObjectType promotes the operands' descriptors: long long when one of the result's type is.
    if (!out) result->set_descriptor(builtin_descriptor(t, promotes_to_long_long(t, {a_in, b_in})));
    std::byte* dest = result->data();
    const std::int64_t size = itemsize(t);
    if (a->ndim() == 0 || b->ndim() == 0) {
        const ndarray& scalar_side = a->ndim() == 0 ? *a : *b;
        const ndarray& other = a->ndim() == 0 ? *b : *a;
        for (const std::int64_t offset : cols) {
            // The product in BLAS's operand order (the scalar scales the other).
            sum(a->ndim() == 0 ? scalar_side.data() : other.data() + offset, 0,
                a->ndim() == 0 ? other.data() + offset : scalar_side.data(), 0, 1, dest);
            dest += size;
        }
    } else {
        for (const std::int64_t row : rows)
            for (const std::int64_t col : cols) {
                sum(a->data() + row, a_step, b->data() + col, b_step, length, dest);
                dest += size;
            }
    }
    if (through_copy) assign(**out, *result);
    return returned(out ? *out : result);
}

}  // namespace engine
