#include "runner/zones/zone_map.hpp"

#include "tests/unit/zones/zone_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::InventoryBuilder;

TEST(ZoneMap, LastMatchingZoneWins) {
    const Inventory inv = InventoryBuilder()
                              .zone("Everything", {"*"}, {"lead"}, ZoneRule::shared)
                              .zone("Docs", {"docs/"}, {"writer"}, ZoneRule::exclusive)
                              .zone("Api docs", {"docs/api/"}, {"api"}, ZoneRule::extend)
                              .build();
    const ZoneMap map(inv);
    ASSERT_TRUE(map.match("README.md"));
    EXPECT_EQ(map.match("README.md")->zone->name, "Everything");
    EXPECT_EQ(map.match("docs/guide.md")->zone->name, "Docs");
    EXPECT_EQ(map.match("docs/api/v1.md")->zone->name, "Api docs");
}

TEST(ZoneMap, OrderDecidesEvenWhenAnEarlierPatternIsMoreSpecific) {
    const Inventory inv = InventoryBuilder()
                              .zone("Api docs", {"docs/api/"}, {"api"}, ZoneRule::extend)
                              .zone("Docs", {"docs/"}, {"writer"}, ZoneRule::exclusive)
                              .build();
    const ZoneMap map(inv);
    EXPECT_EQ(map.match("docs/api/v1.md")->zone->name, "Docs");
}

TEST(ZoneMap, ReportsTheWinningPatternWithItsLocation) {
    const Inventory inv =
        InventoryBuilder()
            .zone("Migrations", {"database/migrations/", "**/Migrations/"}, {"foundation"}, ZoneRule::exclusive)
            .build();
    const ZoneMap map(inv);
    const auto m = map.match("src/Data/Migrations/001.cs");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->pattern->value, "**/Migrations/");
    EXPECT_EQ(m->pattern->where.str(), "tollgate.yml:11:7");
}

TEST(ZoneMap, ReturnsNothingForAnUnzonedPath) {
    const Inventory inv = InventoryBuilder().zone("Docs", {"/docs/"}, {"w"}, ZoneRule::shared).build();
    const ZoneMap map(inv);
    EXPECT_FALSE(map.match("src/docs.c"));
    EXPECT_EQ(map.winner("src/docs.c"), ZoneMap::none);
}

TEST(ZoneMap, SkipsInvalidPatternsButKeepsTheRest) {
    const Inventory inv = InventoryBuilder().zone("Bad", {"!docs/", "docs/"}, {"w"}, ZoneRule::shared).build();
    const ZoneMap map(inv);
    EXPECT_EQ(map.size(), 1u);
    EXPECT_EQ(map.match("docs/a.md")->pattern->value, "docs/");
}

TEST(ZoneMap, ListsAllMatchesInInventoryOrder) {
    const Inventory inv = InventoryBuilder()
                              .zone("A", {"*.md", "src/"}, {"a"}, ZoneRule::shared)
                              .zone("B", {"/src/docs/"}, {"b"}, ZoneRule::shared)
                              .zone("C", {"**/docs/**/*.md", "*"}, {"c"}, ZoneRule::shared)
                              .build();
    const ZoneMap map(inv);
    std::vector<std::size_t> hits{99};
    map.all_matches("src/docs/x/readme.md", hits);
    EXPECT_EQ(hits, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
    map.all_matches("lib/a.c", hits);
    EXPECT_EQ(hits, (std::vector<std::size_t>{4}));
    EXPECT_EQ(map.winner("src/docs/x/readme.md"), 4u);
}

TEST(ZoneMap, AgreesWithALinearScanOverMixedPatterns) {
    // The bucket index must never change the answer of "last match wins".
    const std::vector<std::string> patterns{"*",         "/src/",       "src/*.c", "*.md",      "docs/",
                                            "**/test/",  "lib/**/x.h",  "/a/b/c",  "*.min.*",   "Makefile",
                                            "*/build/",  "src/*/impl/", "?.txt",   "/*",        "**/*.json",
                                            "vendor/**", "a*",          "tools",   "src/\\*.c", "x/**/y/**/z"};
    InventoryBuilder b;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        b.zone("Z" + std::to_string(i), {patterns[i]}, {"p" + std::to_string(i % 3)}, ZoneRule::shared);
    }
    const Inventory inv = b.build();
    const ZoneMap map(inv);
    const std::vector<std::string> paths{
        "README.md",   "src/a.c",     "src/x/impl/y.c", "docs/a/b.md",    "t/test/x.py",
        "lib/q/r/x.h", "a/b/c",       "a/b/c/d",        "web/app.min.js", "Makefile",
        "k/build/o.o", "z.txt",       "pkg/p.json",     "vendor/v/w.go",  "abc",
        "src/*.c",     "x/1/y/2/z/3", "tools/t.sh",     "deep/a/tools",   "src/readme.md",
        "q",           "x/y/z"};
    for (const auto& path : paths) {
        std::size_t expected = ZoneMap::none;
        for (std::size_t i = 0; i < map.size(); ++i) {
            if (map.pattern(i).matches(path)) expected = i;
        }
        EXPECT_EQ(map.winner(path), expected) << path;
    }
}

}  // namespace
}  // namespace tollgate
