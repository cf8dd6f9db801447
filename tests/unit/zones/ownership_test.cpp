#include "runner/zones/ownership.hpp"

#include "tests/unit/zones/zone_fixtures.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::changed;
using test::commit;
using test::InventoryBuilder;
using test::modified;

// The seed's layout: migrations exclusive, models extendable, routes coordinated, docs shared.
Inventory plan() {
    return InventoryBuilder()
        .packet("foundation")
        .packet("services")
        .packet("finance-ui")
        .zone("Migrations", {"database/migrations/"}, {"foundation"}, ZoneRule::exclusive)
        .zone("Models", {"app/Models/"}, {"foundation"}, ZoneRule::extend)
        .zone("Routes", {"routes/"}, {"foundation", "services"}, ZoneRule::coordinate, "Timestamp ordering")
        .zone("Docs", {"docs/"}, {"foundation"}, ZoneRule::shared)
        .build();
}

std::vector<PathVerdict> judge(const Inventory& inv, const ChangeSet& change, const std::string& packet,
                               std::vector<std::string> acks = {}) {
    const ZoneMap map(inv);
    return judge_ownership(inv, map, change, {packet, std::move(acks)});
}

ChangeSet with_files(std::vector<ChangedFile> files) {
    ChangeSet c;
    c.files = std::move(files);
    return c;
}

TEST(JudgeOwnership, ExclusiveZoneRejectsOtherPackets) {
    const Inventory inv = plan();
    const auto v = judge(inv, with_files({modified("database/migrations/2025_01_01_x.php", 3, 1)}), "services");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_FALSE(v[0].allowed);
    EXPECT_EQ(v[0].zone, "Migrations");
    EXPECT_EQ(v[0].rule, "exclusive");
    EXPECT_EQ(v[0].owners, (std::vector<std::string>{"foundation"}));
    EXPECT_EQ(v[0].pattern_where.line, 10);
    EXPECT_EQ(v[0].reason,
              "services may not modify database/migrations/2025_01_01_x.php: zone Migrations "
              "('database/migrations/' at tollgate.yml:10) is exclusive to foundation");
}

TEST(VerdictNeedsLines, OnlyAdditionsCopiesAndModificationsInExtendZonesNeedLineData) {
    const Inventory inv = plan();
    const ZoneMap map(inv);
    EXPECT_TRUE(verdict_needs_lines(map, changed("app/Models/User.php", ChangeStatus::modified)));
    EXPECT_TRUE(verdict_needs_lines(map, changed("app/Models/New.php", ChangeStatus::added)));
    EXPECT_TRUE(verdict_needs_lines(map, changed("app/Models/Copy.php", ChangeStatus::copied, "lib/Orig.php")));
    EXPECT_FALSE(verdict_needs_lines(map, changed("app/Models/User.php", ChangeStatus::deleted)));
    EXPECT_FALSE(verdict_needs_lines(map, changed("app/Models/User.php", ChangeStatus::type_changed)));
    EXPECT_FALSE(verdict_needs_lines(map, changed("lib/User.php", ChangeStatus::renamed, "app/Models/User.php")));
    EXPECT_FALSE(verdict_needs_lines(map, changed("app/Models/User.php", ChangeStatus::renamed, "lib/User.php")));
    EXPECT_FALSE(verdict_needs_lines(map, changed("database/migrations/x.php", ChangeStatus::modified)));
    EXPECT_FALSE(verdict_needs_lines(map, changed("README.md", ChangeStatus::added)));
}

TEST(JudgeOwnership, ExtendVerdictsThatSkipLineDataNeverAskForIt) {
    // The files verdict_needs_lines leaves without lines are judged on their
    // status alone: the reason never says the line data is missing.
    const Inventory inv = plan();
    ChangeSet c = with_files({changed("app/Models/A.php", ChangeStatus::deleted),
                              changed("app/Models/B.php", ChangeStatus::type_changed),
                              changed("lib/C.php", ChangeStatus::renamed, "app/Models/C.php"),
                              changed("app/Models/D.php", ChangeStatus::renamed, "lib/D.php")});
    for (auto& f : c.files) f.lines_known = false;
    const auto v = judge(inv, c, "services");
    ASSERT_EQ(v.size(), 4u);
    for (const auto& verdict : v) {
        EXPECT_FALSE(verdict.allowed) << verdict.path;
        EXPECT_EQ(verdict.reason.find("line data"), std::string::npos) << verdict.reason;
    }
}

TEST(JudgeOwnership, OwnerMayDoAnythingInItsZone) {
    const Inventory inv = plan();
    const auto v = judge(inv, with_files({changed("database/migrations/x.php", ChangeStatus::deleted)}), "foundation");
    EXPECT_TRUE(v[0].allowed);
    EXPECT_EQ(v[0].reason,
              "allowed: zone Migrations ('database/migrations/' at tollgate.yml:10) is owned by foundation");
}

TEST(JudgeOwnership, ExtendAllowsPureAdditions) {
    const Inventory inv = plan();
    const auto v = judge(inv, with_files({modified("app/Models/Invoice.php", 12, 0)}), "services");
    EXPECT_TRUE(v[0].allowed);
    EXPECT_EQ(v[0].reason,
              "allowed: zone Models ('app/Models/' at tollgate.yml:11) lets services extend; 12 line(s) added, "
              "none removed");
    auto added = modified("app/Models/Payment.php", 40, 0);
    added.status = ChangeStatus::added;
    EXPECT_TRUE(judge(inv, with_files({added}), "services")[0].allowed);
}

TEST(JudgeOwnership, ExtendRejectsRemovedOrRewrittenLines) {
    const Inventory inv = plan();
    const auto v = judge(inv, with_files({modified("app/Models/Invoice.php", 12, 2)}), "services");
    EXPECT_FALSE(v[0].allowed);
    EXPECT_EQ(v[0].reason,
              "services may not modify app/Models/Invoice.php: zone Models ('app/Models/' at tollgate.yml:11) "
              "lets services only extend files of foundation; 2 line(s) removed or rewritten, 12 added");
}

TEST(JudgeOwnership, ExtendNeedsLineData) {
    const Inventory inv = plan();
    const auto v = judge(inv, with_files({changed("app/Models/Invoice.php", ChangeStatus::modified)}), "services");
    EXPECT_FALSE(v[0].allowed);
    EXPECT_NE(v[0].reason.find("the line data for app/Models/Invoice.php is missing"), std::string::npos)
        << v[0].reason;
}

TEST(JudgeOwnership, ExtendRejectsDeletionsTypeChangesAndBinaryEdits) {
    const Inventory inv = plan();
    auto binary = modified("app/Models/logo.png", 0, 0);
    binary.binary = true;
    const auto v = judge(inv,
                         with_files({changed("app/Models/Old.php", ChangeStatus::deleted),
                                     changed("app/Models/Link.php", ChangeStatus::type_changed), binary}),
                         "services");
    ASSERT_EQ(v.size(), 3u);
    EXPECT_FALSE(v[0].allowed);
    EXPECT_NE(v[0].reason.find("services may not delete app/Models/Old.php"), std::string::npos);
    EXPECT_NE(v[0].reason.find("a deletion is not an extension"), std::string::npos);
    EXPECT_NE(v[1].reason.find("a type change is not an extension"), std::string::npos);
    EXPECT_NE(v[2].reason.find("a binary change cannot be checked line by line"), std::string::npos);
}

TEST(JudgeOwnership, RenameIntoAZoneIsJudgedOnTheNewPath) {
    const Inventory inv = plan();
    const auto v =
        judge(inv, with_files({changed("database/migrations/x.php", ChangeStatus::renamed, "tmp/x.php")}), "services");
    EXPECT_FALSE(v[0].allowed);
    EXPECT_EQ(v[0].zone, "Migrations");
    EXPECT_EQ(v[0].old_path, "tmp/x.php");
    EXPECT_EQ(v[0].reason.rfind("services may not rename tmp/x.php to database/migrations/x.php: zone Migrations", 0),
              0u)
        << v[0].reason;
}

TEST(JudgeOwnership, RenameOutOfAZoneIsAViolationOfTheOldSide) {
    const Inventory inv = plan();
    const auto v =
        judge(inv, with_files({changed("lib/x.php", ChangeStatus::renamed, "database/migrations/x.php")}), "services");
    EXPECT_FALSE(v[0].allowed);
    EXPECT_EQ(v[0].zone, "Migrations");
    EXPECT_EQ(v[0].rule, "exclusive");
    EXPECT_EQ(v[0].reason,
              "services may not rename database/migrations/x.php to lib/x.php: zone Migrations "
              "('database/migrations/' at tollgate.yml:10) is exclusive to foundation");
}

TEST(JudgeOwnership, RenameAcrossTwoForbiddenZonesNamesBoth) {
    const Inventory inv = plan();
    const auto v = judge(
        inv, with_files({changed("app/Models/x.php", ChangeStatus::renamed, "database/migrations/x.php")}), "services");
    EXPECT_FALSE(v[0].allowed);
    EXPECT_EQ(v[0].zone, "Models");
    EXPECT_NE(v[0].reason.find("a rename is not an extension; old path: zone Migrations"), std::string::npos)
        << v[0].reason;
}

TEST(JudgeOwnership, RenameWithinAnExtendZoneIsNotAnExtension) {
    const Inventory inv = plan();
    auto f = changed("app/Models/B.php", ChangeStatus::renamed, "app/Models/A.php");
    f.lines_known = true;
    EXPECT_FALSE(judge(inv, with_files({f}), "services")[0].allowed);
}

TEST(JudgeOwnership, CopyJudgesOnlyTheNewPath) {
    const Inventory inv = plan();
    const auto v = judge(
        inv, with_files({changed("lib/template.php", ChangeStatus::copied, "database/migrations/x.php")}), "services");
    EXPECT_TRUE(v[0].allowed);
    EXPECT_EQ(v[0].reason, "allowed: lib/template.php is in no zone");
}

TEST(JudgeOwnership, CoordinateWithoutTrailerOrAckIsAViolationShowingTheCoordinationText) {
    const Inventory inv = plan();
    const auto v = judge(inv, with_files({modified("routes/api.php", 1, 0)}), "finance-ui");
    EXPECT_FALSE(v[0].allowed);
    EXPECT_EQ(v[0].reason,
              "finance-ui may not modify routes/api.php: zone Routes ('routes/' at tollgate.yml:12) requires "
              "coordination with foundation, services (Timestamp ordering); add a 'Coordinated-With: foundation' "
              "trailer or pass --ack foundation");
}

TEST(JudgeOwnership, CoordinateIsSatisfiedByATrailerNamingAnyOwner) {
    const Inventory inv = plan();
    ChangeSet c = with_files({modified("routes/api.php", 1, 5)});
    c.commits = {commit("aaaa1111bbbb2222", {{"Signed-off-by", "x"}}),
                 commit("cccc3333dddd4444", {{"coordinated-with", "services"}})};
    const auto v = judge(inv, c, "finance-ui");
    EXPECT_TRUE(v[0].allowed);
    EXPECT_EQ(v[0].reason,
              "allowed: zone Routes ('routes/' at tollgate.yml:12) is coordinated with foundation, services "
              "(Coordinated-With: services on commit cccc3333dddd)");
}

TEST(JudgeOwnership, CoordinateTrailerMayListSeveralIds) {
    const Inventory inv = plan();
    ChangeSet c = with_files({modified("routes/api.php", 1, 0)});
    c.commits = {commit("c1", {{"Coordinated-With", "billing, foundation"}})};
    EXPECT_TRUE(judge(inv, c, "finance-ui")[0].allowed);
}

TEST(JudgeOwnership, CoordinateTrailerNamingANonOwnerDoesNotCount) {
    const Inventory inv = plan();
    ChangeSet c = with_files({modified("routes/api.php", 1, 0)});
    c.commits = {commit("c1", {{"Coordinated-With", "finance-ui"}})};
    EXPECT_FALSE(judge(inv, c, "finance-ui")[0].allowed);
}

TEST(JudgeOwnership, CoordinateIsSatisfiedByAnAck) {
    const Inventory inv = plan();
    const auto v = judge(inv, with_files({modified("routes/api.php", 1, 0)}), "finance-ui", {"foundation"});
    EXPECT_TRUE(v[0].allowed);
    EXPECT_NE(v[0].reason.find("(--ack foundation)"), std::string::npos) << v[0].reason;
    EXPECT_FALSE(judge(inv, with_files({modified("routes/api.php", 1, 0)}), "finance-ui", {"nobody"})[0].allowed);
}

TEST(JudgeOwnership, SharedAndUnzonedPathsAreOpenToEveryone) {
    const Inventory inv = plan();
    const auto v = judge(inv, with_files({modified("docs/a.md", 1, 9), modified("src/main.c", 1, 1)}), "services");
    EXPECT_TRUE(v[0].allowed);
    EXPECT_EQ(v[0].rule, "shared");
    EXPECT_EQ(v[0].reason, "allowed: zone Docs ('docs/' at tollgate.yml:13) is shared");
    EXPECT_TRUE(v[1].allowed);
    EXPECT_EQ(v[1].zone, "");
    EXPECT_EQ(v[1].rule, "");
    EXPECT_EQ(v[1].reason, "allowed: src/main.c is in no zone");
}

TEST(JudgeOwnership, ChangeWithNoPacketMayTouchOnlySharedAndUnzonedPaths) {
    const Inventory inv = plan();
    const auto v = judge(inv,
                         with_files({modified("docs/a.md", 1, 0), modified("src/main.c", 1, 0),
                                     modified("app/Models/User.php", 3, 0), modified("routes/web.php", 1, 0)}),
                         "", {"foundation"});
    EXPECT_TRUE(v[0].allowed);
    EXPECT_TRUE(v[1].allowed);
    EXPECT_FALSE(v[2].allowed);
    EXPECT_FALSE(v[3].allowed);
    EXPECT_EQ(
        v[2].reason,
        "a change with no packet may not modify app/Models/User.php: zone Models ('app/Models/' at "
        "tollgate.yml:11) belongs to foundation (rule extend); name the change's packet with --packet, a packet branch "
        "or a 'Packet:' trailer");
}

TEST(JudgeOwnership, EscapesNonUtf8AndControlCharactersInReasons) {
    const Inventory inv = plan();
    const std::string path = std::string("database/migrations/caf\xe9\n.php");
    const auto v = judge(inv, with_files({modified(path, 1, 0)}), "services");
    EXPECT_FALSE(v[0].allowed);
    EXPECT_EQ(v[0].path, path);  // the data keeps the raw bytes
    EXPECT_NE(v[0].reason.find("database/migrations/caf\\xE9\\n.php"), std::string::npos) << v[0].reason;
    EXPECT_EQ(v[0].reason.find('\n'), std::string::npos);
}

TEST(JudgeOwnership, EscapesBothPathsOfARenameInTheSubjectAndInEachClause) {
    const Inventory inv = plan();
    const auto moved = judge(inv,
                             with_files({changed("lib/n\x1b"
                                                 "ew.php",
                                                 ChangeStatus::renamed, "lib/o\tld.php")}),
                             "services");
    EXPECT_TRUE(moved[0].allowed);
    EXPECT_EQ(moved[0].reason, "allowed: lib/n\\x1Bew.php is in no zone; old path: lib/o\\tld.php is in no zone");
    const auto out = judge(inv,
                           with_files({changed("lib/n\x1b"
                                               "ew.php",
                                               ChangeStatus::renamed, "database/migrations/\xff.php")}),
                           "services");
    EXPECT_FALSE(out[0].allowed);
    EXPECT_EQ(out[0].reason,
              "services may not rename database/migrations/\\xFF.php to lib/n\\x1Bew.php: zone Migrations "
              "('database/migrations/' at tollgate.yml:10) is exclusive to foundation");
}

TEST(JudgeOwnership, ZoneOwnedByNobodyBindsEveryPacket) {
    const Inventory inv = InventoryBuilder()
                              .packet("a")
                              .zone("Frozen", {"legacy/"}, {}, ZoneRule::exclusive)
                              .zone("Talk", {"talk/"}, {}, ZoneRule::coordinate)
                              .build();
    const auto v = judge(inv, with_files({modified("legacy/x", 1, 0), modified("talk/y", 1, 0)}), "a");
    EXPECT_NE(v[0].reason.find("is exclusive to nobody"), std::string::npos);
    EXPECT_NE(v[1].reason.find("names no owner to coordinate with"), std::string::npos);
}

TEST(JudgeOwnership, KeepsChangeOrderAndStatus) {
    const Inventory inv = plan();
    const auto v =
        judge(inv, with_files({changed("b", ChangeStatus::added), changed("a", ChangeStatus::deleted)}), "services");
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v[0].path, "b");
    EXPECT_EQ(v[0].status, ChangeStatus::added);
    EXPECT_EQ(v[1].path, "a");
    EXPECT_EQ(v[1].status, ChangeStatus::deleted);
}

}  // namespace
}  // namespace tollgate
