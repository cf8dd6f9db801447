#include "runner/alerts/alert_ledger.hpp"

#include "runner/core/json_writer.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace tollgate {

namespace {

using LedgerJson = nlohmann::json;

struct AlertLine {
    std::string state;
    AlertPair pair;
    std::string run;
    long long time = 0;
};

// The alert lines of one note in order; other lines are not ours to judge.
std::vector<AlertLine> alert_lines(const std::string& note) {
    std::vector<AlertLine> out;
    std::size_t pos = 0;
    while (pos < note.size()) {
        const std::size_t end = std::min(note.find('\n', pos), note.size());
        const std::string line = note.substr(pos, end - pos);
        pos = end + 1;
        if (line.find("\"alert\"") == std::string::npos) continue;
        const LedgerJson j = LedgerJson::parse(line, nullptr, false);
        if (!j.is_object() || j.value("kind", "") != "alert") continue;
        const auto a = j.find("alert");
        if (a == j.end() || !a->is_object()) continue;
        out.push_back({a->value("state", ""),
                       {a->value("event", ""), a->value("channel", "")},
                       a->value("run", ""),
                       j.value("time_unix", 0LL)});
    }
    return out;
}

// A claim its run never settled within the lifetime: that run died.
bool abandoned(const AlertLine& line, long long now) {
    return line.state == "claimed" && now - line.time > k_alert_claim_lifetime_s;
}

}  // namespace

std::string alert_note_line(const std::string& state, const AlertPair& pair, const std::string& run, long long time) {
    // One JSON Lines record, as every line of the tollgate note.
    JsonWriter w(JsonWriter::Layout::compact);
    w.begin_object();
    w.key("tool").value("tollgate");
    w.key("version").value(1);
    w.key("kind").value("alert");
    w.key("time_unix").value(time);
    w.key("alert").begin_object();
    w.key("state").value(state);
    w.key("event").value(pair.first);
    w.key("channel").value(pair.second);
    w.key("run").value(run);
    w.end_object();
    w.end_object();
    return w.str();
}

std::set<AlertPair> taken_alert_pairs(const std::vector<std::string>& notes, const std::string& run, long long now) {
    std::map<std::pair<AlertPair, std::string>, AlertLine> last;  // (pair, run) → its latest line
    for (const auto& note : notes)
        for (const auto& line : alert_lines(note)) last[{line.pair, line.run}] = line;
    std::set<AlertPair> out;
    for (const auto& [pair_run, line] : last) {
        const bool live_claim = line.state == "claimed" && pair_run.second != run && !abandoned(line, now);
        if (line.state == "delivered" || live_claim) out.insert(pair_run.first);
    }
    return out;
}

std::set<AlertPair> won_alert_pairs(const std::string& note, const std::string& run, long long now) {
    const auto lines = alert_lines(note);
    std::set<std::pair<AlertPair, std::string>> failed;
    for (const auto& line : lines)
        if (line.state == "failed") failed.insert({line.pair, line.run});
    std::map<AlertPair, std::string> first;  // pair → the run of its first live claim
    for (const auto& line : lines) {
        if (line.state == "delivered") first.emplace(line.pair, line.run);
        if (line.state == "claimed" && failed.count({line.pair, line.run}) == 0 && !abandoned(line, now))
            first.emplace(line.pair, line.run);
    }
    std::set<AlertPair> out;
    for (const auto& [pair, owner] : first)
        if (owner == run) out.insert(pair);
    return out;
}

std::vector<AlertMessage> filter_alert_messages(std::vector<AlertMessage> messages, const std::set<AlertPair>& pairs,
                                                bool keep_listed) {
    for (auto& m : messages) {
        std::erase_if(m.events, [&](const AlertEvent& e) {
            return (pairs.count({e.key, m.channel->name}) > 0) != keep_listed;
        });
    }
    std::erase_if(messages, [](const AlertMessage& m) { return m.events.empty(); });
    return messages;
}

}  // namespace tollgate
