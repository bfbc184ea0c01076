// Divergence reports: the signature is derived from the syntax tree and the field path only, never from
// values or positions, so one cause gives one line however the case is written or where it fails.
#include "contract/report.hpp"

#include <algorithm>
#include <sstream>
#include <type_traits>
#include <variant>

#include "case/printer.hpp"

namespace conformance {

namespace {

std::vector<std::string> split_path(const std::string& path) {
    std::vector<std::string> parts;
    std::istringstream in(path);
    for (std::string part; std::getline(in, part, '.');) parts.push_back(part);
    return parts;
}

std::string expression_operation(const cases::expr& e) {
    return std::visit(
        [&](const auto& node) -> std::string {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, cases::call>) {
                if (const auto* name = std::get_if<cases::name_ref>(&node.callee->node)) return name->name;
                return expression_operation(*node.callee);
            } else if constexpr (std::is_same_v<node_type, cases::attribute>) {
                return node.name;
            } else if constexpr (std::is_same_v<node_type, cases::subscript>) {
                return "getitem";
            } else if constexpr (std::is_same_v<node_type, cases::binary> || std::is_same_v<node_type, cases::compare> ||
                                 std::is_same_v<node_type, cases::unary>) {
                return std::string(cases::spelling(node.op));
            } else if constexpr (std::is_same_v<node_type, cases::name_ref>) {
                return "name";
            } else if constexpr (std::is_same_v<node_type, cases::tuple_expr>) {
                return "tuple";
            } else if constexpr (std::is_same_v<node_type, cases::list_expr>) {
                return "list";
            } else {
                return "literal";
            }
        },
        e.node);
}

}  // namespace

std::string signature_field(const std::string& path) {
    const std::vector<std::string> parts = split_path(path);
    if (parts.size() == 3 && parts[0] == "arrays") return parts[2];
    if (parts.size() == 3 && parts[0] == "scalars") return "scalar " + parts[2];
    if (parts.size() == 3 && parts[0] == "flatiters") return "flatiter " + parts[2];
    return parts.empty() ? path : parts[0];
}

std::string operation_name(const cases::statement& statement) {
    return std::visit(
        [&](const auto& node) -> std::string {
            using node_type = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<node_type, cases::assign>) {
                const std::string operation = expression_operation(*node.value);
                return operation == "name" || operation == "literal" ? "assign" : operation;
            } else if constexpr (std::is_same_v<node_type, cases::setitem>) {
                return "setitem";
            } else if constexpr (std::is_same_v<node_type, cases::attribute_assign>) {
                std::string operation;
                for (const std::string& part : node.path) operation += "." + part;
                return operation + " =";
            } else if constexpr (std::is_same_v<node_type, cases::aug_assign>) {
                return std::string(cases::spelling(node.op)) + "=";
            } else {
                return expression_operation(*node.value);
            }
        },
        statement.node);
}

std::string signature(const cases::statement& statement, const difference& field) {
    return "DIVERGENCE: " + signature_field(field.path) + " after " + operation_name(statement);
}

std::vector<std::string> raised_categories(const json& trace) {
    std::vector<std::string> raised;
    if (!trace.contains("steps")) return raised;
    for (const json& step : trace.at("steps")) {
        const auto error = step.find("error");
        raised.push_back(error != step.end() && error->is_string() ? error->get<std::string>() : std::string());
    }
    return raised;
}

std::string reproducer(const cases::program& program, std::size_t statement_index, const std::string& path,
                       const std::vector<std::string>& raised) {
    const std::size_t end = std::min(statement_index + 1, program.statements.size());
    cases::program imports_only = program;
    imports_only.statements.clear();
    std::string text = cases::print_program(imports_only, true);
    for (std::size_t i = 0; i < end; ++i) {
        const cases::statement& statement = program.statements[i];
        const std::string line = cases::print_statement(statement);
        if (i + 1 == end) {
            if (statement.expect_comment) text += "# expect: " + *statement.expect_comment + "\n";
            text += line + (path.empty() ? std::string() : "  # DIVERGENCE: " + path) + "\n";
        } else if (i < raised.size() && !raised[i].empty()) {
            text += "try:\n    " + line + "\nexcept Exception:  # NumPy raises " + raised[i] + " here\n    pass\n";
        } else {
            if (statement.expect_comment) text += "# expect: " + *statement.expect_comment + "\n";
            text += line + "\n";
        }
    }
    return text;
}

std::string format_divergence(const std::string& case_path, const cases::program& program, const divergence& found,
                              const reported_side& oracle, const reported_side& engine) {
    const cases::statement& statement = program.statements.at(found.step);
    const std::size_t width = std::max({std::string("field").size(), oracle.name.size(), engine.name.size()}) + 1;
    auto labelled = [&](const std::string& label) { return "  " + label + std::string(width - label.size(), ' ') + " "; };

    std::ostringstream out;
    out << case_path << ":" << statement.line << ": " << statement.source << "\n";
    out << signature(statement, found.field) << "\n";
    out << labelled("field:") << found.field.path << "\n";
    out << labelled(oracle.name + ":") << found.field.oracle.dump() << "\n";
    out << labelled(engine.name + ":") << found.field.engine.dump() << "\n";
    for (const reported_side* side : {&oracle, &engine}) {
        if (!side->error_message.empty()) out << "  " << side->name << " raised: " << side->error_message << "\n";
    }
    out << "reproducer:\n" << reproducer(program, found.step, found.field.path, oracle.raised);
    return out.str();
}

}  // namespace conformance
