#include "runner/report/conflicts_markdown.hpp"

#include "runner/core/text.hpp"

#include <algorithm>

namespace tollgate {

namespace {

// Markdown table cells must not break the table or inject markup.
std::string cell(const std::string& text) {
    std::string out;
    for (const char c : printable(text)) {
        if (c == '|' || c == '`' || c == '*' || c == '_' || c == '<' || c == '>' || c == '[' || c == ']') out += '\\';
        out += c;
    }
    return out;
}

const ConflictPair* find_pair(const ConflictsResult& r, std::size_t i, std::size_t j) {
    if (i > j) std::swap(i, j);
    for (const auto& p : r.pairs) {
        if (p.first == i && p.second == j) return &p;
    }
    return nullptr;
}

std::string matrix_cell(const ConflictPair* p) {
    if (p == nullptr) return "·";
    if (p->conflicts.empty()) return std::to_string(p->overlap.size()) + " files";
    return std::string(p->blocking() ? "⛔ " : "") + "**" + std::to_string(p->conflicts.size()) + " conflicts**";
}

std::string path_line(const ZonedPath& p) {
    std::string out = cell(p.path);
    if (!p.zone.empty()) out += " — " + cell(p.zone) + " (" + p.rule + ")";
    return out;
}

}  // namespace

std::string render_conflicts_markdown(const ConflictsResult& result) {
    std::string out = "## Conflicts between packet branches\n\n";
    out += "Base `" + printable(result.base_ref) + "` (" + result.base_commit.substr(0, 12) + "), " +
           std::to_string(result.branches.size()) + " branches in flight, " + std::to_string(result.pairs.size()) +
           " of " + std::to_string(result.pair_count()) + " pairs overlap. Verdict: **" +
           (result.passed() ? "pass" : "fail") + "**.\n\n";
    if (result.branches.size() >= 2) {
        out += "| |";
        for (const auto& b : result.branches) out += " " + cell(b.name) + " |";
        out += "\n|---|";
        for (std::size_t i = 0; i < result.branches.size(); ++i) out += "---|";
        out += "\n";
        for (std::size_t i = 0; i < result.branches.size(); ++i) {
            out += "| **" + cell(result.branches[i].name) + "** |";
            for (std::size_t j = 0; j < result.branches.size(); ++j) {
                out += " " + (i == j ? std::string("—") : matrix_cell(find_pair(result, i, j))) + " |";
            }
            out += "\n";
        }
        out += "\n";
    }
    for (const auto& p : result.pairs) {
        out += "### " + cell(result.branches[p.first].name) + " × " + cell(result.branches[p.second].name) + "\n\n";
        for (const auto& c : p.conflicts) out += "- conflict: " + path_line(c) + "\n";
        for (const auto& o : p.overlap) {
            const bool conflicted = std::any_of(p.conflicts.begin(), p.conflicts.end(),
                                                [&](const ZonedPath& c) { return c.path == o.path; });
            if (!conflicted) out += "- overlap, merges cleanly: " + path_line(o) + "\n";
        }
        out += "\n";
    }
    for (const auto& s : result.skipped) out += "- skipped `" + printable(s.name) + "`: " + printable(s.reason) + "\n";
    return out;
}

}  // namespace tollgate
