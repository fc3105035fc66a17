"""The dataset format: field lists, vocabularies and pandera schemas (the latter imported lazily)."""
