#include "runner/zones/zone_lint.hpp"

#include "tests/unit/zones/zone_fixtures.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace tollgate {
namespace {

using test::InventoryBuilder;

std::vector<std::string> lint(const Inventory& inv, const std::vector<std::string>& paths, Diagnostics* out = nullptr) {
    Diagnostics d;
    lint_zones(inv, paths, d);
    std::vector<std::string> lines;
    for (const auto& x : d.all()) lines.push_back(x.str());
    if (out) *out = d;
    return lines;
}

bool has(const std::vector<std::string>& lines, const std::string& needle) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(needle) != std::string::npos; });
}

TEST(LintZones, ReportsInvalidPatternsAsErrorsAtTheirLocation) {
    const Inventory inv = InventoryBuilder().zone("Bad", {"docs/", "!docs/x", "a//b"}, {"w"}, ZoneRule::shared).build();
    Diagnostics d;
    const auto lines = lint(inv, {"docs/a.md"}, &d);
    EXPECT_EQ(d.error_count(), 2);
    EXPECT_TRUE(has(lines,
                    "tollgate.yml:11:7: error: invalid path pattern '!docs/x' in zone Bad: '!' negation is not "
                    "supported by CODEOWNERS"));
    EXPECT_TRUE(has(lines, "tollgate.yml:12:7: error: invalid path pattern 'a//b' in zone Bad: empty path segment"));
}

TEST(LintZones, WarnsAboutDeadPatternsWithoutFailing) {
    const Inventory inv = InventoryBuilder().zone("Future", {"reports/"}, {"w"}, ZoneRule::exclusive).build();
    Diagnostics d;
    const auto lines = lint(inv, {"src/a.c"}, &d);
    EXPECT_FALSE(d.has_errors());
    EXPECT_TRUE(
        has(lines, "tollgate.yml:10:7: warning: path pattern 'reports/' (zone Future) matches no tracked file"));
}

TEST(LintZones, WarnsAboutPatternsShadowedByLaterOnesNamingTheLaterPattern) {
    const Inventory inv = InventoryBuilder()
                              .zone("Api", {"docs/api/"}, {"a"}, ZoneRule::shared)
                              .zone("Docs", {"docs/"}, {"a"}, ZoneRule::shared)
                              .build();
    const auto lines = lint(inv, {"docs/api/x.md", "docs/api/y.md", "docs/z.md"});
    EXPECT_TRUE(has(lines,
                    "tollgate.yml:10:7: warning: path pattern 'docs/api/' (zone Api) is shadowed: all 2 tracked "
                    "file(s) it matches are won by later patterns, e.g. 'docs/' (zone Docs) at tollgate.yml:11"));
    EXPECT_FALSE(has(lines, "'docs/' (zone Docs) is shadowed"));
}

TEST(LintZones, PartlyOverriddenPatternIsNotShadowed) {
    const Inventory inv = InventoryBuilder()
                              .zone("Docs", {"docs/"}, {"a"}, ZoneRule::shared)
                              .zone("Api", {"docs/api/"}, {"a"}, ZoneRule::shared)
                              .build();
    const auto lines = lint(inv, {"docs/api/x.md", "docs/z.md"});
    EXPECT_FALSE(has(lines, "shadowed"));
}

TEST(LintZones, ReportsOverlapOfDifferentOwnersOncePerPatternPairWithCountAndExample) {
    const Inventory inv = InventoryBuilder()
                              .zone("Docs", {"docs/"}, {"writer"}, ZoneRule::exclusive)
                              .zone("Api", {"docs/api/"}, {"api"}, ZoneRule::exclusive)
                              .zone("Also writer", {"*.md"}, {"writer"}, ZoneRule::shared)
                              .build();
    const auto lines = lint(inv, {"docs/api/a.txt", "docs/api/b.txt", "docs/c.txt", "docs/api/d.md"});
    const auto count = std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.find("different owners") != std::string::npos;
    });
    // docs/ vs docs/api/ (writer vs api), docs/api/ vs *.md (api vs writer); docs/ vs *.md share an owner.
    EXPECT_EQ(count, 2);
    EXPECT_TRUE(has(lines,
                    "tollgate.yml:10:7: warning: zones of different owners claim the same files: 'docs/' "
                    "(zone Docs) owned by writer and 'docs/api/' (zone Api) owned by api at tollgate.yml:11 "
                    "both match 2 tracked file(s), e.g. docs/api/a.txt"));
    EXPECT_TRUE(has(lines,
                    "'docs/api/' (zone Api) owned by api and '*.md' (zone Also writer) owned by writer at "
                    "tollgate.yml:12 both match 1 tracked file(s), e.g. docs/api/d.md"));
}

TEST(LintZones, SameOwnersInAnyOrderDoNotCountAsOverlap) {
    const Inventory inv = InventoryBuilder()
                              .zone("A", {"src/"}, {"x", "y"}, ZoneRule::shared)
                              .zone("B", {"src/core/"}, {"y", "x"}, ZoneRule::exclusive)
                              .build();
    EXPECT_FALSE(has(lint(inv, {"src/core/a.c"}), "different owners"));
}

TEST(LintZones, NotesTheCountOfUnownedFiles) {
    const Inventory inv = InventoryBuilder().zone("Docs", {"docs/"}, {"w"}, ZoneRule::shared).build();
    const auto lines = lint(inv, {"docs/a.md", "src/a.c", "src/b.c"});
    EXPECT_TRUE(has(lines, "tollgate.yml: note: 2 of 3 tracked file(s) are in no zone"));
}

TEST(LintZones, EscapesNonUtf8PathsInExamples) {
    const Inventory inv = InventoryBuilder()
                              .zone("A", {"data/"}, {"x"}, ZoneRule::shared)
                              .zone("B", {"data/raw/"}, {"y"}, ZoneRule::shared)
                              .build();
    const auto lines = lint(inv, {std::string("data/raw/caf\xe9")});
    EXPECT_TRUE(has(lines, "e.g. data/raw/caf\\xE9"));
}

TEST(LintZones, HandlesManyPathsAndPatterns) {
    InventoryBuilder b;
    for (int i = 0; i < 300; ++i) {
        b.zone("Z" + std::to_string(i), {"/mod" + std::to_string(i) + "/", "*.ext" + std::to_string(i)},
               {"p" + std::to_string(i % 7)}, ZoneRule::shared);
    }
    const Inventory inv = b.build();
    std::vector<std::string> paths;
    for (int i = 0; i < 20000; ++i) {
        paths.push_back("mod" + std::to_string(i % 400) + "/sub/f" + std::to_string(i) + ".ext" +
                        std::to_string(i % 350));
    }
    Diagnostics d;
    lint_zones(inv, paths, d);
    EXPECT_FALSE(d.has_errors());
    EXPECT_TRUE(has(lint(inv, paths), "tracked file(s) are in no zone"));
}

}  // namespace
}  // namespace tollgate
