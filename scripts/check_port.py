"""Exit with a clear message when HOST:PORT is already taken."""

import socket
import sys


def main(host, port, variable="PORT", target="start"):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, int(port)))
        except OSError:
            print(
                f"Port {port} on {host} is already in use. Stop the other "
                f"server or choose another port: {variable}={int(port) + 1} make {target}",
                file=sys.stderr,
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
