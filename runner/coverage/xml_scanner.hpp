#pragma once

// A small pull scanner for the XML coverage formats (Cobertura, JaCoCo).
// pugixml would load the whole document; a 200 MB report must stream, and
// the readers need only elements, attributes and a little text. It checks
// what matters for safety (tags close in order, nothing is cut off) and
// skips prologs, comments, DOCTYPEs and processing instructions.

#include "runner/core/source_location.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tollgate {

class ReleaseCadence;

/// Pulls start tags, end tags and text from an XML document held in memory.
class XmlScanner {
public:
    /// What next() found.
    enum class Event { start, end, text, eof };

    /// `cadence` (optional) hears of progress inside long text runs.
    XmlScanner(std::string_view text, std::string origin, ReleaseCadence* cadence = nullptr);

    /// The next event; throws ReportError (file:line:col) on malformed or truncated XML.
    Event next();
    /// Element name of the last start or end event.
    [[nodiscard]] std::string_view name() const { return m_name; }
    /// Raw text of the last text event (entities not decoded).
    [[nodiscard]] std::string_view text() const { return m_text; }
    /// True when the last start tag was `<x/>`; its end event follows at once.
    [[nodiscard]] bool self_closing() const { return m_self_closing; }
    /// Raw (undecoded) value of an attribute of the last start tag.
    [[nodiscard]] std::optional<std::string_view> raw_attribute(std::string_view name) const;
    /// Decoded value of an attribute of the last start tag.
    [[nodiscard]] std::optional<std::string> attribute(std::string_view name) const;
    /// Nesting depth of the last event's element (root = 1).
    [[nodiscard]] std::size_t depth() const { return m_stack.size(); }
    /// Byte offset just past the last event (for release hooks).
    [[nodiscard]] std::size_t offset() const { return m_pos; }
    /// Where the last event started.
    [[nodiscard]] SourceLocation location() const;
    /// Throws ReportError at the last event's position.
    [[noreturn]] void fail(const std::string& message) const;

private:
    [[noreturn]] void fail_at(std::size_t offset, const std::string& message) const;
    void skip_markup();  // <? … ?>, <!-- … -->, <!DOCTYPE …>, <![CDATA[ … ]]>
    void scan_start_tag();
    void scan_end_tag();
    std::string_view scan_name();

    std::string_view m_doc;
    std::string m_origin;
    ReleaseCadence* m_cadence = nullptr;
    std::size_t m_pos = 0;
    std::size_t m_event_start = 0;
    std::string_view m_name;
    std::string_view m_text;
    bool m_self_closing = false;
    bool m_pending_end = false;
    bool m_seen_root = false;
    std::vector<std::pair<std::string_view, std::size_t>> m_stack;  // open elements + offsets
    std::vector<std::pair<std::string_view, std::string_view>> m_attributes;
};

/// Decodes the five XML entities and numeric character references.
std::string xml_decode(std::string_view raw);

/// What a format reader does with each event of scan_document.
struct XmlHandlers {
    std::function<void()> on_start;
    std::function<void()> on_end;
    std::function<void()> on_text;  ///< may be empty: text is then skipped
};

/// Reads a whole report whose root element must be `root` ("not a `format`
/// report" otherwise), handing each event to `handlers` and progress to `cadence`.
void scan_document(XmlScanner& xml, ReleaseCadence& cadence, std::string_view root, std::string_view format,
                   const XmlHandlers& handlers);

}  // namespace tollgate
