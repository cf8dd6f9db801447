#include "runner/git/change_reader.hpp"

#include "runner/core/text.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace tollgate {
namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

ChangeSet read_range(const test::GitRepo& repo, const std::string& base, const std::string& head = "",
                     bool want_lines = true) {
    const auto repository = Repository::discover(repo.path());
    ChangeRequest request;
    request.range.base = base;
    request.range.head = head;
    request.want_lines = want_lines;
    return read_change(repository, request);
}

const ChangedFile* find(const ChangeSet& change, const std::string& path) {
    const auto it =
        std::find_if(change.files.begin(), change.files.end(), [&](const ChangedFile& f) { return f.path == path; });
    return it == change.files.end() ? nullptr : &*it;
}

std::string ten_lines(const std::string& tag) {
    std::string out;
    for (int i = 1; i <= 10; ++i) out += tag + " line " + std::to_string(i) + "\n";
    return out;
}

TEST(ReadChange, AWideNestedChangeListsExactlyWhatGitListsInGitsOrder) {
    // Deep enough that the walk shares subtrees two levels down between
    // threads: files at every depth, whole subtrees added and deleted, a file
    // replaced by a directory, and files next to subtrees of similar names.
    test::GitRepo repo;
    for (int m = 0; m < 6; ++m) {
        const std::string mod = "mod" + std::to_string(m);
        repo.write(mod + ".txt", "top " + mod + "\n");
        for (int s = 0; s < 5; ++s) {
            const std::string sub = mod + "/sub" + std::to_string(s);
            repo.write(sub + "-x.c", "beside " + sub + "\n");
            for (int f = 0; f < 4; ++f)
                repo.write(sub + "/f" + std::to_string(f) + ".c", sub + " " + std::to_string(f) + "\n");
            repo.write(sub + "/deep/leaf.c", "leaf " + sub + "\n");
        }
    }
    const auto base = repo.commit_all("base");
    repo.git("rm -rq mod1/sub2 mod4");
    repo.write("mod0/sub0/f1.c", "edited\n");
    repo.write("mod2/sub4/deep/leaf.c", "edited leaf\n");
    repo.write("mod3/sub1/new/dir/file.c", "new subtree\n");
    repo.git("rm -q mod5.txt");
    repo.write("mod5.txt/now-a-dir.c", "file became a directory\n");
    repo.write("mod6/sub0/f0.c", "a whole new module\n");
    repo.write("mod0/sub1-x.c", "edited beside\n");
    repo.commit_all("head");

    const auto change = read_range(repo, base, "", false);
    std::string mine;
    for (const auto& f : change.files) {
        const char letter = f.status == ChangeStatus::added ? 'A' : f.status == ChangeStatus::deleted ? 'D' : 'M';
        mine += std::string(1, letter) + "\t" + f.path + "\n";
    }
    EXPECT_EQ(mine, repo.git("diff --name-status --no-renames " + base + " HEAD"));
}

TEST(ReadChange, ReportsEveryStatusWithBothPathsOfARename) {
    test::GitRepo repo;
    repo.write("edit.txt", "a\n");
    repo.write("drop.txt", "d\n");
    repo.write("move.txt", ten_lines("m"));
    const auto base = repo.commit_all("base");
    repo.write("edit.txt", "b\n");
    repo.git("rm -q drop.txt");
    repo.git("mv move.txt moved.txt");
    repo.write("add.txt", "new\n");
    repo.commit_all("head");

    const auto change = read_range(repo, base);
    ASSERT_EQ(change.files.size(), 4u);
    EXPECT_EQ(find(change, "add.txt")->status, ChangeStatus::added);
    EXPECT_EQ(find(change, "edit.txt")->status, ChangeStatus::modified);
    EXPECT_EQ(find(change, "drop.txt")->status, ChangeStatus::deleted);
    const auto* moved = find(change, "moved.txt");
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->status, ChangeStatus::renamed);
    EXPECT_EQ(moved->old_path, "move.txt");
    EXPECT_EQ(change.base_commit, base);
    EXPECT_EQ(change.head_commit, trimmed(repo.git("rev-parse HEAD")));
}

// git's default rename detection (-M, 50 % similarity) is the reference.
TEST(ReadChange, DetectsRenamesLikeGitDiffM) {
    test::GitRepo repo;
    repo.write("similar.txt", ten_lines("s"));
    repo.write("different.txt", ten_lines("d"));
    const auto base = repo.commit_all("base");
    repo.git("mv similar.txt similar2.txt");
    repo.write("similar2.txt", ten_lines("s") + "one more\n");
    repo.git("rm -q different.txt");
    repo.write("unrelated.txt", ten_lines("u"));
    repo.commit_all("head");

    std::string mine;
    for (const auto& f : read_range(repo, base, "", false).files) {
        mine += status_letter(f.status) + "\t" + (f.old_path.empty() ? "" : f.old_path + "\t") + f.path + "\n";
    }
    std::string theirs;
    for (const auto& line : split(trimmed(repo.git("diff --name-status -M " + base + " HEAD")), '\n')) {
        auto fields = split(line, '\t');
        fields[0] = fields[0].substr(0, 1);  // R100 -> R
        theirs += join(fields, "\t") + "\n";
    }
    EXPECT_EQ(mine, theirs);
}

// The tree walk must list what git lists, including the awkward cases.
TEST(ReadChange, ListsTypeChangesAndFileDirectorySwapsLikeGitDiff) {
    test::GitRepo repo;
    repo.write("becomes_dir", "file\n");
    repo.write("was_dir/inner.txt", "inner\n");
    repo.write("link_me", "regular\n");
    repo.write("exec.sh", "echo\n");
    repo.write("a.b", "sorts before a/\n");
    repo.write("a/c", "in a/\n");
    const auto base = repo.commit_all("base");
    repo.git("update-index --add --cacheinfo 160000," + base + ",sub");
    repo.git("commit -q -m sub");
    const auto with_sub = trimmed(repo.git("rev-parse HEAD"));
    repo.git("rm -q becomes_dir was_dir/inner.txt link_me");
    repo.git("rm -q --cached sub");
    repo.write("becomes_dir/now.txt", "dir now\n");
    repo.write("was_dir", "file now\n");
    repo.write("sub", "a file where the submodule was\n");
    test::sh("ln -s exec.sh link_me && chmod +x exec.sh", repo.path());
    repo.write("a/c", "changed\n");
    repo.commit_all("swap everything");

    for (const auto& from : {base, with_sub}) {
        std::string mine;
        for (const auto& f : read_range(repo, from, "", false).files) {
            mine += status_letter(f.status) + "\t" + (f.old_path.empty() ? "" : f.old_path + "\t") + f.path + "\n";
        }
        std::string theirs;
        for (const auto& line : split(trimmed(repo.git("diff --name-status -M " + from + " HEAD")), '\n')) {
            auto fields = split(line, '\t');
            fields[0] = fields[0].substr(0, 1);
            theirs += join(fields, "\t") + "\n";
        }
        EXPECT_EQ(mine, theirs) << "from " << from;
    }
}

TEST(ReadChange, ComputesAddedLineRangesAndCounts) {
    test::GitRepo repo;
    repo.write("f.txt", "1\n2\n3\n4\n5\n6\n");
    const auto base = repo.commit_all("base");
    repo.write("f.txt", "1\nTWO\n3\n4\n5\n6\n7\n8\n");
    repo.commit_all("head");
    const auto change = read_range(repo, base);
    const auto* f = find(change, "f.txt");
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->lines_known);
    EXPECT_EQ(f->lines_added, 3);
    EXPECT_EQ(f->lines_removed, 1);
    EXPECT_EQ(f->added, (std::vector<LineRange>{{2, 2}, {7, 8}}));
}

TEST(ReadChange, LeavesLinesUnknownWhenNotWantedOrFilteredOut) {
    test::GitRepo repo;
    repo.write("a.txt", "1\n");
    repo.write("b.txt", "1\n");
    const auto base = repo.commit_all("base");
    repo.write("a.txt", "1\n2\n");
    repo.write("b.txt", "1\n2\n");
    repo.commit_all("head");
    EXPECT_FALSE(find(read_range(repo, base, "", false), "a.txt")->lines_known);

    const auto repository = Repository::discover(repo.path());
    ChangeRequest request;
    request.range.base = base;
    request.lines_for = [](const ChangedFile& f) { return f.path == "b.txt"; };
    const auto change = read_change(repository, request);
    EXPECT_FALSE(find(change, "a.txt")->lines_known);
    EXPECT_TRUE(find(change, "b.txt")->lines_known);
    EXPECT_EQ(find(change, "b.txt")->lines_added, 1);
}

TEST(ReadChange, MarksBinaryFilesWithoutLineData) {
    test::GitRepo repo;
    repo.write("keep.txt", "k\n");
    const auto base = repo.commit_all("base");
    repo.write("blob.bin", std::string("\0\1\2\3binary", 10));
    repo.commit_all("head");
    const auto change = read_range(repo, base);
    const auto* f = find(change, "blob.bin");
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->binary);
    EXPECT_FALSE(f->lines_known);
}

TEST(ReadChange, ReportsModesOfSymlinksSubmodulesAndTypeChanges) {
    test::GitRepo repo;
    repo.write("target.txt", "t\n");
    repo.write("was_file", "f\n");
    repo.write("script.sh", "echo\n");
    const auto base = repo.commit_all("base");
    repo.git("rm -q was_file");
    test::sh("ln -s target.txt link && ln -s target.txt was_file && chmod +x script.sh", repo.path());
    // A gitlink without cloning anything: what a submodule is in the tree.
    repo.git("update-index --add --cacheinfo 160000," + base + ",vendor/lib");
    repo.git("add link was_file script.sh");
    repo.git("commit -q -m head");

    const auto change = read_range(repo, base);
    EXPECT_EQ(find(change, "link")->new_mode, 0120000u);
    const auto* typechange = find(change, "was_file");
    EXPECT_EQ(typechange->status, ChangeStatus::type_changed);
    EXPECT_EQ(typechange->old_mode, 0100644u);
    EXPECT_EQ(typechange->new_mode, 0120000u);
    EXPECT_EQ(find(change, "script.sh")->new_mode, 0100755u);
    EXPECT_EQ(find(change, "script.sh")->old_mode, 0100644u);
    const auto* submodule = find(change, "vendor/lib");
    ASSERT_NE(submodule, nullptr);
    EXPECT_EQ(submodule->new_mode, 0160000u);
    EXPECT_FALSE(submodule->lines_known);  // another repository's contents are not diffed
}

TEST(ReadChange, KeepsOddAndNonUtf8NamesAsRawBytes) {
    test::GitRepo repo;
    repo.write("keep.txt", "k\n");
    const auto base = repo.commit_all("base");
    test::sh(
        "printf x > 'with space.txt' && printf x > \"$(printf 'new\\nline.txt')\" && "
        "printf x > \"$(printf 'latin1-\\351.txt')\"",
        repo.path());
    repo.commit_all("head");
    const auto change = read_range(repo, base);
    EXPECT_NE(find(change, "with space.txt"), nullptr);
    EXPECT_NE(find(change, "new\nline.txt"), nullptr);
    EXPECT_NE(find(change, std::string("latin1-\xe9.txt")), nullptr);
}

TEST(ReadChange, ListsTheCommitsNewestFirstWithTheirTrailers) {
    test::GitRepo repo;
    repo.write("a", "1\n");
    const auto base = repo.commit_all("base");
    repo.write("a", "2\n");
    repo.commit_all("first\n\nPacket: foundation");
    repo.write("a", "3\n");
    const auto second = repo.commit_all("second\n\nCoordinated-With: finance-ui\nPacket: foundation");
    const auto change = read_range(repo, base);
    ASSERT_EQ(change.commits.size(), 2u);
    EXPECT_EQ(change.commits[0].id, second);
    EXPECT_EQ(change.commits[0].summary, "second");
    EXPECT_EQ(change.commits[0].trailers.count("Coordinated-With"), 1u);
    EXPECT_EQ(change.commits[1].trailers.find("Packet")->second, "foundation");
}

TEST(ReadChange, StagedComparesTheIndexWithHead) {
    test::GitRepo repo;
    repo.write("a.txt", "1\n");
    repo.commit_all("base");
    repo.write("a.txt", "1\n2\n");
    repo.write("b.txt", "unstaged\n");
    repo.git("add a.txt");
    const auto repository = Repository::discover(repo.path());
    ChangeRequest request;
    request.mode = ChangeMode::staged;
    const auto change = read_change(repository, request);
    ASSERT_EQ(change.files.size(), 1u);
    EXPECT_EQ(change.files[0].path, "a.txt");
    EXPECT_EQ(change.files[0].lines_added, 1);
    EXPECT_EQ(change.branch, "main");
}

TEST(ReadChange, StagedOnAnUnbornBranchComparesWithTheEmptyTree) {
    test::GitRepo repo;
    repo.write("first.txt", "hello\n");
    repo.git("add first.txt");
    const auto repository = Repository::discover(repo.path());
    ChangeRequest request;
    request.mode = ChangeMode::staged;
    const auto change = read_change(repository, request);
    ASSERT_EQ(change.files.size(), 1u);
    EXPECT_EQ(change.files[0].status, ChangeStatus::added);
    EXPECT_EQ(change.base_commit, "");
}

TEST(ReadChange, WorktreeSeesTrackedEditsButNotUntrackedFiles) {
    test::GitRepo repo;
    repo.write("tracked.txt", "1\n");
    repo.commit_all("base");
    repo.write("tracked.txt", "1\n2\n");
    repo.write("untracked.txt", "x\n");
    const auto repository = Repository::discover(repo.path());
    ChangeRequest request;
    request.mode = ChangeMode::worktree;
    const auto change = read_change(repository, request);
    ASSERT_EQ(change.files.size(), 1u);
    EXPECT_EQ(change.files[0].path, "tracked.txt");
    EXPECT_EQ(change.head_ref, "(worktree)");
}

// A --filter=blob:none clone lacks the base side's blobs: listing must not
// need them, and rename detection falls back to exact renames, saying so.
TEST(ReadChange, ListsDeltasInAPartialCloneWithoutReadingBlobs) {
    test::GitRepo source;
    source.git("config uploadpack.allowFilter true");
    source.write("edited.txt", ten_lines("e"));
    source.write("moved.txt", ten_lines("m"));
    source.write("moved_edited.txt", ten_lines("x"));
    const auto base = source.commit_all("base");
    source.write("edited.txt", ten_lines("E"));
    source.git("mv moved.txt moved2.txt");
    source.git("mv moved_edited.txt moved_edited2.txt");
    source.write("moved_edited2.txt", ten_lines("x") + "more\n");
    source.commit_all("head");

    test::TempDir dir;
    const auto clone = dir.path() / "partial";
    const auto r = test::sh(source.env_prefix() + " git clone -q --filter=blob:none --no-checkout file://" +
                            test::shell_quote(source.path().string()) + " " + test::shell_quote(clone.string()));
    ASSERT_EQ(r.exit_code, 0) << r.err;

    const auto repository = Repository::discover(clone);
    ChangeRequest request;
    request.range.base = base;
    request.range.head = "origin/main";
    request.want_lines = false;
    const auto change = read_change(repository, request);
    EXPECT_EQ(find(change, "edited.txt")->status, ChangeStatus::modified);
    EXPECT_EQ(find(change, "moved2.txt")->status, ChangeStatus::renamed);
    EXPECT_EQ(find(change, "moved_edited2.txt")->status, ChangeStatus::added);
    EXPECT_EQ(find(change, "moved_edited.txt")->status, ChangeStatus::deleted);
    ASSERT_FALSE(change.notes.empty());
    EXPECT_NE(change.notes[0].find("exact renames"), std::string::npos);
}

}  // namespace
}  // namespace tollgate
