"""yongeo: Korean–English terminology for Korea–Japan diplomacy."""

__version__ = "0.1.0"
