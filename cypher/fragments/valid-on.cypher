// True when the fact `r` holds on `day` (a YYYY-MM-DD string): an absent bound is open, and partial bounds
// are padded so that string order is date order and a bound covers its whole period ('2024-10' starts at
// '2024-10-00' and ends at '2024-10-99'), exactly as server/facts/partial-date.ts does.
((r.validFrom IS NULL OR (CASE size(r.validFrom) WHEN 4 THEN r.validFrom + '-00-00' WHEN 7 THEN r.validFrom + '-00' ELSE r.validFrom END) <= day)
 AND (r.validTo IS NULL OR (CASE size(r.validTo) WHEN 4 THEN r.validTo + '-99-99' WHEN 7 THEN r.validTo + '-99' ELSE r.validTo END) >= day))
