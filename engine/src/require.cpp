// np.require as numpy/_core/_asarray.py writes it, over the engine's np.array.
#include "engine/require.hpp"

#include "engine/creation.hpp"
#include "engine/error.hpp"

namespace engine {

array require(const nested& obj, std::optional<dtype> t, const requirements& wanted, const descriptor_handle& descriptor) {
    if (wanted.c_order && wanted.f_order) raise(error_category::value_error, "Cannot specify both \"C\" and \"F\" order");
    const order o = wanted.c_order ? order::C : wanted.f_order ? order::F : order::A;
    const array arr = array_from(obj, t, copy_mode::if_needed, o, descriptor);
    if ((wanted.writeable && !arr->writeable()) || (wanted.owndata && !arr->owndata()) ||
        (wanted.aligned && !arr->aligned()))
        return copy(arr, o);
    return arr;
}

}  // namespace engine
