#include "runner/report/summary_md.hpp"

#include "runner/core/text.hpp"
#include "runner/report/escape.hpp"

namespace tollgate {

namespace {

const char* icon(GateStatus status) {
    switch (status) {
        case GateStatus::passed: return "✅";
        case GateStatus::failed: return "❌";
        case GateStatus::timeout: return "⏱️";
        case GateStatus::skipped: return "⏭️";
        case GateStatus::error: return "💥";
        case GateStatus::manual: return "✋";
        case GateStatus::interrupted: return "⛔";
    }
    return "";
}

constexpr std::size_t k_detail_limit = 200;

std::string details(const GateResult& g) {
    std::string text;
    if (g.status != GateStatus::passed && !g.outcome.empty()) text = g.outcome;
    if (!g.reason.empty()) text += (text.empty() ? "" : "; ") + g.reason;
    for (const auto& [name, value] : g.metrics) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%g", value);
        text += (text.empty() ? "" : "; ") + name + "=" + buf;
    }
    if (text.size() > k_detail_limit) text = text.substr(0, k_detail_limit) + "…";
    return text;
}

}  // namespace

std::string render_summary_md(const RunResult& result) {
    const std::size_t passed = count_status(result, GateStatus::passed);
    std::size_t failed = 0;
    for (const auto& g : result.gates) failed += is_failure(g.status) ? 1 : 0;
    const std::size_t skipped = count_status(result, GateStatus::skipped);
    const std::size_t manual = count_status(result, GateStatus::manual);

    std::string md = "### tollgate run: ";
    md += result.verdict == Verdict::pass ? "✅ pass" : "❌ fail";
    if (result.interrupted) md += " (interrupted)";
    md += "\n\n";
    md += std::to_string(passed) + " passed, " + std::to_string(failed) + " failed, " + std::to_string(skipped) +
          " skipped, " + std::to_string(manual) + " manual (not run) — " + format_seconds(result.duration) + " s";
    if (!result.packet.empty()) md += " — packet `" + markdown_cell(result.packet) + "`";
    if (result.shard)
        md += " — shard " + std::to_string(result.shard->index) + "/" + std::to_string(result.shard->count);
    md += "\n\n";
    if (result.gates.empty()) return md + "No gates were selected.\n";
    md += "| | Gate | Status | Duration | Details |\n|---|---|---|---:|---|\n";
    for (const auto& g : result.gates) {
        std::string status = to_string(g.status);
        if (g.flaky) status += " (flaky)";
        md += std::string("| ") + icon(g.status) + " | `" + markdown_cell(g.id) + "` | " + status + " | " +
              format_seconds(g.duration) + " s | " + markdown_cell(details(g)) + " |\n";
    }
    return md;
}

}  // namespace tollgate
