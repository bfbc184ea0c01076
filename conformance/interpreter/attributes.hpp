// Attribute access `x.name` and assignment `x.a.b = v`: .real/.imag of Python numbers, members of a system's
// modules and the attributes of its objects through its backend; AttributeError as Python words it otherwise.
#pragma once

#include <string>
#include <vector>

#include "interpreter/value.hpp"

namespace conformance::interpreter {

// object.name.
value get_attribute(const value& object, const std::string& name);

// object.path[0].path[1]... = assigned (the case language allows .shape, .flags.<name>, .strides, ...).
void set_attribute(const value& object, const std::vector<std::string>& path, const value& assigned);

}  // namespace conformance::interpreter
