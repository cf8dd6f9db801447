"""An SMTP server on 127.0.0.1 for the email alert test (Debian python3-aiosmtpd).

Usage: smtp_sink.py OUT_FILE READY_FIFO. Writes "PORT PID" to READY_FIFO once
listening, appends each message it accepts to OUT_FILE (envelope first), and
exits when signalled or after 60 s, so a failed test cannot leave it behind.
"""
import signal
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, path):
        self.path = path

    async def handle_DATA(self, server, session, envelope):
        with open(self.path, "ab") as out:
            out.write(("MAIL FROM: %s\nRCPT TO: %s\n" % (envelope.mail_from, ",".join(envelope.rcpt_tos))).encode())
            out.write(envelope.original_content or envelope.content)
            out.write(b"\n.\n")
        return "250 OK"


def main():
    out_file, ready_fifo = sys.argv[1], sys.argv[2]
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(Sink(out_file), hostname="127.0.0.1", port=port)
    controller.start()
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with open(ready_fifo, "w") as ready:
        ready.write("%d %d\n" % (port, __import__("os").getpid()))
    done.wait(60)
    controller.stop()


if __name__ == "__main__":
    main()
