// The run's summary and report, built from the per-case records only (no system, no trace): the same text
// whatever systems were compared.
#include "runner/run_report.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace conformance {

namespace {

// The fields a divergence can first differ at, in the comparator's order (compare.hpp); others go last.
const std::vector<std::string> field_order = {"error",     "value",        "arrays",       "dtype",         "shape",
                                              "strides",   "values",       "base",         "owndata",       "writeable",
                                              "c_contiguous", "f_contiguous", "scalar dtype", "scalar value", "flatiter base",
                                              "same_object", "shares_memory", "may_share_memory"};

std::map<case_status, int> counts(const std::vector<case_record>& records) {
    std::map<case_status, int> n;
    for (const case_record& r : records) ++n[r.status];
    return n;
}

bool has_divergence(const case_record& r) {
    return !r.field.empty() && (r.status == case_status::diverged || r.status == case_status::expected ||
                                r.status == case_status::unexpected_pass);
}

// The matrix's columns: the fields that occur, in comparator order.
std::vector<std::string> occurring_fields(const std::vector<case_record>& records) {
    std::set<std::string> seen;
    for (const case_record& r : records)
        if (has_divergence(r)) seen.insert(r.field);
    std::vector<std::string> columns;
    for (const std::string& f : field_order)
        if (seen.erase(f)) columns.push_back(f);
    columns.insert(columns.end(), seen.begin(), seen.end());
    return columns;
}

struct family_row {
    int cases = 0;
    std::map<case_status, int> statuses;
    std::map<std::string, int> fields;
};

std::map<std::string, family_row> family_rows(const std::vector<case_record>& records) {
    std::map<std::string, family_row> rows;
    for (const case_record& r : records) {
        family_row& row = rows[r.family];
        ++row.cases;
        ++row.statuses[r.status];
        if (has_divergence(r)) ++row.fields[r.field];
    }
    return rows;
}

std::string html_escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string markdown_cell(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
    return out;
}

std::string cell_count(int n) { return n == 0 ? "·" : std::to_string(n); }

}  // namespace

const case_status_info& info(case_status status) {
    for (const case_status_info& i : case_statuses)
        if (i.status == status) return i;
    return case_statuses.front();
}

std::string summary_lines(const std::vector<case_record>& records) {
    const std::map<case_status, int> n = counts(records);
    auto count = [&](case_status s) { return n.contains(s) ? n.at(s) : 0; };
    int passed = 0;
    int failed = 0;
    for (const case_status_info& i : case_statuses) {
        if (i.status == case_status::skipped) continue;
        (i.counts_as_failure ? failed : passed) += count(i.status);
    }
    std::ostringstream out;
    out << passed << " passed, " << failed << " failed\n";
    out << "diverged: " << count(case_status::diverged) << ", unsupported: " << count(case_status::unsupported)
        << ", expected: " << count(case_status::expected) << ", unexpected pass: " << count(case_status::unexpected_pass)
        << ", skipped: " << count(case_status::skipped);
    if (count(case_status::failed) > 0) out << ", failed: " << count(case_status::failed);
    out << "\n";
    return out.str();
}

std::string format_run_report_markdown(const std::vector<case_record>& records, const std::string& title) {
    const std::vector<std::string> fields = occurring_fields(records);
    std::ostringstream out;
    out << "# " << title << "\n\n";
    const std::string summary = summary_lines(records);
    out << "**" << summary.substr(0, summary.find('\n')) << "** — " << summary.substr(summary.find('\n') + 1) << "\n";

    out << "| family | cases | passed |";
    for (const std::string& f : fields) out << " " << f << " |";
    out << " unsupported | failed | skipped |\n|---|---|---|";
    for (std::size_t i = 0; i < fields.size(); ++i) out << "---|";
    out << "---|---|---|\n";
    for (const auto& [family, row] : family_rows(records)) {
        auto status = [&statuses = row.statuses](case_status s) { return statuses.contains(s) ? statuses.at(s) : 0; };
        out << "| " << family << " | " << row.cases << " | " << status(case_status::passed) << " |";
        for (const std::string& f : fields) out << " " << cell_count(row.fields.contains(f) ? row.fields.at(f) : 0) << " |";
        out << " " << cell_count(status(case_status::unsupported)) << " | " << cell_count(status(case_status::failed))
            << " | " << cell_count(status(case_status::skipped)) << " |\n";
    }
    out << "\nA field column counts the cases whose first difference from NumPy is that field (known divergences "
           "included).\n";

    bool heading = false;
    for (const case_record& r : records) {
        if (r.status == case_status::passed) continue;
        if (!heading) out << "\n## Cases that did not simply pass\n";
        heading = true;
        out << "\n### `" << r.path << "` — " << info(r.status).name << "\n\n";
        if (!r.signature.empty()) out << "`" << r.signature << "`\n\n";
        if (!r.reason.empty()) out << "Known divergence: " << markdown_cell(r.reason) << "\n\n";
        if (!r.reproducer.empty()) {
            out << "```python\n" << r.reproducer << "```\n\n";
        } else if (!r.detail.empty()) {
            out << "```\n" << r.detail << (r.detail.back() == '\n' ? "" : "\n") << "```\n\n";
        }
    }
    out << "\n<sub>";
    for (const case_status_info& i : case_statuses) out << "**" << i.name << "**: " << i.description << ". ";
    out << "</sub>\n";
    return out.str();
}

std::string format_run_report_html(const std::vector<case_record>& records, const std::string& title) {
    const std::vector<std::string> fields = occurring_fields(records);
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << html_escaped(title) << "</title>\n"
        << "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid "
           "#ccc;padding:2px 8px;text-align:right}td:first-child{text-align:left}.bad{background:#fdd}"
           ".ok{background:#dfd}pre{background:#f6f6f6;padding:8px}</style></head><body>\n";
    out << "<h1>" << html_escaped(title) << "</h1>\n<pre>" << html_escaped(summary_lines(records)) << "</pre>\n";
    out << "<table><tr><th>family</th><th>cases</th><th>passed</th>";
    for (const std::string& f : fields) out << "<th>" << html_escaped(f) << "</th>";
    out << "<th>unsupported</th><th>failed</th><th>skipped</th></tr>\n";
    for (const auto& [family, row] : family_rows(records)) {
        auto status = [&statuses = row.statuses](case_status s) { return statuses.contains(s) ? statuses.at(s) : 0; };
        const bool clean = status(case_status::passed) + status(case_status::skipped) == row.cases;
        out << "<tr class=\"" << (clean ? "ok" : "bad") << "\"><td>" << html_escaped(family) << "</td><td>" << row.cases
            << "</td><td>" << status(case_status::passed) << "</td>";
        for (const std::string& f : fields) out << "<td>" << cell_count(row.fields.contains(f) ? row.fields.at(f) : 0) << "</td>";
        out << "<td>" << cell_count(status(case_status::unsupported)) << "</td><td>"
            << cell_count(status(case_status::failed)) << "</td><td>" << cell_count(status(case_status::skipped))
            << "</td></tr>\n";
    }
    out << "</table>\n<h2>Cases</h2>\n<table><tr><th>case</th><th>status</th><th>signature</th></tr>\n";
    for (const case_record& r : records) {
        out << "<tr class=\"" << (info(r.status).counts_as_failure ? "bad" : "ok") << "\"><td>" << html_escaped(r.path)
            << "</td><td>" << info(r.status).name << "</td><td>";
        if (!r.reproducer.empty() || !r.detail.empty()) {
            out << "<details><summary>" << html_escaped(r.signature.empty() ? "details" : r.signature) << "</summary><pre>"
                << html_escaped(r.reproducer.empty() ? r.detail : r.reproducer) << "</pre></details>";
        }
        out << "</td></tr>\n";
    }
    out << "</table>\n<p><small>";
    for (const case_status_info& i : case_statuses)
        out << "<b>" << i.name << "</b>: " << html_escaped(std::string(i.description)) << ". ";
    out << "</small></p>\n</body></html>\n";
    return out.str();
}

std::string format_junit(const std::vector<case_record>& records, const std::string& title) {
    std::map<std::string, std::vector<const case_record*>> families;
    for (const case_record& r : records) families[r.family].push_back(&r);
    int failures = 0;
    int skipped = 0;
    for (const case_record& r : records) {
        failures += info(r.status).counts_as_failure ? 1 : 0;
        skipped += r.status == case_status::skipped ? 1 : 0;
    }
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"" << html_escaped(title) << "\" tests=\""
        << records.size() << "\" failures=\"" << failures << "\" skipped=\"" << skipped << "\">\n";
    for (const auto& [family, members] : families) {
        out << "  <testsuite name=\"" << html_escaped(family) << "\" tests=\"" << members.size() << "\">\n";
        for (const case_record* r : members) {
            const std::string stem = r->path.substr(r->path.find_last_of('/') + 1);
            out << "    <testcase classname=\"" << html_escaped(family) << "\" name=\""
                << html_escaped(stem.substr(0, stem.rfind(".py"))) << "\" file=\"" << html_escaped(r->path)
                << "\" line=\"" << std::max(r->line, 1) << "\">";
            const case_status_info& status = info(r->status);
            if (status.counts_as_failure) {
                const std::string first_line = r->detail.substr(0, r->detail.find('\n'));
                out << "\n      <failure type=\"" << status.name << "\" message=\""
                    << html_escaped(r->signature.empty() ? first_line : r->signature) << "\">"
                    << html_escaped(r->detail) << "</failure>\n    ";
            } else if (r->status == case_status::skipped) {
                out << "<skipped/>";
            } else if (r->status == case_status::expected) {
                out << "\n      <properties><property name=\"expected_divergence\" value=\"" << html_escaped(r->reason)
                    << "\"/></properties>\n    ";
            }
            out << "</testcase>\n";
        }
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
    return out.str();
}

}  // namespace conformance
