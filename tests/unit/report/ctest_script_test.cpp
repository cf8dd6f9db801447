#include "runner/report/ctest_script.hpp"

#include "runner/report/ci_matrix.hpp"
#include "tests/support/inventory_builder.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

using ::testing::HasSubstr;

Inventory inventory() {
    Inventory inv;
    Gate build;
    build.id = "build";
    build.labels = {"fast"};
    build.timeout = Millis(90'000);
    Gate unit;
    unit.id = "unit";
    unit.needs = test::located({"build"});
    Gate review;
    review.id = "review";
    review.manual = true;
    inv.gates = {build, unit, review};
    Packet& p = test::add_packet(inv, "foundation");
    p.gates = test::located({"build", "unit"});
    Checkpoint cp;
    cp.id = "cp-1";
    cp.gates = test::located({"unit", "review"});
    inv.checkpoints.push_back(cp);
    return inv;
}

const CtestScriptOptions k_options{"tg", "/opt/bin/tollgate", "/src/tollgate.yml", "/src"};

TEST(CtestScript, AddsOneTestPerGateRunningOnlyThatGate) {
    const auto out = render_ctest_script(inventory(), k_options);
    EXPECT_THAT(out,
                HasSubstr("add_test([=[tg.build]=] [=[/opt/bin/tollgate]=] --inventory [=[/src/tollgate.yml]=] run "
                          "--no-needs [=[build]=])\n"));
    EXPECT_THAT(out, HasSubstr("add_test([=[tg.unit]=]"));
}

TEST(CtestScript, LabelsNameTheGatesLabelsPacketsAndCheckpoints) {
    const auto out = render_ctest_script(inventory(), k_options);
    EXPECT_THAT(out, HasSubstr("set_tests_properties([=[tg.build]=] PROPERTIES LABELS [=[tollgate;fast;foundation]=]"));
    EXPECT_THAT(out, HasSubstr("set_tests_properties([=[tg.unit]=] PROPERTIES LABELS [=[tollgate;foundation;cp-1]=]"));
}

TEST(CtestScript, NeedsBecomeFixturesAndTimeoutsLeaveRoomForTollgatesOwn) {
    const auto out = render_ctest_script(inventory(), k_options);
    EXPECT_THAT(out, HasSubstr("WORKING_DIRECTORY [=[/src]=] FIXTURES_SETUP [=[tg.build]=] TIMEOUT 105)"));
    EXPECT_THAT(out, HasSubstr("FIXTURES_REQUIRED [=[tg.build]=])"));
}

TEST(CtestScript, ManualGatesExitWithTheSkipCode) {
    const auto out = render_ctest_script(inventory(), k_options);
    EXPECT_THAT(out, HasSubstr("run --no-needs --skip-exit-code 77 [=[review]=])"));
    EXPECT_THAT(out, HasSubstr("SKIP_RETURN_CODE 77)"));
}

TEST(CmakeBracket, GrowsPastAnyClosingSequenceInTheText) {
    EXPECT_EQ(cmake_bracket("plain"), "[=[plain]=]");
    EXPECT_EQ(cmake_bracket("a]=]b"), "[==[a]=]b]==]");
    EXPECT_EQ(cmake_bracket("ends]="), "[==[ends]=]==]");
}

TEST(GithubMatrix, ListsEveryShardOnOneLine) {
    const auto out = render_github_matrix(3);
    EXPECT_EQ(out,
              "{\"include\":[{\"index\":1,\"shard\":\"1/3\",\"total\":3},{\"index\":2,\"shard\":\"2/3\",\"total\":3},"
              "{\"index\":3,\"shard\":\"3/3\",\"total\":3}]}\n");
    EXPECT_EQ(nlohmann::json::parse(out)["include"].size(), 3u);
}

}  // namespace
}  // namespace tollgate
