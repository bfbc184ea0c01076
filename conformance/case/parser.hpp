// Entry points of the case-language front end: case-script text in, a validated syntax tree
// out, or a cases::parse_error that names the first problem in the file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "case/ast.hpp"
#include "case/parse_error.hpp"

namespace cases {

// Parses and validates a whole case script. Every statement is checked against the subset
// (case-language.md) before this returns, so a case with any unsupported construct never
// starts running. `file_name` is used in error messages and stored in the program.
program parse_program(std::string_view text, std::string file_name);

// The imports a text parsed on its own may take as already made.
enum class imports_before { none, numpy_and_as_strided };

// parse_program of the lines that follow `import numpy as np` and `from numpy.lib.stride_tricks import
// as_strided` (numpy_and_as_strided) in a script, without lexing those two lines again: the fuzzer parses each
// line it generates this way. Line numbers count from the text's own first line.
program parse_program(std::string_view text, std::string file_name, imports_before imported);

// parse_program over the file's contents, under its path as given.
program parse_file(const std::filesystem::path& path);

}  // namespace cases
