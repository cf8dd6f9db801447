#include "runner/report/check_json.hpp"

#include "tests/unit/report/check_render_fixture.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

TEST(CheckJson, CarriesTheDesignFieldsPlusDependenciesFailuresAndWarnings) {
    const auto j = nlohmann::json::parse(render_check_json(test::failing_check()));
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["verb"], "check");
    EXPECT_EQ(j["verdict"], "fail");
    EXPECT_EQ(j["packet"], "services");
    EXPECT_EQ(j["base"], "1111111111111111111111111111111111111111");
    EXPECT_EQ(j["head"], "2222222222222222222222222222222222222222");
    const auto& c = j["changed"][0];
    EXPECT_EQ(c["path"], "db/001.sql");
    EXPECT_EQ(c["old_path"], nullptr);
    EXPECT_EQ(c["status"], "modified");
    EXPECT_EQ(c["zone"], "Migrations");
    EXPECT_EQ(c["owner"], "foundation");
    EXPECT_EQ(c["rule"], "exclusive");
    EXPECT_EQ(c["verdict"], "violation");
    EXPECT_EQ(j["gates"][0]["id"], "unit");
    EXPECT_EQ(j["gates"][0]["status"], "failed");
    EXPECT_EQ(j["checkpoints"][0], (nlohmann::json{{"id", "cp-1"},
                                                   {"title", nullptr},
                                                   {"status", "pending"},
                                                   {"blocker", true},
                                                   {"role", "prerequisite"},
                                                   {"forced", false},
                                                   {"due", "2025-01-21"},
                                                   {"reason", "waiting: foundation is not done"}}));
    EXPECT_EQ(j["triggers"][0]["when"], "coverage < 80");
    EXPECT_EQ(j["triggers"][0]["value"], 75.0);
    EXPECT_EQ(j["triggers"][0]["fired"], true);
    EXPECT_EQ(j["triggers"][0]["action"], "block");
    EXPECT_EQ(j["triggers"][1]["value"], nullptr);
    EXPECT_EQ(j["triggers"][1]["evaluated"], false);
    EXPECT_EQ(j["dependencies"][0]["kind"], "checkpoint");
    EXPECT_EQ(j["failures"].size(), 4u);
    EXPECT_EQ(j["today"], "2025-01-22");
}

TEST(CheckJson, ANonUtf8PathKeepsItsExactBytesInBase64) {
    CheckResult r;
    PathVerdict v;
    v.path = std::string("bad\xff.txt");
    v.reason = "allowed";
    r.changed.push_back(v);
    const auto j = nlohmann::json::parse(render_check_json(r));
    EXPECT_EQ(j["changed"][0]["path_bytes"], "YmFk/y50eHQ=");
}

}  // namespace
}  // namespace tollgate
