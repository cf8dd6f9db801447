// Fuzz target: the run report writers fed hostile strings. The input is
// split at 0x1E into fields that become a RunResult's packet, gate ids,
// titles, outcomes, reasons, output, metric names, packets and checkpoints
// (real ids are validated, but writers must not rely on it). Each output is
// checked for well-formedness by an independent reader:
//   junit.xml    parses with pugixml, is valid UTF-8 without characters XML
//                forbids, and has one <testcase> per gate and suite;
//   results.json parses with nlohmann and lists every gate, ids intact when
//                they were valid UTF-8;
//   JsonWriter   a key/value document of the raw fields parses back;
//   summary.md   has exactly one table row per gate, no raw '<' but <br>;
//   console      (no colour) carries no ESC, no NUL and no C1 control.

#include "runner/core/json_writer.hpp"
#include "runner/core/text.hpp"
#include "runner/report/junit_xml.hpp"
#include "runner/report/results_json.hpp"
#include "runner/report/run_console.hpp"
#include "runner/report/summary_md.hpp"
#include "tests/fuzz/fuzz_support.hpp"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <set>

namespace {

using namespace tollgate;

bool xml_chars_ok(const std::string& s) {
    if (!is_valid_utf8(s)) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
        // U+FFFE / U+FFFF are EF BF BE / EF BF BF
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE)
            return false;
    }
    return true;
}

bool has_terminal_control(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0x1B || c == 0 || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(s[i + 1]) <= 0x9F)
            return true;  // U+0080..U+009F: C1 controls, e.g. CSI
    }
    return false;
}

RunResult result_from(const std::vector<std::string>& f) {
    RunResult r;
    std::size_t k = 0;
    const auto next = [&]() -> const std::string& {
        static const std::string empty;
        return k < f.size() ? f[k++] : empty;
    };
    r.packet = next();
    r.base = next();
    r.head = next();
    int number = 0;
    while (k < f.size()) {
        GateResult g;
        g.id = next();
        g.number = ++number;
        g.status = static_cast<GateStatus>(g.id.size() % 7);
        g.title = next();
        g.outcome = next();
        g.reason = next();
        g.output = next();
        g.output_bytes = g.output.size();
        g.duration = Millis(static_cast<long long>(g.output.size()) * 37);
        g.flaky = g.reason.size() % 2 == 1;
        g.attempts = 1;
        if (const auto& m = next(); !m.empty()) g.metrics[m] = static_cast<double>(m.size()) / 3.0;
        if (const auto& p = next(); !p.empty()) g.packets.push_back(p);
        if (const auto& c = next(); !c.empty()) g.checkpoints.push_back(c);
        if (const auto& l = next(); !l.empty()) g.labels.push_back(l);
        r.gates.push_back(std::move(g));
    }
    r.verdict = verdict_of(r.gates);
    return r;
}

void check_junit(const RunResult& r) {
    const std::string xml = render_junit_xml(r);
    fuzz::check(xml_chars_ok(xml), "junit.xml holds only characters XML allows", xml);
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(xml.data(), xml.size());
    fuzz::check(static_cast<bool>(parsed), "junit.xml parses", xml);
    std::size_t expected = 0;
    for (const auto& g : r.gates) {
        std::set<std::string> suites(g.packets.begin(), g.packets.end());
        suites.insert(g.checkpoints.begin(), g.checkpoints.end());
        expected += suites.empty() ? 1 : suites.size();
    }
    fuzz::check(doc.select_nodes("/testsuites/testsuite/testcase").size() == expected,
                "junit.xml has one testcase per gate and suite", xml);
}

void check_results_json(const RunResult& r) {
    const std::string text = render_results_json(r);
    const auto j = nlohmann::json::parse(text, nullptr, false);
    fuzz::check(!j.is_discarded(), "results.json parses", text);
    fuzz::check(j["gates"].size() == r.gates.size(), "results.json lists every gate", text);
    for (std::size_t i = 0; i < r.gates.size(); ++i) {
        if (is_valid_utf8(r.gates[i].id))
            fuzz::check(j["gates"][i]["id"] == r.gates[i].id, "valid UTF-8 ids survive results.json", text);
    }
}

void check_json_writer(const std::vector<std::string>& f) {
    JsonWriter w;
    w.begin_object();
    std::set<std::string> keys;
    for (std::size_t i = 0; i + 1 < f.size(); i += 2) {
        w.key(f[i]);
        keys.insert(f[i]);
        if (f[i + 1].size() % 3 == 0) w.value(f[i + 1]);
        else if (f[i + 1].size() % 3 == 1) w.value(std::vector<std::string>{f[i + 1], f[i]});
        else w.value(static_cast<double>(f[i + 1].size()) / 7.0);
    }
    w.end_object();
    const auto j = nlohmann::json::parse(w.str(), nullptr, false);
    fuzz::check(!j.is_discarded(), "JsonWriter output parses", w.str());
    fuzz::check(j.is_object(), "JsonWriter output is an object", w.str());

    // With sorted keys it writes what nlohmann::json's dump (replacing invalid
    // UTF-8) wrote for the same members, byte for byte.
    JsonWriter sorted(JsonWriter::Layout::pretty, JsonWriter::KeyOrder::sorted);
    nlohmann::json dom = nlohmann::json::object();
    std::set<std::string> seen;
    sorted.begin_object();
    for (std::size_t i = 0; i + 1 < f.size(); i += 2) {
        if (!seen.insert(f[i]).second) continue;
        sorted.key(f[i]).value(f[i + 1]);
        dom[f[i]] = f[i + 1];
    }
    sorted.end_object();
    fuzz::check(sorted.str() == dom.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                "sorted JsonWriter output equals nlohmann's dump", sorted.str());
}

void check_summary_md(const RunResult& r) {
    const std::string md = render_summary_md(r);
    std::size_t rows = 0;
    bool in_table = false;
    for (const auto& line : fuzz::fields(md, '\n')) {
        if (line.starts_with("|---")) {
            in_table = true;
            continue;
        }
        if (in_table && !line.empty()) {
            fuzz::check(line.starts_with("| ") && line.ends_with(" |"), "each table line is a whole row", md);
            ++rows;
        }
    }
    fuzz::check(rows == r.gates.size(), "summary.md has one row per gate", md);
    for (std::size_t i = md.find('<'); i != std::string::npos; i = md.find('<', i + 1))
        fuzz::check(md.compare(i, 4, "<br>") == 0, "summary.md holds no raw HTML", md);
    fuzz::check(!has_terminal_control(md), "summary.md holds no control characters", md);
}

void check_console(const RunResult& r) {
    const ConsoleStyle plain;
    std::string text = render_run_summary(r, plain);
    for (const auto& g : r.gates) text += format_gate_line(g, 1, r.gates.size(), 20, plain);
    fuzz::check(!has_terminal_control(text), "console output without colour holds no control characters", text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto f = fuzz::fields(fuzz::as_text(data, size), '\x1e');
    const RunResult r = result_from(f);
    check_junit(r);
    check_results_json(r);
    check_json_writer(f);
    check_summary_md(r);
    check_console(r);
    return 0;
}
