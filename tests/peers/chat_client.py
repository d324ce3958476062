#!/usr/bin/python3
"""An independent wspulse.chat.v1 client (Python websockets, not wspulse).

usage: chat_client.py URL SAY WAIT_FOR
Joins, sends SAY, waits for its ack and for a chat whose text is WAIT_FOR from
someone else, then prints one JSON object with what it saw. Bounded: gives up
after 10 s with exit code 1.
"""
import asyncio
import json
import sys
import uuid

import websockets


async def main(url, say, wait_for):
    result = {"acked": False, "heard": False, "users": [], "subprotocol": None}
    async with websockets.connect(url, subprotocols=["wspulse.chat.v1"]) as ws:
        result["subprotocol"] = ws.subprotocol
        hello = json.loads(await ws.recv())
        assert hello["type"] == "hello", hello
        result["users"] = hello["users"]
        msg_id = str(uuid.uuid4())
        await ws.send(json.dumps({"type": "chat", "id": msg_id, "text": say, "sent_at": 0}))
        while not (result["acked"] and result["heard"]):
            frame = json.loads(await ws.recv())
            if frame["type"] == "ack" and frame["id"] == msg_id:
                result["acked"] = True
            elif frame["type"] == "chat" and frame["text"] == wait_for:
                result["heard"] = True
            elif frame["type"] == "presence":
                result["users"] = frame["users"]
    print(json.dumps(result))


if __name__ == "__main__":
    try:
        asyncio.run(asyncio.wait_for(main(*sys.argv[1:4]), timeout=10))
    except Exception as e:  # report, never hang
        print(json.dumps({"error": repr(e)}))
        sys.exit(1)
