#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the alert delivery tests: POSIX
// sockets in one thread, one request per connection, each request recorded
// and answered from a script (200, 500 then 200, 404, 429 with Retry-After,
// or no answer at all until the server stops).

#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tollgate::test {

/// How the server answers one request.
struct HttpReply {
    int status = 200;
    std::vector<std::string> headers;  ///< "Name: value"
    bool hang = false;                 ///< read the request, never answer
};

/// One request as received.
struct HttpRecord {
    std::string method;
    std::string target;
    std::map<std::string, std::string> headers;  ///< names lowercased
    std::string body;
};

/// Listens on 127.0.0.1 on a free port until destroyed.
class HttpTestServer {
public:
    /// Request i gets script[i], the last entry repeating; an empty script answers 200.
    explicit HttpTestServer(std::vector<HttpReply> script = {});
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer&) = delete;
    HttpTestServer& operator=(const HttpTestServer&) = delete;

    /// "http://127.0.0.1:PORT" + `path`.
    [[nodiscard]] std::string url(const std::string& path = "/hook") const;
    /// The requests so far, in arrival order.
    [[nodiscard]] std::vector<HttpRecord> requests() const;

private:
    void serve();
    void handle(int fd);

    std::vector<HttpReply> m_script;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    int m_port = 0;
    std::vector<int> m_hanging;
    mutable std::mutex m_mutex;
    std::vector<HttpRecord> m_requests;
    std::thread m_thread;
};

}  // namespace tollgate::test
