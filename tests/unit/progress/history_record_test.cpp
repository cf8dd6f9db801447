#include "runner/progress/history_record.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

HistoryRecord sample() {
    HistoryRecord r;
    r.kind = "check";
    r.time = 1737367200;  // 2025-01-20T10:00:00Z
    r.verdict = "fail";
    r.packet = "foundation";
    r.gates.push_back({"unit", "passed", 1.5, CoverageFigures{81.25, 70.0, std::nullopt}});
    r.gates.push_back({"lint", "failed", 0.25, std::nullopt});
    r.coverage = CoverageFigures{81.25, 70.0, std::nullopt};
    r.checkpoints.push_back({"cp-1", "passed"});
    r.triggers.push_back({"coverage < 80", "block", false, 81.25});
    return r;
}

TEST(HistoryRecord, OneRecordIsOneJsonLineThatReadsBackTheSame) {
    const std::string line = to_json_line(sample());
    EXPECT_EQ(line.find('\n'), line.size() - 1);
    EXPECT_NE(line.find("\"version\":1"), std::string::npos);
    EXPECT_NE(line.find("\"tool\":\"tollgate\""), std::string::npos);
    EXPECT_NE(line.find("\"time\":\"2025-01-20T10:00:00Z\""), std::string::npos);
    const RecordLine back = parse_record_line(line);
    ASSERT_TRUE(back.record) << back.problem;
    const HistoryRecord& r = *back.record;
    EXPECT_EQ(r.kind, "check");
    EXPECT_EQ(r.time, 1737367200);
    EXPECT_EQ(r.verdict, "fail");
    EXPECT_EQ(r.packet, "foundation");
    ASSERT_EQ(r.gates.size(), 2u);
    EXPECT_EQ(r.gates[0].id, "unit");
    EXPECT_EQ(r.gates[0].status, "passed");
    EXPECT_DOUBLE_EQ(r.gates[0].duration_s, 1.5);
    ASSERT_TRUE(r.gates[0].coverage);
    EXPECT_EQ(r.gates[0].coverage->branch_percent, 70.0);
    EXPECT_EQ(r.gates[1].status, "failed");
    EXPECT_FALSE(r.gates[1].coverage);
    EXPECT_EQ(r.coverage.line_percent, 81.25);
    EXPECT_EQ(r.checkpoints, sample().checkpoints);
    EXPECT_EQ(r.triggers, sample().triggers);
}

TEST(HistoryRecord, ARunBecomesARecordWithTheFirstCoverageAsHeadline) {
    RunResult run;
    run.verdict = Verdict::pass;
    run.packet = "p";
    GateResult a;
    a.id = "a";
    a.status = GateStatus::passed;
    a.duration = Millis{1200};
    GateResult b = a;
    b.id = "b";
    b.coverage = CoverageFigures{90.0, std::nullopt, std::nullopt};
    GateResult c = b;
    c.id = "c";
    c.coverage = CoverageFigures{10.0, std::nullopt, std::nullopt};
    run.gates = {a, b, c};
    const HistoryRecord r = record_from_run(run, 42);
    EXPECT_EQ(r.kind, "run");
    EXPECT_EQ(r.verdict, "pass");
    ASSERT_EQ(r.gates.size(), 3u);
    EXPECT_DOUBLE_EQ(r.gates[0].duration_s, 1.2);
    EXPECT_EQ(r.coverage.line_percent, 90.0);
}

TEST(HistoryRecord, ALineFromANewerTollgateIsRefusedWithAnUpgradeHint) {
    const RecordLine r = parse_record_line(R"({"version":2,"tool":"tollgate","time_unix":1})");
    EXPECT_FALSE(r.record);
    EXPECT_TRUE(r.newer);
    EXPECT_NE(r.problem.find("newer tollgate (record version 2"), std::string::npos);
    EXPECT_NE(r.problem.find("upgrade"), std::string::npos);
}

TEST(HistoryRecord, CorruptLinesAreRefusedWithTheReason) {
    EXPECT_EQ(parse_record_line("{not json").problem, "not valid JSON");
    EXPECT_NE(parse_record_line(R"({"version":1,"tool":"other"})").problem.find("not a tollgate record"),
              std::string::npos);
    EXPECT_NE(parse_record_line(R"({"tool":"tollgate"})").problem.find("version"), std::string::npos);
    EXPECT_NE(parse_record_line(R"({"tool":"tollgate","version":1})").problem.find("time_unix"), std::string::npos);
    EXPECT_NE(parse_record_line(R"({"tool":"tollgate","version":0,"time_unix":1})").problem.find("not valid"),
              std::string::npos);
    EXPECT_EQ(parse_record_line("[1,2]").problem, "not a tollgate record (no \"tool\": \"tollgate\")");
}

TEST(HistoryRecord, FieldsOfTheWrongTypeAreIgnoredNotFatal) {
    const RecordLine r = parse_record_line(
        R"({"version":1,"tool":"tollgate","time_unix":5,"gates":[1,{"id":7,"status":"passed"}],"coverage":"x","checkpoints":{}})");
    ASSERT_TRUE(r.record) << r.problem;
    ASSERT_EQ(r.record->gates.size(), 1u);
    EXPECT_EQ(r.record->gates[0].id, "");
    EXPECT_FALSE(r.record->coverage.line_percent);
}

TEST(HistoryRecord, InvalidUtf8IsWrittenVisiblyAndStillParses) {
    HistoryRecord r = sample();
    r.packet = std::string("bad\xff", 4);
    const RecordLine back = parse_record_line(to_json_line(r));
    ASSERT_TRUE(back.record) << back.problem;
    EXPECT_NE(back.record->packet, r.packet);
    EXPECT_EQ(back.record->packet.substr(0, 3), "bad");
}

TEST(HistoryRecord, IsoTimesAreUtc) {
    EXPECT_EQ(iso_utc(0), "1970-01-01T00:00:00Z");
}

}  // namespace
}  // namespace tollgate
