-- Hand-written: weights version 4 (docs/MATCHING.md § 4). The text of the need read in the supplier's profile
-- weighs more (0.71); the « métier » (0.08) and the buyer's own NAF pick (0.04: a third of buyers pick a neighbouring
-- or distant code) less, as distance and size, which a relevance label does not see within the perimeter the buyer
-- chose. Alerts from a score of 0.55.
INSERT INTO matching_weights (version, weights, alert_threshold, distance_half_km, note)
VALUES (4, '{"activity":0.04,"trade":0.08,"text":0.71,"distance":0.03,"locality":0.04,"size":0.02,"trust":0.04,"responsiveness":0.04}', 0.55, 25,
  'Version 4 : le texte du besoin lu dans la fiche du fournisseur pèse davantage ; le code NAF choisi par l''acheteur, souvent approximatif, un peu moins.')
ON CONFLICT DO NOTHING;
