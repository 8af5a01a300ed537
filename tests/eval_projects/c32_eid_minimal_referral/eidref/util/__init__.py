from .scrub import minimize

__all__ = ["minimize"]
