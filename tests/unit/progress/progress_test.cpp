#include "runner/progress/progress.hpp"

#include "tests/support/inventory_builder.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::add_checkpoint;
using test::add_packet;
using test::add_stream;
using test::located;

constexpr long long t0 = 1737360000;  // 2025-01-20T08:00:00Z
constexpr long long h = 3600;
constexpr long long day = 86400;

LoggedCommit commit(const std::string& id, std::vector<std::string> parents, long long time,
                    const std::string& summary) {
    LoggedCommit c;
    c.id = id;
    c.parents = std::move(parents);
    c.author_time = c.commit_time = time;
    c.summary = summary;
    return c;
}

HistoryRecord record(long long time, std::vector<RecordedGate> gates, std::optional<double> line = {},
                     std::string packet = {}, std::string verdict = "pass") {
    HistoryRecord r;
    r.time = time;
    r.gates = std::move(gates);
    r.coverage.line_percent = line;
    r.packet = std::move(packet);
    r.verdict = std::move(verdict);
    return r;
}

// Streams backend and frontend; a (2d) → b (1d); cp-1 after a (gate unit, due day 2) → c (2d);
// d paused, e dropped. a is merged, b and c have unmerged branches.
struct Scenario {
    Inventory inv;
    GitFacts facts;
    ProgressOptions options;

    Scenario() {
        inv.project = "demo";
        inv.start = CivilDate::parse("2025-01-20");
        add_stream(inv, "backend", 1).title = "Backend";
        add_stream(inv, "frontend", 1).title = "Frontend";
        for (const char* id : {"a", "b", "c", "d", "e"}) {
            add_packet(inv, id).branches = located({std::string("packet/") + id});
        }
        inv.packets[0].effort = Effort::parse("2d");
        inv.packets[1].effort = Effort::parse("1d");
        inv.packets[1].after = located({"a"});
        inv.packets[2].effort = Effort::parse("2d");
        inv.packets[2].after = located({"cp-1"});
        inv.packets[3].effort = Effort::parse("1d");
        inv.packets[3].status = PacketStatus::paused;
        inv.packets[4].status = PacketStatus::dropped;
        for (auto* p : {&inv.packets[0], &inv.packets[1], &inv.packets[3], &inv.packets[4]}) p->stream = "backend";
        inv.packets[2].stream = "frontend";
        auto& cp = add_checkpoint(inv, "cp-1", {"a"}, {"unit"});
        cp.due = Due{2, std::nullopt, {}};

        facts.base_ref = "main";
        facts.base_commit = "m1";
        facts.base_commits = {commit("m1", {"c0", "a1"}, t0 + day, "Merge branch 'packet/a'"),
                              commit("a1", {"c0"}, t0 + h, "a work"), commit("c0", {}, t0, "init")};
        BranchHistory b;
        b.name = b.display = "packet/b";
        b.tip = "b1";
        b.unmerged = {commit("b1", {"c0"}, t0 + 12 * h, "b work")};
        BranchHistory c;
        c.name = c.display = "packet/c";
        c.tip = "c1";
        c.unmerged = {commit("c1", {"m1"}, t0 + 2 * day, "c work")};
        facts.branches = {b, c};
        facts.records.push_back(CommitRecords{"c0", {record(t0, {{"lint", "failed", 1, std::nullopt}}, 75.0)}, {}});
        facts.records.push_back(
            CommitRecords{"m1", {record(t0 + day + 2 * h, {{"unit", "passed", 2, std::nullopt}}, 80.0)}, {}});

        options.today = *CivilDate::parse("2025-01-25");
        options.now = t0 - 8 * h + 6 * day;  // end of 2025-01-25
        options.since = t0 - 1;
    }
};

const PacketProgress& find(const ProgressReport& r, const std::string& id) {
    for (const auto& p : r.packets) {
        if (p.id == id) return p;
    }
    throw std::runtime_error("no packet " + id);
}

TEST(Progress, StatusComesFromMergesBranchesAndOverrides) {
    Scenario s;
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    EXPECT_EQ(find(r, "a").state, PacketState::done);
    EXPECT_EQ(find(r, "a").started, t0 + h);
    EXPECT_EQ(find(r, "a").completed, t0 + day);
    EXPECT_EQ(find(r, "b").state, PacketState::in_progress);
    EXPECT_EQ(find(r, "c").state, PacketState::in_progress);
    EXPECT_EQ(find(r, "d").state, PacketState::paused);
    EXPECT_EQ(find(r, "e").state, PacketState::dropped);
    EXPECT_EQ(r.metrics.active, 2);
    EXPECT_EQ(r.metrics.completed, 1);
    EXPECT_EQ(r.metrics.paused, 1);
    EXPECT_EQ(r.metrics.dropped, 1);
    EXPECT_EQ(r.metrics.blocked, 0);
}

TEST(Progress, ACheckpointPassesWhenARecordRanAllItsGatesGreen) {
    Scenario s;
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    ASSERT_EQ(r.checkpoints.size(), 1u);
    EXPECT_EQ(r.checkpoints[0].state, CheckpointState::passed);
    EXPECT_EQ(r.checkpoints[0].decided_at, t0 + day + 2 * h);
    EXPECT_EQ(r.checkpoints[0].decided_on, "m1");
    EXPECT_EQ(r.checkpoints[0].due, CivilDate::parse("2025-01-21"));
}

TEST(Progress, AnUndecidedCheckpointPastItsDueDayIsOverdue) {
    Scenario s;
    s.facts.records.pop_back();
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    EXPECT_EQ(r.checkpoints[0].state, CheckpointState::overdue);
    EXPECT_EQ(r.metrics.overdue_checkpoints, 1);
    // c has work but its checkpoint has not passed: blocked.
    EXPECT_EQ(find(r, "c").state, PacketState::blocked);
    EXPECT_EQ(find(r, "c").waiting_on, std::vector<std::string>{"cp-1"});
}

TEST(Progress, AFailedBlockingCheckpointBlocksEvenPacketsWithoutWork) {
    Scenario s;
    s.facts.records.back().records[0].gates[0].status = "failed";
    s.facts.branches.pop_back();  // c has no commits
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    EXPECT_EQ(r.checkpoints[0].state, CheckpointState::failed);
    EXPECT_EQ(find(r, "c").state, PacketState::blocked);
    EXPECT_NE(find(r, "c").why.find("blocking checkpoint"), std::string::npos);
}

TEST(Progress, EffortProgressStreamsAndEta) {
    Scenario s;
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    // Effort: a 16h done of a 16 + b 8 + c 16 + d 8 (dropped e does not count).
    EXPECT_DOUBLE_EQ(r.metrics.total_hours, 48.0);
    EXPECT_DOUBLE_EQ(r.metrics.done_hours, 16.0);
    EXPECT_NEAR(r.metrics.overall_percent, 100.0 / 3.0, 1e-9);
    ASSERT_EQ(r.streams.size(), 2u);
    EXPECT_EQ(r.streams[0].title, "Backend");
    EXPECT_DOUBLE_EQ(r.streams[0].percent(), 50.0);
    EXPECT_DOUBLE_EQ(r.streams[1].percent(), 0.0);
    EXPECT_EQ(r.metrics.lanes, 2);
    // Left: backend b then d (16h), frontend c (16h): two plan days.
    EXPECT_DOUBLE_EQ(r.metrics.remaining_hours, 16.0);
    EXPECT_EQ(r.metrics.eta, CivilDate::parse("2025-01-27"));
    EXPECT_DOUBLE_EQ(r.metrics.elapsed_days, 6.0);
}

TEST(Progress, EfficiencyStaysWithinOneWhenPacketsOutnumberTheLanes) {
    Scenario s;
    // One lane: no streams, and a plan whose widest phase is one packet.
    s.inv.streams.clear();
    for (auto& p : s.inv.packets) p.stream.clear();
    s.inv.packets[2].after = located({"b"});
    s.inv.packets[3].after = located({"c"});
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    ASSERT_EQ(r.metrics.lanes, 1);
    // a, b and c together cover t0+1h until now without a gap; b overlaps
    // both, so utilisation counts those hours twice and passes 100 %.
    const double covered_days = static_cast<double>(s.options.now - (t0 + h)) / day;
    EXPECT_GT(*r.metrics.parallel_utilisation, 1.0);
    EXPECT_NEAR(*r.metrics.parallel_efficiency, covered_days / 6.0, 1e-9);
    EXPECT_LE(*r.metrics.parallel_efficiency, 1.0);
}

TEST(Progress, ExecutionMetricsFollowTheirDefinitions) {
    Scenario s;
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    const double a_days = 23.0 / 24.0;  // t0+1h → t0+1d
    const double b_days = static_cast<double>(s.options.now - (t0 + 12 * h)) / day;
    const double c_days = static_cast<double>(s.options.now - (t0 + 2 * day)) / day;
    EXPECT_NEAR(r.metrics.work_packet_days, a_days + b_days + c_days, 1e-9);
    EXPECT_NEAR(*r.metrics.parallel_utilisation, (a_days + b_days + c_days) / (2 * 6.0), 1e-9);
    // Never more than two packets run at once on the two lanes, so every
    // packet-day is a busy lane-day and the two figures agree.
    EXPECT_NEAR(*r.metrics.parallel_efficiency, *r.metrics.parallel_utilisation, 1e-9);
    // b started 12h before a completed.
    EXPECT_NEAR(find(r, "b").blocked_days, 0.5, 1e-9);
    EXPECT_NEAR(*r.metrics.blocking_share, 0.5 / (a_days + b_days + c_days), 1e-9);
    ASSERT_EQ(r.metrics.coverage.size(), 2u);
    EXPECT_EQ(r.metrics.coverage[0].line, 75.0);
    EXPECT_EQ(r.metrics.coverage[1].line, 80.0);
    EXPECT_EQ(r.metrics.gate_results, 2);
    EXPECT_EQ(r.metrics.gate_passes, 1);
    EXPECT_DOUBLE_EQ(*r.metrics.gate_pass_rate, 0.5);
    EXPECT_FALSE(r.metrics.rework_rate);  // no diffs given
}

TEST(Progress, TheWindowLimitsTrendsAndCountsFiredTriggers) {
    Scenario s;
    HistoryRecord fired = record(t0 + 3 * day, {});
    fired.triggers = {{"coverage < 80", "block", true, 75.0}, {"x > 1", "warn", false, 0.0}};
    s.facts.records.push_back(CommitRecords{"m1", {fired, fired}, {}});
    s.options.since = t0 + 1;
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    ASSERT_EQ(r.metrics.coverage.size(), 1u);
    EXPECT_EQ(r.metrics.triggers_fired, 2);
    ASSERT_EQ(r.metrics.triggers.size(), 1u);
    EXPECT_EQ(r.metrics.triggers[0].fired, 2);
}

TEST(Progress, APacketWhoseLastRecordFailedCountsAsFailed) {
    Scenario s;
    s.facts.records.push_back(CommitRecords{"c1", {record(t0 + 3 * day, {}, {}, "c", "fail")}, {}});
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    EXPECT_EQ(find(r, "c").last_verdict, "fail");
    EXPECT_EQ(r.metrics.failed, 1);
}

TEST(Progress, RefusedNoteLinesBecomeNotes) {
    Scenario s;
    s.facts.records.push_back(parse_note("m1", "{\"version\":9,\"tool\":\"tollgate\"}\n\ngarbage\n"));
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    ASSERT_EQ(r.notes.size(), 2u);
    EXPECT_NE(r.notes[0].find("note on m1 line 1: written by a newer tollgate"), std::string::npos);
    EXPECT_EQ(r.notes[1], "note on m1 line 3: not valid JSON");
}

TEST(Progress, ReworkIsCountedAlongFirstParentCommitsWithDiffs) {
    Scenario s;
    s.facts.hunks["m1"] = {FileHunks{"a.txt", "a.txt", false, false, {{0, 0, 1, 10}}}};
    s.facts.base_commits.insert(s.facts.base_commits.begin(), commit("f1", {"m1"}, t0 + 2 * day, "fix"));
    s.facts.base_commit = "f1";
    s.facts.hunks["f1"] = {FileHunks{"a.txt", "a.txt", false, false, {{2, 3, 2, 1}}}};
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    EXPECT_EQ(find(r, "a").lines_added, 10);
    EXPECT_EQ(find(r, "a").lines_rewritten, 3);
    EXPECT_DOUBLE_EQ(*r.metrics.rework_rate, 0.3);
}

TEST(Progress, NoHistoryAtAllGivesAPendingPlan) {
    Scenario s;
    s.facts.base_commits = {commit("c0", {}, t0, "init")};
    s.facts.base_commit = "c0";
    s.facts.branches.clear();
    s.facts.records.clear();
    const ProgressReport r = compute_progress(s.inv, s.facts, s.options);
    EXPECT_EQ(r.metrics.pending, 3);
    EXPECT_EQ(r.metrics.completed, 0);
    EXPECT_DOUBLE_EQ(r.metrics.overall_percent, 0.0);
    EXPECT_FALSE(r.metrics.parallel_efficiency && *r.metrics.parallel_efficiency > 0);
    EXPECT_TRUE(r.metrics.coverage.empty());
}

}  // namespace
}  // namespace tollgate
