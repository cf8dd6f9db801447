#include "runner/report/zones_json.hpp"

#include "runner/git/raw_path.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

// One judged path: its verdict and the file git reported.
struct Entry {
    PathVerdict verdict;
    ChangedFile file;
};

Entry entry(std::string path, bool allowed) {
    Entry e;
    e.verdict.path = std::move(path);
    e.verdict.status = ChangeStatus::modified;
    e.verdict.zone = "Migrations";
    e.verdict.owners = {"foundation", "ops"};
    e.verdict.rule = "exclusive";
    e.verdict.allowed = allowed;
    e.verdict.reason = allowed ? "allowed: owner" : "finance-ui may not modify it";
    e.verdict.pattern_where = {"tollgate.yml", 12, 14};
    e.verdict.pattern = "database/migrations/";
    e.file.old_mode = 0100644;
    e.file.new_mode = 0100755;
    e.file.lines_known = true;
    e.file.lines_added = 3;
    return e;
}

TEST(RenderZonesJson, ALargeChangeRenderedInReusedBlocksIsTheSameDocumentInTheSameOrder) {
    ZonesResult r;
    r.mode = ChangeMode::range;
    r.judged = true;
    for (int i = 0; i < 5000; ++i) {
        auto e = entry("src/f" + std::to_string(i) + (i % 7 == 0 ? "\"q\\\n" : ".c"), i % 3 != 0);
        r.add(e.verdict, e.file);
    }
    r.files[42].new_mode = 0120000;  // a symlink
    r.files[43].new_mode = 0160000;  // a submodule
    r.files[44].lines_known = false;
    std::string joined;
    int parts = 0;
    render_zones_json_to(r, [&](std::string_view part) {
        joined += part;
        ++parts;
    });
    EXPECT_GT(parts, 6);  // the header, blocks of entries, the end
    EXPECT_EQ(joined, render_zones_json(r));
    const auto j = nlohmann::json::parse(joined);
    ASSERT_EQ(j["changed"].size(), 5000U);
    for (int i : {0, 1, 1023, 1024, 4999}) {
        EXPECT_EQ(j["changed"][i]["path"], r.verdicts[i].path) << i;
        EXPECT_EQ(j["changed"][i]["verdict"], i % 3 != 0 ? "allowed" : "violation") << i;
    }
    EXPECT_EQ(j["changed"][0]["path"], "src/f0\"q\\\n");
    EXPECT_EQ(j["changed"][1]["old_mode"], "100644");
    EXPECT_EQ(j["changed"][42]["new_mode"], "120000");
    EXPECT_EQ(j["changed"][43]["new_mode"], "160000");
    EXPECT_EQ(j["changed"][43]["lines_added"], 3);
    EXPECT_TRUE(j["changed"][44]["lines_added"].is_null());
}

TEST(RenderZonesJson, WritesTheDesignFieldsForAJudgedChange) {
    ZonesResult r;
    r.mode = ChangeMode::range;
    r.judged = true;
    r.packet = "finance-ui";
    r.base_ref = "main";
    r.head_ref = "HEAD";
    const auto e = entry("database/migrations/1.sql", false);
    r.add(e.verdict, e.file);
    r.violations = 1;
    const auto j = nlohmann::json::parse(render_zones_json(r));
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["verdict"], "fail");
    EXPECT_EQ(j["packet"], "finance-ui");
    EXPECT_TRUE(j["branch"].is_null());
    const auto& c = j["changed"][0];
    EXPECT_EQ(c["path"], "database/migrations/1.sql");
    EXPECT_TRUE(c["old_path"].is_null());
    EXPECT_EQ(c["status"], "modified");
    EXPECT_EQ(c["owner"], "foundation, ops");
    EXPECT_EQ(c["owners"].size(), 2u);
    EXPECT_EQ(c["verdict"], "violation");
    EXPECT_EQ(c["pattern_where"], "tollgate.yml:12:14");
    EXPECT_EQ(c["lines_added"], 3);
    EXPECT_EQ(c["old_mode"], "100644");
    EXPECT_EQ(c["new_mode"], "100755");
}

TEST(RenderZonesJson, WritesPatternWhereAsSourceLocationStrDoes) {
    for (const SourceLocation& where : {SourceLocation{"tollgate.yml", 12, 14}, SourceLocation{"tollgate.yml", 12, 0},
                                        SourceLocation{"tollgate.yml", 0, 7}, SourceLocation{"zones/\"q\".yml", 3, 1},
                                        SourceLocation{"z\xc3\xa9ro.yml", 9, 2}}) {
        ZonesResult r;
        r.judged = true;
        auto e = entry("x.sql", true);
        e.verdict.pattern_where = where;
        r.add(e.verdict, e.file);
        const auto j = nlohmann::json::parse(render_zones_json(r));
        EXPECT_EQ(j["changed"][0]["pattern_where"], where.str()) << where.str();
    }
    ZonesResult unzoned;
    auto e = entry("x.sql", true);
    e.verdict.pattern_where = {};
    unzoned.add(e.verdict, e.file);
    EXPECT_TRUE(nlohmann::json::parse(render_zones_json(unzoned))["changed"][0]["pattern_where"].is_null());
}

TEST(RenderZonesJson, EscapesControlCharactersAndKeepsNonUtf8PathsInBase64) {
    ZonesResult r;
    r.judged = true;
    const std::string raw("db/\x01quote\"\\new\nline-\xff.sql");
    const auto e = entry(raw, true);
    r.add(e.verdict, e.file);
    const auto j = nlohmann::json::parse(render_zones_json(r));
    const auto& c = j["changed"][0];
    EXPECT_EQ(c["path"], std::string("db/\x01quote\"\\new\nline-\xEF\xBF\xBD.sql"));
    std::string back;
    ASSERT_TRUE(base64_decode(c["path_bytes"].get<std::string>(), back));
    EXPECT_EQ(back, raw);
}

TEST(RenderZonesJson, LeavesVerdictsNullForALookup) {
    ZonesResult r;
    r.mode = ChangeMode::paths;
    const auto e = entry("x.sql", false);
    r.add(e.verdict, e.file);
    const auto j = nlohmann::json::parse(render_zones_json(r));
    EXPECT_EQ(j["mode"], "paths");
    EXPECT_EQ(j["verdict"], "pass");
    EXPECT_TRUE(j["changed"][0]["verdict"].is_null());
    EXPECT_TRUE(j["changed"][0]["reason"].is_null());
}

}  // namespace
}  // namespace tollgate
