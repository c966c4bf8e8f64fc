"""Sending what `bsm batch` wrote: over SMTP or Amazon's Selling Partner API, each message once.

`requests` is the SP-API request's one shape (pure; the pipeline prints it); `ledger` what a
sender needs of the batch ledger; `retry` the one place retries and backoff are decided;
`smtp` and `sp_api` the two senders behind the `Sender` protocol (`base`); `run` one
`bsm send` over a folder. The senders read the pipeline's output; the pipeline never calls
them.
"""
