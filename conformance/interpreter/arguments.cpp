// Parsing of Python-syntax parameter lists into signatures, and binding call arguments to them with
// CPython's rules and messages.
#include "interpreter/arguments.hpp"

#include <cctype>
#include <stdexcept>

#include "case/numpy_surface.hpp"
#include "interpreter/python_error.hpp"

namespace conformance::interpreter {

namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

// A default written in a signature spec; the specs are ours, so anything else is a programming error.
value parse_default(std::string_view text) {
    if (const std::optional<python_type> type = python_type_named(text)) return value::builtin_type(*type);
    if (text == "None") return value::none();
    if (text == "True") return value::boolean(true);
    if (text == "False") return value::boolean(false);
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
        return value::string(std::string(text.substr(1, text.size() - 2)));
    }
    if (!text.empty() && (std::isdigit(static_cast<unsigned char>(text.front())) || text.front() == '-')) {
        return value::integer(std::stoll(std::string(text)));
    }
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {  // a tuple of plain defaults: (0, 1)
        std::vector<value> items;
        std::string_view rest = text.substr(1, text.size() - 2);
        while (!trimmed(rest).empty()) {
            const std::size_t comma = rest.find(',');
            items.push_back(parse_default(trimmed(rest.substr(0, comma))));
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
        return value::tuple(std::move(items));
    }
    throw std::logic_error("unsupported default in a signature: " + std::string(text));
}

// The first comma of `text` outside parentheses, or npos.
std::size_t top_level_comma(std::string_view text) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(') ++depth;
        else if (text[i] == ')') --depth;
        else if (text[i] == ',' && depth == 0) return i;
    }
    return std::string_view::npos;
}

std::vector<std::string_view> split_on_commas(std::string_view spec) {
    std::vector<std::string_view> pieces;
    while (!trimmed(spec).empty()) {
        const std::size_t comma = top_level_comma(spec);
        pieces.push_back(trimmed(spec.substr(0, comma)));
        if (comma == std::string_view::npos) break;
        spec.remove_prefix(comma + 1);
    }
    return pieces;
}

std::string plural(std::size_t n, const std::string& word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

signature::signature(std::string function_name, std::string_view spec) : function_name_(std::move(function_name)) {
    parameter::kind current = parameter::kind::positional_or_keyword;
    for (std::string_view piece : split_on_commas(spec)) {
        if (piece == "/") {
            // Everything before the slash is positional-only.
            for (parameter& p : parameters_) p.how = parameter::kind::positional_only;
            continue;
        }
        if (piece == "*") {
            current = parameter::kind::keyword_only;
            continue;
        }
        parameter p;
        p.how = current;
        if (piece.front() == '*') {
            p.how = parameter::kind::var_positional;
            p.name = std::string(piece.substr(1));
            parameters_.push_back(std::move(p));
            current = parameter::kind::keyword_only;
            continue;
        }
        const std::size_t equals = piece.find('=');
        p.name = std::string(trimmed(piece.substr(0, equals)));
        if (equals != std::string_view::npos) p.default_value = parse_default(trimmed(piece.substr(equals + 1)));
        parameters_.push_back(std::move(p));
    }
}

signature::signature(std::string function_name, const cases::surface_entry& entry)
    : signature(std::move(function_name), entry.parameters) {
    for (const auto& [name, in] : entry.release_parameters) parameters_.at(index_of(name)).in = in;
}

std::size_t signature::index_of(std::string_view name) const {
    for (std::size_t i = 0; i < parameters_.size(); ++i) {
        if (parameters_[i].name == name) return i;
    }
    throw std::logic_error(function_name_ + "() has no parameter " + std::string(name));
}

const std::vector<value>& bound_arguments::rest(std::string_view name) const {
    return (*this)[name].as<py_tuple>()->items;
}

std::vector<std::pair<std::string, value>> bound_arguments::given_from(std::size_t first) const {
    std::vector<std::pair<std::string, value>> keywords;
    for (std::size_t i = first; i < values_.size(); ++i)
        if (given_[i]) keywords.emplace_back(signature_->parameters()[i].name, values_[i]);
    return keywords;
}

bound_arguments bind(const signature& s, const call_arguments& args, std::optional<cases::numpy_release> surface) {
    const std::vector<parameter>& params = s.parameters();
    const std::string where = s.function_name() + "()";
    std::vector<std::optional<value>> slots(params.size());

    // Positional arguments fill the positional parameters in order; a *rest parameter takes the others.
    std::size_t used = 0;
    std::size_t positional_capacity = 0;
    for (std::size_t i = 0; i < params.size(); ++i) {
        const parameter::kind how = params[i].how;
        if (how == parameter::kind::positional_only || how == parameter::kind::positional_or_keyword) {
            ++positional_capacity;
            if (used < args.positional.size()) slots[i] = args.positional[used++];
        } else if (how == parameter::kind::var_positional) {
            const auto first_extra = args.positional.begin() + static_cast<std::ptrdiff_t>(used);
            slots[i] = value::tuple({first_extra, args.positional.end()});
            used = args.positional.size();
        }
    }
    if (used < args.positional.size()) {
        raise_type_error(where + " takes at most " + plural(positional_capacity, "positional argument") + " (" +
                         std::to_string(args.positional.size()) + " given)");
    }

    for (const auto& [name, arg] : args.keywords) {
        std::size_t i = 0;
        while (i < params.size() && params[i].name != name) ++i;
        if (i == params.size() || params[i].how == parameter::kind::var_positional ||
            params[i].how == parameter::kind::positional_only ||
            (surface && !cases::available_in(params[i].in, *surface))) {
            raise_type_error(where + " got an unexpected keyword argument '" + name + "'");
        }
        if (slots[i]) raise_type_error(where + " got multiple values for argument '" + name + "'");
        slots[i] = arg;
    }

    std::vector<value> values;
    std::vector<bool> given;
    values.reserve(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        given.push_back(slots[i].has_value());
        if (slots[i]) {
            values.push_back(*slots[i]);
        } else if (params[i].how == parameter::kind::var_positional) {
            values.push_back(value::tuple({}));
        } else if (params[i].default_value) {
            values.push_back(*params[i].default_value);
        } else {
            raise_type_error(where + " missing required argument '" + params[i].name + "' (pos " +
                             std::to_string(i + 1) + ")");
        }
    }
    return bound_arguments(s, std::move(values), std::move(given));
}

signature numpy_function_signature(std::string_view path) {
    const std::string_view name = path.substr(path.rfind('.') == std::string_view::npos ? 0 : path.rfind('.') + 1);
    return signature(std::string(name), cases::numpy_function_surface(path));
}

signature array_method_signature(std::string_view name) {
    return signature(std::string(name), cases::array_method_surface(name));
}

}  // namespace conformance::interpreter
