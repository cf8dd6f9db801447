// `tollgate conflicts`'s argument handling (runner/cli/verb_conflicts.cpp), in process.
#include "tests/support/cli_run.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using ::testing::HasSubstr;

TEST(ConflictsArguments, RefusesAnUnknownFormatListingExactlyTextJsonAndMd) {
    const auto r = run_cli_in_empty_dir({"conflicts", "--format", "html"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: unknown conflicts format 'html'\ntollgate: hint: valid formats: text, json, md\n");
}

TEST(ConflictsArguments, RefusesANegativeJobCountThroughTheParser) {
    const auto r = run_cli_in_empty_dir({"conflicts", "-j", "-1"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("tollgate: hint: see 'tollgate --help'\n"));
}

TEST(ConflictsArguments, ReadsTheInventoryOnlyOnceTheFlagsAreValid) {
    const auto r = run_cli_in_empty_dir({"conflicts", "--format", "md", "--branches", "packet/*", "-j", "2"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("no tollgate.yml or .tollgate.yml found in"));
}

TEST(ConflictsArguments, HelpExitsZeroAndNamesEveryFormat) {
    const auto r = run_cli_in_empty_dir({"conflicts", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json, md"));
}

}  // namespace
}  // namespace tollgate
