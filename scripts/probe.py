#!/usr/bin/env python3
"""Logs into a local XMPP server with slixmpp and asks a MUC service who it is (XEP-0030 disco#info,
XEP-0199 ping). Prints the answer; exits non-zero if the service does not answer."""
import argparse
import asyncio
import logging
import os
import sys

import slixmpp


class Probe(slixmpp.ClientXMPP):
    def __init__(self, jid, service):
        super().__init__(jid, "any password will do")
        self.service = service
        self.ok = False
        self.register_plugin("xep_0030")
        self.register_plugin("xep_0199")
        self.add_event_handler("session_start", self.start)
        self.add_event_handler("failed_auth", lambda _: self.disconnect())

    async def start(self, _event):
        try:
            info = await self["xep_0030"].get_info(jid=self.service, timeout=10)
            query = info["disco_info"]
            for category, kind, _lang, name in query["identities"]:
                print(f"{self.service}: identity {category}/{kind} '{name}'")
            print(f"{self.service}: features {' '.join(sorted(query['features']))}")
            rtt = await self["xep_0199"].ping(jid=self.service, timeout=10)
            print(f"{self.service}: ping answered in {rtt * 1000:.1f} ms")
            self.ok = "http://jabber.org/protocol/muc" in query["features"]
        except Exception as error:  # an error reply or a timeout: report it plainly
            print(f"{self.service}: no usable answer: {error}", file=sys.stderr)
        self.disconnect()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=5222)
    parser.add_argument("--user", default="probe@localhost")
    parser.add_argument("--service", default="conference.localhost")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if "QMUC_PROBE_DEBUG" in os.environ else logging.ERROR)
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)  # slixmpp leaves a filter task at exit
    probe = Probe(args.user, args.service)
    # The demo server is loopback-only, without TLS.
    probe["feature_mechanisms"].unencrypted_plain = True
    probe.enable_starttls = False
    probe.enable_direct_tls = False
    probe.enable_plaintext = True
    probe.connect(host="127.0.0.1", port=args.port)
    asyncio.get_event_loop().run_until_complete(probe.disconnected)
    sys.exit(0 if probe.ok else 1)


if __name__ == "__main__":
    main()
