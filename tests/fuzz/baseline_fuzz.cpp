// Fuzz target: `--baseline FILE` (no-drop's figure from an earlier run:
// a results.json or the JSON of `tollgate coverage --format json`, e.g. a
// CI artifact). The first line of the input is the gate id to pick ("" =
// any), the rest is the file. A ReportError is a clean refusal.
// Invariants: a baseline carries counts (covered <= total) or a
// percentage between 0 and 100, names where it came from, and no-drop
// judges a run against it.

#include "runner/coverage/baseline.hpp"
#include "runner/coverage/report_input.hpp"
#include "runner/coverage/thresholds.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tollgate;
    const auto text = fuzz::as_text(data, size);
    const auto newline = text.find('\n');
    const std::string gate(newline == std::string_view::npos ? std::string_view() : text.substr(0, newline));
    const auto json = newline == std::string_view::npos ? text : text.substr(newline + 1);
    try {
        const CoverageBaseline b = parse_baseline(json, "base.json", gate);
        fuzz::check(b.source == "base.json", "a baseline names its origin");
        fuzz::check(b.lines.has_value() || b.line_percent.has_value(), "a baseline has a figure");
        if (b.lines) fuzz::check(b.lines->covered <= b.lines->total, "covered lines <= coverable lines");
        if (b.branches) fuzz::check(b.branches->covered <= b.branches->total, "covered branches <= branches");
        if (b.line_percent) {
            fuzz::check(b.line_percent->numerator <= 100 * b.line_percent->denominator, "a percentage <= 100",
                        b.line_percent->text);
        }
        // no-drop against it, for a run that covered size/2 of size lines.
        CoveragePolicy policy;
        policy.no_drop = true;
        CoverageTotals now;
        now.lines = CoverageCounts{size / 2, size};
        const auto checks = evaluate_thresholds(policy, now, nullptr, &b);
        fuzz::check(checks.size() == 1 && checks.front().name == "no-drop", "no-drop is judged once");
    } catch (const ReportError& e) {
        fuzz::check(std::string_view(e.what()).starts_with("base.json"), "refusals name the file", e.what());
    }
    return 0;
}
