// The contract's rule for uninitialised memory, applied identically to every side from the syntax tree alone,
// so that garbage from np.empty is never compared (tracked per side: object identity is per implementation).
//
// The exact rule, per statement (a name is "tainted" when it is flagged, or bound to an array that is, or
// may share memory with, an array bound to a flagged name):
//  * An expression reads uninitialised data when it calls np.empty/np.empty_like, or uses a tainted name
//    anywhere except where only metadata is read: the attributes shape strides dtype ndim size itemsize
//    nbytes flags(.x); the operands of `is`/`is not`; the arguments of id(), np.shares_memory,
//    np.may_share_memory; the first argument of np.zeros_like/ones_like/full_like. Views (`e[1:]`, `e.T`,
//    `e.base`, `e.view()`) count as reading: what they give holds the same garbage.
//  * `NAME = EXPR` flags NAME when EXPR reads uninitialised data, and unflags it otherwise (once it ran).
//  * A write of uninitialised data into an array flags the name the written array is reached from:
//    `X[I] = V`, `X[I] op= V`, `X op= V`, `X.real = V` and `X.imag = V` when V or I reads it; `X.fill(V)`,
//    `np.copyto(X, V)`, `X.flat = V`, `X.put(...)`, `np.put/putmask/place/fill_diagonal/put_along_axis(X, ...)`,
//    `np.<ufunc>.at(X, ...)`, any call with `out=X` and a ufunc's positional out (anywhere in a statement) when
//    one of the other arguments (or the method's object) reads it; `X.sort()` and `X.partition()` when X reads
//    it. This holds even if the statement raised: a write may be partial. Every name bound to an array that may
//    share memory with the written one is flagged too (the garbage lands where they look). `X.strides = S` flags
//    X once any name was flagged earlier in the case (new strides may reach memory of a base no name shows).
//  * `NAME.resize(...)` as a statement flags NAME when it ran and NAME's array is read-only afterwards: NumPy
//    zero-fills the memory a resize adds only for a writeable array.
//  * The arrays inside a tuple or list bound to a flagged name (`NAME[i]`, trace-format.md) are flagged too.
//  * Only `NAME[:] = V`, `NAME[...] = V` (every index item `:` or `...`), `NAME.fill(V)` or
//    `np.copyto(NAME, V)` that ran without error, with a V that reads nothing uninitialised, clear the flag:
//    of every name bound to that very array object. Nothing else clears it, not even a full fancy write.
//  * Array names that are, or may share memory with, an array bound to a flagged name have "values": null;
//    scalar names that are flagged have "value": null; an expression statement that reads uninitialised
//    data has "value": null.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "case/ast.hpp"
#include "contract/implementation.hpp"
#include "contract/sharing.hpp"
#include "contract/snapshot.hpp"

namespace conformance {

// What one statement does to uninitialised memory, decided from its syntax tree before it runs.
struct uninitialised_effect {
    bool value_reads_uninitialised = false;      // an expression statement whose value holds garbage
    std::optional<std::string> rebinds;          // `NAME = EXPR`: NAME, flagged or not...
    bool rebinding_reads_uninitialised = false;  // ...as EXPR reads uninitialised data or not
    std::vector<std::string> written_with_garbage;  // names reached by writes of uninitialised data
    std::vector<std::string> written_in_full;       // names whose very object a clean full write clears
    std::optional<std::string> resized;             // `NAME.resize(...)`: garbage added if NAME is read-only
};

class uninitialised_memory {
public:
    // A new case: nothing is uninitialised.
    void reset();

    // Before the statement runs, with the names tainted after the previous statement.
    uninitialised_effect analyse(const cases::statement& statement) const;

    // After it ran: updates the flags and returns what the step must leave out. `sharing` is the system's
    // own may_share_memory answers for `state`.
    masked_values apply(const uninitialised_effect& effect, const outcome& result, const raw_state& state,
                        const sharing_table& sharing);

private:
    std::set<std::string> flagged_;  // names bound to objects that hold uninitialised memory
    std::set<std::string> tainted_;  // flagged, or arrays that may share memory with a flagged array
    bool garbage_seen_ = false;      // some name was flagged earlier in the case
};

}  // namespace conformance
