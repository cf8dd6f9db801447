#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// The one way tollgate writes JSON: every document it emits (results.json,
/// check/plan/zones/conflicts/coverage/validate JSON, SARIF, code quality,
/// the GitHub matrix, history note lines) is streamed through this writer
/// straight into a string, with no DOM in between. The output is
/// byte-identical to what nlohmann::json::dump wrote before:
/// - layout: pretty (two-space indent, dump(2)) or compact (dump(), for one
///   line such as a JSON Lines note); every document ends in a newline;
/// - keys: as written (ordered_json), or sorted by their bytes at the close
///   of each object (nlohmann::json, whose objects are std::maps);
/// - strings: `"` `\` and C0 controls escaped as dump does (\n, \u001b, …),
///   everything else copied; invalid UTF-8 never throws: each maximal
///   invalid subsequence becomes one U+FFFD, exactly as dump with
///   error_handler_t::replace. Callers wanting visible bytes (printable) or
///   one U+FFFD per byte (lossy_utf8) convert before writing;
/// - numbers: integers as is, doubles in nlohmann's shortest round-trip
///   form ("17.0", "0.5", "1e-05"), NaN and infinities as null.
/// The caller keeps keys and values balanced, and keys unique in an object.
class JsonWriter {
public:
    /// Indented over several lines, or all on one line.
    enum class Layout { pretty, compact };
    /// Members in the order written, or sorted by key when each object closes.
    enum class KeyOrder { as_written, sorted };

    /// Pretty, keys as written.
    JsonWriter() = default;
    /// The given layout and key order for every object of the document.
    explicit JsonWriter(Layout layout, KeyOrder keys = KeyOrder::as_written);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Starts the member `name` of the current object; a value must follow.
    JsonWriter& key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(int number) { value(static_cast<long long>(number)); }
    void value(long number) { value(static_cast<long long>(number)); }
    void value(long long number);
    void value(unsigned number) { value(static_cast<unsigned long long>(number)); }
    void value(unsigned long number) { value(static_cast<unsigned long long>(number)); }
    void value(unsigned long long number);
    /// nlohmann's shortest round-trip form, with ".0" on whole numbers; null when not finite.
    void value(double number);
    void value(bool flag);
    void null();
    /// An array of strings.
    void value(const std::vector<std::string>& items);
    /// A string, or null when it is empty.
    void value_or_null(std::string_view text);
    /// The value, or null when there is none.
    template <typename T>
    void value_or_null(const std::optional<T>& item) {
        if (item) value(*item);
        else null();
    }
    /// `project(*item)` (a callable or a member function such as
    /// &CivilDate::str), or null when there is none.
    template <typename T, typename Project>
    void value_or_null(const std::optional<T>& item, Project project) {
        if (item) value(std::invoke(project, *item));
        else null();
    }

    /// The document so far (complete once every container is closed).
    [[nodiscard]] const std::string& str() const { return m_out; }
    /// Hands over the text so far and starts an empty buffer; the open
    /// containers stay open, so a large document can be written in pieces.
    std::string take();
    /// A writer with no text that continues this document where it stands
    /// (same layout, same open containers), for writing a part of it on
    /// another thread; `after_items` says whether that part follows items
    /// already written into the innermost container. As-written keys only.
    /// `buffer` is cleared and written into, so its memory is reused.
    [[nodiscard]] JsonWriter continuation(bool after_items, std::string buffer = {}) const;
    /// Carries on after items that continuations wrote into the innermost
    /// container and that were handed on separately: separators follow.
    void after_continued_items();

private:
    struct Member {
        std::string key;
        std::size_t separator = 0;  ///< offset in m_out where its separator starts
        std::size_t body = 0;       ///< offset of its key's opening quote
    };
    struct Frame {
        bool empty = true;            ///< nothing written into it yet
        bool sorted = false;          ///< an object whose members are sorted at its close
        std::vector<Member> members;  ///< only when sorted
    };

    void before_value();
    void separator(std::string& out, bool first) const;
    void open(char bracket, bool object);
    void close(char bracket);
    void sort_members(Frame& frame);

    std::string m_out;
    std::vector<Frame> m_stack;
    Layout m_layout = Layout::pretty;
    KeyOrder m_keys = KeyOrder::as_written;
    bool m_after_key = false;
};

/// Appends `text` as a JSON string (quoted, escaped, invalid UTF-8 replaced
/// by U+FFFD) under JsonWriter's rules.
void append_json_string(std::string& out, std::string_view text);

/// `document`, a pretty JSON object as JsonWriter writes it, with the member
/// `key`: `value` (a pretty JSON document) added last, so a verb can add to a
/// report it has already written without a DOM; throws std::invalid_argument
/// for anything else.
std::string append_member(const std::string& document, std::string_view key, const std::string& value);

}  // namespace tollgate
