#include "gates/manual_gate.hpp"

#include "gates/command_gate.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

struct ManualFixture {
    Inventory inventory;
    Gate gate;
    EnvironmentMap env;

    ManualFixture() {
        gate.id = "qa-signoff";
        gate.manual = true;
    }
    GateContext context() const { return GateContext{inventory, gate, "/repo", env, "", "", "", Millis(0), 0, 1}; }
};

TEST(ManualGate, SignedOffPassesWithoutRunning) {
    ManualFixture s;
    const ManualGate kind(true);
    EXPECT_FALSE(kind.process(s.context()).has_value());
    const auto settled = kind.settle(s.context());
    ASSERT_TRUE(settled.has_value());
    EXPECT_EQ(settled->status, GateStatus::passed);
    EXPECT_EQ(settled->reason, "manual gate, signed off");
}

TEST(ManualGate, NotSignedOffIsManualWithTheSignOffHint) {
    ManualFixture s;
    const ManualGate kind(false);
    const auto settled = kind.settle(s.context());
    ASSERT_TRUE(settled.has_value());
    EXPECT_EQ(settled->status, GateStatus::manual);
    EXPECT_EQ(settled->reason, "manual gate: not run; it passes with a sign-off (Verified: qa-signoff)");
    EXPECT_EQ(kind.conclude(s.context(), std::nullopt).status, GateStatus::manual);
}

TEST(ManualGateFactory, PicksManualForManualGatesAndDefersOtherwise) {
    const auto factory = manual_gate_factory({"qa-signoff"}, command_gate_factory());
    Gate manual;
    manual.id = "qa-signoff";
    manual.manual = true;
    Gate plain;
    plain.id = "unit";
    EXPECT_NE(dynamic_cast<ManualGate*>(factory(manual).get()), nullptr);
    EXPECT_NE(dynamic_cast<CommandGate*>(factory(plain).get()), nullptr);
}

}  // namespace
}  // namespace tollgate
