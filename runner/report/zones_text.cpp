#include "runner/report/zones_text.hpp"

#include "runner/core/text.hpp"
#include "runner/report/paint.hpp"

namespace tollgate {

namespace {

std::string short_id(const std::string& id) {
    return id.substr(0, 12);
}

std::string header(const ZonesResult& r) {
    std::string out;
    switch (r.mode) {
        case ChangeMode::paths: out = "zones of " + std::to_string(r.verdicts.size()) + " path(s)"; break;
        case ChangeMode::staged: out = "staged changes against HEAD"; break;
        case ChangeMode::worktree: out = "working tree changes against HEAD"; break;
        case ChangeMode::range:
            out = printable(r.head_ref) + " (" + short_id(r.head_commit) + ") against " + printable(r.base_ref);
            if (!r.base_commit.empty()) out += " (merge base " + short_id(r.base_commit) + ")";
            break;
    }
    if (!r.branch.empty()) out += ", branch " + printable(r.branch);
    if (r.judged || !r.packet.empty()) {
        out += r.packet.empty() ? ", no packet" : ", packet " + printable(r.packet);
    }
    return out + "\n";
}

std::string zone_line(const PathVerdict& v) {
    if (v.zone.empty()) return "no zone";
    std::string out = "zone " + printable(v.zone) + " (" + v.rule + "), ";
    out += v.owners.empty() ? "owned by nobody" : "owner " + printable(join(v.owners, ", "));
    if (!v.pattern.empty()) {
        out += " — pattern \"" + printable(v.pattern) + "\"";
        if (v.pattern_where.known()) out += " at " + printable(v.pattern_where.str());
    }
    return out;
}

}  // namespace

std::string render_zones_text(const ZonesResult& result, bool color) {
    std::string out = header(result);
    for (const PathVerdict& v : result.verdicts) {
        std::string head = result.mode == ChangeMode::paths ? "" : status_letter(v.status) + "  ";
        head += printable(v.path);
        if (!v.old_path.empty()) head += "  (from " + printable(v.old_path) + ")";
        out += head + "\n     " + zone_line(v) + "\n";
        if (result.judged) {
            // Reasons read "allowed: …" or "P may not …", so only violations get a label.
            out += "     " +
                   (v.allowed ? paint(printable(v.reason), "32", color)
                              : paint("violation", "31;1", color) + ": " + printable(v.reason)) +
                   "\n";
        }
    }
    if (result.verdicts.empty()) out += result.mode == ChangeMode::paths ? "no paths given\n" : "no changes\n";
    if (result.judged) {
        const auto total = result.verdicts.size();
        out += std::to_string(total) +
               " path(s): " + std::to_string(total - static_cast<std::size_t>(result.violations)) + " allowed, " +
               std::to_string(result.violations) + " violation(s) — " +
               (result.passed() ? paint("pass", "32", color) : paint("fail", "31;1", color)) + "\n";
    }
    return out;
}

}  // namespace tollgate
