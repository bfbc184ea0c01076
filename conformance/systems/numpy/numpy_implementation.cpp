// The NumPy side: statements run with compile/exec (eval for expression statements) in a fresh globals dict
// per case; `id` and `print` are replaced in the case's builtins so that values can be compared, not printed.
#include "systems/numpy/numpy_implementation.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <variant>

#include <pybind11/embed.h>
#include <pybind11/numpy.h>

#include "contract/sharing_cache.hpp"
#include "systems/numpy/numpy_values.hpp"
#include "systems/numpy/python_runtime.hpp"

namespace py = pybind11;

namespace conformance {

namespace {

// Run once per implementation: what the case's builtins replace. `id(x)` returns a wrapper that compares
// like the integer (so `id(a) == id(b)` works) and that the value encoder turns into {"id": key};
// `print(a, b)` returns the list of its arguments, which is the statement's value. np.byte_bounds (NumPy 1) and
// np.lib.array_utils.byte_bounds (NumPy 2) return ints that also remember the memory block they point into (the
// end of the array's chain of bases) and their offset from its data, which the encoder writes instead of the raw
// address; an int moves them within the block, and two of them subtract to a plain int, as the real ones do.
constexpr const char* case_prelude = R"python(
import builtins

class object_id:
    __slots__ = ("address",)
    def __init__(self, obj):
        self.address = builtins.id(obj)
    def __eq__(self, other):
        return self.address == other.address if isinstance(other, object_id) else NotImplemented
    def __ne__(self, other):
        return self.address != other.address if isinstance(other, object_id) else NotImplemented
    def __hash__(self):
        return hash(self.address)
    def __repr__(self):
        return "id(%#x)" % self.address

def printed_values(*values, **options):
    return list(values)

def shared_memory_address_class():
    # np.byte_bounds is patched once per process (every NumPy system of the process shares the numpy module), so
    # every prelude must see the one class the patched function returns.
    import sys, types
    shared = sys.modules.get("_strided_case_runner")
    if shared is None:
        shared = types.ModuleType("_strided_case_runner")
        sys.modules["_strided_case_runner"] = shared

        class memory_address(int):
            def __new__(cls, address, block, start):
                self = int.__new__(cls, address)
                self.block = block
                self.offset = address - start
                return self
            def _moved(self, address):
                return memory_address(address, self.block, int(self) - self.offset)
            def __add__(self, other):
                if type(other) in (int, bool):
                    return self._moved(int(self) + other)
                return int.__add__(self, other)
            __radd__ = __add__
            def __sub__(self, other):
                if type(other) in (int, bool):
                    return self._moved(int(self) - other)
                return int(self) - int(other) if isinstance(other, int) else int.__sub__(self, other)

        shared.memory_address = memory_address
    return shared.memory_address

memory_address = shared_memory_address_class()

def traced_byte_bounds(byte_bounds):
    import numpy
    if getattr(byte_bounds, "traced", False):
        return byte_bounds
    def traced(a):
        low, high = byte_bounds(a)
        if not isinstance(a, numpy.ndarray):
            return low, high
        block = a
        while block.base is not None:
            block = block.base
        start = block.__array_interface__["data"][0]
        return memory_address(low, block, start), memory_address(high, block, start)
    traced.traced = True
    return traced

def trace_byte_bounds():
    import numpy
    if "byte_bounds" in vars(numpy):
        numpy.byte_bounds = traced_byte_bounds(numpy.byte_bounds)
    try:
        from numpy.lib import array_utils
    except ImportError:
        return
    array_utils.byte_bounds = traced_byte_bounds(array_utils.byte_bounds)

trace_byte_bounds()

case_builtins = dict(builtins.__dict__)
case_builtins["id"] = object_id
case_builtins["print"] = printed_values
)python";

// The names the runner puts into every case's globals: not the case's bindings.
bool is_injected_name(const std::string& name) {
    return name == "__builtins__" || name == "np" || name == "as_strided";
}

// The contract's exception categories, looked for along the exception's method resolution order.
const std::pair<PyObject*, const char*>* category_of(PyObject* exception_class) {
    static const std::pair<PyObject*, const char*> categories[] = {
        {PyExc_IndexError, "IndexError"},       {PyExc_ValueError, "ValueError"},
        {PyExc_TypeError, "TypeError"},         {PyExc_AttributeError, "AttributeError"},
        {PyExc_KeyError, "KeyError"},           {PyExc_OverflowError, "OverflowError"},
        {PyExc_ZeroDivisionError, "ZeroDivisionError"}, {PyExc_RuntimeError, "RuntimeError"}};
    for (const auto& category : categories) {
        if (category.first == exception_class) return &category;
    }
    return nullptr;
}

std::string exception_category(const py::handle& exception_type) {
    for (py::handle ancestor : exception_type.attr("__mro__")) {
        if (const auto* category = category_of(ancestor.ptr())) return category->second;
    }
    return exception_type.attr("__name__").cast<std::string>();
}

}  // namespace

struct numpy_implementation::python_side {
    py::module_ numpy = py::module_::import("numpy");
    py::object as_strided = py::module_::import("numpy.lib.stride_tricks").attr("as_strided");
    py::object np_shares_memory = numpy.attr("shares_memory");
    py::object np_may_share_memory = numpy.attr("may_share_memory");
    py::object flatiter = numpy.attr("flatiter");
    py::dict prelude;
    value_encoder encoder;
    py::dict globals;

    // Compiled statements by mode and source: a corpus run compiles each statement once.
    std::unordered_map<std::string, py::object> compiled_statements;
    std::unordered_map<std::string, py::object> compiled_expressions;
    // The arrays of the last state(), referenced so that their keys stay theirs while in use.
    std::map<object_key, py::array> arrays;
    // Sharing answers by the two arrays' layouts ("recompute only pairs a statement can have changed").
    sharing_cache sharing_answers;

    python_side()
        : prelude(run_prelude()),
          encoder(numpy.attr("generic"), prelude["object_id"], prelude["memory_address"]) {}

    static py::dict run_prelude() {
        py::dict scope;
        py::exec(case_prelude, scope);
        return scope;
    }

    // CPython's compiler called directly, as builtins.compile calls it (no flags inherited from the caller): the
    // fuzzer compiles most of its statements once, and the call through Python was a fifth of that.
    const py::object& code_for(const std::string& source, bool is_expression) {
        auto& known = is_expression ? compiled_expressions : compiled_statements;
        auto found = known.find(source);
        if (found == known.end()) {
            // The flags builtins.compile sets for a str; the parser has refused null bytes, which would end c_str().
            PyCompilerFlags flags = _PyCompilerFlags_INIT;
            flags.cf_flags = PyCF_SOURCE_IS_UTF8 | PyCF_IGNORE_COOKIE;
            if (source.find('\0') != std::string::npos) {
                throw std::invalid_argument("numpy side: a null byte in source");
            }
            PyObject* code = Py_CompileStringExFlags(source.c_str(), "<case>",
                                                     is_expression ? Py_eval_input : Py_file_input, &flags, -1);
            if (code == nullptr) throw py::error_already_set();
            found = known.emplace(source, py::reinterpret_steal<py::object>(code)).first;
        }
        return found->second;
    }

    const py::array& array_at(object_key key) const {
        const auto found = arrays.find(key);
        if (found == arrays.end()) throw std::invalid_argument("numpy side: no bound array has key " + std::to_string(key));
        return found->second;
    }

    sharing_answer sharing(object_key a, object_key b) {
        const auto layout_of = [&](object_key key) {
            const py::array& array = array_at(key);
            return array_layout{reinterpret_cast<std::uintptr_t>(array.data()),
                                static_cast<std::int64_t>(itemsize_of(array.dtype())),
                                {array.shape(), static_cast<std::size_t>(array.ndim())},
                                {array.strides(), static_cast<std::size_t>(array.ndim())}};
        };
        const auto ask = [&](const py::object& function) { return function(array_at(a), array_at(b)).cast<bool>(); };
        return sharing_answers.answers(a, b, layout_of, [&] { return ask(np_shares_memory); },
                                       [&] { return ask(np_may_share_memory); });
    }
};

numpy_implementation::numpy_implementation() {
    python_runtime::ensure_started();
    python_ = std::make_unique<python_side>();
    reset();
}

numpy_implementation::~numpy_implementation() = default;

std::string numpy_implementation::name() const {
    return "numpy " + python_->numpy.attr("__version__").cast<std::string>();
}

void numpy_implementation::reset() {
    py::dict globals;
    globals["__builtins__"] = python_->prelude["case_builtins"];
    globals["np"] = python_->numpy;
    globals["as_strided"] = python_->as_strided;
    python_->globals = std::move(globals);
    python_->arrays.clear();
    python_->sharing_answers.forget_program();
}

outcome numpy_implementation::execute(const cases::statement& statement) {
    const bool is_expression = std::holds_alternative<cases::expression_statement>(statement.node);
    // The last state's arrays are let go first: a reference the runner holds would count in CPython's refcount,
    // which a.resize's refcheck reads (it refuses above 2: the name and the call).
    python_->arrays.clear();
    python_->sharing_answers.forget_state();
    outcome result;
    py::object value;
    try {
        const py::object& code = python_->code_for(statement.source, is_expression);
        PyObject* evaluated = PyEval_EvalCode(code.ptr(), python_->globals.ptr(), python_->globals.ptr());
        if (evaluated == nullptr) throw py::error_already_set();
        value = py::reinterpret_steal<py::object>(evaluated);
    } catch (const py::error_already_set& e) {
        result.error = exception_category(e.type());
        result.error_message = py::str(e.value()).cast<std::string>();
        return result;
    }
    if (is_expression) result.value = python_->encoder.value(value);
    return result;
}

raw_state numpy_implementation::state() {
    raw_state state;
    std::map<object_key, py::array> arrays;
    const auto describe = [&](const std::string& name, const py::handle& value) {
        binding bound;
        bound.key = key_of(value);
        if (py::isinstance<py::array>(value)) {
            bound.what = binding::kind::array;
            if (arrays.count(bound.key) == 0) {
                const auto array = py::reinterpret_borrow<py::array>(value);
                state.arrays.emplace(bound.key, read_array(array));
                arrays.emplace(bound.key, array);
            }
        } else if (auto scalar = python_->encoder.scalar(value)) {
            bound.what = scalar->first;
            bound.scalar = std::move(scalar->second);
        } else if (py::isinstance(value, python_->flatiter)) {
            bound.what = binding::kind::flatiter;
            bound.walks = key_of(value.attr("base"));
        }
        state.names.emplace(name, std::move(bound));
    };
    // The array items of a bound tuple or list, at any depth, as NAME[i] (trace-format.md, "Arrays inside
    // tuples and lists"); a list that contains itself is walked once.
    std::vector<PyObject*> open;
    const auto describe_items = [&](const std::string& name, const py::handle& value, const auto& self) -> void {
        if (!PyTuple_Check(value.ptr()) && !PyList_Check(value.ptr())) return;
        if (std::find(open.begin(), open.end(), value.ptr()) != open.end()) return;
        open.push_back(value.ptr());
        const auto items = py::reinterpret_borrow<py::sequence>(value);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const py::object item = items[i];
            const std::string item_name = name + "[" + std::to_string(i) + "]";
            if (py::isinstance<py::array>(item)) describe(item_name, item);
            self(item_name, item, self);
        }
        open.pop_back();
    };
    for (const auto& [name_object, value] : python_->globals) {
        // A global's name is a str: read in place (through py::str it was a copy and a cast per name and step).
        Py_ssize_t length = 0;
        const char* utf8 =
            PyUnicode_Check(name_object.ptr()) ? PyUnicode_AsUTF8AndSize(name_object.ptr(), &length) : nullptr;
        if (utf8 == nullptr) PyErr_Clear();
        const std::string name =
            utf8 ? std::string(utf8, static_cast<std::size_t>(length)) : py::str(name_object).cast<std::string>();
        if (is_injected_name(name)) continue;
        describe(name, value);
        describe_items(name, value, describe_items);
    }
    python_->arrays = std::move(arrays);
    return state;
}

sharing_answer numpy_implementation::sharing(object_key a, object_key b) { return python_->sharing(a, b); }

bool numpy_implementation::shares_memory(object_key a, object_key b) { return sharing(a, b).shares; }

bool numpy_implementation::may_share_memory(object_key a, object_key b) { return sharing(a, b).may_share; }

}  // namespace conformance
