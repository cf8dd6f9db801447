#include "runner/inventory/validation_report.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

Inventory sample_inventory(int packets, int gates) {
    Inventory inv;
    inv.files = {"tollgate.yml"};
    inv.packets.resize(static_cast<std::size_t>(packets));
    inv.gates.resize(static_cast<std::size_t>(gates));
    inv.checkpoints.resize(1);
    inv.zones.resize(2);
    inv.triggers.resize(3);
    return inv;
}

TEST(ValidationReport, SummarisesAValidInventoryAsOk) {
    const auto r = make_validation_report(sample_inventory(11, 14), Diagnostics{});
    EXPECT_TRUE(r.valid());
    EXPECT_EQ(render_validation_summary(r),
              "tollgate.yml: 11 packets, 14 gates, 1 checkpoint, 2 zones, 3 triggers: OK\n");
    EXPECT_EQ(render_validation_diagnostics(r), "");
}

TEST(ValidationReport, CountsErrorsAndWarningsAndIncludedFiles) {
    Inventory inv = sample_inventory(1, 1);
    inv.files.push_back("packets/a.yml");
    inv.files.push_back("packets/b.yml");
    Diagnostics d;
    d.warning({"tollgate.yml", 9, 1}, "w");
    d.error({"tollgate.yml", 3, 1}, "e1");
    d.error({"packets/a.yml", 1, 1}, "e2");
    d.error({"tollgate.yml", 5, 2}, "e3", "h");
    const auto r = make_validation_report(inv, d);
    EXPECT_FALSE(r.valid());
    EXPECT_EQ(render_validation_summary(r),
              "tollgate.yml (+2 included files): 1 packet, 1 gate, 1 checkpoint, "
              "2 zones, 3 triggers: 3 errors, 1 warning\n");
    EXPECT_EQ(render_validation_diagnostics(r),
              "packets/a.yml:1:1: error: e2\n"
              "tollgate.yml:3:1: error: e1\n"
              "tollgate.yml:5:2: error: e3 (h)\n"
              "tollgate.yml:9:1: warning: w\n");
}

TEST(ValidationReport, SaysOkWithWarningsAndPutsNotesLast) {
    Diagnostics d;
    d.add({Severity::note, {}, "skipped", ""});
    d.warning({"tollgate.yml", 2, 1}, "w1");
    d.warning({"tollgate.yml", 1, 1}, "w2");
    const auto r = make_validation_report(sample_inventory(1, 1), d);
    EXPECT_TRUE(r.valid());
    EXPECT_EQ(render_validation_summary(r),
              "tollgate.yml: 1 packet, 1 gate, 1 checkpoint, 2 zones, 3 triggers: OK, 2 warnings\n");
    EXPECT_EQ(render_validation_diagnostics(r),
              "tollgate.yml:1:1: warning: w2\ntollgate.yml:2:1: warning: w1\nnote: skipped\n");
}

TEST(ValidationReport, RendersVersionedJson) {
    Diagnostics d;
    d.error({"tollgate.yml", 3, 5}, "unknown key 'gatez' in packet", "did you mean 'gates'?");
    d.add({Severity::note, {}, "skipped", ""});
    const auto j = nlohmann::json::parse(render_validation_json(make_validation_report(sample_inventory(2, 3), d)));
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["valid"], false);
    EXPECT_EQ(j["files"], nlohmann::json::array({"tollgate.yml"}));
    EXPECT_EQ(j["counts"]["packets"], 2);
    EXPECT_EQ(j["counts"]["gates"], 3);
    EXPECT_EQ(j["counts"]["checkpoints"], 1);
    EXPECT_EQ(j["counts"]["zones"], 2);
    EXPECT_EQ(j["counts"]["triggers"], 3);
    EXPECT_EQ(j["counts"]["streams"], 0);
    EXPECT_EQ(j["errors"], 1);
    EXPECT_EQ(j["warnings"], 0);
    ASSERT_EQ(j["diagnostics"].size(), 2u);
    EXPECT_EQ(j["diagnostics"][0], nlohmann::json::parse(R"({"severity": "error", "file": "tollgate.yml",
        "line": 3, "column": 5, "message": "unknown key 'gatez' in packet", "hint": "did you mean 'gates'?"})"));
    EXPECT_EQ(j["diagnostics"][1], nlohmann::json::parse(R"({"severity": "note", "file": null,
        "line": null, "column": null, "message": "skipped", "hint": ""})"));
}

}  // namespace
}  // namespace tollgate
