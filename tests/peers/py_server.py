#!/usr/bin/python3
"""An independent WebSocket server for wspulse's tests (Python websockets).

usage: py_server.py
Echoes text and binary (up to 64 MiB); "close CODE REASON" closes so. Prints
"PORT <n>" first, then "CLOSED <code> <reason>" per connection. Answers pings
by itself (websockets does). Exits by itself after 120 s.
"""
import asyncio
import re
import sys

import websockets


async def handler(ws, path=None):
    try:
        async for message in ws:
            if isinstance(message, str):
                m = re.match(r"^close (\d+) ?(.*)$", message)
                if m:
                    await ws.close(int(m.group(1)), m.group(2))
                    break
            await ws.send(message)
    except websockets.ConnectionClosed:
        pass
    print("CLOSED", ws.close_code, ws.close_reason, flush=True)


async def main():
    async with websockets.serve(handler, "127.0.0.1", 0, max_size=64 * 1024 * 1024, ping_interval=None) as server:
        print("PORT", server.sockets[0].getsockname()[1], flush=True)
        await asyncio.sleep(120)


if __name__ == "__main__":
    asyncio.run(main())
