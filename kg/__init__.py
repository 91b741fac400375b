"""charity-kg: a knowledge graph of regional charity networks built from news articles."""

__version__ = "0.1.0"
