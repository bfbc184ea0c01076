// The tables of ndarray methods (with NumPy 1.24's signatures) and attributes, the NumPy scalar
// attributes, and the attribute lookup that dispatches on the kind of object.
#include "systems/engine/array_methods.hpp"
#include "systems/engine/engine_backend.hpp"

#include <functional>
#include <map>

#include "engine/attribute_setters.hpp"
#include "engine/axis_views.hpp"
#include "engine/byteswap.hpp"
#include "engine/creation.hpp"
#include "engine/index.hpp"
#include "engine/item.hpp"
#include "engine/kernels.hpp"
#include "engine/long_long.hpp"
#include "engine/memory_views.hpp"
#include "engine/reshape.hpp"
#include "engine/semantics.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "interpreter/subscripts.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/function_tables.hpp"
#include "systems/engine/numpy_functions.hpp"
#include "systems/engine/reductions.hpp"
#include "systems/engine/references.hpp"
#include "systems/engine/ufunc_functions.hpp"

namespace conformance::engine_system {

namespace {

value int_tuple(const engine::dims& values) {
    std::vector<value> items;
    for (std::int64_t v : values) items.push_back(value::integer(v));
    return value::tuple(std::move(items));
}

engine::order order_or(const value& v, engine::order fallback) { return to_order(v).value_or(fallback); }

// ------------------------------------------------------------------ methods

value copy_method(const engine::array& self, const bound_arguments& args) {
    return array_value(engine::copy(self, order_or(args["order"], engine::order::C)));
}

// view() keeps the dtype, while view(None) is a float64 view: NumPy converts an explicit None.
value view_method(const engine::array& self, const bound_arguments& args) {
    if (!args["type"].is<none_type>()) throw python_error("NotImplementedError", "view(type=) is outside the subset");
    if (!args.given("dtype")) return array_value(engine::view(self));
    return array_value(engine::view_as(self, to_dtype_or_default(args["dtype"]),
                                       descriptor_of(args["dtype"])));
}

value reshape_method(const engine::array& self, const bound_arguments& args) {
    const std::vector<value>& shape = args.rest("shape");
    if (shape.empty()) raise_type_error("reshape() takes exactly 1 argument (0 given)");
    const engine::order o = order_or(args["order"], engine::order::C);
    if (o == engine::order::K) raise_value_error("order 'K' is not permitted for reshaping");
    // reshape(2, 3) and reshape((2, 3)) are the same call
    const engine::dims dims = shape.size() == 1 ? to_shape(shape.front()) : to_shape(value::tuple(shape));
    const engine::copy_mode copy = args.given("copy") ? to_copy_mode(args["copy"]) : engine::copy_mode::if_needed;
    return array_value(engine::reshape(self, dims, o, copy));
}

value ravel_method(const engine::array& self, const bound_arguments& args) {
    return array_value(engine::ravel(self, order_or(args["order"], engine::order::C)));
}

value flatten_method(const engine::array& self, const bound_arguments& args) {
    return array_value(engine::flatten(self, order_or(args["order"], engine::order::C)));
}

// transpose(), transpose(None), transpose((1, 0)), transpose([1, 0]) and transpose(1, 0)
value transpose_method(const engine::array& self, const bound_arguments& args) {
    const std::vector<value>& axes = args.rest("axes");
    if (axes.empty() || (axes.size() == 1 && axes.front().is<none_type>())) {
        return array_value(engine::transpose(self));
    }
    engine::dims order;
    if (axes.size() == 1) {
        order = to_int_list(axes.front());
    } else {
        for (const value& axis : axes) order.push_back(to_int64(axis));
    }
    return array_value(engine::transpose(self, order));
}

value swapaxes_method(const engine::array& self, const bound_arguments& args) {
    return array_value(engine::swapaxes(self, to_int64(args["axis1"]), to_int64(args["axis2"])));
}

value squeeze_method(const engine::array& self, const bound_arguments& args) {
    const value& axis = args["axis"];
    // An int axis differs from a tuple: a 0-d array accepts axis 0 / -1 (NumPy's squeeze_axis path).
    if (axis.is<py_int>()) return array_value(engine::squeeze_axis(self, to_int64(axis)));
    return array_value(engine::squeeze(self, axis.is<none_type>() ? std::nullopt : std::optional(to_int_list(axis))));
}

// fill is PyArray_FillWithScalar: the value is packed into one element exactly as `a[i] = value` packs it
// (PyArray_Pack: NumPy's conversion rules and errors, per version), then copied into every element.
value fill_method(const engine::array& self, const bound_arguments& args) {
    self->require_writeable();
    const engine::array cell = engine::zeros({1}, self->type());
    set_item(array_value(cell), value::integer(0), args["value"]);
    engine::fill(*self, engine::flat_values(*cell).front());
    return value::none();
}

value astype_method(const engine::array& self, const bound_arguments& args) {
    const engine::dtype target = to_dtype_or_default(args["dtype"]);
    const engine::order o = order_or(args["order"], engine::order::K);
    // astype's copy=False (and NumPy 2's None) means "if needed"; NumPy 1 refuses None.
    const auto copy = [&] { return to_copy_mode(args["copy"]) == engine::copy_mode::always; };
    if (const auto* text = args["casting"].as<std::string>(); text && *text == "same_value")
        return array_value(engine::astype_same_value(self, target, copy(), o, descriptor_of(args["dtype"])));
    const engine::casting rule = to_casting(args["casting"]);
    return array_value(engine::astype(self, target, copy(), o, rule, descriptor_of(args["dtype"])));
}

value diagonal_method(const engine::array& self, const bound_arguments& args) {
    return array_value(
        engine::diagonal(self, to_int64(args["offset"]), to_int64(args["axis1"]), to_int64(args["axis2"])));
}

// item()'s and itemset()'s index arguments (a single tuple stands for its items), each converted as NumPy's
// PyArray_PyIntAsIntp converts it: no bools (np.bool_ neither), operator.index otherwise, a C long's range.
struct item_arguments {
    std::vector<value> items;
    explicit item_arguments(std::vector<value> index) : items(std::move(index)) {
        if (items.size() == 1 && items.front().is<py_tuple>()) items = std::vector<value>(items.front().as<py_tuple>()->items);
    }
    std::int64_t operator()(std::size_t i) const {
        const value& v = items[i];
        const auto* s = v.as<engine::scalar>();
        if (v.is<bool>() || (s != nullptr && s->type == engine::dtype::bool_)) raise_type_error("an integer is required");
        return to_int64(v);
    }
};

engine::index_expr item_position(const engine::array& self, std::vector<value> index) {
    const item_arguments arguments(std::move(index));
    return engine::item_position(*self, arguments.items.size(), arguments);
}

// NumPy 1.24's a.itemset(*index, value): the write check, then item()'s index rules, then the value packed into
// that element as a[index] = value packs it. NumPy 2 removed the method.
value itemset_method(const engine::array& self, const bound_arguments& args) {
    std::vector<value> index = args.rest("args");
    if (index.empty()) raise_value_error("itemset must have at least one argument");
    self->require_writeable();
    const value item = index.back();
    index.pop_back();
    const engine::index_expr position = item_position(self, index);
    std::vector<value> subscript;
    for (const engine::index_item& i : position) subscript.push_back(value::integer(std::get<std::int64_t>(i)));
    set_item(array_value(self), value::tuple(std::move(subscript)), item);
    return value::none();
}

// a.resize(new_shape, refcheck=True) / a.resize(2, 3): nothing at all without a shape (or with None); in place,
// with refcheck counting the program's references to the array.
value resize_method(const engine::array& self, const bound_arguments& args) {
    const std::vector<value>& shape = args.rest("new_shape");
    if (shape.empty() || (shape.size() == 1 && shape.front().is<none_type>())) return value::none();
    const engine::dims dims = shape.size() == 1 ? to_shape(shape.front()) : to_shape(value::tuple(shape));
    engine::resize_in_place(self, dims, truth(args["refcheck"]), program_references(self));
    return value::none();
}

value byteswap_method(const engine::array& self, const bound_arguments& args) {
    return array_value(engine::byteswap(self, truth(args["inplace"])));
}

// newbyteorder's new_order: 'S' (swap) unless given, a str.
std::string new_byte_order(const bound_arguments& args) {
    if (!args.given("new_order")) return "S";
    const auto* order = args["new_order"].as<std::string>();
    if (order == nullptr) raise_type_error("byteorder must be str, not " + class_name(args["new_order"]));
    return *order;
}

value newbyteorder_method(const engine::array& self, const bound_arguments& args) {
    return array_value(engine::newbyteorder(self, new_byte_order(args)));
}

// dtype.newbyteorder(new_order) (both NumPys): bound to a 0-d array of the dtype, whose type and descriptor it
// reads; the result is a new descriptor (PyArray_DescrNewByteorder), of C long long where the dtype was.
value dtype_newbyteorder_run(const engine::array& self, const bound_arguments& args) {
    return value::backend(dtype_object{engine::with_new_byte_order(self->type(), new_byte_order(args)),
                                       engine::new_descriptor_like(self->descriptor())});
}

value item_method(const engine::array& self, const bound_arguments& args) {
    const item_arguments arguments(args.rest("args"));
    return python_number_of(engine::item(self, arguments.items.size(), arguments));
}

value nested_lists(const std::vector<engine::scalar>& flat, const engine::dims& shape, std::size_t axis,
                   std::size_t& next) {
    if (axis == shape.size()) return python_number_of(flat[next++]);
    std::vector<value> items;
    for (std::int64_t i = 0; i < shape[axis]; ++i) items.push_back(nested_lists(flat, shape, axis + 1, next));
    return value::list(std::move(items));
}

value tolist_method(const engine::array& self, const bound_arguments&) {
    std::size_t next = 0;
    return nested_lists(engine::flat_values(*self), self->shape(), 0, next);
}

// NumPy 2's a.to_device(device, /, *, stream=None), for the array API: stream= must be None, the device "cpu";
// then the array itself (a NumPy scalar too: call_method). NumPy 1.24 has no such method.
void check_to_device(const bound_arguments& args) {
    if (!args["stream"].is<none_type>()) raise_value_error("The stream argument in to_device() is not supported");
    const value& device = args["device"];
    if (!device.is<std::string>()) raise_type_error("to_device() argument 1 must be str, not " + class_name(device));
    if (*device.as<std::string>() != "cpu")
        raise_value_error("Unsupported device: " + *device.as<std::string>() + ". Only 'cpu' is accepted.");
}

value to_device_method(const engine::array& self, const bound_arguments& args) {
    check_to_device(args);
    return array_value(self);
}

const std::vector<method_entry>& array_methods() {
    static const std::vector<method_entry> table = {
        {array_method_signature("copy"), &copy_method},
        {array_method_signature("view"), &view_method},
        {array_method_signature("reshape"), &reshape_method},
        {array_method_signature("ravel"), &ravel_method},
        {array_method_signature("flatten"), &flatten_method},
        {array_method_signature("transpose"), &transpose_method},
        {array_method_signature("swapaxes"), &swapaxes_method},
        {array_method_signature("squeeze"), &squeeze_method},
        {array_method_signature("fill"), &fill_method},
        {array_method_signature("astype"), &astype_method},
        {array_method_signature("diagonal"), &diagonal_method},
        {array_method_signature("item"), &item_method},
        {array_method_signature("itemset"), &itemset_method},
        {array_method_signature("byteswap"), &byteswap_method},
        {array_method_signature("newbyteorder"), &newbyteorder_method},
        {array_method_signature("resize"), &resize_method},
        {array_method_signature("tolist"), &tolist_method},
        {array_method_signature("to_device"), &to_device_method},
    };
    return table;
}

const method_entry* find_method(std::string_view name) {
    if (cases::array_method_available(name, modelled_release()) == false) return nullptr;
    if (const method_entry* reduction = reduction_method(name)) return reduction;
    if (const method_entry* ufunc = ufunc_method(name)) return ufunc;
    for (const std::vector<method_entry>* table : {&array_methods(), &selection_methods(), &other_surface_methods()}) {
        for (const method_entry& m : *table) {
            if (m.name() == name) return &m;
        }
    }
    return nullptr;
}

// ------------------------------------------------------------------ attributes

using array_attribute = std::function<value(const engine::array&)>;

value base_of(const engine::array& a) {
    if (const engine::array base = a->base_array()) return array_value(base);
    if (a->base()) return foreign_value(a->base());
    return value::none();
}

value flags_of(const engine::array& a) {
    return flags_value({engine::array_flags::of(*a), a});
}

const std::map<std::string, array_attribute, std::less<>>& array_attributes() {
    static const std::map<std::string, array_attribute, std::less<>> table = {
        {"T", [](const engine::array& a) { return array_value(engine::transpose(a)); }},
        {"mT", [](const engine::array& a) { return array_value(engine::matrix_transpose_attribute(a)); }},
        {"device", [](const engine::array&) { return value::string("cpu"); }},  // the array API's: always the CPU
        {"base", &base_of},
        {"shape", [](const engine::array& a) { return int_tuple(a->shape()); }},
        {"strides", [](const engine::array& a) { return int_tuple(a->strides()); }},
        {"ndim", [](const engine::array& a) { return value::integer(a->ndim()); }},
        {"size", [](const engine::array& a) { return value::integer(a->size()); }},
        {"dtype", [](const engine::array& a) { return dtype_value_of(a); }},
        {"itemsize", [](const engine::array& a) { return value::integer(a->itemsize()); }},
        {"nbytes", [](const engine::array& a) { return value::integer(a->nbytes()); }},
        {"real", [](const engine::array& a) { return array_value(engine::real(a)); }},
        {"imag", [](const engine::array& a) { return array_value(engine::imag(a)); }},
        {"flags", &flags_of},
        {"flat", [](const engine::array& a) {
             engine::check_legacy_iterator_dimensions(a->ndim());
             return flatiter_value(a);
         }},
    };
    return table;
}

// The float dtype of a complex dtype's parts.
engine::dtype part_type(engine::dtype complex_type) {
    return complex_type == engine::dtype::complex64 ? engine::dtype::float32 : engine::dtype::float64;
}

// NumPy scalars answer the array attributes as a 0-d, read-only, self-owning array would; T and (for
// non-complex types) real give the scalar itself.
std::optional<value> scalar_attribute(const value& self, const engine::scalar& s, std::string_view name) {
    const std::int64_t itemsize = engine::itemsize(s.type);
    if (name == "T") return self;
    if (name == "base") return value::none();
    if (name == "shape" || name == "strides") return value::tuple({});
    if (name == "ndim") return value::integer(0);
    if (name == "size") return value::integer(1);
    if (name == "dtype") return dtype_value(s.type);
    if (name == "itemsize" || name == "nbytes") return value::integer(itemsize);
    if (name == "flags") return flags_value({engine::array_flags::of_scalar(), nullptr});
    if (name == "flat") return flatiter_value(array_of_scalar(s));
    if (name == "device") return value::string("cpu");
    if (name == "real") {
        if (!engine::is_complex(s.type)) return self;
        return scalar_value(engine::scalar{part_type(s.type), s.as_complex().real()});
    }
    if (name == "imag") {
        if (!engine::is_complex(s.type)) return scalar_value(engine::make_int64(0).cast_to(s.type));
        return scalar_value(engine::scalar{part_type(s.type), s.as_complex().imag()});
    }
    return std::nullopt;
}

std::optional<value> flags_attribute(const flags_object& f, std::string_view name) {
    if (const std::optional<bool> flag = flag_named(f, name, false)) return value::boolean(*flag);
    return std::nullopt;
}

std::optional<value> dtype_attribute(const value& self, engine::dtype t, std::string_view name) {
    if (name == "itemsize") return value::integer(engine::itemsize(t));
    if (name == "shape") return value::tuple({});
    if (name == "ndim") return value::integer(0);
    if (name == "base") return self;
    if (name == "newbyteorder") {
        static const method_entry newbyteorder{array_method_signature("newbyteorder"), &dtype_newbyteorder_run};
        const engine::array holder = engine::ndarray::allocate(t, {});
        holder->set_descriptor(self.as<dtype_object>()->descriptor);
        return method_value(array_value(holder), newbyteorder);
    }
    return std::nullopt;
}

std::string python_type_name(const value& v) {
    if (v.is<engine::array>()) return "numpy.ndarray";
    if (v.is<engine::scalar>()) return "numpy." + class_name(v);
    return class_name(v);
}

}  // namespace

const method_entry& array_method(std::string_view name) {
    const method_entry* m = find_method(name);
    if (m == nullptr) throw std::logic_error("no ndarray method " + std::string(name));
    return *m;
}

// The flagsobj's properties, by attribute name, and the same read by subscript key ('W', 'WRITEABLE', ...), as
// NumPy's arrayflags_getitem names them (the combined ones: engine::array_flags).
std::optional<bool> flag_named(const flags_object& f, std::string_view name, bool by_key) {
    const engine::array_flags& b = f.bits;
    const struct {
        std::string_view attribute, key, short_key;
        bool value;
    } table[] = {
        {"c_contiguous", "C_CONTIGUOUS", "C", b.c_contiguous},
        {"contiguous", "CONTIGUOUS", "", b.c_contiguous},
        {"f_contiguous", "F_CONTIGUOUS", "F", b.f_contiguous},
        {"fortran", "FORTRAN", "", b.f_contiguous},
        {"owndata", "OWNDATA", "O", b.owndata},
        {"writeable", "WRITEABLE", "W", b.writeable},
        {"aligned", "ALIGNED", "A", b.aligned},
        {"writebackifcopy", "WRITEBACKIFCOPY", "X", false},
        {"behaved", "BEHAVED", "B", b.behaved()},
        {"carray", "CARRAY", "CA", b.carray()},
        {"farray", "FARRAY", "FA", b.farray()},
        {"fnc", "FNC", "", b.fnc()},
        {"forc", "FORC", "", b.forc()},
    };
    for (const auto& row : table)
        if (by_key ? (name == row.key || (!row.short_key.empty() && name == row.short_key)) : name == row.attribute)
            return row.value;
    return std::nullopt;
}

value call_method(const value& self, const method_entry& method, const call_arguments& args) {
    const bound_arguments bound = bind(method.parameters, args, modelled_release());
    if (const auto* s = self.as<engine::scalar>()) {
        if (method.run == &byteswap_method) return scalar_value(engine::byteswap(*s, truth(bound["inplace"])));
        if (method.run == &to_device_method) {  // the scalar itself
            check_to_device(bound);
            return self;
        }
        const value result = method.run(array_of_scalar(*s), bound);
        if (const auto* a = result.as<engine::array>()) return scalar_if_0d(*a);
        return result;
    }
    return method.run(*self.as<engine::array>(), bound);
}

// it.copy(): the walked array flattened in C order (PyArray_Flatten), bound to that array.
value flat_copy_run(const engine::array& self, const bound_arguments&) { return array_value(engine::flatten(self)); }

// A flat iterator's attributes: the array it walks, and its position (never advanced in the subset: next() is not
// in it), as an index and as coordinates.
std::optional<value> flatiter_attribute(const flatiter_object& it, std::string_view name) {
    if (name == "base") return array_value(it.base);
    if (name == "index") return value::integer(0);
    if (name == "coords") return int_tuple(engine::dims(it.base->shape().size(), 0));
    if (name == "copy") {
        static const method_entry copy{signature("copy", ""), &flat_copy_run};
        return method_value(array_value(it.base), copy);
    }
    return std::nullopt;
}

namespace {

[[noreturn]] void no_such_attribute(const value& object, const std::string& name) {
    raise_attribute_error("'" + python_type_name(object) + "' object has no attribute '" + name + "'");
}

}  // namespace

value engine_backend::get_attribute(const value& object, const std::string& name) const {
    // An attribute of the other release (NumPy 2's mT and device under NumPy 1.24).
    if (is_numpy_value(object) && cases::array_attribute_available(name, modelled_release()) == false)
        no_such_attribute(object, name);
    std::optional<value> found;
    if (const auto* a = object.as<engine::array>()) {
        if (const auto attribute = array_attributes().find(name); attribute != array_attributes().end()) {
            return attribute->second(*a);
        }
    } else if (const auto* s = object.as<engine::scalar>()) {
        found = scalar_attribute(object, *s, name);
    } else if (const auto* f = object.as<flags_object>()) {
        found = flags_attribute(*f, name);
    } else if (const auto* it = object.as<flatiter_object>()) {
        found = flatiter_attribute(*it, name);
    } else if (const auto* d = object.as<dtype_object>()) {
        found = dtype_attribute(object, d->type, name);
    } else if (const auto* u = object.as<ufunc_object>()) {
        if (name == "at") found = value::function(*u->at, modelled_release());
        else if (name == "reduce" && u->reduce != nullptr) found = value::function(*u->reduce, modelled_release());
    }
    if (found) return *found;
    if (is_numpy_value(object)) {
        if (const method_entry* m = find_method(name)) return method_value(object, *m);
    }
    no_such_attribute(object, name);
}

value engine_backend::call(const value& callee, const call_arguments& args) const {
    if (const auto* m = callee.as<bound_method>()) return call_method(m->self, *m->entry, args);
    if (const auto* t = callee.as<numpy_type_object>()) return call_numpy_type(*t, args);
    if (const auto* u = callee.as<ufunc_object>())
        return interpreter::call(value::function(*u->call, modelled_release()), args);
    raise_type_error("'" + class_name(callee) + "' object is not callable");
}

}  // namespace conformance::engine_system
