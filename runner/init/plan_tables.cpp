#include "runner/init/plan_tables.hpp"

#include "runner/core/civil_date.hpp"
#include "runner/core/text.hpp"
#include "runner/init/plan_refs.hpp"
#include "runner/init/yaml_text.hpp"

#include <algorithm>
#include <map>

namespace tollgate {

namespace {

enum class Column { id, name, priority, effort, depends, owner, coordination, backup, area, start, end, other };

bool header_has(const std::string& text, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(), [&](const char* w) { return text.find(w) != std::string::npos; });
}

Column classify(const std::string& header) {
    const auto h = lower(header);
    if (h == "batch" || h == "id" || h == "#" || h == "packet" || h == "wp" || h == "work packet" || h == "stage" ||
        h == "step" || h == "phase" || h == "key")
        return Column::id;
    if (header_has(h, {"depend", "prereq", "blocked by", "requires", "after"})) return Column::depends;
    if (header_has(h, {"effort", "estimate", "duration", "est."}) || h == "days") return Column::effort;
    if (header_has(h, {"priority", "prio"})) return Column::priority;
    if (h == "start" || h == "start date" || h == "begin" || h == "from") return Column::start;
    if (h == "end" || h == "end date" || h == "finish" || h == "due" || h == "until" || h == "to") return Column::end;
    if (header_has(h, {"backup"})) return Column::backup;
    if (header_has(h, {"owner", "primary", "responsible", "assignee", "accountable"}) || h == "agent" || h == "team")
        return Column::owner;
    if (header_has(h, {"coordination", "contract", "notes"})) return Column::coordination;
    if (header_has(h, {"file", "area", "zone", "path", "director", "folder", "module", "task type"}))
        return Column::area;
    if (header_has(h, {"name", "title"}) || h == "task" || h == "deliverable") return Column::name;
    return Column::other;
}

std::map<Column, std::size_t> columns_of(const MarkdownBlock& table) {
    std::map<Column, std::size_t> out;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const auto c = classify(table.header[i]);
        if (c != Column::other && out.count(c) == 0) out[c] = i;
    }
    return out;
}

std::string cell(const MarkdownBlock& table, std::size_t row, const std::map<Column, std::size_t>& cols, Column c) {
    const auto it = cols.find(c);
    if (it == cols.end() || it->second >= table.rows[row].size()) return {};
    return table.rows[row][it->second];
}

// Guessed path of an area the plan names only in words: any directory of that name.
std::string guessed_path(const std::string& area) {
    auto slug = slug_id(area);
    const auto dash = slug.find('-');
    if (dash != std::string::npos) slug = slug.substr(0, dash);
    return "**/" + (slug.empty() ? std::string("area") : slug) + "/";
}

}  // namespace

InferredRule infer_zone_rule(std::string_view owner_text) {
    const auto t = lower(owner_text);
    if (t.find("others extend") != std::string::npos) return {"extend", "creates, others extend"};
    if (t.find("extend") != std::string::npos) return {"extend", "extend"};
    if (t.find("others use") != std::string::npos) return {"coordinate", "creates, others use"};
    if (t.find("owns section") != std::string::npos || t.find("own section") != std::string::npos)
        return {"shared", "owns section"};
    if (t.find("shared") != std::string::npos || t.find("everyone") != std::string::npos) return {"shared", "shared"};
    if (t.find("only") != std::string::npos) return {"exclusive", "only"};
    if (t.find("exclusive") != std::string::npos) return {"exclusive", "exclusive"};
    return {};
}

void read_packet_tables(PlanContext& ctx) {
    auto& d = ctx.draft;
    struct Pending {
        std::size_t packet;
        std::string depends;
        int line;
    };
    std::vector<Pending> pending;
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& t = ctx.blocks[b];
        if (t.kind != MarkdownBlock::Kind::table || ctx.used[b]) continue;
        const auto cols = columns_of(t);
        if (cols.count(Column::id) == 0 || cols.count(Column::area) != 0) continue;
        if (cols.count(Column::name) == 0 && cols.count(Column::effort) == 0 && cols.count(Column::depends) == 0)
            continue;
        ctx.used[b] = true;
        const auto id_header = lower(t.header[cols.at(Column::id)]);
        const bool labelled =
            id_header == "batch" || id_header == "stage" || id_header == "step" || id_header == "phase";
        if (labelled) ctx.ref_word = id_header;
        d.mapped.push_back(d.at(t.line) + ": packet table (" + join(t.header, " | ") + ")");
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const auto label = cell(t, r, cols, Column::id);
            if (label.empty()) continue;
            DraftPacket p;
            p.line = t.row_lines[r];
            p.batch = label;
            p.id = d.unique_id(slug_id(labelled ? id_header + " " + label : label));
            p.title = cell(t, r, cols, Column::name);
            p.priority = cell(t, r, cols, Column::priority);
            const auto effort = cell(t, r, cols, Column::effort);
            std::string row_text = "| " + join(t.rows[r], " | ") + " |";
            p.comments.push_back("from " + d.at(p.line) + ": " + row_text);
            if (!effort.empty()) {
                if (auto e = parse_plan_effort(effort)) {
                    p.effort = *e;
                } else {
                    p.comments.push_back("TODO: effort '" + effort + "' is not N, N-M hours or days");
                    d.guessed.push_back(d.at(p.line) + ": effort '" + effort + "' of " + p.id + " not understood");
                }
            }
            const auto from = CivilDate::parse(cell(t, r, cols, Column::start));
            const auto to = CivilDate::parse(cell(t, r, cols, Column::end));
            if (p.effort.empty() && from && to && to->days_since(*from) >= 0) {
                // A Gantt row: its length in calendar days, and its start for the plan's start.
                p.effort = std::to_string(to->days_since(*from) + 1) + "d";
                p.comments.push_back("guessed: effort " + p.effort + " from " + from->str() + " to " + to->str() +
                                     " (calendar days)");
                d.guessed.push_back(d.at(p.line) + ": effort of " + p.id + " from its dates");
                if (d.start.empty() || from->str() < d.start) {
                    if (d.start.empty())
                        d.header_comments.push_back("guessed: start is the earliest date of the table");
                    d.start = from->str();
                }
            }
            const auto owner = cell(t, r, cols, Column::owner);
            if (!owner.empty()) {
                p.stream = slug_id(owner);
                if (std::none_of(d.streams.begin(), d.streams.end(),
                                 [&](const DraftStream& s) { return s.id == p.stream; }) &&
                    !p.stream.empty()) {
                    DraftStream s;
                    s.id = p.stream;
                    s.title = owner;
                    s.line = p.line;
                    s.comments.push_back("from " + d.at(p.line) + ": owner " + owner);
                    d.streams.push_back(std::move(s));
                }
            }
            const auto coordination = cell(t, r, cols, Column::coordination);
            if (!coordination.empty()) p.comments.push_back("coordination: " + coordination);
            pending.push_back({d.packets.size(), cell(t, r, cols, Column::depends), p.line});
            d.mapped.push_back(d.at(p.line) + ": packet " + p.id + (p.effort.empty() ? "" : ", effort " + p.effort));
            d.packets.push_back(std::move(p));
        }
    }
    for (const auto& item : pending) {
        auto& p = d.packets[item.packet];
        if (item.depends.empty()) continue;
        p.after = resolve_packet_refs(item.depends, d, p.id);
        const auto l = lower(item.depends);
        if (p.after.empty() && l.find("none") == std::string::npos &&
            l.find_first_not_of(" -–—") != std::string::npos) {
            p.comments.push_back("TODO: dependencies '" + item.depends + "' name no packet of the table");
            d.guessed.push_back(d.at(item.line) + ": dependencies '" + item.depends + "' of " + p.id + " not resolved");
        }
    }
}

void read_lane_tables(PlanContext& ctx) {
    auto& d = ctx.draft;
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& t = ctx.blocks[b];
        if (t.kind != MarkdownBlock::Kind::table || ctx.used[b] || t.header.size() < 2 || t.rows.empty()) continue;
        const bool lanes = std::all_of(t.header.begin(), t.header.end(), [](const std::string& h) {
            const auto l = lower(h);
            return l.rfind("agent ", 0) == 0 || l.rfind("stream ", 0) == 0 || l.rfind("lane ", 0) == 0 ||
                   l.rfind("team ", 0) == 0;
        });
        if (!lanes) continue;
        ctx.used[b] = true;
        d.mapped.push_back(d.at(t.line) + ": lane table (" + join(t.header, " | ") + ")");
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            const auto id = slug_id(t.header[c]);
            auto it =
                std::find_if(d.streams.begin(), d.streams.end(), [&](const DraftStream& s) { return s.id == id; });
            std::vector<std::string> carried;
            for (const auto& row : t.rows) {
                if (c >= row.size()) continue;
                const auto refs = resolve_packet_refs(row[c], d);
                for (const auto& r : refs) {
                    if (auto* p = d.find_packet(r)) {
                        p->stream = id;
                        carried.push_back(r);
                    }
                }
            }
            if (it == d.streams.end()) {
                DraftStream s;
                s.id = id;
                s.title = t.header[c];
                s.line = t.line;
                if (t.rows.size() > 1 && c < t.rows[1].size()) s.title += ": " + t.rows[1][c];
                s.comments.push_back(
                    "from " + d.at(t.line) + ": lane '" + t.header[c] + "' carries " +
                    (carried.empty() ? std::string("no packet named in the table") : join(carried, ", ")));
                d.streams.push_back(std::move(s));
            }
        }
    }
}

void read_zone_tables(PlanContext& ctx) {
    auto& d = ctx.draft;
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& t = ctx.blocks[b];
        if (t.kind != MarkdownBlock::Kind::table || ctx.used[b]) continue;
        const auto cols = columns_of(t);
        if (cols.count(Column::owner) == 0 || cols.count(Column::id) != 0 || t.header.empty()) continue;
        if (classify(t.header[0]) != Column::area && classify(t.header[0]) != Column::name) continue;
        ctx.used[b] = true;
        d.mapped.push_back(d.at(t.line) + ": conflict-zone table (" + join(t.header, " | ") + ")");
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            if (t.rows[r].empty() || t.rows[r][0].empty()) continue;
            DraftZone z;
            z.name = t.rows[r][0];
            const int line = t.row_lines[r];
            z.line = line;
            const auto owner = cell(t, r, cols, Column::owner);
            const auto backup = cell(t, r, cols, Column::backup);
            z.comments.push_back("from " + d.at(line) + ": | " + join(t.rows[r], " | ") + " |");
            z.owners = resolve_packet_refs(owner, d);
            for (const auto& p : d.packets) {
                // An owner named by its lane (agent-a1) owns through the packets in it.
                if (z.owners.empty() && !p.stream.empty() && p.stream == slug_id(owner)) z.owners.push_back(p.id);
            }
            auto rule = infer_zone_rule(owner);
            if (!rule.rule.empty()) {
                z.rule = rule.rule;
                z.comments.push_back("rule " + rule.rule + " from the phrase '" + rule.phrase + "' in '" + owner + "'");
            } else if (!backup.empty()) {
                z.rule = "coordinate";
                z.comments.push_back("guessed: rule coordinate, as a backup (" + backup + ") may change it too");
            } else {
                z.rule = "coordinate";
                z.comments.push_back("guessed: rule coordinate; no phrase says who else may change it");
                d.guessed.push_back(d.at(line) + ": zone " + z.name + " rule coordinate (no phrase)");
            }
            if (rule.rule == "shared" && rule.phrase == "owns section") {
                z.comments.push_back("TODO: each packet owns a section: split this into one zone per section");
            }
            if (z.owners.empty() && z.rule != "shared") {
                z.comments.push_back("TODO: '" + owner + "' names no packet; shared until an owner is named");
                z.rule = "shared";
                d.guessed.push_back(d.at(line) + ": zone " + z.name + " has no owner packet, drafted shared");
            }
            z.coordination = cell(t, r, cols, Column::coordination);
            if (z.coordination.empty() && !backup.empty()) z.coordination = "primary " + owner + ", backup " + backup;
            z.paths = {guessed_path(z.name)};
            z.comments.push_back("guessed: paths from the area's name; the plan names no directory");
            d.guessed.push_back(d.at(line) + ": zone " + z.name + " paths " + z.paths.front());
            d.mapped.push_back(d.at(line) + ": zone " + z.name + " (" + z.rule + ")");
            d.zones.push_back(std::move(z));
        }
    }
}

}  // namespace tollgate
