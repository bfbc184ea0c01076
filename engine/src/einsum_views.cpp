// The single-operand, index-only einsum: labels parsed as einsum.c.src parses them, the view built as
// get_single_op_view builds it (one output axis per output label, the strides of its input axes summed).
#include "engine/einsum_views.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "engine/error.hpp"

namespace engine {

std::optional<array> einsum_view(std::string_view subscripts, const array& a) {
    const std::size_t arrow = subscripts.find("->");
    const std::string_view input = subscripts.substr(0, arrow);
    if (input.find(',') != std::string_view::npos)
        raise(error_category::value_error, "more operands provided to einstein sum function than specified in the "
                                           "subscripts string");
    std::string labels;
    for (const char c : input) {
        if (c == ' ') continue;
        if (c == '.') raise(error_category::value_error, "einsum with '...' is outside the engine's subset");
        if (!std::isalpha(static_cast<unsigned char>(c)))
            raise(error_category::value_error, std::string("invalid subscript '") + c +
                                                   "' in einstein sum subscripts string, subscripts must be letters");
        labels.push_back(c);
    }
    if (static_cast<std::int64_t>(labels.size()) > a->ndim())
        raise(error_category::value_error, "einstein sum subscripts string contains too many subscripts for operand 0");
    if (static_cast<std::int64_t>(labels.size()) < a->ndim())
        raise(error_category::value_error, "operand has more dimensions than subscripts given in einstein sum, but no "
                                           "'...' ellipsis provided to broadcast the extra dimensions.");
    std::string output;
    if (arrow == std::string_view::npos) {
        // Implicit output: the labels that appear once, in alphabetical (character) order.
        for (const char c : labels)
            if (std::count(labels.begin(), labels.end(), c) == 1) output.push_back(c);
        std::sort(output.begin(), output.end());
    } else {
        for (const char c : subscripts.substr(arrow + 2)) {
            if (c == ' ') continue;
            if (!std::isalpha(static_cast<unsigned char>(c)))
                raise(error_category::value_error, std::string("invalid subscript '") + c +
                                                       "' in einstein sum subscripts string, subscripts must be letters");
            if (output.find(c) != std::string::npos)
                raise(error_category::value_error, std::string("einstein sum subscripts string includes output "
                                                               "subscript '") + c + "' multiple times");
            if (labels.find(c) == std::string::npos)
                raise(error_category::value_error, std::string("einstein sum subscripts string included output "
                                                               "subscript '") + c + "' which never appeared in an input");
            output.push_back(c);
        }
    }
    // get_single_op_view: axis by axis, a label missing from the output means a sum (no view); a repeated
    // label must cover axes of one length, where a length seen as 0 so far does not count yet.
    dims shape(output.size(), 0), strides(output.size(), 0);
    for (std::size_t axis = 0; axis < labels.size(); ++axis) {
        const std::size_t i = output.find(labels[axis]);
        if (i == std::string::npos) return std::nullopt;
        const std::int64_t extent = a->shape()[axis];
        if (shape[i] != 0 && shape[i] != extent)
            raise(error_category::value_error, "dimensions in single operand for collapsing index '" +
                                                   std::string(1, labels[axis]) + "' don't match (" +
                                                   std::to_string(shape[i]) + " != " + std::to_string(extent) + ")");
        shape[i] = extent;
        strides[i] += a->strides()[axis];
    }
    return ndarray::view_of(a, a->type(), shape, strides);
}

}  // namespace engine
