#include "runner/verdict/packet_brief.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/packets/checkpoints.hpp"
#include "runner/packets/packet_of_change.hpp"
#include "runner/verdict/affected_gates.hpp"

#include <algorithm>
#include <set>

namespace tollgate {

namespace {

bool lists(const std::vector<Located>& items, std::string_view id) {
    return std::any_of(items.begin(), items.end(), [&](const Located& l) { return l.value == id; });
}

std::string command_text(const Command& c) {
    if (!c.is_argv) return c.text;
    std::vector<std::string> words;
    for (const auto& a : c.argv) {
        const bool plain = !a.empty() && a.find_first_of(" \t\n'\"\\$`*?[]{}()<>|&;#~") == std::string::npos;
        words.push_back(plain ? a : "'" + a + "'");
    }
    return join(words, " ");
}

std::string where_text(const SourceLocation& where) {
    std::string out = where.file;
    if (where.line > 0) out += ':' + std::to_string(where.line);
    return out;
}

// What the packet must write or do so check allows its change there: the
// exact words judge_ownership looks for.
std::string requirement(const Zone& zone, ZoneAccess access) {
    switch (access) {
        case ZoneAccess::owned:
        case ZoneAccess::shared: return "";
        case ZoneAccess::extend:
            return "Add lines or files only: a removed or rewritten line, a deletion or a rename fails check";
        case ZoneAccess::coordinate: {
            const std::string first = zone.owners.front().value;
            return "Needs a 'Coordinated-With: " + first +
                   "' trailer on a commit of the branch (any one owner may be named), or --ack " + first;
        }
        case ZoneAccess::must_not_touch:
            if (zone.owners.empty()) return "Any change here fails check: the zone names no owner";
            return "Any change here fails check; ask an owner to make it";
    }
    return "";
}

BriefZone brief_zone(const Zone& zone, const std::string& packet) {
    BriefZone z;
    z.name = zone.name;
    for (const auto& p : zone.paths) z.patterns.push_back(p.value);
    z.where = where_text(zone.where);
    z.rule = to_string(zone.rule);
    for (const auto& o : zone.owners) z.owners.push_back(o.value);
    z.coordination = zone.coordination;
    z.access = zone_access(zone, packet);
    z.requires_text = requirement(zone, z.access);
    return z;
}

std::vector<BriefContextFile> context_files(const Inventory& inventory, const Packet& p) {
    std::vector<BriefContextFile> out;
    std::set<std::string> seen;
    const auto add = [&](const std::string& path, std::string source) {
        if (seen.insert(path).second) out.push_back({path, std::move(source)});
    };
    if (p.doc) add(p.doc->value, "doc");
    for (const auto& c : p.context) add(c.value, "context");
    // The packets it depends on hand it their interfaces: what they name as context.
    for (const auto& a : p.after) {
        const Packet* dep = inventory.find_packet(a.value);
        if (dep == nullptr) continue;
        for (const auto& c : dep->context) add(c.value, "context of " + dep->id);
    }
    return out;
}

std::string due_text(const Checkpoint& c) {
    if (!c.due) return "";
    if (c.due->day) return "day " + std::to_string(*c.due->day);
    return c.due->date ? c.due->date->str() : "";
}

// The gates check picks for the packet's change: its own, those of the
// checkpoints it completes (once their other prerequisites are done), and
// every gate whose `changed` patterns the change may match.
std::vector<BriefGate> brief_gates(const Inventory& inventory, const Packet& p) {
    std::vector<CheckpointFinding> completes;
    for (const auto& [checkpoint, role] : checkpoints_in_play(inventory, p.id, {})) {
        if (role != CheckpointRole::completes) continue;
        CheckpointFinding f;
        f.id = checkpoint->id;
        f.blocker = checkpoint->blocker;
        f.role = role;
        f.evaluated = true;
        completes.push_back(std::move(f));
    }
    const AffectedGates picked = affected_gates(inventory, p.id, completes, {});
    std::vector<BriefGate> out;
    for (const auto& gate : inventory.gates) {
        const auto at = std::find(picked.ids.begin(), picked.ids.end(), gate.id);
        const bool conditional = at == picked.ids.end();
        if (conditional && gate.changed.empty()) continue;
        BriefGate g;
        g.id = gate.id;
        g.title = gate.title;
        g.command = command_text(gate.run);
        if (!conditional) {
            const auto& reason = picked.reasons[static_cast<std::size_t>(at - picked.ids.begin())];
            g.why = reason.why;
            g.advisory = reason.advisory;
        }
        std::vector<std::string> globs;
        for (const auto& c : gate.changed) globs.push_back(c.value);
        if (!globs.empty()) g.why.push_back("when the change touches " + join(globs, ", "));
        g.conditional = conditional;
        out.push_back(std::move(g));
    }
    return out;
}

std::vector<BriefThreshold> thresholds(const Inventory& inventory, const Packet& p,
                                       const std::vector<BriefGate>& gates) {
    std::vector<BriefThreshold> out;
    for (const auto& bg : gates) {
        const Gate* gate = inventory.find_gate(bg.id);
        if (gate == nullptr || !gate->coverage) continue;
        const CoverageSpec& c = *gate->coverage;
        const auto own = std::find_if(c.packet_min.begin(), c.packet_min.end(),
                                      [&](const auto& entry) { return entry.first.value == p.id; });
        if (own != c.packet_min.end()) {
            out.push_back({gate->id, "packet " + p.id, own->second, "replaces the project min for this packet"});
        } else if (c.min) {
            out.push_back({gate->id, "project", c.min, "line coverage over the whole report"});
        }
        if (c.branch_min) out.push_back({gate->id, "branch", c.branch_min, "branch coverage over the whole report"});
        if (c.patch_min) out.push_back({gate->id, "patch", c.patch_min, "lines the change adds or modifies"});
        if (c.no_drop) out.push_back({gate->id, "no-drop", std::nullopt, "not below the base commit's figure"});
        for (const auto& [zone, min] : c.zone_min)
            out.push_back({gate->id, "zone " + zone.value, min, "line coverage over the zone's files"});
    }
    return out;
}

// A blocking trigger matters when the packet's check can give its metric a
// value: the global figures when a coverage gate runs, packet.delay always,
// GATE.x when GATE is one of its gates.
std::vector<BriefTrigger> blocking_triggers(const Inventory& inventory, const std::vector<BriefGate>& gates,
                                            const std::vector<BriefThreshold>& thresholds) {
    std::vector<BriefTrigger> out;
    for (const auto& t : inventory.triggers) {
        if (t.action != TriggerAction::block || !t.expr) continue;
        const std::string& metric = t.expr->metric;
        bool measurable = false;
        if (metric == "packet.delay") {
            measurable = true;
        } else if (metric == "coverage" || metric == "branch-coverage" || metric == "patch-coverage") {
            measurable = !thresholds.empty();
        } else if (const auto dot = metric.find('.'); dot != std::string::npos) {
            const std::string gate = metric.substr(0, dot);
            measurable = std::any_of(gates.begin(), gates.end(), [&](const BriefGate& g) { return g.id == gate; });
        }
        if (measurable) out.push_back({t.when, to_string(t.action), t.severity, t.message});
    }
    return out;
}

}  // namespace

std::string to_string(ZoneAccess access) {
    switch (access) {
        case ZoneAccess::owned: return "owned";
        case ZoneAccess::extend: return "extend";
        case ZoneAccess::coordinate: return "coordinate";
        case ZoneAccess::must_not_touch: return "must-not-touch";
        case ZoneAccess::shared: return "shared";
    }
    return "shared";
}

std::vector<const BriefZone*> PacketBrief::zones_with(ZoneAccess access) const {
    std::vector<const BriefZone*> out;
    for (const auto& z : zones)
        if (z.access == access) out.push_back(&z);
    return out;
}

const std::vector<std::string>& default_completion_report() {
    static const std::vector<std::string> items = {
        "Tasks completed (with file paths)",
        "Tasks skipped (with reason)",
        "Issues encountered",
        "Recommendations for next batch",
    };
    return items;
}

std::string first_literal_branch(const Packet& packet) {
    for (const auto& b : packet.branches) {
        if (!b.value.empty() && b.value.find_first_of("*?[") == std::string::npos) return b.value;
    }
    return "";
}

// Mirrors judge_side in zones/ownership.cpp; the brief-and-check invariant
// test (tests/e2e/brief_test) holds the two together over both examples.
ZoneAccess zone_access(const Zone& zone, const std::string& packet) {
    if (lists(zone.owners, packet)) return ZoneAccess::owned;
    switch (zone.rule) {
        case ZoneRule::shared: return ZoneAccess::shared;
        case ZoneRule::extend: return ZoneAccess::extend;
        case ZoneRule::coordinate: return zone.owners.empty() ? ZoneAccess::must_not_touch : ZoneAccess::coordinate;
        case ZoneRule::exclusive: return ZoneAccess::must_not_touch;
    }
    return ZoneAccess::must_not_touch;
}

PacketBrief make_packet_brief(const Inventory& inventory, const std::string& packet_id) {
    const Packet* p = inventory.find_packet(packet_id);
    if (p == nullptr)
        throw UsageError("unknown packet '" + printable(packet_id) + "'", unknown_packet_hint(inventory, packet_id));
    PacketBrief b;
    b.id = p->id;
    b.title = p->title;
    b.batch = p->batch;
    b.priority = p->priority;
    if (p->effort) b.effort = p->effort->text;
    b.stream = p->stream;
    if (const Stream* s = inventory.find_stream(p->stream)) b.stream_title = s->title;
    b.description = p->description;
    b.project = inventory.project;
    if (p->doc) b.doc = p->doc->value;
    b.context = context_files(inventory, *p);
    b.tasks = p->tasks;
    for (const auto& a : p->after) b.after.push_back(a.value);
    b.branch = first_literal_branch(*p);
    for (const auto& br : p->branches) b.branch_patterns.push_back(br.value);
    b.base = inventory.base;
    for (const auto& z : inventory.zones) b.zones.push_back(brief_zone(z, p->id));
    b.gates = brief_gates(inventory, *p);
    b.run_command = "tollgate run --packet " + p->id;
    b.thresholds = thresholds(inventory, *p, b.gates);
    for (const auto& [checkpoint, role] : checkpoints_in_play(inventory, p->id, {})) {
        BriefCheckpoint c;
        c.id = checkpoint->id;
        c.title = checkpoint->title;
        c.role = role == CheckpointRole::completes ? "completes" : "waits for";
        c.blocker = checkpoint->blocker;
        for (const auto& g : checkpoint->gates) c.gates.push_back(g.value);
        c.criteria = checkpoint->criteria;
        c.due = due_text(*checkpoint);
        b.checkpoints.push_back(std::move(c));
    }
    b.triggers = blocking_triggers(inventory, b.gates, b.thresholds);
    b.report_is_default = !p->report;
    b.report = p->report ? *p->report : default_completion_report();
    b.zone_check_command = "tollgate zones --packet " + p->id + " --";
    return b;
}

}  // namespace tollgate
