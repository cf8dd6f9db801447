#include "runner/inventory/inventory_dump.hpp"

#include "runner/core/text.hpp"

#include <cstdio>

namespace tollgate {

namespace {

// Writes "  key: value" lines, skipping empty values so defaults stay quiet.
class Dumper {
public:
    std::string take() { return std::move(m_out); }

    void header(const std::string& kind, const std::string& id, const SourceLocation& where) {
        m_out += kind + " " + printable(id) + " @" + where.str() + "\n";
    }
    void line(const std::string& key, const std::string& value, bool always = false) {
        if (value.empty() && !always) return;
        m_out += "  " + key + ": " + printable(value) + "\n";
    }
    void list(const std::string& key, const std::vector<std::string>& values) {
        if (values.empty()) return;
        std::vector<std::string> shown;
        for (const auto& v : values) shown.push_back(printable(v));
        m_out += "  " + key + ": [" + join(shown, ", ") + "]\n";
    }
    void located(const std::string& key, const std::vector<Located>& values) {
        if (values.empty()) return;
        std::vector<std::string> shown;
        for (const auto& v : values) shown.push_back(printable(v.value) + "@" + position(v.where));
        m_out += "  " + key + ": [" + join(shown, ", ") + "]\n";
    }
    void raw(const std::string& text) { m_out += text; }

    static std::string position(const SourceLocation& where) {
        return std::to_string(where.line) + ":" + std::to_string(where.column);
    }

private:
    std::string m_out;
};

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

std::string opt_number(const std::optional<double>& v) {
    return v ? number(*v) : "";
}

void dump_gate(Dumper& d, const Gate& g) {
    d.header("gate", g.id, g.where);
    d.line("title", g.title);
    if (g.run.is_argv) d.list("run argv", g.run.argv);
    else d.line("run", g.run.text);
    if (g.cwd != ".") d.line("cwd", g.cwd);
    if (g.timeout) d.line("timeout", format_duration(*g.timeout));
    for (const auto& [k, v] : g.env) d.line("env " + k, v, true);
    if (g.env_allow) d.list("env-allow", *g.env_allow);
    d.located("pass-env", g.pass_env);
    d.located("changed", g.changed);
    d.list("labels", g.labels);
    d.located("needs", g.needs);
    if (g.retries != 0) d.line("retries", std::to_string(g.retries));
    if (g.manual) d.line("manual", "true");
    if (g.coverage) {
        const CoverageSpec& c = *g.coverage;
        d.line("coverage",
               c.report.value + " format=" + to_string(c.format) + (c.min ? " min=" + opt_number(c.min) : "") +
                   (c.branch_min ? " branch-min=" + opt_number(c.branch_min) : "") +
                   (c.patch_min ? " patch-min=" + opt_number(c.patch_min) : "") + (c.no_drop ? " no-drop" : ""));
        for (const auto& [zone, min] : c.zone_min) d.line("coverage zone " + zone.value, opt_number(min));
        for (const auto& [packet, min] : c.packet_min) d.line("coverage packet " + packet.value, opt_number(min));
    }
    for (const auto& m : g.metrics) d.line("metric " + m.name + "@" + Dumper::position(m.where), m.regex);
}

}  // namespace

std::string dump_inventory(const Inventory& inv) {
    Dumper d;
    d.raw("version: " + std::to_string(inv.version) + "\n");
    if (!inv.project.empty()) d.raw("project: " + printable(inv.project) + "\n");
    if (!inv.base.empty()) d.raw("base: " + printable(inv.base) + "\n");
    if (inv.start) d.raw("start: " + inv.start->str() + "\n");
    for (const auto& f : inv.files) d.raw("file: " + printable(f) + "\n");
    for (const auto& s : inv.streams) {
        d.header("stream", s.id, s.where);
        d.line("title", s.title);
        d.line("priority", s.priority);
        d.line("type", s.type);
        d.line("agents", std::to_string(s.agents));
        d.line("description", s.description);
    }
    for (const auto& p : inv.packets) {
        d.header("packet", p.id, p.where);
        d.line("title", p.title);
        d.line("batch", p.batch);
        d.line("priority", p.priority);
        if (p.effort)
            d.line("effort",
                   p.effort->text + " (" + number(p.effort->low_hours) + "h-" + number(p.effort->high_hours) + "h)");
        if (!p.stream.empty()) d.line("stream", p.stream + "@" + Dumper::position(p.stream_where));
        d.located("after", p.after);
        d.located("prefer-after", p.prefer_after);
        d.located("branches", p.branches);
        if (p.doc) d.located("doc", {*p.doc});
        d.located("gates", p.gates);
        d.list("tasks", p.tasks);
        d.located("context", p.context);
        if (p.report) d.list("report", *p.report);
        d.line("description", p.description);
        d.line("status", to_string(p.status));
    }
    for (const auto& z : inv.zones) {
        d.header("zone", z.name, z.where);
        d.located("paths", z.paths);
        d.located("owner", z.owners);
        d.line("rule", to_string(z.rule));
        d.line("coordination", z.coordination);
    }
    for (const auto& g : inv.gates) dump_gate(d, g);
    for (const auto& c : inv.checkpoints) {
        d.header("checkpoint", c.id, c.where);
        d.line("title", c.title);
        d.located("after", c.after);
        if (c.due) d.line("due", c.due->day ? "day " + std::to_string(*c.due->day) : c.due->date->str());
        d.line("blocker", c.blocker ? "true" : "false");
        d.located("gates", c.gates);
        d.list("criteria", c.criteria);
    }
    for (const auto& t : inv.triggers) {
        d.header("trigger", t.when, t.where);
        if (t.expr)
            d.line("parsed", "metric=" + t.expr->metric + " op=" + to_string(t.expr->op) + " value=" +
                                 number(t.expr->value) + (t.expr->unit.empty() ? "" : " unit=" + t.expr->unit));
        d.line("action", to_string(t.action));
        d.line("severity", t.severity);
        d.line("message", t.message);
    }
    for (const auto& c : inv.alerts.channels) {
        d.header("alert-channel", c.name, c.where);
        d.line("type", to_string(c.type));
        d.line("url-env", c.url_env);
        d.line("secret-env", c.secret_env);
        d.line("password-env", c.password_env);
        d.line("user", c.user);
        d.line("from", c.from);
        d.list("to", c.to);
        if (c.run && c.run->is_argv) d.list("run argv", c.run->argv);
        else if (c.run) d.line("run", c.run->text);
    }
    for (const auto& r : inv.alerts.rules) {
        d.header("alert-rule", r.level, r.where);
        d.located("channel", r.channels);
        d.located("events", r.events);
    }
    if (inv.alerts.stalled_after) d.raw("alerts stalled-after: " + format_duration(*inv.alerts.stalled_after) + "\n");
    return d.take();
}

}  // namespace tollgate
