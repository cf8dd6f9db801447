#include "runner/schedule/run_result.hpp"

#include <algorithm>

namespace tollgate {

std::string to_string(Verdict verdict) {
    return verdict == Verdict::pass ? "pass" : "fail";
}

Verdict verdict_of(const std::vector<GateResult>& gates) {
    const bool failed =
        std::any_of(gates.begin(), gates.end(), [](const GateResult& g) { return is_failure(g.status); });
    return failed ? Verdict::fail : Verdict::pass;
}

std::size_t count_status(const RunResult& result, GateStatus status) {
    return static_cast<std::size_t>(std::count_if(result.gates.begin(), result.gates.end(),
                                                  [&](const GateResult& g) { return g.status == status; }));
}

}  // namespace tollgate
