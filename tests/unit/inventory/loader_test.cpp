#include "runner/inventory/loader.hpp"

#include "runner/core/error.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/unit/inventory/load_text.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>

namespace tollgate {
namespace {

namespace fs = std::filesystem;
using test::load_files;
using test::load_yaml;
using test::TempDir;
using Messages = std::vector<std::string>;

TEST(Loader, ReadsTheRootKeys) {
    const auto r = load_yaml("version: 1\nproject: FinOps billing module\nbase: develop\nstart: 2025-01-20\n");
    EXPECT_EQ(r.messages, Messages{});
    EXPECT_EQ(r.inventory.version, 1);
    EXPECT_EQ(r.inventory.project, "FinOps billing module");
    EXPECT_EQ(r.inventory.base, "develop");
    ASSERT_TRUE(r.inventory.start);
    EXPECT_EQ(r.inventory.start->str(), "2025-01-20");
    EXPECT_EQ(r.inventory.files, (std::vector<std::string>{"tollgate.yml"}));
    EXPECT_EQ(r.inventory.root_dir, ".");
}

TEST(Loader, RequiresVersionOne) {
    EXPECT_EQ(load_yaml("project: x\n").messages,
              Messages{"tollgate.yml:1:1: error: inventory has no 'version' (add 'version: 1')"});
    EXPECT_EQ(load_yaml("version: 2\n").messages,
              Messages{"tollgate.yml:1:10: error: unsupported inventory version 2 (this tollgate reads version 1)"});
    EXPECT_EQ(load_yaml("version: one\n").messages,
              Messages{"tollgate.yml:1:10: error: unsupported inventory version one (this tollgate reads version 1)"});
    EXPECT_EQ(load_yaml("version: [1]\n").messages,
              Messages{"tollgate.yml:1:10: error: 'version' must be a whole number, got a list"});
}

TEST(Loader, ReportsAnUnknownRootKeyWithAHint) {
    EXPECT_EQ(load_yaml("version: 1\npacket: []\n").messages,
              Messages{"tollgate.yml:2:1: error: unknown key 'packet' in inventory (did you mean 'packets'?)"});
}

TEST(Loader, ReportsABadStartDate) {
    EXPECT_EQ(load_yaml("version: 1\nstart: 2025-13-01\n").messages,
              Messages{"tollgate.yml:2:8: error: 'start' must be a date YYYY-MM-DD, got \"2025-13-01\""});
}

TEST(Loader, ReportsAllErrorsOfAFileNotOnlyTheFirst) {
    const auto r = load_yaml(R"(version: 1
projct: x
packets:
  - id: a
    gates: lint
gates:
  - id: lint
    run: make
    retries: many
    run: make again
)");
    EXPECT_EQ(r.messages,
              (Messages{"tollgate.yml:2:1: error: unknown key 'projct' in inventory (did you mean 'project'?)",
                        "tollgate.yml:5:12: error: 'gates' must be a list, got \"lint\" (write 'gates: [lint]')",
                        "tollgate.yml:9:14: error: 'retries' must be a whole number, got \"many\"",
                        "tollgate.yml:10:5: error: duplicate key 'run' (first written at line 8)"}));
    EXPECT_EQ(r.inventory.packets.size(), 1u);
    EXPECT_EQ(r.inventory.gates.size(), 1u);
}

TEST(Loader, SaysAnEmptyFileIsEmpty) {
    EXPECT_EQ(load_yaml("").messages, Messages{"tollgate.yml: error: inventory is empty (start with 'version: 1')"});
    EXPECT_EQ(load_yaml("# plan goes here\n\n").messages,
              Messages{"tollgate.yml: error: inventory is empty (start with 'version: 1')"});
}

TEST(Loader, RefusesARootThatIsNotAMapping) {
    EXPECT_EQ(load_yaml("- version: 1\n").messages,
              Messages{"tollgate.yml:1:1: error: an inventory must be a mapping with keys such as 'version' "
                       "and 'packets', got a list"});
    EXPECT_EQ(load_yaml("hello\n").messages,
              Messages{"tollgate.yml:1:1: error: an inventory must be a mapping with keys such as 'version' "
                       "and 'packets', got \"hello\""});
}

TEST(Loader, ReportsMalformedYamlWithItsPosition) {
    EXPECT_EQ(load_yaml("version: 1\npackets:\n  - id: a\n   title: b\n").messages,
              Messages{"tollgate.yml:4:4: error: invalid YAML: did not find expected '-' indicator"});
}

TEST(Loader, RefusesABinaryFile) {
    EXPECT_EQ(load_yaml(std::string("version: 1\n\0\0\0", 14)).messages,
              Messages{"tollgate.yml:2:1: error: file is binary (NUL byte); an inventory is UTF-8 text"});
}

TEST(Loader, SaysWhenTheFileCannotBeRead) {
    Diagnostics d;
    load_inventory("nowhere.yml", test::memory_source({}), d);
    ASSERT_EQ(d.all().size(), 1u);
    EXPECT_EQ(d.all()[0].str(), "nowhere.yml: error: cannot read inventory file");
}

TEST(Loader, RefusesAnOversizedTextBeforeParsingIt) {
    const auto r = load_yaml("version: 1\n#" + std::string(max_inventory_bytes, 'x'));
    EXPECT_EQ(r.messages, Messages{"tollgate.yml: error: inventory file is 8388620 bytes, over the limit of "
                                   "8388608 bytes (an inventory is a plan, not data; check the file is the "
                                   "one meant)"});
}

TEST(Loader, RefusesAFiftyMegabyteFileWithoutReadingIt) {
    TempDir dir;
    const fs::path path = dir.path() / "tollgate.yml";
    {
        std::ofstream out(path, std::ios::binary);
        const std::string chunk(1 << 20, 'a');
        for (int i = 0; i < 50; ++i) out << chunk;
    }
    bool read_called = false;
    InventorySource source = filesystem_source(dir.path());
    const auto real_read = source.read;
    source.read = [&](const fs::path& p) {
        read_called = true;
        return real_read(p);
    };
    Diagnostics d;
    load_inventory(path, source, d);
    EXPECT_FALSE(read_called);
    ASSERT_EQ(d.all().size(), 1u);
    EXPECT_EQ(d.all()[0].message, "inventory file is 52428800 bytes, over the limit of 8388608 bytes");
}

TEST(Loader, LoadsIncludedFilesInGlobOrderThenSorted) {
    const auto r = load_files({
        {"tollgate.yml", "version: 1\ninclude: [packets/*.yml, gates.yml]\npackets:\n  - id: root\n"},
        {"packets/b.yml", "packets:\n  - id: b\n"},
        {"packets/a.yml", "packets:\n  - id: a\nzones:\n  - name: Z\n    paths: [z/]\n"},
        {"gates.yml", "gates:\n  - id: lint\n    run: make lint\n"},
    });
    EXPECT_EQ(r.messages, Messages{});
    ASSERT_EQ(r.inventory.packets.size(), 3u);
    EXPECT_EQ(r.inventory.packets[0].id, "root");
    EXPECT_EQ(r.inventory.packets[1].id, "a");
    EXPECT_EQ(r.inventory.packets[1].where.str(), "packets/a.yml:2:5");
    EXPECT_EQ(r.inventory.packets[2].id, "b");
    EXPECT_EQ(r.inventory.gates.at(0).where.str(), "gates.yml:2:5");
    EXPECT_EQ(r.inventory.zones.size(), 1u);
    EXPECT_EQ(r.inventory.files,
              (std::vector<std::string>{"tollgate.yml", "packets/a.yml", "packets/b.yml", "gates.yml"}));
}

TEST(Loader, ReportsAnIncludeThatMatchesNothing) {
    const auto r = load_files({{"tollgate.yml", "version: 1\ninclude: [packets/*.yml, extra.yml]\n"}});
    EXPECT_EQ(r.messages,
              (Messages{"tollgate.yml:2:11: error: include 'packets/*.yml' matches no file (include globs are "
                        "relative to the inventory's directory)",
                        "tollgate.yml:2:26: error: include 'extra.yml' matches no file (include globs are "
                        "relative to the inventory's directory)"}));
}

TEST(Loader, KeepsRootOnlyKeysOutOfIncludedFiles) {
    const auto r = load_files({
        {"tollgate.yml", "version: 1\ninclude: part.yml\n"},
        {"part.yml", "version: 1\ninclude: [more.yml]\npackets: []\npakets: []\n"},
    });
    EXPECT_EQ(r.messages,
              (Messages{"part.yml:1:1: error: 'version' belongs in the root inventory tollgate.yml, not in an "
                        "included file",
                        "part.yml:2:1: error: 'include' belongs in the root inventory tollgate.yml, not in an "
                        "included file",
                        "part.yml:4:1: error: unknown key 'pakets' in included file (did you mean 'packets'?)"}));
}

TEST(Loader, ReportsErrorsInIncludedFilesWithTheirOwnNames) {
    const auto r = load_files({
        {"tollgate.yml", "version: 1\ninclude: [p/*.yml]\n"},
        {"p/a.yml", "packets: [a, b\n"},
        {"p/b.yml", ""},
    });
    EXPECT_EQ(r.messages, (Messages{"p/a.yml:2:1: error: invalid YAML: flow sequence without a closing bracket",
                                    "p/b.yml: warning: included file is empty"}));
}

TEST(Loader, DoesNotLoadTheRootOrAFileTwice) {
    const auto r = load_files({
        {"tollgate.yml", "version: 1\ninclude: ['*.yml', 'a.yml']\npackets: [{id: root}]\n"},
        {"a.yml", "packets: [{id: a}]\n"},
    });
    EXPECT_EQ(r.messages, Messages{});
    EXPECT_EQ(r.inventory.packets.size(), 2u);
    EXPECT_EQ(r.inventory.files, (std::vector<std::string>{"tollgate.yml", "a.yml"}));
}

TEST(Loader, SkipsCrossChecksWhenAFileCouldNotBeParsedAndSaysSo) {
    Diagnostics d;
    load_and_validate_inventory("tollgate.yml",
                                test::memory_source({{"tollgate.yml",
                                                      "version: 1\ninclude: [a.yml]\npackets:\n  - id: x\n"
                                                      "    after: [defined-in-a]\n"},
                                                     {"a.yml", "packets: [\n"}}),
                                d);
    std::vector<std::string> messages;
    for (const auto& diag : d.all()) messages.push_back(diag.str());
    EXPECT_EQ(messages, (Messages{"a.yml:2:1: error: invalid YAML: flow sequence without a closing bracket",
                                  "note: reference, cycle and file checks were skipped (fix the files that "
                                  "could not be read, then run again)"}));
}

TEST(Loader, NamesFilesRelativeToTheCurrentDirectoryWhenInsideIt) {
    EXPECT_EQ(display_path(fs::current_path() / "sub" / "tollgate.yml"), "sub/tollgate.yml");
    EXPECT_EQ(display_path("/elsewhere-surely/tollgate.yml"), "/elsewhere-surely/tollgate.yml");
    EXPECT_EQ(display_path("./a/../tollgate.yml"), "tollgate.yml");
}

// --- filesystem_source -------------------------------------------------------

TEST(FilesystemSource, ReadsRegularFilesOnly) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\n");
    fs::create_directories(dir.path() / "adir");
    const auto source = filesystem_source(dir.path());
    EXPECT_EQ(source.read(dir.path() / "tollgate.yml"), "version: 1\n");
    EXPECT_EQ(source.read(dir.path() / "adir"), std::nullopt);
    EXPECT_EQ(source.read(dir.path() / "missing.yml"), std::nullopt);
    EXPECT_EQ(source.size(dir.path() / "tollgate.yml"), 11u);
    EXPECT_EQ(source.size(dir.path() / "missing.yml"), std::nullopt);
}

TEST(FilesystemSource, ExpandsIncludeGlobsRelativeToTheRootDir) {
    TempDir dir;
    dir.write("packets/b.yml", "");
    dir.write("packets/a.yml", "");
    dir.write("packets/notes.txt", "");
    const auto source = filesystem_source(dir.path());
    EXPECT_EQ(source.expand("packets/*.yml"), (std::vector<fs::path>{"packets/a.yml", "packets/b.yml"}));
}

TEST(FilesystemSource, LoadsARealTreeWithIncludes) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\ninclude: [packets/*.yml]\n");
    dir.write("packets/one.yml", "packets:\n  - id: one\n");
    Diagnostics d;
    const auto inv = load_inventory(dir.path() / "tollgate.yml", filesystem_source(dir.path()), d);
    EXPECT_FALSE(d.has_errors());
    ASSERT_EQ(inv.packets.size(), 1u);
    EXPECT_EQ(inv.packets[0].where.str(), (dir.path() / "packets/one.yml").string() + ":2:5");
    EXPECT_EQ(inv.root_dir, dir.path().string());
    EXPECT_EQ(inv.files, (std::vector<std::string>{(dir.path() / "tollgate.yml").string(),
                                                   (dir.path() / "packets/one.yml").string()}));
}

TEST(FilesystemSource, KeepsIncludeOrderAndEveryErrorWhenIncludesAreBigEnoughToParseOnSeveralThreads) {
    // Several files of 40 KiB each pass the bytes-per-thread threshold, so
    // they are parsed in parallel; packets and messages still come in include order.
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\ninclude: [packets/*.yml]\n");
    const std::string padding = "# " + std::string(78, '.') + "\n";
    std::string filler;
    while (filler.size() < 40 * 1024) filler += padding;
    for (const char* id : {"a", "b", "c", "d", "e", "f"})
        dir.write(std::string("packets/") + id + ".yml", filler + "packets:\n  - id: " + id + "\n");
    dir.write("packets/g.yml", filler + "packets: [broken\n");
    Diagnostics d;
    const auto inv = load_inventory(dir.path() / "tollgate.yml", filesystem_source(dir.path()), d);
    std::vector<std::string> ids;
    for (const auto& p : inv.packets) ids.push_back(p.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c", "d", "e", "f"}));
    ASSERT_EQ(d.sorted().size(), 1u);
    EXPECT_NE(d.sorted()[0].str().find("packets/g.yml:"), std::string::npos) << d.sorted()[0].str();
    EXPECT_EQ(inv.files.size(), 8u);
}

// --- locate_inventory ----------------------------------------------------------

TEST(LocateInventory, UsesAnExplicitPathRelativeToTheDirectory) {
    TempDir dir;
    dir.write("plans/main.yml", "version: 1\n");
    EXPECT_EQ(locate_inventory(dir.path(), "plans/main.yml"), dir.path() / "plans/main.yml");
}

TEST(LocateInventory, RefusesAnExplicitPathThatDoesNotExistOrIsADirectory) {
    TempDir dir;
    fs::create_directories(dir.path() / "plans");
    try {
        locate_inventory(dir.path(), "nope.yml");
        FAIL() << "expected UsageError";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "inventory file 'nope.yml' not found");
    }
    try {
        locate_inventory(dir.path(), "plans");
        FAIL() << "expected UsageError";
    } catch (const UsageError& e) {
        EXPECT_STREQ(e.what(), "inventory 'plans' is not a regular file");
    }
}

TEST(LocateInventory, FindsTollgateYmlBeforeTheHiddenName) {
    TempDir dir;
    dir.write("tollgate.yml", "");
    dir.write(".tollgate.yml", "");
    EXPECT_EQ(locate_inventory(dir.path(), ""), dir.path() / "tollgate.yml");
    fs::remove(dir.path() / "tollgate.yml");
    EXPECT_EQ(locate_inventory(dir.path(), ""), dir.path() / ".tollgate.yml");
}

TEST(LocateInventory, WalksUpToTheRepositoryRoot) {
    TempDir dir;
    fs::create_directories(dir.path() / ".git");
    dir.write("tollgate.yml", "");
    fs::create_directories(dir.path() / "src/deep");
    EXPECT_EQ(locate_inventory(dir.path() / "src/deep", ""), dir.path() / "tollgate.yml");
}

TEST(LocateInventory, PrefersTheNearestDirectoryAndStopsAtTheRepositoryRoot) {
    TempDir dir;
    dir.write("tollgate.yml", "");  // above the repository: must not be found
    fs::create_directories(dir.path() / "repo/.git");
    fs::create_directories(dir.path() / "repo/sub");
    EXPECT_THROW(locate_inventory(dir.path() / "repo/sub", ""), UsageError);
    dir.write("repo/sub/tollgate.yml", "");
    EXPECT_EQ(locate_inventory(dir.path() / "repo/sub", ""), dir.path() / "repo/sub/tollgate.yml");
}

TEST(LocateInventory, SaysWhereItLookedAndHowToNameAFile) {
    TempDir dir;
    fs::create_directories(dir.path() / ".git");
    try {
        locate_inventory(dir.path(), "");
        FAIL() << "expected UsageError";
    } catch (const UsageError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "no tollgate.yml or .tollgate.yml found in " + dir.path().string() + " or its repository root");
        EXPECT_EQ(e.hint(), "create one, or name it with --inventory FILE");
    }
}

// --- load_inventory_or_throw ---------------------------------------------------

TEST(LoadInventoryOrThrow, ThrowsWithEveryDiagnostic) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\npackets:\n  - id: a\n    after: [b]\n  - id: a\n");
    try {
        load_inventory_or_throw(dir.path() / "tollgate.yml");
        FAIL() << "expected InventoryError";
    } catch (const InventoryError& e) {
        EXPECT_STREQ(e.what(), "inventory has 2 errors");
        EXPECT_EQ(e.diagnostics().error_count(), 2);
        EXPECT_EQ(e.code(), ExitCode::usage);
    }
}

TEST(LoadInventoryOrThrow, ReturnsTheInventoryWhenThereAreOnlyWarnings) {
    TempDir dir;
    dir.write("tollgate.yml", "version: 1\nzones:\n  - name: Z\n    paths: [z/]\n");
    const Inventory inv = load_inventory_or_throw(dir.path() / "tollgate.yml");
    EXPECT_EQ(inv.zones.size(), 1u);
}

}  // namespace
}  // namespace tollgate
