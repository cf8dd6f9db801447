#include "runner/verdict/recorded_baseline.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

const std::string k_sha = "0123456789abcdef0123456789abcdef01234567";

RecordedGate gate(const std::string& id, std::optional<double> line) {
    RecordedGate g;
    g.id = id;
    g.status = "passed";
    if (line) {
        g.coverage = CoverageFigures{};
        g.coverage->line_percent = line;
    }
    return g;
}

HistoryRecord record(std::vector<RecordedGate> gates) {
    HistoryRecord r;
    r.gates = std::move(gates);
    return r;
}

TEST(RecordedBaseline, TakesTheNewestRecordedFigureOfTheGate) {
    CommitRecords base{k_sha, {record({gate("cov", 70.0)}), record({gate("cov", 80.0), gate("other", 10.0)})}, {}};
    const auto b = recorded_baseline(base, "cov", "main");
    ASSERT_TRUE(b.line_percent);
    EXPECT_EQ(b.line_percent->text, "80.00");
    EXPECT_EQ(b.source, "the git note on base 0123456789ab (refs/notes/tollgate)");
    EXPECT_TRUE(b.missing.empty());
    EXPECT_TRUE(b.unreadable.empty());
}

TEST(RecordedBaseline, SkipsNewerRecordsWithoutAFigureForTheGate) {
    CommitRecords base{
        k_sha, {record({gate("cov", 75.5)}), record({gate("cov", std::nullopt)}), record({gate("x", 1.0)})}, {}};
    const auto b = recorded_baseline(base, "cov");
    ASSERT_TRUE(b.line_percent);
    EXPECT_EQ(b.line_percent->text, "75.50");
}

TEST(RecordedBaseline, SaysWhenTheBaseHasNoFigureForTheGate) {
    CommitRecords base{k_sha, {record({gate("other", 90.0)})}, {}};
    const auto b = recorded_baseline(base, "cov", "origin/main");
    EXPECT_FALSE(b.line_percent);
    EXPECT_EQ(b.missing,
              "no recorded coverage for base 0123456789ab; record one with `tollgate run --record` on origin/main");
    EXPECT_TRUE(b.unreadable.empty());
}

TEST(RecordedBaseline, NamesTheBaseBranchGenericallyWhenNotKnown) {
    const auto b = recorded_baseline(CommitRecords{k_sha, {}, {}}, "cov");
    EXPECT_TRUE(b.missing.ends_with("on the base branch")) << b.missing;
}

TEST(RecordedBaseline, AnUnreadableNoteWithoutAFigureIsUnreadableNotMissing) {
    CommitRecords base{k_sha, {}, {NoteProblem{k_sha, 2, "not valid JSON", false}}};
    const auto b = recorded_baseline(base, "cov");
    EXPECT_FALSE(b.line_percent);
    EXPECT_TRUE(b.missing.empty());
    EXPECT_EQ(b.unreadable,
              "cannot read the recorded coverage for base 0123456789ab: note on 0123456789ab line 2: "
              "not valid JSON; fix or remove it with `git notes --ref tollgate edit 0123456789ab`");
}

TEST(RecordedBaseline, AFigureBesideUnreadableLinesIsUsedAndTheSkipIsSaid) {
    CommitRecords base{k_sha, {record({gate("cov", 80.0)})}, {NoteProblem{k_sha, 2, "not valid JSON", false}}};
    const auto b = recorded_baseline(base, "cov");
    ASSERT_TRUE(b.line_percent);
    EXPECT_TRUE(b.source.ends_with(", 1 unreadable line skipped")) << b.source;
}

}  // namespace
}  // namespace tollgate
