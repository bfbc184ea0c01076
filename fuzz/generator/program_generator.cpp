// Random case programs built statement by statement from the arrays bound: weights favour deep view chains,
// mixed basic/advanced indices, orders C/F/A/K, odd strides and statements that raise.
#include "generator/program_generator.hpp"

// Decisions are taken one per statement, or sequenced by ?: && ||, never two in one `+` chain or argument
// list: C++ leaves those unordered (g++ and clang do differ), and an input must decode to the same program
// in every build, or corpus inputs and reproducers would mean different programs in the fuzz and dev builds.

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>

namespace fuzzing {

namespace {

// Names after "complex128" were added later (appended, so earlier inputs keep decoding to their dtypes' places);
// longlong and ulonglong are int64 and uint64 of C type long long, built-in descriptors of their own.
const std::vector<std::string> dtype_names = {"bool_",   "int8",      "int16",      "int32",   "int64",
                                              "uint8",   "uint16",    "uint32",     "uint64",  "float32",
                                              "float64", "complex64", "complex128", "float16", "intp",
                                              "uintp",   "int_",      "longlong",   "ulonglong"};

// Bool and integer dtypes: their arithmetic is exact, so NumPy's order of summing products (BLAS) cannot show, and
// their equal elements are identical. (Float sums and products follow NumPy's reduction runs in the engine, so they
// are generated for every dtype.)
bool holds_exact_values(const std::string& dtype) {
    return dtype == "bool" || dtype.starts_with("int") || dtype.starts_with("uint");
}

std::int64_t product(std::span<const std::int64_t> shape) {
    std::int64_t n = 1;
    for (auto d : shape) n *= d;
    return n;
}

std::string join(const std::vector<std::string>& parts, const char* sep = ", ") {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
    return out;
}

// The element count of the broadcast of two shapes, or nothing when they do not broadcast (NumPy raises
// before allocating anything then, so such a pair is always safe to generate).
std::optional<std::int64_t> broadcast_elements(std::span<const std::int64_t> a, std::span<const std::int64_t> b) {
    std::int64_t elements = 1;
    for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
        const std::int64_t x = i < a.size() ? a[a.size() - 1 - i] : 1;
        const std::int64_t y = i < b.size() ? b[b.size() - 1 - i] : 1;
        if (x != y && x != 1 && y != 1) return std::nullopt;
        elements *= x == 1 ? y : x;
    }
    return elements;
}

std::string int_text(std::int64_t value) { return std::to_string(value); }

// The array an operand's text names: `s` itself or its reversed view, another bound array, or none (a scalar).
const live_array* array_of_operand(const live_array& s, const std::string& text, const generation_context& context) {
    return text == s.name || text == s.name + "[::-1]" ? &s : context.array_named(text);
}

}  // namespace

std::string shape_literal(std::span<const std::int64_t> shape) {
    std::vector<std::string> parts;
    for (auto d : shape) parts.push_back(int_text(d));
    if (parts.size() == 1) return "(" + parts[0] + ",)";
    return "(" + join(parts) + ")";
}

std::string program_generator::dtype_text() {
    if (choices_.chance(8)) return choices_.pick({"float", "int", "bool", "complex"});
    if (choices_.chance(6)) {  // a type code with a byte order: '>' is the swapped order on this machine
        const std::string order = choices_.pick({">", ">", "<", "=", "|", ""});
        // 'q' and 'Q' (appended): C long long, int64 and uint64 with built-in descriptors of their own.
        return "'" + order +
               choices_.pick({"i2", "i4", "i8", "u2", "u4", "u8", "f2", "f4", "f8", "c8", "c16", "i1", "b1", "q",
                              "Q"}) +
               "'";
    }
    const auto& n = choices_.pick(dtype_names);
    return choices_.chance(25) ? "'" + (n == "bool_" ? std::string("bool") : n) + "'" : "np." + n;
}

std::string program_generator::order_text(bool with_k) {
    // K twice: it is the order that keeps odd strides' layout, where copies most often go wrong.
    return with_k ? choices_.pick({"'C'", "'F'", "'A'", "'K'", "'K'"}) : choices_.pick({"'C'", "'F'", "'A'"});
}

std::string program_generator::new_or_reused_name(const generation_context& context) {
    if (static_cast<int>(context.bound_names.size()) < limits_.max_names && !choices_.chance(15)) {
        for (int i = 0;; ++i) {
            std::string candidate = "v" + int_text(i);
            if (std::find(context.bound_names.begin(), context.bound_names.end(), candidate) ==
                context.bound_names.end())
                return candidate;
        }
    }
    return context.bound_names.empty() ? "v0" : choices_.pick(context.bound_names);
}

// The other operand of a binary operation or the value of a write: another array when its broadcast with
// `source` stays small (or fails, which raises) and no uninitialised value would matter, else a scalar.
// Uninitialised values must not flow: a 0-d operand's value decides the result dtype next to an array
// (value-based casting), so NumPy itself would answer differently from run to run; and garbage written into
// another array could escape the runner's masking.
std::string program_generator::operand_for(const live_array& source, const generation_context& context) {
    const live_array& other = choices_.pick(context.arrays);
    const auto elements = broadcast_elements(source.shape, other.shape);
    const bool small = !elements || *elements <= limits_.max_elements;
    const bool known = other.values_known && (source.values_known || !source.shape.empty());
    return small && known ? other.name : scalar_value();
}

program_generator::shape_t program_generator::factorised_shape(std::int64_t size) {
    // Splits `size` into up to 4 factors, sometimes inserting length-1 axes.
    shape_t shape;
    std::int64_t rest = size;
    const int ndim = static_cast<int>(choices_.between(0, std::min(limits_.max_dims, 4)));
    for (int i = 0; i + 1 < ndim; ++i) {
        std::vector<std::int64_t> divisors;
        for (std::int64_t d = 1; d <= rest; ++d)
            if (rest % d == 0) divisors.push_back(d);
        const auto d = divisors.empty() ? 0 : choices_.pick(divisors);
        shape.push_back(d);
        if (d != 0) rest /= d;
    }
    if (ndim > 0 || rest != 1) shape.push_back(rest);
    return shape;
}

program_generator::shape_t program_generator::random_shape(std::int64_t max_elements) {
    // The number of dimensions, 0 to 6, each drawn with the weight at its position.
    const int ndim = static_cast<int>(choices_.weighted(std::array<unsigned, 7>{3, 10, 14, 10, 4, 2, 1}));
    shape_t shape;
    std::int64_t total = 1;
    for (int i = 0; i < std::min(ndim, limits_.max_dims); ++i) {
        std::int64_t d = choices_.chance(4) ? 0 : choices_.chance(15) ? 1 : choices_.between(2, 5);
        if (d > 0 && total * d > max_elements) d = 1;
        shape.push_back(d);
        total *= std::max<std::int64_t>(d, 1);
    }
    return shape;
}

std::string program_generator::slice_text(std::int64_t extent) {
    auto bound = [&] { return int_text(choices_.between(-extent - 2, extent + 2)); };
    std::string start = choices_.chance(50) ? bound() : "";
    std::string stop = choices_.chance(50) ? bound() : "";
    if (choices_.chance(50)) {
        const std::int64_t step = choices_.chance(3) ? 0 : choices_.pick<std::int64_t>({-3, -2, -1, -1, 1, 2, 3});
        return start + ":" + stop + ":" + int_text(step);
    }
    return start + ":" + stop;
}

std::string program_generator::axis_text(std::size_t ndim) {
    // Mostly a valid axis, negative as often as not; sometimes one past either end (AxisError).
    const auto n = static_cast<std::int64_t>(ndim);
    return int_text(choices_.chance(10) ? choices_.pick<std::int64_t>({n, -n - 1})
                                        : choices_.between(-n, std::max<std::int64_t>(n - 1, 0)));
}

std::string program_generator::basic_index(const shape_t& shape) {
    std::vector<std::string> items;
    bool ellipsis = false;
    const std::size_t count =
        shape.empty() ? choices_.between(0, 1) : choices_.between(1, shape.size() + (choices_.chance(10) ? 1 : 0));
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t extent = i < shape.size() ? shape[i] : 1;
        const auto new_axis = [&] { items.push_back(choices_.chance(50) ? "None" : "np.newaxis"); };
        one_of(weighted{4, [&] {
                   items.push_back(int_text(choices_.between(-extent - (choices_.chance(10) ? 1 : 0),
                                                             std::max<std::int64_t>(extent - 1, 0))));
               }},
               weighted{7, [&] { items.push_back(slice_text(extent)); }},
               weighted{1, [&] {
                   if (ellipsis) return new_axis();
                   items.push_back("...");
                   ellipsis = true;
               }},
               weighted{1, new_axis});
    }
    if (items.empty()) return choices_.chance(50) ? "..." : "()";
    if (items.size() == 1 && choices_.chance(10)) return items[0] + ",";
    return join(items);
}

std::string program_generator::index_list(std::int64_t extent) {
    // An integer index array: in bounds mostly, with repeats and negatives; sometimes out of bounds
    // (IndexError), empty, or two-dimensional so that it broadcasts against the other index arrays.
    auto entry = [&] {
        if (extent == 0 || choices_.chance(6)) return int_text(choices_.pick<std::int64_t>({extent, -extent - 1}));
        return int_text(choices_.between(-extent, extent - 1));
    };
    if (choices_.chance(5)) return "[]";
    if (choices_.chance(15)) {
        const std::string first = entry();
        return "[[" + first + "], [" + entry() + "]]";
    }
    std::vector<std::string> values;
    for (std::int64_t k = choices_.between(1, 3); k > 0; --k) values.push_back(entry());
    return "[" + join(values) + "]";
}

std::string program_generator::advanced_index(const shape_t& shape) {
    std::vector<std::string> items;
    bool has_array = false;
    bool ellipsis = false;
    const std::size_t positions = std::max<std::size_t>(shape.size(), 1);
    const std::size_t count = choices_.between(1, positions);
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t extent = i < shape.size() ? shape[i] : 1;
        const auto new_axis = [&] { items.push_back("None"); };
        one_of(weighted{7, [&] {
                   items.push_back(index_list(extent));
                   has_array = true;
               }},
               weighted{2, [&] {  // a boolean mask, of the wrong length now and then (IndexError)
                   std::vector<std::string> mask;
                   for (std::int64_t k = extent + (choices_.chance(8) ? 1 : 0); k > 0; --k)
                       mask.push_back(choices_.chance(50) ? "True" : "False");
                   items.push_back("[" + join(mask) + "]");
                   has_array = true;
               }},
               weighted{4, [&] { items.push_back(slice_text(extent)); }},
               weighted{2, [&] {
                   items.push_back(int_text(choices_.between(-extent, std::max<std::int64_t>(extent - 1, 0))));
               }},
               weighted{1, [&] {
                   if (ellipsis) return new_axis();
                   items.push_back("...");
                   ellipsis = true;
               }},
               weighted{1, new_axis});
    }
    if (!has_array) {
        const std::size_t position = choices_.below(items.size());
        items[position] = index_list(position < shape.size() ? shape[position] : 1);
    }
    if (items.size() == 1 && choices_.chance(50)) {  // mix in a basic item even where one axis is all there is
        const std::string basic = choices_.pick({":", "None", "..."});
        items.insert(choices_.chance(50) ? items.begin() : items.end(), basic);
    }
    return join(items);
}

std::string program_generator::any_index(const shape_t& shape) {
    return choices_.chance(55) ? basic_index(shape) : advanced_index(shape);
}

std::string program_generator::scalar_value() {
    return one_of(
        weighted{6, [&]() -> std::string { return int_text(choices_.between(-3, 9)); }},
        weighted{3, [&]() -> std::string { return int_text(choices_.between(-4, 4)) + ".5"; }},
        weighted{1, [&]() -> std::string { return choices_.pick({"300", "-129", "70000", "True", "False"}); }},
        // -0.0 shows where NumPy keeps one zero or the other (ties of minimum and maximum, the sorts' networks).
        weighted{1, [&]() -> std::string { return choices_.pick({"1j", "2.5j", "np.nan", "np.inf", "-0.0"}); }},
        weighted{1, [&]() -> std::string {
            const std::string& type = choices_.pick(dtype_names);
            return "np." + type + "(" + int_text(choices_.between(0, 5)) + ")";
        }});
}

std::string program_generator::last_axis_mask(const live_array& s) {
    std::vector<std::string> mask;
    for (std::int64_t k = s.shape.empty() ? 1 : s.shape.back(); k > 0; --k)
        mask.push_back(choices_.chance(50) ? "True" : "False");
    return "[" + join(mask) + "]";
}

std::string program_generator::arithmetic_scalar() {
    std::string value = scalar_value();
    if (value == "np.nan" && !limits_.nan_scalar_operands) value = "np.inf";
    return value;
}

std::string program_generator::operand_scalar() {
    if (!choices_.chance(8)) return arithmetic_scalar();
    if (choices_.chance(60)) {
        if (!limits_.python_ints_beyond_64_bits) return choices_.pick({"2 ** 63", "(2 ** 64 - 1)"});
        return choices_.pick({"2 ** 63", "(2 ** 64 - 1)", "2 ** 70", "-2 ** 64"});
    }
    return choices_.pick({"-2 ** 63", "40000", "-129", "2 ** 31"});
}

// What a write puts into `target`: a scalar, another array (which may not broadcast: ValueError) or a
// list as long as the last axis (or one longer).
std::string program_generator::assigned_value(const live_array& target, const generation_context& context) {
    return one_of(
        weighted{6, [&]() -> std::string { return scalar_value(); }},
        weighted{3, [&]() -> std::string { return operand_for(target, context); }},
        weighted{1, [&]() -> std::string {
            std::vector<std::string> items;
            const std::int64_t length =
                (target.shape.empty() ? 1 : target.shape.back()) + (choices_.chance(20) ? 1 : 0);
            for (std::int64_t k = 0; k < std::min<std::int64_t>(length, 8); ++k) items.push_back(scalar_value());
            return "[" + join(items) + "]";
        }});
}

std::string program_generator::axes_permutation(std::size_t ndim) {
    std::vector<std::int64_t> axes(ndim);
    std::iota(axes.begin(), axes.end(), 0);
    for (std::size_t i = ndim; i > 1; --i) std::swap(axes[i - 1], axes[choices_.below(i)]);
    std::vector<std::string> parts;
    for (auto a : axes)
        parts.push_back(choices_.chance(20) ? int_text(a - static_cast<std::int64_t>(ndim)) : int_text(a));
    if (ndim > 0 && choices_.chance(5)) parts.back() = parts.front();  // a repeated axis: ValueError
    return "(" + join(parts) + (ndim == 1 ? ",)" : ")");
}

// Overlapping and repeating windows are odd strides only as_strided makes; NumPy trusts them blindly, so
// they must stay inside their source (differential/window_bounds.hpp checks every generated one).
std::string program_generator::strided_window(const live_array& original) {
    // Windows that stay inside their source whatever its strides: along one axis k (stride s, extent n)
    // rows start `hop` items apart and are `width` items long, (rows - 1) * hop + width <= n, so rows
    // overlap when hop < width and repeat when hop is 0; an optional outer axis walks another source axis.
    // A source with no elements gets windows with no elements: any other window would read outside it.
    const std::string function = choices_.chance(20) ? "np.lib.stride_tricks.as_strided" : "as_strided";
    live_array source = original;
    if (!source.shape.empty() && choices_.chance(25)) {  // over the reversed source: windows walk backwards
        source.name += "[::-1]";
        source.strides[0] = -source.strides[0];
    }
    const std::size_t ndim = source.shape.size();
    if (ndim == 0) {
        const std::int64_t repeats = choices_.between(0, 4);
        return function + "(" + source.name + ", shape=(" + int_text(repeats) + ",), strides=(0,))";
    }
    const bool empty = product(source.shape) == 0;
    std::size_t k = choices_.below(ndim);
    for (std::size_t axis = 0; axis < ndim; ++axis) {
        if (source.strides[axis] < 0 && choices_.chance(70)) k = axis;  // windows walking backwards are rarer still
    }
    const std::int64_t n = source.shape[k], stride = source.strides[k];
    const std::int64_t width = empty ? choices_.between(0, 2) : choices_.between(1, n);
    const std::int64_t hop = choices_.between(0, 2);
    std::int64_t rows = empty ? 0 : hop == 0 ? choices_.between(1, 4) : choices_.between(1, (n - width) / hop + 1);
    shape_t shape = {rows, width};
    shape_t strides = {hop * stride, stride};
    if (ndim >= 2 && choices_.chance(30)) {
        const std::size_t j = (k + 1 + choices_.below(ndim - 1)) % ndim;
        shape.insert(shape.begin(), empty ? 0 : choices_.between(1, source.shape[j]));
        strides.insert(strides.begin(), source.strides[j]);
    }
    while (product(shape) > limits_.max_elements) shape[shape.size() - 2] /= 2;  // fewer rows, still inside
    return function + "(" + source.name + ", shape=" + shape_literal(shape) + ", strides=" + shape_literal(strides) +
           ")";
}

std::string program_generator::creation(const std::string& target) {
    const shape_t shape = random_shape(choices_.chance(5) ? limits_.max_elements : 64);
    const std::string dtype = dtype_text();
    const std::string order = choices_.chance(10) ? order_text(true) : choices_.pick({"'C'", "'F'"});
    return one_of(
        weighted{8, [&]() -> std::string {
            const std::int64_t n = product(shape);
            const std::string numeric =
                dtype.find("bool") == std::string::npos || n <= 2 ? dtype : "np.int64";  // arange of bool needs n <= 2
            return target + " = np.arange(" + int_text(n) + ", dtype=" + numeric + ").reshape(" + shape_literal(shape) +
                   (choices_.chance(30) ? ", order=" + order_text(false) + ")" : ")");
        }},
        weighted{3, [&]() -> std::string {
            const std::string device = has_parameter("zeros", "device") && choices_.chance(15) ? ", device='cpu'" : "";
            return target + " = np." + choices_.pick({"zeros", "ones"}) + "(" + shape_literal(shape) +
                       ", dtype=" + dtype + ", order=" + order + device + ")";
        }},
        weighted{2, [&]() -> std::string {
            // Now and then a Python int past int64: an np.ulonglong array (a built-in descriptor of its own).
            const std::string value =
                choices_.chance(10) ? choices_.pick({"2 ** 63", "(2 ** 64 - 1)", "2 ** 63 + 5"}) : scalar_value();
            return target + " = np.full(" + shape_literal(shape) + ", " + value +
                   (choices_.chance(50) ? ", order=" + order : "") + ")";
        }},
        weighted{2, [&]() -> std::string {
            return target + " = np.empty(" + shape_literal(shape) + ", dtype=" + dtype +
                       (choices_.chance(30) ? ", order=" + order : "") + ")";
        }},
        weighted{3, [&]() -> std::string {
            std::vector<std::string> rows;
            const std::int64_t r = choices_.between(1, 3), c = choices_.between(1, 4);
            for (std::int64_t i = 0; i < r; ++i) {
                std::vector<std::string> row;
                for (std::int64_t j = 0; j < c; ++j) row.push_back(scalar_value());
                rows.push_back("[" + join(row) + "]");
            }
            const std::string dtype_keyword = choices_.chance(30) ? ", dtype=" + dtype : "";
            const std::string order_keyword = choices_.chance(30) ? ", order=" + order_text(true) : "";
            // NumPy 2.4's limit on the dimensions the nested lists make (two here): below it, ValueError.
            const std::string ndmax = has_parameter("array", "ndmax") && choices_.chance(15)
                                          ? ", ndmax=" + int_text(choices_.between(1, 3))
                                          : "";
            return target + " = np.array([" + join(rows) + "]" + dtype_keyword + order_keyword + ndmax + ")";
        }},
        weighted{1, [&]() -> std::string {
            if (choices_.chance(20)) {  // linspace: a view of its arange (one step), a fresh product, or a copy
                const std::string start = choices_.pick({std::string("0"), std::string("-1.5"), std::string("np.float32(1)"),
                                                         std::string("np.float16(2)"), std::string("1j")});
                const std::string stop = choices_.pick({std::string("1"), std::string("2.5"), std::string("np.int8(3)"), std::string("[0, 4]")});
                std::string call = "np.linspace(" + start + ", " + stop + ", " + int_text(choices_.between(-1, 6));
                if (choices_.chance(30)) call += ", endpoint=False";
                if (choices_.chance(20)) call += ", dtype=" + dtype;
                if (choices_.chance(20)) call += ", axis=" + int_text(choices_.between(-2, 1));
                return target + " = " + call + ")";
            }
            if (choices_.chance(40)) {  // eye / identity / tri: fresh 2-D arrays (eye in C or F order)
                const std::string n = int_text(choices_.between(-1, 5)), m = int_text(choices_.between(0, 5));
                const std::string k = int_text(choices_.between(-3, 3));
                switch (choices_.below(3)) {
                    case 0: return target + " = np.eye(" + n + ", " + m + ", k=" + k + ", dtype=" + dtype + ", order=" + order + ")";
                    case 1: return target + " = np.identity(" + n + ", dtype=" + dtype + ")";
                    default: return target + " = np.tri(" + n + ", " + m + ", " + k + ", dtype=" + dtype + ")";
                }
            }
            if (choices_.chance(30)) {
                // NumPy scalar arguments: the length and the second element come from their arithmetic (wrapping,
                // promotion by version, division by a NumPy zero). Spans stay within 355 and steps at least 0.5
                // (or a NumPy zero), so at most 710 elements.
                const auto maybe_numpy = [&](std::int64_t v) {
                    if (choices_.chance(50)) return int_text(v);
                    const std::string type =
                        v < 0 || v > 127
                            ? choices_.pick({std::string("np.int16"), std::string("np.float16"),
                                             std::string("np.float32")})
                            : choices_.pick({std::string("np.int8"), std::string("np.uint8"), std::string("np.float16"),
                                             std::string("np.float32")});
                    return type + "(" + int_text(v) + ")";
                };
                const std::string start = maybe_numpy(choices_.between(0, 100));
                const std::string stop = maybe_numpy(choices_.pick({-100, 0, 5, 127, 200, 255}));
                std::string step = choices_.pick({std::string("0.5"), std::string("np.float16(0.5)"), maybe_numpy(1),
                                                  maybe_numpy(2), maybe_numpy(-1), maybe_numpy(3), maybe_numpy(-3)});
                return target + " = np.arange(" + start + ", " + stop + ", " + step +
                       (choices_.chance(20) ? ", dtype=" + dtype : "") + ")";
            }
            const std::int64_t start = choices_.between(-3, 3), stop = choices_.between(4, 12);
            return target + " = np.arange(" + int_text(start) + ", " + int_text(stop) + ", " +
                   choices_.pick({"1", "2", "-1", "0.5", "3"}) + ")";
        }},
        weighted{1, [&]() -> std::string {
            return target + " = np.array(" + scalar_value() + ")";  // 0-d
        }},
        weighted{limits_.dimension_limit_weight, [&]() -> std::string {
            // Around NumPy's dimension limit (32 in 1.x, 64 in 2.x): length-1 axes and at most one of length 2,
            // so that indexing it can also pass the limits on indices and index arrays. The limits themselves
            // twice as often as their neighbours.
            const std::int64_t ndim = choices_.pick({31, 32, 32, 33, 63, 64, 64, 65});
            shape_t high(static_cast<std::size_t>(ndim), 1);
            if (choices_.chance(50)) high[choices_.below(high.size())] = 2;
            return target + " = np." + choices_.pick({"zeros", "ones"}) + "(" + shape_literal(high) +
                   ", dtype=" + dtype + ")";
        }});
}

std::string program_generator::reshape_arguments(const live_array& source) {
    shape_t shape = factorised_shape(product(source.shape));
    if (!shape.empty() && choices_.chance(20)) shape[choices_.below(shape.size())] = -1;
    if (choices_.chance(5)) shape.push_back(2);  // usually an impossible size: ValueError
    return shape_literal(shape) + (choices_.chance(45) ? ", order=" + order_text(false) : "");
}

std::string program_generator::view_of(const std::string& target, const live_array& s,
                                       const generation_context& context) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    const std::string left = target + " = ";
    return one_of(
        weighted{12, [&]() -> std::string { return left + a + "[" + basic_index(s.shape) + "]"; }},
        weighted{3, [&]() -> std::string { return left + a + ".T"; }},
        weighted{has_attribute("mT") && has_function("matrix_transpose") && has_function("permute_dims") &&
                         has_function("unstack")
                     ? 2u
                     : 0u,
                 [&]() -> std::string {  // NumPy 2's array-API views
            return one_of(
                weighted{2, [&]() -> std::string { return left + a + ".mT"; }},
                weighted{1, [&]() -> std::string { return left + "np.matrix_transpose(" + a + ")"; }},
                weighted{1, [&]() -> std::string {
                    return left + "np.permute_dims(" + a + ", " + axes_permutation(nd) + ")";
                }},
                weighted{2, [&]() -> std::string {
                    return left + "np.unstack(" + a + ", axis=" + axis_text(nd) + ")[0]";
                }});
        }},
        weighted{3, [&]() -> std::string {
            return choices_.chance(50) ? left + a + ".transpose" + axes_permutation(nd)
                                           : left + "np.transpose(" + a + ", " + axes_permutation(nd) + ")";
        }},
        weighted{6, [&]() -> std::string {
            if (choices_.chance(70)) return left + a + ".reshape(" + reshape_arguments(s) + ")";
            // The shape by keyword too: shape= in NumPy 2.4, newshape= in NumPy 1.24.
            const std::string keyword =
                choices_.chance(25) ? (has_parameter("reshape", "shape") ? "shape=" : "newshape=") : "";
            return left + "np.reshape(" + a + ", " + keyword + reshape_arguments(s) + ")";
        }},
        weighted{3, [&]() -> std::string {
            const std::string order = choices_.chance(85) ? "order=" + order_text(true) : "";
            return choices_.chance(60) ? left + a + ".ravel(" + order + ")"
                                       : left + "np.ravel(" + a + (order.empty() ? "" : ", " + order) + ")";
        }},
        weighted{3, [&]() -> std::string {
            const std::string call = choices_.chance(50) ? a + ".swapaxes(" : "np.swapaxes(" + a + ", ";
            const std::string first = axis_text(nd);
            return left + call + first + ", " + axis_text(nd) + ")";
        }},
        weighted{2, [&]() -> std::string {
            const std::string source_axis = axis_text(nd);
            return left + "np.moveaxis(" + a + ", " + source_axis + ", " + axis_text(nd) + ")";
        }},
        weighted{2, [&]() -> std::string {
            const std::string axis = choices_.chance(50) ? "axis=" + axis_text(nd) : "";
            return choices_.chance(50) ? left + a + ".squeeze(" + axis + ")"
                                       : left + "np.squeeze(" + a + (axis.empty() ? "" : ", " + axis) + ")";
        }},
        weighted{2, [&]() -> std::string { return left + "np.expand_dims(" + a + ", " + axis_text(nd + 1) + ")"; }},
        weighted{3, [&]() -> std::string { return left + a + ".view()"; }},
        weighted{has_method("newbyteorder") ? 2u : 0u, [&]() -> std::string {  // a view in another byte order
            if (choices_.chance(40)) return left + a + ".newbyteorder()";
            return left + a + ".newbyteorder('" + choices_.pick({"S", ">", "<", "=", "|", "big", "little", "swap"}) + "')";
        }},
        weighted{1, [&]() -> std::string {  // both NumPys: a view through the dtype's own newbyteorder
            const std::string order =
                choices_.chance(40)
                    ? ""
                    : "'" + std::string(choices_.pick({"S", ">", "<", "=", "|", "big", "little"})) + "'";
            return left + a + ".view(" + a + ".dtype.newbyteorder(" + order + "))";
        }},
        weighted{2, [&]() -> std::string {
            if (choices_.chance(70)) return left + a + ".view(" + dtype_text() + ")";
            // Arrays over a's buffer (a must be contiguous: ValueError otherwise): np.frombuffer from an offset,
            // np.ndarray(buffer=) with a shape and strides NumPy checks against the buffer's bytes.
            const std::string offset = int_text(choices_.pick<std::int64_t>({0, 0, 1, 2, 4, 8, 16}));
            if (choices_.chance(50)) {
                const std::string count = choices_.chance(30) ? ", count=" + int_text(choices_.between(-1, 3)) : "";
                return left + "np.frombuffer(" + a + ", dtype=" + dtype_text() + count + ", offset=" + offset + ")";
            }
            const shape_t shape = random_shape(16);
            std::string strides;
            // Never strides over an empty buffer: NumPy then checks them against the array's own size and reads
            // outside the buffer (docs/oracles.md).
            if (product(s.shape) > 0 && choices_.chance(60)) {
                std::vector<std::string> items;
                for (std::size_t k = 0; k < shape.size(); ++k)
                    items.push_back(int_text(choices_.pick<std::int64_t>({-16, -8, 0, 1, 2, 4, 8, 16, 24})));
                strides = ", strides=(" + join(items) + (items.size() == 1 ? ",)" : ")");
            }
            const std::string order = choices_.chance(20) ? ", order='F'" : "";
            return left + "np.ndarray(" + shape_literal(shape) + ", dtype=" + dtype_text() + ", buffer=" + a +
                   ", offset=" + offset + strides + order + ")";
        }},
        weighted{5, [&]() -> std::string {
  // stretches length-1 axes and adds a leading one: zero strides
            shape_t shape = s.shape;
            const std::int64_t size = std::max<std::int64_t>(product(s.shape), 1);
            std::int64_t room = std::max<std::int64_t>(limits_.max_elements / size, 1);
            for (auto& extent : shape) {
                if (extent == 1 && room >= 3 && choices_.chance(50)) {
                    extent = choices_.between(2, 3);
                    room /= extent;
                }
            }
            if (shape.empty() || choices_.chance(60))
                shape.insert(shape.begin(), choices_.between(1, std::min<std::int64_t>(3, room)));
            if (choices_.chance(10)) shape.back() += 1;  // not broadcastable: ValueError
            return left + "np.broadcast_to(" + a + ", " + shape_literal(shape) + ")";
        }},
        weighted{11, [&]() -> std::string { return left + strided_window(s); }},
        weighted{3, [&]() -> std::string {
  // flips, rotations and atleast_Nd: views built from indexing, flip and transpose
            return one_of(
                weighted{4, [&]() -> std::string {
                    std::string axis;
                    if (nd > 0 && choices_.chance(50)) {
                        axis = choices_.chance(50) ? ", axis=" : ", ";
                        axis += axis_text(nd);
                    }
                    return left + "np.flip(" + a + axis + ")";
                }},
                weighted{1, [&]() -> std::string {
                    return left + "np.fliplr(" + a + ")";  // ValueError below 2-d
                }},
                weighted{1, [&]() -> std::string {
                    return left + "np.flipud(" + a + ")";  // ValueError for 0-d
                }},
                weighted{2, [&]() -> std::string {
                    std::string call = "np.rot90(" + a;
                    if (choices_.chance(60)) call += ", " + int_text(choices_.between(-2, 5));
                    if (choices_.chance(40)) {
                        const std::string first = axis_text(nd);
                        call += ", axes=(" + first + ", " + axis_text(nd) + ")";
                    }
                    return left + call + ")";
                }},
                weighted{2, [&]() -> std::string {
                    return left + "np." + choices_.pick({"atleast_1d", "atleast_2d", "atleast_3d"}) + "(" + a + ")";
                }});
        }},
        weighted{1, [&]() -> std::string { return left + a + "." + choices_.pick({"real", "imag"}); }},
        weighted{2, [&]() -> std::string {
            return left + (choices_.chance(50) ? a + ".diagonal()" : "np.diagonal(" + a + ")");
        }},
        weighted{2, [&]() -> std::string {
  // a chain in one line
            const std::string first = basic_index(s.shape);
            return left + a + "[" + first + "][" + basic_index(s.shape) + "]";
        }},
        weighted{7, [&]() -> std::string { return left + views_and_lists(s, context); }});
}

std::string program_generator::copy_of(const std::string& target, const live_array& s,
                                       const generation_context& context) {
    const std::string& a = s.name;
    const std::string left = target + " = ";
    const auto copy_method = [&] {
        return left + a + ".copy(" + (choices_.chance(80) ? "order=" + order_text(true) : "") + ")";
    };
    return one_of(
        weighted{12, [&]() -> std::string { return left + a + "[" + advanced_index(s.shape) + "]"; }},
        weighted{3, [&]() -> std::string { return copy_method(); }},
        weighted{2, [&]() -> std::string {
            return left + "np.copy(" + a + (choices_.chance(60) ? ", order=" + order_text(true) : "") + ")";
        }},
        weighted{2, [&]() -> std::string {
            return left + a + ".flatten(" + (choices_.chance(85) ? "order=" + order_text(true) : "") + ")";
        }},
        weighted{3, [&]() -> std::string {
            const std::string dtype = choices_.chance(30) ? "'" + s.dtype + "'" : dtype_text();
            // order= lays out the copy; casting= refuses a cast its rule does not allow (TypeError). Not on values
            // the runner cannot know (np.empty): NumPy 1.24 judges a 0-d array's cast by its value (property test,
            // seed 606: garbage that is a large positive int64 may be cast to uint64 under casting='no'). NumPy 2.4's
            // 'same_value' raises where a value does not survive the cast (NumPy 1.24: ValueError, no such rule).
            const std::string order = choices_.chance(30) ? ", order=" + order_text(true) : "";
            const std::string casting =
                s.values_known && choices_.chance(25)
                    ? std::string(", casting=") +
                          choices_.pick({"'no'", "'equiv'", "'safe'", "'same_kind'", "'unsafe'", "'same_value'"})
                    : "";
            return left + a + ".astype(" + dtype + order + casting + ", copy=" + choices_.pick({"True", "False"}) + ")";
        }},
        weighted{3, [&]() -> std::string {
            return left + "np." + choices_.pick({"ascontiguousarray", "asfortranarray"}) + "(" + a + ")";
        }},
        weighted{3, [&]() -> std::string {
            const std::string dtype = choices_.chance(40) ? ", dtype=" + dtype_text() : "";
            const std::string function = choices_.chance(25) ? "np.asanyarray(" : "np.asarray(";
            return left + function + a + dtype + (choices_.chance(75) ? ", order=" + order_text(true) : "") + ")";
        }},
        weighted{2, [&]() -> std::string {
            const std::string copy = choices_.pick({"True", "False"});
            // ndmin= prepends axes as a view of what np.array made; past the dimension limit it raises.
            const auto nd = static_cast<std::int64_t>(s.shape.size());
            const std::string ndmin =
                choices_.chance(30) ? ", ndmin=" + int_text(choices_.chance(10) ? choices_.pick<std::int64_t>({33, 65})
                                                                               : choices_.between(0, nd + 3))
                                    : "";
            return left + "np.array(" + a + ", copy=" + copy +
                   (choices_.chance(85) ? ", order=" + order_text(true) : "") + ndmin + ")";
        }},
        weighted{2, [&]() -> std::string {
            // shape= replaces a's shape: order='K' follows a's strides only for as many dimensions.
            const std::string shape = choices_.chance(30) ? ", shape=" + shape_literal(random_shape(64)) : "";
            const std::string order = (choices_.chance(85) ? ", order=" + order_text(true) : "") + shape;
            if (choices_.chance(25)) return left + "np.full_like(" + a + ", " + scalar_value() + order + ")";
            return left + "np." + choices_.pick({"zeros_like", "ones_like", "empty_like"}) + "(" + a + order + ")";
        }},
        weighted{2, [&]() -> std::string {
            switch (choices_.below(4)) {
                case 0:
                    if (choices_.chance(50) && s.values_known) {  // np.round: the array itself (1.24), rint, or scaled steps
                        const std::string decimals = int_text(choices_.between(-2, 2));
                        const std::string out = choices_.chance(25) ? ", out=" + a : "";
                        return left + (choices_.chance(50) ? "np.round(" + a + ", " + decimals + out + ")"
                                                           : a + ".round(" + decimals + out + ")");
                    }
                    return left + a + ".byteswap()";
                case 1: {  // np.block: nested lists of a and another array (shapes that may not line up)
                    const live_array& other = choices_.pick(context.arrays);
                    if (product(s.shape) * 2 + product(other.shape) * 2 > limits_.max_elements)
                        return left + "np.block([" + a + "])";
                    switch (choices_.below(4)) {
                        case 0: return left + "np.block([" + a + ", " + other.name + "])";
                        case 1: return left + "np.block([[" + a + "], [" + other.name + "]])";
                        case 2: return left + "np.block([[" + a + ", " + a + "], [" + other.name + ", " + other.name + "]])";
                        default: return left + "np.block(" + a + ")";
                    }
                }
                default: {  // np.resize: a view of a concatenation of a's repeats
                    const shape_t shape = random_shape(64);
                    return left + "np.resize(" + a + ", " + shape_literal(shape) + ")";
                }
            }
        }},
        weighted{8, [&]() -> std::string { return left + selections_and_joins(s, context); }},
        weighted{2, [&]() -> std::string {
            return s.values_known ? left + reduction_of(s) : copy_method();  // a reduction reads every value
        }},
        weighted{2, [&]() -> std::string {
            const live_array& other = choices_.pick(context.arrays);
            // A 0-d operand's value decides the result dtype under NumPy 1.24's value-based casting: not an
            // uninitialised one (property test, NumPy 1.24, seed 291: np.empty((), 'int32') joined to uint16).
            const auto value_may_decide = [](const live_array& x) { return x.shape.empty() && !x.values_known; };
            const bool fits = product(s.shape) + product(other.shape) <= limits_.max_elements &&
                              !value_may_decide(s) && !value_may_decide(other);
            const std::string axis = choices_.chance(35) ? ", axis=" + (choices_.chance(40) ? std::string("None")
                                                                                            : axis_text(s.shape.size()))
                                                         : "";
            // The result's dtype and the rule each input is written under: which casts NumPy 1.24 allows a 0-d
            // input also follows its value (property test, NumPy 1.24, seed 455: np.empty((), int) into uint16).
            std::string keywords;
            const bool may_cast = !value_may_decide(s);
            if (may_cast && choices_.chance(20)) keywords += ", dtype=" + dtype_text();
            if (may_cast && choices_.chance(20))
                keywords += ", casting=" + choices_.pick({std::string("'unsafe'"), std::string("'no'"),
                                                         std::string("'safe'"), std::string("'equiv'")});
            return left + "np.concatenate([" + a + (fits ? ", " + other.name : "") + "]" + axis + keywords + ")";
        }});
}

// An exponent for `s ** e` whose result the engine reproduces bit for bit: for float and complex arrays the
// ones both NumPys send to square, sqrt or reciprocal, for integer and bool arrays non-negative integer powers.
// NumPy's general float pow is the SIMD library's, which rounds unlike the C library's now and then.
std::string program_generator::exponent_for(const live_array& s) {
    // (Not -1 or a signed NumPy scalar for integers: uint64 with them promotes to float64 and runs pow.)
    return s.inexact() ? choices_.pick({"2", "0.5", "-1"}) : choices_.pick({"2", "3", "1", "0", "np.uint8(2)"});
}

namespace {

// The shape a reduction of `shape` over `axes` (as written; none: every axis) gives, or nothing where an axis is out
// of range or repeated (the reduction raises).
std::optional<axis_values> reduced_shape(const axis_values& shape, const std::vector<std::string>& axes,
                                         bool keepdims) {
    const auto n = static_cast<std::int64_t>(shape.size());
    std::vector<bool> reduced(shape.size(), axes.empty());
    for (const std::string& text : axes) {
        std::int64_t k = std::stoll(text);
        if (k < -n || k >= n) return std::nullopt;
        if (k < 0) k += n;
        if (reduced[static_cast<std::size_t>(k)]) return std::nullopt;
        reduced[static_cast<std::size_t>(k)] = true;
    }
    axis_values result;
    for (std::size_t d = 0; d < shape.size(); ++d)
        if (!reduced[d]) result.push_back(shape[d]);
        else if (keepdims) result.push_back(1);
    return result;
}

}  // namespace

// A reduction of s: over every axis, one (sometimes out of range) or two, with keepdims, initial=, where= and out=
// now and then; of every dtype (the engine sums floats over NumPy's runs, pairwise as it does).
std::string program_generator::reduction_of(const live_array& s) {
    if (choices_.chance(25)) {
        // cumsum/cumprod: sequential, so floats too; along an axis (sometimes out of range) or the ravel, with
        // dtype= now and then, and out= the array itself along an axis (its own shape: in place, overlapping).
        const std::string name = choices_.pick({std::string("cumsum"), std::string("cumprod")});
        std::vector<std::string> arguments;
        const bool along_axis = choices_.chance(70);
        if (along_axis) arguments.push_back("axis=" + axis_text(s.shape.size()));
        if (choices_.chance(20)) arguments.push_back("dtype=" + dtype_text());
        if (along_axis && choices_.chance(25)) arguments.push_back("out=" + s.name);
        if (choices_.chance(50)) return s.name + "." + name + "(" + join(arguments) + ")";
        arguments.insert(arguments.begin(), s.name);
        return "np." + name + "(" + join(arguments) + ")";
    }
    const bool exact = holds_exact_values(s.dtype);
    const std::string name = exact ? choices_.pick({std::string("sum"), std::string("prod"), std::string("mean"),
                                                    std::string("min"), std::string("max"), std::string("any"),
                                                    std::string("all")})
                                   : choices_.pick({std::string("min"), std::string("max"), std::string("any"),
                                                    std::string("all"), std::string("sum"), std::string("mean"),
                                                    std::string("prod")});
    std::vector<std::string> axes;  // as written; none: every axis
    const std::string axis = one_of(
        weighted{2, [&] { return std::string(); }},
        weighted{4, [&] {
            axes = {axis_text(s.shape.size())};
            return "axis=" + axes[0];
        }},
        weighted{1, [&] {
            const std::string first = axis_text(s.shape.size());
            axes = {first, axis_text(s.shape.size())};
            return "axis=(" + first + ", " + axes[1] + ")";
        }});
    const bool keep = choices_.chance(25);
    const std::string keepdims = keep ? "keepdims=True" : "";
    std::string arguments = axis.empty() ? keepdims : keepdims.empty() ? axis : axis + ", " + keepdims;
    // The ufunc method each of sum, prod, max and min is (axis=0 by default).
    const std::string ufunc = name == "sum"    ? "add"
                              : name == "prod" ? "multiply"
                              : name == "max"  ? "maximum"
                              : name == "min"  ? "minimum"
                                               : "";
    // initial= (sum, prod, max, min; None: no identity) and where= (every reduction; max and min refuse it without
    // initial=): a mask along the last axis, numbers along it (their truth masks, mean counts them as numbers),
    // s's own truth (laid out as s), or a scalar.
    std::vector<std::string> extra;
    if (!ufunc.empty() && choices_.chance(15))
        extra.push_back("initial=" + (choices_.chance(15) ? std::string("None") : operand_scalar()));
    if (choices_.chance(15)) {
        const auto last_axis_numbers = [&] {
            std::vector<std::string> numbers;
            for (std::int64_t k = s.shape.empty() ? 1 : s.shape.back(); k > 0; --k)
                numbers.push_back(choices_.pick({std::string("0"), std::string("1"), std::string("2"),
                                                 std::string("-1"), std::string("0.5")}));
            return "[" + join(numbers) + "]";
        };
        extra.push_back("where=" + one_of(weighted{4, [&] { return last_axis_mask(s); }},
                                          weighted{1, last_axis_numbers},
                                          weighted{2, [&] { return "(" + s.name + " != 0)"; }},
                                          weighted{1, [&] { return choices_.pick({std::string("np.True_"),
                                                                                  std::string("False")}); }}));
    }
    // out=: fresh zeros of the result's shape (where the axes are valid), often not in the result's dtype (the
    // reduction then runs in their common type and writes back through a cast), sometimes in swapped byte order or
    // transposed (the write-back's calls follow out's layout).
    if (choices_.chance(12)) {
        if (auto result = reduced_shape(s.shape, axes, keep)) {
            const std::string dtype =
                choices_.pick({std::string("'i1'"), std::string("'u1'"), std::string("'i4'"), std::string("'u4'"),
                               std::string("'i8'"), std::string("'f2'"), std::string("'f4'"), std::string("'f8'"),
                               std::string("'c8'"), std::string("'c16'"), std::string("'?'"), std::string("'>u4'"),
                               std::string("'>i2'"), std::string("'>u8'"), std::string("'>f8'")});
            const bool transposed = result->size() >= 2 && choices_.chance(25);
            if (transposed) std::reverse(result->begin(), result->end());
            extra.push_back("out=np.zeros(" + shape_literal(*result) + ", dtype=" + dtype + ")" +
                            (transposed ? ".T" : ""));
        }
    }
    if (!extra.empty()) arguments = arguments.empty() ? join(extra) : arguments + ", " + join(extra);
    if (!ufunc.empty() && choices_.chance(20)) {
        // The ufunc's reduce takes dtype= for every one of them (max and min have none of their own).
        if (choices_.chance(25)) arguments += (arguments.empty() ? "dtype=" : ", dtype=") + dtype_text();
        return "np." + ufunc + ".reduce(" + s.name + (arguments.empty() ? "" : ", " + arguments) + ")";
    }
    if (choices_.chance(50)) return s.name + "." + name + "(" + arguments + ")";
    return "np." + name + "(" + s.name + (arguments.empty() ? "" : ", " + arguments) + ")";
}

std::string program_generator::arithmetic(const std::string& target, const live_array& s,
                                          const generation_context& context) {
    return one_of(
        weighted{8, [&] {
            // / // % & | ^ << >> came later; ** only with exponents whose values the engine reproduces bit for bit
            // (the shortcuts to square/sqrt/reciprocal/positive and integer powers): NumPy's general float pow is the
            // SIMD library's, which rounds differently from the C library's now and then.
            const std::string op = choices_.pick({" + ", " - ", " * ", " == ", " < ", " != ", " >= ", " / ", " // ",
                                                  " % ", " & ", " | ", " ^ ", " << ", " >> ", " ** "});
            if (op == " ** ")
                return choices_.chance(15) ? target + " = abs(" + s.name + ")"
                                           : target + " = " + s.name + op + exponent_for(s);
            const std::string rhs = choices_.chance(50) ? operand_scalar() : operand_for(s, context);
            const std::string drawn = op == " * " && !product_drawable(s, rhs, context) ? " + " : op;
            return choices_.chance(15) ? target + " = " + rhs + drawn + s.name : target + " = " + s.name + drawn + rhs;
        }},
        weighted{2, [&] {  // unary ufuncs: fresh results laid out like s
            return target + " = " + choices_.pick({std::string("-"), std::string("+"), std::string("~")}) + s.name;
        }},
        weighted{1, [&] {  // s itself unless complex
            return target + " = " + s.name + (choices_.chance(50) ? ".conj()" : ".conjugate()");
        }},
        weighted{1, [&] { return target + " = " + matrix_product(s, context, false); }},
        weighted{1, [&] {
            // A fresh result with where= and no out=: shaped with the mask and laid out by NumPy's iterator; its
            // masked-out elements are uninitialised (not compared).
            const std::string mask = last_axis_mask(s);
            const std::string name = choices_.pick({std::string("add"), std::string("multiply"), std::string("less"),
                                                    std::string("maximum"), std::string("negative")});
            // A comparison takes 0 to 9, which every integer dtype holds: NumPy 2 crashes on a masked comparison of
            // an integer array with a Python int outside its dtype (docs/oracles.md).
            const std::string other = name == "less" ? int_text(choices_.between(0, 9)) : operand_scalar();
            const std::string operands = name == "negative" ? s.name : s.name + ", " + other;
            return target + " = np." + name + "(" + operands + ", where=" + mask + ")";
        }});
}

// A matrix product of s with its own matrices transposed (a view of s: square results, stacks that broadcast), or
// with another array (often a ValueError): np.matmul or @ (fresh, or into out= that is s itself, so that NumPy
// must read s before it writes), a @= b (NumPy 2), or np.dot (up to 2 dimensions: its result multiplies both
// stacks; into out= s too, which NumPy 1.24 ignores for a 0-d integer s, and whose 0-d product comes back a
// scalar). Only on integer and bool arrays: NumPy sums float products in BLAS's order.
std::string program_generator::matrix_product(const live_array& s, const generation_context& context, bool into_s) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    const bool exact = holds_exact_values(s.dtype);
    if (!exact || !s.values_known) return a + ".copy()";
    // s with its own matrices transposed, either side first, gives (..., n, n) or (..., m, m): kept within the
    // elements a program may hold (property test, NumPy 2, seed 291: a (..., 3456) stack made 12 million).
    if (nd >= 2) {
        const std::int64_t side = std::max(s.shape[nd - 1], s.shape[nd - 2]);
        const std::int64_t stacks = product(std::span(s.shape).first(nd - 2));
        if (side > 0 && stacks > 0 && side * side > limits_.max_elements / stacks) return a + ".copy()";
    }
    const std::string transposed = nd >= 2 ? a + ".swapaxes(-1, -2)" : a;
    // Another operand only where its values are exact too: BLAS sums inexact products in its own order, and its
    // complex kernels turn infinite parts NaN their own way (property test, NumPy 2, seed 295: an int array times a
    // complex one holding inf).
    const auto exact_operand = [&](std::string name) {
        const auto named = std::find_if(context.arrays.begin(), context.arrays.end(),
                                        [&name](const live_array& x) { return x.name == name; });
        return named != context.arrays.end() && holds_exact_values(named->dtype) ? name : transposed;
    };
    const std::string other = choices_.chance(80) ? transposed : exact_operand(operand_for(s, context));
    if (into_s) {
        if (choices_.chance(30)) return a + " @= " + other;
        if (nd <= 2 && choices_.chance(20)) return "np.dot(" + a + ", " + other + ", out=" + a + ")";
        // Two draws, each in its own statement: operands of one `+` chain are evaluated in an unspecified order (g++
        // and clang differ), and an input must mean the same program in every build. g++'s order is kept.
        const bool second_is_other = choices_.chance(50);
        const bool first_is_a = choices_.chance(50);
        return "np.matmul(" + (first_is_a ? a : other) + ", " + (second_is_other ? other : a) + ", out=" + a + ")";
    }
    return one_of(
        weighted{3, [&]() -> std::string { return a + " @ " + other; }},
        weighted{2, [&]() -> std::string { return "np.matmul(" + other + ", " + a + ")"; }},
        weighted{1, [&]() -> std::string { return nd <= 2 ? "np.dot(" + a + ", " + other + ")" : a + " @ " + other; }});
}

// An index for a.flat: a position (sometimes out of bounds), a slice, `...`, positions with repeats, or a mask of
// the array's size.
std::string program_generator::flat_index(const live_array& s) {
    const std::int64_t n = product(s.shape);
    if (n == 0) return "...";  // an empty list would be a float index
    return one_of(
        weighted{3, [&]() -> std::string { return int_text(choices_.between(-n - 1, n)); }},
        weighted{3, [&]() -> std::string {
            return choices_.pick({std::string("1:"), std::string("::-1"), std::string(":-1"), std::string("::2")});
        }},
        weighted{1, [&]() -> std::string { return "..."; }},
        weighted{2, [&]() -> std::string { return index_list(std::max<std::int64_t>(n, 1)); }},
        weighted{1, [&]() -> std::string {
            std::vector<std::string> mask;
            for (std::int64_t k = 0; k < std::min<std::int64_t>(n, 64); ++k) mask.push_back(choices_.chance(50) ? "True" : "False");
            // A list of bools is refused by NumPy 2 and read as 0s and 1s by 1.24; an array of them is a mask.
            if (n > 64) return "::3";
            return choices_.chance(50) ? "[" + join(mask) + "]" : "np.array([" + join(mask) + "])";
        }});
}

// The kth of a partition: one position or several (sometimes negative, sometimes out of bounds).
std::string program_generator::partition_kth(const live_array& s) {
    const std::int64_t extent = s.shape.empty() ? 1 : *std::max_element(s.shape.begin(), s.shape.end());
    const auto one = [&] { return int_text(choices_.between(-extent - 1, extent)); };
    if (choices_.chance(60)) return one();
    // Each draw in its own statement, in the order g++ evaluated the `+` chain they were in: inputs keep their programs.
    const std::string third = choices_.chance(40) ? ", " + one() : "";
    const std::string second = one();
    const std::string first = one();
    return "[" + first + ", " + second + third + "]";
}

std::string program_generator::mutation(const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    const std::string in_place = choices_.pick({"+=", "-=", "*=", "/=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>=",
                                                "**="});
    // In place reads the values: where they are unknown (np.empty), the in-place kinds overwrite them instead.
    const auto overwrite = [&] {
        const std::string whole = choices_.pick({"...", ":"});
        return a + "[" + whole + "] = " + assigned_value(s, context);
    };
    return one_of(
        weighted{7, [&]() -> std::string {
            // Through the flat iterator too: C-order positions, values repeated, a value overlapping the array
            // read as the writes go.
            if (choices_.chance(20)) {
                const std::string value = s.values_known && choices_.chance(40)
                                              ? choices_.pick({a + "[::-1]", a + ".T", a})
                                              : assigned_value(s, context);
                if (choices_.chance(30)) return a + ".flat = " + value;
                return a + ".flat[" + flat_index(s) + "] = " + value;
            }
            const std::string index = any_index(s.shape);
            return a + "[" + index + "] = " + assigned_value(s, context);
        }},
        weighted{4, [&]() -> std::string {
            if (!s.values_known) return overwrite();
            if (in_place == "**=") return a + " **= " + exponent_for(s);
            const std::string other = choices_.chance(60) ? arithmetic_scalar() : operand_for(s, context);
            return a + " " + (in_place == "*=" && !product_drawable(s, other, context) ? "+=" : in_place) + " " + other;
        }},
        weighted{5, [&]() -> std::string {
            if (!s.values_known) return overwrite();
            const std::string index = any_index(s.shape);
            const std::string value = in_place == "**=" ? exponent_for(s) : arithmetic_scalar();
            return a + "[" + index + "] " + in_place + " " + value;
        }},
        weighted{2, [&]() -> std::string {
            // Not in place past 32 dimensions: NumPy 2's legacy iterator crashes there (docs/oracles.md).
            if (s.shape.size() <= 32 && choices_.chance(20))
                return a + ".byteswap(" + choices_.pick({"True", "inplace=True"}) + ")";
            return a + ".fill(" + scalar_value() + ")";
        }},
        weighted{2, [&]() -> std::string {
            // casting= and where= (a mask over the last axis, a comparison of the array itself, or a 0-d one).
            const std::string value = assigned_value(s, context);
            std::string keywords;
            if (choices_.chance(25))
                keywords += ", casting=" + choices_.pick({std::string("'unsafe'"), std::string("'no'"),
                                                         std::string("'safe'"), std::string("'equiv'")});
            if (choices_.chance(30)) {
                keywords += one_of(
                    weighted{3, [&] { return ", where=" + last_axis_mask(s); }},
                    weighted{3, [&] {
                        return s.values_known ? ", where=" + a + " > " + int_text(choices_.between(-1, 4))
                                              : std::string(", where=True");
                    }},
                    weighted{1, [&] { return ", where=" + choices_.pick({std::string("True"), std::string("False")}); }});
            }
            return "np.copyto(" + a + ", " + value + keywords + ")";
        }},
        weighted{3, [&]() -> std::string { return a + ".flags.writeable = " + choices_.pick({"True", "False"}); }},
        weighted{3, [&]() -> std::string {
            // a.resize: reallocates unless something else refers to the array (names, views, list slots: NumPy's
                // refcheck), or changes only the shape when the size stays. Never refcheck=False: NumPy's views of the
                // old memory would dangle.
                if (choices_.chance(25)) {
                    const std::int64_t size = product(s.shape);
                    const std::int64_t new_size =
                        choices_.chance(30) ? size
                                            : choices_.between(0, std::min<std::int64_t>(limits_.max_elements, size + 8));
                    shape_t shape = factorised_shape(new_size);
                    // Never to (): NumPy then keeps a stride it no longer describes, which a reshape in order F
                    // reads (docs/oracles.md); (1,) resizes the same memory.
                    if (shape.empty()) shape.push_back(1);
                    return a + ".resize(" + shape_literal(shape) + ")";
                }
                return a + ".shape = " + shape_literal(factorised_shape(product(s.shape)));
        }},
        weighted{2, [&]() -> std::string { return overwrite(); }},
        weighted{3, [&]() -> std::string {
            // An index array that is, or shares memory with, the array written, and values written into the
            // array that indexes them: NumPy must read the whole index before the first write lands.
            std::vector<const live_array*> integer_arrays;
            for (const live_array& x : context.arrays)
                if (x.values_known && (x.dtype.rfind("int", 0) == 0 || x.dtype.rfind("uint", 0) == 0))
                    integer_arrays.push_back(&x);
            if (integer_arrays.empty() || !limits_.aliasing_index_writes) {
                const std::string value = assigned_value(s, context);  // first: the order g++ gave the `+` chain
                return a + "[" + any_index(s.shape) + "] = " + value;
            }
            const bool self = (s.dtype.rfind("int", 0) == 0 || s.dtype.rfind("uint", 0) == 0) && s.values_known &&
                              choices_.chance(60);
            const live_array& index = self ? s : *integer_arrays[choices_.below(integer_arrays.size())];
            const std::string index_text = choices_.chance(30) ? index.name + "[::-1]" : index.name;
            // Only values that passed the bounds check (the index's own, or 0): NumPy 1.24 checks the index before
            // writing and reads it in place as it writes, so a value written out of bounds would make NumPy itself
            // write outside the array (and crash the oracle).
            const std::string value = choices_.pick({index.name, index.name, std::string("0"), index.name + "[::-1]"});
            return a + "[" + index_text + "] = " + value;
        }},
        weighted{6, [&]() -> std::string { return positional_writes(s, context); }},
        weighted{2, [&]() -> std::string { return ufunc_into(s, context); }},
        weighted{4, [&]() -> std::string { return overlapping_write(s, in_place); }});
}

// A ufunc called with out=: the array (or a view of it) written, inputs that are the same array, a reversed or
// shifted view of it (NumPy must read them as if copied first) or another array, sometimes with where=, dtype= or
// casting= (casting errors, masked writes).
std::string program_generator::ufunc_into(const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    if (s.values_known && choices_.chance(25)) return ufunc_at(s, context);
    if (s.values_known && choices_.chance(8)) return matrix_product(s, context, true);
    std::string out = a;
    if (nd > 0 && choices_.chance(30)) out = a + "[::-1]";
    const auto input = [&]() -> std::string {
        if (!s.values_known) return choices_.chance(50) ? arithmetic_scalar() : operand_for(s, context);
        return one_of(
            weighted{3, [&]() -> std::string { return a; }},
            weighted{3, [&]() -> std::string { return nd > 0 ? a + "[::-1]" : a; }},
            weighted{2, [&]() -> std::string { return arithmetic_scalar(); }},
            weighted{2, [&]() -> std::string { return operand_for(s, context); }});
    };
    if (s.values_known && choices_.chance(12)) {
        // np.clip / a.clip: a missing bound (np.maximum, np.minimum, NumPy 2's np.positive, 1.24's ValueError), a
        // signed zero that ties an element (which operand the loop keeps shows), a bound that is the array written.
        const auto bound = [&]() -> std::string {
            return one_of(
                weighted{5, [&]() -> std::string { return scalar_value(); }},
                weighted{2, [&]() -> std::string { return "None"; }},
                weighted{2, [&]() -> std::string { return choices_.pick({std::string("-0.0"), std::string("0.0")}); }},
                weighted{2, [&]() -> std::string { return input(); }});
        };
        const std::string lo = bound(), hi = bound();
        std::string into = choices_.chance(20) ? "" : ", out=" + out;
        // casting= goes to the ufunc that runs (and stops NumPy 1.24's unsafe retry).
        if (choices_.chance(20)) into += std::string(", casting=") + choices_.pick({"'unsafe'", "'same_kind'", "'safe'"});
        if (choices_.chance(50)) return a + ".clip(" + lo + ", " + hi + into + ")";
        const std::string x = nd > 0 && choices_.chance(30) ? a + "[::-1]" : a;
        // NumPy 2's np.clip also names the bounds min= and max= (the array API's).
        if (has_parameter("clip", "min") && choices_.chance(25))
            return "np.clip(" + x + ", min=" + lo + ", max=" + hi + into + ")";
        return "np.clip(" + x + ", " + lo + ", " + hi + into + ")";
    }
    std::string call;
    if (choices_.chance(30)) {
        const std::string name = choices_.pick({std::string("negative"), std::string("positive"),
                                                std::string("absolute"), std::string("square"), std::string("invert")});
        call = "np." + name + "(" + input();
    } else {
        const std::string name =
            choices_.pick({std::string("add"), std::string("subtract"), std::string("multiply"),
                           std::string("floor_divide"), std::string("remainder"), std::string("bitwise_xor"),
                           std::string("true_divide"), std::string("left_shift"), std::string("maximum"),
                           std::string("minimum")});
        const std::string first = input(), second = input();
        // The output is s (or its reversed view): with a scalar input the loop steps 0 over it, else the product
        // is as drawable as s times each input.
        const auto scalar = [&](const std::string& x) { return array_of_operand(s, x, context) == nullptr; };
        const bool drawable = scalar(first) || scalar(second) ||
                              (product_drawable(s, first, context) && product_drawable(s, second, context));
        call = "np." + (name == "multiply" && !drawable ? std::string("add") : name) + "(" + first + ", " + second;
    }
    call += choices_.chance(20) ? ", " + out : ", out=" + out;
    call += one_of(
        weighted{6, [&] { return std::string(); }},
        weighted{2, [&] { return ", where=" + last_axis_mask(s); }},
        weighted{1, [&] {
            return ", casting=" + choices_.pick({std::string("'unsafe'"), std::string("'no'"), std::string("'safe'")});
        }},
        weighted{1, [&] { return ", dtype=" + dtype_text(); }},
        weighted{1, [&] { return std::string(); }});
    return call + ")";
}

// np.OP.at(a, indices, b): positions with repeats (which accumulate), masks, integers and slices as an
// expression (the index is an argument, not a subscript); b the array itself, a reversed view of it (NumPy
// works on a copy of a then), a scalar or another array. A basic item before the first integer array moves the
// index dimensions, and NumPy then reshapes b with a fixed-size buffer that b's own dimensions may overrun:
// only a scalar b goes with such an index. Unary ufuncs never get a b (NumPy 1.24 crashes on one), and arrays of
// 31 dimensions or more get only unary ufuncs.
std::string program_generator::ufunc_at(const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    // A binary ufunc's at broadcasts b with PyArray_BroadcastToShape, whose iterator holds 32 dimensions: NumPy 2
    // overruns it on a walk of more (a segmentation fault, property test seed 603), so arrays near the limit get
    // only unary ufuncs.
    const bool unary = nd >= 31 || choices_.chance(25);
    std::string b;
    if (!unary) {
        b = one_of(weighted{2, [&] { return a; }},
                   weighted{2, [&] { return nd > 0 ? a + "[::-1]" : a; }},
                   weighted{4, [&] { return scalar_value(); }},
                   weighted{2, [&] { return operand_for(s, context); }});
    }
    const bool b_is_array = !unary && (b == a || b == a + "[::-1]" || context.array_named(b) != nullptr);
    std::vector<std::string> items;
    bool has_array = false;
    const std::size_t count = nd == 0 ? 0 : choices_.between(1, nd);
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t extent = s.shape[i];
        const bool may_be_basic = has_array || !b_is_array;
        const auto index_array = [&] {
            items.push_back(index_list(extent));
            has_array = true;
        };
        const auto mask = [&] {
            std::vector<std::string> bools;
            for (std::int64_t k = extent; k > 0; --k) bools.push_back(choices_.chance(50) ? "True" : "False");
            items.push_back("[" + join(bools) + "]");
            has_array = true;
        };
        if (!may_be_basic) {  // only index arrays: a basic item first would move the index dimensions (see above)
            choices_.below(2) == 0 ? index_array() : mask();
            continue;
        }
        one_of(weighted{6, index_array}, weighted{2, mask},
               weighted{2, [&] {
                   items.push_back(int_text(choices_.between(-extent, std::max<std::int64_t>(extent - 1, 0))));
               }},
               weighted{2, [&] {
                   items.push_back(choices_.pick({"slice(None)", "slice(1, None)", "slice(None, None, -1)"}));
               }});
    }
    const std::string indices = items.size() == 1 && choices_.chance(50) ? items.front() : "(" + join(items) + (items.size() == 1 ? ",)" : ")");
    if (unary) {
        const std::string name = choices_.pick({std::string("negative"), std::string("absolute"), std::string("invert"),
                                                std::string("square"), std::string("sqrt")});
        return "np." + name + ".at(" + a + ", " + indices + ")";
    }
    // power only on integer and bool arrays: NumPy's float pow is its SIMD library's, which rounds unlike the C
    // library's (see exponent_for), and at runs the plain loop, never the ** shortcuts.
    const bool exact = holds_exact_values(s.dtype);
    std::string name = choices_.pick({std::string("add"), std::string("subtract"), std::string("multiply"),
                                      std::string("floor_divide"), std::string("true_divide"),
                                      std::string("bitwise_xor"), std::string("left_shift"), std::string("power"),
                                      std::string("maximum"), std::string("minimum")});
    if (name == "power" && !exact) name = "multiply";
    if (name == "multiply" && !limits_.complex_multiply_at && s.dtype.rfind("complex", 0) == 0) name = "add";
    // Always a scalar exponent that cannot raise: an array one may hold a negative integer, and where power raises
    // midway NumPy 1.24's at leaves its buffer's uninitialised bytes in a byte-swapped array (property test, NumPy
    // 1.24, seed 303: three runs, three results).
    if (name == "power") b = exponent_for(s);
    return "np." + name + ".at(" + a + ", " + indices + ", " + b + ")";
}

std::string program_generator::query(const live_array& s, const generation_context& context) {
    const auto& other = choices_.pick(context.arrays);
    return one_of(
        weighted{4, [&]() -> std::string { return "np.shares_memory(" + s.name + ", " + other.name + ")"; }},
        weighted{3, [&]() -> std::string {
            return "np.may_share_memory(" + s.name + ", " + other.name +
                       (choices_.chance(40) ? ", max_work=" + int_text(choices_.between(0, 3)) : "") + ")";
        }},
        weighted{3, [&]() -> std::string {
            return s.name + ".base is " + (choices_.chance(20) ? std::string("None") : other.name);
        }},
        weighted{2, [&]() -> std::string {
            if (choices_.chance(25)) return s.name + ".flat[" + flat_index(s) + "]";
            return s.name + "[" + any_index(s.shape) + "]";
        }},
        weighted{2, [&]() -> std::string {
            return choices_.chance(50) ? "id(" + s.name + ") == id(" + other.name + ")"
                                       : s.name + " is " + (choices_.chance(30) ? "not " : "") + other.name;
        }},
        weighted{1, [&]() -> std::string {
            // Nested lists: one per index of the leading axes, even where a later axis is 0 (property test, NumPy 2,
            // seed 1241: a broadcast (1, 3, 3, 2, ..., 0) of 34 axes asked NumPy for tens of millions of empty lists).
            const std::int64_t too_many = limits_.max_elements + 1;
            std::int64_t lists = 1;
            for (const std::int64_t n : s.shape)
                lists = n > limits_.max_elements ? too_many : std::min(lists * std::max<std::int64_t>(n, 1), too_many);
            return lists <= limits_.max_elements ? s.name + ".tolist()" : s.name + ".ndim";
        }},
        weighted{2, [&]() -> std::string {
            // np.byte_bounds (np.lib.array_utils.byte_bounds in NumPy 2): the pair, the extent, or equality with
            // another array's bounds (addresses of one block, or of two that never meet). Differences across
            // arrays are not drawn: across memory blocks they are real addresses.
            const auto bounds_of = [&](const std::string& name) {
                const std::string function =
                    has_function("byte_bounds") ? "np.byte_bounds(" : "np.lib.array_utils.byte_bounds(";
                return function + name + ")";
            };
            const std::string bounds = bounds_of(s.name);
            return one_of(weighted{2, [&] { return bounds; }},
                          weighted{1, [&] { return bounds + "[1] - " + bounds + "[0]"; }},
                          weighted{1, [&] { return bounds + " == " + bounds_of(other.name); }});
        }},
        weighted{2, [&]() -> std::string {
            if (choices_.chance(30)) {  // the other flags, by key: ALIGNED follows a dtype view's byte offset
                return "print(" + s.name + ".flags['" + choices_.pick({"A", "B", "CA", "FA", "FNC", "FORC", "X", "W"}) +
                       "'], " + s.name + ".flags.aligned, " + s.name + ".flags.behaved)";
            }
            return "print(" + s.name + ".strides, " + s.name + ".flags.c_contiguous, " + s.name +
                   ".flags.f_contiguous, " + s.name + ".flags.owndata)";
        }},
        weighted{1, [&]() -> std::string {
            std::vector<std::string> index;
            for (const auto extent : s.shape)
                index.push_back(int_text(choices_.between(-extent, std::max<std::int64_t>(extent - 1, 0))));
            return s.name + ".item(" + join(index) + ")";
        }},
        weighted{1, [&]() -> std::string {
            return "print(" + s.name + ".shape, " + s.name + ".dtype, " + s.name + ".base is None)";
        }});
}

generated_statement program_generator::next_statement(const generation_context& context) {
    if (context.arrays.empty()) return {creation(new_or_reused_name(context)), statement_family::creation};
    // Prefer the newest arrays so that chains of views of views grow deep.
    const std::size_t n = context.arrays.size();
    const std::size_t newest_bias =
        choices_.chance(65) ? n - 1 - std::min<std::size_t>(choices_.below(2), n - 1) : choices_.below(n);
    const live_array& source = context.arrays[newest_bias];
    std::array<unsigned, statement_family_count> weights{};
    for (const auto& row : statement_families) weights[static_cast<std::size_t>(row.family)] = row.weight;
    if (n < 2) weights[static_cast<std::size_t>(statement_family::creation)] *= 2;
    auto family = static_cast<statement_family>(choices_.weighted(weights));
    // Arithmetic on uninitialised values (np.empty) would make NumPy's own errors and result dtypes vary from
    // run to run (value-based casting, overflow on conversion): such a source is written to instead.
    if (family == statement_family::arithmetic && !source.values_known) family = statement_family::mutation;
    switch (family) {
        case statement_family::creation: return {creation(new_or_reused_name(context)), family};
        case statement_family::view: return {view_of(new_or_reused_name(context), source, context), family};
        case statement_family::copy: return {copy_of(new_or_reused_name(context), source, context), family};
        case statement_family::arithmetic: return {arithmetic(new_or_reused_name(context), source, context), family};
        case statement_family::mutation: return {mutation(source, context), family};
        case statement_family::query: return {query(source, context), family};
        case statement_family::alias: break;
    }
    const std::string target = new_or_reused_name(context);
    // NumPy 2's x.to_device('cpu') is x itself: one more way to the same object.
    if (has_method("to_device") && choices_.chance(20))
        return {target + " = " + source.name + ".to_device('cpu')", statement_family::alias};
    return {target + " = " + choices_.pick(context.bound_names), statement_family::alias};
}

}  // namespace fuzzing

namespace fuzzing {

namespace {

bool is_integer_dtype(const std::string& dtype) { return dtype.rfind("int", 0) == 0 || dtype.rfind("uint", 0) == 0; }

// The itemsize of a dtype by NumPy's name ("int16" -> 2, "complex128" -> 16, "bool" -> 1).
std::int64_t itemsize_of_name(const std::string& dtype) {
    if (dtype == "bool") return 1;
    std::string digits;
    for (const char c : dtype)
        if (c >= '0' && c <= '9') digits.push_back(c);
    return digits.empty() ? 8 : std::stoll(digits) / 8;
}

bool is_complex_dtype(const std::string& dtype) { return dtype.rfind("complex", 0) == 0; }

}  // namespace

bool program_generator::product_drawable(const live_array& s, const std::string& other,
                                         const generation_context& context) const {
    if (limits_.small_complex_products) return true;
    const live_array* operand = array_of_operand(s, other, context);
    if (operand == nullptr) return true;  // a scalar: it steps 0, and NumPy takes the scalar loop
    if (!is_complex_dtype(s.dtype) && !is_complex_dtype(operand->dtype)) return true;
    const auto elements = broadcast_elements(s.shape, operand->shape);
    return !elements || *elements >= 8;  // shapes that do not broadcast raise before any loop
}

bool program_generator::self_product_drawable(const live_array& s, std::int64_t elements) const {
    return limits_.small_complex_products || !is_complex_dtype(s.dtype) || elements >= 8;
}

bool live_array::contiguous_writes_stay_inside() const {
    const std::int64_t itemsize = itemsize_of_name(dtype);
    std::int64_t reach = itemsize, size = 1;
    bool forward = true;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        forward = forward && strides[i] >= 0;
        reach += std::max<std::int64_t>(shape[i] - 1, 0) * strides[i];
        size *= shape[i];
    }
    return forward && (size == 0 || reach >= size * itemsize);
}

std::optional<std::string> program_generator::self_index(const live_array& source) {
    if (!source.values_known || !is_integer_dtype(source.dtype) || source.shape.empty()) return std::nullopt;
    return choices_.chance(30) ? source.name + "[::-1]" : source.name;
}

// Two views of one array that overlap without being one, the second written into the first. NumPy reads the source
// as if copied first wherever its loop could otherwise see its own writes (a destination of several dimensions, a
// source walked the other way, a cast), and walks a one-dimensional shift in the direction that reads the source
// unchanged; in-place operators read it as ufuncs do. Values must be known: an uninitialised source would move
// garbage the runner cannot follow.
std::string program_generator::overlapping_write(const live_array& s, const std::string& in_place) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    if (!s.values_known || nd == 0) return a + "[...] = " + scalar_value();
    std::vector<std::string> to(nd, ":"), from(nd, ":");
    std::string whole_source;  // set when the source is not a subscript of a
    const std::size_t k = choices_.below(nd);
    const std::int64_t n = s.shape[k];
    std::int64_t written = product(s.shape);  // elements of the destination
    one_of(
        weighted{5, [&] {
            // Shifted by d along axis k, the source in its own direction or reversed (n - d elements either way).
            const std::int64_t d = choices_.between(1, std::max<std::int64_t>(n - 1, 1));
            if (n > 0) written = written / n * std::max<std::int64_t>(n - d, 0);
            const bool destination_after = choices_.chance(50);
            const bool reversed = choices_.chance(40);
            const std::string after = int_text(d) + ":", before = ":" + int_text(-d);
            to[k] = destination_after ? after : before;
            if (!reversed) from[k] = destination_after ? before : after;
            else from[k] = destination_after ? int_text(-d - 1) + "::-1" : ":" + int_text(d - 1) + ":-1";
        }},
        weighted{3, [&] { from[k] = "::-1"; }},
        weighted{3, [&] {
            // Axis k swapped with another of its length, else with another axis over the square block the two
            // share (a[:m, :m] = a[:m, :m].swapaxes(0, 1)); a 1-d array reversed instead.
            if (nd < 2) {
                from[k] = "::-1";
                return;
            }
            std::vector<std::size_t> same_length;
            for (std::size_t j = 0; j < nd; ++j)
                if (j != k && s.shape[j] == n) same_length.push_back(j);
            const std::size_t j =
                same_length.empty() ? (k + 1 + choices_.below(nd - 1)) % nd : choices_.pick(same_length);
            std::string block = a;
            if (s.shape[j] != n) {
                const std::int64_t m = std::min(n, s.shape[j]);
                if (n > 0 && s.shape[j] > 0) written = written / n / s.shape[j] * m * m;
                to[k] = to[j] = ":" + int_text(m);
                block += "[" + join(to) + "]";
            }
            whole_source = block + ".swapaxes(" + int_text(static_cast<std::int64_t>(k)) + ", " +
                           int_text(static_cast<std::int64_t>(j)) + ")";
        }});
    if (whole_source.empty() && nd >= 2 && choices_.chance(25)) {  // and another axis of the source walked backwards
        const std::size_t j = (k + 1 + choices_.below(nd - 1)) % nd;
        from[j] = "::-1";
    }
    std::string source = whole_source.empty() ? a + "[" + join(from) + "]" : whole_source;
    if (is_integer_dtype(s.dtype) && choices_.chance(35))  // the same bytes as the other signedness: a cast
        source += ".view(np." + (s.dtype.starts_with("u") ? s.dtype.substr(1) : "u" + s.dtype) + ")";
    else if (choices_.chance(15))  // the same bytes in the other byte order: NumPy's byteswap loop, unbuffered
        source += ".view(" + a + ".dtype.newbyteorder())";
    const std::string destination = a + "[" + join(to) + "]";
    return one_of(
        weighted{5, [&]() -> std::string { return destination + " = " + source; }},
        weighted{2, [&]() -> std::string { return "np.copyto(" + destination + ", " + source + ")"; }},
        weighted{2, [&]() -> std::string {
            // Not **=: NumPy's float pow is its SIMD library's (see exponent_for).
            const bool drawable = in_place != "**=" && (in_place != "*=" || self_product_drawable(s, written));
            return destination + " " + (drawable ? in_place : std::string("+=")) + " " + source;
        }});
}

std::string program_generator::views_and_lists(const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    return one_of(
        weighted{2, [&]() -> std::string {
  // np.diag: a read-only view of a 2-D array, a fresh matrix from a 1-D one (of at most 32
                   // elements: the matrix has n * n)
            const std::string source = nd == 1 && s.shape[0] > 32 ? a + "[:32]" : a;
            if (!choices_.chance(50)) return "np.diag(" + source + ")";
            const std::string k = int_text(choices_.between(-3, 3));
            return "np.diag(" + source + ", " + k + ")";
        }},
        weighted{1, [&]() -> std::string { return choices_.pick({"np.real(", "np.imag("}) + a + ")"; }},
        weighted{4, [&]() -> std::string {
  // the split family: a list of views, or one part of it
            const std::int64_t extent = nd == 0 ? 0 : s.shape[0];
            std::string sections;
            if (choices_.chance(50)) {
                sections = int_text(choices_.chance(8) ? 0 : choices_.between(1, 4));
            } else {
                const std::string first = int_text(choices_.between(-1, extent + 1));
                sections = "[" + first + ", " + int_text(choices_.between(-1, extent + 1)) + "]";
            }
            const std::string function = choices_.pick({"split", "array_split", "array_split", "hsplit", "vsplit",
                                                        "dsplit"});
            std::string call = "np." + function + "(" + a + ", " + sections;
            if ((function == "split" || function == "array_split") && choices_.chance(40)) {
                const std::string axis = axis_text(nd);
                call += ", axis=" + axis;
            }
            call += ")";
            return choices_.chance(40) ? call + "[" + int_text(choices_.between(-1, 2)) + "]" : call;
        }},
        weighted{1, [&]() -> std::string {
            const std::string axis = axis_text(nd);
            if (!choices_.chance(50)) return "np.rollaxis(" + a + ", " + axis + ")";
            const auto n = static_cast<std::int64_t>(nd);
            return "np.rollaxis(" + a + ", " + axis + ", " + int_text(choices_.between(-n - 1, n + 1)) + ")";
        }},
        weighted{2, [&]() -> std::string {
  // sliding windows along one axis, small enough to stay under the element limit
            if (nd == 0) return "np.lib.stride_tricks.sliding_window_view(" + a + ", 1, axis=0)";  // AxisError
            const std::size_t k = choices_.below(nd);
            std::int64_t window = choices_.between(0, std::min<std::int64_t>(s.shape[k] + 1, 4));
            if (product(s.shape) * std::max<std::int64_t>(window, 1) > limits_.max_elements) window = 1;
            const std::string writeable = choices_.chance(30) ? ", writeable=True" : "";
            return "np.lib.stride_tricks.sliding_window_view(" + a + ", " + int_text(window) + ", axis=" +
                   int_text(static_cast<std::int64_t>(k)) + writeable + ")";
        }},
        weighted{2, [&]() -> std::string {
  // broadcast views that stay writeable
            const std::string other = operand_for(s, context);
            const std::string call = "np.broadcast_arrays(" + a + ", " + other + ")";
            return choices_.chance(50) ? call + "[" + int_text(choices_.between(0, 1)) + "]" : call;
        }},
        weighted{3, [&]() -> std::string {
  // slice objects, alone or in a tuple, as indices
            std::vector<std::string> items;
            for (std::size_t i = 0; i < std::max<std::size_t>(nd, 1) && i < 3; ++i) {
                const std::int64_t extent = i < nd ? s.shape[i] : 1;
                const std::string start = choices_.chance(40) ? int_text(choices_.between(-extent, extent)) : "None";
                const std::string stop = choices_.chance(40) ? int_text(choices_.between(-extent, extent)) : "None";
                const std::int64_t step = choices_.pick<std::int64_t>({-2, -1, 1, 1, 2});
                items.push_back("slice(" + start + ", " + stop + ", " + int_text(step) + ")");
                if (!choices_.chance(50)) break;
            }
            return a + "[" + join(items) + "]";
        }},
        weighted{3, [&]() -> std::string {
  // tuples of views of one positions array (their values come from a's values)
            if (!s.values_known) return a + ".nonzero()[0:0]";
            const std::string which = choices_.pick({"np.nonzero(", "np.where(", "np.where(", ""});
            return which.empty() ? a + ".nonzero()" : which + a + ")";
        }},
        weighted{1, [&]() -> std::string {
  // an open mesh: views of its (index) arguments, sometimes of the array itself
            const std::optional<std::string> own = self_index(s);
            const std::string first = own && nd == 1 ? *own : index_list(nd == 0 ? 1 : s.shape[0]);
            return "np.ix_(" + first + ", " + index_list(nd > 1 ? s.shape[1] : 1) + ")";
        }},
        weighted{2, [&]() -> std::string {
  // einsum's index-only forms: views, the diagonal one writeable, with an ellipsis too
            // Repeated labels only over memory: NumPy takes the last length of a label seen as 0 before, so
            // 'ii->i' of a (0, 1) array is a view of one element of an empty buffer.
            const bool empty = product(s.shape) == 0;
            std::string form = "->";
            if (nd == 1) form = choices_.pick({"i->i", "i"});
            if (nd == 2) form = empty ? choices_.pick({"ij->ji", "ji"}) : choices_.pick({"ii->i", "ii->i", "ij->ji", "ji", "ij"});
            if (nd >= 3) form = empty ? std::string("ijk->kji") : choices_.pick({"iji->ij", "ijk->kji", "iij->ji"});
            // An ellipsis for the axes no letter names (a diagonal of each matrix of a stack, its transposes).
            if (choices_.chance(30)) {
                std::vector<std::string> forms{"...", "...->..."};
                if (nd >= 1) forms.push_back("i...->...i");
                if (nd >= 2) forms.push_back("...ij->...ji");
                if (nd >= 2 && !empty) forms.push_back("...ii->...i");
                form = choices_.pick(forms);
            }
            return "np.einsum('" + form + "', " + a + ")";
        }});
}

// Every kind: the engine replays each sort NumPy runs element for element (introsort, heapsort, NumPy 2's
// x86-simd-sort and NumPy 1.24's AVX-512 float32 quicksort, whose networks decide which of -0.0 and 0.0 an equal
// pair keeps), and the stable kind orders equal elements by rule (docs/oracles.md).
std::string program_generator::sort_kind() {
    if (choices_.chance(70)) return "";
    std::vector<std::string> kinds = {"kind='stable'", "kind='mergesort'"};
    if (has_parameter("sort", "stable")) kinds.push_back("stable=True");
    kinds.insert(kinds.end(), {"kind='heapsort'", "kind='h'", "kind='quicksort'", "kind='x'"});
    return ", " + choices_.pick(kinds);
}

std::string program_generator::selections_and_joins(const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    const std::int64_t size = product(s.shape);
    return one_of(
        weighted{5, [&]() -> std::string {
  // np.take: by a list, by the array itself (an index that aliases the source), into out=
            // No mode='wrap': NumPy's take loops forever wrapping a position around an empty axis, and any
            // array may become empty while a program shrinks.
            const std::string mode = choices_.pick({"", "", ", mode='clip'", ", mode='clip'", ", mode='raise'"});
            if (nd == 1 && size >= 2 && choices_.chance(30)) {  // out= overlapping the source
                const std::string first = int_text(choices_.between(-size, size - 1));
                const std::string second = int_text(choices_.between(-size, size));  // one past the end: IndexError
                const std::string out = a + "[" + choices_.pick({":2", "-2:", "::-1][:2"}) + "]";
                return "np.take(" + a + ", [" + first + ", " + second + "], out=" + out + mode + ")";
            }
            // Not the array itself beyond 16 dimensions: with an axis, take's result has a.ndim + indices.ndim - 1
            // dimensions, and NumPy (1.24 and 2.4 alike) writes that shape into a stack buffer of NPY_MAXDIMS
            // entries before checking it, smashing its stack (np.take(a, a, axis=0) with a of 40 dimensions).
            constexpr std::size_t numpy1_max_dimensions = 32;  // NPY_MAXDIMS of the smaller oracle
            const bool small_enough = 2 * nd <= numpy1_max_dimensions + 1;
            const std::optional<std::string> own =
                choices_.chance(30) && small_enough ? self_index(s) : std::nullopt;
            const std::string axis = nd > 0 && choices_.chance(60) ? ", axis=" + axis_text(nd) : "";
            const std::string indices = own ? *own : index_list(nd == 0 ? 1 : s.shape[0]);
            return (choices_.chance(50) ? "np.take(" + a + ", " : a + ".take(") + indices + axis + mode + ")";
        }},
        weighted{2, [&]() -> std::string {
  // take_along_axis with an index of zeros, or the array itself as its own index; or with axis=None, positions
  // counted from either end (a fresh copy of a's elements in C order)
            if (choices_.chance(15)) {
                const std::int64_t size = product(s.shape);
                const std::int64_t position = size == 0 ? 0 : choices_.between(0, size - 1);
                const std::string index = int_text(position) + ", " + int_text(position - size);
                return "np.take_along_axis(" + a + ", np.array([" + index + "]), axis=None)";
            }
            if (nd == 0) return "np.take_along_axis(" + a + ", " + a + ", axis=0)";  // AxisError
            const std::size_t k = choices_.below(nd);
            const std::optional<std::string> own = choices_.chance(40) ? self_index(s) : std::nullopt;
            shape_t shape = s.shape;
            shape[k] = 1;
            const std::string indices = own ? *own : "np.zeros(" + shape_literal(shape) + ", dtype=np.intp)";
            return "np.take_along_axis(" + a + ", " + indices + ", axis=" + int_text(static_cast<std::int64_t>(k)) + ")";
        }},
        weighted{4, [&]() -> std::string {
  // the stack family, and out= that overlaps the inputs
            if (nd == 1 && size >= 2 && size % 2 == 0 && choices_.chance(35)) {
                const std::string half = int_text(size / 2);
                if (choices_.chance(50))
                    return "np.concatenate([" + a + "[" + half + ":], " + a + "[:" + half + "]], out=" + a + ")";
                return "np.stack([" + a + "[" + half + ":], " + a + "[:" + half + "]], out=" + a + ".reshape(2, " +
                       half + "))";
            }
            const live_array& other = choices_.pick(context.arrays);
            const bool fits = 2 * size + product(other.shape) <= limits_.max_elements;
            const std::string second = fits ? other.name : a + "[::-1]";
            const std::string function =
                choices_.pick({"stack", "stack", "hstack", "vstack", "dstack", "column_stack", "append"});
            // stack, hstack and vstack pass dtype= and casting= on to concatenate.
            const std::string dtype =
                function.find("stack") != std::string::npos && function != "dstack" && function != "column_stack" &&
                        s.values_known && choices_.chance(20)
                    ? ", dtype=" + dtype_text() + ", casting=" + choices_.pick({std::string("'unsafe'"), std::string("'same_kind'")})
                    : "";
            if (function == "stack") {
                const std::string axis = choices_.chance(50) ? ", axis=" + axis_text(nd + 1) : "";
                return "np.stack([" + a + ", " + (choices_.chance(70) ? a + "[::-1]" : second) + "]" + axis + dtype + ")";
            }
            if (function == "append") {
                const std::string axis = choices_.chance(40) ? ", axis=" + axis_text(nd) : "";
                return "np.append(" + a + ", " + second + axis + ")";
            }
            return "np." + function + "([" + a + ", " + second + "]" + dtype + ")";
        }},
        weighted{2, [&]() -> std::string {
  // three-argument where: a fresh array in the inputs' layout
            const std::string other = choices_.chance(50) ? scalar_value() : operand_for(s, context);
            const std::string condition = s.values_known ? a + " > 1" : "True";
            return "np.where(" + condition + ", " + a + ", " + other + ")";
        }},
        weighted{2, [&]() -> std::string {
  // extract and compress (out= of the right shape: the first elements of a fresh zeros)
            if (!s.values_known || nd == 0) return "np.extract([True, False], " + a + ")";
            if (choices_.chance(40)) return "np.extract(" + a + " > 1, " + a + ")";
            std::vector<std::string> mask;
            std::int64_t kept = 0;
            for (std::int64_t i = s.shape[0] + (choices_.chance(10) ? 1 : 0); i > 0; --i) {
                const bool keep = choices_.chance(50);
                kept += keep ? 1 : 0;
                mask.push_back(keep ? "True" : "False");
            }
            const std::string call = "np.compress([" + join(mask) + "], " + a + ", axis=0";
            if (!choices_.chance(40)) return call + ")";
            shape_t out_shape = s.shape;
            out_shape[0] = kept;
            return call + ", out=np.zeros(" + shape_literal(out_shape) + ", dtype=" + a + ".dtype))";
        }},
        weighted{2, [&]() -> std::string {
  // choose between the array and its reverse, by a list or by the array itself, into out=a
            const std::optional<std::string> own = self_index(s);
            std::string mode = choices_.pick({"", ", mode='wrap'", ", mode='clip'"});
            const std::string picks = own && choices_.chance(50) ? *own : "[0, 1]";
            // NumPy wraps a position by adding or subtracting the count one step at a time: a huge value of the
            // array itself would take for ever (docs/oracles.md).
            if (picks != "[0, 1]" && mode == ", mode='wrap'") mode = ", mode='clip'";
            // NumPy 2 may write out= as if it were contiguous from its first element.
            const std::string out = s.contiguous_writes_stay_inside() && choices_.chance(30) ? ", out=" + a : "";
            return "np.choose(" + picks + ", [" + a + ", " + a + "[::-1]]" + out + mode + ")";
        }},
        weighted{2, [&]() -> std::string {
            return a + "[" + (nd == 0 ? std::string("()") : "slice(None, None, -1)") + "].copy()";
        }},
        weighted{2, [&]() -> std::string {
  // a sorted copy (a flattened one for axis=None)
            const std::string axis = choices_.chance(30) ? ", axis=None" : nd > 0 ? ", axis=" + axis_text(nd) : "";
            if (choices_.chance(30))
                return "np.partition(" + a + ", " + partition_kth(s) + axis + ")";
            return "np.sort(" + a + axis + sort_kind() + ")";
        }},
        weighted{2, [&]() -> std::string {
  // the input itself when it meets the requirements, else a copy in the asked order
            const std::string wanted = choices_.pick({"'C'", "'F'", "'W'", "'O'", "['A', 'O']", "'CW'", "'FO'"});
            return "np.require(" + a + ", requirements=" + wanted + ")";
        }});
}

std::string program_generator::positional_writes(const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    const std::int64_t size = product(s.shape);
    return one_of(
        weighted{4, [&]() -> std::string {
  // a.put: flat positions (or the array itself), cyclic values, mode
            const std::optional<std::string> own = choices_.chance(30) ? self_index(s) : std::nullopt;
            const std::string positions = own ? *own : index_list(size);
            const std::string values = choices_.chance(30) && s.values_known ? a + "[::-1]" : assigned_value(s, context);
            std::string mode;
            if (limits_.put_wrap_and_clip && choices_.chance(40)) mode = choices_.pick({", mode='wrap'", ", mode='clip'"});
            if (own && mode == ", mode='wrap'") mode = ", mode='clip'";  // as in choose: wrapping a huge value hangs
            return choices_.chance(50) ? a + ".put(" + positions + ", " + values + mode + ")"
                                       : "np.put(" + a + ", " + positions + ", " + values + mode + ")";
        }},
        weighted{2, [&]() -> std::string {
            const std::string mask = s.values_known ? a + " > 2" : "np.ones(" + shape_literal(s.shape) + ", dtype=bool)";
            const std::string values = choices_.chance(40) && s.values_known ? a + "[::-1]" : assigned_value(s, context);
            return "np.putmask(" + a + ", " + mask + ", " + values + ")";
        }},
        weighted{2, [&]() -> std::string {
            const std::string mask = s.values_known ? a + " > 2" : "np.ones(" + shape_literal(s.shape) + ", dtype=bool)";
            const std::string values = choices_.chance(40) && s.values_known ? a : assigned_value(s, context);
            return "np.place(" + a + ", " + mask + ", " + values + ")";
        }},
        weighted{2, [&]() -> std::string {
            const std::string values = choices_.chance(30) && s.values_known && nd > 0 ? a + "[0]" : scalar_value();
            return "np.fill_diagonal(" + a + ", " + values + (choices_.chance(30) ? ", wrap=True)" : ")");
        }},
        weighted{2, [&]() -> std::string {
  // put_along_axis, with the array itself as its own index (values 0 stay in bounds); or with axis=None, one
  // position counted from either end (NumPy 2 writes np.array(a.flat): a read-only copy of a non-C-contiguous a,
  // so ValueError; NumPy 1.24 writes through a.flat into a itself)
            if (choices_.chance(20)) {
                const std::int64_t size = product(s.shape);
                const std::int64_t position = size == 0 ? 0 : choices_.between(0, size - 1);
                const std::string index = int_text(choices_.chance(30) ? position - size : position);
                return "np.put_along_axis(" + a + ", np.array([" + index + "]), " + scalar_value() + ", axis=None)";
            }
            if (nd == 0) return "np.put_along_axis(" + a + ", " + a + ", 0, axis=0)";  // AxisError
            const std::size_t k = choices_.below(nd);
            const std::string axis = int_text(static_cast<std::int64_t>(k));
            if (limits_.aliasing_index_writes) {
                if (const std::optional<std::string> own = self_index(s); own && choices_.chance(50))
                    return "np.put_along_axis(" + a + ", " + *own + ", 0, axis=" + axis + ")";
            }
            shape_t shape = s.shape;
            shape[k] = 1;
            const std::string value = scalar_value();
            return "np.put_along_axis(" + a + ", np.zeros(" + shape_literal(shape) + ", dtype=np.intp), " + value +
                   ", axis=" + axis + ")";
        }},
        weighted{2, [&]() -> std::string {
            const std::string value = assigned_value(s, context);  // first: the order g++ gave the `+` chain
            return a + "." + choices_.pick({"real", "imag"}) + " = " + value;
        }},
        weighted{3, [&]() -> std::string {
  // new strides: the same, all zero, reversed or doubled (the last two may not fit: ValueError)
            shape_t strides = s.strides;
            switch (choices_.below(4)) {
                case 0: break;
                case 1: std::fill(strides.begin(), strides.end(), 0); break;
                case 2: std::reverse(strides.begin(), strides.end()); break;
                default:
                    for (auto& stride : strides) stride *= 2;
                    break;
            }
            return a + ".strides = " + shape_literal(strides);
        }},
        weighted{2, [&]() -> std::string { return a + ".dtype = " + dtype_text(); }},
        weighted{2, [&]() -> std::string {
  // sorting in place through a view
            const std::string axis = nd > 0 && choices_.chance(50) ? "axis=" + axis_text(nd) : "";
            if (choices_.chance(30))
                return a + ".partition(" + partition_kth(s) + (axis.empty() ? "" : ", " + axis) + ")";
            const std::string kind = sort_kind();
            return a + ".sort(" + (axis.empty() ? kind.substr(std::min<std::size_t>(kind.size(), 2)) : axis + kind) +
                   ")";
        }},
        weighted{1, [&]() -> std::string {
            if (choices_.chance(25)) {  // ALIGNED cleared and set back (ValueError for unaligned memory)
                    const std::string on = choices_.pick({"True", "False"});
                    switch (choices_.below(3)) {
                        case 0: return a + ".flags.aligned = " + on;
                        case 1: return a + ".flags['A'] = " + on;
                        default:
                            return a + ".setflags(align=" + on + ", write=" + choices_.pick({"True", "False"}) + ")";
                    }
                }
                return a + ".setflags(write=" + choices_.pick({"True", "False"}) + ")";
        }},
        // NumPy 1.24's a.itemset (removed in NumPy 2.0): one element written by its position along each axis, by
        // its flat position, or, in an array of one element, with no position. Last, so that the other release's
        // draws are what they were.
        weighted{has_method("itemset") ? 1u : 0u, [&]() -> std::string {
            std::vector<std::string> position;
            const bool value_only = size == 1 && choices_.chance(25);
            if (!value_only && nd > 1 && choices_.chance(30)) {
                position.push_back(int_text(choices_.between(-size, std::max<std::int64_t>(size - 1, 0))));
            } else if (!value_only) {
                for (const auto extent : s.shape)
                    position.push_back(int_text(choices_.between(-extent, std::max<std::int64_t>(extent - 1, 0))));
            }
            position.push_back(scalar_value());
            return a + ".itemset(" + join(position) + ")";
        }});
}

}  // namespace fuzzing
