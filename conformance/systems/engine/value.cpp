// Construction of Python values, with CPython's interning of singletons (so `x is None`, `a.dtype is
// b.dtype`, `np.int8 is np.int8` behave as in Python), identity, and the class names Python shows.
#include "systems/engine/value.hpp"

#include <map>

#include "systems/engine/callables.hpp"

namespace conformance::engine_side {

namespace {

// CPython caches the ints -5..256, so `x is y` holds for equal small ints.
constexpr py_int smallest_cached_int = -5;
constexpr py_int largest_cached_int = 256;

template <class Key, class Make>
value interned(std::map<Key, value>& cache, const Key& key, Make make) {
    auto found = cache.find(key);
    if (found == cache.end()) found = cache.emplace(key, make()).first;
    return found->second;
}

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

// NumPy keeps one dtype instance per builtin type: `a.dtype is b.dtype` for equal dtypes.
value value::dtype(engine::dtype t) {
    static std::map<engine::dtype, value> cache;
    return interned(cache, t, [&] { return make({dtype_object{t}}); });
}

value value::numpy_type(engine::dtype t) {
    static std::map<engine::dtype, value> cache;
    return interned(cache, t, [&] { return make({numpy_type_object{t}}); });
}

value value::builtin_type(python_type which) {
    static std::map<python_type, value> cache;
    return interned(cache, which, [&] { return make({python_type_object{which}}); });
}

value value::numpy_scalar(engine::scalar s) { return make({s}); }
value value::array(engine::array a) { return make({std::move(a)}); }

value value::flags(flags_object f) {
    return make({std::move(f)});
}

value value::foreign(std::shared_ptr<engine::object> base) { return make({foreign_object{std::move(base)}}); }
value value::flatiter(engine::array base) { return make({flatiter_object{std::move(base)}}); }
value value::object_id(std::uint64_t key) { return make({object_id_value{key}}); }

value value::module(std::string dotted_name) {
    static std::map<std::string, value> cache;
    return interned(cache, dotted_name, [&] { return make({module_object{dotted_name}}); });
}

value value::function(const function_entry& entry) {
    static std::map<const function_entry*, value> cache;
    return interned(cache, &entry, [&] { return make({function_object{&entry}}); });
}

value value::method(value self, const method_entry& entry) { return make({bound_method{std::move(self), &entry}}); }

std::vector<value>& value::list_items_for_update() { return std::get<py_list>(object_->data).items; }

std::uint64_t object_key_of(const engine::object* o) { return reinterpret_cast<std::uintptr_t>(o); }

std::uint64_t value::identity() const {
    if (const auto* a = as<engine::array>()) return object_key_of(static_cast<const engine::object*>(a->get()));
    if (const auto* f = as<foreign_object>()) return object_key_of(f->base.get());
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

bool is_numpy_value(const value& v) { return v.is<engine::array>() || v.is<engine::scalar>(); }

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
        // type(np.dtype('int8')).__name__ is "dtype[int8]"
        std::string operator()(const dtype_object& d) const {
            return "dtype[" + std::string(engine::name(d.type)) + "]";
        }
        std::string operator()(const numpy_type_object&) const { return "type"; }
        std::string operator()(const python_type_object&) const { return "type"; }
        std::string operator()(const engine::scalar& s) const {
            return s.type == engine::dtype::bool_ ? "bool_" : std::string(engine::name(s.type));
        }
        std::string operator()(const engine::array&) const { return "ndarray"; }
        std::string operator()(const flags_object&) const { return "flagsobj"; }
        std::string operator()(const foreign_object&) const { return "DummyArray"; }
        std::string operator()(const flatiter_object&) const { return "flatiter"; }
        std::string operator()(const object_id_value&) const { return "object_id"; }
        std::string operator()(const module_object&) const { return "module"; }
        std::string operator()(const function_object& f) const { return f.entry->python_class; }
        std::string operator()(const bound_method&) const { return "builtin_function_or_method"; }
    };
    return std::visit(namer{}, v.get().data);
}

}  // namespace conformance::engine_side
