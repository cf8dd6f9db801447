// `tollgate coverage` end to end: real Python coverage compared with
// diff-cover, thresholds and exit codes, and bad input.
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

namespace tollgate {
namespace {

using test::GitRepo;
using Json = nlohmann::json;

// Runs tollgate inside the repository with the repository's isolated git environment.
test::CommandResult tollgate_in(const GitRepo& repo, const std::string& args) {
    return test::sh(repo.env_prefix() + " NO_COLOR=1 " + test::shell_quote(TOLLGATE_BINARY) + " " + args, repo.path());
}

void must(const test::CommandResult& r, const std::string& what) {
    ASSERT_EQ(r.exit_code, 0) << what << "\n" << r.out << r.err;
}

constexpr const char* k_calc_main = R"(def classify(x):
    if x > 10 and x < 100:
        return "mid"
    elif x < 0:
        return "neg"
    return "low"


def double(y):
    return y * 2
)";

constexpr const char* k_calc_feature = R"(def classify(x):
    if x > 10 and x < 100:
        return "mid"
    elif x > 1000:
        return "huge"
    elif x < 0:
        return "neg"
    return "small"


def double(y):
    return y * 2


def triple(y):
    # negative input is a caller bug
    if y < 0:
        raise ValueError("negative")
    return y * 3
)";

constexpr const char* k_util_main = R"(def greet(name):
    return "hi " + name


def shout(name):
    return greet(name).upper()
)";

constexpr const char* k_util_feature = R"(def greet(name):
    return "hi " + name


def shout(name):
    loud = greet(name).upper()
    return loud + "!"
)";

constexpr const char* k_newmod = R"(def used():
    return 1


def unused():
    value = 2
    return value
)";

constexpr const char* k_tests_main = R"(from calc import classify
from util_old import greet


def test_classify():
    assert classify(50) == "mid"
    assert classify(5) == "low"


def test_greet():
    assert greet("a") == "hi a"
)";

constexpr const char* k_tests_feature = R"(from calc import classify, triple
from util import greet
from newmod import used


def test_classify():
    assert classify(50) == "mid"
    assert classify(5) == "small"


def test_more():
    assert greet("a") == "hi a"
    assert triple(2) == 6
    assert used() == 1
)";

// Runs the repository's tests under coverage.py and writes coverage.xml.
void measure_python(const GitRepo& repo) {
    must(test::sh(repo.env_prefix() +
                      " /usr/bin/python3 -m coverage run --branch --source=. -m pytest -q -p no:cacheprovider"
                      " && /usr/bin/python3 -m coverage xml -o coverage.xml",
                  repo.path()),
         "coverage.py");
}

// A repository whose feature branch changes, adds, renames and deletes Python files.
struct PythonChange {
    GitRepo repo;
    PythonChange() {
        repo.write("calc.py", k_calc_main);
        repo.write("util_old.py", k_util_main);
        repo.write("gone.py", "X = 1\n");
        repo.write("test_calc.py", k_tests_main);
        repo.write("README.md", "# demo\n");
        repo.write(".gitignore", ".coverage\ncoverage.xml\nout.json\n__pycache__/\n");
        repo.commit_all("base");
        repo.git("checkout -q -b feature");
        repo.git("mv util_old.py util.py");
        repo.write("util.py", k_util_feature);
        repo.write("calc.py", k_calc_feature);
        repo.write("newmod.py", k_newmod);
        repo.write("test_calc.py", k_tests_feature);
        repo.write("README.md", "# demo\n\nMore words.\n");
        repo.git("rm -q gone.py");
        repo.commit_all("feature work");
    }
    void measure() const { measure_python(repo); }
};

// diff-cover's report on `repo` (coverage.xml against main), and tollgate's
// patch figures must be the same, per file and in total.
void expect_patch_coverage_of_diff_cover(const GitRepo& repo) {
    must(test::sh(repo.env_prefix() + " diff-cover coverage.xml --compare-branch=main --json-report out.json",
                  repo.path()),
         "diff-cover");
    const Json diff_cover = Json::parse(test::read_file(repo.path() / "out.json"));
    const auto r = tollgate_in(repo, "coverage coverage.xml --base main --format json");
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    const Json ours = Json::parse(r.out);

    const auto total = diff_cover["total_num_lines"].get<std::uint64_t>();
    const auto violations = diff_cover["total_num_violations"].get<std::uint64_t>();
    EXPECT_GT(total, 0u);
    EXPECT_GT(violations, 0u);
    EXPECT_EQ(ours["patch"]["lines"]["total"], total);
    EXPECT_EQ(ours["patch"]["lines"]["covered"], total - violations);

    // Per file, the uncovered changed lines are diff-cover's violation lines.
    std::set<std::string> their_files;
    for (const auto& [path, stats] : diff_cover["src_stats"].items()) {
        // diff-cover 7.4 writes no "covered_lines" (reading it from the const
        // document was undefined behaviour: garbage in the plain build, an
        // empty value under ASan); "percent_covered" is a number exactly
        // when the file has changed coverable lines.
        const auto covered = stats.find("covered_lines");
        const bool has_lines = !stats.at("violation_lines").empty() ||
                               (covered != stats.end() ? !covered->empty() : stats.at("percent_covered").is_number());
        if (has_lines) their_files.insert(path);
    }
    std::set<std::string> our_files;
    for (const auto& file : ours["patch"]["files"]) {
        const std::string path = file["path"];
        our_files.insert(path);
        std::vector<int> uncovered;
        for (const auto& range : file["uncovered"]) {
            for (int line = range[0].get<int>(); line <= range[1].get<int>(); ++line) uncovered.push_back(line);
        }
        std::vector<int> theirs = diff_cover.at("src_stats").at(path).at("violation_lines").get<std::vector<int>>();
        std::sort(theirs.begin(), theirs.end());
        EXPECT_EQ(uncovered, theirs) << path;
    }
    EXPECT_EQ(our_files, their_files);
}

TEST(CoverageVerb, PatchCoverageEqualsDiffCoverOnARealPythonChange) {
    PythonChange change;
    change.measure();
    expect_patch_coverage_of_diff_cover(change.repo);
}

// Python functions NAME<from>..NAME<to-1>, five lines each, computing with i + offset.
std::string python_functions(const std::string& name, int from, int to, int offset = 0) {
    std::string out;
    for (int i = from; i < to; ++i) {
        const std::string n = std::to_string(i + offset);
        out += "def " + name + std::to_string(i) + "(x):\n    y = x * " + n + "\n    return y + " + n + "\n\n\n";
    }
    return out;
}

TEST(CoverageVerb, PatchCoverageEqualsDiffCoverOverAnEditedRenameAndAFileGitSeesAsNew) {
    // helpers.py moves and keeps 8 of its 10 functions (80 %: git pairs it,
    // so only the two new functions are changed lines). newer.py keeps 4 of
    // legacy.py's 10 functions (40 %: under git's 50 %, so git sees a new
    // file, every coverable line of it changed, and legacy.py deleted).
    GitRepo repo;
    repo.write("helpers.py", python_functions("helper_", 0, 10));
    repo.write("legacy.py", python_functions("legacy_", 0, 10));
    repo.write("test_all.py", "from helpers import helper_1\n\n\ndef test_one():\n    assert helper_1(1) == 2\n");
    repo.write(".gitignore", ".coverage\ncoverage.xml\nout.json\n__pycache__/\n");
    repo.commit_all("base");
    repo.git("checkout -q -b feature");
    repo.git("rm -q helpers.py legacy.py");
    repo.write("pkg/helpers_moved.py", python_functions("helper_", 0, 8) + python_functions("extra_", 0, 2));
    repo.write("newer.py", python_functions("legacy_", 0, 4) + python_functions("fresh_", 0, 6, 500));
    repo.write("test_all.py",
               "from pkg.helpers_moved import helper_1, extra_1\nfrom newer import legacy_2, fresh_3\n\n\n"
               "def test_all():\n    assert helper_1(1) == 2\n    assert extra_1(1) == 2\n"
               "    assert legacy_2(1) == 4\n    assert fresh_3(1) == 1006\n");
    repo.commit_all("feature");
    ASSERT_EQ(repo.git("diff --name-status main feature"),
              "D\tlegacy.py\nA\tnewer.py\nR080\thelpers.py\tpkg/helpers_moved.py\nM\ttest_all.py\n");
    measure_python(repo);
    expect_patch_coverage_of_diff_cover(repo);
}

TEST(CoverageVerb, TotalsEqualTheFiguresCoveragePyWrote) {
    PythonChange change;
    change.measure();
    const auto xml = test::read_file(change.repo.path() / "coverage.xml");
    const auto attr = [&](const std::string& name) {
        const auto at = xml.find(" " + name + "=\"") + name.size() + 3;
        return std::stoull(xml.substr(at, xml.find('"', at) - at));
    };
    const auto r = tollgate_in(change.repo, "coverage coverage.xml --format json");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Json ours = Json::parse(r.out);
    EXPECT_EQ(ours["totals"]["lines"]["covered"], attr("lines-covered"));
    EXPECT_EQ(ours["totals"]["lines"]["total"], attr("lines-valid"));
    EXPECT_EQ(ours["totals"]["branches"]["covered"], attr("branches-covered"));
    EXPECT_EQ(ours["totals"]["branches"]["total"], attr("branches-valid"));
    EXPECT_TRUE(ours["unmatched"].empty());
}

// An lcov report over src/a.c with `covered` of `total` lines run.
std::string lcov_report(const std::string& path, int covered, int total) {
    std::string text = "TN:\nSF:" + path + "\n";
    for (int line = 1; line <= total; ++line)
        text += "DA:" + std::to_string(line) + "," + (line <= covered ? "1" : "0") + "\n";
    return text + "end_of_record\n";
}

// Commits src/a.c with 10000 lines on main.
void add_source(const GitRepo& repo) {
    std::string source;
    for (int i = 1; i <= 10000; ++i) source += "x" + std::to_string(i) + "();\n";
    repo.write("src/a.c", source);
    repo.commit_all("source");
}

TEST(CoverageVerb, FailsAMinimumMissedByAHairAndNeverPrintsItRoundedUp) {
    GitRepo repo;
    add_source(repo);
    repo.write("cov.info", lcov_report("/ci/build/src/a.c", 7999, 10000));
    const auto r = tollgate_in(repo, "coverage cov.info --min 80");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(r.out,
              "cov.info (lcov): 1 file\n"
              "lines      79.99 %   7999 of 10000\n"
              "branches   n/a       (no branch data)\n"
              "functions  n/a       (no function data)\n"
              "FAIL min 80 %: lines 79.99 % (7999 of 10000)\n"
              "coverage: FAIL (1 of 1 thresholds failed)\n");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(tollgate_in(repo, "coverage cov.info --min 79.99").exit_code, 0);
}

TEST(CoverageVerb, WritesVersionedJson) {
    GitRepo repo;
    add_source(repo);
    repo.write("cov.info", lcov_report("src/a.c", 8000, 10000));
    const auto r = tollgate_in(repo, "coverage cov.info --min 80 --branch-min 50 --format json");
    EXPECT_EQ(r.exit_code, 1);
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["verdict"], "fail");
    EXPECT_EQ(j["totals"]["lines"], Json::parse(R"({"covered":8000,"total":10000,"percent":80.0})"));
    EXPECT_EQ(j["totals"]["branches"]["percent"], nullptr);
    EXPECT_EQ(j["thresholds"][0]["status"], "pass");
    EXPECT_EQ(j["thresholds"][1]["name"], "branch-min");
    EXPECT_EQ(j["thresholds"][1]["status"], "fail");
    EXPECT_EQ(j["thresholds"][1]["note"], "no branch data in the report");
}

TEST(CoverageVerb, PassesPatchMinWhenTheChangeAddsNoCoverableLine) {
    GitRepo repo;
    add_source(repo);
    repo.git("checkout -q -b docs");
    repo.write("README.md", "words\n");
    repo.commit_all("docs only");
    repo.write("cov.info", lcov_report("src/a.c", 10, 10000));
    const auto r = tollgate_in(repo, "coverage cov.info --base main --patch-min 90");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("patch      100.00 %  no coverable lines changed (main "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("PASS patch-min 90 %: no coverable lines changed (100 %)\n"), std::string::npos) << r.out;
}

TEST(CoverageVerb, ListsTheUncoveredChangedLinesPerFile) {
    GitRepo repo;
    add_source(repo);
    repo.git("checkout -q -b work");
    std::string source = test::read_file(repo.path() / "src/a.c");
    source.replace(0, source.find('\n'), "changed1();");            // line 1
    repo.write("src/a.c", source + "new1();\nnew2();\nnew3();\n");  // lines 10001-10003
    repo.commit_all("work");
    std::string report = "SF:src/a.c\nDA:1,1\n";
    for (int line = 10001; line <= 10003; ++line) report += "DA:" + std::to_string(line) + ",0\n";
    repo.write("cov.info", report + "end_of_record\n");
    const auto r = tollgate_in(repo, "coverage cov.info --base main --patch-min 50");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.out.find("patch      25.00 %   1 of 4 changed coverable lines (main "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\n  src/a.c: 10001-10003\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("FAIL patch-min 50 %: changed lines 25.00 % (1 of 4)\n"), std::string::npos) << r.out;
}

TEST(CoverageVerb, NoDropComparesWithABaselineFromAnEarlierRun) {
    GitRepo repo;
    add_source(repo);
    repo.write("old.info", lcov_report("src/a.c", 8000, 10000));
    const auto before = tollgate_in(repo, "coverage old.info --format json");
    ASSERT_EQ(before.exit_code, 0);
    repo.write("baseline.json", before.out);
    repo.write("new.info", lcov_report("src/a.c", 7999, 10000));
    const auto r = tollgate_in(repo, "coverage new.info --baseline baseline.json");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("FAIL no-drop: lines 79.99 % (7999 of 10000) < baseline 80.00 % (8000 of 10000)\n"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(tollgate_in(repo, "coverage old.info --baseline baseline.json").exit_code, 0);
}

TEST(CoverageVerb, MapsPathsWithPathMapAndWarnsAboutUnmatchedFiles) {
    GitRepo repo;
    add_source(repo);
    repo.write("cov.info", lcov_report("/build/a.c", 1, 2) + lcov_report("/usr/include/stdio.h", 0, 3));
    const auto r = tollgate_in(repo, "coverage cov.info --path-map /build=src --format json");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["totals"]["lines"]["total"], 5);
    ASSERT_EQ(j["unmatched"].size(), 1u);
    EXPECT_EQ(j["unmatched"][0]["path"], "/usr/include/stdio.h");
    EXPECT_EQ(
        r.err,
        "tollgate: warning: 1 report file matches no tracked file (counted in the totals, not in patch coverage):\n"
        "tollgate:   /usr/include/stdio.h in cov.info: no tracked file ends with 'stdio.h'\n");
}

TEST(CoverageVerb, RejectsAReportOfAnotherRepositoryWithExitThree) {
    GitRepo repo;
    add_source(repo);
    repo.write("cov.info", lcov_report("/other/project/lib/z.c", 1, 2));
    const auto r = tollgate_in(repo, "coverage cov.info");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(r.err,
              "tollgate: error: cov.info: no file in the coverage report is a tracked file of this repository "
              "(it names /other/project/lib/z.c)\n"
              "tollgate: hint: is it a report of another repository? map its paths with --path-map FROM=TO\n");
}

TEST(CoverageVerb, GivesDefinedExitCodesForBadInput) {
    GitRepo repo;
    add_source(repo);
    repo.write("cov.info", lcov_report("src/a.c", 1, 2));
    repo.write("cut.xml", "<?xml version=\"1.0\"?>\n<coverage>\n  <packages>\n    <package name=\"x\"");
    repo.write("cut.info", "SF:src/a.c\nDA:1,1\n");

    auto r = tollgate_in(repo, "coverage missing.info");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(r.err,
              "tollgate: error: coverage report 'missing.info' does not exist\n"
              "tollgate: hint: did the command that writes it run and succeed?\n");

    r = tollgate_in(repo, "coverage cut.xml");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(r.err, "tollgate: error: cut.xml:4:5: truncated XML: tag <package> is cut off\n");

    r = tollgate_in(repo, "coverage cut.info");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(r.err, "tollgate: error: cut.info:1: record for 'src/a.c' has no end_of_record (truncated tracefile?)\n");

    r = tollgate_in(repo, "coverage cov.info --format-in clover");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--format-in: unknown coverage format 'clover'"), std::string::npos);

    r = tollgate_in(repo, "coverage cov.info --min 120");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--min: '120' is not a percentage between 0 and 100"), std::string::npos);

    r = tollgate_in(repo, "coverage cov.info --patch-min 80");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--patch-min needs the change to measure"), std::string::npos);

    r = tollgate_in(repo, "coverage");
    EXPECT_EQ(r.exit_code, 2);

    r = tollgate_in(repo, "coverage cov.info --base no-such-branch");
    EXPECT_EQ(r.exit_code, 3) << r.err;
}

TEST(CoverageVerb, StreamsAOneGigabyteReportInBoundedMemory) {
    // A tracefile with a 1 GiB hole (sparse: no disk, no time to write) in
    // the middle of one line; what tollgate adds to its peak RSS for it must
    // stay far below the file's size. The bound is on the growth over a
    // baseline: the same binary, verb and flags on the same report without
    // the hole. That baseline holds everything reading the report does not
    // cost: the binary's pages, libraries, threads and, under
    // AddressSanitizer, the runtime's shadow memory and per-thread caches,
    // which vary with the build and the machine's core count (an absolute
    // peak passed here and failed at 244 MB against 229 MB elsewhere).
    test::TempDir dir;
    const std::string head = "TN:\nSF:src/a.c\nDA:1,1\nDA:2,0\n";
    dir.write("small.info", head + "\nend_of_record\n");
    dir.write("big.info", head);
    must(test::sh("truncate -s 1G big.info && printf '\\nend_of_record\\n' >> big.info", dir.path()), "truncate");
    const auto peak_kb = [&](const std::string& report) {
        const auto r = test::sh("/usr/bin/time -f %M -o rss.txt " + test::shell_quote(TOLLGATE_BINARY) + " coverage " +
                                    report + " --format json",
                                dir.path());
        EXPECT_EQ(r.exit_code, 0) << r.err;
        EXPECT_EQ(Json::parse(r.out)["totals"]["lines"], Json::parse(R"({"covered":1,"total":2,"percent":50.0})"))
            << report;
        return std::stoll(test::read_file(dir.path() / "rss.txt"));
    };
    const long long baseline_kb = peak_kb("small.info");
    const long long big_kb = peak_kb("big.info");
    long long limit_kb = 64LL * 1024;
#ifdef TOLLGATE_SANITIZED
    // The report is mapped, not copied (coverage/mapped_file), and
    // AddressSanitizer checks every read of the mapping against its shadow:
    // one shadow byte per 8 bytes read, 128 MB for the 1 GiB file, whatever
    // the quarantine size (measured: 134 MB of growth with quarantine_size_mb
    // 0, 1 and 256; the plain build grows 3.6 MB). That is the runtime's
    // memory; tollgate's own bound stays 64 MB on top of it.
    limit_kb += (1LL << 30) / 8 / 1024;
#endif
    EXPECT_LT(big_kb - baseline_kb, limit_kb)
        << "peak RSS " << big_kb << " KB for a 1 GiB report against " << baseline_kb << " KB for a small one";
}

TEST(CoverageVerb, WorksOutsideARepositoryAndRefusesABaseThere) {
    test::TempDir dir;
    dir.write("cov.info", lcov_report(dir.path().string() + "/src/a.c", 1, 2));
    auto r = test::run_tollgate({"coverage", "cov.info", "--min", "50"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    r = test::run_tollgate({"coverage", "cov.info", "--base", "main"}, dir.path());
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("--base/--head need a git repository"), std::string::npos);
}

}  // namespace
}  // namespace tollgate
