#include "runner/report/zones_text.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(RenderZonesText, ShowsZonePatternAndVerdictPerPath) {
    ZonesResult r;
    r.mode = ChangeMode::range;
    r.judged = true;
    r.packet = "finance-ui";
    r.base_ref = "main";
    r.base_commit = "0123456789abcdef0123";
    r.head_ref = "HEAD";
    r.head_commit = "fedcba9876543210fedc";
    ZonesEntry e;
    e.verdict.path = "db/1.sql";
    e.verdict.old_path = "db/0.sql";
    e.verdict.status = ChangeStatus::renamed;
    e.verdict.zone = "Migrations";
    e.verdict.owners = {"foundation"};
    e.verdict.rule = "exclusive";
    e.verdict.allowed = false;
    e.verdict.reason = "finance-ui may not rename it";
    e.verdict.pattern_where = {"tollgate.yml", 3, 5};
    e.verdict.pattern = "db/";
    r.entries = {e};
    r.violations = 1;
    EXPECT_EQ(render_zones_text(r, false),
              "HEAD (fedcba987654) against main (merge base 0123456789ab), packet finance-ui\n"
              "R  db/1.sql  (from db/0.sql)\n"
              "     zone Migrations (exclusive), owner foundation — pattern \"db/\" at tollgate.yml:3:5\n"
              "     violation: finance-ui may not rename it\n"
              "1 path(s): 0 allowed, 1 violation(s) — fail\n");
}

TEST(RenderZonesText, NeverPassesControlCharactersToTheTerminal) {
    ZonesResult r;
    ZonesEntry e;
    e.verdict.path = "evil\x1b[2Jname";
    r.entries = {e};
    const auto text = render_zones_text(r, false);
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
    EXPECT_NE(text.find("evil\\x1B[2Jname\n     no zone"), std::string::npos) << text;
}

}  // namespace
}  // namespace tollgate
