#pragma once

// Streaming JSON for the coverage readers: nlohmann's SAX parser, so a
// large gcovr or llvm-cov export never becomes a DOM. JsonWalker keeps the
// path of keys to the current value; readers match it against the few
// paths they need.

#include "runner/coverage/report_input.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// A JSON scalar as the readers need it.
struct JsonScalar {
    /// Which member holds the value.
    enum class Kind { null, boolean, integer, unsigned_integer, floating, string } kind = Kind::null;
    bool boolean = false;                 ///< Kind::boolean
    std::int64_t integer = 0;             ///< Kind::integer (negative numbers)
    std::uint64_t unsigned_integer = 0;   ///< Kind::unsigned_integer
    double floating = 0;                  ///< Kind::floating
    const std::string* string = nullptr;  ///< Kind::string; valid during the callback

    /// A non-negative count (negatives clamp to 0, floats truncate); nullopt unless numeric.
    [[nodiscard]] std::optional<std::uint64_t> count() const;
};

/// SAX handler base that tracks where in the document the parser is.
class JsonWalker : public nlohmann::json_sax<nlohmann::json> {
public:
    /// Parses `input`, calling the hooks below; throws ReportError (file:line:col).
    void walk(const ReportInput& input);

    // nlohmann SAX callbacks: they keep the path and forward to the hooks below.
    bool null() final;                                                    ///< SAX: null
    bool boolean(bool value) final;                                       ///< SAX: true/false
    bool number_integer(number_integer_t value) final;                    ///< SAX: negative integer
    bool number_unsigned(number_unsigned_t value) final;                  ///< SAX: unsigned integer
    bool number_float(number_float_t value, const string_t& text) final;  ///< SAX: float
    bool string(string_t& value) final;                                   ///< SAX: string
    bool binary(binary_t& value) final;                                   ///< SAX: binary (not in JSON text)
    bool start_object(std::size_t elements) final;                        ///< SAX: {
    bool key(string_t& value) final;                                      ///< SAX: object key
    bool end_object() final;                                              ///< SAX: }
    bool start_array(std::size_t elements) final;                         ///< SAX: [
    bool end_array() final;                                               ///< SAX: ]
    /// SAX: malformed JSON; throws ReportError at file:line:col.
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) final;

protected:
    /// A scalar at path(); its key or array index is the last element.
    virtual void on_scalar(const JsonScalar& value) = 0;
    /// An object or array opens at path() (before it is entered).
    virtual void on_open(bool array) { (void)array; }
    /// The object or array at path() closed (after it is left).
    virtual void on_close(bool array) { (void)array; }

    /// True when the path from the root is exactly `keys`; "[]" stands for any array element.
    [[nodiscard]] bool at(std::initializer_list<std::string_view> keys) const;
    /// The key of the current value ("" inside arrays).
    [[nodiscard]] std::string_view current_key() const;
    /// Index of the current value in its array (0-based); 0 in objects.
    [[nodiscard]] std::size_t current_index() const;
    /// Throws ReportError at the parser's current position.
    [[noreturn]] void fail(const std::string& message) const;

private:
    struct Frame {
        bool array = false;
        std::string key;        // objects: key of the value being read
        std::size_t index = 0;  // arrays: index of the value being read
    };
    void advance();  // after a value in the current frame

    std::vector<Frame> m_frames;
    const ReportInput* m_input = nullptr;
    const char* m_begin = nullptr;
    const char* const* m_cursor = nullptr;
};

}  // namespace tollgate
