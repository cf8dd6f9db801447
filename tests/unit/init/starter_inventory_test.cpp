#include "runner/init/starter_inventory.hpp"

#include "runner/inventory/loader.hpp"
#include "tests/support/temp_dir.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

namespace tollgate {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// What `init` reads in a directory, rendered: the unit under test with
// its real inputs.
std::string starter_for(const test::TempDir& dir, StarterSummary* summary = nullptr) {
    StarterInputs in;
    in.project = "demo";
    in.project_origin = "guessed: the repository's directory name";
    in.base = "main";
    in.base_origin = "from refs/remotes/origin/HEAD";
    if (const auto found = find_codeowners(dir.path())) {
        in.codeowners = read_codeowners(test::read_file(dir.path() / *found), *found);
    }
    in.gates = probe_repository(dir.path());
    return render_starter_inventory(in, summary);
}

// The emitted text through the project's own loader and validator, as
// `tollgate validate` reads it: no errors, or the test fails naming them.
Inventory load_back(const test::TempDir& dir, const std::string& text) {
    const auto path = dir.write("tollgate.yml", text);
    Diagnostics diagnostics;
    Inventory inventory = load_and_validate_inventory(path, filesystem_source(dir.path()), diagnostics);
    std::string errors;
    for (const auto& d : diagnostics.sorted()) {
        if (d.severity == Severity::error) errors += d.str() + "\n";
    }
    EXPECT_EQ(errors, "") << text;
    return inventory;
}

struct RepoShape {
    const char* name;
    std::function<void(const test::TempDir&)> write;
};

TEST(StarterInventory, LoadsAndValidatesForEveryKindOfRepository) {
    const std::vector<RepoShape> shapes = {
        {"empty", [](const test::TempDir&) {}},
        {"cmake and github codeowners",
         [](const test::TempDir& d) {
             d.write("CMakeLists.txt", "project(x)\nenable_testing()\n");
             d.write(".github/CODEOWNERS", "# all\n* @acme/core\n/docs/ @acme/docs docs@acme.example\n");
         }},
        {"negations, ranges, duplicates and owners named like gates",
         [](const test::TempDir& d) {
             d.write("Makefile", "test:\n\ttrue\n");
             d.write("CODEOWNERS",
                     "*.c @make-test\n!/x/ @a\nsrc/[ab].c @b\n*.c @c\n/unowned/\n*.md @x/y #docs: \"quoted\"\n");
         }},
        {"every build file, docs/CODEOWNERS",
         [](const test::TempDir& d) {
             d.write("CMakeLists.txt", "include(CTest)\n");
             d.write("Makefile", "check:\n\ttrue\n");
             d.write("pyproject.toml", "[tool.pytest.ini_options]\n");
             d.write("package.json", "{\"scripts\": {\n\"test\": \"jest\",\n\"lint\": \"eslint\"}}\n");
             d.write("go.mod", "module x\n");
             d.write("Cargo.toml", "[workspace]\n");
             d.write("docs/CODEOWNERS", "/api/ @build @ctest @go-test\n");
         }},
        {"only comments in codeowners", [](const test::TempDir& d) { d.write("CODEOWNERS", "# nobody yet\n\n"); }},
    };
    for (const auto& shape : shapes) {
        SCOPED_TRACE(shape.name);
        test::TempDir dir;
        shape.write(dir);
        const auto text = starter_for(dir);
        (void)load_back(dir, text);
    }
}

TEST(StarterInventory, TurnsCodeownersRulesIntoZonesInOrderWithPlaceholderOwners) {
    test::TempDir dir;
    dir.write(".github/CODEOWNERS", "# Everything\n* @acme/core\n\n/docs/ @acme/docs @acme/core\n/vendor/\n");
    StarterSummary summary;
    const auto text = starter_for(dir, &summary);
    const auto inv = load_back(dir, text);
    ASSERT_EQ(inv.zones.size(), 3u);
    EXPECT_EQ(inv.zones[0].paths.at(0).value, "*");
    EXPECT_EQ(inv.zones[0].owners.at(0).value, "acme-core");
    EXPECT_EQ(inv.zones[0].rule, ZoneRule::coordinate);
    EXPECT_EQ(inv.zones[1].owners.size(), 2u);
    EXPECT_EQ(inv.zones[2].rule, ZoneRule::shared);
    EXPECT_TRUE(inv.zones[2].owners.empty());
    ASSERT_EQ(inv.packets.size(), 2u);
    EXPECT_EQ(inv.packets[0].id, "acme-core");
    EXPECT_EQ(inv.packets[1].id, "acme-docs");
    EXPECT_EQ(summary.zones, 3);
    EXPECT_EQ(summary.packets, 2);
    // The comment stays where it stood, and every guess names its source.
    EXPECT_THAT(text, HasSubstr("  # Everything\n  - name: \"*\"\n"));
    EXPECT_THAT(text, HasSubstr("# from .github/CODEOWNERS:4: @acme/docs @acme/core"));
    EXPECT_THAT(text, HasSubstr("the team still needs packets"));
    EXPECT_THAT(text, HasSubstr("base: main  # from refs/remotes/origin/HEAD"));
}

TEST(StarterInventory, KeepsIgnoredCodeownersLinesAsCommentsOnly) {
    test::TempDir dir;
    dir.write("CODEOWNERS", "* @a\n!/secret/ @b\n");
    StarterSummary summary;
    const auto text = starter_for(dir, &summary);
    const auto inv = load_back(dir, text);
    EXPECT_EQ(inv.zones.size(), 1u);
    EXPECT_EQ(inv.packets.size(), 1u);  // @b owns nothing GitHub honours
    EXPECT_EQ(summary.skipped_rules, 1);
    EXPECT_THAT(text, HasSubstr("# from CODEOWNERS:2: not carried over, GitHub ignores this line: !/secret/ @b"));
}

TEST(StarterInventory, GivesOwnerPacketsIdsNoGateHas) {
    test::TempDir dir;
    dir.write("CMakeLists.txt", "enable_testing()\n");
    dir.write("CODEOWNERS", "* @build\n");
    const auto inv = load_back(dir, starter_for(dir));
    ASSERT_EQ(inv.packets.size(), 1u);
    EXPECT_EQ(inv.packets[0].id, "build-2");
    EXPECT_EQ(inv.zones.at(0).owners.at(0).value, "build-2");
}

TEST(StarterInventory, MarksEveryGateWithTheFileAndLineItCameFrom) {
    test::TempDir dir;
    dir.write("CMakeLists.txt", "project(x)\nenable_testing()\n");
    dir.write("go.mod", "module x\n");
    const auto text = starter_for(dir);
    const auto inv = load_back(dir, text);
    ASSERT_EQ(inv.gates.size(), 4u);
    EXPECT_EQ(inv.gates[1].id, "ctest");
    EXPECT_EQ(inv.gates[1].needs.at(0).value, "build");
    EXPECT_THAT(text, HasSubstr("  # from CMakeLists.txt:2: enable_testing()\n  - id: build\n"));
    EXPECT_THAT(text, HasSubstr("  # from go.mod:1: module x\n  - id: go-test\n"));
    EXPECT_THAT(text, HasSubstr("timeout: 30m  # guessed"));
}

TEST(StarterInventory, SaysWhatToAddWhenTheRepositoryShowsNothing) {
    test::TempDir dir;
    const auto text = starter_for(dir);
    const auto inv = load_back(dir, text);
    EXPECT_TRUE(inv.packets.empty());
    EXPECT_TRUE(inv.zones.empty());
    EXPECT_TRUE(inv.gates.empty());
    EXPECT_THAT(text, HasSubstr("# guessed: no CODEOWNERS"));
    EXPECT_THAT(text, HasSubstr("# guessed: no CMake/CTest"));
    EXPECT_THAT(text, Not(HasSubstr("\t")));
}

}  // namespace
}  // namespace tollgate
