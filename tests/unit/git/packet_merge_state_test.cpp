#include "runner/git/packet_merge_state.hpp"

#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

bool under_packet_a(std::string_view branch) {
    return branch == "packet/a" || branch.rfind("packet/a/", 0) == 0;
}

std::string head_of(const test::GitRepo& repo, const std::string& rev) {
    std::string id = repo.git("rev-parse " + rev);
    while (!id.empty() && id.back() == '\n') id.pop_back();
    return id;
}

PacketMergeState state_of(const test::GitRepo& repo) {
    const auto repository = Repository::discover(repo.path());
    const PacketMergeScanner scanner(repository, head_of(repo, "main"), "main");
    return scanner.state("a", under_packet_a, "packet/a, packet/a/*");
}

TEST(PacketMergeState, APacketWithoutBranchOrTrailerIsNotDoneAndSaysWhatWasLookedFor) {
    test::GitRepo repo;
    repo.write("f", "1\n");
    repo.commit_all("base");
    const auto s = state_of(repo);
    EXPECT_FALSE(s.done);
    EXPECT_FALSE(s.landed);
    EXPECT_TRUE(s.refs.empty());
    EXPECT_EQ(s.reason, "no work found: no branch matches packet/a, packet/a/* and no commit on main has 'Packet: a'");
}

TEST(PacketMergeState, ABranchMergedWithAMergeCommitIsDone) {
    test::GitRepo repo;
    repo.write("f", "1\n");
    repo.commit_all("base");
    repo.git("checkout -q -b packet/a");
    repo.write("g", "1\n");
    const auto tip = repo.commit_all("work");
    repo.git("checkout -q main");
    repo.git("merge -q --no-ff packet/a -m merge");
    const auto s = state_of(repo);
    ASSERT_EQ(s.refs.size(), 1u);
    EXPECT_TRUE(s.refs[0].merged);
    EXPECT_FALSE(s.refs[0].at_base);
    EXPECT_EQ(s.refs[0].commit, tip);
    EXPECT_TRUE(s.done);
    EXPECT_EQ(s.reason, "merged: packet/a (" + tip.substr(0, 8) + ") is on main");
}

TEST(PacketMergeState, UnmergedCommitsOnAnyMatchingRefKeepThePacketOpen) {
    test::GitRepo repo;
    repo.write("f", "1\n");
    repo.commit_all("base");
    repo.git("checkout -q -b packet/a");
    repo.write("g", "1\n");
    repo.commit_all("work");
    repo.git("checkout -q main");
    repo.git("merge -q --no-ff packet/a -m merge");
    // More work on a remote copy that main has not got yet.
    repo.git("checkout -q --detach packet/a");
    repo.write("g", "2\n");
    repo.commit_all("fix 1");
    repo.write("g", "3\n");
    const auto fix = repo.commit_all("fix 2");
    repo.git("update-ref refs/remotes/origin/packet/a/fix " + fix);
    repo.git("checkout -q main");
    const auto s = state_of(repo);
    ASSERT_EQ(s.refs.size(), 2u);
    EXPECT_EQ(s.refs[1].display, "origin/packet/a/fix");
    EXPECT_TRUE(s.refs[1].remote);
    EXPECT_FALSE(s.refs[1].merged);
    EXPECT_EQ(s.refs[1].unmerged_commits, 2u);
    EXPECT_TRUE(s.landed);
    EXPECT_FALSE(s.done);
    EXPECT_EQ(s.reason, "2 commits on origin/packet/a/fix are not on main");
}

TEST(PacketMergeState, ASquashMergeCountsThroughItsPacketTrailer) {
    test::GitRepo repo;
    repo.write("f", "1\n");
    repo.commit_all("base");
    repo.write("g", "1\n");
    const auto squash = repo.commit_all("Packet A work (squashed)\n\npacket: a");
    const auto s = state_of(repo);
    ASSERT_EQ(s.trailers.size(), 1u);
    EXPECT_EQ(s.trailers[0].id, squash);
    EXPECT_TRUE(s.done);
    EXPECT_EQ(s.reason, "landed: commit " + squash.substr(0, 8) + " on main has 'Packet: a'");
}

TEST(PacketMergeState, ABranchStillAtTheBaseCommitCarriesNoWork) {
    test::GitRepo repo;
    repo.write("f", "1\n");
    repo.commit_all("base");
    repo.git("branch packet/a");
    const auto s = state_of(repo);
    ASSERT_EQ(s.refs.size(), 1u);
    EXPECT_TRUE(s.refs[0].at_base);
    EXPECT_FALSE(s.done);
    EXPECT_EQ(s.reason, "not started: packet/a has no commit off main");
}

}  // namespace
}  // namespace tollgate
