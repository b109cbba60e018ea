"""Outgoing e-mail: a queue of mail rows written in the caller's transaction, sent by the
worker after commit (`forum worker`; a child of `forum serve` in the embedded layout).

- `queue.enqueue(...)`: add a ready mail (subject, text, html) to the caller's transaction;
- `notify`: e-mail for notifications (the intent is a flag on the notification row; the
  worker queues and composes the mail when it is due);
- `tokens`: signed, expiring, single-use tokens (unsubscribe links; reply addresses);
- `worker`: the sending loop and the registry of periodic jobs.
"""
