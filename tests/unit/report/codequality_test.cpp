#include "runner/report/codequality.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

namespace tollgate {
namespace {

using nlohmann::json;

TEST(CodeQuality, ViolationsAreCriticalAndUncoveredLinesMinorWithGitLabsRequiredFields) {
    ChangeFindings f;
    PathVerdict v;
    v.path = "db/002.sql";
    v.zone = "Migrations";
    v.rule = "exclusive";
    v.owners = {"foundation"};
    v.allowed = false;
    v.reason = "finance-ui may not add db/002.sql";
    f.verdicts.push_back(v);
    PatchFile p;
    p.path = "src/app.py";
    p.uncovered = {{3, 5}, {9, 9}};
    f.uncovered.push_back(p);
    const json issues = json::parse(render_codequality(f));
    ASSERT_TRUE(issues.is_array());
    ASSERT_EQ(issues.size(), 3u);
    std::set<std::string> fingerprints;
    for (const auto& i : issues) {
        EXPECT_TRUE(i.at("description").is_string());
        EXPECT_TRUE(i.at("check_name").is_string());
        EXPECT_TRUE(i.at("location").at("path").is_string());
        EXPECT_GE(i.at("location").at("lines").at("begin").get<int>(), 1);
        fingerprints.insert(i.at("fingerprint").get<std::string>());
    }
    EXPECT_EQ(fingerprints.size(), 3u);
    EXPECT_EQ(issues[0]["severity"], "critical");
    EXPECT_EQ(issues[0]["check_name"], "tollgate/zone-exclusive");
    EXPECT_EQ(issues[1]["severity"], "minor");
    EXPECT_EQ(issues[1]["location"]["lines"]["begin"], 3);
    EXPECT_EQ(issues[2]["location"]["lines"]["begin"], 9);
}

TEST(CodeQuality, NothingWrongIsAnEmptyArray) {
    EXPECT_EQ(render_codequality({}), "[]\n");
}

}  // namespace
}  // namespace tollgate
