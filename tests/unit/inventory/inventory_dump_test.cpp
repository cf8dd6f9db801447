#include "runner/inventory/inventory_dump.hpp"

#include "runner/inventory/loader.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace tollgate {
namespace {

namespace fs = std::filesystem;

const fs::path k_fixture = test::source_dir() / "tests/fixtures/inventory/representative";
const fs::path k_golden = test::source_dir() / "tests/fixtures/inventory/representative.dump";

// Reads the fixture through relative names, so locations in the dump do not
// depend on where the source tree or the test's working directory is.
InventorySource fixture_source() {
    InventorySource source = filesystem_source(k_fixture);
    const auto read = source.read;
    source.read = [read](const fs::path& p) { return read(k_fixture / p); };
    return source;
}

TEST(InventoryDump, MatchesTheGoldenDumpOfTheRepresentativeInventory) {
    Diagnostics d;
    const Inventory inv = load_inventory("tollgate.yml", fixture_source(), d);
    for (const auto& diag : d.all()) ADD_FAILURE() << diag.str();
    const std::string dump = dump_inventory(inv);
    // TOLLGATE_UPDATE_GOLDEN=1 rewrites the golden file after a deliberate change.
    if (std::getenv("TOLLGATE_UPDATE_GOLDEN") != nullptr) std::ofstream(k_golden, std::ios::binary) << dump;
    EXPECT_EQ(dump, test::read_file(k_golden));
}

TEST(InventoryDump, TheRepresentativeInventoryIsValid) {
    Diagnostics d;
    load_and_validate_inventory(k_fixture / "tollgate.yml", filesystem_source(k_fixture), d);
    for (const auto& diag : d.all()) ADD_FAILURE() << diag.str();
}

TEST(InventoryDump, EscapesControlCharactersSoEachFactStaysOnOneLine) {
    Inventory inv;
    Packet p;
    p.id = "a";
    p.where = {"t.yml", 1, 1};
    p.description = "two\nlines\x1b[31m";
    inv.packets.push_back(p);
    EXPECT_EQ(dump_inventory(inv), "version: 1\npacket a @t.yml:1:1\n  description: two\\nlines\\x1B[31m\n");
}

}  // namespace
}  // namespace tollgate
