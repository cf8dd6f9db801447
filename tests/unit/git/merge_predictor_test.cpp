#include "runner/git/merge_predictor.hpp"

#include "runner/core/text.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace tollgate {
namespace {

using Paths = std::vector<std::string>;

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

// What git itself predicts: the conflicted paths of `git merge-tree --write-tree --name-only`.
Paths git_merge_tree(const test::GitRepo& repo, const std::string& a, const std::string& b) {
    const auto r = test::sh(repo.env_prefix() + " git merge-tree --write-tree --name-only --no-messages " + a + " " + b,
                            repo.path());
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
    auto lines = split(trimmed(r.out), '\n');
    lines.erase(lines.begin());  // the tree id
    Paths out;
    for (auto& l : lines) {
        if (!l.empty()) out.push_back(l);
    }
    return out;
}

// Commits what `repo` holds as the base, then makes branch `ours` with
// `edit_ours` committed and branch `theirs` with `edit_theirs` committed.
void fork(test::GitRepo& repo, const std::function<void()>& edit_ours, const std::function<void()>& edit_theirs) {
    repo.commit_all("base");
    repo.git("branch ours");
    repo.git("branch theirs");
    repo.git("checkout -q ours");
    edit_ours();
    repo.commit_all("ours");
    repo.git("checkout -q theirs");
    edit_theirs();
    repo.commit_all("theirs");
}

void expect_agrees_with_git(const test::GitRepo& repo, const Paths& expected) {
    const auto repository = Repository::discover(repo.path());
    const auto ours = trimmed(repo.git("rev-parse ours"));
    const auto theirs = trimmed(repo.git("rev-parse theirs"));
    const auto predicted = predict_merge_conflicts(repository, ours, theirs);
    EXPECT_EQ(predicted, expected);
    EXPECT_EQ(predicted, git_merge_tree(repo, "ours", "theirs"));

    // The fast path merges trees pruned to the changed paths: same answer.
    const auto base = find_merge_base(repository, ours, theirs);
    ASSERT_TRUE(base.has_value());
    auto paths = changed_paths(repository, *base, ours);
    const auto more = changed_paths(repository, *base, theirs);
    paths.insert(paths.end(), more.begin(), more.end());
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    ConflictPredictor predictor(repository);
    EXPECT_EQ(predictor.predict(*base, ours, theirs, paths), expected);
    EXPECT_EQ(predictor.predict(*base, ours, theirs, paths), expected);  // reusable after a reset
}

TEST(PredictMergeConflicts, FindsNoneWhenEditsTouchDifferentLines) {
    test::GitRepo repo;
    repo.write("a.txt", "1\n2\n3\n4\n5\n6\n7\n8\n");
    fork(
        repo, [&] { repo.write("a.txt", "one\n2\n3\n4\n5\n6\n7\n8\n"); },
        [&] { repo.write("a.txt", "1\n2\n3\n4\n5\n6\n7\neight\n"); });
    expect_agrees_with_git(repo, {});
}

TEST(PredictMergeConflicts, FindsAContentConflict) {
    test::GitRepo repo;
    repo.write("a.txt", "1\n2\n3\n");
    repo.write("b.txt", "same\n");
    fork(
        repo, [&] { repo.write("a.txt", "1\nours\n3\n"); }, [&] { repo.write("a.txt", "1\ntheirs\n3\n"); });
    expect_agrees_with_git(repo, {"a.txt"});
}

TEST(PredictMergeConflicts, FindsAnAddAddConflict) {
    test::GitRepo repo;
    repo.write("base.txt", "x\n");
    fork(
        repo, [&] { repo.write("new/file.txt", "ours\n"); }, [&] { repo.write("new/file.txt", "theirs\n"); });
    expect_agrees_with_git(repo, {"new/file.txt"});
}

TEST(PredictMergeConflicts, FindsAModifyDeleteConflict) {
    test::GitRepo repo;
    repo.write("gone.txt", "a\nb\n");
    fork(
        repo, [&] { repo.write("gone.txt", "a\nchanged\n"); }, [&] { repo.git("rm -q gone.txt"); });
    expect_agrees_with_git(repo, {"gone.txt"});
}

TEST(PredictMergeConflicts, FollowsARenameOnOneSideWithoutConflict) {
    test::GitRepo repo;
    repo.write("old.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    fork(
        repo, [&] { repo.git("mv old.txt new.txt"); },
        [&] { repo.write("old.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\nten\n"); });
    expect_agrees_with_git(repo, {});
}

// 100 lines of 24 bytes; the first `indented` of them indented by four
// spaces, line 90 reading `line90`.
std::string even_text(int indented, const std::string& line90 = "line 90") {
    std::string out;
    for (int i = 0; i < 100; ++i) {
        std::string line = i == 90 ? line90 : "base " + std::to_string(i);
        line.resize(23, '.');
        out += (i < indented ? "    " : "") + line + "\n";
    }
    return out;
}

TEST(PredictMergeConflicts, PairsARenameByGitsSimilarityNotLibgit2s) {
    // Ours moves a.txt and indents 60 of its 100 lines. git counts an
    // indented line as a new one (36 %: no rename, so theirs' edit of line
    // 90 is a modify/delete conflict); libgit2's own metric ignores
    // whitespace and would follow the rename without one. With 20 lines
    // indented (83 %) both follow it.
    for (const int indented : {60, 20}) {
        test::GitRepo repo;
        repo.write("a.txt", even_text(0));
        fork(
            repo,
            [&] {
                repo.git("rm -q a.txt");
                repo.write("b.txt", even_text(indented));
            },
            [&] { repo.write("a.txt", even_text(0, "theirs 90")); });
        expect_agrees_with_git(repo, indented == 60 ? Paths{"a.txt"} : Paths{});
    }
}

TEST(PredictMergeConflicts, FindsAConflictInARenamedFile) {
    test::GitRepo repo;
    repo.write("old.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    fork(
        repo,
        [&] {
            repo.git("mv old.txt new.txt");
            repo.write("new.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\nours\n");
        },
        [&] { repo.write("old.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\ntheirs\n"); });
    expect_agrees_with_git(repo, {"new.txt"});
}

TEST(PredictMergeConflicts, FindsARenameDeleteConflict) {
    test::GitRepo repo;
    repo.write("old.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    fork(
        repo, [&] { repo.git("mv old.txt new.txt"); }, [&] { repo.git("rm -q old.txt"); });
    expect_agrees_with_git(repo, {"new.txt"});
}

TEST(PredictMergeConflicts, FindsARenameRenameConflict) {
    test::GitRepo repo;
    repo.write("old.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    fork(
        repo, [&] { repo.git("mv old.txt mine.txt"); }, [&] { repo.git("mv old.txt yours.txt"); });
    expect_agrees_with_git(repo, {"mine.txt", "old.txt", "yours.txt"});
}

TEST(PredictMergeConflicts, FindsARenameRenameOfTwoFilesToOneName) {
    test::GitRepo repo;
    repo.write("a.txt", "a1\na2\na3\na4\na5\na6\n");
    repo.write("b.txt", "b1\nb2\nb3\nb4\nb5\nb6\n");
    fork(
        repo, [&] { repo.git("mv a.txt c.txt"); }, [&] { repo.git("mv b.txt c.txt"); });
    expect_agrees_with_git(repo, {"c.txt"});
}

TEST(PredictMergeConflicts, FindsARenameOntoAFileTheOtherSideAdded) {
    test::GitRepo repo;
    repo.write("old.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    fork(
        repo, [&] { repo.git("mv old.txt new.txt"); }, [&] { repo.write("new.txt", "unrelated\n"); });
    expect_agrees_with_git(repo, {"new.txt"});
}

TEST(PredictMergeConflicts, FindsAFileDirectoryConflict) {
    test::GitRepo repo;
    repo.write("base.txt", "x\n");
    fork(
        repo, [&] { repo.write("thing", "a file\n"); }, [&] { repo.write("thing/inside.txt", "a directory\n"); });
    const auto repository = Repository::discover(repo.path());
    const auto predicted =
        predict_merge_conflicts(repository, trimmed(repo.git("rev-parse ours")), trimmed(repo.git("rev-parse theirs")));
    EXPECT_FALSE(predicted.empty());
}

TEST(PredictMergeConflicts, LeavesTheWorkTreeIndexAndRefsUntouched) {
    test::GitRepo repo;
    repo.write("a.txt", "1\n");
    fork(
        repo, [&] { repo.write("a.txt", "ours\n"); }, [&] { repo.write("a.txt", "theirs\n"); });
    const auto refs_before = repo.git("for-each-ref");
    const auto repository = Repository::discover(repo.path());
    EXPECT_EQ(
        predict_merge_conflicts(repository, trimmed(repo.git("rev-parse ours")), trimmed(repo.git("rev-parse theirs"))),
        (Paths{"a.txt"}));
    EXPECT_EQ(repo.git("status --porcelain"), "");
    EXPECT_EQ(repo.git("for-each-ref"), refs_before);
}

TEST(ChangedPaths, ListsBothSidesOfARenameAndEveryStatus) {
    test::GitRepo repo;
    repo.write("keep.txt", "k\n");
    repo.write("edit.txt", "e\n");
    repo.write("drop.txt", "d\n");
    repo.write("move.txt", "m\n");
    const auto base = repo.commit_all("base");
    repo.write("edit.txt", "E\n");
    repo.git("rm -q drop.txt");
    repo.git("mv move.txt moved.txt");
    repo.write("add.txt", "a\n");
    const auto head = repo.commit_all("head");
    const auto repository = Repository::discover(repo.path());
    EXPECT_EQ(changed_paths(repository, base, head),
              (Paths{"add.txt", "drop.txt", "edit.txt", "move.txt", "moved.txt"}));
}

TEST(FindMergeBase, ReturnsTheForkPointOrNothingForUnrelatedHistories) {
    test::GitRepo repo;
    repo.write("a", "1\n");
    const auto fork = repo.commit_all("fork");
    repo.write("a", "2\n");
    const auto main_tip = repo.commit_all("main");
    repo.git("checkout -q -b side " + fork);
    repo.write("b", "1\n");
    const auto side_tip = repo.commit_all("side");
    repo.git("checkout -q --orphan other");
    repo.write("c", "1\n");
    const auto orphan = repo.commit_all("orphan");
    const auto repository = Repository::discover(repo.path());
    EXPECT_EQ(find_merge_base(repository, main_tip, side_tip), fork);
    EXPECT_EQ(find_merge_base(repository, main_tip, orphan), std::nullopt);
    EXPECT_EQ(find_merge_bases(repository, main_tip, side_tip), (Paths{fork}));
    EXPECT_TRUE(find_merge_bases(repository, main_tip, orphan).empty());
}

TEST(ConflictPredictor, WritesNothingToTheObjectDatabase) {
    test::GitRepo repo;
    repo.write("a/b/c.txt", "1\n");
    repo.write("d.txt", "1\n");
    const auto base = repo.commit_all("base");
    repo.write("a/b/c.txt", "2\n");
    const auto ours = repo.commit_all("ours");
    repo.git("checkout -q -b theirs " + base);
    repo.write("a/b/c.txt", "3\n");
    const auto theirs = repo.commit_all("theirs");
    const auto objects = repo.git("count-objects -v");
    const auto repository = Repository::discover(repo.path());
    ConflictPredictor predictor(repository);
    EXPECT_EQ(predictor.predict(base, ours, theirs, {"a/b/c.txt"}), (Paths{"a/b/c.txt"}));
    EXPECT_EQ(repo.git("count-objects -v"), objects);
}

}  // namespace
}  // namespace tollgate
