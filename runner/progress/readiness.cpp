#include "runner/progress/readiness.hpp"

#include "runner/core/civil_date.hpp"
#include "runner/core/error.hpp"
#include "runner/progress/progress.hpp"
#include "runner/progress/progress_reader.hpp"

#include <algorithm>
#include <chrono>

namespace tollgate {

namespace {

std::string wait_text(const ReadinessWait& wait) {
    return (wait.is_checkpoint ? "checkpoint " : "") + wait.id + " (" + wait.state + ")";
}

}  // namespace

PacketReadiness readiness(const ProgressReport& progress, const std::string& id, const ReadinessOptions& options) {
    const auto found = std::find_if(progress.packets.begin(), progress.packets.end(),
                                    [&](const PacketProgress& p) { return p.id == id; });
    if (found == progress.packets.end()) {
        throw UsageError("unknown packet '" + id + "'", "see the packets with `tollgate plan`");
    }
    const PacketProgress& packet = *found;
    PacketReadiness out;
    out.packet = packet.id;
    out.state = packet.state;
    out.started = packet.started.has_value();
    // progress already judged the prerequisites (waiting_on): dropped ones
    // count as met, non-blocking checkpoints only warn, as in `check`.
    for (const auto& w : packet.waiting_on) {
        ReadinessWait wait;
        wait.id = w;
        const auto dep = std::find_if(progress.packets.begin(), progress.packets.end(),
                                      [&](const PacketProgress& p) { return p.id == w; });
        if (dep != progress.packets.end()) {
            wait.state = to_string(dep->state);
        } else {
            wait.is_checkpoint = true;
            const auto cp = std::find_if(progress.checkpoints.begin(), progress.checkpoints.end(),
                                         [&](const CheckpointProgress& c) { return c.id == w; });
            wait.state = cp != progress.checkpoints.end() ? to_string(cp->state) : "unknown";
        }
        out.waiting_on.push_back(std::move(wait));
    }
    switch (packet.state) {
        case PacketState::done:
        case PacketState::paused:
        case PacketState::dropped: out.reason = packet.why; return out;
        default: break;
    }
    if (out.started && !options.include_started) {
        out.reason = "already started: " + packet.why;
        return out;
    }
    if (!out.waiting_on.empty()) {
        out.reason = "waits on ";
        for (std::size_t i = 0; i < out.waiting_on.size(); ++i) {
            if (i > 0) out.reason += ", ";
            out.reason += wait_text(out.waiting_on[i]);
        }
        return out;
    }
    out.ready = true;
    out.reason = "ready";
    return out;
}

ProgressReport read_progress_now(const Repository& repository, const Inventory& inventory, const std::string& base) {
    ProgressOptions options;
    options.now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    options.today = CivilDate::from_unix(options.now);
    options.since = options.now;  // an empty window: readiness needs no rework figures
    options.since_text = "0d";
    const GitFacts facts = read_git_facts(repository, inventory, base, options.since);
    return compute_progress(inventory, facts, options);
}

}  // namespace tollgate
