// load_check_inputs: what a check reads, read once, from the request alone.
#include "runner/verdict/check_inputs.hpp"

#include "runner/core/error.hpp"
#include "runner/verdict/check_pipeline.hpp"
#include "tests/support/scenario.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tollgate {
namespace {

using test::Scenario;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// The real reads, counted.
class CountingSources final : public CheckSources {
public:
    mutable int opens = 0, loads = 0, trusted_loads = 0, hints = 0, diffs = 0;

    Repository open_repository(const std::filesystem::path& workspace) const override {
        ++opens;
        return CheckSources::open_repository(workspace);
    }
    Inventory load_inventory(const std::filesystem::path& file) const override {
        ++loads;
        return CheckSources::load_inventory(file);
    }
    Inventory load_trusted_inventory(const Repository& repository, const std::string& commit,
                                     const std::filesystem::path& file) const override {
        ++trusted_loads;
        return CheckSources::load_trusted_inventory(repository, commit, file);
    }
    std::optional<std::string> base_hint(const std::filesystem::path& file) const override {
        ++hints;
        return CheckSources::base_hint(file);
    }
    ChangeSet read_change(const Repository& repository, const ChangeRequest& request) const override {
        ++diffs;
        return CheckSources::read_change(repository, request);
    }
};

CheckRequest request_in(const Scenario& s, InventoryTrust trust) {
    CheckRequest request;
    request.workspace = s.path();
    request.inventory = s.path() / "tollgate.yml";
    request.trust = trust;
    return request;
}

TEST(LoadCheckInputs, WithTheTrustedInventoryReadsTheChangeAndTheInventoryOnceEach) {
    const Scenario s;
    s.services_after_foundation("services: first service");
    const CountingSources sources;
    const CheckInputs inputs = load_check_inputs(request_in(s, InventoryTrust::base), sources);
    EXPECT_EQ(sources.diffs, 1);
    EXPECT_EQ(sources.trusted_loads, 1);
    EXPECT_EQ(sources.loads, 0);
    EXPECT_EQ(sources.opens, 1);
    EXPECT_THAT(inputs.inventory_from, StartsWith("base commit "));
    EXPECT_THAT(inputs.inventory_from, HasSubstr("(--trusted-inventory base)"));
    ASSERT_EQ(inputs.change.files.size(), 1u);
    EXPECT_EQ(inputs.change.files[0].path, "src/service.py");
    EXPECT_EQ(inputs.change.base_ref, "main");
}

TEST(LoadCheckInputs, WithTheWorkTreesInventoryReadsTheChangeAndTheInventoryOnceEach) {
    const Scenario s;
    s.services_after_foundation("services: first service");
    const CountingSources sources;
    const CheckInputs inputs = load_check_inputs(request_in(s, InventoryTrust::worktree), sources);
    EXPECT_EQ(sources.diffs, 1);
    EXPECT_EQ(sources.loads, 1);
    EXPECT_EQ(sources.trusted_loads + sources.hints, 0);
    EXPECT_EQ(inputs.inventory_from, "working tree");
    EXPECT_EQ(inputs.zones->size(), 2u);
}

TEST(LoadCheckInputs, MeasuresAgainstTheBaseBranchTheTrustedInventoryNamesWhenTheWorkTreeNamesAnother) {
    Scenario s;
    s.repo().git("branch develop main");  // develop stays behind main
    s.merge_foundation();
    std::string redirected = test::foundation_plan();
    redirected.replace(redirected.find("base: main"), 10, "base: develop");
    s.branch("packet/services", {{"tollgate.yml", redirected}, {"src/service.py", "pass\n"}},
             "services: measure me against develop");
    const CountingSources sources;
    const CheckInputs inputs = load_check_inputs(request_in(s, InventoryTrust::base), sources);
    // The change may not redirect its own measure: main, as base says, wins,
    // and its merge base is another commit, whose inventory is read too.
    EXPECT_EQ(sources.trusted_loads, 2);
    EXPECT_EQ(sources.diffs, 1);
    EXPECT_EQ(inputs.change.base_ref, "main");
    EXPECT_THAT(inputs.change.notes,
                ::testing::Contains(HasSubstr("the base commit's inventory names base branch 'main'")));
}

TEST(LoadCheckInputs, SaysSoWhenTheWorkTreesInventoryDoesNotParseAndTrustsTheBaseCommit) {
    Scenario s;
    s.branch("packet/services", {{"tollgate.yml", "version: [\n"}}, "services: break the plan");
    const CountingSources sources;
    const CheckInputs inputs = load_check_inputs(request_in(s, InventoryTrust::base), sources);
    EXPECT_EQ(sources.trusted_loads, 1);
    EXPECT_THAT(inputs.change.notes, ::testing::Contains(HasSubstr("the work tree's inventory does not load")));
    EXPECT_EQ(inputs.inventory->project, "Check demo");
}

TEST(LoadCheckInputs, OpensTheRepositoryOfTheWorkspaceNotOfTheCurrentDirectory) {
    // The test runs in the build folder, inside another repository (or none).
    const Scenario s;
    s.services_after_foundation("services: first service");
    const CheckInputs inputs = load_check_inputs(request_in(s, InventoryTrust::worktree), CheckSources{});
    EXPECT_EQ(std::filesystem::canonical(inputs.repository.workdir()), std::filesystem::canonical(s.path()));
}

TEST(LoadCheckInputs, RefusesAMissingBaselineBeforeReadingAnything) {
    const Scenario s;
    s.services_after_foundation("services: first service");
    CheckRequest request = request_in(s, InventoryTrust::worktree);
    request.baseline = (s.path() / "no-such-results.json").string();
    const CountingSources sources;
    EXPECT_THROW((void)load_check_inputs(request, sources), EnvironmentError);
    EXPECT_EQ(sources.opens + sources.loads + sources.diffs, 0);
}

TEST(LoadCheckInputs, RefusesTheTrustedInventoryWithoutABaseCommit) {
    test::GitRepo unborn;
    unborn.write("tollgate.yml", test::foundation_plan());
    unborn.git("add -A");
    CheckRequest request;
    request.workspace = unborn.path();
    request.inventory = unborn.path() / "tollgate.yml";
    request.trust = InventoryTrust::base;
    request.mode = ChangeMode::staged;
    EXPECT_THROW((void)load_check_inputs(request, CheckSources{}), UsageError);
}

}  // namespace
}  // namespace tollgate
