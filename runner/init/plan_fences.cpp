#include "runner/init/plan_fences.hpp"

#include "runner/core/text.hpp"
#include "runner/init/plan_refs.hpp"
#include "runner/init/yaml_text.hpp"
#include "runner/inventory/yaml_document.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace tollgate {

namespace {

const YamlNode* find_key(const YamlNode& map, std::string_view key) {
    for (const auto& pair : map.pairs()) {
        if (pair.first.scalar() == key) return &pair.second;
    }
    return nullptr;
}

std::string scalar_of(const YamlNode& map, std::string_view key) {
    const auto* v = find_key(map, key);
    return v != nullptr && v->is_scalar() ? v->scalar() : std::string();
}

std::vector<std::string> strings_of(const YamlNode& map, std::string_view key) {
    std::vector<std::string> out;
    const auto* v = find_key(map, key);
    if (v == nullptr) return out;
    if (v->is_scalar()) out.push_back(v->scalar());
    for (const auto& item : v->items()) {
        if (item.is_scalar()) out.push_back(item.scalar());
    }
    return out;
}

int line_in(const MarkdownBlock& fence, const YamlNode& node) {
    return fence.line + 1 + std::max(0, node.mark().line);
}

void read_yaml_streams(PlanContext& ctx, const MarkdownBlock& f, const YamlNode& value) {
    auto& d = ctx.draft;
    auto add = [&](const std::string& id, const YamlNode& body) {
        if (id.empty()) return;
        DraftStream s;
        s.id = slug_id(id);
        if (s.id.empty() ||
            std::any_of(d.streams.begin(), d.streams.end(), [&](const DraftStream& other) { return other.id == s.id; }))
            return;
        s.title = scalar_of(body, "title").empty() ? scalar_of(body, "name") : scalar_of(body, "title");
        s.type = scalar_of(body, "type");
        s.priority = scalar_of(body, "priority");
        const auto agents = scalar_of(body, "agents");
        if (!agents.empty() && agents.find_first_not_of("0123456789") == std::string::npos && agents.size() < 4)
            s.agents = std::stoi(agents);
        s.line = line_in(f, body);
        s.comments.push_back("from " + d.at(s.line) + ": stream " + id);
        d.mapped.push_back(d.at(s.line) + ": stream " + s.id);
        d.streams.push_back(std::move(s));
    };
    for (const auto& item : value.items()) add(scalar_of(item, "id"), item);
    for (const auto& pair : value.pairs()) add(pair.first.scalar(), pair.second);
}

// "agent-a1: {name, tasks, skills}": one packet per agent, in the lane of the heading above.
void read_yaml_agent(PlanContext& ctx, const MarkdownBlock& f, const std::string& key, const YamlNode& body) {
    auto& d = ctx.draft;
    DraftPacket p;
    p.id = d.unique_id(slug_id(key));
    p.line = line_in(f, body);
    p.title = scalar_of(body, "name");
    p.tasks = strings_of(body, "tasks");
    p.comments.push_back("from " + d.at(p.line) + ": agent " + key +
                         (p.title.empty() ? std::string() : " (" + p.title + ")") + ": one packet per agent");
    const auto skills = strings_of(body, "skills");
    if (!skills.empty()) p.comments.push_back("skills: " + join(skills, ", "));
    const auto heading = slug_id(ctx.heading_of(f));
    for (auto& s : d.streams) {
        // "Stream A: Backend Development" -> the stream whose id starts "stream-a-".
        const auto lane = heading.substr(0, heading.find('-', heading.find('-') + 1));
        if (!lane.empty() && (s.id == lane || s.id.rfind(lane + "-", 0) == 0)) {
            p.stream = s.id;
            p.priority = s.priority;
            if (s.title.empty()) s.title = ctx.heading_of(f);
            p.comments.push_back("guessed: stream " + s.id + " from the heading '" + ctx.heading_of(f) +
                                 "'; priority is the stream's");
        }
    }
    p.comments.push_back("guessed: no effort or order in the plan; split the tasks into packets with effort and after");
    d.guessed.push_back(d.at(p.line) + ": packet " + p.id + " from agent " + key + " (no effort, no after)");
    d.mapped.push_back(d.at(p.line) + ": packet " + p.id + " (agent)");
    d.packets.push_back(std::move(p));
}

void read_yaml_checkpoints(PlanContext& ctx, const MarkdownBlock& f, const YamlNode& value) {
    auto& d = ctx.draft;
    for (const auto& item : value.items()) {
        DraftCheckpoint c;
        const int line = line_in(f, item);
        c.line = line;
        c.id = slug_id(scalar_of(item, "id"));
        c.title = scalar_of(item, "name").empty() ? scalar_of(item, "title") : scalar_of(item, "name");
        if (c.id.empty()) c.id = slug_id(c.title);
        if (c.id.empty()) continue;
        c.id = d.unique_id(c.id);
        const auto day = scalar_of(item, "day").empty() ? scalar_of(item, "due") : scalar_of(item, "day");
        if (!day.empty() && day.find_first_not_of("0123456789") == std::string::npos && day.size() < 6)
            c.due = std::stoi(day);
        c.blocker = lower(scalar_of(item, "blocker")) != "false";
        c.criteria = strings_of(item, "criteria");
        c.comments.push_back("from " + d.at(line) + ": checkpoint " + c.id + (c.title.empty() ? "" : " " + c.title));
        c.comments.push_back("TODO: name the packets it waits for (after) and the gates that check its criteria");
        d.mapped.push_back(d.at(line) + ": checkpoint " + c.id + (c.due ? ", day " + std::to_string(*c.due) : ""));
        d.guessed.push_back(d.at(line) + ": checkpoint " + c.id + " has no after and no gates");
        d.checkpoints.push_back(std::move(c));
    }
}

void read_yaml_triggers(PlanContext& ctx, const MarkdownBlock& f, const YamlNode& value) {
    auto& d = ctx.draft;
    for (const auto& item : value.items()) {
        DraftTrigger t;
        const int line = line_in(f, item);
        t.line = line;
        const auto condition =
            scalar_of(item, "condition").empty() ? scalar_of(item, "when") : scalar_of(item, "condition");
        const auto action = scalar_of(item, "action");
        t.severity = scalar_of(item, "severity");
        t.when = map_trigger_condition(condition);
        t.action = map_trigger_action(action, t.severity);
        t.message = action;
        t.comments.push_back("from " + d.at(line) + ": " + condition + " -> " + action +
                             (t.severity.empty() ? "" : " (" + t.severity + ")"));
        if (t.when.empty()) {
            t.comments.push_back("TODO: no tollgate metric measures '" + condition +
                                 "'; give a gate a metric and write the trigger over it");
            d.left.push_back({line, "from " + d.at(line) + ": risk trigger '" + condition + "' not mapped"});
        } else {
            t.comments.push_back("action " + t.action + " guessed from '" + action + "' and severity '" + t.severity +
                                 "'");
            d.mapped.push_back(d.at(line) + ": trigger " + t.when);
        }
        d.triggers.push_back(std::move(t));
    }
}

bool gate_heading(const std::string& heading) {
    const auto h = lower(heading);
    for (const char* w : {"gate", "after", "before", "check", "test", "verif", "quality", "lint", "build", "ci"}) {
        if (std::regex_search(h, std::regex(std::string("\\b") + w))) return true;
    }
    return false;
}

bool shell_fence(const MarkdownBlock& f) {
    const auto lang = lower(f.text);
    return lang.empty() || lang == "bash" || lang == "sh" || lang == "shell" || lang == "console" || lang == "zsh";
}

// Plain code without box drawing or markup: a command per line.
bool looks_like_commands(const MarkdownBlock& f) {
    int commands = 0;
    for (const auto& raw : f.body) {
        const auto l = trim(raw);
        if (l.empty() || l.front() == '#') continue;
        if (l.find("\xe2\x94") != std::string_view::npos || l.front() == '|' || l.front() == '*') return false;
        ++commands;
    }
    return commands > 0 || !f.body.empty();
}

std::string gate_id_for(const PlanDraft& d, const std::string& comment, const std::string& command) {
    std::string base;
    if (!comment.empty()) {
        base = slug_id(comment);
    } else {
        std::vector<std::string> words;
        for (auto w : split(command, ' ')) {
            // A program's path reads as its name: ./bin/reconcile -> reconcile.
            if (!w.empty() && w.front() != '-' && w.find('=') == std::string::npos) w = w.substr(w.rfind('/') + 1);
            if (w.empty() || w.front() == '-' || std::isalpha(static_cast<unsigned char>(w.front())) == 0 ||
                w.find_first_of("=\"'.$") != std::string::npos)
                continue;
            words.push_back(w);
        }
        if (words.size() > 2) words.erase(words.begin(), words.end() - 2);
        base = slug_id(join(words, " "));
    }
    if (base.size() > 40) base.resize(40);
    return d.unique_id(base.empty() ? std::string("gate") : base);
}

}  // namespace

std::string map_trigger_condition(const std::string& condition) {
    static const std::regex expr(
        R"(^\s*([A-Za-z][A-Za-z0-9_.-]*)\s*(<=|>=|<|>|==)\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z%]*)\s*$)");
    // "stream delay > 2 hours" reads as the metric stream-delay.
    std::string text = condition;
    static const std::regex spaced(R"(([A-Za-z])\s+([A-Za-z]))");
    text = std::regex_replace(text, spaced, "$1-$2");
    std::smatch m;
    if (!std::regex_match(text, m, expr)) return {};
    const auto metric = lower(m[1].str());
    const auto op = m[2].str();
    const auto value = m[3].str();
    const auto unit = lower(m[4].str());
    if ((metric == "test-coverage" || metric == "coverage" || metric == "code-coverage" || metric == "line-coverage") &&
        (unit.empty() || unit == "%"))
        return "coverage " + op + " " + value;
    if (metric == "branch-coverage" && (unit.empty() || unit == "%")) return "branch-coverage " + op + " " + value;
    if (metric == "patch-coverage" && (unit.empty() || unit == "%")) return "patch-coverage " + op + " " + value;
    if (metric == "task-delay" || metric == "packet-delay" || metric == "delay" || metric == "stream-delay") {
        if (unit == "h" || unit.rfind("hour", 0) == 0) return "packet.delay " + op + " " + value + "h";
        if (unit == "d" || unit.rfind("day", 0) == 0) return "packet.delay " + op + " " + value + "d";
    }
    return {};
}

std::string map_trigger_action(const std::string& action, const std::string& severity) {
    const auto a = lower(action);
    const auto s = lower(severity);
    if (a.find("block") != std::string::npos || a.find("stop") != std::string::npos || s == "critical") return "block";
    if (a.find("review") != std::string::npos || a.find("warn") != std::string::npos) return "warn";
    return "notify";
}

void read_yaml_fences(PlanContext& ctx) {
    auto& d = ctx.draft;
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& f = ctx.blocks[b];
        const auto lang = lower(f.text);
        if (f.kind != MarkdownBlock::Kind::fence || (lang != "yaml" && lang != "yml")) continue;
        Diagnostics ignored;
        const auto doc = parse_yaml_document(join(f.body, "\n") + "\n", d.file, ignored);
        if (!doc || !doc->root().is_map()) {
            d.left.push_back({f.line, "from " + d.at(f.line) + ": YAML block that does not parse, not mapped"});
            ctx.used[b] = true;
            continue;
        }
        ctx.used[b] = true;
        for (const auto& pair : doc->root().pairs()) {
            const auto key = lower(pair.first.scalar());
            if (key == "streams" || key == "lanes") {
                read_yaml_streams(ctx, f, pair.second);
            } else if (key.rfind("agent", 0) == 0 && pair.second.is_map() && key != "agents") {
                read_yaml_agent(ctx, f, pair.first.scalar(), pair.second);
            } else if (key == "checkpoints" || key == "milestones") {
                read_yaml_checkpoints(ctx, f, pair.second);
            } else if (key == "risk-triggers" || key == "triggers" || key == "risks") {
                read_yaml_triggers(ctx, f, pair.second);
            } else {
                const int line = line_in(f, pair.first);
                d.left.push_back({line, "from " + d.at(line) + ": YAML '" + pair.first.scalar() + ":' (" +
                                            (key == "alerts" ? "alert channels are configured outside the inventory"
                                                             : std::string("no inventory key holds it")) +
                                            ")"});
            }
        }
    }
}

void read_shell_fences(PlanContext& ctx) {
    auto& d = ctx.draft;
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& f = ctx.blocks[b];
        if (f.kind != MarkdownBlock::Kind::fence || ctx.used[b] || !shell_fence(f)) continue;
        const auto heading = ctx.heading_of(f);
        if (!gate_heading(heading) || !looks_like_commands(f)) continue;
        ctx.used[b] = true;
        std::vector<std::string> gate_ids;
        std::vector<std::string> criteria;
        std::string comment;
        std::vector<std::string> comments_only;
        for (std::size_t i = 0; i < f.body.size(); ++i) {
            const auto l = std::string(trim(f.body[i]));
            const int line = f.line + 1 + static_cast<int>(i);
            if (l.empty()) {
                comment.clear();
                continue;
            }
            if (l.front() == '#') {
                comment = std::string(trim(std::string_view(l).substr(1)));
                comments_only.push_back(comment);
                continue;
            }
            DraftGate g;
            g.line = line;
            g.id = gate_id_for(d, comment, l);
            g.title = comment.empty() ? l : comment;
            g.run = l;
            g.labels = {slug_id(heading)};
            g.comments.push_back("from " + d.at(line) + ": " + l + "  (under '" + heading + "')");
            if (l.find("--min") != std::string::npos || l.find("--coverage") != std::string::npos) {
                g.comments.push_back(
                    "TODO: a coverage threshold; add coverage: {report: FILE, min: N} for the report "
                    "this command writes");
                d.guessed.push_back(d.at(line) + ": gate " + g.id + " looks like a coverage gate; no report named");
            }
            criteria.push_back(comment.empty() ? l : comment);
            d.mapped.push_back(d.at(line) + ": gate " + g.id);
            gate_ids.push_back(g.id);
            d.gates.push_back(std::move(g));
            comment.clear();
        }
        if (gate_ids.empty() && !comments_only.empty()) {
            DraftGate g;
            g.line = f.line;
            g.id = gate_id_for(d, comments_only.front(), "");
            g.title = join(comments_only, "; ");
            g.run = "true";
            g.manual = true;
            g.labels = {slug_id(heading)};
            g.comments.push_back("from " + d.at(f.line) +
                                 ": a block of comments only, so a person checks it: a manual "
                                 "gate, passed by a Verified: trailer");
            criteria.assign(comments_only.begin() + 1, comments_only.end());
            d.mapped.push_back(d.at(f.line) + ": manual gate " + g.id);
            gate_ids.push_back(g.id);
            d.gates.push_back(std::move(g));
        }
        if (gate_ids.empty()) continue;
        // The heading names the checkpoint: "After Batch 3 (any)" is one per packet of batch 3.
        const auto h = lower(heading);
        std::vector<std::string> after;
        const auto after_at = h.find("after");
        if (after_at != std::string::npos) after = resolve_packet_refs(heading.substr(after_at + 5), d);
        const bool final_gate = h.find("final") != std::string::npos || h.find("release") != std::string::npos;
        std::vector<std::vector<std::string>> groups;
        if (h.find("(any)") != std::string::npos || h.find("each") != std::string::npos) {
            for (const auto& a : after) groups.push_back({a});
        } else {
            groups.push_back(after);
        }
        for (const auto& group : groups) {
            DraftCheckpoint c;
            c.title = heading;
            c.after = group;
            if (groups.size() > 1) {
                const auto* p = d.find_packet(group.front());
                c.title =
                    "After " + (p != nullptr && !p->batch.empty() ? ctx.ref_word + " " + p->batch : group.front());
                c.title[6] = static_cast<char>(std::toupper(static_cast<unsigned char>(c.title[6])));
            }
            c.id = d.unique_id(slug_id(c.title));
            c.gates = gate_ids;
            c.criteria = criteria;
            // Made from the heading and the block under it: the heading's line, the first.
            c.line = ctx.blocks[static_cast<std::size_t>(f.heading)].line;
            c.comments.push_back("from " + d.at(c.line) + ": heading '" + heading + "'");
            if (final_gate && c.after.empty()) {
                for (const auto& p : d.packets) c.after.push_back(p.id);
                c.comments.push_back("guessed: a final gate waits for every packet");
                d.guessed.push_back(d.at(f.line) + ": checkpoint " + c.id + " after every packet");
            }
            c.comments.push_back("guessed: blocker true (a quality gate blocks what follows)");
            d.mapped.push_back(d.at(f.line) + ": checkpoint " + c.id);
            d.checkpoints.push_back(std::move(c));
        }
    }
}

}  // namespace tollgate
