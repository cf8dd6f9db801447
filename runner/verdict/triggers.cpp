#include "runner/verdict/triggers.hpp"

#include "runner/core/duration.hpp"

#include <cmath>
#include <cstdio>
#include <limits>

namespace tollgate {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string number_text(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string value_text(const std::string& metric, double v) {
    if (is_duration_metric(metric)) {
        if (v < 0 || v > 1e15) return number_text(v) + " ms";
        return format_duration(Millis(static_cast<long long>(std::llround(v))));
    }
    if (metric == "coverage" || metric == "branch-coverage" || metric == "patch-coverage") return number_text(v) + " %";
    return number_text(v);
}

// The lowest figure of the run's coverage gates for one kind.
MetricValue coverage_value(const RunResult* run, std::optional<double> CoverageFigures::*field, const char* what) {
    MetricValue out;
    if (run == nullptr) {
        out.missing = "no gate ran (--dry-run)";
        return out;
    }
    bool any_gate = false;
    for (const auto& g : run->gates) {
        if (!g.coverage) continue;
        any_gate = true;
        const auto& v = (*g.coverage).*field;
        if (v && (!out.value || *v < *out.value)) out.value = v;
    }
    if (!out.value) {
        out.missing = any_gate ? std::string("the coverage gates report no ") + what + " figure"
                               : "no gate with a coverage report ran in this check";
    }
    return out;
}

}  // namespace

bool is_duration_metric(const std::string& metric) {
    return metric == "packet.delay" || ends_with(metric, ".duration");
}

MetricValue metric_value(const Inventory& inventory, const TriggerMetrics& metrics, const std::string& metric) {
    if (metric == "coverage") return coverage_value(metrics.run, &CoverageFigures::line_percent, "line");
    if (metric == "branch-coverage") return coverage_value(metrics.run, &CoverageFigures::branch_percent, "branch");
    if (metric == "patch-coverage") return coverage_value(metrics.run, &CoverageFigures::patch_percent, "patch");
    if (metric == "packet.delay") {
        MetricValue out;
        out.value = metrics.packet_delay;
        if (!out.value)
            out.missing = metrics.packet_delay_missing.empty() ? "no packet delay known" : metrics.packet_delay_missing;
        return out;
    }
    // GATE.METRIC: gate ids may hold dots, so try the longest known gate id first.
    MetricValue out;
    for (auto dot = metric.rfind('.'); dot != std::string::npos && dot > 0; dot = metric.rfind('.', dot - 1)) {
        const std::string gate = metric.substr(0, dot);
        const std::string name = metric.substr(dot + 1);
        if (inventory.find_gate(gate) == nullptr) continue;
        if (metrics.run == nullptr) {
            out.missing = "gate " + gate + " did not run (--dry-run)";
            return out;
        }
        for (const auto& g : metrics.run->gates) {
            if (g.id != gate) continue;
            if (g.attempts == 0) {
                out.missing = "gate " + gate + " did not run (" + to_string(g.status) + ")";
                return out;
            }
            if (name == "duration") {
                out.value = static_cast<double>(g.duration.count());
                return out;
            }
            if (const auto m = g.metrics.find(name); m != g.metrics.end()) {
                out.value = m->second;
                return out;
            }
            out.missing = "gate " + gate + "'s output did not match its metric '" + name + "'";
            return out;
        }
        out.missing = "gate " + gate + " is not part of this check";
        return out;
    }
    out.missing = "'" + metric + "' names no gate and no built-in metric";
    return out;
}

std::vector<TriggerFinding> evaluate_triggers(const Inventory& inventory, const TriggerMetrics& metrics) {
    std::vector<TriggerFinding> out;
    for (const auto& t : inventory.triggers) {
        TriggerFinding f;
        f.when = t.when;
        f.action = t.action;
        f.severity = t.severity;
        f.message = t.message;
        f.where = t.where;
        if (!t.expr) {
            f.reason = "not evaluated: the condition does not parse";
            out.push_back(std::move(f));
            continue;
        }
        const TriggerExpr& e = *t.expr;
        const MetricValue v = metric_value(inventory, metrics, e.metric);
        if (!v.value) {
            f.reason = "not evaluated: no value (" + v.missing + ")";
            out.push_back(std::move(f));
            continue;
        }
        f.value = v.value;
        TriggerExpr compare = e;
        // A bare number on a duration metric means seconds, as in `timeout: 90`.
        if (is_duration_metric(e.metric) && e.unit.empty()) compare.value = e.value * 1000.0;
        f.fired = compare.holds(*v.value);
        const std::string threshold = value_text(e.metric, compare.value);
        f.reason = e.metric + " is " + value_text(e.metric, *v.value) + (f.fired ? ", " : ", not ") + to_string(e.op) +
                   " " + threshold;
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace tollgate
