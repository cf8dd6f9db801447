// `tollgate report`'s argument handling (runner/cli/verb_report.cpp), in process.
#include "tests/support/cli_run.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using ::testing::HasSubstr;

TEST(ReportArguments, RefusesAnUnknownFormatListingExactlyItsFour) {
    const auto r = run_cli_in_empty_dir({"report", "--format", "junit"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: unknown report format 'junit'\ntollgate: hint: valid formats: text, md, json, html\n");
}

TEST(ReportArguments, RefusesAPacketReportAsHtml) {
    const auto r = run_cli_in_empty_dir({"report", "--packet", "foundation", "--format", "html"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: --packet writes text, md or json\n"
              "tollgate: hint: drop --format html, or drop --packet for the HTML dashboard\n");
}

TEST(ReportArguments, RefusesASinceThatIsNoDuration) {
    const auto r = run_cli_in_empty_dir({"report", "--since", "bogus"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: invalid --since 'bogus'\ntollgate: hint: write a duration such as 30d, 12h or 2d\n");
}

TEST(ReportArguments, RefusesAnEmptyWindow) {
    const auto r = run_cli_in_empty_dir({"report", "--since", "0d"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("tollgate: error: invalid --since '0d'\n"));
}

TEST(ReportArguments, RefusesATodayThatIsNoDate) {
    const auto r = run_cli_in_empty_dir({"report", "--today", "not-a-date"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: invalid --today 'not-a-date'\ntollgate: hint: write a date as YYYY-MM-DD\n");
}

TEST(ReportArguments, ReadsTheInventoryOnlyOnceTheFlagsAreValid) {
    const auto r = run_cli_in_empty_dir({"report", "--format", "md", "--since", "12h", "--today", "2025-02-01"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("no tollgate.yml or .tollgate.yml found in"));
}

TEST(ReportArguments, HelpExitsZeroAndNamesEveryFormat) {
    const auto r = run_cli_in_empty_dir({"report", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, md, json, html"));
}

}  // namespace
}  // namespace tollgate
