// Assignment to the attributes of the engine's objects, as NumPy's setters do it: a.shape, a.strides, a.dtype,
// a.real, a.imag, a.flat and a.flags.<name>.
#include "systems/engine/engine_backend.hpp"

#include "engine/attribute_setters.hpp"
#include "engine/flat_iterator.hpp"
#include "engine/memory_views.hpp"
#include "engine/reshape.hpp"
#include "interpreter/operators.hpp"
#include "interpreter/python_error.hpp"
#include "systems/engine/conversions.hpp"
#include "systems/engine/function_tables.hpp"

namespace conformance::engine_system {

namespace {

const engine::array& array_for_attribute_assignment(const value& object, const std::string& attribute) {
    const auto* a = object.as<engine::array>();
    if (a == nullptr) {
        raise_attribute_error("'" + class_name(object) + "' object attribute '" + attribute + "' is read-only");
    }
    return *a;
}

}  // namespace

void engine_backend::set_attribute(const value& object, const std::vector<std::string>& path,
                                   const value& assigned) const {
    if (path == std::vector<std::string>{"shape"}) {
        engine::set_shape(array_for_attribute_assignment(object, "shape"), to_shape(assigned));
    } else if (path.size() == 2 && path[0] == "flags") {
        // The flagsobj's settable properties call setflags; the others have no setter.
        const std::string& flag = path[1];
        if (flag != "writeable" && flag != "aligned" && flag != "writebackifcopy") {
            if (!object.is<engine::array>() && !object.is<engine::scalar>())
                array_for_attribute_assignment(object, "flags");  // AttributeError: no .flags
            raise_attribute_error("attribute '" + flag + "' of 'numpy.flagsobj' objects is not writable");
        }
        if (object.is<engine::scalar>()) raise_value_error("Cannot set flags on array scalars.");
        const engine::array& target = array_for_attribute_assignment(object, "flags");
        const bool on = interpreter::truth(assigned);
        engine::setflags(target, flag == "writeable" ? std::optional(on) : std::nullopt,
                  flag == "aligned" ? std::optional(on) : std::nullopt,
                  flag == "writebackifcopy" ? std::optional(on) : std::nullopt);
    } else if (path == std::vector<std::string>{"strides"}) {
        const engine::array& target = array_for_attribute_assignment(object, "strides");
        engine::dims strides;
        try {
            if (assigned.is<none_type>()) raise_type_error("invalid strides");
            strides = to_int_list(assigned);
        } catch (const python_error&) {
            raise_type_error("invalid strides");  // NumPy words every failed conversion so
        }
        engine::set_strides(target, strides);
    } else if (path == std::vector<std::string>{"dtype"}) {
        const engine::array& target = array_for_attribute_assignment(object, "dtype");
        engine::set_dtype(target, to_dtype_or_default(assigned), descriptor_of(assigned));  // None means float64
    } else if (path == std::vector<std::string>{"real"}) {
        // array_real_set: PyArray_CopyObject into the real part, which is the array itself unless complex.
        engine::assign_part(engine::real(array_for_attribute_assignment(object, "real")), to_array(assigned));
    } else if (path == std::vector<std::string>{"imag"}) {
        engine::assign_part(engine::imag_for_assignment(array_for_attribute_assignment(object, "imag")),
                            to_array(assigned));
    } else if (path == std::vector<std::string>{"flat"}) {
        // array_flat_set: every element in C order from the value (forced to the array's dtype), repeated.
        const engine::array& target = array_for_attribute_assignment(object, "flat");
        target->require_writeable("array is read-only");
        engine::flat_assign(target, assigned.is<engine::array>() ? *assigned.as<engine::array>()
                                                                 : to_array(assigned, target->type()));
    } else {
        throw std::logic_error("the parser admits only .shape, .strides, .dtype, .real, .imag, .flat and "
                               ".flags.<name> assignments");
    }
}

}  // namespace conformance::engine_system
