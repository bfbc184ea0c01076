// The one exception the case-language front end throws: a syntax error or a construct outside
// the subset, located as `FILE:LINE:COL: message`, raised before any statement runs.
#pragma once

#include <stdexcept>
#include <string>

#include "case/ast.hpp"

namespace cases {

class parse_error : public std::runtime_error {
public:
    parse_error(const std::string& file, source_pos pos, const std::string& message)
        : std::runtime_error(file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col) +
                             ": " + message),
          pos_(pos),
          message_(message) {}

    // A construct Python accepts but the case language does not (`what` names it).
    static parse_error unsupported(const std::string& file, source_pos pos, const std::string& what) {
        return parse_error(file, pos, "unsupported construct: " + what);
    }

    source_pos pos() const { return pos_; }
    const std::string& message() const { return message_; }  // what() without the location

private:
    source_pos pos_;
    std::string message_;
};

}  // namespace cases
