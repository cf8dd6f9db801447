// End-to-end: `tollgate validate` run as a process over real files.
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace tollgate {
namespace {

using test::GitRepo;
using test::run_tollgate;

constexpr const char* k_good = R"(version: 1
project: Demo
include: [packets/*.yml]
packets:
  - id: foundation
    gates: [lint]
    doc: docs/foundation.md
zones:
  - name: Migrations
    paths: [database/migrations/]
    owner: foundation
gates:
  - id: lint
    run: [true]
checkpoints:
  - id: cp-1
    after: [foundation, services]
    gates: [lint]
triggers:
  - when: coverage < 80
    action: block
)";

constexpr const char* k_services = "packets:\n  - id: services\n    after: [foundation]\n";

// A repository holding the good inventory and the files it names.
void write_good_repo(const GitRepo& repo) {
    repo.write("tollgate.yml", k_good);
    repo.write("packets/services.yml", k_services);
    repo.write("docs/foundation.md", "# Foundation\n");
    repo.write("database/migrations/001.sql", "create table t (id int);\n");
    repo.commit_all("plan");
}

bool contains_line(const std::string& text, const std::string& line) {
    return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

TEST(ValidateVerb, PassesAGoodInventoryWithExitZeroAndASummary) {
    GitRepo repo;
    write_good_repo(repo);
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "tollgate.yml (+1 included file): 2 packets, 1 gate, 1 checkpoint, 1 zone, 1 trigger: OK\n");
    EXPECT_EQ(r.err.find("error:"), std::string::npos) << r.err;
}

TEST(ValidateVerb, PrintsEveryErrorWithFileLineAndColumnAndExitsTwo) {
    GitRepo repo;
    write_good_repo(repo);
    repo.write("tollgate.yml", R"(version: 1
include: [packets/*.yml]
packets:
  - id: foundation
    gates: [lnt]
    titel: Foundation
gates:
  - id: lint
    run: [true]
    retries: many
)");
    repo.write("packets/services.yml", "packets:\n  - id: services\n    after: [foundaton]\n");
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.out,
              "tollgate.yml (+1 included file): 2 packets, 1 gate, 0 checkpoints, 0 zones, 0 triggers: "
              "4 errors\n");
    // Schema errors and reference errors, from both files, in one run.
    EXPECT_EQ(r.err,
              "packets/services.yml:3:13: error: unknown packet or checkpoint 'foundaton' in 'after' "
              "(did you mean 'foundation'?)\n"
              "tollgate.yml:5:13: error: unknown gate 'lnt' in 'gates' (did you mean 'lint'?)\n"
              "tollgate.yml:6:5: error: unknown key 'titel' in packet (did you mean 'title'?)\n"
              "tollgate.yml:10:14: error: 'retries' must be a whole number, got \"many\"\n");
}

TEST(ValidateVerb, ReportsErrorsOfEveryKindInOneRun) {
    GitRepo repo;
    repo.write("tollgate.yml", R"(version: 1
packets:
  - id: a
    after: [b]
    doc: docs/missing.md
  - id: b
    after: [a]
)");
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("dependency cycle: a -> b -> a"), std::string::npos) << r.err;
    EXPECT_TRUE(contains_line(r.err,
                              "tollgate.yml:5:10: error: doc 'docs/missing.md' does not exist (doc paths "
                              "are relative to the inventory's directory)"))
        << r.err;
}

TEST(ValidateVerb, PrintsJsonThatParses) {
    GitRepo repo;
    write_good_repo(repo);
    auto r = run_tollgate({"validate", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["version"], 1);
    EXPECT_EQ(j["valid"], true);
    EXPECT_EQ(j["files"], nlohmann::json::array({"tollgate.yml", "packets/services.yml"}));
    EXPECT_EQ(j["counts"]["packets"], 2);
    EXPECT_EQ(j["errors"], 0);

    repo.write("tollgate.yml", "version: 1\npackets:\n  - id: a\n    gates: [nope]\n");
    r = run_tollgate({"validate", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["valid"], false);
    ASSERT_GE(j["diagnostics"].size(), 1u);
    EXPECT_EQ(j["diagnostics"][0]["severity"], "error");
    EXPECT_EQ(j["diagnostics"][0]["file"], "tollgate.yml");
    EXPECT_EQ(j["diagnostics"][0]["line"], 4);
    EXPECT_EQ(j["diagnostics"][0]["column"], 13);
    EXPECT_EQ(j["diagnostics"][0]["message"], "unknown gate 'nope' in 'gates'");
}

TEST(ValidateVerb, RefusesMalformedYamlAndBinaryFilesWithExitTwo) {
    GitRepo repo;
    repo.write("tollgate.yml", "version: 1\npackets: [a, b\n");
    auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains_line(r.err, "tollgate.yml:3:1: error: invalid YAML: flow sequence without a closing bracket"))
        << r.err;
    repo.write("tollgate.yml", std::string("version: 1\n\x7f"
                                           "ELF\0\0",
                                           17));
    r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains_line(r.err, "tollgate.yml:2:5: error: file is binary (NUL byte); an inventory is UTF-8 text"))
        << r.err;
}

TEST(ValidateVerb, RefusesAnUnterminatedQuoteThatWouldSwallowTheNextPacket) {
    // yaml-cpp read this as one packet whose title ran on over `- id: two`,
    // and validate passed it; plan then planned one packet.
    GitRepo repo;
    repo.write("tollgate.yml", "version: 1\npackets:\n  - id: one\n    title: \"unterminated\n  - id: two\n");
    for (const char* verb : {"validate", "plan"}) {
        const auto r = run_tollgate({verb}, repo.path());
        EXPECT_EQ(r.exit_code, 2) << verb;
        EXPECT_NE(r.err.find("tollgate.yml:4:12: error: invalid YAML: "), std::string::npos) << r.err;
    }
    EXPECT_EQ(run_tollgate({"validate"}, repo.path()).out,
              "tollgate.yml: 0 packets, 0 gates, 0 checkpoints, 0 zones, 0 triggers: 1 error\n");
}

TEST(ValidateVerb, RefusesMalformedYamlInAnIncludedFileAtItsOwnPosition) {
    GitRepo repo;
    write_good_repo(repo);
    repo.write("packets/services.yml", "packets:\n  - id: services\n    after: [foundation\n");
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("packets/services.yml:4:1: error: invalid YAML: "), std::string::npos) << r.err;
}

TEST(ValidateVerb, SaysWhenThereIsNoInventory) {
    GitRepo repo;
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("error: no tollgate.yml or .tollgate.yml found in "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("hint: create one, or name it with --inventory FILE"), std::string::npos) << r.err;
}

TEST(ValidateVerb, FindsTheInventoryAtTheRepositoryRootFromASubdirectory) {
    GitRepo repo;
    write_good_repo(repo);
    const auto r = run_tollgate({"-C", "docs", "validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(": 2 packets, 1 gate, 1 checkpoint, 1 zone, 1 trigger: OK"), std::string::npos) << r.out;
}

TEST(ValidateVerb, ReadsANamedInventory) {
    GitRepo repo;
    repo.write("plans/alt.yml", "version: 1\npackets:\n  - id: only\n");
    auto r = run_tollgate({"--inventory", "plans/alt.yml", "validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "plans/alt.yml: 1 packet, 0 gates, 0 checkpoints, 0 zones, 0 triggers: OK\n");
    r = run_tollgate({"validate", "--inventory", "plans/none.yml"}, repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("inventory file 'plans/none.yml' not found"), std::string::npos) << r.err;
}

TEST(ValidateVerb, KeepsExitZeroForWarnings) {
    GitRepo repo;
    repo.write("tollgate.yml", "version: 1\nzones:\n  - name: Docs\n    paths: [docs/]\n");
    repo.write("docs/a.md", "a\n");
    repo.commit_all("docs");
    const auto r = run_tollgate({"validate"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(": OK, 1 warning"), std::string::npos) << r.out;
    EXPECT_TRUE(contains_line(r.err,
                              "tollgate.yml:3:5: warning: zone 'Docs' is exclusive but has no owner, so "
                              "every packet's change there is a violation (add 'owner:' or make it "
                              "'rule: shared')"))
        << r.err;
}

TEST(ValidateVerb, ValidatesOutsideARepositoryAndSaysWhatItSkipped) {
    test::TempDir dir;
    dir.write("tollgate.yml", "version: 1\npackets:\n  - id: only\n");
    const auto r = run_tollgate({"validate"}, dir.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "tollgate.yml: 1 packet, 0 gates, 0 checkpoints, 0 zones, 0 triggers: OK\n");
    EXPECT_NE(r.err.find("note: "), std::string::npos) << r.err;
}

TEST(ValidateVerb, HelpDescribesTheChecksAndExitCodes) {
    const auto r = run_tollgate({"validate", "--help"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("Exit codes: 0 valid (warnings allowed), 2 any error"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("--format"), std::string::npos);
}

}  // namespace
}  // namespace tollgate
