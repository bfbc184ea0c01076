// Construction of Python values, with CPython's interning of singletons (so `x is None`, `np is np`,
// `1 is 1` behave as in Python), identity, and the class names Python shows.
#include "interpreter/value.hpp"

#include <map>

#include "interpreter/callables.hpp"

namespace conformance::interpreter {

namespace {

// CPython caches the ints -5..256, so `x is y` holds for equal small ints.
constexpr py_int smallest_cached_int = -5;
constexpr py_int largest_cached_int = 256;

}  // namespace

value value::make(object o) { return value(std::make_shared<object>(std::move(o))); }

value value::none() {
    static const value singleton = make({none_type{}});
    return singleton;
}

value value::ellipsis() {
    static const value singleton = make({ellipsis_type{}});
    return singleton;
}

value value::boolean(bool b) {
    static const value true_value = make({true});
    static const value false_value = make({false});
    return b ? true_value : false_value;
}

value value::integer(py_int i) {
    if (i < smallest_cached_int || i > largest_cached_int) return make({i});
    static std::map<int, value> cache;
    return interned(cache, static_cast<int>(i), [&] { return make({i}); });
}

value value::floating(double d) { return make({d}); }
value value::complex_number(std::complex<double> c) { return make({c}); }
value value::string(std::string s) { return make({std::move(s)}); }
value value::tuple(std::vector<value> items) { return make({py_tuple{std::move(items)}}); }
value value::list(std::vector<value> items) { return make({py_list{std::move(items)}}); }
value value::slice(value start, value stop, value step) {
    return make({py_slice{std::move(start), std::move(stop), std::move(step)}});
}

value value::builtin_type(python_type which) {
    static std::map<python_type, value> cache;
    return interned(cache, which, [&] { return make({python_type_object{which}}); });
}

value value::object_id(std::uint64_t key) { return make({object_id_value{key}}); }

value value::module(std::string dotted_name, const array_backend& backend) {
    static std::map<std::pair<const array_backend*, std::string>, value> cache;
    return interned(cache, std::pair(&backend, dotted_name),
                    [&] { return make({module_object{dotted_name, &backend}}); });
}

value value::function(const function_entry& entry, std::optional<cases::numpy_release> surface) {
    static std::map<std::pair<const function_entry*, std::optional<cases::numpy_release>>, value> cache;
    return interned(cache, std::pair(&entry, surface), [&] { return make({function_object{&entry, surface}}); });
}

value value::make_backend(std::shared_ptr<const backend_object> o) { return make({backend_handle{std::move(o)}}); }

const backend_object* value::backend_object_of() const {
    const auto* held = std::get_if<backend_handle>(&object_->data);
    return held != nullptr ? held->object.get() : nullptr;
}

std::vector<value>& value::list_items_for_update() { return std::get<py_list>(object_->data).items; }

std::uint64_t value::identity() const {
    if (const backend_object* o = backend_object_of()) {
        if (const std::optional<std::uint64_t> id = o->identity()) return *id;
    }
    return reinterpret_cast<std::uintptr_t>(object_.get());
}

std::optional<python_type> python_type_named(std::string_view name) {
    if (name == "int") return python_type::int_;
    if (name == "float") return python_type::float_;
    if (name == "bool") return python_type::bool_;
    if (name == "complex") return python_type::complex_;
    return std::nullopt;
}

bool is_python_number(const value& v) {
    return v.is<bool>() || v.is<py_int>() || v.is<double>() || v.is<std::complex<double>>();
}

std::string class_name(const value& v) {
    struct namer {
        std::string operator()(const none_type&) const { return "NoneType"; }
        std::string operator()(const ellipsis_type&) const { return "ellipsis"; }
        std::string operator()(bool) const { return "bool"; }
        std::string operator()(py_int) const { return "int"; }
        std::string operator()(double) const { return "float"; }
        std::string operator()(const std::complex<double>&) const { return "complex"; }
        std::string operator()(const std::string&) const { return "str"; }
        std::string operator()(const py_tuple&) const { return "tuple"; }
        std::string operator()(const py_list&) const { return "list"; }
        std::string operator()(const py_slice&) const { return "slice"; }
        std::string operator()(const python_type_object&) const { return "type"; }
        std::string operator()(const object_id_value&) const { return "object_id"; }
        std::string operator()(const module_object&) const { return "module"; }
        std::string operator()(const function_object& f) const { return f.entry->python_class; }
        std::string operator()(const backend_handle& h) const { return h.object->class_name(); }
    };
    return std::visit(namer{}, v.get().data);
}

}  // namespace conformance::interpreter
