// `tollgate zones`'s argument handling (runner/cli/verb_zones.cpp), in process.
#include "tests/support/cli_run.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::run_cli_in_empty_dir;
using test::run_cli_in_process;
using ::testing::HasSubstr;

constexpr const char* k_lookup_hint =
    "tollgate: hint: drop the PATHs to judge the change (--base/--head, --staged, --worktree)\n";

constexpr const char* k_inventory =
    "version: 1\nproject: Zones args\npackets:\n  - id: foundation\n"
    "zones:\n  - name: Migrations\n    paths: [\"db/\"]\n    owner: foundation\n    rule: exclusive\n";

TEST(ZonesArguments, RefusesAnUnknownFormatListingExactlyItsFive) {
    const auto r = run_cli_in_empty_dir({"zones", "--format", "md"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: unknown zones format 'md'\n"
              "tollgate: hint: valid formats: text, json, github, sarif, codequality\n");
}

TEST(ZonesArguments, RefusesStagedTogetherWithWorktree) {
    const auto r = run_cli_in_empty_dir({"zones", "--staged", "--worktree"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --staged and --worktree exclude each other\n");
}

TEST(ZonesArguments, RefusesARangeWithStagedOrWorktree) {
    const auto staged = run_cli_in_empty_dir({"zones", "--staged", "--base", "main"});
    EXPECT_EQ(staged.code, 2);
    EXPECT_EQ(staged.err, "tollgate: error: --staged compares with HEAD; drop --base/--head\n");
    const auto worktree = run_cli_in_empty_dir({"zones", "--worktree", "--head", "topic"});
    EXPECT_EQ(worktree.code, 2);
    EXPECT_EQ(worktree.err, "tollgate: error: --worktree compares with HEAD; drop --base/--head\n");
}

TEST(ZonesArguments, RefusesPathsTogetherWithAChange) {
    const auto r = run_cli_in_empty_dir({"zones", "src/a.cpp", "--base", "main"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: give either PATHs to look up or a change (--base/--head, --staged, "
              "--worktree), not both\n");
}

TEST(ZonesArguments, RefusesAnAckWithPathsButNoPacket) {
    const auto r = run_cli_in_empty_dir({"zones", "src/a.cpp", "--ack", "foundation"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "tollgate: error: --ack with PATHs needs --packet: it says who coordinated\n"
              "tollgate: hint: --packet P PATH... asks whether packet P may write the PATHs\n");
}

TEST(ZonesArguments, RefusesACiFormatForAPathLookup) {
    for (const char* format : {"github", "sarif", "codequality"}) {
        const auto r = run_cli_in_empty_dir({"zones", "--format", format, "src/a.cpp"});
        EXPECT_EQ(r.code, 2) << format;
        EXPECT_EQ(r.err, std::string("tollgate: error: --format ") + format +
                             " and --report-dir report on a change, not a lookup of PATHs\n" + k_lookup_hint)
            << format;
    }
}

TEST(ZonesArguments, RefusesAReportDirForAPathLookup) {
    const auto r = run_cli_in_empty_dir({"zones", "--report-dir", "out", "src/a.cpp"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "tollgate: error: --report-dir and the CI formats report on a change, not a lookup of PATHs\n" +
                         std::string(k_lookup_hint));
}

TEST(ZonesArguments, LooksUpAPathOfATinyInventoryWithoutARepository) {
    const test::TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto r = run_cli_in_process({"-C", dir.path().string(), "zones", "--format", "json", "db/1.sql"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("\"zone\": \"Migrations\""));
}

TEST(ZonesArguments, RefusesAnEmptyPathAndOneOutsideTheInventorysDirectory) {
    const test::TempDir dir;
    dir.write("tollgate.yml", k_inventory);
    const auto empty = run_cli_in_process({"-C", dir.path().string(), "zones", ""});
    EXPECT_EQ(empty.code, 2);
    EXPECT_EQ(empty.err, "tollgate: error: an empty PATH names nothing\n");
    const auto outside = run_cli_in_process({"-C", dir.path().string(), "zones", "../elsewhere.sql"});
    EXPECT_EQ(outside.code, 2);
    EXPECT_THAT(outside.err, HasSubstr("tollgate: error: path '../elsewhere.sql' is outside the repository ("));
    const auto root = run_cli_in_process({"-C", dir.path().string(), "zones", "."});
    EXPECT_EQ(root.code, 2);
    EXPECT_EQ(root.err, "tollgate: error: path '.' is the repository root, not a path in it\n");
}

TEST(ZonesArguments, HelpExitsZeroAndNamesEveryFormat) {
    const auto r = run_cli_in_empty_dir({"zones", "--help"});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out, HasSubstr("Output: text, json, github, sarif, codequality"));
}

}  // namespace
}  // namespace tollgate
