"""CLI command modules, one per stage; each exposes `register(app, eval_app)`."""
