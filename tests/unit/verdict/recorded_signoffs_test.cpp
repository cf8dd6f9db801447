#include "runner/verdict/recorded_signoffs.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

HistoryRecord record(const std::string& kind, const std::string& gate, const std::string& status) {
    HistoryRecord r;
    r.kind = kind;
    r.gates.push_back({gate, status, 0, std::nullopt});
    return r;
}

TEST(SignedOffInRecords, APassedGateInASignoffRecordSignsItOff) {
    const std::vector<CommitRecords> notes{{"a", {record("signoff", "look", "passed")}, {}},
                                           {"b", {record("signoff", "demo", "passed")}, {}}};
    EXPECT_EQ(signed_off_in_records(notes), (std::set<std::string>{"demo", "look"}));
}

TEST(SignedOffInRecords, RunAndCheckRecordsDoNotSignOff) {
    const std::vector<CommitRecords> notes{
        {"a", {record("run", "look", "passed"), record("check", "look", "passed")}, {}}};
    EXPECT_TRUE(signed_off_in_records(notes).empty());
}

TEST(SignedOffInRecords, OnlyPassedCounts) {
    const std::vector<CommitRecords> notes{{"a", {record("signoff", "look", "failed")}, {}}};
    EXPECT_TRUE(signed_off_in_records(notes).empty());
}

}  // namespace
}  // namespace tollgate
