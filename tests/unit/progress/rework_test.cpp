#include "runner/progress/rework.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

constexpr long long day = 86400;

FileHunks file(const std::string& path, std::vector<LineHunk> hunks) {
    FileHunks f;
    f.path = path;
    f.old_path = path;
    f.hunks = std::move(hunks);
    return f;
}

TEST(Rework, LinesReplacedWithinFourteenDaysCountAsRewritten) {
    ReworkTracker t;
    t.apply(0, 0, {file("a.txt", {{0, 0, 1, 10}})});       // packet 0 adds 10 lines
    t.apply(1, 3 * day, {file("a.txt", {{3, 2, 3, 2}})});  // packet 1 replaces lines 3-4
    EXPECT_EQ(t.count(0).added, 10);
    EXPECT_EQ(t.count(0).rewritten, 2);
    EXPECT_EQ(t.count(1).added, 2);
    EXPECT_EQ(t.count(1).rewritten, 0);
}

TEST(Rework, ChangesAfterTheWindowAreNotRework) {
    ReworkTracker t;
    t.apply(0, 0, {file("a.txt", {{0, 0, 1, 4}})});
    t.apply(-1, 15 * day, {file("a.txt", {{1, 4, 0, 0}})});
    EXPECT_EQ(t.count(0).rewritten, 0);
}

TEST(Rework, InsertionsAboveMoveTrackedLinesDown) {
    ReworkTracker t;
    t.apply(0, 0, {file("a.txt", {{0, 0, 1, 3}})});         // lines 1-3 by packet 0
    t.apply(-1, day, {file("a.txt", {{0, 0, 1, 5}})});      // 5 new lines on top: ours are 6-8
    t.apply(-1, 2 * day, {file("a.txt", {{1, 5, 0, 0}})});  // delete lines 1-5: not ours
    EXPECT_EQ(t.count(0).rewritten, 0);
    t.apply(-1, 3 * day, {file("a.txt", {{2, 1, 1, 0}})});  // delete what is now line 2
    EXPECT_EQ(t.count(0).rewritten, 1);
}

TEST(Rework, AnInsertionAfterALineLeavesThatLineInPlace) {
    ReworkTracker t;
    t.apply(0, 0, {file("a.txt", {{0, 0, 1, 2}})});
    t.apply(-1, day, {file("a.txt", {{1, 0, 2, 1}})});  // insert after line 1: ours are 1 and 3
    t.apply(-1, day, {file("a.txt", {{3, 1, 2, 0}})});  // delete line 3
    EXPECT_EQ(t.count(0).rewritten, 1);
    t.apply(-1, day, {file("a.txt", {{1, 1, 0, 0}})});  // delete line 1
    EXPECT_EQ(t.count(0).rewritten, 2);
}

TEST(Rework, DeletingAFileRewritesItsTrackedLines) {
    ReworkTracker t;
    t.apply(0, 0, {file("a.txt", {{0, 0, 1, 3}})});
    FileHunks gone = file("a.txt", {{1, 3, 0, 0}});
    gone.deleted = true;
    t.apply(-1, day, {gone});
    EXPECT_EQ(t.count(0).rewritten, 3);
    t.apply(-1, day, {file("a.txt", {{0, 0, 1, 3}})});  // re-created by nobody
    t.apply(-1, day, {gone});
    EXPECT_EQ(t.count(0).rewritten, 3);
}

TEST(Rework, BinaryFilesAreNotTracked) {
    ReworkTracker t;
    FileHunks bin = file("logo.png", {});
    bin.binary = true;
    t.apply(0, 0, {bin});
    EXPECT_EQ(t.count(0).added, 0);
}

}  // namespace
}  // namespace tollgate
