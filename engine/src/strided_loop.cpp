// Dimension coalescing for multi-operand strided loops. Merging (i, i+1) is valid when, for every operand,
// one step along dim i equals a whole run along dim i+1; the merged dimension then behaves as one long run.
#include "engine/strided_loop.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace engine {

strided_iteration coalesce(const dims& shape, const std::vector<dims>& strides) {
    strided_iteration it;
    it.strides.resize(strides.size());
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == 1) continue;
        it.shape.push_back(shape[i]);
        for (std::size_t k = 0; k < strides.size(); ++k) it.strides[k].push_back(strides[k][i]);
    }
    // From the innermost dimension outward, so that a merged pair can merge again with its outer neighbour.
    for (std::size_t i = it.shape.size(); i-- > 1;) {
        bool mergeable = true;
        for (const auto& st : it.strides)
            if (st[i - 1] != st[i] * it.shape[i]) mergeable = false;
        if (!mergeable) continue;
        it.shape[i - 1] *= it.shape[i];
        it.shape.erase(it.shape.begin() + static_cast<std::ptrdiff_t>(i));
        for (auto& st : it.strides) {
            st[i - 1] = st[i];
            st.erase(st.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    return it;
}

strided_iteration coalesce_in_memory_order(const dims& shape, const std::vector<dims>& strides) {
    std::vector<std::size_t> axes(shape.size());
    std::iota(axes.begin(), axes.end(), std::size_t{0});
    std::stable_sort(axes.begin(), axes.end(), [&](std::size_t x, std::size_t y) {
        return std::abs(strides[0][x]) > std::abs(strides[0][y]);
    });
    dims sorted_shape;
    std::vector<dims> sorted(strides.size());
    for (const std::size_t axis : axes) {
        sorted_shape.push_back(shape[axis]);
        for (std::size_t k = 0; k < strides.size(); ++k) sorted[k].push_back(strides[k][axis]);
    }
    return coalesce(sorted_shape, sorted);
}

}  // namespace engine
