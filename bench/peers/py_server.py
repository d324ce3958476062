#!/usr/bin/python3
"""Bench server: Python websockets, pinging every client every second."""
import asyncio
import signal

import websockets


async def handler(ws, path=None):
    async for message in ws:
        await ws.send(message)


async def main():
    stop = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set_result, None)
    async with websockets.serve(handler, "127.0.0.1", 0, ping_interval=1, ping_timeout=20) as server:
        print("PORT", server.sockets[0].getsockname()[1], flush=True)
        await stop


asyncio.run(main())
