#include "runner/cli/alert_notify.hpp"

#include "runner/alerts/alert_ledger.hpp"
#include "runner/cli/record_time.hpp"
#include "runner/core/atomic_file.hpp"
#include "runner/core/error.hpp"
#include "runner/core/json_writer.hpp"
#include "runner/core/text.hpp"
#include "runner/git/notes.hpp"
#include "runner/process/boost_process_runner.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace tollgate {

namespace {

// Tells this run's claims from a concurrent run's on the same commit.
std::string run_nonce() {
    std::random_device random;
    return std::to_string(::getpid()) + "-" + std::to_string(random()) + std::to_string(random());
}

std::string note_lines(const std::string& state, const std::vector<AlertMessage>& messages, const std::string& run,
                       long long now) {
    std::string text;
    for (const auto& m : messages)
        for (const auto& e : m.events) text += alert_note_line(state, {e.key, m.channel->name}, run, now);
    return text;
}

void write_outcomes(JsonWriter& w, const std::vector<DeliveryOutcome>& outcomes, bool delivered) {
    w.begin_array();
    for (const auto& o : outcomes) {
        if (o.delivered != delivered) continue;
        w.begin_object();
        w.key("channel").value(o.channel);
        w.key("type").value(o.type);
        w.key("events").value(o.event_keys);
        w.key("attempts").value(o.attempts);
        if (!delivered) w.key("reason").value(o.reason);
        w.end_object();
    }
    w.end_array();
}

// Adds the deliveries to results.json, which the verb has already written.
void add_to_results(const std::filesystem::path& dir, const std::vector<DeliveryOutcome>& outcomes) {
    const auto path = dir / "results.json";
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    JsonWriter w;
    w.begin_object();
    write_outcomes(w.key("delivered"), outcomes, true);
    write_outcomes(w.key("undelivered"), outcomes, false);
    w.end_object();
    try {
        write_file_atomically(path, append_member(text.str(), "alerts", w.str()));
    } catch (const std::invalid_argument&) {
        // Not the results.json the verb wrote (removed or replaced meanwhile): leave it alone.
    }
}

}  // namespace

NotifyMode parse_notify_mode(const std::string& value) {
    if (value.empty()) return NotifyMode::off;
    if (value == "send") return NotifyMode::send;
    if (value == "dry-run") return NotifyMode::dry_run;
    throw UsageError("unknown --notify '" + printable(value) + "'",
                     "--notify sends the alerts, --notify=dry-run prints them and sends nothing");
}

int notify_alerts(const NotifyRequest& request, Io& io) {
    if (request.mode == NotifyMode::off) return 0;
    const EnvLookup env = [](const char* name) { return std::getenv(name); };
    AlertContext context{request.inventory->project, run_link(env)};
    std::vector<AlertMessage> messages = route_alerts(request.events, request.inventory->alerts);
    if (request.mode == NotifyMode::dry_run) {
        std::ostream& out = request.payloads_to_stdout ? io.out : io.err;
        if (messages.empty()) out << "Alerts (dry run): no rule routes this run's events to a channel\n";
        for (const auto& m : messages) {
            const AlertPayload p = alert_payload(m, context, env, rfc5322_now());
            out << "Alert to '" << m.channel->name << "' (" << to_string(m.channel->type) << ", " << m.level
                << ", dry run, not sent): " << p.content_type << "\n"
                << p.body << (p.body.ends_with('\n') ? "" : "\n");
        }
        return 0;
    }
    const std::string run = run_nonce();
    const bool ledger = request.repository != nullptr && !request.commit.empty() && !messages.empty();
    try {
        if (ledger) {
            std::vector<std::string> notes;
            for (const auto& n : read_all_notes(*request.repository)) notes.push_back(n.text);
            messages = filter_alert_messages(std::move(messages), taken_alert_pairs(notes, run, record_time()), false);
            if (messages.empty()) io.err << "tollgate: alerts: every event was already delivered\n";
        }
        if (ledger && !messages.empty()) {
            append_note_text(*request.repository, request.commit, note_lines("claimed", messages, run, record_time()));
            const std::string note = read_note_text(*request.repository, request.commit);
            messages = filter_alert_messages(std::move(messages), won_alert_pairs(note, run, record_time()), true);
        }
    } catch (const Error& e) {
        // Alerts never change the verdict or the exit code: without the ledger, nothing is sent twice by
        // sending nothing.
        io.err << "tollgate: warning: alerts not sent: cannot keep the delivery record in " << k_tollgate_notes_ref
               << ": " << printable(e.what()) << '\n';
        return static_cast<int>(messages.size());
    }
    DeliveryPolicy policy;
    policy.sleep = [](Millis wait) { std::this_thread::sleep_for(wait); };
    auto transport = make_curl_transport();
    BoostProcessRunner runner;
    std::vector<DeliveryOutcome> outcomes;
    std::vector<AlertMessage> delivered;
    std::vector<AlertMessage> failed;
    int undelivered = 0;
    for (const auto& m : messages) {
        DeliveryOutcome o = deliver_alert(m, context, env, *transport, runner, policy);
        if (o.delivered) {
            delivered.push_back(m);
        } else {
            ++undelivered;
            failed.push_back(m);
            io.err << "tollgate: warning: alert to channel '" << printable(o.channel)
                   << "' not delivered: " << printable(o.reason) << '\n';
        }
        outcomes.push_back(std::move(o));
    }
    if (ledger && !outcomes.empty()) {
        try {
            const long long now = record_time();
            append_note_text(*request.repository, request.commit,
                             note_lines("delivered", delivered, run, now) + note_lines("failed", failed, run, now));
        } catch (const Error& e) {
            io.err << "tollgate: warning: alerts sent but not recorded in " << k_tollgate_notes_ref << ": "
                   << printable(e.what()) << '\n';
        }
    }
    if (!outcomes.empty()) {
        io.out.flush();
        io.err << "tollgate: alerts: " << (outcomes.size() - static_cast<std::size_t>(undelivered)) << " of "
               << outcomes.size() << " message(s) delivered\n";
    }
    if (!request.report_dir.empty()) add_to_results(request.report_dir, outcomes);
    return undelivered;
}

}  // namespace tollgate
