#include "runner/alerts/alert_delivery.hpp"

#include "runner/process/boost_process_runner.hpp"
#include "tests/support/http_test_server.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/spawn.hpp"
#include "tests/support/temp_dir.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <csignal>
#include <fstream>
#include <map>
#include <sstream>

namespace tollgate {
namespace {

using test::HttpReply;
using test::HttpTestServer;

// A channel, a two-event message and an environment holding its secrets.
struct Delivery {
    AlertChannel channel;
    AlertMessage message;
    AlertContext context{"Restaurant", ""};
    std::map<std::string, std::string> vars;
    std::vector<Millis> waits;
    DeliveryPolicy policy;
    std::unique_ptr<AlertTransport> transport = make_curl_transport();
    BoostProcessRunner runner;

    explicit Delivery(AlertChannelType type) {
        channel.name = "hooks";
        channel.type = type;
        channel.url_env = "ALERT_URL";
        message.channel = &channel;
        message.level = "warning";
        AlertEvent e;
        e.name = "check-failed";
        e.key = "check-failed:billing@abc";
        e.summary = "check failed";
        message.events.push_back(e);
        policy.timeout = Millis{2000};
        policy.sleep = [this](Millis wait) { waits.push_back(wait); };
    }

    DeliveryOutcome send() {
        const EnvLookup env = [this](const char* name) -> const char* {
            const auto it = vars.find(name);
            return it == vars.end() ? nullptr : it->second.c_str();
        };
        return deliver_alert(message, context, env, *transport, runner, policy);
    }
};

TEST(AlertDelivery, PostsTheSlackPayloadToTheUrlFromTheEnvironment) {
    HttpTestServer server;
    Delivery d(AlertChannelType::slack);
    d.vars["ALERT_URL"] = server.url("/services/T0/B0/SECRET");
    const auto out = d.send();
    EXPECT_TRUE(out.delivered) << out.reason;
    EXPECT_EQ(out.attempts, 1);
    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].method, "POST");
    EXPECT_EQ(requests[0].target, "/services/T0/B0/SECRET");
    EXPECT_EQ(requests[0].headers.at("content-type"), "application/json");
    EXPECT_EQ(nlohmann::json::parse(requests[0].body)["text"], "[tollgate] warning: Restaurant: check failed");
}

TEST(AlertDelivery, SignsTheWebhookBodyWithTheSecretFromTheEnvironment) {
    HttpTestServer server;
    Delivery d(AlertChannelType::webhook);
    d.channel.secret_env = "ALERT_SIGNING_KEY";
    d.vars["ALERT_URL"] = server.url();
    d.vars["ALERT_SIGNING_KEY"] = "s3cret-signing-key";
    ASSERT_TRUE(d.send().delivered);
    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].headers.at("x-tollgate-signature-256"),
              webhook_signature("s3cret-signing-key", requests[0].body));
    EXPECT_EQ(nlohmann::json::parse(requests[0].body)["events"][0]["id"], "check-failed:billing@abc");
}

TEST(AlertDelivery, PostsTheTeamsAdaptiveCard) {
    HttpTestServer server;
    Delivery d(AlertChannelType::teams);
    d.vars["ALERT_URL"] = server.url();
    ASSERT_TRUE(d.send().delivered);
    const auto body = nlohmann::json::parse(server.requests().at(0).body);
    EXPECT_EQ(body["attachments"][0]["content"]["type"], "AdaptiveCard");
}

TEST(AlertDelivery, A500IsRetriedWithBackoffUntilA200) {
    HttpTestServer server(std::vector<HttpReply>{{500}, {500}, {200}});
    Delivery d(AlertChannelType::slack);
    d.vars["ALERT_URL"] = server.url();
    const auto out = d.send();
    EXPECT_TRUE(out.delivered) << out.reason;
    EXPECT_EQ(out.attempts, 3);
    EXPECT_EQ(server.requests().size(), 3u);
    EXPECT_EQ(d.waits, (std::vector<Millis>{Millis{500}, Millis{1000}}));
}

TEST(AlertDelivery, A404IsNotRetried) {
    HttpTestServer server(std::vector<HttpReply>{{404}});
    Delivery d(AlertChannelType::slack);
    d.vars["ALERT_URL"] = server.url("/SECRET-PATH");
    const auto out = d.send();
    EXPECT_FALSE(out.delivered);
    EXPECT_EQ(out.attempts, 1);
    EXPECT_EQ(server.requests().size(), 1u);
    EXPECT_EQ(out.reason, "HTTP 404 (not retried)");
}

TEST(AlertDelivery, A429WaitsItsRetryAfterWithinTheBoundAndGivesUpPastIt) {
    HttpTestServer server(std::vector<HttpReply>{{429, {"Retry-After: 7"}}, {200}});
    Delivery d(AlertChannelType::slack);
    d.vars["ALERT_URL"] = server.url();
    EXPECT_TRUE(d.send().delivered);
    EXPECT_EQ(d.waits, std::vector<Millis>{Millis{7000}});

    HttpTestServer slow(std::vector<HttpReply>{{429, {"Retry-After: 3600"}}});
    Delivery e(AlertChannelType::slack);
    e.vars["ALERT_URL"] = slow.url();
    const auto out = e.send();
    EXPECT_FALSE(out.delivered);
    EXPECT_EQ(slow.requests().size(), 1u);
    EXPECT_EQ(out.reason, "HTTP 429 (too many requests), Retry-After 3600s is past the bound of 30s");
}

TEST(AlertDelivery, AHangingServerIsCutOffByTheTimeoutOnEveryAttempt) {
    HttpTestServer server(std::vector<HttpReply>{{200, {}, true}});
    Delivery d(AlertChannelType::webhook);
    d.vars["ALERT_URL"] = server.url("/hook?token=SECRET-TOKEN");
    d.policy.timeout = Millis{300};
    d.policy.attempts = 2;
    const auto start = std::chrono::steady_clock::now();
    const auto out = d.send();
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_FALSE(out.delivered);
    EXPECT_EQ(out.attempts, 2);
    EXPECT_LT(took, std::chrono::seconds(5));
    EXPECT_NE(out.reason.find("Timeout"), std::string::npos) << out.reason;
    EXPECT_EQ(out.reason.find("SECRET"), std::string::npos) << out.reason;
}

TEST(AlertDelivery, AnUnsetUrlVariableFailsNamingTheVariableNotAValue) {
    Delivery d(AlertChannelType::slack);
    const auto out = d.send();
    EXPECT_FALSE(out.delivered);
    EXPECT_EQ(out.reason, "$ALERT_URL is not set");
}

TEST(AlertDelivery, ARefusedConnectionIsAReasonWithoutTheUrl) {
    Delivery d(AlertChannelType::slack);
    d.vars["ALERT_URL"] = "http://127.0.0.1:1/services/SECRET";
    d.policy.attempts = 1;
    const auto out = d.send();
    EXPECT_FALSE(out.delivered);
    EXPECT_FALSE(out.reason.empty());
    EXPECT_EQ(out.reason.find("SECRET"), std::string::npos) << out.reason;
}

TEST(AlertDelivery, TheCommandChannelGetsThePayloadOnStdin) {
    const test::TempDir dir;
    const auto file = dir.path() / "got.txt";
    Delivery d(AlertChannelType::command);
    d.channel.run = Command{true, "", {"/bin/sh", "-c", "cat > \"$0\"", file.string()}, {}};
    const auto out = d.send();
    EXPECT_TRUE(out.delivered) << out.reason;
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str(), "[tollgate] warning: Restaurant: check failed\n- check-failed: check failed\n");
}

TEST(AlertDelivery, AFailingCommandIsAReason) {
    Delivery d(AlertChannelType::command);
    d.channel.run = Command{true, "", {"/bin/sh", "-c", "exit 3"}, {}};
    const auto out = d.send();
    EXPECT_FALSE(out.delivered);
    EXPECT_EQ(out.reason, "its command ended with exit 3");
}

// tests/support/smtp_sink.py on a free port of 127.0.0.1 (plain SMTP, no STARTTLS), stopped at scope exit.
class SmtpSink {
public:
    SmtpSink() {
        const auto fifo = m_dir.path() / "ready";
        if (mkfifo(fifo.c_str(), 0600) != 0) return;
        const auto started = test::sh("/usr/bin/python3 " +
                                      test::shell_quote((test::source_dir() / "tests/support/smtp_sink.py").string()) +
                                      " " + test::shell_quote(mail_path().string()) + " " +
                                      test::shell_quote(fifo.string()) + " >/dev/null 2>&1 &");
        if (started.exit_code != 0) return;
        const std::string ready = test::read_fifo_line(fifo);
        if (ready.empty()) return;
        m_port = ready.substr(0, ready.find(' '));
        m_pid = static_cast<pid_t>(std::stol(ready.substr(ready.find(' ') + 1)));
    }
    ~SmtpSink() {
        if (m_pid > 0) ::kill(m_pid, SIGTERM);
    }
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    [[nodiscard]] bool running() const { return m_pid > 0; }
    [[nodiscard]] std::string url() const { return "smtp://127.0.0.1:" + m_port; }
    [[nodiscard]] std::filesystem::path mail_path() const { return m_dir.path() / "mail.txt"; }
    /// What the sink received so far ("" when nothing).
    [[nodiscard]] std::string mail() const {
        std::ifstream in(mail_path());
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }

private:
    test::TempDir m_dir;
    std::string m_port;
    pid_t m_pid = 0;
};

// An email delivery to `sink` (Delivery is not movable: its sleep hook points at it).
void address_to(Delivery& d, const SmtpSink& sink) {
    d.channel.name = "leads-email";
    d.channel.from = "ci@example.org";
    d.channel.to = {"leads@example.org"};
    d.vars["ALERT_URL"] = sink.url();
}

TEST(AlertDelivery, EmailReachesAnSmtpServerAsAnRfc5322Message) {
    const SmtpSink sink;
    ASSERT_TRUE(sink.running()) << "the SMTP sink did not start (python3-aiosmtpd installed?)";
    Delivery d(AlertChannelType::email);
    address_to(d, sink);
    const auto out = d.send();
    EXPECT_TRUE(out.delivered) << out.reason;
    const std::string text = sink.mail();
    EXPECT_NE(text.find("MAIL FROM: ci@example.org\nRCPT TO: leads@example.org\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Subject: [tollgate] warning: Restaurant: check failed\r\n"), std::string::npos) << text;
    EXPECT_NE(text.find("- check-failed: check failed"), std::string::npos) << text;
}

TEST(AlertDelivery, AnSmtpPasswordNeverCrossesWithoutStartTls) {
    // The sink offers no STARTTLS: with a password, the message must not go at all.
    const SmtpSink sink;
    ASSERT_TRUE(sink.running()) << "the SMTP sink did not start (python3-aiosmtpd installed?)";
    Delivery d(AlertChannelType::email);
    address_to(d, sink);
    d.channel.password_env = "SMTP_PASSWORD";
    d.vars["SMTP_PASSWORD"] = "hunter2-smtp-secret";
    const auto out = d.send();
    EXPECT_FALSE(out.delivered);
    EXPECT_EQ(out.reason.find("hunter2-smtp-secret"), std::string::npos) << out.reason;
    EXPECT_NE(out.reason.find("SSL"), std::string::npos) << out.reason;  // curl: "Requested SSL level failed"
    EXPECT_EQ(sink.mail(), "");
}

}  // namespace
}  // namespace tollgate
