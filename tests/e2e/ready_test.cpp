// End-to-end: `tollgate ready` on the two seed plans in examples/, at several
// points of their history (nothing started, a packet started, a packet merged),
// and `ready --merge` with the demo's kind of branches in flight, held to
// `tollgate check --dry-run` branch by branch: each branch may merge exactly
// when check, run on it without gates, passes, and for the same reasons.
#include "tests/support/example_repo.hpp"
#include "tests/support/git_repo.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace tollgate {
namespace {

using nlohmann::json;
using test::copy_example;
using test::GitRepo;
using test::run_tollgate;
using test::shell_quote;

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

// --- ready --merge: each branch's verdict held to `tollgate check --dry-run` on it.

// `branch` from main with `files` written in one commit; main checked out again.
void in_flight(const GitRepo& repo, const std::string& branch,
               const std::vector<std::pair<std::string, std::string>>& files) {
    repo.git("checkout -q -b " + branch + " main");
    for (const auto& [path, content] : files) repo.write(path, content);
    repo.commit_all("work on " + branch);
    repo.git("checkout -q main");
}

void merged(const GitRepo& repo, const std::string& branch,
            const std::vector<std::pair<std::string, std::string>>& files) {
    in_flight(repo, branch, files);
    repo.git("merge -q --no-ff " + branch + " -m \"Merge branch '" + branch + "'\"");
}

json merge_json(const GitRepo& repo) {
    const auto r = run_tollgate({"ready", "--merge", "--format", "json"}, repo.path());
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    return json::parse(r.out, nullptr, false);
}

const json* branch_named(const json& doc, const std::string& name) {
    for (const auto& b : doc.at("branches")) {
        if (b.at("name") == name) return &b;
    }
    return nullptr;
}

// check --dry-run on `branch` checked out, as the pre-push hook runs it.
json check_on(const GitRepo& repo, const std::string& branch) {
    repo.git("checkout -q " + branch);
    const auto r = run_tollgate({"check", "--dry-run", "--format", "json"}, repo.path());
    repo.git("checkout -q main");
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.out << r.err;
    return json::parse(r.out, nullptr, false);
}

// Every listed branch's may-merge verdict and reasons against check's.
void expect_verdicts_equal_check(const GitRepo& repo, const json& doc) {
    ASSERT_FALSE(doc.is_discarded());
    for (const auto& b : doc.at("branches")) {
        const std::string name = b.at("name");
        const json check = check_on(repo, name);
        ASSERT_FALSE(check.is_discarded()) << name;
        EXPECT_EQ(b.at("may_merge").get<bool>(), check.at("verdict") == "pass") << name;
        EXPECT_EQ(b.at("reasons"), check.at("failures")) << name;
        // The same range: from the merge base with main to the tip.
        EXPECT_EQ(b.at("merge_base"), check.at("base")) << name;
        EXPECT_EQ(b.at("commit"), check.at("head")) << name;
    }
}

// The demo's finops history: Batch 1 and 2 merged; 3A and 3B both rewrite
// the route mount table; Batch 4 edits a Batch 1 migration; Batch 5 starts
// before Batch 4, which it waits for, is merged.
struct FinopsInFlight {
    GitRepo repo;
    FinopsInFlight() {
        copy_example(repo, "finops-billing");
        merged(repo, "packet/batch-1/foundation", {{"billing/db.py", "# the database, by batch 1\n"}});
        merged(repo, "packet/batch-2/services", {{"billing/services/invoice_service.py", "# invoices, by batch 2\n"}});
        in_flight(repo, "packet/batch-3a/finance-ui",
                  {{"billing/routes/__init__.py", "SECTIONS = {\"finance\": \"/billing/\"}\n"},
                   {"billing/routes/finance.py", "ROUTES = {}\n"}});
        in_flight(repo, "packet/batch-3b/portal-ui",
                  {{"billing/routes/__init__.py", "SECTIONS = {\"portal\": \"/portal/\"}\n"},
                   {"billing/routes/portal.py", "ROUTES = {}\n"}});
        in_flight(repo, "packet/batch-4/integrations",
                  {{"billing/integrations/export.py", "# export\n"},
                   {"billing/migrations/2025_01_20_090200_create_payments_table.py", "# widened\n"}});
        in_flight(repo, "packet/batch-5/jobs", {{"billing/jobs/nightly.py", "# nightly\n"}});
    }
};

TEST(ReadyMerge, FinopsVerdictsEqualCheckWithoutGatesBranchByBranch) {
    const FinopsInFlight f;
    const json doc = merge_json(f.repo);
    ASSERT_FALSE(doc.is_discarded());
    EXPECT_EQ(doc.at("branches").size(), 4U);
    expect_verdicts_equal_check(f.repo, doc);
}

TEST(ReadyMerge, FinopsHoldsBackTheZoneViolationAndTheEarlyStart) {
    const FinopsInFlight f;
    const json doc = merge_json(f.repo);
    ASSERT_FALSE(doc.is_discarded());
    const json* b4 = branch_named(doc, "packet/batch-4/integrations");
    const json* b5 = branch_named(doc, "packet/batch-5/jobs");
    ASSERT_NE(b4, nullptr);
    ASSERT_NE(b5, nullptr);
    EXPECT_FALSE(b4->at("may_merge").get<bool>());
    EXPECT_NE(b4->at("reasons").dump().find("batch-4 may not modify billing/migrations/"), std::string::npos) << *b4;
    EXPECT_FALSE(b5->at("may_merge").get<bool>());
    EXPECT_NE(b5->at("reasons").dump().find("batch-5 may not merge before batch-4"), std::string::npos) << *b5;
    EXPECT_EQ(b5->at("after"), json::array({"packet/batch-4/integrations"}));
    // Merged branches are left out, as `conflicts` leaves them.
    EXPECT_EQ(doc.at("skipped").size(), 2U);
}

TEST(ReadyMerge, FinopsPredictsThe3A3BConflictAndOrdersTheMergeableBranches) {
    const FinopsInFlight f;
    // A third UI branch that conflicts with nothing goes first.
    f.repo.git("checkout -q -b packet/batch-3c/technician-ui main");
    f.repo.write("billing/routes/technician.py", "ROUTES = {}\n");
    f.repo.commit_all("work on 3C");
    f.repo.git("checkout -q main");
    const json doc = merge_json(f.repo);
    ASSERT_FALSE(doc.is_discarded());
    EXPECT_EQ(doc.at("merge_order"), json::array({"packet/batch-3c/technician-ui", "packet/batch-3a/finance-ui",
                                                  "packet/batch-3b/portal-ui"}));
    const json* a = branch_named(doc, "packet/batch-3a/finance-ui");
    ASSERT_NE(a, nullptr);
    ASSERT_EQ(a->at("conflicts").size(), 1U);
    EXPECT_EQ(a->at("conflicts").at(0).at("branch"), "packet/batch-3b/portal-ui");
    EXPECT_EQ(a->at("conflicts").at(0).at("files"), json::array({"billing/routes/__init__.py"}));
    expect_verdicts_equal_check(f.repo, doc);
}

TEST(ReadyMerge, FinopsTextAndMarkdownShowTheOrderAndTheReasons) {
    const FinopsInFlight f;
    const auto text = run_tollgate({"ready", "--merge"}, f.repo.path());
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("2 of 4 branch(es) in flight"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("  1. packet/batch-3a/finance-ui"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("CONFLICT billing/routes/__init__.py with packet/batch-3b/portal-ui"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("may not merge yet:"), std::string::npos) << text.out;
    const auto md = run_tollgate({"ready", "--merge", "--format", "md"}, f.repo.path());
    EXPECT_EQ(md.exit_code, 0) << md.err;
    EXPECT_NE(md.out.find("| 1 | `packet/batch-3a/finance-ui` |"), std::string::npos) << md.out;
    EXPECT_NE(md.out.find("### May not merge yet"), std::string::npos) << md.out;
}

TEST(ReadyMerge, RestaurantVerdictsEqualCheckWithoutGatesBranchByBranch) {
    GitRepo repo;
    copy_example(repo, "restaurant-ticket");
    in_flight(repo, "packet/a1-schema", {{"ticket/schema.py", "# schema, by a1\n"}});
    in_flight(repo, "packet/a2-services", {{"ticket/api.py", "# api, by a2\n"}});  // waits for a1-schema, cp-1
    in_flight(repo, "packet/b1-design", {{"frontend/design/tokens.json", "{}\n"}});
    in_flight(repo, "packet/c2-cicd", {{"ticket/schema.py", "# schema, by c2\n"}});  // not its zone
    const json doc = merge_json(repo);
    ASSERT_FALSE(doc.is_discarded());
    EXPECT_EQ(doc.at("branches").size(), 4U);
    expect_verdicts_equal_check(repo, doc);
    const json* a2 = branch_named(doc, "packet/a2-services");
    ASSERT_NE(a2, nullptr);
    EXPECT_FALSE(a2->at("may_merge").get<bool>());
    EXPECT_EQ(a2->at("after"), json::array({"packet/a1-schema"}));
    const json* a1 = branch_named(doc, "packet/a1-schema");
    ASSERT_NE(a1, nullptr);
    ASSERT_EQ(a1->at("conflicts").size(), 1U);
    EXPECT_EQ(a1->at("conflicts").at(0).at("branch"), "packet/c2-cicd");
}

TEST(ReadyMerge, RefusesIncludeStartedWhichListsPacketsNotBranches) {
    GitRepo repo;
    copy_example(repo, "restaurant-ticket");
    const auto r = run_tollgate({"ready", "--merge", "--include-started"}, repo.path());
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
}

}  // namespace
}  // namespace tollgate
