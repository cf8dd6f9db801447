// End-to-end: `report --notify`, the nightly digest, against a real HTTP
// server on 127.0.0.1: what git shows (a packet done, a packet stalled) is
// sent once, the next night sends only what is new.
#include "tests/support/git_repo.hpp"
#include "tests/support/http_test_server.hpp"
#include "tests/support/shell.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace tollgate {
namespace {

using test::GitRepo;
using test::HttpTestServer;
using test::shell_quote;
using ::testing::HasSubstr;

constexpr const char* k_inventory = R"(version: 1
project: Digest
base: main
packets:
  - {id: core, branches: ["packet/core"]}
  - {id: ui, branches: ["packet/ui"], after: [core]}
alerts:
  stalled-after: 8h
  channels:
    hooks: {type: webhook, url-env: TG_ALERT_URL}
  rules:
    - {level: info, channel: hooks, events: [task-complete, packet-stalled, check-failed]}
)";

// core merged into main on 5 January; ui's last commit on 6 January at 09:00.
struct DigestRepo {
    GitRepo repo;
    DigestRepo() {
        repo.write("tollgate.yml", k_inventory);
        repo.commit_all_at("2026-01-05T08:00:00+0000", "plan");
        repo.git("checkout -q -b packet/core");
        repo.write("core/a.txt", "a\n");
        repo.commit_all_at("2026-01-05T10:00:00+0000", "core");
        repo.git("checkout -q main");
        repo.git_at("2026-01-05T11:00:00+0000", "merge -q --no-ff packet/core -m \"Merge branch 'packet/core'\"");
        repo.git("checkout -q -b packet/ui");
        repo.write("ui/a.txt", "a\n");
        repo.commit_all_at("2026-01-06T09:00:00+0000", "ui");
        repo.git("checkout -q main");
    }
    [[nodiscard]] test::CommandResult report(const HttpTestServer& server, const std::string& args) const {
        return test::sh("NO_COLOR=1 TG_ALERT_URL=" + shell_quote(server.url("/hooks/x")) + " " +
                            shell_quote(TOLLGATE_BINARY) + " report " + args,
                        repo.path());
    }
};

std::vector<std::string> event_names(const std::string& body) {
    std::vector<std::string> out;
    const auto json = nlohmann::json::parse(body);
    for (const auto& e : json["events"]) out.push_back(e["event"].get<std::string>());
    return out;
}

TEST(AlertsDigest, ReportNotifySendsWhatGitShowsOnceAndTheNextNightOnlyWhatIsNew) {
    DigestRepo d;
    HttpTestServer server;
    const auto first = d.report(server, "--notify --today 2026-01-06");
    EXPECT_EQ(first.exit_code, 0) << first.out << first.err;
    EXPECT_THAT(first.err, HasSubstr("alerts: 1 of 1 message(s) delivered"));
    auto requests = server.requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(event_names(requests[0].body), (std::vector<std::string>{"task-complete", "packet-stalled"}))
        << requests[0].body;
    EXPECT_THAT(requests[0].body, HasSubstr("\"commit\":\"\"}")) << "a stall names no commit";
    EXPECT_THAT(requests[0].body, HasSubstr("packet ui is in progress with no commit for 15h (stalled-after 8h)"));

    const auto again = d.report(server, "--notify --today 2026-01-06");
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_THAT(again.err, HasSubstr("every event was already delivered"));
    EXPECT_EQ(server.requests().size(), 1u);

    // The next night: ui committed once more, then went quiet again; only that stall is new.
    d.repo.git("checkout -q packet/ui");
    d.repo.write("ui/b.txt", "b\n");
    d.repo.commit_all_at("2026-01-07T08:00:00+0000", "ui again");
    d.repo.git("checkout -q main");
    const auto next = d.report(server, "--notify --today 2026-01-07");
    EXPECT_EQ(next.exit_code, 0) << next.err;
    requests = server.requests();
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(event_names(requests[1].body), (std::vector<std::string>{"packet-stalled"}));
}

TEST(AlertsDigest, AFailingChannelKeepsTheReportAndItsExitCode) {
    DigestRepo d;
    HttpTestServer server(std::vector<test::HttpReply>{{500}, {500}, {500}});
    const auto r = d.report(server, "--notify --today 2026-01-06 --format json");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_THAT(r.err, HasSubstr("warning: alert to channel 'hooks' not delivered"));
    EXPECT_TRUE(nlohmann::json::accept(r.out)) << r.out;
}

TEST(AlertsDigest, DryRunPrintsTheDigestAndPacketModeRefusesNotify) {
    DigestRepo d;
    HttpTestServer server;
    const auto dry = d.report(server, "--notify=dry-run --today 2026-01-06");
    EXPECT_EQ(dry.exit_code, 0) << dry.err;
    EXPECT_THAT(dry.out, HasSubstr("Alert to 'hooks' (webhook, info, dry run, not sent)"));
    EXPECT_THAT(dry.out, HasSubstr("\"event\":\"task-complete\""));
    EXPECT_TRUE(server.requests().empty());
    const auto packet = d.report(server, "--notify --packet core");
    EXPECT_EQ(packet.exit_code, 2);
    EXPECT_THAT(packet.err, HasSubstr("--notify sends the whole project's digest"));
}

}  // namespace
}  // namespace tollgate
