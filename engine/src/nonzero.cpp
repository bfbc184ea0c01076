// nonzero and the functions NumPy builds on it: the positions are written once into a fresh (count, ndim)
// intp array and handed out as one strided view per dimension, as PyArray_Nonzero does.
#include "engine/nonzero.hpp"

#include <algorithm>

#include "engine/axis_views.hpp"
#include "engine/creation.hpp"
#include "engine/error.hpp"
#include "engine/kernels.hpp"
#include "engine/reshape.hpp"
#include "engine/semantics.hpp"
#include "engine/take.hpp"

namespace engine {

std::vector<array> nonzero(const array& given) {
    if (given->ndim() == 0 && active_semantics().nonzero_of_0d_raises)
        raise(error_category::value_error,
              "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
    const array a = given->ndim() == 0 ? atleast_1d(given) : given;
    const std::size_t nd = static_cast<std::size_t>(a->ndim());
    // The multi-index of every non-zero element, in C order.
    std::vector<std::int64_t> found;
    dims counter(nd, 0);
    const std::vector<scalar> values = flat_values(*a);
    for (const scalar& v : values) {
        if (v.cast_to(dtype::bool_).as_bool()) found.insert(found.end(), counter.begin(), counter.end());
        for (std::size_t d = nd; d-- > 0;) {
            if (++counter[d] < a->shape()[d]) break;
            counter[d] = 0;
        }
    }
    const std::int64_t count = static_cast<std::int64_t>(found.size() / nd);
    const array positions = ndarray::allocate(dtype::int64, {count, static_cast<std::int64_t>(nd)});
    std::copy(found.begin(), found.end(), reinterpret_cast<std::int64_t*>(positions->data()));
    std::vector<array> views;
    const std::int64_t stride = static_cast<std::int64_t>(nd) * 8;
    for (std::size_t i = 0; i < nd; ++i) {
        // An empty result's views all start at the (valid) beginning.
        const std::int64_t offset = count == 0 ? 0 : static_cast<std::int64_t>(i) * 8;
        views.push_back(ndarray::view_of(positions, dtype::int64, {count}, {stride}, offset));
    }
    return views;
}

array extract(const array& condition, const array& arr) {
    const array positions = nonzero(ravel(condition)).front();
    return take(ravel(arr), positions, std::nullopt, std::nullopt, clip_mode::raise);
}

array compress(const array& condition, const array& a, std::optional<std::int64_t> axis,
               const std::optional<array>& out) {
    if (condition->ndim() != 1) raise(error_category::value_error, "condition must be a 1-d array");
    return take(a, nonzero(condition).front(), axis, out, clip_mode::raise);
}

std::vector<array> ix(const std::vector<array>& args, const std::vector<bool>& given_as_array) {
    std::vector<array> out;
    const std::size_t nd = args.size();
    for (std::size_t k = 0; k < nd; ++k) {
        array index = args[k];
        if (!given_as_array[k] && index->size() == 0) index = astype(index, dtype::int64);
        if (index->ndim() != 1) raise(error_category::value_error, "Cross index must be 1 dimensional");
        if (index->type() == dtype::bool_) index = nonzero(index).front();
        dims shape(nd, 1);
        shape[k] = index->size();
        out.push_back(reshape(index, shape));
    }
    return out;
}

}  // namespace engine
