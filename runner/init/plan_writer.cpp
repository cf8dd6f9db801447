#include "runner/init/plan_writer.hpp"

#include "runner/init/left_placement.hpp"
#include "runner/init/yaml_text.hpp"

namespace tollgate {

namespace {

void comments(std::string& y, const std::vector<std::string>& lines, const char* indent) {
    for (const auto& c : lines) y += std::string(indent) + "# " + comment_text(c) + "\n";
}

// The left-overs placed after an entry, indented as its keys so they read as its part.
void left_after(std::string& y, const LeftPlacement& left, DraftSection section, std::size_t index) {
    for (const auto& l : left.after(section, index)) y += "    # " + comment_text(l.text) + "\n";
}

void list_key(std::string& y, const char* key, const std::vector<std::string>& items) {
    if (!items.empty()) y += std::string("    ") + key + ": " + yaml_flow_list(items) + "\n";
}

void write_streams(std::string& y, const PlanDraft& d, const LeftPlacement& left) {
    if (d.streams.empty()) return;
    y += "\nstreams:\n";
    for (std::size_t i = 0; i < d.streams.size(); ++i) {
        const auto& s = d.streams[i];
        comments(y, s.comments, "  ");
        y += "  " + yaml_scalar(s.id) + ":\n";
        if (!s.title.empty()) y += "    title: " + yaml_scalar(s.title) + "\n";
        if (!s.type.empty()) y += "    type: " + yaml_scalar(s.type) + "\n";
        if (s.agents > 0) y += "    agents: " + std::to_string(s.agents) + "\n";
        if (!s.priority.empty()) y += "    priority: " + yaml_scalar(s.priority) + "\n";
        left_after(y, left, DraftSection::streams, i);
    }
}

void write_packets(std::string& y, const PlanDraft& d, const LeftPlacement& left) {
    y += "\npackets:";
    if (d.packets.empty()) {
        y += " []  # guessed: the plan has no table or list of packets tollgate recognised\n";
        return;
    }
    y += "\n";
    for (std::size_t i = 0; i < d.packets.size(); ++i) {
        const auto& p = d.packets[i];
        comments(y, p.comments, "  ");
        y += "  - id: " + yaml_scalar(p.id) + "\n";
        if (!p.title.empty()) y += "    title: " + yaml_scalar(p.title) + "\n";
        if (!p.batch.empty()) y += "    batch: " + yaml_scalar(p.batch) + "\n";
        if (!p.priority.empty()) y += "    priority: " + yaml_scalar(p.priority) + "\n";
        if (!p.effort.empty()) y += "    effort: " + yaml_scalar(p.effort) + "\n";
        if (!p.stream.empty()) y += "    stream: " + yaml_scalar(p.stream) + "\n";
        list_key(y, "after", p.after);
        list_key(y, "prefer-after", p.prefer_after);
        y += "    branches: " + yaml_flow_list({"packet/" + p.id, "packet/" + p.id + "/*"}) + "\n";
        if (!p.doc.empty()) y += "    doc: " + yaml_scalar(p.doc) + "\n";
        list_key(y, "tasks", p.tasks);
        left_after(y, left, DraftSection::packets, i);
    }
}

void write_zones(std::string& y, const PlanDraft& d, const LeftPlacement& left) {
    if (d.zones.empty()) return;
    y += "\nzones:\n";
    for (std::size_t i = 0; i < d.zones.size(); ++i) {
        const auto& z = d.zones[i];
        comments(y, z.comments, "  ");
        y += "  - name: " + yaml_scalar(z.name) + "\n";
        y += "    paths: " + yaml_flow_list(z.paths) + "\n";
        if (z.owners.size() == 1) y += "    owner: " + yaml_scalar(z.owners.front()) + "\n";
        if (z.owners.size() > 1) y += "    owner: " + yaml_flow_list(z.owners) + "\n";
        y += "    rule: " + z.rule + "\n";
        if (!z.coordination.empty()) y += "    coordination: " + yaml_scalar(z.coordination) + "\n";
        left_after(y, left, DraftSection::zones, i);
    }
}

void write_gates(std::string& y, const PlanDraft& d, const LeftPlacement& left) {
    if (d.gates.empty()) return;
    y += "\ngates:\n";
    for (std::size_t i = 0; i < d.gates.size(); ++i) {
        const auto& g = d.gates[i];
        comments(y, g.comments, "  ");
        y += "  - id: " + yaml_scalar(g.id) + "\n";
        if (!g.title.empty()) y += "    title: " + yaml_scalar(g.title) + "\n";
        y += "    run: " + yaml_scalar(g.run) + "\n";
        if (g.manual) y += "    manual: true\n";
        list_key(y, "labels", g.labels);
        left_after(y, left, DraftSection::gates, i);
    }
}

void write_checkpoints(std::string& y, const PlanDraft& d, const LeftPlacement& left) {
    if (d.checkpoints.empty()) return;
    y += "\ncheckpoints:\n";
    for (std::size_t i = 0; i < d.checkpoints.size(); ++i) {
        const auto& c = d.checkpoints[i];
        comments(y, c.comments, "  ");
        y += "  - id: " + yaml_scalar(c.id) + "\n";
        if (!c.title.empty()) y += "    title: " + yaml_scalar(c.title) + "\n";
        list_key(y, "after", c.after);
        if (c.due) y += "    due: " + std::to_string(*c.due) + "\n";
        y += std::string("    blocker: ") + (c.blocker ? "true" : "false") + "\n";
        list_key(y, "gates", c.gates);
        list_key(y, "criteria", c.criteria);
        left_after(y, left, DraftSection::checkpoints, i);
    }
}

void write_triggers(std::string& y, const PlanDraft& d, const LeftPlacement& left) {
    if (d.triggers.empty()) return;
    std::string body;
    for (std::size_t i = 0; i < d.triggers.size(); ++i) {
        const auto& t = d.triggers[i];
        comments(body, t.comments, "  ");
        if (!t.when.empty()) {
            body += "  - when: " + yaml_scalar(t.when) + "\n";
            body += "    action: " + t.action + "\n";
            if (!t.severity.empty()) body += "    severity: " + yaml_scalar(t.severity) + "\n";
            if (!t.message.empty()) body += "    message: " + yaml_scalar(t.message) + "\n";
        }
        // After `triggers: []` (every trigger a comment) these are comments after a flow value: still valid.
        left_after(body, left, DraftSection::triggers, i);
    }
    y += "\ntriggers:";
    bool any = false;
    for (const auto& t : d.triggers) any = any || !t.when.empty();
    y += any ? "\n" : " []\n";
    y += body;
}

}  // namespace

std::string render_plan_draft(const PlanDraft& d) {
    const LeftPlacement left(d);
    std::string y;
    y += "# Drafted by `tollgate init --from " + comment_text(d.file) +
         "`. Each value says where it came from\n"
         "# (`# from FILE:LINE: …`) or that it is a guess (`# guessed: …`); what the\n"
         "# draft could not map is a comment indented under the entry drafted from\n"
         "# the plan text above it (here, when it comes before every entry). Read it\n"
         "# through, then `tollgate validate`.\n";
    comments(y, d.header_comments, "");
    for (const auto& l : left.header()) y += "# " + comment_text(l.text) + "\n";
    y += "version: 1\n";
    y += "project: " + yaml_scalar(d.project.empty() ? std::string("project") : d.project) + "\n";
    y += "base: main  # guessed: tollgate's default; use the remote HEAD's branch\n";
    if (!d.start.empty()) y += "start: " + d.start + "\n";
    write_streams(y, d, left);
    write_packets(y, d, left);
    write_zones(y, d, left);
    write_gates(y, d, left);
    write_checkpoints(y, d, left);
    write_triggers(y, d, left);
    return y;
}

std::string render_plan_report(const PlanDraft& d) {
    std::string out;
    auto section = [&](const char* title, const std::vector<std::string>& lines) {
        out += std::string(title) + " (" + std::to_string(lines.size()) + "):\n";
        for (const auto& l : lines) out += "  " + comment_text(l) + "\n";
    };
    section("mapped", d.mapped);
    section("guessed", d.guessed);
    std::vector<std::string> left;
    for (const auto& l : d.left) left.push_back(l.text);
    section("left for a person", left);
    return out;
}

}  // namespace tollgate
