#include "runner/report/plan_text.hpp"

#include "runner/core/text.hpp"
#include "runner/report/plan_labels.hpp"

namespace tollgate {

namespace {

constexpr std::size_t width = 80;

/// Appends `words` joined by spaces and wrapped at `width`: the first line
/// starts with `first`, the following ones with `rest`.
void wrap_words(std::string& out, const std::string& first, const std::vector<std::string>& words,
                const std::string& rest) {
    std::string line = first;
    bool line_has_word = false;
    for (const auto& word : words) {
        if (word.empty()) continue;
        if (line_has_word && line.size() + 1 + word.size() > width) {
            out += line + '\n';
            line = rest;
            line_has_word = false;
        }
        if (line_has_word) line += ' ';
        line += word;
        line_has_word = true;
    }
    out += line + '\n';
}

/// wrap_words over the space-separated words of `body`.
void wrap(std::string& out, const std::string& first, const std::string& body, const std::string& rest) {
    wrap_words(out, first, split(body, ' '), rest);
}

std::string list(const std::vector<std::string>& ids) {
    std::vector<std::string> shown;
    shown.reserve(ids.size());
    for (const auto& id : ids) shown.push_back(printable(id));
    return join(shown, ", ");
}

std::string wave_header(const PlanResult& plan, const PlanWave& wave) {
    std::vector<std::string> ids;
    for (std::size_t i : wave.packets) ids.push_back(plan.packets[i].id);
    std::string header = "Phase " + std::to_string(wave.number) + " (";
    header += wave.first_day ? day_span_label(plan, *wave.first_day, *wave.last_day) : "done";
    header += ")";
    if (ids.size() > 1) header += ", " + std::to_string(ids.size()) + " in parallel";
    return header + ": " + list(ids);
}

void render_packet(std::string& out, const PlanResult& plan, const PlannedPacket& p) {
    std::string line = printable(p.id);
    if (!p.title.empty() && p.title != p.id) line += ": " + printable(p.title);
    line += "; " + effort_label(p) + "; " + schedule_label(plan, p);
    if (p.status == PacketStatus::paused) line += "; paused";
    if (!p.stream.empty()) line += "; stream " + printable(p.stream);
    if (p.critical) line += "; critical";
    wrap(out, "  - ", line, "      ");
    if (!p.after.empty()) wrap(out, "    ", "waits for " + list(p.after), "      ");
    if (!p.prefer_after.empty()) wrap(out, "    ", "prefers to follow " + list(p.prefer_after), "      ");
}

void render_checkpoint(std::string& out, const PlanResult& plan, const PlannedCheckpoint& c) {
    std::string head = "Checkpoint " + printable(c.id) + " ";
    head += c.after_wave == 0 ? "before phase 1" : "after phase " + std::to_string(c.after_wave);
    if (!c.title.empty() && c.title != c.id) head += ": " + printable(c.title);
    wrap(out, "", head, "  ");

    std::string status = c.blocker ? "blocker" : "not blocking";
    if (c.due_day) status += "; due " + day_label(plan, *c.due_day);
    else if (c.due_date) status += "; due " + c.due_date->str();
    status += "; ready " + day_label(plan, c.ready_day);
    if (c.due_day && c.ready_day > *c.due_day) {
        const int late = c.ready_day - *c.due_day;
        status += ", " + std::to_string(late) + (late == 1 ? " day late" : " days late");
    }
    if (c.critical) status += "; critical";
    wrap(out, "  ", status, "    ");
    if (!c.after.empty()) wrap(out, "  ", "waits for " + list(c.after), "    ");
    if (!c.gates.empty()) wrap(out, "  ", "gates: " + list(c.gates), "    ");
    if (!c.criteria.empty()) {
        std::vector<std::string> criteria;
        for (const auto& item : c.criteria) criteria.push_back(printable(item));
        wrap(out, "  ", "criteria: " + join(criteria, "; "), "    ");
    }
}

std::string lanes_text(const PlanResult& plan) {
    std::string text = std::to_string(plan.total_lanes) + (plan.total_lanes == 1 ? " lane" : " lanes");
    if (plan.lanes_source == "widest wave") return text + " (the widest phase; limit with --lanes N)";
    if (plan.lanes_source == "option") return text + " (--lanes)";
    std::vector<std::string> pools;
    for (const auto& pool : plan.pools)
        pools.push_back((pool.name.empty() ? std::string("no stream") : printable(pool.name)) + " " +
                        std::to_string(pool.lanes));
    return text + " (streams: " + join(pools, ", ") + ")";
}

void render_summary(std::string& out, const PlanResult& plan) {
    std::size_t done = 0;
    for (const auto& p : plan.packets) done += p.schedule ? 0 : 1;
    std::string title = "Plan";
    if (!plan.project.empty()) title += ": " + printable(plan.project);
    wrap(out, "", title, "  ");
    std::string counts = std::to_string(plan.packets.size()) + " packets";
    if (done > 0) counts += " (" + std::to_string(done) + " done)";
    counts += " in " + std::to_string(plan.waves.size()) + " phases, " + std::to_string(plan.checkpoints.size()) +
              (plan.checkpoints.size() == 1 ? " checkpoint" : " checkpoints");
    wrap(out, "", counts, "  ");
    std::string basis = "Schedule: " + to_string(plan.estimate) + " estimates, " +
                        std::to_string(static_cast<int>(hours_per_day)) + " working hours a day, " + lanes_text(plan);
    if (plan.start) basis += "; day 1 is " + plan.start->str() + ", weekends included";
    wrap(out, "", basis, "  ");
}

void render_totals(std::string& out, const PlanResult& plan) {
    if (!plan.critical_path.empty()) {
        // Arrows stay at the end of a line, never start the next one.
        std::vector<std::string> words{"Critical", "path", "(" + to_string(plan.estimate) + "):"};
        for (const auto& id : plan.critical_path) words.push_back(printable(id) + " ->");
        words.back().resize(words.back().size() - 3);
        wrap_words(out, "", words, "  ");
    }
    out += "Critical path length: " + format_day_range(plan.critical_hours) + '\n';
    out += "Sequential total: " + format_day_range(plan.sequential_hours) + '\n';
    out += "Parallel span on " + std::to_string(plan.total_lanes) + (plan.total_lanes == 1 ? " lane: " : " lanes: ") +
           format_day_range(plan.parallel_hours) + '\n';
    if (plan.eta_day == 0) {
        out += "ETA: nothing left to do\n";
    } else {
        out += "ETA (" + to_string(plan.estimate) + "): " + day_label(plan, plan.eta_day);
        if (plan.start) out += " (day " + std::to_string(plan.eta_day) + ")";
        out += '\n';
    }
    if (!plan.dropped.empty()) wrap(out, "", "Dropped, not planned: " + list(plan.dropped), "  ");
    if (!plan.unestimated.empty()) wrap(out, "", "No estimate, counted as 0: " + list(plan.unestimated), "  ");
    if (!plan.notes.empty()) {
        out += "Notes:\n";
        for (const auto& note : plan.notes) wrap(out, "  - ", printable(note), "    ");
    }
}

}  // namespace

std::string render_plan_text(const PlanResult& plan) {
    std::string out;
    render_summary(out, plan);
    std::size_t next_checkpoint = 0;
    auto checkpoints_after = [&](int wave) {
        while (next_checkpoint < plan.checkpoints.size() && plan.checkpoints[next_checkpoint].after_wave == wave) {
            out += '\n';
            render_checkpoint(out, plan, plan.checkpoints[next_checkpoint++]);
        }
    };
    checkpoints_after(0);
    for (const auto& wave : plan.waves) {
        out += '\n';
        wrap(out, "", wave_header(plan, wave), "  ");
        for (std::size_t i : wave.packets) render_packet(out, plan, plan.packets[i]);
        checkpoints_after(wave.number);
    }
    out += '\n';
    render_totals(out, plan);
    return out;
}

}  // namespace tollgate
