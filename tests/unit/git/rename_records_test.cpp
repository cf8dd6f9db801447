// The differential test: on seeded random histories, tollgate's renames
// must be git's. For every range of a generated history the list of
// (status, old path, path) read_change returns is compared, in order, with
// `git diff --name-status`, under -M, diff.renames=copies, a small
// diff.renameLimit and diff.renames=false.
//
// TOLLGATE_RENAME_SEEDS=N runs N seeds instead of the default few;
// TOLLGATE_RENAME_SEED=S runs seed S alone (what a failure prints).

#include "runner/git/change_reader.hpp"
#include "tests/support/git_repo.hpp"
#include "tests/support/rename_history.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

namespace tollgate {
namespace {

constexpr int k_files = 300;
constexpr int k_commits = 12;  // 66 ranges a history
constexpr std::uint64_t k_default_seeds = 3;

struct Row {
    char status = 0;
    std::string old_path;
    std::string path;
    friend bool operator==(const Row&, const Row&) = default;
};
using Rows = std::vector<Row>;

std::string show(const Rows& rows) {
    std::string out;
    for (const auto& r : rows) {
        out += "  ";
        out += r.status;
        out += " " + (r.old_path.empty() ? "" : r.old_path + " -> ") + r.path + "\n";
    }
    return out;
}

std::vector<std::uint64_t> seeds() {
    if (const char* one = std::getenv("TOLLGATE_RENAME_SEED")) return {std::strtoull(one, nullptr, 10)};
    std::uint64_t count = k_default_seeds;
    if (const char* many = std::getenv("TOLLGATE_RENAME_SEEDS")) count = std::strtoull(many, nullptr, 10);
    std::vector<std::uint64_t> out;
    for (std::uint64_t s = 1; s <= count; ++s) out.push_back(s);
    return out;
}

Rows tollgate_rows(const std::filesystem::path& dir, const std::string& base, const std::string& head) {
    const auto repository = Repository::discover(dir);
    ChangeRequest request;
    request.range.base = base;
    request.range.head = head;
    request.want_lines = false;
    request.want_commits = false;
    Rows rows;
    for (const auto& f : read_change(repository, request).files) {
        rows.push_back({status_letter(f.status)[0], f.old_path, f.path});
    }
    return rows;
}

// All the ranges' `git diff --name-status -z <flags>` in one shell.
std::vector<Rows> git_rows(const test::GitRepo& repo, const std::vector<std::pair<std::string, std::string>>& ranges,
                           const std::string& flags) {
    std::string script = "export " + repo.env_prefix() + ";";
    for (const auto& [a, b] : ranges)
        script += " printf '\\001'; git diff --name-status -z " + flags + " " + a + " " + b + " || exit 1;";
    const auto result = test::sh(script, repo.path());
    if (result.exit_code != 0) throw std::runtime_error("git diff failed: " + result.err);
    std::vector<Rows> out;
    std::vector<std::string> fields;
    std::string field;
    auto flush = [&] {
        Rows rows;
        for (std::size_t i = 0; i < fields.size();) {
            Row r;
            r.status = fields[i][0];
            if (r.status == 'R' || r.status == 'C') {
                r.old_path = fields[i + 1];
                r.path = fields[i + 2];
                i += 3;
            } else {
                r.path = fields[i + 1];
                i += 2;
            }
            rows.push_back(r);
        }
        out.push_back(rows);
        fields.clear();
    };
    bool started = false;
    for (char c : result.out) {
        if (c == '\001') {
            if (started) flush();
            started = true;
        } else if (c == '\0') {
            fields.push_back(field);
            field.clear();
        } else {
            field += c;
        }
    }
    if (started) flush();
    return out;
}

struct Setting {
    const char* name;
    const char* config;     // `git config` arguments set in the repository, or ""
    const char* git_flags;  // what `git diff` is asked
};

// Compares every range of one seed's history under `setting`; returns the ranges compared.
int compare_history(std::uint64_t seed, const Setting& setting) {
    const test::RenameHistory history(seed, k_files, k_commits);
    test::GitRepo repo;
    const auto commits = test::import_history(repo, history);
    if (*setting.config != '\0') repo.git(std::string("config ") + setting.config);
    std::vector<std::pair<std::string, std::string>> ranges;
    for (std::size_t i = 0; i < commits.size(); ++i) {
        for (std::size_t j = i + 1; j < commits.size(); ++j) ranges.emplace_back(commits[i], commits[j]);
    }
    const auto expected = git_rows(repo, ranges, setting.git_flags);
    int compared = 0;
    for (std::size_t r = 0; r < ranges.size(); ++r) {
        const Rows actual = tollgate_rows(repo.path(), ranges[r].first, ranges[r].second);
        ++compared;
        if (actual == expected.at(r)) continue;
        const auto stream =
            std::filesystem::temp_directory_path() / ("tollgate-renames-seed-" + std::to_string(seed) + ".fi");
        ADD_FAILURE() << "seed " << seed << ", " << setting.name << ", range " << ranges[r].first << ".."
                      << ranges[r].second << ": tollgate and git pair differently\ngit:\n"
                      << show(expected[r]) << "tollgate:\n"
                      << show(actual) << "rebuild with:\n  " << test::rebuild_commands(history, stream.string())
                      << (*setting.config != '\0' ? std::string(" && git config ") + setting.config : "")
                      << "\n  git diff --name-status " << setting.git_flags << " " << ranges[r].first << " "
                      << ranges[r].second << "\n  tollgate zones --base " << ranges[r].first << " --head "
                      << ranges[r].second << " --format json\nor rerun: TOLLGATE_RENAME_SEED=" << seed
                      << " tollgate_tests --gtest_filter='FindRenames.*'";
        return compared;  // one case is enough to debug
    }
    return compared;
}

int compare_all(const Setting& setting) {
    int compared = 0;
    for (const auto seed : seeds()) compared += compare_history(seed, setting);
    std::cout << "[ ranges  ] " << compared << " ranges of " << setting.name << " matched git or failed above\n";
    return compared;
}

TEST(FindRenames, PairsEveryGeneratedRangeAsGitDiffDashMDoes) {
    EXPECT_GT(compare_all({"git diff -M", "", "-M"}), 0);
}

TEST(FindRenames, PairsCopiesAsGitDiffDashCDoesWhenDiffRenamesIsCopies) {
    // Not `-C` on top: with copies configured it means -C -C (unmodified sources too).
    EXPECT_GT(compare_all({"diff.renames=copies", "diff.renames copies", ""}), 0);
}

TEST(FindRenames, SkipsInexactPairingPastDiffRenameLimitAsGitDoes) {
    // 3² = 9 pairs: small ranges still pair inexactly, larger ones only exactly.
    EXPECT_GT(compare_all({"diff.renameLimit=3", "diff.renameLimit 3", "-M"}), 0);
}

TEST(FindRenames, FindsNoRenamesAtAllWhenDiffRenamesIsFalse) {
    EXPECT_GT(compare_all({"diff.renames=false", "diff.renames false", ""}), 0);
}

Rows rows_of(const ChangeSet& change) {
    Rows rows;
    for (const auto& f : change.files) rows.push_back({status_letter(f.status)[0], f.old_path, f.path});
    return rows;
}

TEST(FindRenames, PairsStagedChangesAsGitDiffCachedDoes) {
    // HEAD at one commit of a history, the index at a later one: tollgate
    // --staged against `git diff --cached`, for every third range.
    int compared = 0;
    for (const auto seed : seeds()) {
        const test::RenameHistory history(seed, k_files, k_commits);
        test::GitRepo repo;
        const auto commits = test::import_history(repo, history);
        for (std::size_t i = 0; i < commits.size(); ++i) {
            for (std::size_t j = i + 1; j < commits.size(); j += 3) {
                repo.git("update-ref --no-deref HEAD " + commits[i]);
                repo.git("read-tree " + commits[j]);
                const auto expected = git_rows(repo, {{"--cached", commits[i]}}, "-M").at(0);
                ChangeRequest request;
                request.mode = ChangeMode::staged;
                request.want_lines = false;
                request.want_commits = false;
                const Rows actual = rows_of(read_change(Repository::discover(repo.path()), request));
                ++compared;
                ASSERT_EQ(actual, expected)
                    << "seed " << seed << ", HEAD " << commits[i] << ", index " << commits[j] << "\ngit:\n"
                    << show(expected) << "tollgate:\n"
                    << show(actual);
            }
        }
    }
    std::cout << "[ ranges  ] " << compared << " staged ranges matched git\n";
}

TEST(FindRenames, PairsWorkTreeChangesAsGitDiffHeadDoesAndCountsTheirLines) {
    auto lines = [](const std::string& tag, int from, int to) {
        std::string out;
        for (int i = from; i < to; ++i) out += tag + " line " + std::to_string(i) + " of the text\n";
        return out;
    };
    test::GitRepo repo;
    repo.write("a/moved.txt", lines("a", 0, 20));
    repo.write("a/gone.txt", lines("g", 0, 20));
    repo.write("a/crlf.txt", lines("c", 0, 20));
    repo.commit_all("base");
    // An edited rename whose edit is not staged; a new file (added with
    // intent) close to a deleted one; a CRLF conversion moved.
    repo.write("b/moved.txt", lines("a", 0, 20));
    repo.git("add b/moved.txt");
    repo.git("rm -q a/moved.txt");
    repo.write("b/moved.txt", lines("a", 0, 16) + lines("new", 0, 4));
    repo.git("rm -q a/gone.txt");
    repo.write("b/fresh.txt", lines("g", 0, 12) + lines("other", 0, 8));
    repo.git("add -N b/fresh.txt");
    repo.git("rm -q a/crlf.txt");
    std::string crlf;
    for (char c : lines("c", 0, 20)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    repo.write("c/crlf.txt", crlf);
    repo.git("add c/crlf.txt");
    const auto expected = git_rows(repo, {{"HEAD", ""}}, "-M").at(0);
    ChangeRequest request;
    request.mode = ChangeMode::worktree;
    request.want_commits = false;
    const ChangeSet change = read_change(Repository::discover(repo.path()), request);
    ASSERT_EQ(rows_of(change), expected) << "git:\n" << show(expected) << "tollgate:\n" << show(rows_of(change));
    // Lines of each pair: what `git diff HEAD --numstat -M` counts.
    std::istringstream numstat(repo.git("diff HEAD --numstat -M"));
    std::map<std::string, std::pair<int, int>> git_lines;
    for (std::string added, removed, path; numstat >> added >> removed && std::getline(numstat >> std::ws, path);) {
        git_lines[path] = {std::stoi(added), std::stoi(removed)};
    }
    const auto renames = std::count_if(change.files.begin(), change.files.end(),
                                       [](const ChangedFile& f) { return f.status == ChangeStatus::renamed; });
    EXPECT_EQ(renames, 3);  // the edited move, the new file close to the deleted one, the CRLF move
    for (const auto& f : change.files) {
        if (f.status != ChangeStatus::renamed) continue;
        const auto it = std::find_if(git_lines.begin(), git_lines.end(), [&](const auto& entry) {
            return entry.first.find(f.path.substr(2)) != std::string::npos;
        });
        ASSERT_NE(it, git_lines.end()) << f.path;
        EXPECT_EQ(std::make_pair(f.lines_added, f.lines_removed), it->second) << f.path;
    }
}

}  // namespace
}  // namespace tollgate
