#include "tests/support/http_test_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace tollgate::test {

namespace {

std::string lower(std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string reason_of(int status) {
    switch (status) {
        case 200: return "OK";
        case 404: return "Not Found";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        default: return "Status";
    }
}

}  // namespace

HttpTestServer::HttpTestServer(std::vector<HttpReply> script) : m_script(std::move(script)) {
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listen, 16) != 0 || ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
        ::pipe2(m_wake, O_CLOEXEC) != 0)
        throw std::runtime_error("HttpTestServer: cannot listen on 127.0.0.1");
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

HttpTestServer::~HttpTestServer() {
    const char stop = 'x';
    (void)::write(m_wake[1], &stop, 1);
    m_thread.join();
    for (const int fd : m_hanging) ::close(fd);
    ::close(m_listen);
    ::close(m_wake[0]);
    ::close(m_wake[1]);
}

std::string HttpTestServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(m_port) + path;
}

std::vector<HttpRecord> HttpTestServer::requests() const {
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

void HttpTestServer::serve() {
    for (;;) {
        pollfd fds[2] = {{m_listen, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) continue;
        if ((fds[1].revents & POLLIN) != 0) return;
        if ((fds[0].revents & POLLIN) == 0) continue;
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd >= 0) handle(fd);
    }
}

void HttpTestServer::handle(int fd) {
    std::string data;
    char buffer[4096];
    std::size_t header_end = std::string::npos;
    std::size_t wanted = 0;
    for (;;) {
        if (header_end != std::string::npos && data.size() >= header_end + 4 + wanted) break;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 5000) <= 0) break;  // a client that stops sending
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) break;
        data.append(buffer, static_cast<std::size_t>(n));
        if (header_end == std::string::npos && (header_end = data.find("\r\n\r\n")) != std::string::npos) {
            const std::string head = lower(data.substr(0, header_end));
            const auto at = head.find("\r\ncontent-length:");
            if (at != std::string::npos) wanted = std::stoul(head.substr(at + 17));
        }
    }
    HttpRecord record;
    if (header_end != std::string::npos) {
        std::size_t line_end = data.find("\r\n");
        const std::string request_line = data.substr(0, line_end);
        record.method = request_line.substr(0, request_line.find(' '));
        record.target =
            request_line.substr(record.method.size() + 1, request_line.rfind(' ') - record.method.size() - 1);
        while (line_end < header_end) {
            const std::size_t next = data.find("\r\n", line_end + 2);
            const std::string line = data.substr(line_end + 2, next - line_end - 2);
            const auto colon = line.find(':');
            if (colon != std::string::npos)
                record.headers[lower(line.substr(0, colon))] = line.substr(line.find_first_not_of(' ', colon + 1));
            line_end = next;
        }
        record.body = data.substr(header_end + 4);
    }
    std::size_t index = 0;
    {
        const std::lock_guard lock(m_mutex);
        index = m_requests.size();
        m_requests.push_back(std::move(record));
    }
    const HttpReply reply = m_script.empty() ? HttpReply{} : m_script[std::min(index, m_script.size() - 1)];
    if (reply.hang) {
        m_hanging.push_back(fd);  // closed when the server stops
        return;
    }
    std::string response = "HTTP/1.1 " + std::to_string(reply.status) + " " + reason_of(reply.status) + "\r\n";
    for (const auto& h : reply.headers) response += h + "\r\n";
    response += "Content-Length: 2\r\nConnection: close\r\n\r\nok";
    (void)::write(fd, response.data(), response.size());
    ::close(fd);
}

}  // namespace tollgate::test
