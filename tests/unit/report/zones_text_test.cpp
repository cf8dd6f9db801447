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
    PathVerdict v;
    v.path = "db/1.sql";
    v.old_path = "db/0.sql";
    v.status = ChangeStatus::renamed;
    v.zone = "Migrations";
    v.owners = {"foundation"};
    v.rule = "exclusive";
    v.allowed = false;
    v.reason = "finance-ui may not rename it";
    v.pattern_where = {"tollgate.yml", 3, 5};
    v.pattern = "db/";
    r.add(v, {});
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
    PathVerdict v;
    v.path = "evil\x1b[2Jname";
    r.add(v, {});
    const auto text = render_zones_text(r, false);
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
    EXPECT_NE(text.find("evil\\x1B[2Jname\n     no zone"), std::string::npos) << text;
}

}  // namespace
}  // namespace tollgate
