#include "runner/verdict/check_record.hpp"

namespace tollgate {

HistoryRecord record_from_check(const CheckResult& result, long long time) {
    HistoryRecord r = result.run ? record_from_run(*result.run, time, "check") : HistoryRecord{};
    r.kind = "check";
    r.time = time;
    // The check's verdict, not the run's: ownership or a dependency can fail a green run.
    r.verdict = to_string(result.verdict);
    r.packet = result.packet;
    for (const auto& c : result.checkpoints) r.checkpoints.push_back({c.id, to_string(c.status)});
    for (const auto& t : result.triggers) {
        r.triggers.push_back({t.when, to_string(t.action), t.fired, t.value});
    }
    return r;
}

}  // namespace tollgate
