#include "runner/report/brief_markdown.hpp"

#include "runner/core/text.hpp"
#include "runner/report/escape.hpp"

#include <algorithm>
#include <cstdio>

namespace tollgate {

namespace {

// Inline code that survives any text: a fence longer than its longest backtick run.
std::string code(const std::string& text) {
    const std::string shown = printable(text);
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : shown) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    const bool pad = !shown.empty() && (shown.front() == '`' || shown.back() == '`');
    return fence + (pad ? " " : "") + shown + (pad ? " " : "") + fence;
}

std::string text(const std::string& s) {
    return markdown_cell(printable(s));
}

std::string patterns(const BriefZone& z) {
    std::vector<std::string> out;
    for (const auto& p : z.patterns) out.push_back(code(p));
    return join(out, ", ");
}

std::string owners(const BriefZone& z) {
    return z.owners.empty() ? "nobody" : text(join(z.owners, ", "));
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

void zone_section(std::string& out, const PacketBrief& b, ZoneAccess access, const std::string& heading) {
    const auto zones = b.zones_with(access);
    if (zones.empty()) return;
    out += "### " + heading + "\n\n";
    for (const auto* z : zones) {
        out += "- **" + text(z->name) + "** " + patterns(*z);
        switch (access) {
            case ZoneAccess::owned: {
                std::vector<std::string> others;
                for (const auto& o : z->owners)
                    if (o != b.id) others.push_back(o);
                if (!others.empty()) out += ": with " + text(join(others, ", ")) + ", rule " + z->rule;
                break;
            }
            case ZoneAccess::extend:
            case ZoneAccess::coordinate: out += ": owner " + owners(*z); break;
            case ZoneAccess::must_not_touch: out += ": " + z->rule + ", owner " + owners(*z); break;
            case ZoneAccess::shared: break;
        }
        if (!z->coordination.empty()) out += " (" + text(z->coordination) + ")";
        if (!z->requires_text.empty()) out += ". " + text(z->requires_text);
        out += "\n";
    }
    out += "\n";
}

void hook_section(std::string& out, const PacketBrief& b) {
    const std::string cmd = b.zone_check_command;
    out += "## Before every edit\n\n";
    out +=
        "Ask whether this packet may write a path before writing it; the answer is the one `tollgate check` "
        "will give at merge (exit 1 and the reason when refused, a path that does not exist yet is judged by "
        "its pattern):\n\n";
    out += "```sh\n" + cmd + " FILE...\n```\n\n";
    out +=
        "- an agent's pre-edit hook, e.g. a Claude Code `PreToolUse` hook on `Edit|Write|MultiEdit` "
        "(exit 2 blocks the edit and shows the reason to the agent):\n\n";
    out += "  ```sh\n  f=$(jq -r '.tool_input.file_path // empty'); [ -z \"$f\" ] || " + cmd +
           " \"$f\" >&2 || exit 2\n  ```\n\n";
    out += "- git's pre-commit hook, for every staged path:\n\n";
    out += "  ```sh\n  git diff --cached --name-only -z | xargs -0 -r " + cmd + "\n  ```\n\n";
    out += "- an editor, before each save (Vim):\n\n";
    out += "  ```vim\n  autocmd BufWritePre * let s:r = system('" + cmd +
           " ' . shellescape(expand('<afile>:p'))) | if v:shell_error == 1 | echoerr s:r | endif\n  ```\n\n";
}

}  // namespace

std::string render_brief_markdown(const PacketBrief& b) {
    std::string out;
    out += "# Agent assignment: " + text(b.id) + (b.title.empty() ? "" : " — " + text(b.title)) + "\n\n";
    out += "## Agent configuration\n\n";
    if (!b.project.empty()) out += "**Project:** " + text(b.project) + "  \n";
    out += "**Work packet:** " + text(b.id);
    if (!b.batch.empty()) out += " · **Batch:** " + text(b.batch);
    if (!b.priority.empty()) out += " · **Priority:** " + text(b.priority);
    if (!b.effort.empty()) out += " · **Effort:** " + text(b.effort);
    out += "  \n";
    if (!b.stream.empty())
        out += "**Stream:** " + text(b.stream) + (b.stream_title.empty() ? "" : " (" + text(b.stream_title) + ")") +
               "  \n";
    if (!b.doc.empty()) out += "**Packet document:** " + code(b.doc) + "  \n";
    if (!b.after.empty()) out += "**Starts after:** " + text(join(b.after, ", ")) + "  \n";
    out += "\n";
    if (!b.description.empty()) out += text(b.description) + "\n\n";

    out += "## Context files to read\n\n";
    if (b.context.empty()) out += "None named in the inventory.\n";
    int n = 0;
    for (const auto& c : b.context) {
        out += std::to_string(++n) + ". " + code(c.path);
        out += c.source == "doc" ? " (work packet, primary)" : " (" + text(c.source) + ")";
        out += "\n";
    }
    out += "\n## Tasks\n\n";
    if (b.tasks.empty()) out += "None listed; the packet document says what to do.\n";
    n = 0;
    for (const auto& t : b.tasks) out += std::to_string(++n) + ". " + text(t) + "\n";
    out +=
        "\n## Instructions\n\n"
        "Read the work packet completely before starting. Execute tasks in order. After completing each major "
        "section, verify with the provided commands. Document any blockers or questions in your completion "
        "report.\n\n";

    out += "## Branch\n\n";
    if (!b.branch.empty()) {
        out +=
            "Push your work to " + code(b.branch) + ", branched from " + code(b.base.empty() ? "main" : b.base) + ".";
    } else {
        out += "The inventory names no literal branch; push to a branch matching one of the patterns below.";
    }
    if (!b.branch_patterns.empty()) {
        std::vector<std::string> shown;
        for (const auto& p : b.branch_patterns) shown.push_back(code(p));
        out += " `tollgate check` judges a branch matching " + join(shown, ", ") + " as this packet's work.";
    }
    out += "\n\n";

    out +=
        "## Boundaries\n\n"
        "`tollgate check` holds the merge to these zones (CODEOWNERS patterns; the last matching pattern wins). "
        "Paths in no zone are open to every packet.\n\n";
    zone_section(out, b, ZoneAccess::owned, "Yours: write freely");
    zone_section(out, b, ZoneAccess::extend, "Extend only: add lines and files, remove or rewrite none");
    zone_section(out, b, ZoneAccess::coordinate, "Coordinate first");
    zone_section(out, b, ZoneAccess::must_not_touch, "Must not touch: exclusive to others");
    zone_section(out, b, ZoneAccess::shared, "Shared: everybody's");

    out += "## Gates\n\n";
    if (b.gates.empty()) out += "`tollgate check` runs no gate for this packet's change.\n";
    for (const auto& g : b.gates) {
        out += "- " + code(g.id);
        if (!g.title.empty()) out += " — " + text(g.title);
        out += ": " + code(g.command);
        if (!g.why.empty()) out += " (" + text(join(g.why, "; ")) + ")";
        if (g.advisory) out += ", advisory";
        out += "\n";
    }
    out += "\nRun them locally: `" + b.run_command + "`; before pushing: `tollgate check`.\n\n";
    if (!b.thresholds.empty()) {
        out += "Coverage thresholds that apply:\n\n";
        for (const auto& t : b.thresholds) {
            out += "- " + code(t.gate) + " " + text(t.scope) + (t.min ? " ≥ " + number(*t.min) + " %" : "") + ": " +
                   text(t.note) + "\n";
        }
        out += "\n";
    }

    out += "## Checkpoints\n\n";
    if (b.checkpoints.empty()) out += "None involve this packet.\n";
    for (const auto& c : b.checkpoints) {
        out += "- " + std::string(c.role == "completes" ? "Completes " : "Waits for ") + code(c.id);
        if (!c.title.empty()) out += " — " + text(c.title);
        if (!c.due.empty()) out += ", due " + text(c.due);
        out += c.blocker ? ", blocking" : ", not blocking";
        if (!c.gates.empty()) out += "; gates " + text(join(c.gates, ", "));
        if (!c.criteria.empty()) out += "; criteria: " + text(join(c.criteria, "; "));
        out += "\n";
    }
    out += "\n";
    if (!b.triggers.empty()) {
        out += "Triggers that can block the merge:\n\n";
        for (const auto& t : b.triggers) {
            out += "- " + code(t.when);
            if (!t.message.empty()) out += ": " + text(t.message);
            out += "\n";
        }
        out += "\n";
    }

    hook_section(out, b);

    out += "## Completion report requirements\n\nWhen finished, provide:\n\n";
    n = 0;
    for (const auto& r : b.report) out += std::to_string(++n) + ". " + text(r) + "\n";
    return out;
}

}  // namespace tollgate
