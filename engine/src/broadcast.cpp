// Broadcasting: right-aligned dimension matching where 1 stretches, as in NumPy's broadcasting rules.
// Used by arithmetic, setitem values, broadcast_to and advanced-index arrays alike.
#include "engine/broadcast.hpp"

#include <algorithm>

#include "engine/error.hpp"

namespace engine {

void check_stretches_to(const dims& shape, const dims& target, std::string_view what) {
    bool fits = shape.size() <= target.size();
    for (std::size_t i = 0; fits && i < shape.size(); ++i) {
        const std::int64_t extent = target[target.size() - shape.size() + i];
        fits = shape[i] == extent || shape[i] == 1;
    }
    if (!fits)
        raise(error_category::value_error, "could not broadcast " + std::string(what) + " from shape " +
                                               shape_text(shape) + " into shape " + shape_text(target));
}

std::string shape_text(const dims& shape) {
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i) s += ",";
        s += std::to_string(shape[i]);
    }
    if (shape.size() == 1) s += ",";
    return s + ")";
}

dims broadcast_shapes(const std::vector<dims>& shapes) {
    std::size_t ndim = 0;
    for (const auto& s : shapes) ndim = std::max(ndim, s.size());
    dims result(ndim, 1);
    for (const auto& s : shapes) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            auto& r = result[ndim - s.size() + i];
            const auto d = s[i];
            if (d == r || d == 1) continue;
            if (r == 1) { r = d; continue; }
            std::string msg = "operands could not be broadcast together with shapes";
            for (const auto& t : shapes) msg += " " + shape_text(t);
            raise(error_category::value_error, msg);
        }
    }
    return result;
}

dims broadcast_strides(const dims& shape, const dims& strides, const dims& target) {
    if (shape.size() > target.size())
        raise(error_category::value_error, "input operand has more dimensions than allowed by the axis remapping");
    dims out(target.size(), 0);
    const std::size_t lead = target.size() - shape.size();
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == target[lead + i]) out[lead + i] = strides[i];
        else if (shape[i] == 1) out[lead + i] = 0;
        else
            raise(error_category::value_error, "operands could not be broadcast together with remapped shapes [original->remapped]: " +
                                                   shape_text(shape) + "  and requested shape " + shape_text(target));
    }
    return out;
}

}  // namespace engine
