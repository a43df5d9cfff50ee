    // (fragment statement/date-filter) The day range of $filter (undated statements are outside
    // any range).
    AND ($filter.from IS NULL OR s.date >= date($filter.from))
    AND ($filter.to IS NULL OR s.date <= date($filter.to))
