#include "runner/report/junit_xml.hpp"

#include "runner/process/captured_output.hpp"
#include "runner/report/results_json.hpp"

#include <pugixml.hpp>

#include <cstdio>
#include <map>
#include <set>
#include <sstream>

namespace tollgate {

namespace {

// Length of a valid UTF-8 sequence at text[i] and its code point; 0 if invalid.
std::size_t decode(std::string_view text, std::size_t i, unsigned& cp) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = 0;
    unsigned min = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) { n = 2; min = 0x80; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 3; min = 0x800; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 4; min = 0x10000; cp = c & 0x07; }
    else return 0;
    if (i + n > text.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const auto cc = static_cast<unsigned char>(text[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

bool xml_allowed(unsigned cp) {
    if (cp == 0x9 || cp == 0xA || cp == 0xD) return true;
    if (cp < 0x20) return false;
    return cp != 0xFFFE && cp != 0xFFFF;
}

struct Tally {
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    long long ms = 0;

    void add(const GateResult& g) {
        ++tests;
        ms += g.duration.count();
        switch (g.status) {
            case GateStatus::failed:
            case GateStatus::timeout: ++failures; break;
            case GateStatus::error:
            case GateStatus::interrupted: ++errors; break;
            case GateStatus::skipped:
            case GateStatus::manual: ++skipped; break;
            case GateStatus::passed: break;
        }
    }
    void write(pugi::xml_node node) const {
        node.append_attribute("tests") = tests;
        node.append_attribute("failures") = failures;
        node.append_attribute("errors") = errors;
        node.append_attribute("skipped") = skipped;
        node.append_attribute("time") = format_seconds(Millis(ms)).c_str();
    }
};

// One line for an attribute: reporters show `message` as a title.
std::string one_line(const std::string& text) {
    std::string out = xml_safe(text);
    for (auto& c : out) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return out;
}

std::string failure_body(const GateResult& g) {
    std::string body;
    if (!g.reason.empty()) body += g.reason + "\n";
    if (g.output.size() > junit_output_limit) {
        body += omitted_marker(g.output.size() - junit_output_limit).substr(1);
        body += utf8_tail(g.output, junit_output_limit);
    } else {
        body += g.output;
    }
    return xml_safe(body);
}

void add_testcase(pugi::xml_node suite, const std::string& suite_name, const GateResult& g) {
    auto tc = suite.append_child("testcase");
    tc.append_attribute("name") = xml_safe(g.id).c_str();
    tc.append_attribute("classname") = xml_safe(suite_name).c_str();
    tc.append_attribute("time") = format_seconds(g.duration).c_str();
    const auto detail = [&](const char* element, const std::string& type) {
        auto node = tc.append_child(element);
        node.append_attribute("message") = one_line(g.outcome.empty() ? g.reason : g.outcome).c_str();
        node.append_attribute("type") = type.c_str();
        node.text().set(failure_body(g).c_str());
    };
    switch (g.status) {
        case GateStatus::passed: break;
        case GateStatus::failed: detail("failure", "failed"); break;
        case GateStatus::timeout: detail("failure", "timeout"); break;
        case GateStatus::error: detail("error", "error"); break;
        case GateStatus::interrupted: detail("error", "interrupted"); break;
        case GateStatus::skipped:
        case GateStatus::manual:
            tc.append_child("skipped").append_attribute("message") = one_line(g.reason).c_str();
            break;
    }
}

}  // namespace

std::string xml_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        unsigned cp = 0;
        const std::size_t n = decode(text, i, cp);
        char buf[16];
        if (n == 0) {
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(text[i]));
            out += buf;
            ++i;
        } else if (!xml_allowed(cp)) {
            if (cp < 0x80) std::snprintf(buf, sizeof buf, "\\x%02X", cp);
            else std::snprintf(buf, sizeof buf, "\\u{%X}", cp);
            out += buf;
            i += n;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string render_junit_xml(const RunResult& result) {
    // Suites in order of first appearance, so the file is stable run to run.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const GateResult*>> members;
    for (const auto& g : result.gates) {
        std::set<std::string> suites(g.packets.begin(), g.packets.end());
        suites.insert(g.checkpoints.begin(), g.checkpoints.end());
        if (suites.empty()) suites.insert("gates");
        for (const auto& s : suites) {
            if (!members.contains(s)) order.push_back(s);
            members[s].push_back(&g);
        }
    }

    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    auto root = doc.append_child("testsuites");
    root.append_attribute("name") = "tollgate";
    Tally total;
    for (const auto& name : order) {
        auto suite = root.append_child("testsuite");
        suite.append_attribute("name") = xml_safe(name).c_str();
        Tally tally;
        for (const auto* g : members[name]) tally.add(*g);
        tally.write(suite);
        for (const auto* g : members[name]) {
            add_testcase(suite, name, *g);
            total.add(*g);
        }
    }
    total.write(root);
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

}  // namespace tollgate
