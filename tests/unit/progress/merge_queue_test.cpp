#include "runner/progress/merge_queue.hpp"

#include "tests/support/inventory_builder.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::add_checkpoint;
using test::add_packet;

// A scan result over branches packet/<id> for `packets`, sorted by name as
// scan_conflicts sorts them.
ConflictsResult scan_of(const std::vector<std::string>& packets) {
    ConflictsResult out;
    out.base_ref = "main";
    out.base_commit = std::string(40, 'b');
    for (const auto& id : packets) {
        ConflictBranch b;
        b.name = "packet/" + id;
        b.ref = "refs/heads/packet/" + id;
        b.packet = id;
        b.commit = std::string(40, 'c');
        b.merge_base = out.base_commit;
        out.branches.push_back(b);
    }
    return out;
}

// A predicted conflict on `file` between branches i and j of the scan.
void conflict(ConflictsResult& scan, std::size_t i, std::size_t j, const std::string& file,
              const std::string& rule = "shared") {
    ConflictPair pair;
    pair.first = i;
    pair.second = j;
    pair.overlap.push_back({file, "zone", rule, {}});
    pair.conflicts.push_back({file, "zone", rule, {}});
    scan.pairs.push_back(pair);
}

MergeVerdict pass() {
    return {true, {}, {}};
}
MergeVerdict fail(const std::string& why) {
    return {false, {why}, {}};
}

std::vector<std::string> order(const MergeQueue& queue) {
    std::vector<std::string> out;
    for (const auto& b : queue.branches) {
        if (b.position) out.push_back(b.name);
    }
    return out;
}

TEST(MergeQueue, BranchesThatConflictWithNothingMergeFirstThenByName) {
    Inventory inv;
    for (const char* id : {"a", "b", "c", "d"}) add_packet(inv, id);
    ConflictsResult scan = scan_of({"a", "b", "c", "d"});
    conflict(scan, 0, 1, "routes.py");  // a and b conflict
    const MergeQueue queue = compute_merge_queue(inv, scan, {pass(), pass(), pass(), pass()});
    EXPECT_EQ(order(queue), (std::vector<std::string>{"packet/c", "packet/d", "packet/a", "packet/b"}));
    EXPECT_EQ(queue.branches[0].position, 1);
    EXPECT_EQ(queue.mergeable(), 4U);
}

TEST(MergeQueue, FewerConflictsComeBeforeMore) {
    Inventory inv;
    for (const char* id : {"a", "b", "c"}) add_packet(inv, id);
    ConflictsResult scan = scan_of({"a", "b", "c"});
    conflict(scan, 0, 1, "x.py");  // a conflicts with b and c, b and c with a only
    conflict(scan, 0, 2, "y.py");
    const MergeQueue queue = compute_merge_queue(inv, scan, {pass(), pass(), pass()});
    EXPECT_EQ(order(queue), (std::vector<std::string>{"packet/b", "packet/c", "packet/a"}));
}

TEST(MergeQueue, ABranchMergesAfterTheBranchesOfThePacketsItDependsOnEvenWhenItConflictsWithNothing) {
    Inventory inv;
    add_packet(inv, "base-work");
    add_packet(inv, "later", "", {}, {"base-work"});  // soft: may merge, but after
    add_packet(inv, "other");
    ConflictsResult scan = scan_of({"base-work", "later", "other"});
    conflict(scan, 0, 2, "x.py");  // base-work conflicts with other
    const MergeQueue queue = compute_merge_queue(inv, scan, {pass(), pass(), pass()});
    EXPECT_EQ(order(queue), (std::vector<std::string>{"packet/base-work", "packet/later", "packet/other"}));
    EXPECT_EQ(queue.branches[1].after_branches, std::vector<std::string>{"packet/base-work"});
}

TEST(MergeQueue, DependenciesThroughACheckpointOrderTheBranchesToo) {
    Inventory inv;
    add_packet(inv, "schema");
    add_checkpoint(inv, "cp-1", {"schema"});
    add_packet(inv, "api", "", {}, {"cp-1"});
    const ConflictsResult scan = scan_of({"api", "schema"});
    const MergeQueue queue = compute_merge_queue(inv, scan, {pass(), pass()});
    EXPECT_EQ(order(queue), (std::vector<std::string>{"packet/schema", "packet/api"}));
}

TEST(MergeQueue, BranchesThatMayNotMergeHaveNoPlaceAndComeLastWithTheirReasons) {
    Inventory inv;
    add_packet(inv, "a");
    add_packet(inv, "b", "", {"a"});
    add_packet(inv, "c");
    ConflictsResult scan = scan_of({"a", "b", "c"});
    conflict(scan, 0, 1, "x.py");
    const MergeQueue queue =
        compute_merge_queue(inv, scan, {pass(), fail("b may not merge before a"), fail("c may not modify m.sql")});
    EXPECT_EQ(order(queue), std::vector<std::string>{"packet/a"});
    ASSERT_EQ(queue.branches.size(), 3U);
    EXPECT_EQ(queue.branches[1].name, "packet/b");
    EXPECT_FALSE(queue.branches[1].position);
    EXPECT_EQ(queue.branches[1].verdict.reasons, std::vector<std::string>{"b may not merge before a"});
    EXPECT_EQ(queue.branches[1].after_branches, std::vector<std::string>{"packet/a"});
    EXPECT_EQ(queue.mergeable(), 1U);
}

TEST(MergeQueue, AConflictWithABranchThatMayNotMergeDoesNotPushABranchBack) {
    Inventory inv;
    for (const char* id : {"a", "b", "c"}) add_packet(inv, id);
    ConflictsResult scan = scan_of({"a", "b", "c"});
    conflict(scan, 0, 2, "x.py");  // a conflicts with c, which may not merge
    const MergeQueue queue = compute_merge_queue(inv, scan, {pass(), pass(), fail("no")});
    EXPECT_EQ(order(queue), (std::vector<std::string>{"packet/a", "packet/b"}));
    ASSERT_EQ(queue.branches[0].conflicts.size(), 1U);
    const MergeConflict& c = queue.branches[0].conflicts[0];
    EXPECT_EQ(c.branch, "packet/c");
    EXPECT_FALSE(c.other_may_merge);
    EXPECT_EQ(c.files, std::vector<std::string>{"x.py"});
}

TEST(MergeQueue, OverlapWithoutAPredictedConflictIsNoConflict) {
    Inventory inv;
    for (const char* id : {"a", "b"}) add_packet(inv, id);
    ConflictsResult scan = scan_of({"a", "b"});
    ConflictPair pair;
    pair.first = 0;
    pair.second = 1;
    pair.overlap.push_back({"x.py", "", "", {}});
    scan.pairs.push_back(pair);
    const MergeQueue queue = compute_merge_queue(inv, scan, {pass(), pass()});
    EXPECT_TRUE(queue.branches[0].conflicts.empty());
    EXPECT_TRUE(queue.branches[1].conflicts.empty());
}

TEST(MergeQueue, AConflictInAnExclusiveZoneIsMarkedBlocking) {
    Inventory inv;
    for (const char* id : {"a", "b"}) add_packet(inv, id);
    ConflictsResult scan = scan_of({"a", "b"});
    conflict(scan, 0, 1, "m.sql", "exclusive");
    const MergeQueue queue = compute_merge_queue(inv, scan, {pass(), pass()});
    EXPECT_TRUE(queue.branches[0].conflicts.at(0).blocking);
}

TEST(MergeQueue, ASoftDependencyLoopStillPlacesEveryMergeableBranch) {
    Inventory inv;
    add_packet(inv, "a", "", {}, {"b"});
    add_packet(inv, "b", "", {}, {"a"});
    const MergeQueue queue = compute_merge_queue(inv, scan_of({"a", "b"}), {pass(), pass()});
    EXPECT_EQ(order(queue), (std::vector<std::string>{"packet/a", "packet/b"}));
}

TEST(MergeQueue, CarriesTheScansBaseSkippedBranchesAndProject) {
    Inventory inv;
    inv.project = "demo";
    ConflictsResult scan = scan_of({});
    scan.skipped.push_back({"packet/x", "nothing in flight"});
    const MergeQueue queue = compute_merge_queue(inv, scan, {});
    EXPECT_EQ(queue.project, "demo");
    EXPECT_EQ(queue.base_ref, "main");
    EXPECT_EQ(queue.skipped.size(), 1U);
    EXPECT_EQ(queue.mergeable(), 0U);
}

}  // namespace
}  // namespace tollgate
