#include "runner/alerts/alert_ledger.hpp"

#include "runner/progress/history_record.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

const AlertPair k_pair{"test-failed:unit@abc", "hooks"};
const AlertPair k_other{"check-failed:core@abc", "hooks"};

TEST(AlertLedger, ALineIsAHistoryRecordOfKindAlert) {
    const std::string line = alert_note_line("claimed", k_pair, "run-1", 1700000000);
    EXPECT_EQ(
        line,
        R"({"tool":"tollgate","version":1,"kind":"alert","time_unix":1700000000,"alert":{"state":"claimed","event":)"
        R"("test-failed:unit@abc","channel":"hooks","run":"run-1"}})"
        "\n");
    const RecordLine parsed = parse_record_line(line.substr(0, line.size() - 1));
    ASSERT_TRUE(parsed.record) << parsed.problem;
    EXPECT_EQ(parsed.record->kind, "alert");
    EXPECT_TRUE(parsed.record->gates.empty());
}

TEST(AlertLedger, DeliveredPairsAndOtherRunsLiveClaimsAreTakenFailedOnesAreReleased) {
    const std::string note = alert_note_line("claimed", k_pair, "a", 1) + alert_note_line("delivered", k_pair, "a", 2) +
                             alert_note_line("claimed", k_other, "b", 3) + alert_note_line("failed", k_other, "b", 4) +
                             "{\"tool\":\"tollgate\",\"version\":1,\"kind\":\"run\",\"time_unix\":5}\n";
    EXPECT_EQ(taken_alert_pairs({note}, "me", 10), std::set<AlertPair>{k_pair});
    const std::string claimed = alert_note_line("claimed", k_other, "c", 6);
    EXPECT_EQ(taken_alert_pairs({note + claimed}, "me", 10), (std::set<AlertPair>{k_pair, k_other}));
    EXPECT_EQ(taken_alert_pairs({note + claimed}, "c", 10), std::set<AlertPair>{k_pair});
}

TEST(AlertLedger, TheFirstLiveClaimWins) {
    const std::string note = alert_note_line("claimed", k_other, "b", 1) + alert_note_line("failed", k_other, "b", 2) +
                             alert_note_line("claimed", k_pair, "x", 3) + alert_note_line("claimed", k_pair, "y", 3) +
                             alert_note_line("claimed", k_other, "y", 3) + alert_note_line("claimed", k_other, "x", 3);
    EXPECT_EQ(won_alert_pairs(note, "x", 10), std::set<AlertPair>{k_pair});
    EXPECT_EQ(won_alert_pairs(note, "y", 10), std::set<AlertPair>{k_other});
}

TEST(AlertLedger, AClaimItsRunNeverSettledIsAbandonedAfterItsLifetime) {
    // Run "dead" claimed at 1000 and was killed before it wrote delivered or failed.
    const std::string note = alert_note_line("claimed", k_pair, "dead", 1000);
    EXPECT_EQ(taken_alert_pairs({note}, "me", 1000 + k_alert_claim_lifetime_s), std::set<AlertPair>{k_pair});
    EXPECT_TRUE(taken_alert_pairs({note}, "me", 1001 + k_alert_claim_lifetime_s).empty());
    const std::string mine = note + alert_note_line("claimed", k_pair, "me", 2000 + k_alert_claim_lifetime_s);
    EXPECT_EQ(won_alert_pairs(mine, "me", 2000 + k_alert_claim_lifetime_s), std::set<AlertPair>{k_pair});
    EXPECT_TRUE(won_alert_pairs(mine, "me", 1000 + k_alert_claim_lifetime_s).empty());
    // A delivered pair stays delivered however old.
    const std::string sent = note + alert_note_line("delivered", k_pair, "dead", 1001);
    EXPECT_EQ(taken_alert_pairs({sent}, "me", 1'000'000'000), std::set<AlertPair>{k_pair});
}

TEST(AlertLedger, FilteringDropsEventsAndMessagesLeftEmpty) {
    AlertChannel hooks;
    hooks.name = "hooks";
    AlertMessage m;
    m.channel = &hooks;
    AlertEvent e;
    e.key = k_pair.first;
    m.events.push_back(e);
    e.key = k_other.first;
    m.events.push_back(e);
    const auto kept = filter_alert_messages({m}, {k_pair}, false);
    ASSERT_EQ(kept.size(), 1u);
    ASSERT_EQ(kept[0].events.size(), 1u);
    EXPECT_EQ(kept[0].events[0].key, k_other.first);
    EXPECT_TRUE(filter_alert_messages({m}, {}, true).empty());
}

}  // namespace
}  // namespace tollgate
