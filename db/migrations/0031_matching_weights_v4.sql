-- Hand-written: weights version 4 (docs/MATCHING.md § 4). The text of the need read in the supplier's profile
-- weighs more (0.62), the buyer's own NAF pick less (0.04: a third of buyers pick a neighbouring or distant code,
-- and the « métier » part already says which codes do this kind of work); distance and size, which a relevance
-- label does not see within the perimeter, keep a smaller share. Alerts from a score of 0.57.
INSERT INTO matching_weights (version, weights, alert_threshold, distance_half_km, note)
VALUES (4, '{"activity":0.04,"trade":0.15,"text":0.62,"distance":0.05,"locality":0.04,"size":0.02,"trust":0.04,"responsiveness":0.04}', 0.57, 25,
  'Version 4 : le texte du besoin lu dans la fiche du fournisseur pèse davantage ; le code NAF choisi par l''acheteur, souvent approximatif, un peu moins.')
ON CONFLICT DO NOTHING;
