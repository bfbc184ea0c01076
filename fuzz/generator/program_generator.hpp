// The one generator of random case programs, shared by the RapidCheck property tests and the libFuzzer
// target: it writes one valid case-language statement at a time, chosen for the arrays bound so far.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "generator/choice_source.hpp"

namespace fuzzing {

// What the generator knows of one bound array (read from the oracle's state between statements).
struct live_array {
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> strides;  // bytes, as NumPy reports them
    std::string dtype;                  // NumPy's name, "int64"
    bool c_contiguous = true;
    bool writeable = true;
    bool values_known = true;  // false where the runner masks them: uninitialised memory (np.empty) nearby
};

struct generation_context {
    std::vector<live_array> arrays;        // oldest binding first: the newest are the likeliest sources
    std::vector<std::string> bound_names;  // every bound name, arrays or not
};

struct generator_limits {
    int max_dims = 6;
    std::int64_t max_elements = 4096;  // per array the program makes
    int max_names = 12;
    int max_statements = 32;
    // Writes through an index array that aliases the array written (a[a] = ...). Off for NumPy 1.24, which reads
    // such an index in place after checking it, so a rewritten index can make NumPy itself write out of bounds.
    bool aliasing_index_writes = true;
};

// The kinds of statement the generator writes; tests count them, people read them in statistics.
enum class statement_family { creation, view, copy, arithmetic, mutation, query, alias };
inline constexpr int statement_family_count = 7;
std::string_view family_name(statement_family family);

struct generated_statement {
    std::string text;  // one line of the case language
    statement_family family;
};

class program_generator {
public:
    explicit program_generator(choice_source& choices, generator_limits limits = {})
        : choices_(choices), limits_(limits) {}

    // One statement for the state `context` describes. Statements that raise are generated on purpose
    // (out-of-range indices and axes, impossible reshapes and broadcasts, read-only writes, bad views).
    generated_statement next_statement(const generation_context& context);

    const generator_limits& limits() const { return limits_; }

private:
    using shape_t = std::vector<std::int64_t>;

    std::string creation(const std::string& target);
    std::string view_of(const std::string& target, const live_array& source);
    std::string copy_of(const std::string& target, const live_array& source, const generation_context& context);
    std::string arithmetic(const std::string& target, const live_array& source, const generation_context& context);
    std::string mutation(const live_array& source, const generation_context& context);
    std::string query(const live_array& source, const generation_context& context);

    std::string new_or_reused_name(const generation_context& context);
    std::string operand_for(const live_array& source, const generation_context& context);
    std::string exponent_for(const live_array& source);
    std::string reduction_of(const live_array& source);
    std::string ufunc_into(const live_array& source, const generation_context& context);
    shape_t random_shape(std::int64_t max_elements);
    shape_t factorised_shape(std::int64_t size);
    std::string reshape_arguments(const live_array& source);
    std::string basic_index(const shape_t& shape);
    std::string advanced_index(const shape_t& shape);
    std::string any_index(const shape_t& shape);
    std::string index_list(std::int64_t extent);
    std::string slice_text(std::int64_t extent);
    std::string axis_text(std::size_t ndim);
    std::string scalar_value();
    std::string assigned_value(const live_array& target, const generation_context& context);
    std::string dtype_text();
    std::string order_text(bool with_k);
    std::string axes_permutation(std::size_t ndim);
    std::string strided_window(const live_array& original);

    choice_source& choices_;
    generator_limits limits_;
};

// Shape as Python text: "(2, 3)", "(4,)", "()".
std::string shape_literal(const std::vector<std::int64_t>& shape);

}  // namespace fuzzing
