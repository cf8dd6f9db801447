// `tollgate validate`'s argument handling (runner/cli/verb_validate.cpp), in process.
#include "tests/support/cli_run.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using test::run_cli_in_process;
using ::testing::HasSubstr;

TEST(ValidateArguments, RefusesAnUnknownFormatListingExactlyTextAndJson) {
    const auto r = run_cli_in_empty_dir({"validate", "--format", "md"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: unknown validate format 'md'\ntollgate: hint: valid formats: text, json\n");
}

TEST(ValidateArguments, RefusesAPositionalArgumentThroughTheParser) {
    const auto r = run_cli_in_empty_dir({"validate", "extra.yml"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("extra.yml"));
    EXPECT_THAT(r.err, HasSubstr("tollgate: hint: see 'tollgate --help'\n"));
}

TEST(ValidateArguments, SaysNoInventoryWasFoundInAnEmptyDirectory) {
    const auto r = run_cli_in_empty_dir({"validate"});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("no tollgate.yml or .tollgate.yml found in"));
}

TEST(ValidateArguments, PrintsAValidTinyInventoryAsJson) {
    const test::TempDir dir;
    dir.write("tollgate.yml", "version: 1\nproject: Validate args\ngates:\n  - id: unit\n    run: 'true'\n");
    const auto r = run_cli_in_process({"-C", dir.path().string(), "validate", "--format", "json"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("\"valid\": true"));
    EXPECT_THAT(r.out, HasSubstr("not a git repository"));  // the zone checks' note, outside a repository
}

TEST(ValidateArguments, ReadsAnInventoryNamedWithTheGlobalOption) {
    const test::TempDir dir;
    dir.write("conf/gates.yml", "version: 1\nproject: Validate args\n");
    const auto r = run_cli_in_process({"-C", dir.path().string(), "--inventory", "conf/gates.yml", "validate"});
    EXPECT_EQ(r.code, 0) << r.err;
}

TEST(ValidateArguments, HelpExitsZeroAndNamesBothFormats) {
    const auto r = run_cli_in_empty_dir({"validate", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json (text: diagnostics on stderr, summary on stdout)"));
}

}  // namespace
}  // namespace tollgate
