"""Winnow's HTTP service: FastAPI routes over the core's ``classify``.

``app.create_app`` builds the application, ``server.run`` serves it (``winnow serve``),
and ``settings.Settings`` is its whole configuration, read from ``WINNOW_*`` variables.
"""
