#pragma once

// ctest-style console output for `tollgate run`: a line per finished gate,
// then a summary with the failures' output. Rendering is pure (strings);
// ConsoleObserver only decides when to print.

#include "runner/schedule/gate_plan.hpp"
#include "runner/schedule/run_result.hpp"
#include "runner/schedule/scheduler.hpp"

#include <iosfwd>
#include <set>
#include <string>

namespace tollgate {

/// How the console may draw.
struct ConsoleStyle {
    bool color = false;           ///< ANSI colours (Io::color)
    bool live = false;            ///< stdout is a TTY: keep one status line of running gates
    bool github_actions = false;  ///< wrap each failure's output in ::group:: / ::endgroup::
    std::size_t width = 80;       ///< terminal columns, for the status line
};

/// "  3/12 Gate  #3: migrate ........   Passed    1.42 sec": `finished` of
/// `total`, the gate number, its id padded with dots to `name_width`, the
/// status, the duration, and for anything but a clean pass the outcome or reason.
std::string format_gate_line(const GateResult& result, std::size_t finished, std::size_t total, std::size_t name_width,
                             const ConsoleStyle& style);

/// What follows the gate lines: "92% gates passed, 1 gates failed out of 12",
/// the total time, the failed and skipped gates with reasons, manual gates
/// not run, then each failure's captured output.
std::string render_run_summary(const RunResult& result, const ConsoleStyle& style);

/// `run --dry-run`: the gates in the order they may run (waves), with needs,
/// and what is manual or pulled in only as a need.
std::string render_plan(const GatePlan& plan, int jobs, const ConsoleStyle& style);

/// Prints gate lines as the scheduler reports them; on a TTY also a live
/// "[2/12] running: a, b" line, redrawn in place.
class ConsoleObserver final : public RunObserver {
public:
    /// Writes to `out`, drawing as `style` allows.
    ConsoleObserver(std::ostream& out, ConsoleStyle style);
    /// "Running N gates, up to J at a time".
    void on_run_started(const GatePlan& plan, int jobs) override;
    /// A "Start N: id" line, or on a TTY the redrawn status line.
    void on_gate_started(const PlannedGate& gate, int number, int attempt) override;
    /// The gate's ctest-style line.
    void on_gate_finished(const GateResult& result, std::size_t finished, std::size_t total) override;

private:
    void clear_status();
    void draw_status();

    std::ostream& m_out;
    ConsoleStyle m_style;
    std::size_t m_name_width = 20;
    std::size_t m_total = 0;
    std::size_t m_finished = 0;
    std::set<std::pair<int, std::string>> m_running;  // (number, id): shown in plan order
    bool m_status_shown = false;
};

}  // namespace tollgate
