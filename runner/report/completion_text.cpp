#include "runner/report/completion_text.hpp"

#include "runner/core/json_writer.hpp"
#include "runner/core/text.hpp"
#include "runner/progress/history_record.hpp"
#include "runner/report/escape.hpp"
#include "runner/report/progress_figures.hpp"

#include <utility>

namespace tollgate {

namespace {

struct Out {
    bool md;
    std::string text;
    std::string esc(const std::string& s) const { return md ? markdown_cell(s) : printable(s); }
    void heading(const std::string& h) { text += md ? "\n### " + h + "\n\n" : "\n" + h + "\n"; }
    void item(const std::string& s, int depth = 1) {
        text += md ? std::string(static_cast<std::size_t>(depth - 1) * 2, ' ') + "- " + s + "\n"
                   : std::string(static_cast<std::size_t>(depth) * 2, ' ') + "- " + s + "\n";
    }
};

std::string zone_label(const ZoneFiles& z) {
    if (z.zone.empty()) return "(unzoned)";
    std::string s = z.zone + " (" + z.rule;
    if (!z.owners.empty()) s += ", owner " + join(z.owners, ", ");
    return s + ")";
}

}  // namespace

std::string render_completion_text(const CompletionReport& r, bool markdown) {
    Out o{markdown, {}};
    const PacketProgress& p = r.packet;
    o.text += (markdown ? "## Completion report: " : "Completion report: ") + o.esc(p.id) +
              (p.title.empty() ? "" : " — " + o.esc(p.title)) + "\n";
    o.text += (markdown ? "\n" : "") + std::string("Status: ") + to_string(p.state) + " (started " +
              format_day(p.started, "–") + ", completed " + format_day(p.completed, "–") + ") · " +
              std::to_string(p.commits_landed) + " commit(s) landed, " + std::to_string(p.commits_unmerged) +
              " unmerged · " + o.esc(p.why) + "\n";
    if (!r.doc.empty()) o.text += "Work packet: " + o.esc(r.doc) + "\n";

    o.heading("1. Tasks completed (with file paths)");
    if (r.files_by_zone.empty()) o.item("no files changed");
    for (const auto& z : r.files_by_zone) {
        o.item(o.esc(zone_label(z)) + ": " + std::to_string(z.paths.size()) + " file(s)");
        for (const auto& path : z.paths) o.item(o.esc(path), 2);
    }
    o.item("gates passed" + (r.gates_record.empty() ? std::string() : " (record " + r.gates_record + ")") + ": " +
           (r.gates_passed.empty() ? std::string("none recorded") : o.esc(join(r.gates_passed, ", "))));
    if (!r.tasks.empty()) {
        o.item("tasks listed in the inventory:");
        for (const auto& t : r.tasks) o.item(o.esc(t), 2);
    }

    o.heading("2. Tasks skipped (with reason)");
    if (r.remaining.empty()) o.item("nothing remains");
    for (const auto& s : r.remaining) o.item(o.esc(s));

    o.heading("3. Issues encountered");
    if (r.gates_failed.empty() && r.violations.empty() && r.notes.empty()) o.item("none found");
    for (const auto& g : r.gates_failed) o.item("gate failed: " + o.esc(g));
    for (const auto& v : r.violations) o.item("zone violation: " + o.esc(v.path) + ": " + o.esc(v.reason));
    for (const auto& n : r.notes) o.item("note: " + o.esc(n));

    o.heading("4. Recommendations for next batch");
    if (r.unblocks.empty()) o.item("no packet waits on " + o.esc(p.id));
    for (const auto& u : r.unblocks) o.item(o.esc(u));
    return o.text;
}

std::string render_completion_json(const CompletionReport& r) {
    JsonWriter w;
    const PacketProgress& p = r.packet;
    w.begin_object();
    w.key("version").value(1);
    w.key("packet").value(p.id);
    w.key("title").value(p.title);
    w.key("status").value(json_name(p.state));
    w.key("why").value(p.why);
    for (const auto& [key, time] : {std::pair{"started", p.started}, std::pair{"completed", p.completed}}) {
        w.key(key);
        if (time) {
            w.value(iso_utc(*time));
        } else {
            w.null();
        }
    }
    w.key("commits_landed").value(p.commits_landed);
    w.key("commits_unmerged").value(p.commits_unmerged);
    w.key("gates_record").value(r.gates_record);
    w.key("gates_passed").value(r.gates_passed);
    w.key("gates_failed").value(r.gates_failed);
    w.key("gates_not_recorded").value(r.gates_not_recorded);
    w.key("files_by_zone").begin_array();
    for (const auto& z : r.files_by_zone) {
        w.begin_object();
        w.key("zone").value(z.zone);
        w.key("rule").value(z.rule);
        w.key("owners").value(z.owners);
        w.key("paths").value(z.paths);
        w.end_object();
    }
    w.end_array();
    w.key("violations").begin_array();
    for (const auto& v : r.violations) {
        w.begin_object();
        w.key("path").value(v.path);
        w.key("zone").value(v.zone);
        w.key("rule").value(v.rule);
        w.key("reason").value(v.reason);
        w.end_object();
    }
    w.end_array();
    w.key("remaining").value(r.remaining);
    w.key("tasks").value(r.tasks);
    w.key("unblocks").value(r.unblocks);
    w.key("notes").value(r.notes);
    w.end_object();
    return w.str() + "\n";
}

}  // namespace tollgate
