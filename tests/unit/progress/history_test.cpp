#include "runner/progress/history.hpp"

#include "runner/core/error.hpp"
#include "runner/git/notes.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace tollgate {
namespace {

using test::GitRepo;

HistoryRecord at(long long time, std::optional<double> line = {}, std::string gate = "unit") {
    HistoryRecord r;
    r.time = time;
    r.verdict = "pass";
    r.gates.push_back({std::move(gate), "passed", 1.0, CoverageFigures{line, std::nullopt, std::nullopt}});
    r.coverage.line_percent = line;
    return r;
}

TEST(History, AppendedRecordsReadBackInOrder) {
    GitRepo repo;
    const std::string c = repo.commit_all("one");
    EXPECT_EQ(append_record(repo.path(), "HEAD", at(1)), c);
    append_record(repo.path(), c, at(2));
    const CommitRecords got = read_records(repo.path(), "HEAD");
    EXPECT_EQ(got.commit, c);
    ASSERT_EQ(got.records.size(), 2u);
    EXPECT_EQ(got.records[0].time, 1);
    EXPECT_EQ(got.records[1].time, 2);
    EXPECT_TRUE(got.problems.empty());
}

TEST(History, TheNoteIsAnOrdinaryGitNoteUnderRefsNotesTollgate) {
    GitRepo repo;
    repo.commit_all("one");
    append_record(repo.path(), "HEAD", at(7));
    const std::string shown = repo.git("notes --ref=tollgate show HEAD");
    EXPECT_NE(shown.find("\"time_unix\":7"), std::string::npos);
    EXPECT_EQ(shown.find('\n'), shown.size() - 1);  // one line
}

TEST(History, ConcurrentWritersLoseNoRecord) {
    GitRepo repo;
    repo.commit_all("one");
    repo.commit_all("two");
    constexpr int writers = 6;
    constexpr int each = 5;
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            // Each thread opens its own repository, as separate processes would.
            const Repository r = Repository::discover(repo.path());
            for (int i = 0; i < each; ++i) append_record(r, i % 2 == 0 ? "HEAD" : "HEAD~1", at(w * 100 + i));
        });
    }
    for (auto& t : threads) t.join();
    const auto head = read_records(repo.path(), "HEAD");
    const auto parent = read_records(repo.path(), "HEAD~1");
    EXPECT_EQ(head.records.size() + parent.records.size(), static_cast<std::size_t>(writers * each));
    EXPECT_EQ(head.records.size(), static_cast<std::size_t>(writers * 3));
}

TEST(History, CorruptAndNewerLinesAreReportedWithCommitAndLine) {
    GitRepo repo;
    const std::string c = repo.commit_all("one");
    append_record(repo.path(), "HEAD", at(1));
    // Someone edits the note by hand and a newer tollgate appends.
    repo.git("notes --ref=tollgate append -m 'garbage {' HEAD");
    repo.git("notes --ref=tollgate append -m '{\"version\":3,\"tool\":\"tollgate\",\"time_unix\":5}' HEAD");
    const CommitRecords got = read_records(repo.path(), "HEAD");
    ASSERT_EQ(got.records.size(), 1u);
    ASSERT_EQ(got.problems.size(), 2u);
    // `git notes append` separates paragraphs with a blank line: lines 3 and 5.
    EXPECT_EQ(got.problems[0].line, 3);
    EXPECT_EQ(got.problems[0].describe(), "note on " + c.substr(0, 12) + " line 3: not valid JSON");
    EXPECT_TRUE(got.problems[1].newer);
    EXPECT_EQ(got.problems[1].line, 5);
    // Appending after a foreign edit keeps everything.
    append_record(repo.path(), "HEAD", at(9));
    EXPECT_EQ(read_records(repo.path(), "HEAD").records.size(), 2u);
}

TEST(History, ACommitWithoutANoteHasNoRecords) {
    GitRepo repo;
    repo.commit_all("one");
    EXPECT_TRUE(read_records(repo.path(), "HEAD").records.empty());
    append_record(repo.path(), "HEAD", at(1));
    repo.commit_all("two");
    EXPECT_TRUE(read_records(repo.path(), "HEAD").records.empty());
}

TEST(History, AnUnknownRevisionIsAnEnvironmentError) {
    GitRepo repo;
    repo.commit_all("one");
    EXPECT_THROW(read_records(repo.path(), "no-such-branch"), EnvironmentError);
    EXPECT_THROW(append_record(repo.path(), "no-such-branch", at(1)), EnvironmentError);
}

TEST(History, RecordsAlongAListOfCommitsComeInThatOrder) {
    GitRepo repo;
    const std::string a = repo.commit_all("a");
    const std::string b = repo.commit_all("b");
    repo.commit_all("c");
    append_record(repo.path(), a, at(1));
    append_record(repo.path(), b, at(2));
    const Repository r = Repository::discover(repo.path());
    const auto along = read_records_along(r, {b, a});
    ASSERT_EQ(along.size(), 2u);
    EXPECT_EQ(along[0].commit, b);
    EXPECT_EQ(along[1].commit, a);
}

TEST(History, RecordsAlongTheFirstParentHistorySkipMergedBranchCommits) {
    GitRepo repo;
    const std::string base = repo.commit_all("base");
    repo.git("checkout -q -b side");
    const std::string side = repo.commit_all("side");
    repo.git("checkout -q main");
    const std::string main2 = repo.commit_all("main 2");
    repo.git("merge -q --no-ff --no-edit side");
    for (const auto& c : {base, side, main2}) append_record(repo.path(), c, at(1));
    const Repository r = Repository::discover(repo.path());
    const auto along = read_records_first_parent(r, "main");
    ASSERT_EQ(along.size(), 2u);
    EXPECT_EQ(along[0].commit, main2);
    EXPECT_EQ(along[1].commit, base);
}

TEST(History, TheCoverageBaselineIsTheNewestRecordedLineFigure) {
    GitRepo repo;
    repo.commit_all("one");
    EXPECT_FALSE(coverage_baseline_from_notes(repo.path(), "HEAD"));
    append_record(repo.path(), "HEAD", at(1, 70.0, "unit"));
    append_record(repo.path(), "HEAD", at(2, 82.5, "integration"));
    append_record(repo.path(), "HEAD", at(3));  // no coverage
    const auto newest = coverage_baseline_from_notes(repo.path(), "HEAD");
    ASSERT_TRUE(newest);
    ASSERT_TRUE(newest->line_percent);
    EXPECT_EQ(newest->line_percent->text, "82.5");
    EXPECT_NE(newest->source.find("refs/notes/tollgate"), std::string::npos);
    const auto unit = coverage_baseline_from_notes(repo.path(), "HEAD", "unit");
    ASSERT_TRUE(unit);
    EXPECT_EQ(unit->line_percent->text, "70");
    EXPECT_FALSE(coverage_baseline_from_notes(repo.path(), "HEAD", "lint"));
}

}  // namespace
}  // namespace tollgate
