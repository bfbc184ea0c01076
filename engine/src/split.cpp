// The split family's arithmetic and views, in the order NumPy's Python code takes its steps.
#include "engine/split.hpp"

#include "engine/axis_views.hpp"
#include "engine/error.hpp"
#include "engine/index.hpp"

namespace engine {

dims equal_division_points(std::int64_t total, std::int64_t sections) {
    if (sections <= 0) raise(error_category::value_error, "number sections must be larger than 0.");
    // Python's divmod of a non-negative length by a positive count.
    const std::int64_t each = total / sections, extras = total % sections;
    dims points{0};
    for (std::int64_t i = 0; i < sections; ++i) points.push_back(points.back() + each + (i < extras ? 1 : 0));
    return points;
}

void check_equal_division(std::int64_t total, std::int64_t sections) {
    if (sections == 0) raise(error_category::zero_division_error, "integer modulo by zero");
    if (total % sections != 0) raise(error_category::value_error, "array split does not result in an equal division");
}

std::vector<array> split_at(const array& a, const std::vector<std::optional<std::int64_t>>& points,
                            std::int64_t axis) {
    std::vector<array> parts;
    const array along_first = swapaxes(a, axis, 0);
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const array part = getitem_array(along_first, {slice_spec{points[i], points[i + 1], std::nullopt}});
        parts.push_back(swapaxes(part, axis, 0));
    }
    return parts;
}

}  // namespace engine
