#!/usr/bin/env python3
"""Three real XMPP users (slixmpp) in one qmuc room, through a local server; prints every stanza
each of them receives from the room, in order: a transcript of a whole conversation.

    scripts/dev.sh run            # in one terminal: Prosody + qmuc
    python3 scripts/three-clients.py --port 5222 --service conference.localhost
"""
import argparse
import asyncio
import logging
import sys

import slixmpp

MUC = "http://jabber.org/protocol/muc"


class User(slixmpp.ClientXMPP):
    def __init__(self, name, domain, service, transcript):
        super().__init__(f"{name}@{domain}/laptop", "any password will do")
        self.name = name
        self.service = service
        self.transcript = transcript
        self.ready = asyncio.Event()
        self["feature_mechanisms"].unencrypted_plain = True
        self.enable_starttls = False
        self.enable_direct_tls = False
        self.enable_plaintext = True
        self.add_event_handler("session_start", self.started)
        self.add_filter("in", self.record)

    async def started(self, _event):
        self.ready.set()

    def record(self, stanza):
        if str(stanza["from"]).endswith("@" + self.service) or str(stanza["from"]).split("/")[0].endswith(self.service):
            self.transcript.append(f"{self.name:>5} <- {stanza}")
        return stanza

    def send_xml(self, xml):
        self.transcript.append(f"{self.name:>5} -> {xml}")
        self.send_raw(xml)


async def run(args):
    transcript = []
    room = f"{args.room}@{args.service}"
    alice, bob, carol = (User(n, args.domain, args.service, transcript) for n in ("alice", "bob", "carol"))
    for user in (alice, bob, carol):
        user.connect(host="127.0.0.1", port=args.port)
    await asyncio.wait_for(asyncio.gather(*(u.ready.wait() for u in (alice, bob, carol))), 15)
    step = lambda: asyncio.sleep(0.4)

    alice.send_xml(f"<presence to='{room}/alice' id='j1'><x xmlns='{MUC}'><history maxstanzas='20'/></x></presence>")
    await step()
    alice.send_xml(f"<iq to='{room}' type='set' id='create1'><query xmlns='{MUC}#owner'>"
                   "<x xmlns='jabber:x:data' type='submit'/></query></iq>")
    await step()
    alice.send_xml(f"<message to='{room}' type='groupchat' id='m1'><body>Hello, is anybody here?</body></message>")
    await step()
    bob.send_xml(f"<presence to='{room}/bob' id='j2'><x xmlns='{MUC}'/></presence>")
    await step()
    carol.send_xml(f"<presence to='{room}/carol' id='j3'><x xmlns='{MUC}'><history maxstanzas='1'/></x></presence>")
    await step()
    bob.send_xml(f"<message to='{room}' type='groupchat' id='m2'><body>Hi alice, hi carol!</body>"
                 "<active xmlns='http://jabber.org/protocol/chatstates'/></message>")
    await step()
    bob.send_xml(f"<message to='{room}/carol' type='chat' id='pm1'><body>psst, carol</body></message>")
    await step()
    carol.send_xml(f"<presence to='{room}/caroline' id='n1'/>")
    await step()
    bob.send_xml(f"<presence to='{room}/bob' type='unavailable' id='l1'><status>off to lunch</status></presence>")
    await step()
    for user in (alice, bob, carol):
        user.disconnect()
    await step()
    print("\n".join(transcript))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=5222)
    parser.add_argument("--domain", default="localhost")
    parser.add_argument("--service", default="conference.localhost")
    parser.add_argument("--room", default="lobby")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    sys.exit(loop.run_until_complete(run(args)))


if __name__ == "__main__":
    main()
