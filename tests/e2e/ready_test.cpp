// End-to-end: `tollgate ready` on the two seed plans in examples/, at several
// points of their history (nothing started, a packet started, a packet merged).
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace tollgate {
namespace {

using nlohmann::json;
using test::GitRepo;
using test::run_tollgate;
using test::shell_quote;

void copy_example(const GitRepo& repo, const std::string& name) {
    const auto source = test::source_dir() / "examples" / name;
    const auto r = test::sh("cp -R " + shell_quote((source / ".").string()) +
                                " . && rm -rf build .coverage && find . -name __pycache__ -prune -exec rm -rf {} +",
                            repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    repo.commit_all("example " + name);
}

json ready_json(const GitRepo& repo, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"ready", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run_tollgate(args, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    return json::parse(r.out, nullptr, false);
}

std::vector<std::string> ready_ids(const json& doc) {
    std::vector<std::string> ids;
    if (doc.is_discarded()) return ids;
    for (const auto& p : doc.at("packets")) ids.push_back(p.at("id").get<std::string>());
    return ids;
}

// Work on packet/ID: one commit touching `file`.
void start_packet(const GitRepo& repo, const std::string& id, const std::string& file) {
    repo.git("checkout -q -b packet/" + id);
    repo.write(file, "work of " + id + "\n");
    repo.commit_all("work on " + id);
    repo.git("checkout -q main");
}

TEST(Ready, FinopsStartsWithBatchOneOnTheCriticalPath) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const json doc = ready_json(repo);
    ASSERT_EQ(ready_ids(doc), std::vector<std::string>{"batch-1"});
    const json& first = doc.at("packets").at(0);
    EXPECT_TRUE(first.at("critical").get<bool>());
    EXPECT_DOUBLE_EQ(first.at("slack_hours").get<double>(), 0);
    EXPECT_EQ(first.at("unblocks").size(), 10U);  // every other batch lists batch-1 in `after`
    EXPECT_EQ(doc.at("waiting").size(), 10U);
}

TEST(Ready, FinopsStartedBatchOneLeavesNothingToStartUnlessStartedPacketsAreIncluded) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    start_packet(repo, "batch-1", "billing/started.py");
    EXPECT_TRUE(ready_ids(ready_json(repo)).empty());
    EXPECT_EQ(ready_ids(ready_json(repo, {"--include-started"})), std::vector<std::string>{"batch-1"});
}

TEST(Ready, FinopsMergedBatchOneMakesBatchTwoReady) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    start_packet(repo, "batch-1", "billing/started.py");
    repo.git("merge -q --no-ff packet/batch-1 -m \"Merge branch 'packet/batch-1'\"");
    EXPECT_EQ(ready_ids(ready_json(repo)), std::vector<std::string>{"batch-2"});
}

TEST(Ready, RestaurantStartsEveryStreamAtOnceCriticalPathFirst) {
    GitRepo repo;
    copy_example(repo, "restaurant-ticket");
    const json doc = ready_json(repo);
    const auto ids = ready_ids(doc);
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()),
              (std::set<std::string>{"a1-schema", "b1-design", "c1-test-setup", "c2-cicd"}));
    ASSERT_FALSE(ids.empty());
    EXPECT_TRUE(doc.at("packets").at(0).at("critical").get<bool>());
    for (const auto& p : doc.at("packets")) EXPECT_FALSE(p.at("free_lanes").is_null()) << p.at("id");
}

TEST(Ready, RestaurantStartedPacketTakesALaneOfItsStream) {
    GitRepo repo;
    copy_example(repo, "restaurant-ticket");
    const json before = ready_json(repo);
    start_packet(repo, "a1-schema", "ticket/started.py");
    const json after = ready_json(repo);
    const auto ids = ready_ids(after);
    EXPECT_EQ(std::count(ids.begin(), ids.end(), "a1-schema"), 0);
    for (const auto& s : after.at("streams")) {
        for (const auto& b : before.at("streams")) {
            if (b.at("id") != s.at("id") || s.at("free_lanes").is_null()) continue;
            EXPECT_LE(s.at("free_lanes").get<int>(), b.at("free_lanes").get<int>()) << s.at("id");
        }
    }
}

TEST(Ready, TextAndMarkdownNameTheReadyPackets) {
    GitRepo repo;
    copy_example(repo, "finops-billing");
    const auto text = run_tollgate({"ready"}, repo.path());
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("1. batch-1"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("critical path"), std::string::npos) << text.out;
    const auto md = run_tollgate({"ready", "--format", "md"}, repo.path());
    EXPECT_EQ(md.exit_code, 0) << md.err;
    EXPECT_NE(md.out.find("| 1 | `batch-1`"), std::string::npos) << md.out;
}

}  // namespace
}  // namespace tollgate
