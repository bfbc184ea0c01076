// NumPy's array_toscalar (methods.c) and PyArray_MultiIndexGetItem: the argument count picks the form, every
// argument is converted, and only then are the positions checked against the shape.
#include "engine/item.hpp"

#include <string>
#include <vector>

#include "engine/error.hpp"

namespace engine {

index_expr item_position(const ndarray& a, std::size_t count, const std::function<std::int64_t(std::size_t)>& index_at) {
    const dims& shape = a.shape();
    const std::size_t ndim = shape.size();
    index_expr position;
    if (count == 0) {
        if (a.size() != 1) raise(error_category::value_error, "can only convert an array of size 1 to a Python scalar");
        position.assign(ndim, std::int64_t{0});
    } else if (count == 1 && ndim != 1) {
        // C-order flat indexing (check_and_adjust_index with no axis).
        const std::int64_t size = a.size();
        const std::int64_t requested = index_at(0);
        std::int64_t flat = requested < 0 ? requested + size : requested;
        if (flat < 0 || flat >= size) {
            raise(error_category::index_error,
                  "index " + std::to_string(requested) + " is out of bounds for size " + std::to_string(size));
        }
        position.resize(ndim);
        for (std::size_t axis = ndim; axis-- > 0;) {
            position[axis] = flat % shape[axis];
            flat /= shape[axis];
        }
    } else if (count == ndim) {
        std::vector<std::int64_t> requested(ndim);
        for (std::size_t axis = 0; axis < ndim; ++axis) requested[axis] = index_at(axis);
        for (std::size_t axis = 0; axis < ndim; ++axis) {
            const std::int64_t i = requested[axis] < 0 ? requested[axis] + shape[axis] : requested[axis];
            if (i < 0 || i >= shape[axis]) {
                raise(error_category::index_error, "index " + std::to_string(requested[axis]) +
                                                       " is out of bounds for axis " + std::to_string(axis) +
                                                       " with size " + std::to_string(shape[axis]));
            }
            position.push_back(i);
        }
    } else {
        raise(error_category::value_error, "incorrect number of indices for array");
    }
    return position;
}

scalar item(const array& a, std::size_t count, const std::function<std::int64_t(std::size_t)>& index_at) {
    return std::get<scalar>(getitem(a, item_position(*a, count, index_at)));
}

}  // namespace engine
