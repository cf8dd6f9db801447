#pragma once

// A scripted ProcessRunner for scheduler tests: records what was started and
// ends processes in start order with the outcomes the test queued per gate.

#include "gates/command_gate.hpp"
#include "runner/process/process_runner.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace tollgate::test {

class FakeRunner final : public ProcessRunner {
public:
    /// Outcomes per gate id, one per attempt; exit 0 when none is queued.
    std::map<std::string, std::deque<ProcessOutcome>> script;
    /// Called before each wait_any returns, with the gate about to end.
    std::function<void(const std::string&)> on_wait;
    std::vector<std::string> started;  ///< gate ids in start order
    std::vector<ProcessSpec> specs;    ///< specs in start order
    std::size_t max_concurrent = 0;

    ProcessTicket start(const ProcessSpec& spec) override {
        const std::string id = spec.env.at(env_gate);
        m_running.push_back({++m_next, id});
        started.push_back(id);
        specs.push_back(spec);
        max_concurrent = std::max(max_concurrent, m_running.size());
        return m_next;
    }

    std::pair<ProcessTicket, ProcessOutcome> wait_any() override {
        const auto [ticket, id] = m_running.front();
        m_running.pop_front();
        if (on_wait) on_wait(id);
        ProcessOutcome o;
        auto& queue = script[id];
        if (!queue.empty()) {
            o = queue.front();
            queue.pop_front();
        }
        return {ticket, o};
    }

    [[nodiscard]] std::size_t running() const override { return m_running.size(); }

private:
    ProcessTicket m_next = 0;
    std::deque<std::pair<ProcessTicket, std::string>> m_running;
};

/// An outcome that exited with `code`.
inline ProcessOutcome exited(int code, std::string output = {}) {
    ProcessOutcome o;
    o.end = ProcessEnd::exited;
    o.exit_code = code;
    o.output = std::move(output);
    o.duration = Millis(10);
    return o;
}

/// An outcome that ended `end` (timed_out, interrupted, not_found, …).
inline ProcessOutcome ended(ProcessEnd end) {
    ProcessOutcome o;
    o.end = end;
    o.exit_code = end == ProcessEnd::not_found ? 127 : -1;
    o.error = end == ProcessEnd::not_found ? "command not found: x" : "";
    o.timeout = Millis(1000);
    return o;
}

/// A gate running `true` that needs `needs`.
inline Gate make_gate(const std::string& id, const std::vector<std::string>& needs = {},
                      const std::vector<std::string>& labels = {}) {
    Gate g;
    g.id = id;
    g.run.text = "true";
    for (const auto& n : needs) g.needs.push_back(Located{n, {}});
    g.labels = labels;
    return g;
}

}  // namespace tollgate::test
