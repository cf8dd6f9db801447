#include "runner/report/completion_text.hpp"
#include "runner/report/progress_html.hpp"
#include "runner/report/progress_json.hpp"
#include "runner/report/progress_markdown.hpp"
#include "runner/report/progress_text.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <limits>
#include <sstream>

namespace tollgate {
namespace {

const std::string hostile =
    std::string("<script>alert(1)</script> ]]> \"q\" 'a' \x1b[31mred\x1b[0m bad\xff\xfe & done");

ProgressReport sample() {
    ProgressReport r;
    r.project = hostile;
    r.base_ref = "main<b>";
    r.base_commit = "0123456789abcdef0123456789abcdef01234567";
    r.today = *CivilDate::parse("2025-01-25");
    r.now = 1737763200;
    r.since = r.now - 30 * 86400;
    r.start = CivilDate::parse("2025-01-20");
    StreamProgress s;
    s.id = "backend";
    s.title = hostile;
    s.total_hours = 16;
    s.done_hours = 8;
    s.packets_total = 2;
    s.packets_done = 1;
    r.streams.push_back(s);
    PacketProgress a;
    a.id = "a";
    a.title = hostile;
    a.state = PacketState::done;
    a.started = r.now - 5 * 86400;
    a.completed = r.now - 4 * 86400;
    a.planned_start_day = 0;
    a.planned_end_day = 1;
    PacketProgress b;
    b.id = "b\x1b[2J";
    b.title = "B";
    b.state = PacketState::blocked;
    b.why = hostile;
    b.after = {"a"};
    b.started = r.now - 3 * 86400;
    r.packets = {a, b};
    CheckpointProgress c;
    c.id = "cp-1";
    c.title = hostile;
    c.state = CheckpointState::overdue;
    c.due = CivilDate::parse("2025-01-21");
    c.after = {"a"};
    r.checkpoints.push_back(c);
    r.metrics.overall_percent = 50;
    r.metrics.coverage = {{"c1", r.now - 86400 * 2, 75.0}, {"c2", r.now - 86400, 80.5}};
    r.metrics.parallel_efficiency = 0.87;
    r.metrics.parallel_utilisation = 1.32;
    r.notes.push_back(hostile);
    return r;
}

TEST(ProgressHtml, EscapesEveryRepositoryString) {
    const std::string html = render_progress_html(sample());
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("]]>"), std::string::npos);
    EXPECT_EQ(html.find("\"q\""), std::string::npos);
    EXPECT_EQ(html.find('\x1b'), std::string::npos);
    EXPECT_EQ(html.find("\xff"), std::string::npos);
    EXPECT_EQ(html.find("main<b>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &quot;q&quot; &#39;a&#39;"), std::string::npos);
}

TEST(ProgressHtml, IsOneSelfContainedFileWithTheNamedCharts) {
    const std::string html = render_progress_html(sample());
    for (const char* id : {"stream-progress", "dependency-graph", "gantt", "coverage-trend", "checkpoint-timeline"}) {
        EXPECT_NE(html.find(std::string("<svg id=\"") + id + "\""), std::string::npos) << id;
    }
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_EQ(html.find("href="), std::string::npos);
    EXPECT_EQ(html.find("@import"), std::string::npos);
    EXPECT_EQ(html.find("url("), std::string::npos);
    EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
    EXPECT_EQ(html.rfind("</html>\n"), html.size() - 8);
}

TEST(ProgressHtml, ACoverageRecordAtTheEndOfTimeStillCharts) {
    // A corrupt note may carry "time_unix": 9223372036854775807; the chart's
    // time span overflowed (UBSan) and its points became "nan".
    ProgressReport r = sample();
    r.metrics.coverage = {{"c1", std::numeric_limits<long long>::max(), 75.0}};
    std::string html = render_progress_html(r);
    EXPECT_NE(html.find("<circle cx=\"40.0\""), std::string::npos) << html;
    r.metrics.coverage.insert(r.metrics.coverage.begin(), CoveragePoint{"c0", r.now, 70.0});
    html = render_progress_html(r);
    EXPECT_EQ(html.find("nan,"), std::string::npos);
    EXPECT_NE(html.find("<circle cx=\"700.0\""), std::string::npos);
}

TEST(ProgressText, EveryLineFitsEightyColumnsAndNoEscapeReachesTheTerminal) {
    const std::string text = render_progress_text(sample());
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        std::size_t cols = 0;
        for (const char c : line) cols += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        EXPECT_LE(cols, 80u) << line;
    }
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
    EXPECT_NE(text.find("Overall Progress: "), std::string::npos);
    EXPECT_NE(text.find("Active: 0 | Completed: 0 | Blocked: 0 | Failed: 0"), std::string::npos);
}

TEST(ProgressMarkdown, CellsCannotInjectMarkup) {
    const std::string md = render_progress_markdown(sample());
    EXPECT_EQ(md.find("<script>"), std::string::npos);
    EXPECT_EQ(md.find('\x1b'), std::string::npos);
    EXPECT_NE(md.find("- [x] **a**"), std::string::npos);
    EXPECT_NE(md.find("| cp-1 "), std::string::npos);
}

TEST(ProgressJson, IsVersionedValidJsonWithTheFigures) {
    const auto j = nlohmann::json::parse(render_progress_json(sample()));
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["today"], "2025-01-25");
    EXPECT_EQ(j["packets"][1]["status"], "blocked");
    EXPECT_EQ(j["packets"][0]["completed"], "2025-01-21T00:00:00Z");
    EXPECT_EQ(j["packets"][1]["completed"], nullptr);
    EXPECT_EQ(j["checkpoints"][0]["status"], "overdue");
    EXPECT_EQ(j["metrics"]["parallel_efficiency"], 0.87);
    EXPECT_EQ(j["metrics"]["parallel_utilisation"], 1.32);
    EXPECT_EQ(j["metrics"]["coverage_trend"][1]["line"], 80.5);
    EXPECT_EQ(j["streams"][0]["percent"], 50.0);
}

TEST(CompletionText, FollowsTheSeedsFourSections) {
    CompletionReport c;
    c.packet = sample().packets[1];
    c.files_by_zone.push_back({"Models", "extend", {"a"}, {"app/Models/X.php"}});
    c.gates_failed = {"unit (failed)"};
    c.remaining = {"waits on a"};
    c.unblocks = {"z (pending): waits on this packet"};
    const std::string text = render_completion_text(c, false);
    for (const char* h : {"1. Tasks completed (with file paths)", "2. Tasks skipped (with reason)",
                          "3. Issues encountered", "4. Recommendations for next batch"}) {
        EXPECT_NE(text.find(h), std::string::npos) << h;
    }
    EXPECT_NE(text.find("Models (extend, owner a): 1 file(s)"), std::string::npos);
    EXPECT_NE(text.find("gate failed: unit (failed)"), std::string::npos);
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
    const auto j = nlohmann::json::parse(render_completion_json(c));
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["files_by_zone"][0]["paths"][0], "app/Models/X.php");
}

}  // namespace
}  // namespace tollgate
