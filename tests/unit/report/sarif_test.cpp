#include "runner/report/sarif.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

using nlohmann::json;

ChangeFindings two_violations() {
    ChangeFindings f;
    f.passed = false;
    f.packet = "finance-ui";
    PathVerdict a;
    a.path = "db/new file.sql";
    a.zone = "Migrations";
    a.owners = {"foundation"};
    a.rule = "exclusive";
    a.allowed = false;
    a.reason = "finance-ui may not add db/new file.sql";
    a.pattern_where = {"tollgate.yml", 11, 14};
    PathVerdict b = a;
    b.path = "app/Models/User.php";
    b.zone = "Models";
    b.rule = "extend";
    b.reason = "finance-ui removed lines";
    PathVerdict fine;
    fine.path = "README.md";
    f.verdicts = {a, fine, b};
    return f;
}

// The SARIF 2.1.0 schema's required properties, checked on every level we emit.
void expect_valid_sarif(const json& log) {
    ASSERT_TRUE(log.is_object());
    EXPECT_EQ(log.at("version"), "2.1.0");
    ASSERT_TRUE(log.at("runs").is_array());
    for (const auto& run : log.at("runs")) {
        const auto& driver = run.at("tool").at("driver");
        EXPECT_TRUE(driver.at("name").is_string());
        const auto& rules = driver.at("rules");
        for (const auto& rule : rules) EXPECT_TRUE(rule.at("id").is_string());
        for (const auto& result : run.at("results")) {
            EXPECT_TRUE(result.at("message").at("text").is_string());  // message is required
            const auto index = result.at("ruleIndex").get<std::size_t>();
            ASSERT_LT(index, rules.size());
            EXPECT_EQ(rules[index].at("id"), result.at("ruleId"));
            EXPECT_TRUE(result.at("level") == "error" || result.at("level") == "warning");
            for (const auto& loc : result.at("locations")) {
                const auto& phys = loc.at("physicalLocation");
                EXPECT_TRUE(phys.at("artifactLocation").at("uri").is_string());
                EXPECT_GE(phys.at("region").at("startLine").get<int>(), 1);
            }
        }
    }
}

TEST(Sarif, IsAValidLogWithOneResultPerViolation) {
    const json log = json::parse(render_sarif(two_violations()));
    expect_valid_sarif(log);
    const auto& results = log["runs"][0]["results"];
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0]["ruleId"], "tollgate/zone-exclusive");
    EXPECT_EQ(results[1]["ruleId"], "tollgate/zone-extend");
    EXPECT_EQ(results[0]["message"]["text"], "finance-ui may not add db/new file.sql");
}

TEST(Sarif, PercentEncodesPathsAndPointsAtTheZonePattern) {
    const json log = json::parse(render_sarif(two_violations()));
    const auto& r = log["runs"][0]["results"][0];
    EXPECT_EQ(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "db/new%20file.sql");
    const auto& related = r["relatedLocations"][0]["physicalLocation"];
    EXPECT_EQ(related["artifactLocation"]["uri"], "tollgate.yml");
    EXPECT_EQ(related["region"]["startLine"], 11);
    EXPECT_EQ(related["region"]["startColumn"], 14);
}

TEST(Sarif, FingerprintsIgnoreTheWordingOfTheReason) {
    auto f = two_violations();
    const json before = json::parse(render_sarif(f));
    f.verdicts[0].reason = "reworded";
    const json after = json::parse(render_sarif(f));
    EXPECT_EQ(before["runs"][0]["results"][0]["partialFingerprints"],
              after["runs"][0]["results"][0]["partialFingerprints"]);
}

TEST(Sarif, NoViolationsIsStillAValidLogWithNoResults) {
    ChangeFindings f;
    const json log = json::parse(render_sarif(f));
    expect_valid_sarif(log);
    EXPECT_TRUE(log["runs"][0]["results"].empty());
}

TEST(UriPath, EncodesEverythingOutsideUnreservedAndSlash) {
    EXPECT_EQ(uri_path("a b/ü#%?.txt"), "a%20b/%C3%BC%23%25%3F.txt");
}

}  // namespace
}  // namespace tollgate
