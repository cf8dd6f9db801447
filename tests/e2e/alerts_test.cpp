// End-to-end: `--notify` against a real HTTP server on 127.0.0.1: each event
// reaches its channel once across reruns and concurrent runs, a failing
// channel never changes the exit code, and secrets appear nowhere.
#include "tests/support/git_repo.hpp"
#include "tests/support/http_test_server.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace tollgate {
namespace {

using test::GitRepo;
using test::HttpReply;
using test::HttpTestServer;
using test::shell_quote;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* k_inventory = R"(version: 1
project: Alerts
base: main
packets:
  - {id: core, branches: ["packet/core"], gates: [unit]}
gates:
  - {id: unit, run: "exit 1"}
  - {id: ship, run: "exit 2", labels: [deploy]}
alerts:
  channels:
    hooks: {type: webhook, url-env: TG_ALERT_URL, secret-env: TG_ALERT_KEY}
    chat: {type: slack, url-env: TG_SLACK_URL}
  rules:
    - {level: warning, channel: hooks, events: [test-failed, check-failed]}
    - {level: critical, channel: chat, events: [deployment-failed]}
)";

constexpr const char* k_key = "topsecret-signing-key-123";

struct AlertRepo {
    GitRepo repo;
    AlertRepo() {
        repo.write("tollgate.yml", k_inventory);
        repo.commit_all("base");
    }
    // tollgate with the channels' secrets in its environment.
    [[nodiscard]] test::CommandResult tollgate(const HttpTestServer& server, const std::string& args) const {
        return test::sh("NO_COLOR=1 TG_ALERT_URL=" + shell_quote(server.url("/hooks/SECRETPATH")) +
                            " TG_SLACK_URL=" + shell_quote(server.url("/services/SECRETPATH")) +
                            " TG_ALERT_KEY=" + k_key + " " + shell_quote(TOLLGATE_BINARY) + " " + args,
                        repo.path());
    }
};

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void expect_no_secret(const std::string& text) {
    EXPECT_THAT(text, Not(HasSubstr("SECRETPATH")));
    EXPECT_THAT(text, Not(HasSubstr(k_key)));
}

TEST(Alerts, RunNotifyDeliversEachChannelOnceAndARerunSendsNothing) {
    AlertRepo a;
    HttpTestServer server;
    const auto first = a.tollgate(server, "run --notify");
    EXPECT_EQ(first.exit_code, 1) << first.out << first.err;
    EXPECT_THAT(first.err, HasSubstr("alerts: 2 of 2 message(s) delivered"));
    auto requests = server.requests();
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[0].target, "/hooks/SECRETPATH");
    const auto hook = nlohmann::json::parse(requests[0].body);
    EXPECT_EQ(hook["level"], "warning");
    ASSERT_EQ(hook["events"].size(), 2u);
    EXPECT_EQ(hook["events"][0]["event"], "test-failed");
    EXPECT_EQ(hook["events"][0]["gate"], "unit");
    EXPECT_THAT(requests[0].headers.at("x-tollgate-signature-256"), HasSubstr("sha256="));
    EXPECT_EQ(requests[1].target, "/services/SECRETPATH");
    EXPECT_THAT(requests[1].body, HasSubstr("deployment gate ship failed"));

    const auto second = a.tollgate(server, "run --notify");
    EXPECT_EQ(second.exit_code, 1);
    EXPECT_THAT(second.err, HasSubstr("every event was already delivered"));
    EXPECT_EQ(server.requests().size(), 2u);
    const std::string notes = a.repo.git("log --notes=tollgate --format=%N -1");
    EXPECT_THAT(notes, HasSubstr("\"state\":\"delivered\""));
    for (const auto& text : {first.out, first.err, second.out, second.err, notes}) expect_no_secret(text);
}

TEST(Alerts, TwoConcurrentRunsDeliverEachEventOnce) {
    AlertRepo a;
    HttpTestServer server;
    const std::string env = "NO_COLOR=1 TG_ALERT_URL=" + shell_quote(server.url("/hooks/x")) +
                            " TG_SLACK_URL=" + shell_quote(server.url("/services/x")) + " ";
    const std::string tollgate = env + shell_quote(TOLLGATE_BINARY) + " run --notify";
    test::sh(tollgate + " > a.out 2>&1 & " + tollgate + " > b.out 2>&1; wait", a.repo.path());
    EXPECT_EQ(server.requests().size(), 2u) << read_file(a.repo.path() / "a.out") << read_file(a.repo.path() / "b.out");
}

TEST(Alerts, CheckNotifyRoutesTheVerdictAndTheFailingGate) {
    AlertRepo a;
    a.repo.git("checkout -q -b packet/core");
    a.repo.write("src/a.txt", "x\n");
    a.repo.commit_all("core: change");
    HttpTestServer server;
    const auto r = a.tollgate(server, "check --notify --report-dir out");
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 1u) << r.err;
    const auto hook = nlohmann::json::parse(requests[0].body);
    ASSERT_EQ(hook["events"].size(), 2u);
    EXPECT_EQ(hook["events"][0]["event"], "check-failed");
    EXPECT_EQ(hook["events"][0]["packet"], "core");
    EXPECT_EQ(hook["events"][1]["event"], "test-failed");
    const auto results = nlohmann::json::parse(read_file(a.repo.path() / "out/results.json"));
    EXPECT_EQ(results["verdict"], "fail");
    EXPECT_EQ(results["alerts"]["delivered"].size(), 1u);
    EXPECT_EQ(a.tollgate(server, "check --notify").exit_code, 1);
    EXPECT_EQ(server.requests().size(), 1u);
}

TEST(Alerts, AFailingChannelWarnsLandsInTheResultsAndKeepsTheExitCode) {
    AlertRepo a;
    HttpTestServer server(std::vector<HttpReply>{{404}});
    const auto r = a.tollgate(server, "run --notify --report-dir out");
    EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
    EXPECT_THAT(r.err, HasSubstr("warning: alert to channel 'hooks' not delivered: HTTP 404 (not retried)"));
    const std::string results = read_file(a.repo.path() / "out/results.json");
    const auto json = nlohmann::json::parse(results);
    ASSERT_EQ(json["alerts"]["undelivered"].size(), 2u);
    EXPECT_EQ(json["alerts"]["undelivered"][0]["channel"], "hooks");
    EXPECT_EQ(json["alerts"]["undelivered"][0]["reason"], "HTTP 404 (not retried)");
    for (const auto& text : {r.out, r.err, results, a.repo.git("log --notes=tollgate --format=%N -1")})
        expect_no_secret(text);
    // Released: the next run tries again.
    HttpTestServer working;
    EXPECT_EQ(a.tollgate(working, "run --notify").exit_code, 1);
    EXPECT_EQ(working.requests().size(), 2u);
}

TEST(Alerts, DryRunPrintsThePayloadsAndSendsNothing) {
    AlertRepo a;
    HttpTestServer server;
    const auto r = a.tollgate(server, "run --notify=dry-run");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Alert to 'hooks' (webhook, warning, dry run, not sent): application/json"));
    EXPECT_THAT(r.out, HasSubstr("\"event\":\"test-failed\""));
    EXPECT_THAT(r.out, HasSubstr("Alert to 'chat' (slack, critical, dry run, not sent)"));
    EXPECT_TRUE(server.requests().empty());
    expect_no_secret(r.out + r.err);
}

TEST(Alerts, ARunWithoutNotifyTouchesNoChannel) {
    AlertRepo a;
    HttpTestServer server;
    EXPECT_EQ(a.tollgate(server, "run").exit_code, 1);
    EXPECT_TRUE(server.requests().empty());
}

TEST(Alerts, LibcurlIsLoadedOnlyWhenAnAlertIsSent) {
    AlertRepo a;
    HttpTestServer server;
    // The dynamic loader lists every library it maps, dlopen included.
    const std::string traced = "LD_DEBUG=libs TG_ALERT_URL=" + shell_quote(server.url("/hooks/x")) +
                               " TG_SLACK_URL=" + shell_quote(server.url("/services/x")) + " " +
                               shell_quote(TOLLGATE_BINARY) + " run";
    const auto quiet = test::sh(traced, a.repo.path());
    EXPECT_EQ(quiet.exit_code, 1);
    EXPECT_THAT(quiet.err, Not(HasSubstr("libcurl")));
    const auto sent = test::sh(traced + " --notify", a.repo.path());
    EXPECT_EQ(server.requests().size(), 2u) << sent.err;
    EXPECT_THAT(sent.err, HasSubstr("libcurl"));
    // Everything was delivered already: nothing is sent, and libcurl stays unloaded.
    const auto again = test::sh(traced + " --notify", a.repo.path());
    EXPECT_THAT(again.err, HasSubstr("every event was already delivered"));
    EXPECT_THAT(again.err, Not(HasSubstr("libcurl")));
}

}  // namespace
}  // namespace tollgate
