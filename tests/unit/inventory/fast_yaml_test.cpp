#include "runner/inventory/fast_yaml.hpp"

#include "runner/inventory/yaml_document.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/yaml_tree_diff.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tollgate {
namespace {

namespace fs = std::filesystem;

std::string first_message(const Diagnostics& d) { return d.all().empty() ? "" : d.all().front().str(); }

// The fast reader accepts `text` and builds exactly yaml-cpp's tree.
::testing::AssertionResult reads_like_yaml_cpp(const std::string& text) {
    const auto fast = read_fast_yaml(text);
    if (!fast) return ::testing::AssertionFailure() << "the fast reader declined";
    Diagnostics d;
    const auto reference = parse_yaml_document_with_yaml_cpp(text, "t.yml", d);
    if (!reference) return ::testing::AssertionFailure() << "yaml-cpp refused it: " << first_message(d);
    const std::string diff = test::yaml_tree_diff(fast->root(), reference->root());
    if (!diff.empty()) return ::testing::AssertionFailure() << "trees differ at " << diff;
    return ::testing::AssertionSuccess();
}

// Either the fast reader declines `text`, or it reads it as yaml-cpp does.
::testing::AssertionResult declines_or_matches(const std::string& text) {
    if (!read_fast_yaml(text)) return ::testing::AssertionSuccess();
    return reads_like_yaml_cpp(text);
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Every inventory the repository holds: the examples, the test fixtures,
// tollgate's own gates and the fuzz seeds.
std::vector<fs::path> repository_inventories() {
    std::vector<fs::path> out;
    for (const char* dir : {"examples", "tests/fixtures", "tests/self", "tests/fuzz/corpus/inventory",
                            "tests/fuzz/corpus/yaml_fast"}) {
        for (const auto& entry : fs::recursive_directory_iterator(test::source_dir() / dir)) {
            const auto ext = entry.path().extension();
            if (entry.is_regular_file() && (ext == ".yml" || ext == ".yaml")) out.push_back(entry.path());
        }
    }
    return out;
}

struct Snippet {
    const char* what;
    std::string text;
};

// Inside the subset: each must be read, and read exactly as yaml-cpp does.
const std::vector<Snippet>& subset_snippets() {
    static const std::vector<Snippet> snippets = {
        {"a key and a value", "a: 1\n"},
        {"no final line break", "a: 1\nb: x"},
        {"an empty value at the end", "a: 1\nb:\n"},
        {"an empty value at the end without a line break", "a: 1\nccc:"},
        {"an empty value with spaces and a comment at the end", "a: b\nccc:  # x"},
        {"an empty value in a map closed by a shorter last line", "    x:y:   \n "},
        {"an empty value closed by a last comment line", "- key:   \n#x"},
        {"an empty item in a sequence as deep as the last line", "a:\n  - b\n  -\n  "},
        {"an empty value before the next key", "a:\nb: 1\n"},
        {"an empty value before comments and blank lines", "a:\n  # c\n\n  # d\nb: 1\n"},
        {"nested maps", "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n"},
        {"a nested map after trailing spaces", "a:   \n  b: c\n"},
        {"a sequence of scalars", "- a\n- b\n"},
        {"empty items", "- a\n-\n- b\n-\n"},
        {"an empty item at the end without a line break", "- a\n-"},
        {"an empty item before a dedent", "a:\n  - b\n  -\nc: 1\n"},
        {"a nested sequence under an empty item", "-\n  - a\n  - b\n- c\n"},
        {"a nested map under an empty item", "-\n  a: 1\n  b: 2\n"},
        {"compact maps in a sequence", "- a: 1\n  b: 2\n- c: 3\n"},
        {"a compact map after several spaces", "-   a: 1\n    b: 2\n"},
        {"a sequence at its key's indentation", "a:\n- x\n- y\nb: 1\n"},
        {"a sequence at its key's indentation in a compact map", "- a:\n  - x\n  b: 1\n- c\n"},
        {"an empty value in a compact map before the next item", "- a:\n- b\n"},
        {"a sequence indented under its key", "a:\n    - x\n    - y\n"},
        {"comments everywhere", "# head\na: 1 # c\n  # deeper\nb: # c\n  - x # c\n# tail\n"},
        {"a comment deeper than a plain value", "a: b\n    # c\nd: e\n"},
        {"blank lines", "\n\na: 1\n\n\nb: 2\n\n"},
        {"an indented root", "  a: 1\n  b:\n    - x\n"},
        {"quoted keys", "\"q k\": 1\n'r': 2\n"},
        {"quoted keys in a sequence", "- \"q\": 1\n  r: 2\n"},
        {"spaces before a colon", "b  : 2\n\"q\" : 3\n"},
        {"plain keys with spaces and symbols", "my key: 1\n<<: 2\n-x: -1\n.hidden: a\n"},
        {"null spellings", "a: ~\nb: null\nc: Null\nd: NULL\ne: nulL\nf: \"~\"\ng: 'null'\n~: x\nnull: y\n"},
        {"colons and hashes inside plain scalars", "u: http://x/y#z\nt: a:b\ns: a#b\n"},
        {"brackets and commas inside block plain scalars", "u: x, y [z] {w} (v)\nv: a & b | c > d\n"},
        {"trailing spaces after a plain scalar", "a: b   \nc: d e  \n"},
        {"double-quoted escapes",
         "a: \"t\\tn\\nq\\\"b\\\\s\\/z\\0e\\ea\\ab\\bf\\fv\\vr\\r\\ sp\\'x\"\n"},
        {"unicode escapes", "a: \"\\x41\\xe9\\u00e9\\u20ac\\U0001F600\"\n"},
        {"single quotes doubled", "a: 'it''s ''quoted'''\nb: ''\nc: \"\"\n"},
        {"hashes and colons inside quotes", "a: \"x # y: z\"\nb: '# not a comment'\n"},
        {"a quoted value then a comment", "a: \"x\" # c\nb: 'y'   # c\n"},
        {"flow sequences", "a: [x, \"y\", 'z']\nb: [ x , y ]\nc: []\nd: [[x], [y, [z]]]\n"},
        {"flow maps", "a: {x: 1, y: }\nb: {}\nc: {\"k\" : v, 'l': [1, 2]}\nd: {k: {n: m}}\ne: {x: 1, y: , z: 2}\n"},
        {"flow nulls", "a: [~, null, x]\nb: {k: ~}\n"},
        {"double colons inside a flow scalar", "a: [Invoice::count(), x::y, a:b]\nb: {k:v: 1}\n"},
        {"a flow collection then a comment", "a: [x] # c\nb: {y: z}  # c\n"},
        {"flow collections as items", "- [a, b]\n- {c: d}\n"},
        {"UTF-8 text", "t\xC3\xA9: caf\xC3\xA9 \xE2\x80\x94 ok\nu: [\xC3\xBC, \"\xE2\x82\xAC\"]\n"},
        {"a 900-byte key", std::string(900, 'k') + ": v\n"},
        {"three dashes inside a line", "a: b---\nc: x --- y\n"},
        {"the generated benchmark's packet shape",
         "packets:\n  - id: p00001\n    title: Work packet 1\n    batch: \"0\"\n    effort: 2-4d\n"
         "    after: [p00000, cp-0001]\n    branches: [\"packet/p00001\", \"packet/p00001/*\"]\n"
         "gates:\n  - id: g00001-a\n    run: python3 -m pytest -q tests/area1\n"
         "    metrics: {p95_ms: 'p95=([0-9.]+)ms'}\n    coverage: {report: build/cov-1.xml, min: 80}\n"
         "    changed: [\"src/area1/**\"]\n"},
    };
    return snippets;
}

// Outside the subset: each must be declined (yaml-cpp reads or refuses it).
const std::vector<Snippet>& declined_snippets() {
    static const std::vector<Snippet> snippets = {
        {"an anchor and an alias", "a: &x 1\nb: *x\n"},
        {"a tag", "a: !t 1\n"},
        {"a literal block scalar", "a: |\n  x\n"},
        {"a folded block scalar", "a: >-\n  x\n"},
        {"a multi-line plain scalar", "a: b\n  c\n"},
        {"a multi-line plain item", "- a\n  - b\n"},
        {"a multi-line quoted scalar", "a: \"b\n  c\"\n"},
        {"an escaped line break", "a: \"b\\\n  c\"\n"},
        {"a multi-line flow sequence", "a: [b,\n  c]\n"},
        {"a comment inside a flow sequence", "a: [b, # c\n  d]\n"},
        {"a document start", "---\na: 1\n"},
        {"a document end", "a: 1\n...\n"},
        {"a directive", "%YAML 1.2\n---\na: 1\n"},
        {"a complex key", "? a\n: b\n"},
        {"a value without a key", ": b\n"},
        {"a tab in the indentation", "a:\n\t- x\n"},
        {"a tab after a colon", "a:\t1\n"},
        {"a carriage return", "a: 1\r\nb: 2\r\n"},
        {"a byte order mark", "\xEF\xBB\xBF" "a: 1\n"},
        {"a C1 control", "a: \xC2\x85\n"},
        {"invalid UTF-8", "a: caf\xE9\n"},
        {"a NUL byte", std::string("a: b\0c\n", 7)},
        {"a scalar as the root", "hello\n"},
        {"a flow collection as the root", "[a, b]\n"},
        {"a scalar on the line below its key", "a:\n  b\n"},
        {"an empty flow entry", "a: [x, , y]\n"},
        {"a trailing comma", "a: [x,]\n"},
        {"a single-pair map in a flow sequence", "a: [b: c]\n"},
        {"a flow key without a value", "a: {b}\n"},
        {"a JSON-style flow colon", "a: {\"b\":1}\n"},
        {"a question mark in a flow scalar", "a: [d?e]\n"},
        {"a hash in a flow scalar", "a: [b#c]\n"},
        {"a compact nested sequence", "- - a\n"},
        {"an escape yaml-cpp writes as a raw byte", "a: \"\\N\"\n"},
        {"an unknown escape", "a: \"\\q\"\n"},
        {"a surrogate escape", "a: \"\\ud800\"\n"},
        {"a 1100-byte key", std::string(1100, 'k') + ": v\n"},
        {"a flow collection as a key", "[a]: b\n"},
        {"a plain scalar starting with an indicator", "a: @x\nb: `y`\nc: %z\n"},
        {"a value starting with two dashes", "a: --x\n"},
    };
    return snippets;
}

// Malformed for yaml-cpp: declined, so yaml-cpp's exact message is reported.
const std::vector<Snippet>& malformed_snippets() {
    static const std::vector<Snippet> snippets = {
        {"a map value on a value", "a: b: c\n"},
        {"an unclosed flow sequence", "version: 1\npackets: [a, b\n"},
        {"an unclosed flow map", "a: {b: c\n"},
        {"a key after a root sequence", "- a\nb: 1\n"},
        {"an item where a key belongs", "a: 1\n- b\n"},
        {"text after a quoted scalar", "a: \"b\" c\n"},
        {"text after a flow sequence", "a: [b] c\n"},
        {"an unknown anchor", "a: *nope\n"},
    };
    return snippets;
}

TEST(FastYaml, ReadsEachSnippetOfTheSubsetExactlyAsYamlCppDoes) {
    for (const auto& s : subset_snippets()) {
        SCOPED_TRACE(s.what);
        EXPECT_TRUE(reads_like_yaml_cpp(s.text));
    }
}

TEST(FastYaml, DeclinesEveryConstructOutsideTheSubset) {
    for (const auto& s : declined_snippets()) {
        SCOPED_TRACE(s.what);
        EXPECT_FALSE(read_fast_yaml(s.text));
    }
}

TEST(FastYaml, DeclinesMalformedInputSoThatYamlCppReportsIt) {
    for (const auto& s : malformed_snippets()) {
        SCOPED_TRACE(s.what);
        EXPECT_FALSE(read_fast_yaml(s.text));
        Diagnostics d;
        EXPECT_FALSE(parse_yaml_document_with_yaml_cpp(s.text, "t.yml", d));
    }
}

TEST(FastYaml, ReadsEveryRepositoryInventoryAsYamlCppDoesOrDeclinesIt) {
    const auto files = repository_inventories();
    ASSERT_GT(files.size(), 20u);
    std::size_t read = 0;
    for (const auto& file : files) {
        SCOPED_TRACE(file.string());
        const std::string text = read_file(file);
        EXPECT_TRUE(declines_or_matches(text));
        if (read_fast_yaml(text)) ++read;
    }
    // Most are in the subset; block scalars (`description: |`) send the rest to yaml-cpp.
    EXPECT_GT(read, files.size() / 2);
}

TEST(FastYaml, ReadsThePacketFilesOfTheExamplesAndTheGeneratedInventoryShape) {
    for (const char* file : {"examples/finops-billing/packets/batch-1.yml", "tests/self/tollgate.yml",
                             "tests/fuzz/corpus/yaml_fast/generated_root.yml",
                             "tests/fuzz/corpus/yaml_fast/generated_packets.yml",
                             "tests/fuzz/corpus/yaml_fast/generated_zones.yml"}) {
        SCOPED_TRACE(file);
        EXPECT_TRUE(reads_like_yaml_cpp(read_file(test::source_dir() / file)));
    }
}

TEST(FastYaml, MarksAnEmptyValueAtTheNextTokenOrAtColumnZeroOfTheLastLine) {
    const auto doc = read_fast_yaml("a:\n  # c\nb: 1\nc:");
    ASSERT_TRUE(doc);
    const auto& pairs = doc->root().pairs();
    ASSERT_EQ(pairs.size(), 3u);
    EXPECT_TRUE(pairs[0].second.is_null());
    EXPECT_EQ(pairs[0].second.mark().pos, 9);  // at `b`
    EXPECT_EQ(pairs[0].second.mark().line, 2);
    EXPECT_EQ(pairs[0].second.mark().column, 0);
    EXPECT_EQ(pairs[2].second.mark().pos, 16);  // the end of the text
    EXPECT_EQ(pairs[2].second.mark().line, 3);
    EXPECT_EQ(pairs[2].second.mark().column, 0);
    EXPECT_TRUE(reads_like_yaml_cpp("a:\n  # c\nb: 1\nc:"));
}

TEST(FastYaml, MarksAnEmptyValueAtTheEndWhereYamlCppClosesItsCollection) {
    // yaml-cpp closes a collection indented deeper than the text's last
    // column at that column, the others at column 0 of the last line.
    const auto deeper = read_fast_yaml("a:\n    b:\n ");
    ASSERT_TRUE(deeper);
    const YamlNode b = deeper->root().pairs().at(0).second.pairs().at(0).second;
    EXPECT_EQ(b.mark().pos, 11);
    EXPECT_EQ(b.mark().line, 2);
    EXPECT_EQ(b.mark().column, 1);
    const auto shallower = read_fast_yaml("a:\n    b:");
    ASSERT_TRUE(shallower);
    EXPECT_EQ(shallower->root().pairs().at(0).second.pairs().at(0).second.mark().column, 0);
    EXPECT_TRUE(reads_like_yaml_cpp("a:\n    b:\n "));
    EXPECT_TRUE(reads_like_yaml_cpp("a:\n    b:"));
}

TEST(FastYaml, ReadsAFileOfCommentsAsANullRootLikeYamlCpp) {
    for (const std::string text : {"", "# only\n\n", "\n\n  \n"}) {
        const auto doc = read_fast_yaml(text);
        ASSERT_TRUE(doc);
        EXPECT_TRUE(doc->root().is_null());
        EXPECT_TRUE(doc->root().mark().is_null());
        EXPECT_TRUE(reads_like_yaml_cpp(text));
    }
}

TEST(FastYaml, ReadsNestingUpToTheDepthLimitAndDeclinesBeyond) {
    // The root map is level 1: 63 brackets reach the limit, 64 pass it.
    EXPECT_TRUE(reads_like_yaml_cpp("a: " + std::string(63, '[') + std::string(63, ']') + "\n"));
    EXPECT_FALSE(read_fast_yaml("a: " + std::string(64, '[') + std::string(64, ']') + "\n"));
    std::string deep = "a:\n";
    for (int i = 1; i <= 70; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "-\n";
    EXPECT_FALSE(read_fast_yaml(deep));
}

TEST(FastYaml, DeclinesAFileOfMoreNodesThanTheCap) {
    std::string text = "items:\n";
    for (int i = 0; i < 1'000'000; ++i) text += "- x\n";
    EXPECT_FALSE(read_fast_yaml(text));
    text.resize(text.size() - 4 * 3);  // the map, its key, the sequence and 999 997 items: the cap
    EXPECT_TRUE(read_fast_yaml(text));
}

TEST(ParseYamlDocument, GivesTheSameTreeWhicheverReaderReadsTheFile) {
    for (const auto& s : subset_snippets()) {
        SCOPED_TRACE(s.what);
        Diagnostics d;
        const auto parsed = parse_yaml_document(s.text, "t.yml", d);
        const auto reference = parse_yaml_document_with_yaml_cpp(s.text, "t.yml", d);
        ASSERT_TRUE(parsed && reference);
        EXPECT_EQ(test::yaml_tree_diff(parsed->root(), reference->root()), "");
    }
}

TEST(ParseYamlDocument, ReportsYamlCppsMessagesForMalformedInput) {
    for (const auto& s : malformed_snippets()) {
        SCOPED_TRACE(s.what);
        Diagnostics d;
        Diagnostics reference;
        EXPECT_FALSE(parse_yaml_document(s.text, "t.yml", d));
        EXPECT_FALSE(parse_yaml_document_with_yaml_cpp(s.text, "t.yml", reference));
        EXPECT_EQ(first_message(d), first_message(reference));
        EXPECT_NE(first_message(d), "");
    }
}

TEST(ParseYamlDocument, StillCountsBracketsInsidePlainScalarsAsNestingAsBefore) {
    // The fast reader would read this; the raw-text check that runs first
    // refuses it exactly as the yaml-cpp path always has.
    const std::string text = "a: b" + std::string(70, '[') + "\n";
    Diagnostics d;
    EXPECT_FALSE(parse_yaml_document(text, "t.yml", d));
    EXPECT_EQ(first_message(d), "t.yml:1:69: error: YAML nesting is deeper than 64 levels");
}

}  // namespace
}  // namespace tollgate
