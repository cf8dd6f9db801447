#include "runner/progress/progress_result.hpp"

namespace tollgate {

std::string to_string(PacketState state) {
    switch (state) {
        case PacketState::done: return "done";
        case PacketState::in_progress: return "in progress";
        case PacketState::blocked: return "blocked";
        case PacketState::pending: return "pending";
        case PacketState::paused: return "paused";
        case PacketState::dropped: return "dropped";
    }
    return "pending";
}

std::string json_name(PacketState state) {
    return state == PacketState::in_progress ? "in_progress" : to_string(state);
}

std::string to_string(CheckpointState state) {
    switch (state) {
        case CheckpointState::passed: return "passed";
        case CheckpointState::failed: return "failed";
        case CheckpointState::pending: return "pending";
        case CheckpointState::overdue: return "overdue";
    }
    return "pending";
}

std::string StreamProgress::label() const {
    if (packets_total > 0 && packets_done == packets_total) return "Done";
    if (packets_blocked > 0) return "Blocked";
    if (packets_active > 0 && packets_done > 0) return "On Track";
    if (packets_active > 0) return "Starting";
    return packets_done > 0 ? "Waiting" : "Not started";
}

}  // namespace tollgate
