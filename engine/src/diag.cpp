// np.diag (numpy/lib/_twodim_base_impl.py): extraction defers to diagonal(), construction writes the input
// through a strided view of a fresh zero matrix, as NumPy's `res[:n-k].flat[i::n+1] = v` does.
#include "engine/diag.hpp"

#include "engine/axis_views.hpp"
#include "engine/error.hpp"
#include "engine/index.hpp"

namespace engine {

array diag(const array& v, std::int64_t k) {
    if (v->ndim() == 2) return diagonal(v, k);
    if (v->ndim() != 1) raise(error_category::value_error, "Input must be 1- or 2-d.");
    const std::int64_t length = v->shape()[0];
    const std::int64_t steps = k >= 0 ? k : -k;
    const std::int64_t n = length + steps;
    const array result = ndarray::allocate(v->type(), {n, n});
    result->set_descriptor(v->descriptor());  // np.zeros((n, n), v.dtype): v's descriptor itself
    // Row 0, column k for k >= 0; row -k, column 0 below the main diagonal; one step is a row plus a column.
    const std::int64_t row_bytes = n * result->itemsize();
    const std::int64_t start = k >= 0 ? k * result->itemsize() : steps * row_bytes;
    const array on_diagonal =
        ndarray::view_of(result, v->type(), {length}, {row_bytes + result->itemsize()}, start);
    setitem(on_diagonal, {ellipsis_index{}}, v);
    return result;
}

}  // namespace engine
