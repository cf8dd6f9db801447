#include "gates/coverage_gate.hpp"

#include "gates/command_gate.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

// A coverage gate over a temp dir (not a repository: paths are taken as written).
struct Fixture {
    test::TempDir dir;
    Inventory inventory;
    Gate gate;
    EnvironmentMap env;

    Fixture() {
        gate.id = "unit";
        gate.run.text = "true";
        CoverageSpec spec;
        spec.report.value = "build/cov.info";
        gate.coverage = spec;
    }
    GateContext context() const {
        return GateContext{inventory, gate, dir.path().string(), env, "", "", "", Millis(100), 1024, 1};
    }
    GateAttempt conclude(const CoverageGateInputs& inputs = {}, int exit_code = 0) const {
        ProcessOutcome outcome;
        outcome.exit_code = exit_code;
        outcome.output = "tests ran\n";
        return CoverageGate(std::make_shared<const CoverageGateInputs>(inputs)).conclude(context(), outcome);
    }
    void report(int covered, int total) const {
        std::string text = "SF:src/a.c\n";
        for (int l = 1; l <= total; ++l) text += "DA:" + std::to_string(l) + "," + (l <= covered ? "1" : "0") + "\n";
        dir.write("build/cov.info", text + "end_of_record\n");
    }
};

TEST(CoverageGate, PassesWhenTheReportMeetsTheMinimumAndAttachesTheFigures) {
    Fixture f;
    f.gate.coverage->min = 80.0;
    f.report(4, 5);
    const auto a = f.conclude();
    EXPECT_EQ(a.status, GateStatus::passed) << a.reason;
    ASSERT_TRUE(a.coverage);
    EXPECT_EQ(a.coverage->line_percent, 80.0);
    EXPECT_FALSE(a.coverage->branch_percent);
    EXPECT_NE(a.output.find("tests ran\n" + (f.dir.path() / "build/cov.info").string() + " (lcov): 1 file\n"),
              std::string::npos)
        << a.output;
    EXPECT_NE(a.output.find("PASS min 80 %: lines 80.00 % (4 of 5)"), std::string::npos) << a.output;
}

TEST(CoverageGate, FailsBelowTheMinimumAndSaysWhich) {
    Fixture f;
    f.gate.coverage->min = 79.99;
    f.report(7998, 10000);
    const auto a = f.conclude();
    EXPECT_EQ(a.status, GateStatus::failed);
    EXPECT_EQ(a.outcome, "coverage below threshold");
    EXPECT_EQ(a.reason, "min 79.99 %: 79.98 % (7998 of 10000)");
}

TEST(CoverageGate, IsAnErrorWhenTheCommandWroteNoReport) {
    Fixture f;
    f.gate.coverage->min = 10.0;
    const auto a = f.conclude();
    EXPECT_EQ(a.status, GateStatus::error);
    EXPECT_EQ(a.outcome, "coverage report unusable");
    EXPECT_NE(a.reason.find("build/cov.info' does not exist (did the command that writes it run and succeed?)"),
              std::string::npos)
        << a.reason;
}

TEST(CoverageGate, LeavesAFailedCommandFailedWithoutJudgingCoverage) {
    Fixture f;
    f.gate.coverage->min = 10.0;
    const auto a = f.conclude({}, 1);
    EXPECT_EQ(a.status, GateStatus::failed);
    EXPECT_FALSE(a.coverage);
}

TEST(CoverageGate, MeasuresPatchCoverageOnTheChangeItIsGiven) {
    Fixture f;
    f.gate.coverage->patch_min = 90.0;
    f.report(1, 3);
    CoverageGateInputs inputs;
    ChangeSet change;
    ChangedFile file;
    file.path = "src/a.c";
    file.lines_known = true;
    file.added = {{1, 2}};
    change.files.push_back(file);
    inputs.change = &change;
    const auto a = f.conclude(inputs);
    EXPECT_EQ(a.status, GateStatus::failed);
    EXPECT_EQ(a.coverage->patch_percent, 50.0);
    EXPECT_EQ(a.reason, "patch-min 90 %: 50.00 % (1 of 2)");
    EXPECT_EQ(f.conclude({}).reason, "patch-min 90 %: no change to measure (give --base)");
}

TEST(CoverageGate, AsksTheBaselineSeamForNoDrop) {
    Fixture f;
    f.gate.coverage->no_drop = true;
    f.report(3, 4);
    CoverageGateInputs inputs;
    inputs.baseline = [](const Gate& g) -> std::optional<CoverageBaseline> {
        EXPECT_EQ(g.id, "unit");
        return CoverageBaseline{CoverageCounts{4, 5}, std::nullopt, std::nullopt, "note", {}, {}};
    };
    EXPECT_EQ(f.conclude(inputs).status, GateStatus::failed);
    EXPECT_EQ(f.conclude({}).status, GateStatus::passed);  // no baseline recorded yet
}

TEST(CoverageGateFactory, MakesCoverageGatesOnlyForGatesWithACoverageBlock) {
    const auto factory = coverage_gate_factory({});
    Gate plain;
    Gate covered;
    covered.coverage = CoverageSpec{};
    EXPECT_NE(dynamic_cast<CommandGate*>(factory(plain).get()), nullptr);
    EXPECT_NE(dynamic_cast<CoverageGate*>(factory(covered).get()), nullptr);
}

}  // namespace
}  // namespace tollgate
