// broadcast_arrays and sliding_window_view as numpy/lib/_stride_tricks_impl.py builds them from
// broadcast_to's nditer view and from as_strided.
#include "engine/stride_tricks.hpp"

#include <string>

#include "engine/broadcast.hpp"
#include "engine/error.hpp"
#include "engine/layout.hpp"
#include "engine/semantics.hpp"
#include "engine/shape_ops.hpp"

namespace engine {

namespace {

// _broadcast_to(array, shape, readonly=False): the nditer view, writeable again when the input is.
array writeable_broadcast(const array& a, const dims& shape) {
    const array view = broadcast_to(a, shape);
    if (a->writeable()) {
        view->set_writeable(true);
        view->mark_warn_on_write();
    }
    return view;
}

}  // namespace

std::vector<array> broadcast_arrays(const std::vector<array>& args) {
    std::vector<dims> shapes;
    for (const array& a : args) shapes.push_back(a->shape());
    const dims shape = broadcast_shapes(shapes);
    std::vector<array> result;
    const bool keep_each = active_semantics().broadcast_arrays_keeps_each_fitting_input;
    bool all_fit = true;
    for (const array& a : args) all_fit = all_fit && a->shape() == shape;
    for (const array& a : args)
        result.push_back((keep_each ? a->shape() == shape : all_fit) ? a : writeable_broadcast(a, shape));
    return result;
}

array sliding_window_view(const array& x, const dims& window_shape, const std::optional<dims>& axes,
                          bool writeable) {
    for (const std::int64_t w : window_shape)
        if (w < 0) raise(error_category::value_error, "`window_shape` cannot contain negative values");
    dims along;
    if (!axes) {
        for (std::int64_t i = 0; i < x->ndim(); ++i) along.push_back(i);
        if (window_shape.size() != along.size())
            raise(error_category::value_error,
                  "Since axis is `None`, must provide window_shape for all dimensions of `x`; got " +
                      std::to_string(window_shape.size()) + " window_shape elements and `x.ndim` is " +
                      std::to_string(x->ndim()) + ".");
    } else {
        for (const std::int64_t axis : *axes) along.push_back(normalize_axis(axis, x->ndim()));
        if (window_shape.size() != along.size())
            raise(error_category::value_error, "Must provide matching length window_shape and axis; got " +
                                                   std::to_string(window_shape.size()) +
                                                   " window_shape elements and " + std::to_string(along.size()) +
                                                   " axes elements.");
    }
    dims strides = x->strides();
    for (const std::int64_t axis : along) strides.push_back(x->strides()[axis]);
    dims shape = x->shape();
    for (std::size_t i = 0; i < along.size(); ++i) {
        if (shape[along[i]] < window_shape[i])
            raise(error_category::value_error, "window shape cannot be larger than input array shape");
        shape[along[i]] -= window_shape[i] - 1;
    }
    shape.insert(shape.end(), window_shape.begin(), window_shape.end());
    return as_strided(x, shape, strides, writeable);
}

}  // namespace engine
