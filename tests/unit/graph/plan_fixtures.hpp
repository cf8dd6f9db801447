#pragma once

// Whole plans built in code for the graph and plan-report tests.

#include "tests/support/inventory_builder.hpp"

namespace tollgate::test {

/// Seed 000 (FinOps orchestration guide): batches 1-9 with the table's
/// dependencies and efforts, "Batch 8 should ideally follow Batch 3" as
/// prefer-after, and the final gate as a checkpoint after testing.
inline Inventory seed000_inventory() {
    Inventory inv;
    inv.project = "FinOps billing module";
    auto batch = [&](const std::string& id, const std::string& b, const std::string& title, const std::string& priority,
                     const std::string& effort, const std::vector<std::string>& after) -> Packet& {
        Packet& p = add_packet(inv, id, effort, after);
        p.batch = b;
        p.title = title;
        p.priority = priority;
        return p;
    };
    const std::vector<std::string> base{"foundation", "services"};
    batch("foundation", "1", "Foundation (DB/Models)", "P1", "2-3d", {});
    batch("services", "2", "Services", "P1", "3-4d", {"foundation"});
    batch("finance-ui", "3A", "Finance Admin UI", "P1", "4-5d", base);
    batch("portal-ui", "3B", "Client Portal UI", "P1", "3-4d", base);
    batch("tech-ui", "3C", "Technician UI", "P2", "2-3d", base);
    batch("integrations", "4", "Integrations", "P2-P3", "4-5d", base);
    batch("jobs", "5", "Jobs & Automation", "P2", "3-4d", {"foundation", "services", "integrations"});
    batch("testing", "6", "Testing", "P1", "5-7d",
          {"foundation", "services", "finance-ui", "portal-ui", "tech-ui", "integrations", "jobs", "ai-ml", "l10n",
           "reporting"});
    batch("ai-ml", "7", "AI/ML Features", "P3", "4-5d", base);
    batch("l10n", "8", "Localization & A11y", "P3", "3-4d", base).prefer_after =
        located({"finance-ui", "portal-ui", "tech-ui"});
    batch("reporting", "9", "Advanced Reporting", "P2-P3", "4-5d", base);
    Checkpoint& final_gate = add_checkpoint(inv, "final-gate", {"testing"}, {"full-suite", "phpstan", "pint"});
    final_gate.title = "Final Gate";
    final_gate.criteria = {"Full test suite", "Static analysis", "Code style"};
    add_gate(inv, "full-suite");
    add_gate(inv, "phpstan");
    add_gate(inv, "pint");
    return inv;
}

/// A small plan that exercises what seed 000 does not: a start date,
/// streams, checkpoints due by day and by date (one late), done, paused,
/// dropped and unestimated packets, and a preference that cannot be honoured.
inline Inventory feature_tour_inventory() {
    Inventory inv;
    inv.project = "Restaurant \"Ticket\" <feature>";
    inv.start = CivilDate::parse("2025-01-20");
    add_stream(inv, "backend", 2);
    add_stream(inv, "frontend", 1);
    auto packet = [&](const std::string& id, const std::string& stream, const std::string& effort,
                      const std::vector<std::string>& after, const std::vector<std::string>& prefer = {}) -> Packet& {
        Packet& p = add_packet(inv, id, effort, after, prefer);
        p.stream = stream;
        return p;
    };
    packet("schema", "backend", "1d", {}).status = PacketStatus::done;
    packet("models", "backend", "1-2d", {"schema"}).title = "SQLAlchemy models";
    packet("services", "backend", "2-3d", {"cp-schema"}).title = "Working days & CSV";
    packet("api", "backend", "", {"services"}).title = "API endpoints";
    packet("design", "frontend", "8-12h", {}, {"api"}).title = "UI \"design\"\nand style guide";
    packet("components", "frontend", "2d", {"design", "legacy"}).status = PacketStatus::paused;
    packet("legacy", "frontend", "5d", {}).status = PacketStatus::dropped;
    packet("rollout", "", "1d", {"cp-api", "components"});
    Checkpoint& kickoff = add_checkpoint(inv, "kickoff");
    kickoff.title = "Kick-off";
    kickoff.due = Due{1, std::nullopt, {}};
    Checkpoint& schema = add_checkpoint(inv, "cp-schema", {"models"}, {"migrate"});
    schema.title = "Database Schema Validation";
    schema.due = Due{1, std::nullopt, {}};
    schema.criteria = {"All migrations tested", "Rollback verified"};
    Checkpoint& api = add_checkpoint(inv, "cp-api", {"api", "cp-schema"});
    api.title = "API Contract Lock";
    api.due = Due{std::nullopt, CivilDate::parse("2025-01-31"), {}};
    api.blocker = false;
    add_gate(inv, "migrate");
    return inv;
}

}  // namespace tollgate::test
