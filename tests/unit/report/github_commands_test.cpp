#include "runner/report/github_commands.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::size_t count_lines_starting(const std::string& text, const std::string& prefix) {
    std::size_t n = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto end = text.find('\n', at);
        if (text.compare(at, prefix.size(), prefix) == 0) ++n;
        if (end == std::string::npos) break;
        at = end + 1;
    }
    return n;
}

PathVerdict violation(const std::string& path) {
    PathVerdict v;
    v.path = path;
    v.zone = "Migrations";
    v.owners = {"foundation"};
    v.rule = "exclusive";
    v.allowed = false;
    v.reason = "finance-ui may not add " + path + ": zone Migrations is exclusive to foundation";
    return v;
}

ChangeFindings findings_with(std::size_t violations, std::size_t uncovered_ranges) {
    ChangeFindings f;
    f.passed = violations == 0;
    f.packet = "finance-ui";
    for (std::size_t i = 0; i < violations; ++i) f.verdicts.push_back(violation("db/" + std::to_string(i) + ".sql"));
    PathVerdict ok;
    ok.path = "README.md";
    f.verdicts.push_back(ok);
    if (uncovered_ranges > 0) {
        PatchFile p;
        p.path = "src/app.py";
        for (std::size_t i = 0; i < uncovered_ranges; ++i) {
            const int first = static_cast<int>(i) * 10 + 1;
            p.uncovered.push_back({first, first + static_cast<int>(i % 2)});
        }
        f.uncovered.push_back(p);
    }
    return f;
}

TEST(GithubAnnotations, OneErrorPerViolationWithFileAndTitle) {
    const auto out = render_github_annotations(findings_with(1, 0));
    EXPECT_EQ(out,
              "::error file=db/0.sql,title=tollgate%3A Zone Migrations (exclusive%2C owner foundation)::"
              "finance-ui may not add db/0.sql: zone Migrations is exclusive to foundation\n");
}

TEST(GithubAnnotations, UncoveredRangesAreWarningsWithLineAndEndLine) {
    const auto out = render_github_annotations(findings_with(0, 2));
    EXPECT_THAT(out,
                HasSubstr("::warning file=src/app.py,line=1,title=tollgate%3A changed line not covered by tests::"));
    EXPECT_THAT(out, HasSubstr("::warning file=src/app.py,line=11,endLine=12,title="));
    EXPECT_THAT(out, HasSubstr("Lines 11-12 changed here and no test ran them."));
}

TEST(GithubAnnotations, FileNamesWithCommasColonsAndNewlinesCannotBreakTheCommand) {
    ChangeFindings f;
    f.verdicts.push_back(violation("db/a,b:c\nd%.sql"));
    const auto out = render_github_annotations(f);
    // Control bytes in paths are shown escaped (printable), then , : % are encoded.
    EXPECT_THAT(out, HasSubstr("::error file=db/a%2Cb%3Ac\\nd%25.sql,title="));
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
}

TEST(GithubAnnotations, AtMostTenPerKindAndTheTenthCountsTheRest) {
    const auto out = render_github_annotations(findings_with(25, 14));
    EXPECT_EQ(count_lines_starting(out, "::error "), 10u) << out;
    EXPECT_EQ(count_lines_starting(out, "::warning "), 10u) << out;
    EXPECT_THAT(out, HasSubstr("title=tollgate%3A 16 more zone violations::"));
    EXPECT_THAT(out, HasSubstr("db/9.sql, db/10.sql"));  // the ones not annotated are named
    EXPECT_THAT(out, HasSubstr("title=tollgate%3A 5 more uncovered changed ranges::"));
}

TEST(GithubAnnotations, ExactlyTenNeedNoSummary) {
    const auto out = render_github_annotations(findings_with(10, 0));
    EXPECT_EQ(count_lines_starting(out, "::error "), 10u);
    EXPECT_THAT(out, Not(HasSubstr("more zone violations")));
}

TEST(GithubAnnotations, OtherFailuresAreFilelessErrorsSharingTheTenSlots) {
    auto f = findings_with(9, 0);
    f.verb = "check";
    f.failures = {"gate 'lint' failed: exit 1", "packet foundation is not done"};
    const auto out = render_github_annotations(f);
    EXPECT_EQ(count_lines_starting(out, "::error "), 10u) << out;
    EXPECT_THAT(out, HasSubstr("title=tollgate%3A 2 more errors::"));
    const auto two = render_github_annotations([] {
        ChangeFindings g;
        g.verb = "check";
        g.failures = {"gate 'lint' failed: exit 1"};
        return g;
    }());
    EXPECT_EQ(two, "::error title=tollgate check::gate 'lint' failed: exit 1\n");
    const auto md = render_findings_markdown(f, github_step_summary_limit);
    EXPECT_THAT(md, HasSubstr("#### Why it fails\n\n- gate 'lint' failed: exit 1\n"));
}

TEST(GithubAnnotations, NothingToSayIsEmpty) {
    EXPECT_EQ(render_github_annotations(findings_with(0, 0)), "");
}

TEST(FindingsMarkdown, ListsViolationsAndUncoveredLines) {
    const auto md = render_findings_markdown(findings_with(2, 2), github_step_summary_limit);
    EXPECT_THAT(md, HasSubstr("### tollgate zones: ❌ fail"));
    EXPECT_THAT(md, HasSubstr("3 changed path(s), 2 zone violation(s), 2 uncovered changed range(s)"));
    EXPECT_THAT(md, HasSubstr("| `db/1.sql` | Migrations | exclusive | foundation |"));
    EXPECT_THAT(md, HasSubstr("| `src/app.py` | 1, 11-12 |"));
}

TEST(FindingsMarkdown, StaysWithinItsBudgetAndCountsWhatItLeftOut) {
    const auto f = findings_with(5000, 0);
    const auto md = render_findings_markdown(f, 20'000);
    EXPECT_LE(md.size(), 20'000u);
    EXPECT_THAT(md, HasSubstr("more row(s) left out to keep the step summary under GitHub's 1 MiB"))
        << md.substr(md.size() - 300);
    const auto full = render_findings_markdown(f, github_step_summary_limit);
    EXPECT_LE(full.size(), github_step_summary_limit);
}

TEST(GithubOutputs, SingleLineValuesAreNameEqualsValue) {
    EXPECT_EQ(render_github_outputs({{"verdict", "pass"}, {"violations", "0"}}), "verdict=pass\nviolations=0\n");
}

TEST(GithubOutputs, MultiLineValuesUseAHeredocDelimiterTheValueLacks) {
    const auto out = render_github_outputs({{"notes", "a\nghadelimiter_tollgate\nb"}});
    EXPECT_EQ(out, "notes<<ghadelimiter_tollgate_0\na\nghadelimiter_tollgate\nb\nghadelimiter_tollgate_0\n");
}

}  // namespace
}  // namespace tollgate
