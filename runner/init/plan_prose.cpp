#include "runner/init/plan_prose.hpp"

#include "runner/init/plan_fences.hpp"
#include "runner/init/plan_refs.hpp"
#include "runner/init/yaml_text.hpp"

#include <algorithm>
#include <regex>

namespace tollgate {

namespace {

void add_unique(std::vector<std::string>& list, const std::string& id) {
    if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
}

bool prose(const MarkdownBlock& b) {
    return b.kind == MarkdownBlock::Kind::list_item || b.kind == MarkdownBlock::Kind::text;
}

// The part of a list item that names its subject: "Batch 1: Foundation (Days 1-3)" -> "Batch 1".
std::string subject_of(const std::string& text) {
    const auto colon = text.find(':');
    const auto dash = text.find(" - ");
    return text.substr(0, std::min(colon, dash));
}

}  // namespace

void read_dependency_prose(PlanContext& ctx) {
    auto& d = ctx.draft;
    static const std::regex hard(
        R"(^(.+?)\s+(?:waits? for|depends? on|requires|is blocked by|must follow|comes after|starts? after)\s+(.+)$)",
        std::regex::icase);
    static const std::regex soft(
        R"(^(.+?)\s+(?:should (?:ideally |preferably )?follow|preferably after|ideally after)\s+(.+)$)",
        std::regex::icase);
    static const std::regex paren(R"(^(.+?)\s*\((?:after|once)\s+(.+?)\)\s*$)", std::regex::icase);
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& block = ctx.blocks[b];
        if (!prose(block) || ctx.used[b]) continue;
        std::smatch m;
        const std::string& text = block.text;
        bool is_soft = false;
        if (std::regex_match(text, m, soft)) {
            is_soft = true;
        } else if (!std::regex_match(text, m, hard) && !std::regex_match(text, m, paren)) {
            continue;
        }
        const auto subjects = resolve_packet_refs(m[1].str(), d);
        if (subjects.empty()) continue;
        for (const auto& s : subjects) {
            auto* p = d.find_packet(s);
            const auto targets = resolve_packet_refs(m[2].str(), d, s);
            if (targets.empty()) continue;
            for (const auto& t : targets) {
                if (is_soft) {
                    // A soft word about a pair overrides the table's hard edge: the plan's
                    // own hedging ("should ideally") is the later, more careful statement.
                    const auto it = std::find(p->after.begin(), p->after.end(), t);
                    if (it != p->after.end()) p->after.erase(it);
                    add_unique(p->prefer_after, t);
                } else if (std::find(p->prefer_after.begin(), p->prefer_after.end(), t) == p->prefer_after.end()) {
                    add_unique(p->after, t);
                }
            }
            p->comments.push_back(std::string(is_soft ? "prefer-after" : "after") + " from " + d.at(block.line) + ": " +
                                  text);
        }
        ctx.used[b] = true;
        d.mapped.push_back(d.at(block.line) + ": " + (is_soft ? "prefer-after" : "after") + " edges: " + text);
    }
    // Keep every packet's edges in the plan's order.
    for (auto& p : d.packets) {
        for (auto* list : {&p.after, &p.prefer_after}) {
            std::vector<std::string> ordered;
            for (const auto& q : d.packets) {
                if (std::find(list->begin(), list->end(), q.id) != list->end()) ordered.push_back(q.id);
            }
            *list = ordered;
        }
    }
}

void read_rule_prose(PlanContext& ctx) {
    auto& d = ctx.draft;
    static const std::regex rule(R"(^(?:[A-Za-z ]{1,20}:\s*)?if\s+(.+?),\s*(?:then\s+)?(.+)$)", std::regex::icase);
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& block = ctx.blocks[b];
        std::smatch m;
        if (!prose(block) || ctx.used[b] || !std::regex_match(block.text, m, rule)) continue;
        const auto when = map_trigger_condition(m[1].str());
        if (when.empty()) continue;
        DraftTrigger t;
        t.line = block.line;
        t.when = when;
        t.action = map_trigger_action(m[2].str(), "");
        t.message = m[2].str();
        t.comments.push_back("from " + d.at(block.line) + ": " + block.text);
        t.comments.push_back("action " + t.action + " guessed from '" + t.message + "'");
        d.mapped.push_back(d.at(block.line) + ": trigger " + t.when);
        d.triggers.push_back(std::move(t));
        ctx.used[b] = true;
    }
}

void read_day_windows(PlanContext& ctx) {
    auto& d = ctx.draft;
    // Specific windows first ("Batch 1: Foundation (Days 1-3)"), then the heading's.
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& block = ctx.blocks[b];
        if (block.kind != MarkdownBlock::Kind::list_item) continue;
        const auto day = last_day_of(block.text);
        if (!day) continue;
        const auto refs = resolve_packet_refs(subject_of(block.text), d);
        if (refs.size() != 1) continue;
        auto* p = d.find_packet(refs.front());
        p->last_day = *day;
        p->comments.push_back("days from " + d.at(block.line) + ": " + block.text);
        ctx.used[b] = true;
    }
    for (std::size_t h = 0; h < ctx.blocks.size(); ++h) {
        const auto& heading = ctx.blocks[h];
        if (heading.kind != MarkdownBlock::Kind::heading) continue;
        const auto day = last_day_of(heading.text);
        if (!day) continue;
        d.mapped.push_back(d.at(heading.line) + ": day window ending day " + std::to_string(*day) + ": " +
                           heading.text);
        for (std::size_t b = h + 1; b < ctx.blocks.size(); ++b) {
            const auto& block = ctx.blocks[b];
            if (block.kind == MarkdownBlock::Kind::heading && block.level <= heading.level) break;
            std::vector<std::string> refs;
            if (block.kind == MarkdownBlock::Kind::list_item) refs = resolve_packet_refs(subject_of(block.text), d);
            if (block.kind == MarkdownBlock::Kind::table) {
                for (const auto& row : block.rows) {
                    for (const auto& c : row) {
                        for (const auto& r : resolve_packet_refs(c, d)) add_unique(refs, r);
                    }
                }
            }
            for (const auto& r : refs) {
                auto* p = d.find_packet(r);
                if (p->last_day) continue;
                p->last_day = *day;
                p->comments.push_back("days from " + d.at(heading.line) + ": " + heading.text);
            }
        }
    }
}

void read_packet_tasks(PlanContext& ctx) {
    auto& d = ctx.draft;
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& item = ctx.blocks[b];
        if (item.kind != MarkdownBlock::Kind::list_item || item.checkbox) continue;
        const auto subject = subject_of(item.text);
        if (subject.size() == item.text.size()) continue;  // "Batch 1: …" names its packet first
        const auto refs = resolve_packet_refs(subject, d);
        if (refs.size() != 1) continue;
        auto* p = d.find_packet(refs.front());
        std::size_t next = b + 1;
        for (; next < ctx.blocks.size(); ++next) {
            const auto& sub = ctx.blocks[next];
            if (sub.kind != MarkdownBlock::Kind::list_item || sub.level <= item.level) break;
            p->tasks.push_back(sub.text);
            ctx.used[next] = true;
        }
        if (next > b + 1) {
            p->comments.push_back("tasks from " + d.at(item.line) + "-" + std::to_string(ctx.blocks[next - 1].line) +
                                  ": the items under '" + item.text + "'");
            d.mapped.push_back(d.at(item.line) + ": tasks of " + p->id);
        }
    }
}

void read_checklist(PlanContext& ctx) {
    auto& d = ctx.draft;
    // Without a packet table, the checklist is the packet list: "**Name**: what (2 days)".
    if (d.packets.empty()) {
        static const std::regex effort(R"(\(([^()]*)\)\s*$)");
        for (const auto& block : ctx.blocks) {
            if (block.kind != MarkdownBlock::Kind::list_item || !block.checkbox) continue;
            DraftPacket p;
            p.line = block.line;
            p.title = subject_of(block.text);
            p.id = slug_id(p.title);
            if (p.id.empty() || d.find_packet(p.id) != nullptr) continue;
            p.id = d.unique_id(p.id);
            std::smatch m;
            if (std::regex_search(block.text, m, effort)) {
                if (auto e = parse_plan_effort(m[1].str())) p.effort = *e;
            }
            if (p.title.size() < block.text.size()) {
                auto rest = block.text.substr(p.title.size());
                const auto start = rest.find_first_not_of(":- ");
                if (start != std::string::npos) p.tasks.push_back(rest.substr(start));
            }
            p.comments.push_back("from " + d.at(block.line) + ": checklist item " + block.text);
            d.mapped.push_back(d.at(block.line) + ": packet " + p.id + " from the checklist" +
                               (p.effort.empty() ? "" : ", effort " + p.effort));
            d.packets.push_back(std::move(p));
        }
    }
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& block = ctx.blocks[b];
        if (block.kind != MarkdownBlock::Kind::list_item || !block.checkbox) continue;
        const auto refs = resolve_packet_refs(subject_of(block.text), d);
        ctx.used[b] = true;
        if (refs.empty()) {
            d.left.push_back(
                {block.line, "from " + d.at(block.line) + ": checklist item names no packet: " + block.text});
        } else {
            d.mapped.push_back(d.at(block.line) + ": checklist confirms " + refs.front());
        }
    }
}

}  // namespace tollgate
