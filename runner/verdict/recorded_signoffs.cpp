#include "runner/verdict/recorded_signoffs.hpp"

namespace tollgate {

std::set<std::string> signed_off_in_records(const std::vector<CommitRecords>& notes) {
    std::set<std::string> out;
    for (const auto& commit : notes) {
        for (const auto& record : commit.records) {
            // Only an explicit sign-off: a `run --record` line says "manual" for an unchecked gate.
            if (record.kind != k_signoff_record_kind) continue;
            for (const auto& gate : record.gates) {
                if (gate.status == "passed" && !gate.id.empty()) out.insert(gate.id);
            }
        }
    }
    return out;
}

}  // namespace tollgate
