"""Reply by e-mail: mail that answers a notification becomes a post by its sender.

- `address`: the reply address a notification carries (`reply+<token>@domain`), signed and
  short enough for the 64-character local part of RFC 5321;
- `parse`: a raw message -> sender, recipients, the new text with quotes and signature cut
  off (mail-parser-reply, Swedish and English quote headers), auto-reply detection;
- `receive.accept(raw)`: the whole decision, through the same write path as the web;
- `smtp_server`: `forum mail-in smtp|lmtp` (what a Postfix relay forwards to);
- `imap_poll`: `forum mail-in imap` (a mailbox the agency's IT hands out).
"""
