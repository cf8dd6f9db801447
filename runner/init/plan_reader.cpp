#include "runner/init/plan_reader.hpp"

#include "runner/core/text.hpp"
#include "runner/init/plan_context.hpp"
#include "runner/init/plan_docs.hpp"
#include "runner/init/plan_fences.hpp"
#include "runner/init/plan_prose.hpp"
#include "runner/init/plan_refs.hpp"
#include "runner/init/plan_tables.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace tollgate {

DraftPacket* PlanDraft::find_packet(const std::string& id) {
    for (auto& p : packets) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

std::string PlanDraft::unique_id(const std::string& base) const {
    const std::string stem = base.empty() ? std::string("item") : base;
    auto taken = [&](const std::string& id) {
        return std::any_of(packets.begin(), packets.end(), [&](const DraftPacket& p) { return p.id == id; }) ||
               std::any_of(gates.begin(), gates.end(), [&](const DraftGate& g) { return g.id == id; }) ||
               std::any_of(checkpoints.begin(), checkpoints.end(),
                           [&](const DraftCheckpoint& c) { return c.id == id; });
    };
    std::string id = stem;
    for (int n = 2; taken(id); ++n) id = stem + "-" + std::to_string(n);
    return id;
}

std::string PlanDraft::at(int line) const {
    return file + ":" + std::to_string(line);
}

namespace {

// Plan titles open with emoji and decoration: keep from the first letter or digit on.
std::string plain_title(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])) == 0) ++i;
    return text.substr(i);
}

void read_header(PlanContext& ctx) {
    auto& d = ctx.draft;
    static const std::regex start(
        R"(^(?:generated|start|started|start date|date|kick-?off)\s*:\s*([0-9]{4}-[0-9]{2}-[0-9]{2})\b)",
        std::regex::icase);
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& block = ctx.blocks[b];
        if (block.kind == MarkdownBlock::Kind::heading && block.level == 1 && d.project.empty()) {
            d.project = plain_title(block.text);
            d.mapped.push_back(d.at(block.line) + ": project from the title");
        }
        std::smatch m;
        if (block.kind == MarkdownBlock::Kind::text && d.start.empty() && std::regex_search(block.text, m, start)) {
            d.start = m[1].str();
            d.header_comments.push_back("start from " + d.at(block.line) + ": " + block.text +
                                        " (guessed: day numbers count from it)");
            d.guessed.push_back(d.at(block.line) + ": start " + d.start);
            ctx.used[b] = true;
        }
    }
}

void set_checkpoint_days(PlanDraft& d) {
    for (auto& c : d.checkpoints) {
        if (c.due || c.after.empty()) continue;
        std::optional<int> last;
        for (const auto& a : c.after) {
            const auto* p = d.find_packet(a);
            if (p == nullptr || !p->last_day) {
                last.reset();
                break;
            }
            last = std::max(last.value_or(0), *p->last_day);
        }
        if (!last) continue;
        c.due = last;
        c.comments.push_back("guessed: due day " + std::to_string(*last) + ", the end of its packets' day window");
    }
}

void collect_left(PlanContext& ctx) {
    auto& d = ctx.draft;
    for (std::size_t b = 0; b < ctx.blocks.size(); ++b) {
        const auto& block = ctx.blocks[b];
        if (ctx.used[b] || block.kind == MarkdownBlock::Kind::heading) continue;
        const std::string where = "from " + d.at(block.line);
        switch (block.kind) {
            case MarkdownBlock::Kind::table:
                d.left.push_back({block.line, where + "-" + std::to_string(block.end_line) + ": table (" +
                                                  join(block.header, " | ") + "), " +
                                                  std::to_string(block.rows.size()) + " rows, not mapped"});
                break;
            case MarkdownBlock::Kind::fence:
                d.left.push_back({block.line, where + "-" + std::to_string(block.end_line) + ": ```" + block.text +
                                                  " block under '" + ctx.heading_of(block) + "', not mapped"});
                break;
            default: {
                auto text = block.text;
                if (text.size() > 110) text = text.substr(0, 107) + "...";
                d.left.push_back({block.line, where + ": " + text});
            }
        }
    }
}

}  // namespace

PlanDraft draft_from_plan(std::string_view text, const std::string& file) {
    PlanContext ctx = start_plan_context(text, file);
    read_header(ctx);
    read_packet_tables(ctx);
    read_yaml_fences(ctx);
    read_lane_tables(ctx);
    read_checklist(ctx);
    read_dependency_prose(ctx);
    read_day_windows(ctx);
    read_packet_tasks(ctx);
    read_packet_doc_names(ctx);
    read_zone_tables(ctx);
    read_shell_fences(ctx);
    read_rule_prose(ctx);
    set_checkpoint_days(ctx.draft);
    collect_left(ctx);
    return std::move(ctx.draft);
}

}  // namespace tollgate
