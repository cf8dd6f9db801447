// End-to-end: `tollgate report` and `run --record` over real repositories
// with scripted history and fixed dates (several time zones).
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace tollgate {
namespace {

using test::GitRepo;
using test::run_tollgate;
using ::testing::AnyOf;
using ::testing::HasSubstr;
using ::testing::Not;
using Json = nlohmann::json;

constexpr const char* k_inventory = R"(version: 1
project: Report demo
base: main
start: 2025-01-20
streams:
  backend: {title: Backend}
  frontend: {title: Frontend}
packets:
  - id: foundation
    title: Foundation
    effort: 2d
    stream: backend
    branches: ["packet/foundation"]
    gates: [unit]
  - id: services
    effort: 1d
    stream: backend
    after: [foundation]
    branches: ["packet/services"]
  - id: ui
    effort: 2d
    stream: frontend
    after: [cp-1]
    branches: ["packet/ui", "packet/ui/*"]
  - id: reports
    effort: 1d
    stream: frontend
    branches: ["packet/reports"]
zones:
  - name: Models
    paths: ["app/Models/"]
    owner: foundation
    rule: exclusive
checkpoints:
  - id: cp-1
    title: Schema validated
    after: [foundation]
    due: 2
    gates: [unit]
gates:
  - id: unit
    run: "true"
)";

std::string lines(int from, int to) {
    std::string s;
    for (int i = from; i <= to; ++i) s += "line " + std::to_string(i) + "\n";
    return s;
}

std::string record_json(long long time, const std::string& gates, const std::string& coverage) {
    return R"({"version":1,"tool":"tollgate","kind":"run","time_unix":)" + std::to_string(time) +
           R"(,"verdict":"pass","packet":"","gates":)" + gates + R"(,"coverage":)" + coverage + "}";
}

// foundation merged with `git merge` (dates in +0200 and -0500), reports
// squash-merged with a Packet trailer, services merged with GitHub's message
// (rewriting 2 of foundation's 10 lines, in foundation's exclusive zone), ui
// in flight on its branch, and a merge of an unknown branch. Results are
// recorded as notes with fixed times.
struct Scripted {
    GitRepo repo;
    std::string foundation_merge;
    std::string services_merge;
    std::string unknown_merge;

    Scripted() {
        repo.write("tollgate.yml", k_inventory);
        repo.write("README.md", "demo\n");
        repo.commit_all_at("2025-01-20T09:00:00+0000", "init");

        repo.git("checkout -q -b packet/foundation");
        repo.write("app/Models/Invoice.php", lines(1, 10));
        repo.commit_all_at("2025-01-20T10:00:00+0200", "foundation: models");
        repo.git("checkout -q main");
        repo.git_at("2025-01-21T12:00:00-0500", "merge -q --no-ff --no-edit packet/foundation");
        foundation_merge = head();

        repo.write("reports/summary.txt", lines(1, 4));
        repo.commit_all_at("2025-01-22T09:00:00+0000", "Reports (#2)\n\nPacket: reports");

        repo.git("checkout -q -b packet/services");
        std::string models = lines(1, 10);
        models.replace(models.find("line 3\nline 4\n"), 14, "LINE 3\nLINE 4\n");
        repo.write("app/Models/Invoice.php", models);
        repo.write("app/Services/Billing.php", lines(1, 5));
        repo.commit_all_at("2025-01-22T10:00:00+0000", "services");
        repo.git("checkout -q main");
        repo.git_at("2025-01-23T09:00:00+0000",
                    "merge -q --no-ff -m 'Merge pull request #3 from acme/packet/services' packet/services");
        services_merge = head();

        repo.git("checkout -q -b packet/ui");
        repo.write("ui/app.js", lines(1, 3));
        repo.commit_all_at("2025-01-24T09:00:00+0000", "ui");
        repo.git("checkout -q main");

        repo.git("checkout -q -b feature/x");
        repo.write("misc.txt", "x\n");
        repo.commit_all_at("2025-01-24T10:00:00+0000", "x");
        repo.git("checkout -q main");
        repo.git_at("2025-01-24T12:00:00+0000", "merge -q --no-ff --no-edit feature/x");
        unknown_merge = head();

        note(foundation_merge,
             record_json(1737482400, R"([{"id":"unit","status":"passed","duration_s":1.0}])", R"({"line":71.5})"));
        note(services_merge,
             record_json(1737626400, R"([{"id":"unit","status":"passed","duration_s":1.0}])", R"({"line":74.25})"));
    }

    std::string head() const {
        std::string id = repo.git("rev-parse HEAD");
        id.pop_back();
        return id;
    }
    void note(const std::string& commit, const std::string& line) const {
        repo.git("notes --ref=tollgate append -m " + test::shell_quote(line) + " " + commit);
    }
    test::CommandResult report(std::vector<std::string> extra) const {
        std::vector<std::string> args = {"report", "--today", "2025-01-25"};
        args.insert(args.end(), extra.begin(), extra.end());
        return run_tollgate(args, repo.path());
    }
};

const Json& packet(const Json& j, const std::string& id) {
    for (const auto& p : j["packets"]) {
        if (p["id"] == id) return p;
    }
    throw std::runtime_error("no packet " + id);
}

TEST(ReportE2E, JsonStatusDatesAndMetricsMatchTheScriptedHistoryExactly) {
    const Scripted s;
    const auto r = s.report({"--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["base"]["ref"], "main");
    EXPECT_EQ(j["today"], "2025-01-25");
    EXPECT_EQ(j["start"], "2025-01-20");

    const Json f = packet(j, "foundation");
    EXPECT_EQ(f["status"], "done");
    EXPECT_EQ(f["started"], "2025-01-20T08:00:00Z");    // 10:00 at +0200
    EXPECT_EQ(f["completed"], "2025-01-21T17:00:00Z");  // 12:00 at -0500
    EXPECT_EQ(f["commits_landed"], 2);
    EXPECT_EQ(f["lines_added"], 10);
    EXPECT_EQ(f["lines_rewritten"], 2);

    const Json rep = packet(j, "reports");
    EXPECT_EQ(rep["status"], "done");
    EXPECT_EQ(rep["started"], "2025-01-22T09:00:00Z");
    EXPECT_EQ(rep["completed"], "2025-01-22T09:00:00Z");
    EXPECT_EQ(rep["lines_added"], 4);

    const Json svc = packet(j, "services");
    EXPECT_EQ(svc["status"], "done");
    EXPECT_EQ(svc["started"], "2025-01-22T10:00:00Z");
    EXPECT_EQ(svc["completed"], "2025-01-23T09:00:00Z");
    EXPECT_EQ(svc["lines_added"], 7);

    const Json ui = packet(j, "ui");
    EXPECT_EQ(ui["status"], "in_progress");
    EXPECT_EQ(ui["started"], "2025-01-24T09:00:00Z");
    EXPECT_EQ(ui["completed"], nullptr);
    EXPECT_EQ(ui["unmerged_branches"], Json::array({"packet/ui"}));
    EXPECT_EQ(ui["waiting_on"], Json::array());

    ASSERT_EQ(j["checkpoints"].size(), 1u);
    EXPECT_EQ(j["checkpoints"][0]["status"], "passed");
    EXPECT_EQ(j["checkpoints"][0]["due"], "2025-01-21");
    EXPECT_EQ(j["checkpoints"][0]["decided_at"], "2025-01-21T18:00:00Z");
    EXPECT_EQ(j["checkpoints"][0]["decided_on"], s.foundation_merge);

    const Json& m = j["metrics"];
    EXPECT_EQ(m["counts"]["completed"], 3);
    EXPECT_EQ(m["counts"]["active"], 1);
    EXPECT_EQ(m["counts"]["blocked"], 0);
    EXPECT_EQ(m["overall_percent"], 66.6667);  // 32 of 48 effort hours
    EXPECT_EQ(m["elapsed_days"], 6.0);
    EXPECT_EQ(m["remaining_hours"], 16.0);
    EXPECT_EQ(m["eta"], "2025-01-27");
    EXPECT_EQ(m["lanes"], 2);
    // foundation 33h + reports 0h + services 23h + ui 39h = 95h of packet work.
    EXPECT_EQ(m["work_packet_days"], std::round(95.0 / 24 * 10000) / 10000);
    EXPECT_EQ(m["parallel_utilisation"], std::round(95.0 / 24 / 12 * 10000) / 10000);
    EXPECT_GT(m["parallel_efficiency"].get<double>(), 0.0);
    EXPECT_LE(m["parallel_efficiency"].get<double>(), m["parallel_utilisation"].get<double>());
    EXPECT_EQ(m["blocking_time"], 0.0);
    EXPECT_EQ(m["lines_added"], 21);
    EXPECT_EQ(m["lines_rewritten"], 2);
    EXPECT_EQ(m["rework_rate"], std::round(2.0 / 21 * 10000) / 10000);
    ASSERT_EQ(m["coverage_trend"].size(), 2u);
    EXPECT_EQ(m["coverage_trend"][0]["line"], 71.5);
    EXPECT_EQ(m["coverage_trend"][1]["line"], 74.25);
    EXPECT_EQ(m["gate_pass_rate"], 1.0);
    EXPECT_EQ(m["overdue_checkpoints"], 0);

    ASSERT_EQ(j["notes"].size(), 1u);
    EXPECT_EQ(j["notes"][0], "merge " + s.unknown_merge.substr(0, 10) +
                                 " names branch 'feature/x', which matches no packet's branches");
}

TEST(ReportE2E, TextIsTheDashboardWithinEightyColumns) {
    const Scripted s;
    const auto r = s.report({});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Overall Progress: "));
    EXPECT_THAT(r.out, HasSubstr(" 67%"));
    EXPECT_THAT(r.out, HasSubstr("Active: 1 | Completed: 3 | Blocked: 0 | Failed: 0"));
    EXPECT_THAT(r.out, HasSubstr("ETA: 2025-01-27"));
    std::size_t start = 0;
    while (start < r.out.size()) {
        const std::size_t end = r.out.find('\n', start);
        const std::string line = r.out.substr(start, end - start);
        std::size_t cols = 0;
        for (const char c : line) cols += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        EXPECT_LE(cols, 80u) << line;
        start = end == std::string::npos ? r.out.size() : end + 1;
    }
}

TEST(ReportE2E, MarkdownAndHtmlGoToTheOutFile) {
    const Scripted s;
    const auto md = s.report({"--format", "md"});
    ASSERT_EQ(md.exit_code, 0) << md.err;
    EXPECT_THAT(md.out,
                HasSubstr("- [x] **foundation**: Foundation — done · Started: 2025-01-20 / Completed: 2025-01-21"));
    const auto out = s.repo.path() / "out" / "progress.html";
    std::filesystem::create_directories(out.parent_path());
    const auto html = s.report({"--format", "html", "--out", out.string()});
    ASSERT_EQ(html.exit_code, 0) << html.err;
    EXPECT_TRUE(html.out.empty());
    EXPECT_THAT(html.err, HasSubstr("Report written to"));
    const std::string page = test::read_file(out);
    EXPECT_THAT(page, HasSubstr("<svg id=\"gantt\""));
}

TEST(ReportE2E, PacketCompletionReportListsFilesByZoneViolationsAndWhatRemains) {
    const Scripted s;
    const auto r = s.report({"--packet", "services", "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["status"], "done");
    ASSERT_EQ(j["files_by_zone"].size(), 2u);
    EXPECT_EQ(j["files_by_zone"][0]["zone"], "Models");
    EXPECT_EQ(j["files_by_zone"][0]["paths"], Json::array({"app/Models/Invoice.php"}));
    EXPECT_EQ(j["files_by_zone"][1]["zone"], "");
    EXPECT_EQ(j["files_by_zone"][1]["paths"], Json::array({"app/Services/Billing.php"}));
    ASSERT_EQ(j["violations"].size(), 1u);
    EXPECT_EQ(j["violations"][0]["path"], "app/Models/Invoice.php");

    const auto ui = s.report({"--packet", "ui"});
    ASSERT_EQ(ui.exit_code, 0) << ui.err;
    EXPECT_THAT(ui.out, HasSubstr("2. Tasks skipped (with reason)"));
    EXPECT_THAT(ui.out, HasSubstr("branch packet/ui has work not yet in main"));
    EXPECT_THAT(ui.out, HasSubstr("ui/app.js"));

    const auto f = s.report({"--packet", "foundation"});
    EXPECT_THAT(f.out, HasSubstr("gates passed (record "));
    EXPECT_THAT(f.out, AnyOf(HasSubstr("services (done)"), HasSubstr("no packet waits")));
}

TEST(ReportE2E, UsageErrorsExitTwo) {
    const Scripted s;
    EXPECT_EQ(s.report({"--format", "pdf"}).exit_code, 2);
    EXPECT_EQ(s.report({"--since", "soon"}).exit_code, 2);
    const auto unknown = s.report({"--packet", "nope"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_THAT(unknown.err, HasSubstr("unknown packet 'nope'"));
    EXPECT_EQ(s.report({"--packet", "ui", "--format", "html"}).exit_code, 2);
    const auto bad_today = run_tollgate({"report", "--today", "2025-13-01"}, s.repo.path());
    EXPECT_EQ(bad_today.exit_code, 2);
    EXPECT_THAT(bad_today.err, HasSubstr("invalid --today"));
}

TEST(ReportE2E, TodayComesFromTheEnvironmentWhenNotGiven) {
    const Scripted s;
    const auto r = test::sh("TOLLGATE_TODAY=2025-01-30 " + test::shell_quote(TOLLGATE_BINARY) + " report --format json",
                            s.repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(Json::parse(r.out)["today"], "2025-01-30");
}

// --- the HTML in a real browser ----------------------------------------------

// Counts distinct pixel bytes in a PNG's image data (python3's zlib): a
// blank page has one or two, a page with charts has many.
int distinct_png_bytes(const std::filesystem::path& png) {
    const std::string script =
        "import sys,zlib,struct\n"
        "d=open(sys.argv[1],'rb').read()\n"
        "assert d[:8]==b'\\x89PNG\\r\\n\\x1a\\n'\n"
        "i=8;idat=b''\n"
        "while i<len(d):\n"
        "  n=struct.unpack('>I',d[i:i+4])[0];t=d[i+4:i+8]\n"
        "  if t==b'IDAT': idat+=d[i+8:i+8+n]\n"
        "  i+=12+n\n"
        "print(len(set(zlib.decompress(idat))))\n";
    const auto r = test::sh("python3 -c " + test::shell_quote(script) + " " + test::shell_quote(png.string()));
    return r.exit_code == 0 ? std::stoi(r.out) : -1;
}

TEST(ReportE2E, TheHtmlRendersInHeadlessChromiumWithEveryChart) {
    if (test::sh("command -v chromium").exit_code != 0) {
        GTEST_SKIP() << "chromium is not installed (Debian: apt-get install chromium); the HTML was not rendered";
    }
    const Scripted s;
    const auto html = s.repo.path() / "progress.html";
    ASSERT_EQ(s.report({"--format", "html", "--out", html.string()}).exit_code, 0);
    // The screenshot is kept in the test's working directory (build/tests) for the README.
    const auto png = std::filesystem::current_path() / "report_screenshot.png";
    std::filesystem::remove(png);
    test::TempDir profile;
    const std::string chromium = "HOME=" + test::shell_quote(profile.path().string()) +
                                 " timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars"
                                 " --user-data-dir=" +
                                 test::shell_quote((profile.path() / "p").string());
    const std::string url = test::shell_quote("file://" + html.string());
    const auto shot =
        test::sh(chromium + " --window-size=1000,1600 --screenshot=" + test::shell_quote(png.string()) + " " + url);
    ASSERT_EQ(shot.exit_code, 0) << shot.err;
    ASSERT_TRUE(std::filesystem::exists(png)) << shot.err;
    EXPECT_GT(std::filesystem::file_size(png), 10000u);
    EXPECT_GT(distinct_png_bytes(png), 50) << "the screenshot looks blank";

    const auto dom = test::sh(chromium + " --dump-dom " + url);
    ASSERT_EQ(dom.exit_code, 0) << dom.err;
    for (const char* id : {"stream-progress", "dependency-graph", "gantt", "coverage-trend", "checkpoint-timeline"}) {
        EXPECT_THAT(dom.out, HasSubstr(std::string("<svg id=\"") + id + "\"")) << id;
    }
    EXPECT_THAT(dom.out, HasSubstr("<rect class=\"actual\"")) << "no actual bars in the Gantt";
    EXPECT_THAT(dom.out, HasSubstr("<polyline")) << "no coverage line";
    EXPECT_THAT(dom.out, HasSubstr("<td>foundation</td>"));
}

// --- bad input --------------------------------------------------------------

TEST(ReportE2E, ARepositoryWithNoPacketHistoryReportsEverythingPending) {
    GitRepo repo;
    repo.write("tollgate.yml", k_inventory);
    repo.commit_all_at("2025-01-20T09:00:00+0000", "init");
    const auto r = run_tollgate({"report", "--today", "2025-01-25", "--format", "json"}, repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Json j = Json::parse(r.out);
    EXPECT_EQ(j["metrics"]["counts"]["pending"], 4);
    EXPECT_EQ(j["metrics"]["overall_percent"], 0.0);
    EXPECT_EQ(j["checkpoints"][0]["status"], "overdue");
    EXPECT_EQ(j["metrics"]["coverage_trend"], Json::array());
    const auto text = run_tollgate({"report", "--today", "2025-01-25"}, repo.path());
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("no coverage recorded"));
}

TEST(ReportE2E, NotesFromANewerTollgateAndCorruptNotesAreReportedNotFatal) {
    const Scripted s;
    s.note(s.services_merge, R"({"version":2,"tool":"tollgate","time_unix":1737630000})");
    s.note(s.unknown_merge, "{\"truncated\": ");
    s.note(s.unknown_merge, std::string("\x1b[31m\xff binary"));
    const auto r = s.report({"--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Json j = Json::parse(r.out);
    std::string all;
    for (const auto& n : j["notes"]) all += n.get<std::string>() + "\n";
    EXPECT_THAT(all, HasSubstr("note on " + s.services_merge.substr(0, 12) +
                               " line 3: written by a newer tollgate "
                               "(record version 2; this tollgate reads version 1): upgrade tollgate to read it"));
    EXPECT_THAT(all, HasSubstr("note on " + s.unknown_merge.substr(0, 12) + " line 1: not valid JSON"));
    EXPECT_THAT(all, HasSubstr("note on " + s.unknown_merge.substr(0, 12) + " line 3: not valid JSON"));
    // The readable records still count.
    EXPECT_EQ(j["metrics"]["coverage_trend"].size(), 2u);
    const auto html = s.report({"--format", "html"});
    EXPECT_EQ(html.exit_code, 0);
    EXPECT_THAT(html.out, Not(HasSubstr("\x1b")));
}

TEST(ReportE2E, CommitDatesOutOfOrderGiveTheEarliestStartAndTheLandingAsCompletion) {
    GitRepo repo;
    repo.write("tollgate.yml", k_inventory);
    repo.commit_all_at("2025-01-20T09:00:00+0000", "init");
    repo.git("checkout -q -b packet/foundation");
    repo.write("a.txt", "a\n");
    repo.commit_all_at("2025-01-28T09:00:00+0900", "clock ahead");  // after its own merge
    repo.write("b.txt", "b\n");
    repo.commit_all_at("2025-01-19T23:30:00-0800", "clock behind");  // 2025-01-20T07:30Z
    repo.git("checkout -q main");
    repo.git_at("2025-01-22T10:00:00+0000", "merge -q --no-ff --no-edit packet/foundation");
    const auto r = run_tollgate({"report", "--today", "2025-01-25", "--format", "json"}, repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Json j = Json::parse(r.out);
    const Json f = packet(j, "foundation");
    EXPECT_EQ(f["status"], "done");
    EXPECT_EQ(f["started"], "2025-01-20T07:30:00Z");
    EXPECT_EQ(f["completed"], "2025-01-22T10:00:00Z");
}

TEST(ReportE2E, HelpTeachesWhereTheFiguresComeFrom) {
    const auto r = run_tollgate({"report", "--help"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_THAT(r.out, HasSubstr("Packet: ID"));
    EXPECT_THAT(r.out, HasSubstr("docs/metrics.md"));
    EXPECT_THAT(r.out, HasSubstr("--today"));
    EXPECT_THAT(run_tollgate({"--help"}).out, Not(HasSubstr("report  [not implemented yet]")));
}

TEST(ReportE2E, AShallowCloneIsAnEnvironmentErrorWithTheFix) {
    const Scripted s;
    test::TempDir clone;
    const auto r = test::sh(s.repo.env_prefix() + " git clone -q --depth 1 file://" + s.repo.path().string() + " " +
                            test::shell_quote((clone.path() / "c").string()));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto rep = run_tollgate({"report", "--today", "2025-01-25", "--base", "origin/main"}, clone.path() / "c");
    EXPECT_EQ(rep.exit_code, 3) << rep.out << rep.err;
    EXPECT_THAT(rep.err, HasSubstr("shallow"));
}

TEST(ReportE2E, OutsideARepositoryIsAnEnvironmentError) {
    test::TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto r = run_tollgate({"report"}, dir.path());
    EXPECT_EQ(r.exit_code, 3) << r.err;
}

// --- run --record -----------------------------------------------------------

TEST(RecordE2E, RunRecordAppendsOneJsonLinePerRunOnHead) {
    GitRepo repo;
    repo.write("tollgate.yml", k_inventory);
    const std::string head = repo.commit_all("init");
    const auto first = run_tollgate({"run", "--record"}, repo.path());
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_THAT(first.out, HasSubstr("Recorded in refs/notes/tollgate on " + head.substr(0, 10)));
    ASSERT_EQ(run_tollgate({"run", "--record", "--format", "json"}, repo.path()).exit_code, 0);
    const std::string note = repo.git("notes --ref=tollgate show HEAD");
    const auto nl = note.find('\n');
    ASSERT_NE(nl, std::string::npos);
    const Json a = Json::parse(note.substr(0, nl));
    EXPECT_EQ(a["version"], 1);
    EXPECT_EQ(a["tool"], "tollgate");
    EXPECT_EQ(a["kind"], "run");
    EXPECT_EQ(a["verdict"], "pass");
    EXPECT_EQ(a["gates"][0]["id"], "unit");
    EXPECT_EQ(a["gates"][0]["status"], "passed");
    EXPECT_EQ(std::count(note.begin(), note.end(), '\n'), 2);
}

TEST(RecordE2E, SourceDateEpochFixesTheRecordTime) {
    GitRepo repo;
    repo.write("tollgate.yml", k_inventory);
    repo.commit_all("init");
    const auto r =
        test::sh("SOURCE_DATE_EPOCH=1737482400 " + test::shell_quote(TOLLGATE_BINARY) + " run --record", repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const Json j = Json::parse(repo.git("notes --ref=tollgate show HEAD"));
    EXPECT_EQ(j["time"], "2025-01-21T18:00:00Z");
    EXPECT_EQ(j["time_unix"], 1737482400);
    const auto bad =
        test::sh("SOURCE_DATE_EPOCH=yesterday " + test::shell_quote(TOLLGATE_BINARY) + " run --record", repo.path());
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_THAT(bad.err, HasSubstr("invalid SOURCE_DATE_EPOCH"));
}

TEST(RecordE2E, ConcurrentRunsAllRecord) {
    GitRepo repo;
    repo.write("tollgate.yml", k_inventory);
    repo.commit_all("init");
    std::string script;
    for (int i = 0; i < 6; ++i)
        script += test::shell_quote(TOLLGATE_BINARY) + " run --record --format json >/dev/null & ";
    script += "wait";
    const auto r = test::sh(script, repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string note = repo.git("notes --ref=tollgate show HEAD");
    EXPECT_EQ(std::count(note.begin(), note.end(), '\n'), 6) << note;
}

TEST(RecordE2E, RecordOutsideARepositoryFailsBeforeRunningGates) {
    test::TempDir dir;
    dir.write("tollgate.yml", std::string(k_inventory) + "  - id: marker\n    run: touch ran\n");
    const auto r = run_tollgate({"run", "--record"}, dir.path());
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "ran"));
}

}  // namespace
}  // namespace tollgate
