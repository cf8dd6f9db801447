// The inventory's YAML is read strictly: every malformed document is refused
// at its position with nothing loaded, and every valid construct inventories
// are written in loads the very tree yaml-cpp built before libfyaml replaced it.

#include "runner/inventory/yaml_document.hpp"
#include "tests/support/yaml_tree_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tollgate {
namespace {

// libfyaml's own words after "invalid YAML: " may change between its
// releases (Debian 12 has 0.7.12, Debian 13 0.8); the position may not.
constexpr const char* k_syntax = "invalid YAML: ";

struct Malformed {
    const char* name;
    std::string text;
    const char* where;
    const char* message;  // whole, or k_syntax for any of libfyaml's messages
};

const Malformed k_malformed[] = {
    // libfyaml 0.7.12: "wrongly indented double-quoted scalar"
    {"unterminated double quote swallowing a packet",
     "version: 1\npackets:\n  - id: one\n    title: \"unterminated\n  - id: two\n", "t.yml:4:12", k_syntax},
    // libfyaml 0.7.12: "double-quoted scalar without closing quote"
    {"unterminated double quote at the end", "a: \"open\n", "t.yml:1:5", k_syntax},
    // libfyaml 0.7.12: "wrongly indented single-quoted scalar"
    {"unterminated single quote", "a: 'open\nb: c\n", "t.yml:1:4", k_syntax},
    // libfyaml 0.7.12: "wrongly indented double-quoted scalar"
    {"badly indented double-quoted continuation", "a:\n  b: \"x\n y\"\n", "t.yml:2:6", k_syntax},
    // libfyaml 0.7.12: "wrongly indented single-quoted scalar"
    {"badly indented single-quoted continuation", "a:\n  b: 'x\n y'\n", "t.yml:2:6", k_syntax},
    // libfyaml 0.7.12: "tab character may not be used as indentation"
    {"tab as block indentation", "a:\n\tb: 1\n", "t.yml:2:1", k_syntax},
    // libfyaml 0.7.12: "tab character may not be used as indentation"
    {"tab before a sequence entry", "a:\n\t- x\n", "t.yml:2:1", k_syntax},
    // libfyaml 0.7.12: "flow sequence without a closing bracket"
    {"unclosed flow sequence", "version: 1\npackets: [a, b\n", "t.yml:3:1", k_syntax},
    // libfyaml 0.7.12: "missing comma in flow mapping"
    {"unclosed flow mapping", "env: {A: 1, B: 2\n", "t.yml:2:1", k_syntax},
    // libfyaml 0.7.12: "flow sequence with invalid extra closing bracket"
    {"over-closed flow sequence", "a: [1]]\n", "t.yml:1:7", k_syntax},
    // libfyaml 0.7.12: "flow mapping with invalid extra closing brace"
    {"over-closed flow mapping", "a: {b: 1}}\n", "t.yml:1:10", k_syntax},
    // libfyaml 0.7.12: "flow sequence with invalid extra closing bracket"
    {"stray closing bracket", "a: ]\n", "t.yml:1:4", k_syntax},
    // libfyaml 0.7.12: "wrongly indented sequence end in flow mode"
    {"flow sequence closed at the key's column", "after: [\n  a,\n]\n", "t.yml:3:1", k_syntax},
    // libfyaml 0.7.12: "invalid escape 'q' in double-quoted string"
    {"invalid escape in double quotes", "a: \"\\q\"\n", "t.yml:1:5", k_syntax},
    // libfyaml 0.7.12: "double-quoted scalar has invalid hex escape"
    {"invalid unicode escape", "a: \"\\u12G4\"\n", "t.yml:1:5", k_syntax},
    // libfyaml 0.7.12: "double-quoted scalar has invalid hex escape"
    {"truncated hex escape", "a: \"\\x4\"\n", "t.yml:1:5", k_syntax},
    // libfyaml 0.7.12: "invalid content after document end marker"
    {"content after document end", "a: 1\n... x\n", "t.yml:2:5", k_syntax},
    // libfyaml 0.7.12: "invalid trailing content after double-quoted scalar"
    {"content after a quoted scalar", "a: \"x\" y\n", "t.yml:1:8", k_syntax},
    // libfyaml 0.7.12: "did not find expected key"
    {"sequence entry where a mapping continues", "a: 1\n- b\n", "t.yml:2:1", k_syntax},
    // libfyaml 0.7.12: "wrong indendation in sequence while in mapping"
    {"sequence entry under a mapping at lower indentation", "a:\n  b: 1\n - c\n", "t.yml:3:2", k_syntax},
    // libfyaml 0.7.12: "invalid value after mapping"
    {"missing colon", "a: b\nc\n", "t.yml:2:1", k_syntax},
    // libfyaml 0.7.12: "invalid value after mapping"
    {"missing colon inside a block mapping", "packets:\n  - id: a\n    title\n", "t.yml:3:5", k_syntax},
    // libfyaml 0.7.12: "invalid nested block mapping on the same line"
    {"two values on one line", "a: b: c\n", "t.yml:1:5", k_syntax},
    // libfyaml 0.7.12: "invalid comment without whitespace after double-quoted scalar"
    {"comment glued to a double-quoted scalar", "a: \"x\"#c\n", "t.yml:1:7", k_syntax},
    // libfyaml 0.7.12: "invalid comment without whitespace after single-quoted scalar"
    {"comment glued to a single-quoted scalar", "a: 'x'#c\n", "t.yml:1:7", k_syntax},
    // libfyaml 0.7.12: "invalid comment after end of flow sequence"
    {"comment glued to a flow sequence", "a: [x]#c\n", "t.yml:1:7", k_syntax},
    // libfyaml 0.7.12: "invalid anchor detected"
    {"empty anchor", "a: &\n", "t.yml:1:5", k_syntax},
    // libfyaml 0.7.12: "unexpected alias"
    {"anchor on an alias", "a: &x *y\n", "t.yml:1:8", k_syntax},
    // libfyaml 0.7.12: "missing '>' uri terminator"
    {"unterminated verbatim tag", "a: !<x\n", "t.yml:1:7", k_syntax},
    // libfyaml 0.7.12: "undefined tag prefix"
    {"undefined tag handle", "a: !e!x 1\n", "t.yml:1:4", k_syntax},
    // libfyaml 0.7.12: "stream with directives without content"
    {"directive without a document", "%YAML 1.2\n", "t.yml:2:1", k_syntax},
    // libfyaml 0.7.12: "stream with directives without content"
    {"tag directive without a document", "%TAG !e! tag:example.com,2000:\n", "t.yml:2:1", k_syntax},
    // libfyaml 0.7.12: "duplicate version directive"
    {"duplicate yaml directive", "%YAML 1.2\n%YAML 1.2\n---\na: 1\n", "t.yml:2:7", k_syntax},
    {"block scalar with a bad indentation indicator", "a: |0\n  x\n", "t.yml:1:4",
     "invalid YAML: cannot parse what starts here"},
    // libfyaml 0.7.12: "block scalar with wrongly indented line after spaces only"
    {"block scalar content less indented than its indicator says", "a:\n  b: |4\n   x\n", "t.yml:3:1", k_syntax},
    // libfyaml 0.7.12: "plain scalar cannot start with '@'"
    {"plain scalar starting with an indicator", "a: @x\n", "t.yml:1:4", k_syntax},
    // libfyaml 0.7.12: "plain scalar cannot start with '`'"
    {"plain scalar starting with a backquote", "a: `x`\n", "t.yml:1:4", k_syntax},
    {"reserved directive alone", "%FOO bar\n", "t.yml:1:1",
     "invalid YAML: a directive without a document (Unsupported directive)"},
    // libfyaml 0.7.12: "invalid value after mapping"
    {"mapping key over several lines", "? a\nb: 1\nc\n", "t.yml:3:1", k_syntax},
    // libfyaml 0.7.12: "missing comma in flow mapping"
    {"flow mapping missing a comma", "a: {b: 1 c: 2}\n", "t.yml:1:11", k_syntax},
    // libfyaml 0.7.12: "flow sequence with invalid extra comma"
    {"flow sequence with a missing value between commas", "a: [1,,2]\n", "t.yml:1:7", k_syntax},
    {"alias to an unknown anchor", "a: *nope\n", "t.yml:1:4",
     "invalid YAML: alias '*nope' names no anchor defined before it"},
    {"alias inside the node it names", "a: &x [1, *x]\n", "t.yml:1:11",
     "an alias refers to a node that contains it (a recursive alias)"},
    {"merge key of a scalar", "base: &b x\nm:\n  <<: *b\n", "t.yml:3:3",
     "invalid YAML: a merge key ('<<') takes a mapping or a list of mappings"},
    {"merge key of a list holding a scalar", "base: &b {k: v}\nm:\n  <<: [*b, x]\n", "t.yml:3:3",
     "invalid YAML: a merge key ('<<') takes a mapping or a list of mappings"},
    {"second document", "version: 1\n---\nversion: 1\n", "t.yml:2:1",
     "the file holds more than one YAML document; an inventory is one"},
    {"document end then a second document", "a: 1\n...\nb: 2\n", "t.yml:3:1",
     "the file holds more than one YAML document; an inventory is one"},
    // libfyaml 0.7.12: "wrongly indented flow sequence"
    {"wrongly indented flow continuation", "a:\n  b: [1,\n2]\n", "t.yml:3:1", k_syntax},
    // libfyaml 0.7.12: "did not find expected node content"
    {"crlf file with an unclosed flow sequence", "a: 1\r\nb: [1,\r\n", "t.yml:3:1", k_syntax},
    // libfyaml 0.7.12: "invalid escape 'q' in double-quoted string"
    // A libFuzzer finding: libfyaml 0.7.12 leaked formatting this scalar's text (make sanitize holds it).
    {"quoted runs around a byte order mark",
     std::string("?ab\xef\xbb\xbf''z'ame''''#''''b\xef\xbb\xbf''z''a: '''''''11 '''''''\x0a?(k'\x0a''se: ]\x0a"),
     "t.yml:3:3", k_syntax},
    {"multibyte text before the error", "t\xC3\xA9: \"\\q\"\n", "t.yml:1:7", k_syntax},
};

TEST(ParseYamlDocument, RefusesEveryMalformedDocumentAtItsPositionWithNothingLoaded) {
    for (const Malformed& m : k_malformed) {
        SCOPED_TRACE(m.name);
        Diagnostics d;
        EXPECT_FALSE(parse_yaml_document(m.text, "t.yml", d));
        ASSERT_EQ(d.all().size(), 1u);
        const Diagnostic& only = d.all().front();
        EXPECT_EQ(only.where.str(), m.where);
        EXPECT_EQ(only.severity, Severity::error);
        if (std::string(m.message) == k_syntax) {
            EXPECT_EQ(only.message.rfind(k_syntax, 0), 0u) << only.message;
            EXPECT_GT(only.message.size(), std::string(k_syntax).size()) << "says what is wrong";
        } else {
            EXPECT_EQ(only.message, m.message);
        }
    }
}

TEST(ParseYamlDocument, CoversAtLeastFortyMalformedDocuments) {
    EXPECT_GE(std::size(k_malformed), 40u);
}

struct Valid {
    const char* name;
    std::string text;
    const char* tree;  // yaml_tree_text of the tree yaml-cpp 0.7 built
};

const Valid k_valid[] = {
    {"literal block scalar keeps newlines", "run: |\n  make test\n  make lint\nnext: x\n",
     "map 1:1\n"
     "  scalar 1:1 [run]\n"
     "    scalar 1:6 [make test\\nmake lint\\n]\n"
     "  scalar 4:1 [next]\n"
     "    scalar 4:7 [x]\n"},
    {"folded block scalar joins lines", "title: >\n  Foundation\n  and models\n\n  second paragraph\nnext: x\n",
     "map 1:1\n"
     "  scalar 1:1 [title]\n"
     "    scalar 1:8 [Foundation and models\\nsecond paragraph\\n]\n"
     "  scalar 6:1 [next]\n"
     "    scalar 6:7 [x]\n"},
    {"strip chomping", "a: |-\n  one\n  two\n\nb: x\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    scalar 1:4 [one\\ntwo]\n"
     "  scalar 5:1 [b]\n"
     "    scalar 5:4 [x]\n"},
    {"keep chomping", "a: |+\n  one\n\n\nb: x\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    scalar 1:4 [one\\n\\n\\n]\n"
     "  scalar 5:1 [b]\n"
     "    scalar 5:4 [x]\n"},
    {"indentation indicator", "a: |2\n    indented\n  text\nb: >1-\n  x\n   y\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    scalar 1:4 [  indented\\ntext\\n]\n"
     "  scalar 4:1 [b]\n"
     "    scalar 4:4 [ x\\n  y]\n"},
    {"block scalar in a sequence", "run:\n  - |\n    echo one\n  - >-\n    echo\n    two\n",
     "map 1:1\n"
     "  scalar 1:1 [run]\n"
     "    seq 2:3\n"
     "      scalar 2:5 [echo one\\n]\n"
     "      scalar 4:5 [echo two]\n"},
    {"flow sequence and mapping", "after: [a, b, 'c d', \"e\"]\nenv: {A: 1, B: two, C: \"x, y\"}\n",
     "map 1:1\n"
     "  scalar 1:1 [after]\n"
     "    seq 1:8\n"
     "      scalar 1:9 [a]\n"
     "      scalar 1:12 [b]\n"
     "      scalar 1:15 [c d]\n"
     "      scalar 1:22 [e]\n"
     "  scalar 2:1 [env]\n"
     "    map 2:6\n"
     "      scalar 2:7 [A]\n"
     "        scalar 2:10 [1]\n"
     "      scalar 2:13 [B]\n"
     "        scalar 2:16 [two]\n"
     "      scalar 2:21 [C]\n"
     "        scalar 2:24 [x, y]\n"},
    {"nested flow collections", "m: {a: [1, {b: c}], d: []}\ne: {}\n",
     "map 1:1\n"
     "  scalar 1:1 [m]\n"
     "    map 1:4\n"
     "      scalar 1:5 [a]\n"
     "        seq 1:8\n"
     "          scalar 1:9 [1]\n"
     "          map 1:12\n"
     "            scalar 1:13 [b]\n"
     "              scalar 1:16 [c]\n"
     "      scalar 1:21 [d]\n"
     "        seq 1:24\n"
     "  scalar 2:1 [e]\n"
     "    map 2:4\n"},
    {"multi-line flow collection", "after: [\n  a,\n  b,\n  ]\nenv: {\n  A: 1,\n  B: 2\n  }\n",
     "map 1:1\n"
     "  scalar 1:1 [after]\n"
     "    seq 1:8\n"
     "      scalar 2:3 [a]\n"
     "      scalar 3:3 [b]\n"
     "  scalar 5:1 [env]\n"
     "    map 5:6\n"
     "      scalar 6:3 [A]\n"
     "        scalar 6:6 [1]\n"
     "      scalar 7:3 [B]\n"
     "        scalar 7:6 [2]\n"},
    {"quoted keys", "\"quoted key\": 1\n'single key': 2\n\"with: colon\": 3\n",
     "map 1:1\n"
     "  scalar 1:1 [quoted key]\n"
     "    scalar 1:15 [1]\n"
     "  scalar 2:1 [single key]\n"
     "    scalar 2:15 [2]\n"
     "  scalar 3:1 [with: colon]\n"
     "    scalar 3:16 [3]\n"},
    {"anchors and aliases", "base: &common [lint, test]\nother: *common\nmap: &m {k: v}\nagain: *m\n",
     "map 1:1\n"
     "  scalar 1:1 [base]\n"
     "    seq 1:7\n"
     "      scalar 1:16 [lint]\n"
     "      scalar 1:22 [test]\n"
     "  scalar 2:1 [other]\n"
     "    seq 1:7\n"
     "      scalar 1:16 [lint]\n"
     "      scalar 1:22 [test]\n"
     "  scalar 3:1 [map]\n"
     "    map 3:6\n"
     "      scalar 3:10 [k]\n"
     "        scalar 3:13 [v]\n"
     "  scalar 4:1 [again]\n"
     "    map 3:6\n"
     "      scalar 3:10 [k]\n"
     "        scalar 3:13 [v]\n"},
    {"comments everywhere",
     "# head\nversion: 1 # trailing\n\npackets: # after key\n  # between items\n  - id: a # on item\n    # inside "
     "map\n    title: T\n# tail\n",
     "map 2:1\n"
     "  scalar 2:1 [version]\n"
     "    scalar 2:10 [1]\n"
     "  scalar 4:1 [packets]\n"
     "    seq 6:3\n"
     "      map 6:5\n"
     "        scalar 6:5 [id]\n"
     "          scalar 6:9 [a]\n"
     "        scalar 8:5 [title]\n"
     "          scalar 8:12 [T]\n"},
    {"multi-line plain scalar", "title: this title\n  goes on\n  over lines\nnext: x\n",
     "map 1:1\n"
     "  scalar 1:1 [title]\n"
     "    scalar 1:8 [this title goes on over lines]\n"
     "  scalar 4:1 [next]\n"
     "    scalar 4:7 [x]\n"},
    {"multi-line double-quoted scalar", "title: \"first\n  second\\\n  third\"\nnext: x\n",
     "map 1:1\n"
     "  scalar 1:1 [title]\n"
     "    scalar 1:8 [first secondthird]\n"
     "  scalar 4:1 [next]\n"
     "    scalar 4:7 [x]\n"},
    {"multi-line single-quoted scalar", "title: 'it''s\n\n  long'\nnext: x\n",
     "map 1:1\n"
     "  scalar 1:1 [title]\n"
     "    scalar 1:8 [it's\\nlong]\n"
     "  scalar 4:1 [next]\n"
     "    scalar 4:7 [x]\n"},
    {"document start marker", "---\nversion: 1\n",
     "map 2:1\n"
     "  scalar 2:1 [version]\n"
     "    scalar 2:10 [1]\n"},
    {"document start and end markers", "--- # the one document\nversion: 1\n...\n",
     "map 2:1\n"
     "  scalar 2:1 [version]\n"
     "    scalar 2:10 [1]\n"},
    {"yaml directive", "%YAML 1.2\n---\nversion: 1\n",
     "map 3:1\n"
     "  scalar 3:1 [version]\n"
     "    scalar 3:10 [1]\n"},
    {"yaml 1.1 idioms stay text", "on: yes\noff: No\ndate: 2025-01-20\nnum: 010\nflt: 1.5e3\n",
     "map 1:1\n"
     "  scalar 1:1 [on]\n"
     "    scalar 1:5 [yes]\n"
     "  scalar 2:1 [off]\n"
     "    scalar 2:6 [No]\n"
     "  scalar 3:1 [date]\n"
     "    scalar 3:7 [2025-01-20]\n"
     "  scalar 4:1 [num]\n"
     "    scalar 4:6 [010]\n"
     "  scalar 5:1 [flt]\n"
     "    scalar 5:6 [1.5e3]\n"},
    {"nulls", "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: \"\"\ng: ''\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    null\n"
     "  scalar 2:1 [b]\n"
     "    null\n"
     "  scalar 3:1 [c]\n"
     "    null\n"
     "  scalar 4:1 [d]\n"
     "    null\n"
     "  scalar 5:1 [e]\n"
     "    null\n"
     "  scalar 6:1 [f]\n"
     "    scalar 6:4 []\n"
     "  scalar 7:1 [g]\n"
     "    scalar 7:4 []\n"},
    {"escapes in double quotes", "a: \"tab\\there\\nnew \\u00e9 \\x41 \\\\ \\\"\"\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    scalar 1:4 [tab	here\\nnew é A \\ \"]\n"},
    {"plain scalars with indicators inside", "a: x:y\nb: a#b\nc: -1\nd: http://h:8/p?q=1\ne: '@at'\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    scalar 1:4 [x:y]\n"
     "  scalar 2:1 [b]\n"
     "    scalar 2:4 [a#b]\n"
     "  scalar 3:1 [c]\n"
     "    scalar 3:4 [-1]\n"
     "  scalar 4:1 [d]\n"
     "    scalar 4:4 [http://h:8/p?q=1]\n"
     "  scalar 5:1 [e]\n"
     "    scalar 5:4 [@at]\n"},
    {"compact nested sequences", "a:\n- - x\n  - y\n- z\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    seq 2:1\n"
     "      seq 2:3\n"
     "        scalar 2:5 [x]\n"
     "        scalar 3:5 [y]\n"
     "      scalar 4:3 [z]\n"},
    {"sequence at its key's indentation", "packets:\n- id: a\n  after: [b]\n- id: b\n",
     "map 1:1\n"
     "  scalar 1:1 [packets]\n"
     "    seq 2:1\n"
     "      map 2:3\n"
     "        scalar 2:3 [id]\n"
     "          scalar 2:7 [a]\n"
     "        scalar 3:3 [after]\n"
     "          seq 3:10\n"
     "            scalar 3:11 [b]\n"
     "      map 4:3\n"
     "        scalar 4:3 [id]\n"
     "          scalar 4:7 [b]\n"},
    {"explicit key", "? a\n: 1\n? b\n",
     "map 1:1\n"
     "  scalar 1:3 [a]\n"
     "    scalar 2:3 [1]\n"
     "  scalar 3:3 [b]\n"
     "    null\n"},
    {"crlf line ends", "version: 1\r\npackets:\r\n  - id: a\r\n    title: \"T\"\r\n",
     "map 1:1\n"
     "  scalar 1:1 [version]\n"
     "    scalar 1:10 [1]\n"
     "  scalar 2:1 [packets]\n"
     "    seq 3:3\n"
     "      map 3:5\n"
     "        scalar 3:5 [id]\n"
     "          scalar 3:9 [a]\n"
     "        scalar 4:5 [title]\n"
     "          scalar 4:12 [T]\n"},
    {"byte order mark", "\xEF\xBB\xBFversion: 1\nproject: p\n",
     "map 1:1\n"
     "  scalar 1:1 [version]\n"
     "    scalar 1:10 [1]\n"
     "  scalar 2:1 [project]\n"
     "    scalar 2:10 [p]\n"},
    {"tags on scalars", "a: !!str 1\nb: !!int 2\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    scalar 1:4 [1]\n"
     "  scalar 2:1 [b]\n"
     "    scalar 2:4 [2]\n"},
    {"unicode text", "title: \"caf\xC3\xA9\"\nname: \xE2\x82\xAC uro\n",
     "map 1:1\n"
     "  scalar 1:1 [title]\n"
     "    scalar 1:8 [café]\n"
     "  scalar 2:1 [name]\n"
     "    scalar 2:7 [€ uro]\n"},
    {"empty flow values", "a: []\nb: {}\nc: [ ]\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    seq 1:4\n"
     "  scalar 2:1 [b]\n"
     "    map 2:4\n"
     "  scalar 3:1 [c]\n"
     "    seq 3:4\n"},
    {"tab inside a scalar", "a: x\ty\nb: \"x\ty\"\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    scalar 1:4 [x	y]\n"
     "  scalar 2:1 [b]\n"
     "    scalar 2:4 [x	y]\n"},
    {"comment only lines with indentation", "a:\n    # c\n  b: 1\n",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    map 3:3\n"
     "      scalar 3:3 [b]\n"
     "        scalar 3:6 [1]\n"},
    {"no trailing newline", "a: 1\nb: [x]",
     "map 1:1\n"
     "  scalar 1:1 [a]\n"
     "    scalar 1:4 [1]\n"
     "  scalar 2:1 [b]\n"
     "    seq 2:4\n"
     "      scalar 2:5 [x]\n"},
};

TEST(ParseYamlDocument, LoadsEveryValidConstructAsTheTreeYamlCppBuilt) {
    for (const Valid& v : k_valid) {
        SCOPED_TRACE(v.name);
        Diagnostics d;
        const auto doc = parse_yaml_document(v.text, "t.yml", d);
        ASSERT_TRUE(doc) << (d.all().empty() ? "" : d.all().front().str());
        EXPECT_FALSE(d.has_errors());
        EXPECT_EQ(test::yaml_tree_text(doc->root()), v.tree);
    }
}

}  // namespace
}  // namespace tollgate
