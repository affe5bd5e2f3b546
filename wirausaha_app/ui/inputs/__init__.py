"""Input widgets for record forms: rupiah amounts, optional dates."""
