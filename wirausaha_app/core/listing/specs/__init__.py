"""One module per list (``SPEC = ListSpec(...)``); discovered by ``core.listing.registry``."""
