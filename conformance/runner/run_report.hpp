// What a conformance run tells people at the end: each case's status (the list of statuses is written once,
// here), the closing summary lines, and the Markdown / HTML report (families x compared fields, then each case).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace conformance {

enum class case_status { passed, expected, diverged, unsupported, unexpected_pass, failed, skipped };

struct case_status_info {
    case_status status;
    std::string_view name;         // in summaries, JUnit properties and reports
    bool counts_as_failure;        // makes the run exit non-zero
    std::string_view description;  // for the report's legend
};

inline constexpr std::array<case_status_info, 7> case_statuses = {{
    {case_status::passed, "passed", false, "matches NumPy after every statement"},
    {case_status::expected, "expected", false, "diverges as the expectations file says (known divergence)"},
    {case_status::diverged, "diverged", true, "differs from NumPy and is not listed as a known divergence"},
    {case_status::unsupported, "unsupported", true, "outside the case language (file:line:col), nothing ran"},
    {case_status::unexpected_pass, "unexpected pass", true,
     "listed as a known divergence but matches NumPy, or diverges with another signature"},
    {case_status::failed, "failed", true, "a system failed (threw) instead of answering, or the case cannot run"},
    {case_status::skipped, "skipped", false, "its `# numpy:` header excludes this oracle"},
}};

const case_status_info& info(case_status status);

// One case's result, as the run collects it.
struct case_record {
    std::string path;       // shown path
    std::string family;     // the folder it sits in
    case_status status = case_status::passed;
    std::string field;      // the first differing field's signature part (`strides`, `error`), if it diverged
    std::string signature;  // `DIVERGENCE: <field> after <operation>`, if it diverged
    std::string detail;     // the divergence report, parse error or failure message
    std::string reproducer; // the runnable reproducer, if it diverged
    std::string reason;     // the expectation's reason, if listed
    int line = 0;           // the case line the failure or divergence is about
};

// `N passed, N failed` and then `diverged: N, unsupported: N, expected: N, unexpected pass: N, skipped: N`
// (and `failed: N` when a system failed), two lines ending in newlines.
std::string summary_lines(const std::vector<case_record>& records);

// The report: a header naming the systems, the summary, a table of families x compared fields (how many
// cases first differ at each field), then every case that did not simply pass with its status, signature
// and reproducer.
std::string format_run_report_markdown(const std::vector<case_record>& records, const std::string& title);
std::string format_run_report_html(const std::vector<case_record>& records, const std::string& title);

// JUnit XML: one testsuite per family, one testcase per case with its file and line; a case counting as a
// failure carries <failure type="<status>" message="<signature or first line>"> (diverged, unsupported,
// unexpected pass and failed are told apart by type), a skipped case <skipped/>.
std::string format_junit(const std::vector<case_record>& records, const std::string& title);

}  // namespace conformance
