// How deeply a case's expressions may nest, defined once: the parser refuses anything deeper with
// a parse_error (`FILE:LINE:COL: expression nested deeper than 100 levels`) before any stage walks it.
#pragma once

namespace cases {

// Every stage after the parser recurses over the syntax tree: the subset check, the printer, both
// interpreters and the comparator, and the parser itself descends once per level. Unbounded, a
// 20,000-step chain `a[::-1][::-1]...` overflowed the stack (issue #13). CPython refuses more than 200
// nested brackets ("too many nested parentheses") and cannot compile trees a few thousand levels deep,
// so a deeper case could only ever report a divergence; 100 is half of CPython's bracket limit, far
// beyond any real case, and keeps each walk's stack to a few hundred frames.
constexpr int max_expression_depth = 100;

}  // namespace cases
