// Counting references the way CPython holds them for the subset's objects: names and container slots refer to
// objects, a view refers to its base (NumPy's collapsed base: one reference from each view), a DummyArray to the
// array it wraps. Every object reachable from the names is visited once.
#include "systems/engine/references.hpp"

#include <set>

#include "systems/engine/engine_backend.hpp"

namespace conformance::engine_system {

namespace {

const std::map<std::string, value>* running_bindings = nullptr;

struct reference_counter {
    const engine::object* target;
    std::int64_t count = 0;
    std::set<const void*> visited;

    // One reference held to `v`'s object (from a name or a slot), then what that object holds.
    void referenced(const value& v) {
        if (const auto* a = v.as<engine::array>()) {
            if (a->get() == target) ++count;
            visit_array(*a);
        } else if (const auto* m = v.as<bound_method>()) {
            if (!visited.insert(&v.get()).second) return;
            referenced(m->self);
        } else if (const auto* f = v.as<flags_object>()) {
            if (!visited.insert(&v.get()).second) return;
            if (f->owner && f->owner.get() == target) ++count;
            if (f->owner) visit_array(f->owner);
        } else if (const auto* it = v.as<flatiter_object>()) {
            if (!visited.insert(&v.get()).second) return;
            if (it->base.get() == target) ++count;  // a flat iterator holds its array
            visit_array(it->base);
        } else if (const auto* f = v.as<foreign_object>()) {
            visit_base(f->base);
        } else if (const auto* t = v.as<py_tuple>()) {
            if (!visited.insert(&v.get()).second) return;
            for (const value& item : t->items) referenced(item);
        } else if (const auto* l = v.as<py_list>()) {
            if (!visited.insert(&v.get()).second) return;
            for (const value& item : l->items) referenced(item);
        }
    }

    void visit_array(const engine::array& a) {
        if (!visited.insert(a.get()).second) return;
        visit_base(a->base());
    }

    // The base an array (or a value) refers to: one reference, and what the base holds in turn.
    void visit_base(const std::shared_ptr<engine::object>& base) {
        if (!base) return;
        if (base.get() == target) ++count;
        if (const auto array = std::dynamic_pointer_cast<engine::ndarray>(base)) {
            visit_array(array);
        } else if (const auto* dummy = dynamic_cast<const engine::foreign_base*>(base.get())) {
            if (!visited.insert(dummy).second) return;
            if (dummy->source().get() == target) ++count;
            visit_array(dummy->source());
        }
    }
};

}  // namespace

reference_scope::reference_scope(const std::map<std::string, value>& bindings) : previous_(running_bindings) {
    running_bindings = &bindings;
}

reference_scope::~reference_scope() { running_bindings = previous_; }

std::unique_ptr<statement_scope> engine_backend::open_statement(const std::map<std::string, value>& bindings) const {
    return std::make_unique<reference_scope>(bindings);
}

std::int64_t program_references(const engine::array& a) {
    reference_counter counter{a.get(), 0, {}};
    if (running_bindings)
        for (const auto& [name, bound] : *running_bindings) counter.referenced(bound);
    return counter.count;
}

}  // namespace conformance::engine_system
