// Random case programs built statement by statement from the arrays currently bound. Weights favour what
// finds memory bugs: deep view chains (views of views of the newest arrays), mixed basic/advanced indices,
// every order C/F/A/K, odd strides (negative steps, broadcasts' zero strides, overlapping as_strided windows
// that stay inside their source) and statements that raise. Every statement is plain NumPy Python text.
#include "generator/program_generator.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace fuzzing {

namespace {

const std::vector<std::string> dtype_names = {
    "bool_", "int8", "int16", "int32", "int64", "uint8", "uint16",
    "uint32", "uint64", "float32", "float64", "complex64", "complex128"};

std::int64_t product(const std::vector<std::int64_t>& shape) {
    std::int64_t n = 1;
    for (auto d : shape) n *= d;
    return n;
}

std::int64_t itemsize_of(const std::string& dtype) {
    if (dtype == "bool" || dtype == "int8" || dtype == "uint8") return 1;
    if (dtype == "int16" || dtype == "uint16") return 2;
    if (dtype == "int32" || dtype == "uint32" || dtype == "float32") return 4;
    if (dtype == "complex128") return 16;
    return 8;
}

std::string join(const std::vector<std::string>& parts, const char* sep = ", ") {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
    return out;
}

}  // namespace

std::string shape_literal(const std::vector<std::int64_t>& shape) {
    std::vector<std::string> parts;
    for (auto d : shape) parts.push_back(std::to_string(d));
    if (parts.size() == 1) return "(" + parts[0] + ",)";
    return "(" + join(parts) + ")";
}

std::string program_generator::dtype_text() {
    const auto& n = choices_.pick(dtype_names);
    return choices_.chance(25) ? "'" + (n == "bool_" ? std::string("bool") : n) + "'" : "np." + n;
}

std::string program_generator::order_text(bool with_k) {
    return with_k ? choices_.pick({"'C'", "'F'", "'A'", "'K'"}) : choices_.pick({"'C'", "'F'", "'A'"});
}

std::string program_generator::new_or_reused_name(const generation_context& context) {
    if (static_cast<int>(context.bound_names.size()) < limits_.max_names && !choices_.chance(15)) {
        for (int i = 0;; ++i) {
            std::string candidate = "v" + std::to_string(i);
            if (std::find(context.bound_names.begin(), context.bound_names.end(), candidate) == context.bound_names.end())
                return candidate;
        }
    }
    return context.bound_names.empty() ? "v0" : choices_.pick(context.bound_names);
}

program_generator::shape_t program_generator::factorised_shape(std::int64_t size) {
    // Splits `size` into up to max_dims factors, sometimes inserting length-1 axes.
    shape_t shape;
    std::int64_t rest = size;
    const int ndim = static_cast<int>(choices_.between(0, std::min(limits_.max_dims, 4)));
    for (int i = 0; i + 1 < ndim; ++i) {
        std::vector<std::int64_t> divisors;
        for (std::int64_t d = 1; d <= rest; ++d)
            if (rest % d == 0) divisors.push_back(d);
        const auto d = choices_.pick(divisors);
        shape.push_back(d);
        rest /= d;
    }
    if (ndim > 0 || rest != 1) shape.push_back(rest);
    return shape;
}

program_generator::shape_t program_generator::random_shape(std::int64_t max_elements) {
    const int ndim = static_cast<int>(choices_.weighted(std::array<unsigned, 7>{3, 10, 14, 10, 4, 1, 1}));
    shape_t shape;
    std::int64_t total = 1;
    for (int i = 0; i < std::min(ndim, limits_.max_dims); ++i) {
        std::int64_t d = choices_.chance(8) ? 0 : choices_.chance(15) ? 1 : choices_.between(2, 5);
        if (d > 0 && total * d > max_elements) d = 1;
        shape.push_back(d);
        total *= std::max<std::int64_t>(d, 1);
    }
    return shape;
}

std::string program_generator::slice_text(std::int64_t extent) {
    auto bound = [&] { return std::to_string(choices_.between(-extent - 2, extent + 2)); };
    std::string start = choices_.chance(50) ? bound() : "";
    std::string stop = choices_.chance(50) ? bound() : "";
    if (choices_.chance(45)) {
        const std::int64_t step = choices_.chance(3) ? 0 : choices_.pick<std::int64_t>({-3, -2, -1, 1, 2, 3});
        return start + ":" + stop + ":" + std::to_string(step);
    }
    return start + ":" + stop;
}

std::string program_generator::basic_index(const shape_t& shape) {
    std::vector<std::string> items;
    bool ellipsis = false;
    const std::size_t count = shape.empty() ? choices_.between(0, 1) : choices_.between(1, shape.size() + (choices_.chance(10) ? 1 : 0));
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t extent = i < shape.size() ? shape[i] : 1;
        switch (choices_.weighted(std::array<unsigned, 4>{4, 6, 1, 1})) {
            case 0: items.push_back(std::to_string(choices_.between(-extent - (choices_.chance(10) ? 1 : 0), std::max<std::int64_t>(extent - 1, 0)))); break;
            case 1: items.push_back(slice_text(extent)); break;
            case 2:
                if (!ellipsis) { items.push_back("..."); ellipsis = true; break; }
                [[fallthrough]];
            default: items.push_back(choices_.chance(50) ? "None" : "np.newaxis"); break;
        }
    }
    if (items.empty()) return "...";
    return join(items);
}

std::string program_generator::advanced_index(const shape_t& shape) {
    std::vector<std::string> items;
    const std::size_t positions = std::max<std::size_t>(shape.size(), 1);
    const std::size_t count = choices_.between(1, positions);
    const std::int64_t fancy_len = choices_.between(1, 3);
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t extent = i < shape.size() ? shape[i] : 1;
        const auto kind = choices_.weighted(std::array<unsigned, 4>{6, 2, 3, 1});
        if (kind == 0 || extent == 0) {
            std::vector<std::string> values;
            for (std::int64_t k = 0; k < fancy_len; ++k)
                values.push_back(std::to_string(choices_.between(-std::max<std::int64_t>(extent, 1), std::max<std::int64_t>(extent - 1, 0))));
            items.push_back("[" + join(values) + "]");
        } else if (kind == 1 && i == 0) {
            std::vector<std::string> mask;
            for (std::int64_t k = 0; k < extent; ++k) mask.push_back(choices_.chance(50) ? "True" : "False");
            items.push_back("[" + join(mask) + "]");
        } else if (kind == 2) {
            items.push_back(slice_text(extent));
        } else {
            items.push_back(std::to_string(choices_.between(-extent, extent - 1)));
        }
    }
    return join(items);
}

std::string program_generator::any_index(const shape_t& shape) {
    return choices_.chance(60) ? basic_index(shape) : advanced_index(shape);
}

std::string program_generator::scalar_value(const std::string& dtype) {
    switch (choices_.weighted(std::array<unsigned, 5>{6, 3, 1, 1, 1})) {
        case 0: return std::to_string(choices_.between(-3, 9));
        case 1: return std::to_string(choices_.between(-4, 4)) + ".5";
        case 2: return choices_.pick({"300", "-129", "70000", "True", "False"});
        case 3: return choices_.pick({"1j", "2.5j", "np.nan", "np.inf"});
        default: return "np." + choices_.pick(dtype_names) + "(" + std::to_string(choices_.between(0, 5)) + ")";
    }
}

std::string program_generator::axes_permutation(std::size_t ndim) {
    std::vector<std::int64_t> axes(ndim);
    std::iota(axes.begin(), axes.end(), 0);
    for (std::size_t i = ndim; i > 1; --i) std::swap(axes[i - 1], axes[choices_.below(i)]);
    std::vector<std::string> parts;
    for (auto a : axes) parts.push_back(std::to_string(a));
    if (ndim > 0 && choices_.chance(5)) parts.back() = parts.front();  // a repeated axis: ValueError
    return "(" + join(parts) + (ndim == 1 ? ",)" : ")");
}

std::string program_generator::strided_window(const live_array& source) {
    // Overlapping windows over a C-contiguous source stay in bounds: rows start `hop` items apart and are
    // `width` items long, with (rows - 1) * hop + width <= size.
    const std::int64_t size = product(source.shape);
    const std::int64_t item = itemsize_of(source.dtype);
    const std::int64_t width = choices_.between(1, std::max<std::int64_t>(size, 1));
    const std::int64_t hop = choices_.between(0, 2);
    const std::int64_t rows = hop == 0 ? choices_.between(1, 4) : choices_.between(1, (size - width) / hop + 1);
    return "as_strided(" + source.name + ", shape=(" + std::to_string(rows) + ", " + std::to_string(width) +
           "), strides=(" + std::to_string(hop * item) + ", " + std::to_string(item) + "))";
}

std::string program_generator::creation(const std::string& target) {
    const shape_t shape = random_shape(choices_.chance(5) ? limits_.max_elements : 64);
    const std::string dtype = dtype_text();
    switch (choices_.weighted(std::array<unsigned, 6>{8, 3, 2, 2, 3, 1})) {
        case 0: {
            const std::int64_t n = product(shape);
            return target + " = np.arange(" + std::to_string(n) + ", dtype=" + dtype + ").reshape(" +
                   shape_literal(shape) + (choices_.chance(30) ? ", order='F')" : ")");
        }
        case 1: return target + " = np." + choices_.pick({"zeros", "ones"}) + "(" + shape_literal(shape) + ", dtype=" + dtype + ", order=" + choices_.pick({"'C'", "'F'"}) + ")";
        case 2: return target + " = np.full(" + shape_literal(shape) + ", " + scalar_value("") + ")";
        case 3: return target + " = np.empty(" + shape_literal(shape) + ", dtype=" + dtype + ")";
        case 4: {
            std::vector<std::string> rows;
            const std::int64_t r = choices_.between(1, 3), c = choices_.between(1, 4);
            for (std::int64_t i = 0; i < r; ++i) {
                std::vector<std::string> row;
                for (std::int64_t j = 0; j < c; ++j) row.push_back(scalar_value(""));
                rows.push_back("[" + join(row) + "]");
            }
            return target + " = np.array([" + join(rows) + "])";
        }
        default: return target + " = np.arange(" + std::to_string(choices_.between(-3, 3)) + ", " + std::to_string(choices_.between(4, 12)) + ", " + choices_.pick({"1", "2", "-1", "0.5", "3"}) + ")";
    }
}

std::string program_generator::view_of(const std::string& target, const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    const std::size_t nd = s.shape.size();
    switch (choices_.weighted(std::array<unsigned, 16>{10, 3, 3, 6, 3, 2, 2, 2, 2, 3, 2, 2, 2, 2, 1, 2})) {
        case 0: return target + " = " + a + "[" + basic_index(s.shape) + "]";
        case 1: return target + " = " + a + ".T";
        case 2: return target + " = " + a + ".transpose" + axes_permutation(nd);
        case 3: {
            shape_t shape = factorised_shape(product(s.shape));
            if (!shape.empty() && choices_.chance(20)) shape[choices_.below(shape.size())] = -1;
            if (choices_.chance(5)) shape.push_back(2);  // usually an impossible size: ValueError
            return target + " = " + a + ".reshape(" + shape_literal(shape) + (choices_.chance(40) ? ", order=" + order_text(false) : "") + ")";
        }
        case 4: return target + " = " + a + ".ravel(" + (choices_.chance(60) ? "order=" + order_text(true) : "") + ")";
        case 5: return nd >= 2 ? target + " = " + a + ".swapaxes(0, " + std::to_string(nd - 1) + ")" : target + " = " + a + ".swapaxes(0, 1)";
        case 6: return target + " = np.moveaxis(" + a + ", 0, -1)";
        case 7: return target + " = " + a + ".squeeze()";
        case 8: return target + " = np.expand_dims(" + a + ", " + std::to_string(choices_.between(-1, static_cast<std::int64_t>(nd))) + ")";
        case 9: return target + " = " + a + ".view()";
        case 10: return target + " = " + a + ".view(" + dtype_text() + ")";
        case 11: {
            shape_t shape = s.shape;
            shape.insert(shape.begin(), choices_.between(1, 3));
            if (!shape.empty() && choices_.chance(10)) shape.back() += 1;  // not broadcastable: ValueError
            return target + " = np.broadcast_to(" + a + ", " + shape_literal(shape) + ")";
        }
        case 12: return s.c_contiguous ? target + " = " + strided_window(s) : target + " = " + a + ".diagonal()";
        case 13: return target + " = np.flip(" + a + (nd > 0 && choices_.chance(50) ? ", " + std::to_string(choices_.between(0, static_cast<std::int64_t>(nd) - 1)) : "") + ")";
        case 14: return target + " = " + a + "." + choices_.pick({"real", "imag"});
        default: {
            (void)context;
            return target + " = " + a + ".diagonal()";
        }
    }
}

std::string program_generator::copy_of(const std::string& target, const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    switch (choices_.weighted(std::array<unsigned, 9>{8, 3, 2, 2, 3, 2, 2, 2, 2})) {
        case 0: return target + " = " + a + "[" + advanced_index(s.shape) + "]";
        case 1: return target + " = " + a + ".copy(order=" + order_text(true) + ")";
        case 2: return target + " = np.copy(" + a + ")";
        case 3: return target + " = " + a + ".flatten(" + (choices_.chance(50) ? "order=" + order_text(true) : "") + ")";
        case 4: return target + " = " + a + ".astype(" + dtype_text() + ", copy=" + choices_.pick({"True", "False"}) + ")";
        case 5: return target + " = np." + choices_.pick({"ascontiguousarray", "asfortranarray", "asarray"}) + "(" + a + ")";
        case 6: return target + " = np.array(" + a + ", copy=" + choices_.pick({"True", "False"}) + (choices_.chance(40) ? ", order=" + order_text(true) : "") + ")";
        case 7: return target + " = np." + choices_.pick({"zeros_like", "ones_like", "empty_like"}) + "(" + a + ", order=" + order_text(true) + ")";
        default: {
            const auto& other = choices_.pick(context.arrays);
            return target + " = np.concatenate([" + a + ", " + other.name + "]" + (choices_.chance(30) ? ", axis=None" : "") + ")";
        }
    }
}

std::string program_generator::arithmetic(const std::string& target, const live_array& s, const generation_context& context) {
    const std::string op = choices_.pick({" + ", " - ", " * ", " == ", " < ", " != "});
    const std::string rhs = choices_.chance(50) ? scalar_value(s.dtype) : choices_.pick(context.arrays).name;
    return target + " = " + s.name + op + rhs;
}

std::string program_generator::mutation(const live_array& s, const generation_context& context) {
    const std::string& a = s.name;
    const std::string value = choices_.chance(70) ? scalar_value(s.dtype) : choices_.pick(context.arrays).name;
    switch (choices_.weighted(std::array<unsigned, 8>{6, 4, 4, 2, 2, 3, 2, 2})) {
        case 0: return a + "[" + any_index(s.shape) + "] = " + value;
        case 1: return a + " " + choices_.pick({"+=", "-=", "*="}) + " " + value;
        case 2: return a + "[" + any_index(s.shape) + "] " + choices_.pick({"+=", "-=", "*="}) + " " + scalar_value(s.dtype);
        case 3: return a + ".fill(" + scalar_value(s.dtype) + ")";
        case 4: return "np.copyto(" + a + ", " + value + ")";
        case 5: return a + ".flags.writeable = " + choices_.pick({"True", "False"});
        case 6: return a + ".shape = " + shape_literal(factorised_shape(product(s.shape)));
        default: return a + "[...] = " + value;
    }
}

std::string program_generator::query(const live_array& s, const generation_context& context) {
    const auto& other = choices_.pick(context.arrays);
    switch (choices_.weighted(std::array<unsigned, 6>{4, 3, 2, 2, 1, 1})) {
        case 0: return "np.shares_memory(" + s.name + ", " + other.name + ")";
        case 1: return "np.may_share_memory(" + s.name + ", " + other.name + (choices_.chance(40) ? ", max_work=" + std::to_string(choices_.between(0, 3)) : "") + ")";
        case 2: return s.name + ".base is " + other.name;
        case 3: return s.name + "[" + any_index(s.shape) + "]";
        case 4: return s.name + ".tolist()";
        default: return "print(" + s.name + ".strides, " + s.name + ".flags.c_contiguous, " + s.name + ".base is None)";
    }
}

std::string program_generator::next_statement(const generation_context& context) {
    if (context.arrays.empty()) return creation(new_or_reused_name(context));
    // Prefer the newest arrays so that chains of views of views grow deep.
    const std::size_t n = context.arrays.size();
    const std::size_t newest_bias = choices_.chance(60) ? n - 1 - std::min<std::size_t>(choices_.below(2), n - 1) : choices_.below(n);
    const live_array& source = context.arrays[newest_bias];
    switch (choices_.weighted(std::array<unsigned, 7>{2, 10, 5, 3, 6, 3, 1})) {
        case 0: return creation(new_or_reused_name(context));
        case 1: return view_of(new_or_reused_name(context), source, context);
        case 2: return copy_of(new_or_reused_name(context), source, context);
        case 3: return arithmetic(new_or_reused_name(context), source, context);
        case 4: return mutation(source, context);
        case 5: return query(source, context);
        default: return new_or_reused_name(context) + " = " + source.name;
    }
}

}  // namespace fuzzing
