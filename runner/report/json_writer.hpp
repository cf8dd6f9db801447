#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// Streams pretty-printed JSON (two-space indent, the layout of
/// nlohmann::json::dump(2)) straight into a string. Large outputs such as a
/// 10,000-packet plan are several times faster this way than through a DOM.
/// The caller keeps keys and values balanced; strings that are not valid
/// UTF-8 are written with their bad bytes made visible (text.hpp printable).
class JsonWriter {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Starts the member `name` of the current object; a value must follow.
    JsonWriter& key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(int number);
    void value(long long number);
    /// Shortest round-trip form, with ".0" on whole numbers like nlohmann.
    void value(double number);
    void value(bool flag);
    void null();
    /// An array of strings.
    void value(const std::vector<std::string>& items);

    /// The document so far (complete once every container is closed).
    [[nodiscard]] const std::string& str() const { return m_out; }

private:
    void before_value();
    void open(char bracket);
    void close(char bracket);

    std::string m_out;
    std::vector<bool> m_empty;  ///< per open container: nothing written into it yet
    bool m_after_key = false;
};

}  // namespace tollgate
