"""kornews: scraped Korean regional news to structured, verified data."""

__version__ = "0.1.0"
