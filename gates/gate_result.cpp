#include "gates/gate_result.hpp"

namespace tollgate {

std::string to_string(GateStatus status) {
    switch (status) {
        case GateStatus::passed: return "passed";
        case GateStatus::failed: return "failed";
        case GateStatus::timeout: return "timeout";
        case GateStatus::skipped: return "skipped";
        case GateStatus::error: return "error";
        case GateStatus::manual: return "manual";
        case GateStatus::interrupted: return "interrupted";
    }
    return "?";
}

bool is_failure(GateStatus status) {
    return status == GateStatus::failed || status == GateStatus::timeout || status == GateStatus::error ||
           status == GateStatus::interrupted;
}

}  // namespace tollgate
