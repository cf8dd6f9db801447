#include "runner/report/run_console.hpp"

#include "runner/core/text.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace tollgate {

namespace {

constexpr const char* k_green = "\x1b[32m";
constexpr const char* k_red = "\x1b[31m";
constexpr const char* k_yellow = "\x1b[33m";
constexpr const char* k_bold = "\x1b[1m";
constexpr const char* k_reset = "\x1b[0m";
constexpr std::size_t k_max_name_width = 48;

std::string paint(const ConsoleStyle& style, const char* colour, const std::string& text) {
    return style.color ? colour + text + k_reset : text;
}

const char* colour_of(GateStatus status) {
    if (status == GateStatus::passed) return k_green;
    return is_failure(status) ? k_red : k_yellow;
}

// ctest's words: "Passed", "***Failed", …
std::string status_word(GateStatus status) {
    switch (status) {
        case GateStatus::passed: return "   Passed";
        case GateStatus::failed: return "***Failed";
        case GateStatus::timeout: return "***Timeout";
        case GateStatus::skipped: return "***Skipped";
        case GateStatus::error: return "***Error";
        case GateStatus::manual: return "   Manual";
        case GateStatus::interrupted: return "***Interrupted";
    }
    return "?";
}

std::string pad_left(const std::string& s, std::size_t width) {
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string pad_right(const std::string& s, std::size_t width) {
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

std::size_t digits(std::size_t n) {
    return std::to_string(n).size();
}

std::string describe_failure(const GateResult& g) {
    if (!g.outcome.empty() && !g.reason.empty() && g.outcome != g.reason) return g.outcome + "; " + g.reason;
    return g.outcome.empty() ? g.reason : g.outcome;
}

// Gate output for the terminal: control characters escaped, lines and tabs kept.
std::string terminal_safe(const std::string& text) {
    std::vector<std::string> lines;
    for (const auto& line : split(text, '\n')) {
        std::vector<std::string> cells;
        for (const auto& cell : split(line, '\t')) cells.push_back(printable(cell));
        lines.push_back(join(cells, "\t"));
    }
    return join(lines, "\n");
}

}  // namespace

std::string format_gate_line(const GateResult& r, std::size_t finished, std::size_t total, std::size_t name_width,
                             const ConsoleStyle& style) {
    const std::size_t w = digits(total);
    std::string line = pad_left(std::to_string(finished), w) + "/" + std::to_string(total) + " Gate " +
                       pad_left("#" + std::to_string(r.number), w + 1) + ": ";
    const std::string name = printable(r.id);
    line += name + " ";
    line += std::string(name.size() < name_width ? name_width - name.size() + 3 : 3, '.');
    line += paint(style, colour_of(r.status), pad_right(status_word(r.status), 10));
    line += pad_left(format_seconds(r.duration), 7) + " sec";
    std::string note;
    if (r.flaky) note = r.reason;
    else if (r.status != GateStatus::passed) note = describe_failure(r);
    if (!note.empty()) line += "  (" + printable(note) + ")";
    return line;
}

std::string render_run_summary(const RunResult& result, const ConsoleStyle& style) {
    std::size_t failed = 0;
    std::size_t counted = 0;
    for (const auto& g : result.gates) {
        failed += is_failure(g.status) ? 1 : 0;
        counted += g.status == GateStatus::manual ? 0 : 1;
    }
    const std::size_t passed = count_status(result, GateStatus::passed);
    std::string out = "\n";
    if (counted == 0) {
        out += result.gates.empty() ? "No gates were selected.\n" : "No gates were run.\n";
    } else {
        std::size_t percent = passed * 100 / counted;
        if (failed > 0 && percent == 100) percent = 99;
        const std::string line = std::to_string(percent) + "% gates passed, " + std::to_string(failed) +
                                 " gates failed out of " + std::to_string(counted);
        out += paint(style, failed > 0 ? k_red : k_green, line) + "\n";
    }
    out += "\nTotal gate time (real) = " + pad_left(format_seconds(result.duration), 7) + " sec\n";

    const auto list = [&](const char* title, auto wanted) {
        std::string block;
        for (const auto& g : result.gates) {
            if (!wanted(g)) continue;
            block += "\t" + pad_left(std::to_string(g.number), 3) + " - " + printable(g.id) + " (" +
                     printable(describe_failure(g)) + ")\n";
        }
        if (!block.empty()) out += std::string("\n") + title + "\n" + block;
    };
    list("The following gates FAILED:", [](const GateResult& g) { return is_failure(g.status); });
    list("The following gates were SKIPPED:", [](const GateResult& g) { return g.status == GateStatus::skipped; });
    list("Manual gates were not run (each passes with a sign-off):",
         [](const GateResult& g) { return g.status == GateStatus::manual; });
    list("Flaky gates (passed after a retry):", [](const GateResult& g) { return g.flaky; });

    for (const auto& g : result.gates) {
        if (!is_failure(g.status) || g.output.empty()) continue;
        const std::string title = printable(g.id) + ": " + printable(describe_failure(g));
        out += "\n";
        out +=
            style.github_actions ? "::group::" + title + "\n" : paint(style, k_bold, "---- " + title + " ----") + "\n";
        out += terminal_safe(g.output);
        if (!g.output.ends_with('\n')) out += "\n";
        out += style.github_actions ? "::endgroup::\n" : "----\n";
    }
    if (result.interrupted)
        out += "\n" + paint(style, k_red, "Interrupted: unfinished gates are marked 'interrupted'.") + "\n";
    return out;
}

std::string render_plan(const GatePlan& plan, int jobs, const ConsoleStyle& style) {
    std::string out = "Plan: " + std::to_string(plan.gates.size()) + " gate" + (plan.gates.size() == 1 ? "" : "s") +
                      ", up to " + std::to_string(jobs) + " at a time";
    if (plan.shard) {
        out += ", shard " + std::to_string(plan.shard->index) + "/" + std::to_string(plan.shard->count) + " (" +
               std::to_string(plan.other_shards) + " on other shards)";
    }
    out += "\n";
    const auto waves = plan_waves(plan);
    for (std::size_t w = 0; w < waves.size(); ++w) {
        out += "\n" + paint(style, k_bold, "Wave " + std::to_string(w + 1)) + "\n";
        for (const auto i : waves[w]) {
            const PlannedGate& g = plan.gates[i];
            out += "  " + pad_left("#" + std::to_string(i + 1), digits(plan.gates.size()) + 1) + " " +
                   printable(g.gate->id);
            std::vector<std::string> notes;
            if (!g.needs.empty() || !g.unknown_needs.empty()) {
                std::vector<std::string> names;
                for (const auto n : g.needs) names.push_back(plan.gates[n].gate->id);
                for (const auto& n : g.unknown_needs) names.push_back(n + "?");
                notes.push_back("needs " + join(names, ", "));
            }
            if (g.gate->manual) notes.push_back("manual: not run");
            if (!g.requested) notes.push_back("pulled in as a need");
            if (g.gate->timeout) notes.push_back("timeout " + format_duration(*g.gate->timeout));
            if (g.gate->retries > 0) notes.push_back("retries " + std::to_string(g.gate->retries));
            if (!notes.empty()) out += "  (" + printable(join(notes, "; ")) + ")";
            out += "\n";
        }
    }
    return out;
}

ConsoleObserver::ConsoleObserver(std::ostream& out, ConsoleStyle style) : m_out(out), m_style(style) {}

void ConsoleObserver::on_run_started(const GatePlan& plan, int jobs) {
    m_total = plan.gates.size();
    m_name_width = 0;
    for (const auto& g : plan.gates) m_name_width = std::max(m_name_width, g.gate->id.size());
    m_name_width = std::clamp<std::size_t>(m_name_width, 20, k_max_name_width);
    if (m_total == 0) return;
    std::string head = "Running " + std::to_string(m_total) + " gate" + (m_total == 1 ? "" : "s") + ", up to " +
                       std::to_string(jobs) + " at a time";
    if (plan.shard) {
        head += " (shard " + std::to_string(plan.shard->index) + "/" + std::to_string(plan.shard->count) + ")";
    }
    m_out << head << "\n";
}

void ConsoleObserver::on_gate_started(const PlannedGate& gate, int number, int attempt) {
    m_running.emplace(number, gate.gate->id);
    if (m_style.live) {
        draw_status();
        return;
    }
    m_out << "    " << (attempt > 1 ? "Retry" : "Start") << " " << pad_left(std::to_string(number), digits(m_total))
          << ": " << printable(gate.gate->id) << (attempt > 1 ? " (attempt " + std::to_string(attempt) + ")" : "")
          << "\n";
}

void ConsoleObserver::on_gate_finished(const GateResult& result, std::size_t finished, std::size_t total) {
    m_running.erase({result.number, result.id});
    m_finished = finished;
    clear_status();
    m_out << format_gate_line(result, finished, total, m_name_width, m_style) << "\n";
    if (m_style.live) draw_status();
    m_out.flush();
}

void ConsoleObserver::clear_status() {
    if (!m_status_shown) return;
    m_out << "\r\x1b[K";
    m_status_shown = false;
}

void ConsoleObserver::draw_status() {
    clear_status();
    if (m_running.empty()) return;
    std::string line = "[" + std::to_string(m_finished) + "/" + std::to_string(m_total) + "] running: ";
    bool first = true;
    for (const auto& [number, id] : m_running) {
        line += (first ? "" : ", ") + printable(id);
        first = false;
    }
    const std::size_t room = m_style.width > 1 ? m_style.width - 1 : 79;
    if (line.size() > room) line = line.substr(0, room > 3 ? room - 3 : room) + "...";
    m_out << line;
    m_out.flush();
    m_status_shown = true;
}

}  // namespace tollgate
