// The one interface every system under comparison implements (NumPy, the engine, later others): run a
// case statement, then describe the bound names and arrays. The comparator sees only this, never a system.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <absl/container/inlined_vector.h>
#include <nlohmann/json.hpp>

#include "case/ast.hpp"
#include "contract/element_memory.hpp"

namespace conformance {

using json = nlohmann::ordered_json;

// What running one statement did.
struct outcome {
    // The exception's category per the contract ("IndexError", ... , or its own class name), or none.
    std::optional<std::string> error;
    // The exception's message, shown in reports, never compared.
    std::string error_message;
    // An expression statement's value in the contract's encoding (null for other statements). Where an
    // `id(X)` result appears in it, it is encoded as {"id": <object_key>} and the snapshot replaces the key
    // with X's canonical name (or an opaque "#n").
    json value;
};

// The identity of a live object inside one implementation (an address). Equal keys: the same object.
using object_key = std::uint64_t;

// A shape or strides: inline up to 8 axes, as the engine keeps them. Both systems describe every bound array
// after every statement, and two vectors per array were a tenth of the allocations of a sanitised fuzz run.
using extents = absl::InlinedVector<std::int64_t, 8>;

// One array as an implementation sees it, before names are canonicalised.
struct array_state {
    std::string dtype;  // NumPy's name: "int64", "bool", "complex64", ...
    extents shape;
    extents strides;
    bool owndata = false;
    bool writeable = false;
    bool c_contiguous = false;
    bool f_contiguous = false;
    // Where the elements are, when the contract decodes their kind itself and all lie inside their buffer:
    // steps compare them in place and write them as text only when needed (values then stays null).
    std::optional<element_memory> memory;
    json values;                      // otherwise: flat C-order list in the contract's encoding, or the marker
    std::optional<object_key> base;   // none: base is None; else the base object's key (array or not)
};

// np.shares_memory and np.may_share_memory of two arrays.
struct sharing_answer {
    bool shares = false;
    bool may_share = false;
};

// What a name is bound to.
struct binding {
    enum class kind { array, numpy_scalar, python_scalar, flatiter, other };
    kind what = kind::other;
    object_key key = 0;  // identity of the bound object (meaningful for arrays and flat iterators; aliases share it)
    json scalar;         // for the two scalar kinds: {"dtype": ..., "value": ...} per the contract
    object_key walks = 0;  // for a flat iterator (a.flat): the key of the array it walks
};

// Everything bound after a statement.
struct raw_state {
    std::map<std::string, binding> names;          // every bound name, sorted
    std::map<object_key, array_state> arrays;      // every array some name is bound to
};

class implementation {
public:
    virtual ~implementation() = default;
    // Shown in reports and in the trace's "oracle" field ("numpy 1.24.2", "engine").
    virtual std::string name() const = 0;
    // Forget every binding: the start of a new case.
    virtual void reset() = 0;
    // Runs one statement. Exceptions of the system become outcome.error; the state must then be as the
    // system leaves it (NumPy: almost always untouched).
    virtual outcome execute(const cases::statement& statement) = 0;
    virtual raw_state state() = 0;
    // np.shares_memory / np.may_share_memory (default max_work) between two bound arrays.
    virtual bool shares_memory(object_key a, object_key b) = 0;
    virtual bool may_share_memory(object_key a, object_key b) = 0;
    // Both at once, as every step asks them of every pair: a system that remembers answers looks them up once.
    virtual sharing_answer sharing(object_key a, object_key b) { return {shares_memory(a, b), may_share_memory(a, b)}; }
};

}  // namespace conformance
