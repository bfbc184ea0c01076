// The single-operand, index-only einsum: labels parsed as einsum.c.src parses them (an ellipsis standing for the
// axes no letter names), the view built as get_single_op_view builds it (one output axis per output label, the
// strides of its input axes summed).
#include "engine/einsum_views.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "engine/error.hpp"

namespace engine {

namespace {

[[noreturn]] void invalid_subscript(char c) {
    raise(error_category::value_error, std::string("invalid subscript '") + c +
                                           "' in einstein sum subscripts string, subscripts must be letters");
}

bool is_label(char c) { return c > 0 && std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Whether the '.' at s[i] begins an ellipsis ('...'), i moved onto its last dot (NumPy's check, for the operand's
// subscripts and the output's alike).
bool reads_ellipsis(std::string_view s, std::size_t& i) { return i + 2 < s.size() && s[++i] == '.' && s[++i] == '.'; }

// No view (a label is summed): NumPy goes on to the sum, whose first step (get_combined_dims_view) checks that a
// repeated label covers axes of the length of its first one.
std::nullopt_t no_view(const std::string& labels, const array& a) {
    for (std::size_t axis = 0; axis < labels.size(); ++axis) {
        const std::size_t first = labels[axis] == '\0' ? axis : labels.find(labels[axis]);
        if (first == axis) continue;
        const std::int64_t expected = a->shape()[first], extent = a->shape()[axis];
        if (expected != extent)
            raise(error_category::value_error, "dimensions in operand 0 for collapsing index '" +
                                                   std::string(1, labels[axis]) + "' don't match (" +
                                                   std::to_string(expected) + " != " + std::to_string(extent) + ")");
    }
    return std::nullopt;
}

}  // namespace

std::optional<array> einsum_view(std::string_view subscripts, const array& a) {
    // The operand's subscripts run to the first ',' or '-' (strcspn); a ',' means a second operand.
    const std::size_t length = std::min(subscripts.find_first_of(",-"), subscripts.size());
    if (length < subscripts.size() && subscripts[length] == ',')
        raise(error_category::value_error, "more operands provided to einstein sum function than specified in the "
                                           "subscripts string");
    const std::string_view input = subscripts.substr(0, length);
    // parse_operand_subscripts: one label per axis, 0 for the axes an ellipsis stands for.
    const auto ndim = static_cast<std::size_t>(a->ndim());
    std::string labels;
    std::array<int, 128> counts{};
    std::optional<std::size_t> ellipsis;
    for (std::size_t i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (is_label(c)) {
            if (labels.size() >= ndim)
                raise(error_category::value_error, "einstein sum subscripts string contains too many subscripts for "
                                                   "operand 0");
            labels.push_back(c);
            ++counts[static_cast<std::size_t>(c)];
        } else if (c == '.') {
            if (ellipsis || !reads_ellipsis(input, i))
                raise(error_category::value_error, "einstein sum subscripts string contains a '.' that is not part of "
                                                   "an ellipsis ('...') in operand 0");
            ellipsis = labels.size();
        } else if (c != ' ') {
            invalid_subscript(c);
        }
    }
    if (!ellipsis && labels.size() != ndim)
        raise(error_category::value_error, "operand has more dimensions than subscripts given in einstein sum, but no "
                                           "'...' ellipsis provided to broadcast the extra dimensions.");
    const std::size_t broadcast = ndim - labels.size();
    if (ellipsis) labels.insert(*ellipsis, broadcast, '\0');
    // The output: after '->' as written (its ellipsis standing for the broadcast axes), or without one the
    // broadcast axes first and then each label that appears once, in character order.
    const std::string_view rest = subscripts.substr(length);
    std::string output;
    if (rest.empty()) {
        output.assign(broadcast, '\0');
        for (std::size_t c = 0; c < counts.size(); ++c)
            if (counts[c] == 1) output.push_back(static_cast<char>(c));
    } else {
        if (rest.size() < 2 || rest[0] != '-' || rest[1] != '>')
            raise(error_category::value_error, "einstein sum subscript string does not contain proper '->' output "
                                               "specified");
        const std::string_view out = rest.substr(2);
        bool out_ellipsis = false;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const char c = out[i];
            if (is_label(c)) {
                if (out.find(c, i + 1) != std::string_view::npos)
                    raise(error_category::value_error, std::string("einstein sum subscripts string includes output "
                                                                   "subscript '") + c + "' multiple times");
                if (counts[static_cast<std::size_t>(c)] == 0)
                    raise(error_category::value_error, std::string("einstein sum subscripts string included output "
                                                                   "subscript '") +
                                                           c + "' which never appeared in an input");
                output.push_back(c);
            } else if (c == '.') {
                if (out_ellipsis || !reads_ellipsis(out, i))
                    raise(error_category::value_error, "einstein sum subscripts string contains a '.' that is not part "
                                                       "of an ellipsis ('...') in the output");
                out_ellipsis = true;
                output.append(broadcast, '\0');
            } else if (c != ' ') {
                invalid_subscript(c);
            }
        }
        if (!out_ellipsis && broadcast > 0)
            raise(error_category::value_error, "output has more dimensions than subscripts given in einstein sum, but "
                                               "no '...' ellipsis provided to broadcast the extra dimensions.");
    }
    // get_single_op_view, axis by axis: a broadcast axis to the next broadcast place of the output, a label to its
    // place (its strides summed where it repeats, over axes of one length: a length seen as 0 so far does not count
    // yet); a label missing from the output means a sum (no view).
    dims shape(output.size(), 0), strides(output.size(), 0);
    std::size_t next_broadcast = 0;
    for (std::size_t axis = 0; axis < ndim; ++axis) {
        const std::int64_t extent = a->shape()[axis];
        if (labels[axis] == '\0') {
            next_broadcast = output.find('\0', next_broadcast);
            shape[next_broadcast] = extent;
            strides[next_broadcast] = a->strides()[axis];
            ++next_broadcast;
            continue;
        }
        const std::size_t i = output.find(labels[axis]);
        if (i == std::string::npos) return no_view(labels, a);
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
