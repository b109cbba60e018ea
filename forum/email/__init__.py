"""Outgoing e-mail: a queue of mail rows written in the caller's transaction, sent by the
worker after commit (`forum worker`; a child of `forum serve` in the embedded layout).

- `queue.enqueue(...)`: add a ready mail (subject, text, html) to the caller's transaction;
- `notify.enqueue_notifications(...)`: e-mail for notification rows, composed when sent;
- `tokens`: signed, expiring, single-use tokens (unsubscribe links; reply addresses);
- `worker`: the sending loop and the registry of periodic jobs.
"""
