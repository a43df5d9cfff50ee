    // (fragment statement/property-filter) The statement's own properties that $filter may fix.
    AND ($filter.mode IS NULL OR s.mode = $filter.mode)
    AND ($filter.attribution IS NULL OR s.attribution = $filter.attribution)
    // Statements written before provenance was recorded are hand-coded ones.
    AND ($filter.provenance IS NULL OR coalesce(s.provenance, 'CURATED') = $filter.provenance)
