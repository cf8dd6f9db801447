// End-to-end: sharding over a CI's job matrix — plan --format github-matrix,
// run --shard K/N (or GitLab's CI_NODE_*), merge-results — on a real repository.
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>

namespace tollgate {
namespace {

using test::GitRepo;
using test::read_file;
using test::run_tollgate;
using test::sh;
using test::shell_quote;

// Seven gates: a needs chain, a failure with output, a manual gate, labels.
constexpr const char* k_inventory = R"(version: 1
project: Shards
packets:
  - id: core
    gates: [compile, unit, lint]
checkpoints:
  - id: cp-1
    gates: [unit, review]
gates:
  - id: compile
    run: "echo compiled"
    labels: [build]
  - id: unit
    run: "echo unit ok"
    needs: [compile]
  - id: lint
    run: "echo 'style: line too long' && exit 1"
  - id: docs
    run: "echo docs"
  - id: review
    run: "true"
    manual: true
  - id: bench
    run: "echo p95=12ms"
    metrics: {p95_ms: 'p95=([0-9.]+)ms'}
  - id: smoke
    run: "echo smoke"
)";

// Times are the only fields a sharded run may change.
std::string without_times(std::string text) {
    text = std::regex_replace(text, std::regex(R"("duration_s": [0-9.e+-]+)"), "\"duration_s\": T");
    text = std::regex_replace(text, std::regex(R"(time="[0-9.]+")"), "time=\"T\"");
    text = std::regex_replace(text, std::regex(R"([0-9]+\.[0-9]+ s)"), "T s");
    return text;
}

class Sharding : public ::testing::Test {
protected:
    void SetUp() override {
        m_repo.write("tollgate.yml", k_inventory);
        m_commit = m_repo.commit_all("inventory");
    }
    std::string dir(const std::string& name) const { return (m_repo.path() / name).string(); }
    test::CommandResult tollgate(const std::vector<std::string>& args) const {
        return run_tollgate(args, m_repo.path());
    }

    GitRepo m_repo;
    std::string m_commit;
};

TEST_F(Sharding, ThreeShardsMergedEqualAnUnshardedRunExceptTimes) {
    const auto whole = tollgate({"run", "-j", "2", "--report-dir", dir("whole")});
    EXPECT_EQ(whole.exit_code, 1) << whole.err;
    for (int k = 1; k <= 3; ++k) {
        const auto r = tollgate(
            {"run", "-j", "2", "--shard", std::to_string(k) + "/3", "--report-dir", dir("shard-" + std::to_string(k))});
        EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
    }
    const auto merged = tollgate({"merge-results", dir("shard-1") + "/results.json", dir("shard-2") + "/results.json",
                                  dir("shard-3") + "/results.json", "--report-dir", dir("merged")});
    EXPECT_EQ(merged.exit_code, 1) << merged.err;
    EXPECT_NE(merged.out.find("Merged 3 shard(s) of commit " + m_commit.substr(0, 12)), std::string::npos)
        << merged.out;
    for (const char* file : {"results.json", "junit.xml", "summary.md"}) {
        EXPECT_EQ(without_times(read_file(m_repo.path() / "merged" / file)),
                  without_times(read_file(m_repo.path() / "whole" / file)))
            << file;
    }
    const auto doc = nlohmann::json::parse(read_file(m_repo.path() / "merged/results.json"));
    EXPECT_EQ(doc["commit"], m_commit);
    EXPECT_EQ(doc["selected"].size(), 7u);
    EXPECT_TRUE(doc["shard"].is_null());
}

TEST_F(Sharding, GitlabsNodeVariablesChooseTheShard) {
    const auto r =
        sh("CI_NODE_INDEX=2 CI_NODE_TOTAL=3 " + shell_quote(TOLLGATE_BINARY) + " run --dry-run --format json",
           m_repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto plan = nlohmann::json::parse(r.out);
    EXPECT_EQ(plan["shard"]["index"], 2);
    EXPECT_EQ(plan["shard"]["count"], 3);
}

TEST_F(Sharding, ExplicitShardWinsOverGitlabsVariables) {
    const auto r = sh(
        "CI_NODE_INDEX=2 CI_NODE_TOTAL=3 " + shell_quote(TOLLGATE_BINARY) + " run --dry-run --format json --shard 1/2",
        m_repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["shard"]["count"], 2);
}

TEST_F(Sharding, HalfOfGitlabsVariablesIsAUsageError) {
    const auto r = sh("CI_NODE_INDEX=2 " + shell_quote(TOLLGATE_BINARY) + " run --dry-run", m_repo.path());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("CI_NODE_INDEX is set but CI_NODE_TOTAL is not"), std::string::npos) << r.err;
    const auto bad =
        sh("CI_NODE_INDEX=4 CI_NODE_TOTAL=3 " + shell_quote(TOLLGATE_BINARY) + " run --dry-run", m_repo.path());
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("CI_NODE_INDEX=4 and CI_NODE_TOTAL=3 do not name a shard"), std::string::npos) << bad.err;
}

TEST_F(Sharding, MergeRefusesShardsOfDifferentCommits) {
    EXPECT_EQ(tollgate({"run", "--shard", "1/2", "--report-dir", dir("a")}).exit_code, 1);
    m_repo.write("README.md", "later\n");
    m_repo.commit_all("later");
    tollgate({"run", "--shard", "2/2", "--report-dir", dir("b")});
    const auto r = tollgate({"merge-results", dir("a") + "/results.json", dir("b") + "/results.json"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("shards of different runs: commit '" + m_commit + "'"), std::string::npos) << r.err;
}

TEST_F(Sharding, MergeRefusesShardsOfDifferentInventories) {
    tollgate({"run", "--shard", "1/2", "--report-dir", dir("a")});
    m_repo.write("tollgate.yml", std::string(k_inventory) + "  - id: extra\n    run: \"true\"\n");
    tollgate({"run", "--shard", "2/2", "--report-dir", dir("b")});
    const auto r = tollgate({"merge-results", dir("a") + "/results.json", dir("b") + "/results.json"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("shards of different runs: inventory digest"), std::string::npos) << r.err;
}

TEST_F(Sharding, MergeNamesAMissingShardAndADuplicate) {
    tollgate({"run", "--shard", "1/3", "--report-dir", dir("a")});
    tollgate({"run", "--shard", "3/3", "--report-dir", dir("c")});
    const auto missing = tollgate({"merge-results", dir("a") + "/results.json", dir("c") + "/results.json"});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("missing shard 2/3 (got 2 of 3)"), std::string::npos) << missing.err;
    const auto twice = tollgate({"merge-results", dir("a") + "/results.json", dir("a") + "/results.json"});
    EXPECT_EQ(twice.exit_code, 2);
    EXPECT_NE(twice.err.find("shard 1/3 given twice"), std::string::npos) << twice.err;
}

TEST_F(Sharding, MergeRefusesFilesThatAreNotResults) {
    m_repo.write("junk.json", "{\"hello\": 1}");
    const auto r = tollgate({"merge-results", dir("junk.json")});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("junk.json: not a tollgate results.json: 'version' is missing"), std::string::npos) << r.err;
    const auto none = tollgate({"merge-results", dir("nope.json")});
    EXPECT_EQ(none.exit_code, 3) << none.err;
}

TEST_F(Sharding, GithubMatrixListsTheShards) {
    const auto r = tollgate({"plan", "--format", "github-matrix", "--shards", "4"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto m = nlohmann::json::parse(r.out);
    ASSERT_EQ(m["include"].size(), 4u);
    EXPECT_EQ(m["include"][3]["shard"], "4/4");
    EXPECT_EQ(r.out.find('\n'), r.out.size() - 1);  // one line, for $GITHUB_OUTPUT
}

TEST_F(Sharding, GithubMatrixNeedsAPositiveShardCount) {
    EXPECT_EQ(tollgate({"plan", "--format", "github-matrix"}).exit_code, 2);
    EXPECT_EQ(tollgate({"plan", "--format", "github-matrix", "--shards", "0"}).exit_code, 2);
    EXPECT_EQ(tollgate({"plan", "--shards", "2"}).exit_code, 2);
}

}  // namespace
}  // namespace tollgate
