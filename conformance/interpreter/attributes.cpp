// Attributes of Python's own values, and the hand-over to a system's backend for its modules and objects.
#include "interpreter/attributes.hpp"

#include <optional>

#include "interpreter/array_backend.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"

namespace conformance::interpreter {

namespace {

// .real and .imag of Python numbers (of a bool they are ints, as Python's int attributes).
std::optional<value> number_attribute(const value& self, const std::string& name) {
    if (name != "real" && name != "imag") return std::nullopt;
    const bool real = name == "real";
    if (const auto* c = self.as<std::complex<double>>()) return value::floating(real ? c->real() : c->imag());
    if (const auto* d = self.as<double>()) return value::floating(real ? *d : 0.0);
    return value::integer(real ? *index_value(self) : 0);
}

}  // namespace

value get_attribute(const value& object, const std::string& name) {
    if (const auto* m = object.as<module_object>()) return m->backend->module_attribute(*m, name);
    if (const array_backend* backend = backend_of(object)) return backend->get_attribute(object, name);
    if (is_python_number(object)) {
        if (std::optional<value> found = number_attribute(object, name)) return *found;
    }
    raise_attribute_error("'" + class_name(object) + "' object has no attribute '" + name + "'");
}

void set_attribute(const value& object, const std::vector<std::string>& path, const value& assigned) {
    if (const array_backend* backend = backend_of(object)) return backend->set_attribute(object, path, assigned);
    raise_attribute_error("'" + class_name(object) + "' object attribute '" + path.front() + "' is read-only");
}

}  // namespace conformance::interpreter
