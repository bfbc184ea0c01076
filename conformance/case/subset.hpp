// The subset check: which functions, methods, attributes, keywords and names a case may use.
// The parser runs it over each statement as soon as it is parsed, so errors come in file order.
#pragma once

#include <set>
#include <string>

#include "case/ast.hpp"

namespace cases {

class subset_checker {
public:
    explicit subset_checker(std::string file_name) : file_(std::move(file_name)) {}

    // The file has imported `as_strided` by name; from here on the bare name may be called.
    void note_as_strided_import() { as_strided_imported_ = true; }

    // Throws parse_error ("unsupported construct: ...") at the first construct of `stmt`
    // outside the subset; otherwise remembers the names it binds.
    void check(const statement& stmt);

private:
    // How the expression being checked is used: only a whole expression statement may be a
    // print, and only a callee may name a function.
    enum class use { value, callee, whole_statement };

    void check_expr(const expr& e, use how) const;
    void check_name(const name_ref& name, source_pos pos) const;
    void check_attribute(const attribute& attr, source_pos pos) const;
    void check_numpy_attribute(const std::string& dotted, source_pos pos, use how) const;
    void check_call(const call& c, source_pos pos, use how) const;
    void check_subscript(const subscript& s) const;
    void check_binding(const std::string& name, source_pos pos) const;

    std::string file_;
    bool as_strided_imported_ = false;
    std::set<std::string> bound_names_;
};

}  // namespace cases
