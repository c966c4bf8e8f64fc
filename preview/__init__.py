"""The preview server for designers (`bsm preview`): every message type in every language with
its compliance report, in a frame imitating Amazon's message page, re-rendered live as templates,
the stylesheet and catalogs change. `preview.app.create_app` builds the Starlette app."""
