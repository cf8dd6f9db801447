#include "runner/progress/note_records.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

const std::string k_sha = "0123456789abcdef0123456789abcdef01234567";

std::string line(long long time) {
    HistoryRecord r;
    r.time = time;
    r.verdict = "pass";
    return to_json_line(r);
}

TEST(NoteRecords, EachLineIsARecordAndBlankLinesAreSkipped) {
    const CommitRecords got = parse_note(k_sha, line(1) + "\n  \r\n" + line(2));
    EXPECT_EQ(got.commit, k_sha);
    ASSERT_EQ(got.records.size(), 2u);
    EXPECT_EQ(got.records[0].time, 1);
    EXPECT_EQ(got.records[1].time, 2);
    EXPECT_TRUE(got.problems.empty());
}

TEST(NoteRecords, UnreadableLinesAreProblemsWithTheirLineNumber) {
    const CommitRecords got =
        parse_note(k_sha, line(1) + "garbage {\n{\"version\":3,\"tool\":\"tollgate\",\"time_unix\":5}");
    ASSERT_EQ(got.records.size(), 1u);
    ASSERT_EQ(got.problems.size(), 2u);
    EXPECT_EQ(got.problems[0].describe(), "note on 0123456789ab line 2: not valid JSON");
    EXPECT_FALSE(got.problems[0].newer);
    EXPECT_EQ(got.problems[1].line, 3);
    EXPECT_TRUE(got.problems[1].newer);
}

TEST(NoteRecords, AnEmptyNoteHasNeitherRecordsNorProblems) {
    const CommitRecords got = parse_note(k_sha, "");
    EXPECT_TRUE(got.records.empty());
    EXPECT_TRUE(got.problems.empty());
}

}  // namespace
}  // namespace tollgate
