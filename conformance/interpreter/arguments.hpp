// Python's argument binding: signatures written in Python's own `def` syntax (as NumPy documents them) and
// the one place that matches positional and keyword arguments to parameters, with Python's TypeErrors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "case/numpy_surface.hpp"
#include "interpreter/value.hpp"

namespace conformance::interpreter {

struct parameter {
    enum class kind { positional_only, positional_or_keyword, keyword_only, var_positional };
    std::string name;
    kind how = kind::positional_or_keyword;
    std::optional<value> default_value;  // none: required (a var_positional parameter defaults to ())
    cases::availability in = cases::availability::both;  // the NumPy releases that have it
};

class signature {
public:
    // `spec` is a Python parameter list such as "shape, dtype=float, order='C', *, like=None" or
    // "*shape, order='C'" or "a, b, /, max_work=None". Defaults may be None, True, False, integers,
    // quoted strings and the type names int, float, bool, complex.
    signature(std::string function_name, std::string_view spec);
    // The signature of a surface entry: its parameters, each with the releases that have it.
    signature(std::string function_name, const cases::surface_entry& entry);

    const std::string& function_name() const { return function_name_; }
    const std::vector<parameter>& parameters() const { return parameters_; }
    std::size_t index_of(std::string_view name) const;  // throws std::logic_error for an unknown name

private:
    std::string function_name_;
    std::vector<parameter> parameters_;
};

// The arguments of one call, as the call expression wrote them.
struct call_arguments {
    std::vector<value> positional;
    std::vector<std::pair<std::string, value>> keywords;
};

// Every parameter of a signature with its value: the argument given, or the default. It refers to the
// signature, which must outlive it (signatures live in static tables).
class bound_arguments {
public:
    bound_arguments(const signature& s, std::vector<value> values, std::vector<bool> given)
        : signature_(&s), values_(std::move(values)), given_(std::move(given)) {}
    // The value of a parameter; a var_positional parameter gives a tuple.
    const value& operator[](std::string_view name) const { return values_[signature_->index_of(name)]; }
    // The value of the parameter at a position of the signature.
    const value& at(std::size_t position) const { return values_.at(position); }
    // Whether the call passed the parameter (some NumPy methods treat an explicit None unlike no argument).
    bool given(std::string_view name) const { return given_[signature_->index_of(name)]; }
    // The name of the function the arguments were bound for ("zeros").
    const std::string& function_name() const { return signature_->function_name(); }
    // The items a var_positional parameter collected.
    const std::vector<value>& rest(std::string_view name) const;
    // The parameters from position `first` on that the call passed, as keywords (a function passing them on).
    std::vector<std::pair<std::string, value>> given_from(std::size_t first) const;

private:
    const signature* signature_;
    std::vector<value> values_;
    std::vector<bool> given_;
};

// The signature the case language gives np.<path> and ndarray.<name> (case/numpy_surface.hpp): NumPy's own, which
// every system binds the same way.
signature numpy_function_signature(std::string_view path);
signature array_method_signature(std::string_view name);

// Matches `args` to `s` as CPython does; TypeError for too many or missing arguments, unknown or
// repeated keywords, and keywords naming positional-only parameters. A surface release (the NumPy a system models)
// also refuses the keywords of parameters that release lacks, as NumPy's own argument parsing does.
bound_arguments bind(const signature& s, const call_arguments& args, std::optional<cases::numpy_release> surface);

}  // namespace conformance::interpreter
