#include "runner/init/left_placement.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

using Lines = std::vector<int>;

Lines lines_of(const std::vector<LeftLine>& left) {
    Lines out;
    for (const auto& l : left) out.push_back(l.line);
    return out;
}

template <typename Entry>
Entry at_line(int line) {
    Entry e;
    e.line = line;
    return e;
}

// Entries of every kind, two without a line, two drafted from line 20.
PlanDraft hand_made_draft() {
    PlanDraft d;
    d.file = "PLAN.md";
    d.streams = {at_line<DraftStream>(5)};
    d.packets = {at_line<DraftPacket>(10), at_line<DraftPacket>(0), at_line<DraftPacket>(20)};
    d.zones = {at_line<DraftZone>(30)};
    d.gates = {at_line<DraftGate>(20)};
    d.checkpoints = {at_line<DraftCheckpoint>(0)};
    d.triggers = {at_line<DraftTrigger>(40)};
    for (int line : {41, 2, 7, 12, 25, 5, 20, 35, 31, 1})
        d.left.push_back({line, "from PLAN.md:" + std::to_string(line)});
    return d;
}

TEST(LeftPlacement, PutsWhatComesBeforeEveryEntryInTheHeaderInThePlansOrder) {
    const LeftPlacement left(hand_made_draft());
    EXPECT_EQ(lines_of(left.header()), (Lines{1, 2}));
}

TEST(LeftPlacement, PutsALeftOverAfterTheEntryWhoseLineIsTheGreatestAtOrBeforeIt) {
    const LeftPlacement left(hand_made_draft());
    EXPECT_EQ(lines_of(left.after(DraftSection::streams, 0)), (Lines{5, 7}));  // its own line counts
    EXPECT_EQ(lines_of(left.after(DraftSection::packets, 0)), (Lines{12}));
    EXPECT_EQ(lines_of(left.after(DraftSection::zones, 0)), (Lines{31, 35}));
    EXPECT_EQ(lines_of(left.after(DraftSection::triggers, 0)), (Lines{41}));  // after the last entry
}

TEST(LeftPlacement, GivesEntriesOfTheSameLineTheLeftOversAfterTheOneWrittenLast) {
    const LeftPlacement left(hand_made_draft());
    // Packet 2 and gate 0 are both from line 20; gates are written after packets.
    EXPECT_TRUE(left.after(DraftSection::packets, 2).empty());
    EXPECT_EQ(lines_of(left.after(DraftSection::gates, 0)), (Lines{20, 25}));
}

TEST(LeftPlacement, GivesEntriesWithoutALineNoLeftOvers) {
    const LeftPlacement left(hand_made_draft());
    EXPECT_TRUE(left.after(DraftSection::packets, 1).empty());
    EXPECT_TRUE(left.after(DraftSection::checkpoints, 0).empty());
}

TEST(LeftPlacement, PutsEveryLeftOverInTheHeaderWhenNoEntryHasALine) {
    PlanDraft d;
    d.packets = {at_line<DraftPacket>(0)};
    d.left = {{9, "from PLAN.md:9: b"}, {3, "from PLAN.md:3: a"}};
    const LeftPlacement left(d);
    EXPECT_EQ(lines_of(left.header()), (Lines{3, 9}));
    EXPECT_TRUE(left.after(DraftSection::packets, 0).empty());
}

}  // namespace
}  // namespace tollgate
