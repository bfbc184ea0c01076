// a.byteswap: PyArray_Byteswap. The swap of one element is its own inverse, so the order of the walk cannot show,
// only how many positions name each element.
#include "engine/byteswap.hpp"

#include <algorithm>

#include "engine/element_addresses.hpp"
#include "engine/kernels.hpp"

namespace engine {

array byteswap(const array& a, bool inplace) {
    if (inplace) a->require_writeable("array to be byte-swapped is read-only");
    const array target = inplace ? a : copy_of(*a, resolve_order_a(*a, order::A));
    const std::int64_t part = is_complex(a->type()) ? a->itemsize() / 2 : a->itemsize();
    if (part > 1)
        for (std::byte* element : element_addresses(*target))
            for (std::int64_t offset = 0; offset < a->itemsize(); offset += part)
                std::reverse(element + offset, element + offset + part);
    return target;
}

}  // namespace engine
