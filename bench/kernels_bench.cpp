// The engine's element kernels timed through its public API on float64 data of 10^3 ... 10^8 elements, one
// benchmark per kernel and size; bench/numpy_kernels.py times NumPy's equivalents (same names, same shapes).
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <string>
#include <variant>

#include "engine/axis_views.hpp"
#include "engine/creation.hpp"
#include "engine/index.hpp"
#include "engine/kernels.hpp"
#include "engine/reshape.hpp"
#include "engine/scalar.hpp"
#include "engine/ufunc.hpp"

namespace {

using engine::array;
using engine::dims;

// The shapes of every size: 1-D, a 2-D matrix and a 3-D block holding the same number of elements.
// bench/numpy_kernels.py repeats this table.
struct size_shapes {
    std::int64_t elements;
    dims matrix;
    dims block;
};

constexpr std::array<std::int64_t, 6> size_exponents{3, 4, 5, 6, 7, 8};

size_shapes shapes_for(int exponent) {
    switch (exponent) {
        case 3: return {1'000, {25, 40}, {10, 10, 10}};
        case 4: return {10'000, {100, 100}, {20, 20, 25}};
        case 5: return {100'000, {250, 400}, {40, 50, 50}};
        case 6: return {1'000'000, {1'000, 1'000}, {100, 100, 100}};
        case 7: return {10'000'000, {2'500, 4'000}, {200, 200, 250}};
        default: return {100'000'000, {10'000, 10'000}, {400, 500, 500}};
    }
}

// Distinct, non-trivial values (not a constant the loops could shortcut), made once per benchmark.
array values(const dims& shape) {
    std::int64_t n = 1;
    for (const auto extent : shape) n *= extent;
    const array flat = engine::arange(engine::make_float64(0.0), engine::make_float64(static_cast<double>(n)),
                                      engine::make_float64(1.0), engine::dtype::float64);
    return engine::reshape(flat, shape);
}

void count_bytes(benchmark::State& state, std::int64_t elements, int arrays_touched) {
    state.SetBytesProcessed(state.iterations() * elements * 8 * arrays_touched);
    state.counters["elements"] = static_cast<double>(elements);
}

// b = a.copy(): 1-D contiguous.
void contiguous_copy(benchmark::State& state) {
    const size_shapes s = shapes_for(static_cast<int>(state.range(0)));
    const array a = values({s.elements});
    for (auto _ : state) benchmark::DoNotOptimize(engine::copy(a, engine::order::C));
    count_bytes(state, s.elements, 2);
}

// b = a.T.copy(): a C-order copy of a transposed matrix.
void transposed_copy(benchmark::State& state) {
    const size_shapes s = shapes_for(static_cast<int>(state.range(0)));
    const array t = engine::transpose(values(s.matrix));
    for (auto _ : state) benchmark::DoNotOptimize(engine::copy(t, engine::order::C));
    count_bytes(state, s.elements, 2);
}

// b = a.transpose(2, 0, 1).copy(): a C-order copy of a permuted 3-D block.
void permuted_copy_3d(benchmark::State& state) {
    const size_shapes s = shapes_for(static_cast<int>(state.range(0)));
    const array p = engine::transpose(values(s.block), dims{2, 0, 1});
    for (auto _ : state) benchmark::DoNotOptimize(engine::copy(p, engine::order::C));
    count_bytes(state, s.elements, 2);
}

// c = a + b: 1-D contiguous.
void add(benchmark::State& state) {
    const size_shapes s = shapes_for(static_cast<int>(state.range(0)));
    const array a = values({s.elements});
    const array b = values({s.elements});
    for (auto _ : state) benchmark::DoNotOptimize(engine::apply(engine::binary_op::add, a, b));
    count_bytes(state, s.elements, 3);
}

// c = a.T + b: a transposed matrix plus a C-order one.
void transposed_add(benchmark::State& state) {
    const size_shapes s = shapes_for(static_cast<int>(state.range(0)));
    const dims flipped{s.matrix[1], s.matrix[0]};
    const array t = engine::transpose(values(s.matrix));
    const array b = values(flipped);
    for (auto _ : state) benchmark::DoNotOptimize(engine::apply(engine::binary_op::add, t, b));
    count_bytes(state, s.elements, 3);
}

// b += a: 1-D contiguous, in place.
void inplace_add(benchmark::State& state) {
    const size_shapes s = shapes_for(static_cast<int>(state.range(0)));
    const array a = values({s.elements});
    const array b = values({s.elements});
    for (auto _ : state) engine::apply_inplace(engine::binary_op::add, b, a);
    count_bytes(state, s.elements, 3);
}

// a[1:] = a[:-1]: an overlapping 1-D assignment (NumPy walks it backwards, without a temporary).
void overlapping_assign(benchmark::State& state) {
    const size_shapes s = shapes_for(static_cast<int>(state.range(0)));
    const array a = values({s.elements});
    const array tail = engine::getitem_array(a, {engine::slice_spec{1, std::nullopt, std::nullopt}});
    const array head = engine::getitem_array(a, {engine::slice_spec{std::nullopt, -1, std::nullopt}});
    for (auto _ : state) engine::assign(*tail, *head);
    count_bytes(state, s.elements, 2);
}

// Every size; the 10^8 rows run few iterations (each moves gigabytes).
void sizes(benchmark::internal::Benchmark* b) {
    b->ArgName("log10_elements");
    for (const auto exponent : size_exponents) b->Arg(exponent);
    b->Unit(benchmark::kMicrosecond);
}

}  // namespace

BENCHMARK(contiguous_copy)->Apply(sizes);
BENCHMARK(transposed_copy)->Apply(sizes);
BENCHMARK(permuted_copy_3d)->Apply(sizes);
BENCHMARK(add)->Apply(sizes);
BENCHMARK(transposed_add)->Apply(sizes);
BENCHMARK(inplace_add)->Apply(sizes);
BENCHMARK(overlapping_assign)->Apply(sizes);

BENCHMARK_MAIN();
