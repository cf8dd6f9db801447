#include "runner/coverage/json_walker.hpp"

#include <iterator>

namespace tollgate {

namespace {

// A char iterator that remembers how far the parser has read, so errors can
// name a line and a memory-mapped report can drop pages already parsed.
class TrackingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    struct State {
        const char* begin = nullptr;
        const char* cursor = nullptr;
        ReleaseCadence* cadence = nullptr;
    };

    TrackingIterator(const char* p, State* state) : m_p(p), m_state(state) {}
    reference operator*() const { return *m_p; }
    TrackingIterator& operator++() {
        ++m_p;
        m_state->cursor = m_p;
        if (((m_p - m_state->begin) & 0xFFFFF) == 0) {
            m_state->cadence->reached(static_cast<std::size_t>(m_p - m_state->begin));
        }
        return *this;
    }
    TrackingIterator operator++(int) {
        auto copy = *this;
        ++*this;
        return copy;
    }
    friend bool operator==(const TrackingIterator& a, const TrackingIterator& b) { return a.m_p == b.m_p; }
    friend bool operator!=(const TrackingIterator& a, const TrackingIterator& b) { return a.m_p != b.m_p; }

private:
    const char* m_p;
    State* m_state;
};

// "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error …" -> "syntax error …"
std::string describe(const nlohmann::detail::exception& ex) {
    std::string what = ex.what();
    if (const auto colon = what.find(": "); colon != std::string::npos && what.starts_with("[json.")) {
        what.erase(0, colon + 2);
    }
    return what;
}

}  // namespace

std::optional<std::uint64_t> JsonScalar::count() const {
    switch (kind) {
        case Kind::integer: return integer < 0 ? 0 : static_cast<std::uint64_t>(integer);
        case Kind::unsigned_integer: return unsigned_integer;
        case Kind::floating:
            if (!(floating > 0)) return 0;
            if (floating >= 1.8e19) return UINT64_MAX;
            return static_cast<std::uint64_t>(floating);
        default: return std::nullopt;
    }
}

void JsonWalker::walk(const ReportInput& input) {
    m_input = &input;
    m_frames.clear();
    ReleaseCadence cadence(input.release);
    TrackingIterator::State state{input.text.data(), input.text.data(), &cadence};
    m_begin = state.begin;
    m_cursor = &state.cursor;
    const TrackingIterator first(input.text.data(), &state);
    const TrackingIterator last(input.text.data() + input.text.size(), &state);
    nlohmann::json::sax_parse(first, last, this);
    m_cursor = nullptr;
}

void JsonWalker::fail(const std::string& message) const {
    const std::size_t offset = m_cursor ? static_cast<std::size_t>(*m_cursor - m_begin) : 0;
    throw ReportError(location_at(m_input->text, offset > 0 ? offset - 1 : 0, m_input->origin), message);
}

bool JsonWalker::at(std::initializer_list<std::string_view> keys) const {
    if (keys.size() != m_frames.size()) return false;
    std::size_t i = 0;
    for (const auto key : keys) {
        const auto& f = m_frames[i++];
        if (f.array ? key != "[]" : key != f.key) return false;
    }
    return true;
}

std::string_view JsonWalker::current_key() const {
    return m_frames.empty() || m_frames.back().array ? std::string_view{} : m_frames.back().key;
}

std::size_t JsonWalker::current_index() const {
    return m_frames.empty() || !m_frames.back().array ? 0 : m_frames.back().index;
}

void JsonWalker::advance() {
    if (!m_frames.empty() && m_frames.back().array) ++m_frames.back().index;
}

bool JsonWalker::null() {
    on_scalar(JsonScalar{});
    advance();
    return true;
}

bool JsonWalker::boolean(bool value) {
    JsonScalar s;
    s.kind = JsonScalar::Kind::boolean;
    s.boolean = value;
    on_scalar(s);
    advance();
    return true;
}

bool JsonWalker::number_integer(number_integer_t value) {
    JsonScalar s;
    s.kind = JsonScalar::Kind::integer;
    s.integer = value;
    on_scalar(s);
    advance();
    return true;
}

bool JsonWalker::number_unsigned(number_unsigned_t value) {
    JsonScalar s;
    s.kind = JsonScalar::Kind::unsigned_integer;
    s.unsigned_integer = value;
    on_scalar(s);
    advance();
    return true;
}

bool JsonWalker::number_float(number_float_t value, const string_t&) {
    JsonScalar s;
    s.kind = JsonScalar::Kind::floating;
    s.floating = value;
    on_scalar(s);
    advance();
    return true;
}

bool JsonWalker::string(string_t& value) {
    JsonScalar s;
    s.kind = JsonScalar::Kind::string;
    s.string = &value;
    on_scalar(s);
    advance();
    return true;
}

bool JsonWalker::binary(binary_t&) {
    advance();
    return true;
}

bool JsonWalker::start_object(std::size_t) {
    on_open(false);
    m_frames.push_back(Frame{false, {}, 0});
    return true;
}

bool JsonWalker::key(string_t& value) {
    m_frames.back().key = value;
    return true;
}

bool JsonWalker::end_object() {
    m_frames.pop_back();
    on_close(false);
    advance();
    return true;
}

bool JsonWalker::start_array(std::size_t) {
    on_open(true);
    m_frames.push_back(Frame{true, {}, 0});
    return true;
}

bool JsonWalker::end_array() {
    m_frames.pop_back();
    on_close(true);
    advance();
    return true;
}

bool JsonWalker::parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    const std::size_t offset = position > 0 ? position - 1 : 0;
    throw ReportError(location_at(m_input->text, offset, m_input->origin), "malformed JSON: " + describe(ex));
}

}  // namespace tollgate
