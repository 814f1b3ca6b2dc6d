"""Package data of the verifier: the WordNet-derived lexicon, its licence, the hand-kept table, the thresholds and their manifest."""
