// The semantics profile: which NumPy release the engine reproduces, as one value whose fields are NumPy's own
// named changes. Every place where NumPy 1.24 and 2.x differ reads exactly one field here, never a version; so does
// every place where NumPy's loops differ by the CPU they were dispatched for (simd_targets.hpp).
//
// The profile is process-wide (as NumPy itself is one version per process): a driver sets it once, before it
// runs anything, with set_active_semantics; engine operations read active_semantics(). The default is NumPy 2.
#pragma once

#include <string_view>

#include "engine/simd_targets.hpp"

namespace engine {

struct semantics {
    // NEP 50 (NumPy 2.0): Python numbers are "weak" in type resolution (int8 array + 1 stays int8, float32 +
    // 1e300 stays float32, np.int8(1) + 1 is an int8) while NumPy scalars and 0-d arrays are as strong as
    // arrays; a Python int that does not fit the resolved integer type raises OverflowError. Off: NumPy 1.x's
    // value-based casting, where scalars and 0-d arrays of every kind count by their value. Also: a Python
    // number enters a ufunc already in the loop dtype, so it never keeps the loop off NumPy's trivial path.
    bool nep50_weak_python_scalars = true;

    // NEP 50's conversion rule for storing one Python value into an integer element (a[i] = v, fill, copyto,
    // np.array(..., dtype=), np.full): the value goes through Python's int() and must fit the dtype, else
    // OverflowError "Python integer N out of bounds for int8". Off: NumPy 1.x casts as C does (300 -> 44).
    bool integer_setitem_checks_bounds = true;

    // The copy keyword (NumPy 2.0, "adapting to changes in the copy keyword"): np.array(x, copy=False) and
    // np.asarray(x, copy=False) never copy and raise ValueError when a copy is needed; copy=None means "copy
    // if needed"; reshape(copy=) (NumPy 2.1) exists. Off: copy=False means "copy only if needed".
    bool copy_false_means_never = true;

    // NumPy 2 no longer converts a one-element array of ndim > 0 to a scalar: not for a single element
    // (a[0] = np.array([1.5]) is ValueError "setting an array element with a sequence."), not for arange's
    // bounds, not in np.float64(np.array([1.5])) (an array now); and it converts a list for an integer/float
    // element through int()/float() (TypeError). Off: NumPy 1.x's conversions.
    bool element_from_sequence_is_strict = true;

    // NumPy 2's advanced-index assignment (mapping.c) copies a value that may share memory with the
    // destination before writing, so a[[1, 2, 3]] = a[:3] reads the old values. Off: NumPy 1.24 reads each
    // element of a same-dtype value just before its write.
    bool fancy_setitem_copies_overlapping_value = true;

    // The same for an index array: NumPy 2 reads every index before the first write (a[a] = 0 uses a's old
    // values); NumPy 1.24's map iterator reads an intp index in place as it goes, so earlier writes show.
    bool fancy_setitem_copies_overlapping_index = true;

    // == and != between arrays that cannot broadcast raise ValueError like every other ufunc (NumPy 1.25
    // expired the "elementwise comparison failed" deprecation). Off: NumPy 1.24 answers False / True.
    bool unbroadcastable_comparison_raises = true;

    // Advanced indices are bounds-checked even when the result selects nothing, unless the broadcast index
    // arrays themselves are empty (np.zeros((0, 3))[:, [5]] is IndexError; NumPy 1.x only warned).
    bool empty_result_checks_index_bounds = true;

    // A bool comparison of a contiguous array with a scalar (or a stride-0 operand) reads bytes of bool views
    // (which may hold values other than 0 and 1) by SIMD position: the loop normalises both sides (nonzero is
    // True) in blocks of this many elements and compares the tail's bytes as they are (0: the scalar's byte as it
    // is throughout). NumPy 2: 16 (measured on the AVX-512 and the AVX2 machine); NumPy 1.24: AVX2's 32 lanes, the
    // baseline's 16 (both measured on the AVX2 machine, 2026-12-05), AVX512_SKX's 64 (measured on an AVX-512 machine,
    // 2026-12-06: the 0 measured before was runs shorter than one block, all tail).
    int bool_scalar_comparison_vector_block = 16;

    // The same blocks for bool ^ (bitwise_xor, logical_xor): NumPy's not_equal loop (generate_umath.py's
    // cfunc_alias), dispatched apart from the comparisons. NumPy 2: its vector's bytes (64 with AVX512_SKX, 32 with
    // AVX2, 16 at its baseline); NumPy 1.24: 16 (measured on the AVX-512 machine and with NPY_DISABLE_CPU_FEATURES,
    // 2026-12-07; property test, NumPy 2, seed 1721).
    int bool_xor_vector_block = 16;

    // Which NaN float32/float64 + and * pass on where both operands are NaN (an x86 instruction passes on its first
    // operand's, quieted; NumPy's compiler chose the order per copy of its loop). NumPy's vector loop takes x first,
    // and so does the engine (ufunc.cpp; scalar math and the one-element in-place sum take y first there), except:
    // NumPy 2's contiguous loop, for a run longer than this many bytes, takes y first past its last whole block of
    // this many bytes, and on every element when y repeats (a scalar operand). NumPy 2: 64, AVX2's two vectors and
    // AVX512_SKX's one (both measured on NumPy 2.4.6); 0 at its baseline (float_sum_product_baseline_order); NumPy
    // 1.24: 0 (its loops' order depends on the output's alignment, so on the allocator: not modelled, docs/oracles.md).
    int float_sum_product_tail_y_first_after_bytes = 64;
    // NumPy 2's baseline build (16-byte vectors, its loops unrolled by two) orders them another way (the block
    // above off): a contiguous run longer than two vectors takes y first over its whole pairs of vectors and a last
    // whole vector (but a float64 product's of two contiguous inputs), x over the scalar tail; with y repeated, x
    // over the vectors and y over the scalar tail (but a float64 product's: x throughout). Shorter runs take x first.
    // Measured on NumPy 2.4.6 for 1 to 39 elements, 2026-12-08 (ufunc.cpp, baseline_sum_product_order).
    bool float_sum_product_baseline_order = false;

    // NumPy's pairwise float32/float64 sum (loops_utils.h.src) as its compiler laid it out, which shows in which NaN
    // comes out where two meet: the function's two halves run inlined copies of it (whose own halves call the
    // function again), and each copy adds its halves in its own operand order: the function the first half first,
    // the copy for the second half the second half first, the copy for the first half the second half first where
    // `pairwise_sum_first_half_adds_second_first` (AVX2 and AVX-512 builds of both NumPys; the first half first at
    // their baselines). NumPy 2's function (not its copies) also combines its eight running sums with r[3] before
    // r[2] where `pairwise_sum_combines_r3_first`. Measured with two NaN payloads at random positions of contiguous
    // float32 and float64 sums of 3 to 8,000 elements, both NumPys, at every CPU target (a Python model of the
    // copies matched all of them).
    bool pairwise_sum_first_half_adds_second_first = true;
    bool pairwise_sum_combines_r3_first = true;

    // np.remainder (%, divmod) of two float NaNs: NumPy 2's loop passes on the one of larger significand, quieted (a
    // tie: positive unless both are negative), the rule of x87's fprem, which its build inlines for fmod inside
    // npy_divmod; NumPy 1.24 the first (the C library's fmod). np.fmod takes the first in both. Measured on 3,000
    // random NaN pairs per float type, arrays and scalars alike.
    bool remainder_of_nans_passes_larger_significand = true;

    // complex -> uint32 casts of values uint32 cannot hold are undefined in C and follow the compiled loop
    // (kernels.cpp): in a contiguous run of at least this many elements, all but the last 1-4 go through the
    // vector body. A property of the NumPy build on this machine, as above (NumPy 1.24: 5 and 5).
    int complex64_to_uint32_shortest_vector_run = 5;
    int complex128_to_uint32_shortest_vector_run = 6;

    // NumPy 1.24's contiguous aligned cast loops read a vector's worth of source elements before they write any
    // (the compiler vectorised them with no overlap test, for the type pairs kernels.cpp lists), and its unaligned
    // ones run one by one with C's conversions where source and destination meet (float32 -> uint32: a destination
    // less than 16 bytes ahead), which shows where a cast writes source elements it has still to read: NumPy 1.24's
    // fancy assignment into blocks from an overlapping value (measured, every pair of dtypes). Off: element by
    // element, as NumPy 2 has never been seen to differ (it copies such a value before the cast).
    bool contiguous_casts_read_ahead = false;

    // np.bool_ has __index__ (NumPy 1.x, deprecated): a NumPy bool works as a slice bound or a dimension. NumPy 2
    // removed it (TypeError "'numpy.bool' object cannot be interpreted as an integer").
    bool numpy_bool_is_an_integer = false;

    // NumPy 1.x read an axis >= 32 (NPY_MAXDIMS) as axis=None in np.concatenate; NumPy 2 raises AxisError.
    bool maxdims_axis_means_none = false;

    // NPY_MAXDIMS: NumPy 2.0 raised the most dimensions an array (and an indexing result) may have from 32 to 64.
    int max_dimensions = 64;

    // bool() of an empty array is a ValueError (NumPy 2.2 expired the 1.14 deprecation), and so is putting an
    // empty array into a bool element. Off: False, with a DeprecationWarning.
    bool empty_array_truth_raises = true;

    // NumPy 2.0 removed the aliases np.float_, np.complex_, np.string_, ... (AttributeError) and added
    // np.bool, np.long, np.ulong. Off: NumPy 1.24's names.
    bool numpy2_names = true;

    // np.take converts an index array to intp by the same_kind rule (NumPy 2: uint64 positions are accepted);
    // NumPy 1.24 by the safe rule (TypeError for uint64). np.put uses the safe rule under both.
    bool take_indices_cast_same_kind = true;

    // a.put(positions, v) into an empty array raises IndexError "cannot replace elements of an empty array"
    // before anything else (NumPy 2). Off: NumPy 1.24 checks each position (raise mode) and never stops in
    // wrap mode, so the generator never draws that.
    bool put_into_empty_array_raises = true;

    // A clip mode spelled inexactly ('c', 'CLIP', 'wrapped') is ValueError (NumPy 2); NumPy 1.24 takes its
    // first letter, with a DeprecationWarning.
    bool inexact_clip_mode_is_error = true;

    // An integer clip mode outside 0..2 leaves the mode at raise with its ValueError pending (NumPy 2's
    // PyArray_ClipmodeConverter reports success): the operation runs, an IndexError replaces the pending error,
    // and what returns a result with the error set is a SystemError (take with out=, put, both after writing).
    // NumPy 1.24 raises the ValueError at once.
    bool invalid_integer_clip_mode_is_left_pending = true;

    // np.take_along_axis has axis=-1 as its default (NumPy 2); NumPy 1.24 requires the axis (TypeError).
    bool take_along_axis_axis_defaults_to_last = true;

    // np.take_along_axis / np.put_along_axis with axis=None work on np.array(arr.flat) (NumPy 2): a view of a
    // C-contiguous arr, else a read-only copy, so put_along_axis writes through the one and raises ValueError
    // for the other, and they first require indices of one dimension. NumPy 1.24 works on arr.flat itself: a
    // write goes into arr whatever its layout.
    bool along_axis_none_uses_array_of_flat = true;

    // a.nonzero() (np.nonzero, np.where(c)) of a 0-d array is ValueError (NumPy 2.1 expired the deprecation);
    // NumPy 1.24 reads it as atleast_1d(a), with a DeprecationWarning.
    bool nonzero_of_0d_raises = true;

    // NPY_MAXARGS: the most operands NumPy's iterators (np.choose's multi-iterator, np.broadcast_arrays in
    // NumPy 1.24, the map iterator of an advanced index, which needs one for the result or the value besides
    // the index arrays when they leave no subspace) take: 64 in NumPy 2, 32 in NumPy 1.24.
    int max_iterator_operands = 64;

    // np.broadcast_arrays returns (as a tuple) each input that already has the broadcast shape itself and a
    // view of every other one (NumPy 2); NumPy 1.24 returns (as a list) the inputs themselves when all have
    // it, else a view of every input.
    bool broadcast_arrays_keeps_each_fitting_input = true;

    // ndarray ** scalar runs a unary ufunc for some exponents (number.c fast_scalar_power). NumPy 2: any array to the
    // Python int 2 (square: bool ** 2 is int8), a float or complex array to the Python int -1 or the Python float 0.5
    // (reciprocal, sqrt); exact Python types only. Off (NumPy 1.24): a float
    // or complex array to any Python or NumPy int/float scalar or 0-d array equal to 1, -1, 0, 0.5 or 2 (positive,
    // reciprocal, ones_like, sqrt, square), and any other array to 2 (square; a float 2 first casts an integer array to
    // float64 in C or F order, so int8_array ** 2.0 is C-ordered and int8_array ** np.float32(2) float64; in place,
    // a **= 2.0 squares the integers where NumPy 2 refuses the float64 result).
    bool narrow_power_shortcuts = true;

    // NumPy 2's float32/float64 power loop takes the square root when the exponent is 0.5 repeated through a zero
    // stride, so np.power(x, 0.5) keeps -0.0 and gives NaN for -inf (pow's answers are 0.0 and inf). Measured on
    // NumPy 2.4; float16 and NumPy scalars use pow. Off: NumPy 1.24's loop always calls pow.
    bool power_loop_takes_sqrt_of_half_exponent = true;

    // Unary + of an array whose dtype has no positive loop (bool) raises UFuncTypeError in NumPy 2. Off: NumPy 1.24
    // returns a copy (with a DeprecationWarning).
    bool unary_plus_requires_positive_loop = true;

    // Complex products, by NumPy's loop on this CPU (measured): NumPy 2.4 multiplies and squares complex numbers with
    // fused multiply-adds (re = ar*br - ai*bi as one multiply-subtract, im = fma(ar, bi, ai*br)) wherever it
    // dispatches to AVX2 + FMA3 or AVX-512, and plainly on its baseline. NumPy 1.24's AVX512F loop fuses only outside its contiguous vector
    // loop (a run of two or more elements with every operand contiguous and the output apart from the inputs is
    // plain) and never in square; without AVX512F its loops are plain.
    // (NumPy 1.24's scalar loop outside the AVX512F vector loop is fused for complex128 only: complex64's is plain.)
    enum class complex_product_fusion { everywhere, outside_contiguous_vector_loop, nowhere };
    complex_product_fusion complex_products = complex_product_fusion::everywhere;

    // Which NaN the imaginary part of a complex square takes in NumPy's plain scalar kernel (im = rl*im + im*rl in
    // its source, which its compiler may compute as the one product im*rl added to itself): the imaginary part's
    // first where set, else the real part's. NumPy 2.4: both widths with AVX2 or AVX-512, complex64 only at its
    // baseline; NumPy 1.24: neither (measured with distinct payloads, 2026-12-06; property test, NumPy 2, seed 405).
    bool complex64_square_passes_imaginary_nan_first = true;
    bool complex128_square_passes_imaginary_nan_first = true;

    // Which NaN the imaginary part of an integer complex power takes (npy_cpow's repeated cmul, compiled once in
    // npymath whatever the CPU): ai*br's before ar*bi's where set, else ar*bi's. NumPy 2.4: both widths; NumPy 1.24:
    // complex128 only (measured with distinct payloads, exponents 2, 3 and 5, 2026-12-06; property test, NumPy 1.24,
    // seed 405: v0[()] **= 2 of a complex64 0-d view, which 1.24's scalar math computes in complex128).
    bool complex64_power_passes_imaginary_nan_first = true;
    bool complex128_power_passes_imaginary_nan_first = true;

    // Whether a complex rint hands a NaN part back with its bits as they were (a signalling NaN stays signalling).
    // NumPy 1.24's complex loop calls rint() for each part, which its compiler inlined for its SSE baseline as "if
    // |x| < 2**52 round it, else return x": a NaN fails the test and comes back untouched. NumPy 2.4's part rounds
    // with the CPU's instruction, which quiets a signalling NaN as float rint does in both (measured, 2026-12-07).
    bool complex_rint_passes_nan_bits = false;

    // NumPy 2's complex64 multiply and square loops take their plain scalar kernel when handed an input stepping
    // backwards (complex128's stay in the vector loop): x * y[::-1] and np.square(x[::-1]) are plain, while
    // x[::-1] *= y[::-1], which its iterator walks forwards (every operand backwards), is fused. Measured on NumPy
    // 2.4.6 with AVX-512 and with AVX2 (every step sign against every other, 2026-12-06); its baseline build keeps
    // a backward input in its vector loops (measured: np.square(x[::-1]), 2026-12-06).
    bool complex64_backward_inputs_take_scalar_kernel = true;

    // How a sort or partition of an array in swapped byte order writes its native buffer back: NumPy 1.24 copies
    // every element's bytes, then swaps every place in place (copyswapn), so aliasing places are swapped once per
    // element (property test, NumPy 1.24, seed 104: a stride-0 view sorted); off: NumPy 2 swaps each element once.
    bool sort_copies_back_then_swaps = false;

    // Which NaN a complex product passes on when several meet (ufunc_elements.hpp, ordered_complex_product): NumPy 2's
    // loop computes the cross products ai*bi and ai*br with y's part as the first operand, on its AVX2 and baseline
    // builds alike, but in the vectors complex_loop_order.hpp lists (vectors_with_x_cross_products_first); off: NumPy
    // 1.24's loops with x's part first (measured with four different payloads).
    bool complex_cross_products_y_first = true;

    // The build of NumPy's complex add, multiply and square loops (loops_arithm_fp.dispatch.c.src), which decides
    // which NaN they pass on where several meet: the compiler orders each add's and multiply's operands as it likes,
    // differently in each branch of the loop (its reduce branch, its vector loops for contiguous operands and for a
    // repeated x or y, its scalar loop, which the compiler vectorises where the output stays apart from the inputs)
    // and in each vector of a round and of the tail. Measured with distinct payloads on every branch for 1 to 40
    // elements (2026-12-06; property test, NumPy 1.24, seed 681): NumPy 1.24 passes x's everywhere but in its
    // reduce branch (y's; both builds); NumPy 2.4's X86_V3 build (which AVX-512 CPUs run too) and its baseline
    // build each follow their own tables (complex_loop_order.hpp).
    enum class complex_loop_build { numpy_1_24, numpy_2_x86_v3, numpy_2_baseline };
    complex_loop_build complex_loops = complex_loop_build::numpy_2_x86_v3;

    // The complex absolute loop: NumPy 2 computes |z| with its SIMD formula (larger * sqrt(1 + r*r), 1 + r*r fused
    // with AVX2 + FMA3 or AVX-512, not on its baseline) on every CPU, but its AVX512F loop only for steps it can load
    // and store, a non-negative input and output step (otherwise the C library's hypot, which differs in the last bit
    // now and then: property test, seed 32). NumPy 1.24's AVX512F loop takes any input step and a non-negative
    // output step; without AVX512F NumPy 1.24 always calls hypot.
    enum class complex_absolute_loop {
        simd_formula,
        simd_formula_unfused,
        simd_formula_forward_steps,
        simd_formula_forward_output,
        hypot
    };
    complex_absolute_loop complex_absolute = complex_absolute_loop::simd_formula_forward_steps;

    // np.choose(out=o) writes straight into o when nothing forces a copy (no overlap with the choices as it
    // uses them, not raise mode, o of the result's dtype) and then walks o's memory as if o were
    // C-contiguous, whatever its strides (NumPy 2). Off: NumPy 1.24 asks for a C-contiguous o and writes
    // through a copy otherwise.
    bool choose_out_written_as_contiguous = true;

    // NumPy 2's comparison loops between a signed integer and uint64 (qQ->?, Qq->?, after NumPy 2.0): the
    // signed side is cast to int64, the uint64 side is read as it is, and the answer is exact. Off: NumPy 1.24
    // compares both in float64 (their common type), where 2**63 - 1 == 2**63, and casts both inputs.
    bool mixed_sign_integer_comparison_loops = true;

    // Sorting (the default kind, two or more elements along the axis) through x86-simd-sort's kernels, which replace
    // every NaN by one canonical NaN (float16 0x7c01, float32 0x7fc00000, float64 0x7ff8000000000000, sign and
    // payload lost). NumPy 2 sorts float32 and float64 so with AVX2 or AVX-512, float16 with AVX512_ICL; NumPy 1.24
    // float32 only, with AVX512_SKX (measured). Off: NaNs keep their bits.
    bool sort_canonicalises_float16_nan = true;
    bool sort_canonicalises_float32_nan = true;
    bool sort_canonicalises_float64_nan = true;

    // NumPy 1.24's default sort of float32 with AVX512_SKX is its own AVX-512 quicksort (x86-qsort.dispatch.cpp,
    // engine/src/avx512_float32_quicksort_1_24.hpp); NumPy 2 runs x86-simd-sort instead (simd_sort_* below).
    bool sort_float32_by_numpy_1_24_avx512_kernel = false;

    // The same float16 sort orders by sign bit where values are equal: -0.0 before +0.0 (measured on NumPy 2.4 with
    // AVX512_ICL). Off: introsort, whose insertion sort of up to 16 elements keeps the order of -0.0 and +0.0 (a
    // longer lane's order follows its partitioning, not reproduced).
    bool sort_float16_negative_zero_first = true;

    // kind='heapsort' runs the default sort: NumPy 2.4's PyArray_Sort clears the heapsort bit of its sort flags
    // (item_selection.c), so heapsort is quicksort (x86-simd-sort where the CPU has it, NaNs rewritten). NumPy 1.24
    // runs its heapsort (npysort/heapsort.cpp), which orders equal elements by rule (measured, 2026-12-07).
    bool heapsort_kind_runs_the_default_sort = true;

    // ufunc.at with an operand sharing the destination's memory works on a copy; when an element fails (an
    // integer to a negative power) NumPy 2 discards the copy, so nothing is written. Off: NumPy 1.24 writes the
    // copy back before raising.
    bool ufunc_at_discards_copy_on_error = true;

    // ufunc.at resolves its loop before it prepares the index (so a missing loop is reported before a bad
    // index). Off: NumPy 1.24 prepares the index, the working copy and b's broadcast first.
    bool ufunc_at_resolves_loop_first = true;

    // NumPy 2's ufunc.at hands its loop each element of an a it need not cast (and aligned, with b too) as both the
    // first input and the output, with zero steps (ufunc_at__fast_iter: a float or complex sum takes its reduce
    // branch, y's NaN first), and runs a 1-d a with one index array and a b of at most one dimension through the
    // operation's indexed loop instead (trivial_at_loop), whose NaN order differs for float16 and complex sums and
    // products (ufunc.cpp, run_indexed_loop_element; measured 2026-12-06). Off: NumPy 1.24 buffers each operand apart.
    bool ufunc_at_fast_paths = true;

    // A ufunc writing a cast result through where= into an out with stride 0 along the iterator's inner run
    // writes that run once, from one buffer cell, if the run's first mask entry is True (NumPy 2.3's buffering).
    // Off: NumPy 1.24 writes each selected element.
    bool buffered_zero_stride_output_is_one_cell = true;

    // np.round copies in order K: an integer array with decimals >= 0 and no out=, and a complex array before
    // its parts are rounded. Off: NumPy 1.24 returns the integer array itself and copies complex in C order.
    bool round_copies_in_order_k = true;

    // cumsum/cumprod refuse a read-only out= always. Off: NumPy 1.24 checks it only through the outer iterator it
    // builds for more than one dimension, a cast, unaligned data or an out overlapping the input, and otherwise
    // writes into the read-only array.
    bool accumulate_checks_out_writeable = true;

    // A reduction's starting value comes from its loop (ArrayMethod's get_reduction_initial, NumPy 1.25): a given
    // initial= is packed into the loop's dtype (PyArray_Pack: np.sum(uint8_array, initial=-1) is OverflowError in
    // its uint64) and assigned from there into the result, after the iterator is built (so an out= of the wrong
    // shape is reported before a where= mask without an identity). Off: NumPy 1.24 fills the result itself with
    // the value (PyArray_FillWithScalar into out's dtype where out= is given) and refuses a where= mask without an
    // identity before anything else.
    bool reduction_initial_from_array_method = true;

    // NumPy 2's float32/float64 clip loop with both bounds fixed through a run (zero strides) compares (x < lo -> lo,
    // x > hi -> hi: a tie keeps x, the sign of its zero) and fills the run with a NaN bound. Off: NumPy 1.24 takes
    // max(x, lo) then min(., hi) there too (a tie gives the bound).
    bool clip_compares_fixed_float_bounds = true;

    // np.clip's Python layer (_methods._clip) as NumPy 2 writes it: a Python int bound beyond an integer array's
    // range is dropped, and no bound at all is np.positive. Off: NumPy 1.24's: no bound is a ValueError, a 0-d NaN
    // bound means -inf/inf, and an output casting error is retried with casting='unsafe'.
    bool clip_wrapper_numpy2 = true;

    // a @= b runs np.matmul(a, b, out=a) (NumPy 2.0). Off: NumPy 1.24 raises TypeError.
    bool inplace_matmul = true;

    // A running complex128 product (prod, cumprod: the multiply loop with the running value as an input and the
    // output) is fused under NumPy 1.24 with AVX512F (the scalar loop of its AVX512F build) but plain under NumPy 2.4,
    // whose ufunc multiply fuses everywhere else (complex_products), and plain under NumPy 1.24 without AVX512F;
    // complex64's is plain in float under both. Measured on 200 random products; property test, seed 703.
    bool complex_running_products_fused = false;

    // A flat iterator refuses a Python list of bools as its index (IndexError "boolean indices for iterators are not
    // supported"; an array of bools is a mask). Off: NumPy 1.24 reads the list as the integers 0 and 1.
    bool flat_iterator_refuses_bool_lists = true;

    // A boolean array indexing a flat iterator is a mask of exactly a.size elements, as for a 1-D array (IndexError
    // otherwise), and a 0-d one is a Python bool. On: NumPy 1.24's iter_subscript_Bool / iter_ass_sub_Bool, a 1-D
    // mask of at most a.size elements selecting among the first ones (ValueError for a longer or other mask, a 0-d
    // one included); an assignment converts its value first and, when it is empty, checks no mask.
    bool flat_prefix_boolean_masks = false;

    // A 0-d index array of a flat iterator is what it holds (NumPy 2.4's prepare_index): an integer's one position
    // (one value only), a bool's it[True]/it[False]. Off: NumPy 1.24 reads a 0-d integer array as an index array
    // (its values written in turn) and refuses a 0-d boolean one (not 1-D).
    bool flat_zero_d_index_is_its_item = true;

    // np.sort's default kind of float32 and float64 and a partition with one kth of 16-, 32- or 64-bit numbers run
    // x86-simd-sort where NumPy 2 has it for the CPU (engine/src/x86_simd_sort.hpp): a stretch of up to this many
    // elements is sorted whole by its networks (measured), a longer one partitioned in vectors. 0: none for that
    // size (NumPy's introsort and introselect, as NumPy 1.24's always, but for the float32 sort below). With
    // AVX-512: 512, 512, 256 (16-bit needs AVX512_ICL); with AVX2: none, 256, 64.
    int simd_sort_networks_16bit_up_to = 512;
    int simd_sort_networks_32bit_up_to = 512;
    int simd_sort_networks_64bit_up_to = 256;
    // The bytes of the vectors it moves: 64 with AVX-512, 32 with AVX2 (which has no compress store and stores
    // permuted vectors instead); 0 where it does not run.
    int simd_sort_vector_bytes = 64;

    // np.dot with a 0-d operand outside BLAS's types (integers, bool) is np.multiply(a, b, out) (NumPy 2.4's
    // PyArray_MatrixProduct2). Off: NumPy 1.24 multiplies the two (a * b) and leaves out= alone, neither checked
    // nor written; the product is what np.dot returns.
    bool dot_multiplies_a_0d_operand_into_out = true;

    // a.astype(dtype, casting='same_value') (new in NumPy 2.4): an unsafe cast that raises ValueError where a value
    // does not survive it. Off: NumPy 1.24 knows no such rule (ValueError for the casting keyword).
    bool astype_casting_same_value = true;

    // NumPy 2's negative loop for 32- and 64-bit numbers mistakes an input stepping 4 (32-bit) or 8 (64-bit)
    // elements for a contiguous one where the output does not step one element, and reads the input's elements
    // one after another (engine/src/negative_loop.hpp). The width in bytes of the vectors that kernel moves: 16 at
    // NumPy's baseline, 32 with AVX2 (both measured), 64 with AVX512_SKX (inferred from NumPy's dispatch list);
    // 0: the loop reads what it should (NumPy 1.24).
    int negative_loop_vector_bytes = 64;

    // Whether that misreading kernel is also reached with an output stepping backwards. Before choosing a strided
    // kernel the loop asks npyv_storable_stride whether the output's step fits the CPU's scatter limit, dividing the
    // signed step by an unsigned itemsize: a negative step becomes a huge one. AVX512_SKX has a limit, so a backwards
    // output takes the scalar loop, which is right (measured on NumPy 2.4.6); AVX2 and the baseline have none.
    bool negative_loop_misreads_for_backward_outputs = false;

    // NumPy's nomemoverlap (loop_overlap.hpp), the test its SIMD loops make before a vector kernel: whether each
    // operand's range counts one step past its last item (NumPy 1.24: n steps from the start, so an output ending
    // just below its input overlaps it) or ends at the last item's first byte (NumPy 2: n - 1 steps). A loop that
    // finds its output overlapping an input takes its scalar kernel, which the engine repeats where it shows (bool
    // comparisons, complex products and absolute values, NumPy 2's float + and *; min/max ties come out the same).
    bool loop_overlap_spans_past_the_last_item = false;

    // How NumPy's ufunc iterator hands its loop an iteration it may buffer (an input that does not walk the whole
    // iteration with one stride, ufunc.cpp's numpy_buffered_runs). NumPy 2.4 picks a core by cost: growing it by an
    // axis costs a buffer for each operand that stops walking it with one stride, and it keeps the axis with the
    // least (1 + buffers) per element of its run, the run capped at the 8,192-element buffer where anything is
    // buffered (so x (4, 5) + y (5,) runs all 20 elements with y buffered, a column (3, 1) against (3, 5001) runs
    // row by row in place, a (2, 1) column against a (129,) row too: three buffers cost more than two rows gain;
    // read in nditer_constr.c, measured with float sums of NaNs and bool comparisons). Off, NumPy 1.24: runs of 8,192
    // elements from wherever the last ended, except that one whose elements all lie in the rest of the current row
    // takes that whole rest unbuffered (GROWINNER; measured with its AVX512F complex product: a (91, 91) product
    // buffers 8,192 elements and runs the last 89 in place, a (2, 8201) one runs row by row).
    bool buffered_iteration_picks_a_core = true;

    // A float32/float64 min or max reduction whose elements NumPy hands its loop as one contiguous run starts from
    // the first element, reduces the whole vectors of the rest (this many bytes each) and then a scalar tail: a NaN
    // met in the vectors (or a NaN first element) comes out as the positive quiet NaN the horizontal reduction
    // returns, one first met in the tail as it is; where 0.0 and -0.0 tie, the lanes and how they are halved decide
    // (64 bytes: the compiler's _mm512_reduce_max/min, the others NumPy's own; reduce_over_runs.cpp). 16 at NumPy's
    // baseline and 32 with AVX2 (both measured, both NumPys), 64 with AVX512_SKX (measured, both NumPys, on an
    // AVX-512 machine, 2026-12-06).
    int minmax_reduce_vector_bytes = 64;

    // The width of the vectors NumPy's universal-intrinsics loops move on a CPU with these targets: AVX512_SKX's
    // 64 bytes, AVX2's 32, the baseline's 16 (the negative and min/max reduction loops above).
    static constexpr int vector_bytes_of(simd_targets cpu) { return cpu.avx512_skx ? 64 : cpu.x86_v3 ? 32 : 16; }

    // The profiles of NumPy 2.x and NumPy 1.24 as they dispatch on a CPU with these targets (simd_targets.hpp).
    static constexpr semantics numpy_2(simd_targets cpu = simd_targets::avx512_icl_machine()) {
        semantics s;
        s.complex_products =
            cpu.x86_v3 || cpu.avx512f ? complex_product_fusion::everywhere : complex_product_fusion::nowhere;
        s.complex128_square_passes_imaginary_nan_first = cpu.x86_v3 || cpu.avx512f;
        s.complex_absolute = cpu.avx512f  ? complex_absolute_loop::simd_formula_forward_steps
                             : cpu.x86_v3 ? complex_absolute_loop::simd_formula
                                          : complex_absolute_loop::simd_formula_unfused;
        s.sort_canonicalises_float16_nan = cpu.avx512_icl;
        s.sort_canonicalises_float32_nan = s.sort_canonicalises_float64_nan = cpu.avx512_skx || cpu.x86_v3;
        s.sort_float16_negative_zero_first = cpu.avx512_icl;
        s.simd_sort_networks_16bit_up_to = cpu.avx512_icl ? 512 : 0;
        s.simd_sort_networks_32bit_up_to = cpu.avx512_skx ? 512 : cpu.x86_v3 ? 256 : 0;
        s.simd_sort_networks_64bit_up_to = cpu.avx512_skx ? 256 : cpu.x86_v3 ? 64 : 0;
        s.simd_sort_vector_bytes = cpu.avx512_skx ? 64 : cpu.x86_v3 ? 32 : 0;
        s.negative_loop_vector_bytes = s.minmax_reduce_vector_bytes = vector_bytes_of(cpu);
        s.negative_loop_misreads_for_backward_outputs = !cpu.avx512_skx;
        s.bool_xor_vector_block = vector_bytes_of(cpu);
        s.float_sum_product_tail_y_first_after_bytes = cpu.avx512_skx || cpu.x86_v3 ? 64 : 0;
        s.float_sum_product_baseline_order = !cpu.avx512_skx && !cpu.x86_v3;
        s.pairwise_sum_first_half_adds_second_first = cpu.x86_v3;
        s.complex_loops = cpu.x86_v3 ? complex_loop_build::numpy_2_x86_v3 : complex_loop_build::numpy_2_baseline;
        s.complex64_backward_inputs_take_scalar_kernel = cpu.x86_v3;
        return s;
    }
    static constexpr semantics numpy_1_24(simd_targets cpu = simd_targets::avx512_icl_machine()) {
        semantics s{.nep50_weak_python_scalars = false,
                    .integer_setitem_checks_bounds = false,
                    .copy_false_means_never = false,
                    .element_from_sequence_is_strict = false,
                    .fancy_setitem_copies_overlapping_value = false,
                    .fancy_setitem_copies_overlapping_index = false,
                    .unbroadcastable_comparison_raises = false,
                    .empty_result_checks_index_bounds = false,
                    .complex64_to_uint32_shortest_vector_run = 5,
                    .complex128_to_uint32_shortest_vector_run = 5,
                    .contiguous_casts_read_ahead = true,
                    .numpy_bool_is_an_integer = true,
                    .maxdims_axis_means_none = true,
                    .max_dimensions = 32,
                    .empty_array_truth_raises = false,
                    .numpy2_names = false,
                    .take_indices_cast_same_kind = false,
                    .put_into_empty_array_raises = false,
                    .inexact_clip_mode_is_error = false,
                    .invalid_integer_clip_mode_is_left_pending = false,
                    .take_along_axis_axis_defaults_to_last = false,
                    .along_axis_none_uses_array_of_flat = false,
                    .nonzero_of_0d_raises = false,
                    .max_iterator_operands = 32,
                    .broadcast_arrays_keeps_each_fitting_input = false,
                    .narrow_power_shortcuts = false,
                    .power_loop_takes_sqrt_of_half_exponent = false,
                    .unary_plus_requires_positive_loop = false,
                    .choose_out_written_as_contiguous = false,
                    .mixed_sign_integer_comparison_loops = false,
                    .sort_float16_negative_zero_first = false,
                    .ufunc_at_discards_copy_on_error = false,
                    .ufunc_at_resolves_loop_first = false,
                    .ufunc_at_fast_paths = false,
                    .buffered_zero_stride_output_is_one_cell = false,
                    .round_copies_in_order_k = false,
                    .accumulate_checks_out_writeable = false,
                    .reduction_initial_from_array_method = false,
                    .clip_compares_fixed_float_bounds = false,
                    .clip_wrapper_numpy2 = false,
                    .inplace_matmul = false,
                    .flat_iterator_refuses_bool_lists = false,
                    .flat_prefix_boolean_masks = true,
                    .flat_zero_d_index_is_its_item = false,
                    .simd_sort_networks_16bit_up_to = 0,
                    .simd_sort_networks_32bit_up_to = 0,
                    .simd_sort_networks_64bit_up_to = 0,
                    .simd_sort_vector_bytes = 0,
                    .dot_multiplies_a_0d_operand_into_out = false,
                    .astype_casting_same_value = false,
                    .negative_loop_vector_bytes = 0};
        s.complex_products = cpu.avx512f ? complex_product_fusion::outside_contiguous_vector_loop
                                         : complex_product_fusion::nowhere;
        s.complex64_backward_inputs_take_scalar_kernel = false;
        s.complex64_square_passes_imaginary_nan_first = s.complex128_square_passes_imaginary_nan_first = false;
        s.complex64_power_passes_imaginary_nan_first = false;
        s.complex_rint_passes_nan_bits = true;
        s.heapsort_kind_runs_the_default_sort = false;
        s.complex_absolute =
            cpu.avx512f ? complex_absolute_loop::simd_formula_forward_output : complex_absolute_loop::hypot;
        s.complex_running_products_fused = cpu.avx512f;
        s.complex_cross_products_y_first = false;
        s.complex_loops = complex_loop_build::numpy_1_24;
        s.bool_scalar_comparison_vector_block = cpu.avx512_skx ? 64 : cpu.x86_v3 ? 32 : 16;
        s.float_sum_product_tail_y_first_after_bytes = 0;
        s.pairwise_sum_first_half_adds_second_first = cpu.x86_v3 || cpu.avx512f;
        s.pairwise_sum_combines_r3_first = false;
        s.loop_overlap_spans_past_the_last_item = true;
        s.buffered_iteration_picks_a_core = false;
        s.remainder_of_nans_passes_larger_significand = false;
        s.sort_copies_back_then_swaps = true;
        s.sort_canonicalises_float16_nan = s.sort_canonicalises_float64_nan = false;
        s.sort_canonicalises_float32_nan = s.sort_float32_by_numpy_1_24_avx512_kernel = cpu.avx512_skx;
        s.minmax_reduce_vector_bytes = vector_bytes_of(cpu);
        return s;
    }

    friend bool operator==(const semantics&, const semantics&) = default;
};

// The profile in force for this process (numpy_2() unless set).
const semantics& active_semantics();
void set_active_semantics(const semantics& profile);

// Sets a profile for the lifetime of the guard (tests of one version's rules), then restores the previous one.
class scoped_semantics {
public:
    explicit scoped_semantics(const semantics& profile) : previous_(active_semantics()) { set_active_semantics(profile); }
    ~scoped_semantics() { set_active_semantics(previous_); }
    scoped_semantics(const scoped_semantics&) = delete;
    scoped_semantics& operator=(const scoped_semantics&) = delete;

private:
    semantics previous_;
};

}  // namespace engine
